"""Bulgarian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR ("Русия", "Украйна", "Германия"), as places in Bulgarian articles only.
CLDR_OWN_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give: the initials news writes ("САЩ", the United States).
COUNTRY_SHORT = {"САЩ": "US"}
# Prepositions of place and of going ("в Москва", "във Вашингтон", "от Киев", "до София"): they place a known
# town's other name. Bulgarian names do not decline.
PLACE_DIRECTIONS = ("в", "във", "от", "до", "към")

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "„…“, заяви
# говорителят на Кремъл Дмитрий Песков", "според ТАСС".
QUOTES: dict[str, Any] = {
    "verbs": {
        "заявя",
        "заявявам",
        "кажа",
        "казвам",
        "съобщя",
        "съобщавам",
        "добавя",
        "посоча",
        "подчертая",
        "напиша",
        "потвърдя",
        "отрека",
        "отговоря",
        "обявя",
        "твърдя",
        "коментирам",
        "предупредя",
        "уточня",
    },
    "forms": {
        "заяви",
        "заявиха",
        "каза",
        "казаха",
        "съобщи",
        "съобщиха",
        "добави",
        "посочи",
        "подчерта",
        "написа",
        "потвърди",
        "отрече",
        "отговори",
        "обяви",
        "твърди",
        "коментира",
        "предупреди",
        "уточни",
        "заявява",
        "казва",
        "казал",
        "казала",
    },
    "weak": {"коментирам"},
    "framing": {"нарека", "определя"},
    "addressee": set(),
    "cues": ["според", "по думите на"],
    "cues_after": [],
    "pronouns": {"той": "m", "тя": "f", "те": "p"},
    "relative": {"който", "която", "които"},
    "honorifics": {"г-н": "m", "г-жа": "f"},
    "titles": {
        "говорител": None,
        "говорителят": None,
        "говорителя": None,
        "говорителка": "f",
        "президент": None,
        "президентът": None,
        "президента": None,
        "премиер": None,
        "министър": None,
        "министърът": None,
        "съветник": None,
        "съветникът": None,
        "посланик": None,
        "губернатор": None,
        "губернаторът": None,
        "кмет": None,
        "генерал": None,
        "шеф": None,
        "председател": None,
        "председателят": None,
        "анализатор": None,
        "представител": None,
    },
    "title_suffixes": [],
    "institutions": {
        "министерство",
        "министерството",
        "правителство",
        "правителството",
        "армия",
        "полиция",
        "посолство",
        "кремъл",
        "агенция",
        "служба",
        "съвет",
    },
    "institution_suffixes": [],
    "skip": {"също", "по-късно", "после", "вече", "се", "е"},
    "prepositions": {
        "в",
        "във",
        "от",
        "до",
        "за",
        "с",
        "със",
        "по",
        "при",
        "под",
        "над",
        "към",
        "пред",
        "между",
        "без",
        "срещу",
        "според",
    },
    "abbreviations": {"г-н", "г-жа", "д-р", "проф", "ген", "хил", "млн", "млрд", "напр"},
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    # a title's body follows it ("говорителят на Кремъл Дмитрий Песков")
    "head_first_titles": True,
    "verb_gender": [["ла", "f"], ["ли", "p"], ["л", "m"]],
    "spokesperson": {"говорител", "говорителят", "говорителя", "говорителка"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("губернатор", "говорител", "президент", "министър", "премиер", "съветник", "посланик", "кмет", "генерал", "шеф", "председател", "анализатор",)  # fmt: skip
NAME_CASE_ENDINGS = True
# A region named by its city's adjective beside a region noun ("Белгородска област"): the city's adjective is its name, a
# suffix and a case ending (services/enrich/entities/recovery.py, ``_adjective_regions``).
PLACE_ADJECTIVE_REGION = {
    "nouns": ("област", "областта", "района", "район"),
    "endings": ("ата", "ия", "ите", "а", "и", "о"),
    "suffixes": ("ск",),
    "tails": (),
}
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("и",)
# Prepositions that place what follows ("в Курск"): a capitalised run after one that nothing else names is a place.
PLACE_LOCATIVES = ("в", "във")
