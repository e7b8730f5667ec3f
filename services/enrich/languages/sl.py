"""Slovenian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Slovenian articles only ("Avstrija", "Nemčija", "Madžarska").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). A name in -a
# (Ljubljana, Avstrija: genitive -e, dative and locative -i, accusative -o, instrumental -o) and a name in a
# consonant (Maribor: genitive -a, dative and locative -u, instrumental -om).
PLACE_CASE_ENDINGS = (("e", "a"), ("i", "a"), ("o", "a"), ("u", ""), ("a", ""), ("om", ""))
# Prepositions of place and of going ("v Mariboru", "iz Kopra", "na Bledu"): they place a known town's other name.
PLACE_DIRECTIONS = ("v", "iz", "na", "do")

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "»…,« je
# dejal tiskovni predstavnik Kremlja Dmitrij Peskov", "po poročanju agencije STA".
QUOTES: dict[str, Any] = {
    "verbs": {
        "reči",
        "dejati",
        "izjaviti",
        "povedati",
        "napisati",
        "dodati",
        "navesti",
        "sporočiti",
        "poudariti",
        "opozoriti",
        "potrditi",
        "zanikati",
        "odgovoriti",
        "trditi",
        "pojasniti",
        "zapisati",
    },
    "forms": {
        "rekel",
        "rekla",
        "dejal",
        "dejala",
        "dejali",
        "izjavil",
        "izjavila",
        "povedal",
        "povedala",
        "napisal",
        "napisala",
        "dodal",
        "dodala",
        "navedel",
        "navedla",
        "sporočil",
        "sporočila",
        "poudaril",
        "poudarila",
        "opozoril",
        "opozorila",
        "potrdil",
        "potrdila",
        "zanikal",
        "zanikala",
        "odgovoril",
        "odgovorila",
        "trdi",
        "trdil",
        "pojasnil",
        "pojasnila",
        "zapisal",
        "zapisala",
    },
    "weak": {"navesti", "pojasniti"},
    "framing": {"označiti", "imenovati"},
    "addressee": set(),
    "cues": ["po besedah", "kot je dejal", "kot je dejala", "po poročanju"],
    "cues_after": [],
    "pronouns": {"on": "m", "ona": "f", "oni": "p"},
    "relative": {"ki"},
    "honorifics": {"gospod": "m", "gospa": "f"},
    "titles": {
        "predstavnik": "m",
        "predstavnica": "f",
        "govornik": "m",
        "predsednik": "m",
        "predsednica": "f",
        "premier": None,
        "minister": "m",
        "ministrica": "f",
        "svetovalec": "m",
        "veleposlanik": "m",
        "guverner": None,
        "župan": "m",
        "general": None,
        "šef": "m",
        "analitik": "m",
        "poveljnik": "m",
    },
    "title_suffixes": [],
    "institutions": {
        "ministrstvo",
        "vlada",
        "vojska",
        "policija",
        "veleposlaništvo",
        "kremelj",
        "urad",
        "agencija",
        "služba",
        "svet",
    },
    "institution_suffixes": [],
    "skip": {"je", "so", "tudi", "kasneje", "nato", "že", "se"},
    "prepositions": {
        "v",
        "na",
        "iz",
        "do",
        "od",
        "za",
        "o",
        "po",
        "pri",
        "pod",
        "nad",
        "s",
        "z",
        "proti",
        "med",
        "brez",
        "k",
        "h",
    },
    "abbreviations": {"dr", "prof", "gen", "tis", "mio", "mrd", "npr", "t.i", "itd"},
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    "inflected_names": True,
    "head_first_titles": True,
    "verb_gender": [["la", "f"], ["li", "p"], ["le", "p"], ["l", "m"]],
    "spokesperson": {"predstavnik", "predstavnica"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guverner", "predstavni", "predsedni", "minist", "premier", "svetoval", "veleposlani", "župan", "general", "šef", "poveljni", "analiti",)  # fmt: skip
NAME_CASE_ENDINGS = True
# A region named by its city's adjective beside a region noun ("Belgorodski regiji", "Kurske oblasti"): the city's adjective is its name, a
# suffix and a case ending (services/enrich/entities/recovery.py, ``_adjective_regions``).
PLACE_ADJECTIVE_REGION = {
    "nouns": ("oblast", "oblasti", "regija", "regije", "regiji", "regijo", "okrožje", "okrožju"),
    "endings": ("ega", "emu", "em", "ih", "im", "a", "e", "i", "o"),
    "suffixes": ("sk", "šk"),
    "tails": (),
}
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("in",)
