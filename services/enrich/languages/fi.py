"""Finnish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Finnish articles only ("Venäjä", "Ruotsi", "Saksa").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name), the stem changes
# first. The cases a place is written in (genitive -n; inessive -ssa, elative -sta, illative -Vn; adessive -lla,
# ablative -lta, allative -lle; essive -na, translative -ksi; partitive -a, -ta), in both vowel harmonies: on the
# stem with the gradations nk -> ng, t -> d, k -> none ("Helsingissä": Helsinki, "Lahdessa": Lahti, "Turussa":
# Turku), on the stem in -e of a name in -i ("Suomessa", "Suomen": Suomi) or in -ee of a name in -e
# ("Tampereella", "Tampereen": Tampere), and on the name itself.
PLACE_CASE_ENDINGS = (
    ("ngissa", "nki"), ("ngissä", "nki"), ("ngista", "nki"), ("ngistä", "nki"), ("ngilla", "nki"),
    ("ngillä", "nki"), ("ngilta", "nki"), ("ngiltä", "nki"), ("ngille", "nki"), ("ngiksi", "nki"),
    ("ngin", "nki"),
    ("essa", "i"), ("essä", "i"), ("esta", "i"), ("estä", "i"), ("ella", "i"), ("ellä", "i"), ("elta", "i"),
    ("eltä", "i"), ("elle", "i"), ("eksi", "i"), ("ena", "i"), ("enä", "i"), ("en", "i"), ("een", "i"),
    ("ea", "i"), ("eä", "i"),
    ("dessa", "ti"), ("dessä", "ti"), ("desta", "ti"), ("destä", "ti"), ("della", "ti"), ("dellä", "ti"),
    ("delle", "ti"), ("den", "ti"),
    ("ussa", "ku"), ("usta", "ku"), ("ulla", "ku"), ("ulle", "ku"), ("ulta", "ku"), ("un", "ku"),
    ("essa", ""), ("essä", ""), ("esta", ""), ("estä", ""), ("ella", ""), ("ellä", ""), ("elta", ""),
    ("eltä", ""), ("elle", ""), ("eksi", ""), ("ena", ""), ("enä", ""),
    ("ssa", ""), ("ssä", ""), ("sta", ""), ("stä", ""), ("lla", ""), ("llä", ""), ("lta", ""), ("ltä", ""),
    ("lle", ""), ("ksi", ""), ("na", ""), ("nä", ""), ("n", ""), ("a", ""), ("ä", ""), ("ta", ""), ("tä", ""),
    ("an", ""), ("än", ""), ("en", ""), ("in", ""), ("on", ""), ("ön", ""), ("un", ""), ("yn", ""),
    # a foreign name ending in a consonant takes an "i" before its case ending: Kurskissa, Belgorodista, Kurskiin
    ("issa", ""), ("issä", ""), ("ista", ""), ("istä", ""), ("illa", ""), ("illä", ""), ("ilta", ""), ("iltä", ""),
    ("ille", ""), ("iksi", ""), ("iin", ""), ("ina", ""), ("inä", ""),
)  # fmt: skip

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "”…”, sanoi
# Kremlin tiedottaja Dmitri Peskov", "”…”, hän sanoi", "Peskovin mukaan", "STT:n mukaan".
QUOTES: dict[str, Any] = {
    "verbs": {
        "sanoa",
        "kertoa",
        "todeta",
        "kirjoittaa",
        "lisätä",
        "korostaa",
        "varoittaa",
        "vahvistaa",
        "kiistää",
        "vastata",
        "väittää",
        "ilmoittaa",
        "huomauttaa",
        "selittää",
        "painottaa",
        "tiedottaa",
        "twiitata",
    },
    "forms": {
        "sanoi",
        "sanoo",
        "sanoivat",
        "kertoi",
        "kertoo",
        "totesi",
        "toteaa",
        "kirjoitti",
        "kirjoittaa",
        "lisäsi",
        "lisää",
        "korosti",
        "korostaa",
        "varoitti",
        "vahvisti",
        "kiisti",
        "kiistää",
        "vastasi",
        "väitti",
        "väittää",
        "ilmoitti",
        "huomautti",
        "selitti",
        "painotti",
        "tiedotti",
    },
    "weak": {"ilmoittaa", "tiedottaa"},
    "framing": {"kutsua", "kuvailla"},
    "addressee": set(),
    "cues": [],
    "cues_after": ["mukaan"],
    "pronouns": {"hän": None, "he": "p"},
    "relative": {"joka", "jotka"},
    "honorifics": {},
    "titles": {
        "tiedottaja": None,
        "presidentti": None,
        "pääministeri": None,
        "ministeri": None,
        "ulkoministeri": None,
        "puolustusministeri": None,
        "neuvonantaja": None,
        "suurlähettiläs": None,
        "kuvernööri": None,
        "pormestari": None,
        "kenraali": None,
        "johtaja": None,
        "analyytikko": None,
        "edustaja": None,
        "puhemies": None,
    },
    "title_suffixes": ["tiedottaja", "ministeri"],
    "institutions": {
        "ministeriö",
        "hallitus",
        "armeija",
        "poliisi",
        "suurlähetystö",
        "kreml",
        "virasto",
        "uutistoimisto",
        "kanslia",
    },
    "institution_suffixes": ["ministeriö"],
    "skip": {"myös", "myöhemmin", "sitten", "jo", "on", "oli"},
    "prepositions": set(),
    "abbreviations": {"esim", "mm", "milj", "mrd", "noin", "n", "ns", "prof", "tri"},
    "pro_drop": False,
    "verb_final": False,
    # dialogue quotes open with a dash and close with a comma before the speech verb ("– …, sier han")
    "dash_comma_close": True,
    "verb_gender": [],
    "spokesperson": {"tiedottaja"},
    "definite": set(),
    "articles": set(),
    # names take case endings ("Peskovin" finds "Peskov")
    "inflected_names": True,
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("kuvernööri", "tiedottaja", "presidentti", "pääministeri", "ministeri", "ulkoministeri", "neuvonantaja", "suurlähettiläs", "pormestari", "kenraali", "johtaja", "puhemies",)  # fmt: skip
NAME_CASE_ENDINGS = True
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("ja",)
