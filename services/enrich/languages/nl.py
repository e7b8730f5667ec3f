"""Dutch: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    SECOND,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    cldr_weekdays,
    easter,
    fixed,
    number_words,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "nl",
    cldr_months("nl", "jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sept|sep", "okt", "nov", "dec"),
    cldr_weekdays("nl"),
    {
        "eergisteren": -2,
        "gisteren": -1,
        "gisteravond": -1,
        "vandaag": 0,
        "vanochtend": 0,
        "vanmorgen": 0,
        "vanavond": 0,
        "morgen": 1,
        "overmorgen": 2,
    },
    ("volgend", "komend"),
    night_before=r"in\s+de\s+nacht\s+van\s+\w+\s+op",
    future_cues=r"(?<!\w)(?:zal|zullen|gaat|gaan|wil|willen|gepland|verwacht|komend\w*|tot)(?!\w)",
    past_cues=r"(?<!\w)(?:vorige|vorig|afgelopen|was|waren|had|hadden|werd|werden|zei|zeiden|verklaarde)(?!\w)",
    numbers=number_words("een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    units={
        r"dag(?:en)?": DAY,
        r"weken|week": WEEK,
        r"maand(?:en)?": MONTH,
        r"jaar|jaren": YEAR,
        r"uur": HOUR,
        r"minuten|minuut|min": MINUTE,
        r"seconden|seconde|sec": SECOND,
    },
    about=r"ongeveer|zo['’]n|bijna|circa",
    ago=(r"{q}\s+geleden",),
    ahead=(r"over\s+{q}",),
    later={r"{q}\s+later": 1, r"{q}\s+(?:eerder|daarvoor)": -1},
    periods={
        r"(?:vorige|afgelopen)\s+week": (WEEK, -1),
        r"deze\s+week": (WEEK, 0),
        r"(?:volgende|komende)\s+week": (WEEK, 1),
        r"(?:vorige|afgelopen)\s+maand": (MONTH, -1),
        r"deze\s+maand": (MONTH, 0),
        r"(?:volgende|komende)\s+maand": (MONTH, 1),
        r"(?:vorig|afgelopen)\s+jaar": (YEAR, -1),
        r"dit\s+jaar": (YEAR, 0),
        r"(?:volgend|komend)\s+jaar": (YEAR, 1),
        r"(?:tegen\s+)?(?:het\s+)?einde?\s+(?:van\s+)?(?:het|dit)\s+jaar": (YEAR, "end"),
    },
    anaphora={
        r"de\s+dag\s+(?:ervoor|daarvoor)|een\s+dag\s+eerder": -1,
        r"de\s+volgende\s+dag|de\s+dag\s+erna|een\s+dag\s+later": 1,
        r"(?:op\s+)?dezelfde\s+dag": 0,
    },
    holidays={
        r"[Kk]erstavond": fixed(12, 24),
        r"[Tt]weede\s+[Kk]erstdag": fixed(12, 26),
        r"(?:[Ee]erste\s+)?[Kk]erstdag|\bmet\s+[Kk]erst(?:mis)?\b": fixed(12, 25),
        r"[Oo]udejaarsavond": fixed(12, 31),
        r"[Nn]ieuwjaarsdag": fixed(1, 1),
        r"Koningsdag": fixed(4, 27),
        r"Dodenherdenking": fixed(5, 4),
        r"Bevrijdingsdag": fixed(5, 5),
        r"Goede\s+Vrijdag": easter(-2),
        r"[Tt]weede\s+[Pp]aasdag|[Pp]aasmaandag": easter(1),
        r"[Ee]erste\s+[Pp]aasdag|[Pp]aaszondag": easter(0),
        r"[Hh]emelvaartsdag": easter(39),
    },
    years=r"(?<!\w)(?:in|sinds|tot|begin|eind|medio)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("en",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=("delen", r"meer (?:nieuws|video['’]s|artikelen)", "advertentie", "meest gelezen"),
    share=("delen",),
    cookie_actions=("accepteer", "akkoord"),
    promo=(r"abonneer\b", r"volg ons\b", r"word abonnee\b", r"meld je aan\b"),
    promo_anywhere=(r"word abonnee", r"abonneer nu"),
    read_also=(r"lees ook\b", r"bekijk ook\b"),
    link_list=("meer over dit onderwerp", "gerelateerde artikelen"),
    tags=("onderwerpen", "trefwoorden"),
    byline=(r"door\s+(?=[A-Z])",),
    and_words=("en",),
    byline_words=("de", "van"),
    photo=(r"foto\s*[:：]", r"beeld\s*[:：]"),
    captions=("bijschrift",),
    photo_labels=("archiefbeeld", "archieffoto"),
    syndication=(r"alle rechten voorbehouden",),
    stamp=(r"gepubliceerd(?: op)?\b", r"(?:laatst )?bijgewerkt(?: op)?\b"),
    updated=(r"(?:laatst )?bijgewerkt",),
    stamp_words=("om", "uur"),
    genres=("opinie", "achtergrond"),
    home=("voorpagina",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Dutch"

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    "verbs": {
        "zeggen",
        "verklaren",
        "vertellen",
        "stellen",
        "benadrukken",
        "waarschuwen",
        "toevoegen",
        "schrijven",
        "vragen",
        "antwoorden",
        "melden",
        "bevestigen",
        "ontkennen",
        "beweren",
        "reageren",
        "twitteren",
        "aankondigen",
        "opmerken",
        "erkennen",
    },
    "forms": {"zei", "zeiden", "zegt", "zeggen", "verklaarde", "verklaarden", "aldus", "schreef", "voegde", "liet"},
    "weak": {"stellen", "vragen", "melden", "laten"},
    "framing": {"noemen", "omschrijven"},
    "addressee": set(),
    "cues": ["volgens", "naar eigen zeggen"],
    "cues_after": [],
    "pronouns": {"hij": "m", "zij": "f", "ze": None, "het": "n"},
    "relative": {"die", "dat", "wie"},
    "honorifics": {"meneer": "m", "mevrouw": "f", "dhr": "m", "mevr": "f", "dr": None, "prof": None},
    "titles": {
        "woordvoerder": "m",
        "woordvoerster": "f",
        "president": None,
        "premier": None,
        "minister": None,
        "burgemeester": None,
        "ambassadeur": None,
        "generaal": None,
        "directeur": None,
        "analist": None,
    },
    "title_suffixes": ["woordvoerder", "woordvoerster", "minister"],
    "institutions": {"regering", "ministerie", "kabinet", "leger", "politie", "rechtbank", "ambassade", "kremlin"},
    "institution_suffixes": ["ministerie", "dienst", "raad"],
    "skip": {"de", "het", "een", "ook", "nog", "al", "later", "toen", "daarna", "heeft", "had", "is", "was"},
    "prepositions": {"in", "op", "aan", "van", "met", "voor", "naar", "bij", "door", "over", "uit", "tegen", "tot"},
    "abbreviations": {"dhr", "mevr", "dr", "prof", "bijv", "o.a", "ca", "nr", "mln", "mld"},
    "pro_drop": False,
    "verb_final": False,
    "verb_gender": [],
    # Function words (attribution.py and speakers.py take the union or this language's own). Left out
    # while their consumer takes every language's words whatever the article's language: "en" (French
    # and Spanish "in": "“…”, en palabras de X" is an attribution, not a new clause), "of" (English), "de"
    # and "dit" as determiners (Romance "of", French "said"), "den" as a name particle (German "den").
    "determiners": {"het", "een", "zijn", "haar", "hun", "deze"},
    "spokesperson": {"woordvoerder"},
    "definite": {"de", "het"},
    "noun_markers": {"de", "het", "een", "zijn", "haar", "hun", "dit", "deze"},
    "indefinite": {"een"},
    "clause_starts": {"maar", "terwijl"},
    "subordinators": {"terwijl", "toen", "omdat", "wanneer", "nadat"},
    "complementisers": {"dat"},
    "reflexives": {"zich"},
    "of": {"van"},
    "name_particles": {"van", "ter", "ten", "der", "den"},  # "Joop den Uyl"
    "of_words": {"van"},
    "articles": {"de", "het", "een"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# A word ending in a role is the role: the language builds compounds (Kremlsprecher).
NAME_COMPOUNDS = True
NAME_ROLES = (
    "president", "premier", "minister", "woordvoerder", "woordvoerster", "burgemeester", "ambassadeur",
    "generaal", "gouverneur", "chef", "adviseur", "secretaris", "kanselier", "leider", "directeur", "analist", "meneer",
    "mevrouw",
)  # fmt: skip
NAME_INSTITUTIONS = ("ministerie", "regering", "partij", "bank", "agentschap", "universiteit", "instituut", "rechtbank")
NAME_FUNCTION_WORDS = (
    "de het een in op aan van met voor naar bij door over uit tot om als dat die dit en of maar "
    "niet ook zo er hij zij wij ze men volgens"
)
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter"})
NAME_DAY_WORDS = frozenset({"dag"})

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("en",)
# Indefinite articles: a capitalised run right after one is a thing ("een Volkswagen Golf"), not a person.
NAME_INDEFINITE_ARTICLES = ("een",)
# Storm words: the name after one is a storm's ("storm Eunice"), not a person.
NAME_STORM_WORDS = ("storm", "orkaan", "tyfoon", "cycloon")
