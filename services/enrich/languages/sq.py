"""Albanian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Verbs are lemmas (simplemma
# reads Albanian: "tha", "thotë" -> "them"); the impersonal passive "thuhet" (it is said) names its body after
# "në" and a document ("thuhet në raportin 24-orësh të Policisë së Kosovës": the police).
QUOTES: dict[str, Any] = {
    "verbs": {
        "them",
        "deklaroj",
        "shtoj",
        "theksoj",
        "pohoj",
        "nënvizoj",
        "shkruaj",
        "sqaroj",
        "konfirmoj",
        "paralajmëroj",
        "njoftoj",
        "përgjigjem",
        "tregoj",
        "kujtoj",
        "vlerësoj",
    },
    "forms": {"tha", "thotë", "thanë", "thonë", "thuhet", "theksohet", "shkruhet", "njoftohet", "deklarohet"},
    "weak": {"tregoj", "kujtoj", "vlerësoj", "njoftoj"},
    "framing": set(),
    "addressee": set(),
    "cues": ["sipas"],
    "cues_after": [],
    "pronouns": {"ai": "m", "ajo": "f", "ata": "p", "ato": "p"},
    "relative": {"cili", "cila", "cilët", "cilat"},
    "honorifics": {"z.": "m", "znj.": "f"},
    "titles": {
        "zëdhënës": None,
        "zëdhënësi": None,
        "zëdhënësja": "f",
        "ministri": None,
        "ministrja": "f",
        "kryeministri": None,
        "presidenti": None,
        "presidentja": "f",
        "drejtori": None,
        "drejtoresha": "f",
    },
    "title_suffixes": [],
    "institutions": {
        "policia",
        "policisë",
        "qeveria",
        "qeverisë",
        "ministria",
        "ministrisë",
        "prokuroria",
        "prokurorisë",
        "presidenca",
        "presidencës",
        "kuvendi",
        "kuvendit",
        "gjykata",
        "gjykatës",
        "komuna",
        "komunës",
    },
    "skip": set(),
    "prepositions": {"në", "nga", "me", "për", "te", "tek", "mbi", "pa"},
    "abbreviations": {"z", "znj", "dr", "prof"},
    "pro_drop": True,
    "verb_final": False,
    "verb_gender": [],
    # impersonal passive speech verbs: the body named after "në" and its document speaks
    "impersonal_verbs": ["thuhet", "theksohet", "shkruhet", "njoftohet", "deklarohet"],
    "impersonal_in": ["në"],
    "impersonal_heads": [
        "raport",
        "raporti",
        "raportin",
        "raportit",
        "njoftim",
        "njoftimi",
        "njoftimin",
        "njoftimit",
        "deklaratë",
        "deklarata",
        "deklaratën",
        "deklaratës",
        "komunikatë",
        "komunikata",
        "komunikatën",
        "komunikatës",
    ],
    # the genitive articles between a document and its body, and inside the body's name ("raportin … të
    # Policisë së Kosovës"), with a number before them ("24-orësh")
    "impersonal_between": ["të", "së"],
    "indefinite": {"një"},
    "conjunctions": {"dhe", "ose"},
    # read for every language: not "por" (Spanish "by") nor "se" (a Romance reflexive)
    "clause_starts": {"dhe", "ndërsa"},
    "complementisers": {"që"},
    "spokesperson": {"zëdhënës", "zëdhënësi", "zëdhënësja"},
}
