"""Norwegian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Norwegian_Bokmal"
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("og",)

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (Bokmål's, py3langid's "no"), as places in Norwegian articles only ("Sverige",
# "Tyskland", "Spania").
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Norges", "Bergens"): (in the text, of the name).
PLACE_CASE_ENDINGS = (("s", ""),)
# Prepositions of place and of going ("i Bergen", "til Tromsø", "fra Oslo", "på Svalbard"): they place a known
# town's other name.
PLACE_DIRECTIONS = ("i", "til", "fra", "på")

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "– …, sier
# Kremls talsperson Dmitrij Peskov til NTB", "«…», sa han", "ifølge TASS".
QUOTES: dict[str, Any] = {
    "verbs": {
        "si",
        "uttale",
        "skrive",
        "legge",
        "fortelle",
        "erklære",
        "understreke",
        "advare",
        "opplyse",
        "meddele",
        "bekrefte",
        "avvise",
        "svare",
        "hevde",
        "fastslå",
        "påpeke",
        "forklare",
    },
    "forms": {
        "sier",
        "sa",
        "sagt",
        "uttaler",
        "uttalte",
        "skriver",
        "skrev",
        "forteller",
        "fortalte",
        "erklærer",
        "erklærte",
        "understreker",
        "understreket",
        "advarer",
        "advarte",
        "opplyser",
        "opplyste",
        "meddeler",
        "meddelte",
        "bekrefter",
        "bekreftet",
        "avviser",
        "avviste",
        "svarer",
        "svarte",
        "hevder",
        "hevdet",
        "fastslår",
        "fastslo",
        "påpeker",
        "påpekte",
        "forklarer",
        "forklarte",
    },
    "weak": {"mene", "opplyse"},
    "framing": {"kalle", "beskrive"},
    "addressee": set(),
    "cues": ["ifølge"],
    "cues_after": [],
    "pronouns": {"han": "m", "hun": "f", "de": "p"},
    "relative": {"som"},
    "honorifics": {},
    "titles": {
        "talsperson": None,
        "talsmann": "m",
        "talskvinne": "f",
        "president": None,
        "statsminister": None,
        "minister": None,
        "utenriksminister": None,
        "forsvarsminister": None,
        "ordfører": None,
        "ambassadør": None,
        "general": None,
        "rådgiver": None,
        "guvernør": None,
        "leder": None,
        "direktør": None,
        "analytiker": None,
        "sjef": None,
    },
    "title_suffixes": ["talsperson", "talsmann", "talskvinne", "minister"],
    "institutions": {
        "regjering",
        "regjeringen",
        "departement",
        "utenriksdepartementet",
        "forsvarsdepartementet",
        "hær",
        "politi",
        "ambassade",
        "kreml",
    },
    "institution_suffixes": ["departementet", "ministeriet"],
    "skip": {"også", "senere", "så", "har", "hadde", "blant", "annet"},
    "prepositions": {"i", "på", "til", "fra", "med", "for", "av", "om", "hos", "ved", "mot", "etter", "under"},
    "abbreviations": {"dr", "prof", "bl.a", "mill", "mrd", "ca", "nr"},
    "pro_drop": False,
    "verb_final": False,
    # dialogue quotes open with a dash and close with a comma before the speech verb ("– …, sier han")
    "dash_comma_close": True,
    # "sa han": a pronoun right after the verb is its inverted subject
    "pronoun_after_verb": True,
    "spokesperson": {"talsperson", "talsmann", "talskvinne"},
    "definite": set(),
    "articles": {"en", "ei", "et"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guvernør", "talsperson", "talsmann", "talskvinne", "president", "statsminister", "minister", "utenriksminister", "ordfører", "ambassadør", "general", "rådgiver", "leder", "direktør",)  # fmt: skip
NAME_CASE_ENDINGS = True
