"""Slovak: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages import cs

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Slovak articles only ("Rakúsko", "Nemecko", "Maďarsko").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). Czech's, and the
# Slovak locative plural -iach of a town in -ice ("v Košiciach": Košice) and the genitive -íc ("z Košíc").
# And an adjective and a plural noun declined ("v Spojených štátoch", "v Českej republike").
PLACE_CASE_ENDINGS = (*cs.PLACE_CASE_ENDINGS, ("iach", "e"), ("íc", "ice"), ("och", "y"), ("ej", "á"))
# Long forms of country names CLDR does not give (its Slovak names are the short "Česko", "Slovensko").
COUNTRY_SHORT = {"Česká republika": "CZ", "Slovenská republika": "SK", "Spojené štáty americké": "US"}

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "„…,“ uviedol
# hovorca Kremľa Dmitrij Peskov", "podľa agentúry TASR".
QUOTES: dict[str, Any] = {
    "verbs": {
        "povedať",
        "uviesť",
        "vyhlásiť",
        "napísať",
        "dodať",
        "oznámiť",
        "zdôrazniť",
        "upozorniť",
        "varovať",
        "potvrdiť",
        "poprieť",
        "odpovedať",
        "tvrdiť",
        "konštatovať",
        "vysvetliť",
        "informovať",
        "hovoriť",
    },
    "forms": {
        "povedal",
        "povedala",
        "povedali",
        "uviedol",
        "uviedla",
        "uviedli",
        "vyhlásil",
        "vyhlásila",
        "napísal",
        "napísala",
        "dodal",
        "dodala",
        "oznámil",
        "oznámila",
        "zdôraznil",
        "zdôraznila",
        "upozornil",
        "upozornila",
        "varoval",
        "varovala",
        "potvrdil",
        "potvrdila",
        "poprel",
        "poprela",
        "odpovedal",
        "odpovedala",
        "tvrdí",
        "tvrdil",
        "tvrdila",
        "konštatoval",
        "konštatovala",
        "vysvetlil",
        "vysvetlila",
        "informoval",
        "informovala",
        "hovorí",
    },
    "weak": {"informovať"},
    "framing": {"označiť", "nazvať"},
    "addressee": set(),
    "cues": ["podľa", "ako uviedol", "ako uviedla", "ako povedal", "ako povedala"],
    "cues_after": [],
    "pronouns": {"on": "m", "ona": "f", "oni": "p"},
    "relative": {"ktorý", "ktorá", "ktorí"},
    "honorifics": {"pán": "m", "pani": "f"},
    "titles": {
        "hovorca": "m",
        "hovorkyňa": "f",
        "prezident": None,
        "prezidentka": "f",
        "premiér": None,
        "minister": "m",
        "ministerka": "f",
        "poradca": "m",
        "veľvyslanec": "m",
        "guvernér": None,
        "starosta": "m",
        "šéf": "m",
        "predseda": "m",
        "predsedníčka": "f",
        "generál": None,
        "analytik": "m",
        "zástupca": None,
        "veliteľ": None,
    },
    "title_suffixes": [],
    "institutions": {
        "ministerstvo",
        "vláda",
        "armáda",
        "polícia",
        "veľvyslanectvo",
        "kremeľ",
        "úrad",
        "agentúra",
        "kancelária",
        "služba",
        "rada",
    },
    "institution_suffixes": [],
    "skip": {"tiež", "neskôr", "potom", "už", "sa", "to"},
    "prepositions": {
        "v",
        "vo",
        "na",
        "z",
        "zo",
        "do",
        "od",
        "pre",
        "o",
        "po",
        "pri",
        "pod",
        "nad",
        "za",
        "pred",
        "medzi",
        "bez",
        "u",
        "k",
        "ku",
        "s",
        "so",
        "proti",
        "podľa",
    },
    "abbreviations": {"dr", "prof", "ing", "mgr", "gen", "tis", "mil", "mld", "tzv", "napr", "atď"},
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    "inflected_names": True,
    "head_first_titles": True,
    "verb_gender": [["la", "f"], ["li", "p"], ["lo", "n"], ["l", "m"]],
    "spokesperson": {"hovorca", "hovorkyňa"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("gubernátor", "hovorc", "hovorkyň", "prezident", "minister", "premiér", "poradc", "veľvyslan", "starost", "šéf", "predsed", "podpredsed", "generál", "analyti", "velit", "guvernér",)  # fmt: skip
NAME_CASE_ENDINGS = True
# A region named by its city's adjective beside a region noun ("Belgorodskej oblasti"): the city's adjective is its name, a
# suffix and a case ending (services/enrich/entities/recovery.py, ``_adjective_regions``).
PLACE_ADJECTIVE_REGION = {
    "nouns": ("oblasť", "oblasti", "kraj", "kraji", "kraja", "okres", "okresu", "okrese"),
    "endings": ("ého", "ému", "ých", "ým", "om", "á", "é", "ou", "ý"),
    "suffixes": ("sk", "ck"),
    "tails": (),
}
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("a",)
