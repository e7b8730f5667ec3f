"""Romanian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Romanian articles only ("Franța", "Ungaria", "Germania").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). The genitive and
# dative of a name in -a ("Franței", "Germaniei": Franța, Germania) and of one in a consonant or -i ("Bucureștiului",
# "Clujului").
PLACE_CASE_ENDINGS = (("ei", "a"), ("ului", ""), ("ul", ""))  # "Kievul", "Kievului": Kiev

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "„…”, a
# declarat purtătorul de cuvânt al Kremlinului, Dmitri Peskov", "potrivit agenției TASS".
QUOTES: dict[str, Any] = {
    "verbs": {
        "declara",
        "spune",
        "afirma",
        "preciza",
        "adăuga",
        "scrie",
        "anunța",
        "sublinia",
        "avertiza",
        "confirma",
        "nega",
        "răspunde",
        "susține",
        "transmite",
        "menționa",
        "explica",
        "arăta",
        "comenta",
    },
    "forms": {
        "declarat",
        "spus",
        "afirmat",
        "precizat",
        "adăugat",
        "scris",
        "anunțat",
        "subliniat",
        "avertizat",
        "confirmat",
        "negat",
        "răspuns",
        "susținut",
        "transmis",
        "menționat",
        "explicat",
        "arătat",
        "comentat",
        "declară",
        "spune",
        "afirmă",
        "precizează",
        "adaugă",
        "scrie",
        "anunță",
        "subliniază",
        "susține",
        "transmite",
        "explică",
    },
    "weak": {"arăta", "transmite", "comenta"},
    "framing": {"numi", "califica", "descrie"},
    "addressee": set(),
    "cues": ["potrivit", "conform", "după cum a declarat", "după cum a spus"],
    "cues_after": [],
    "pronouns": {"el": "m", "ea": "f", "ei": "p", "ele": "p"},
    "relative": {"care"},
    "honorifics": {"domnul": "m", "doamna": "f"},
    "titles": {
        "purtător": "m",
        "purtătoarea": "f",
        "președinte": None,
        "președintele": None,
        "premier": None,
        "prim-ministru": None,
        "ministru": None,
        "ministrul": None,
        "consilier": None,
        "ambasador": None,
        "guvernator": None,
        "guvernatorul": None,
        "primar": None,
        "general": None,
        "șef": None,
        "lider": None,
        "director": None,
        "analist": None,
        "reprezentant": None,
    },
    "title_suffixes": [],
    "institutions": {
        "ministerul",
        "guvernul",
        "armata",
        "poliția",
        "ambasada",
        "kremlinul",
        "agenția",
        "administrația",
        "serviciul",
        "consiliul",
    },
    "institution_suffixes": [],
    "skip": {"a", "au", "și", "de", "asemenea", "ulterior", "apoi", "mai"},
    "prepositions": {"în", "la", "din", "de", "pe", "cu", "pentru", "despre", "prin", "după", "sub", "spre"},
    "abbreviations": {"dl", "dna", "dr", "prof", "gen", "mil", "mld", "nr", "ș.a"},
    "pro_drop": True,
    "verb_final": False,
    "verb_gender": [],
    "spokesperson": {"purtător", "purtătoarea"},
    "definite": set(),
    "articles": {"un", "o"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guvernator", "purtător", "președinte", "premier", "ministr", "consilier", "ambasador", "primar", "general", "șef", "lider", "director", "analist",)  # fmt: skip
NAME_CASE_ENDINGS = True
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("și", "şi")
