"""Hungarian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Hungarian articles only ("Németország", "Ausztria").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name), the lengthened
# stem first: a name in -a or -e takes its case on -á-, -é- ("Ausztriában": Ausztria). The cases of place (in -ban,
# into -ba, out of -ból; on -n, onto -ra, off -ról; at -nál, to -hoz, from -tól), as far as -ig, the accusative -t
# and the dative -nak, in both vowel harmonies.
_CASES = (
    "ban", "ben", "ba", "be", "ból", "ből", "on", "en", "ön", "n", "ra", "re", "ról", "ről", "nál", "nél",
    "hoz", "hez", "höz", "tól", "től", "ig", "t", "nak", "nek",
)  # fmt: skip
PLACE_CASE_ENDINGS = (
    *((f"á{case}", "a") for case in _CASES if case[0] not in "oeö"),
    *((f"é{case}", "e") for case in _CASES if case[0] not in "oeö"),
    *((case, "") for case in _CASES),
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "„…” – mondta
# Dmitrij Peszkov, a Kreml szóvivője", "Peszkov szerint", "az MTI szerint".
QUOTES: dict[str, Any] = {
    "verbs": {
        "mond",
        "nyilatkozik",
        "közöl",
        "hozzátesz",
        "ír",
        "kijelent",
        "hangsúlyoz",
        "figyelmeztet",
        "megerősít",
        "tagad",
        "válaszol",
        "állít",
        "fogalmaz",
        "jelent",
        "nyilatkoz",
        "reagál",
        "magyaráz",
    },
    "forms": {
        "mondta",
        "mondják",
        "mondja",
        "nyilatkozta",
        "közölte",
        "hozzátette",
        "írta",
        "kijelentette",
        "hangsúlyozta",
        "figyelmeztetett",
        "megerősítette",
        "tagadta",
        "válaszolta",
        "állította",
        "fogalmazott",
        "jelentette",
        "reagált",
        "magyarázta",
        "tette",
        "nyilatkozott",
    },
    "weak": {"reagál"},
    "framing": {"nevez"},
    "addressee": set(),
    "cues": [],
    "cues_after": ["szerint"],
    "pronouns": {"ő": None, "ők": "p"},
    "relative": {"aki", "akik"},
    "honorifics": {},
    "titles": {
        "szóvivő": None,
        "szóvivője": None,
        "elnök": None,
        "elnöke": None,
        "miniszterelnök": None,
        "miniszter": None,
        "minisztere": None,
        "külügyminiszter": None,
        "tanácsadó": None,
        "tanácsadója": None,
        "nagykövet": None,
        "kormányzó": None,
        "kormányzója": None,
        "polgármester": None,
        "tábornok": None,
        "vezető": None,
        "vezetője": None,
        "igazgató": None,
        "elemző": None,
        "képviselő": None,
    },
    "title_suffixes": ["szóvivő", "szóvivője", "miniszter"],
    "institutions": {
        "minisztérium",
        "kormány",
        "hadsereg",
        "rendőrség",
        "nagykövetség",
        "kreml",
        "hivatal",
        "ügynökség",
        "szolgálat",
        "tanács",
    },
    "institution_suffixes": ["minisztérium"],
    "skip": {"is", "később", "majd", "már", "a", "az", "ki", "hozzá"},
    "prepositions": set(),
    "abbreviations": {"dr", "prof", "gen", "ezer", "mln", "mrd", "kb", "stb", "pl"},
    "pro_drop": True,
    "verb_final": False,
    "verb_gender": [],
    "spokesperson": {"szóvivő", "szóvivője"},
    "definite": {"a", "az"},
    "articles": {"egy"},
    # names take case endings ("Peszkovot" finds "Peszkov")
    "inflected_names": True,
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("kormányzó", "szóvivő", "elnök", "miniszterelnök", "miniszter", "külügyminiszter", "tanácsadó", "nagykövet", "polgármester", "tábornok",)  # fmt: skip
NAME_CASE_ENDINGS = True
# Hungarian spells Russian and Ukrainian names its own way: "sz" for s ("Kurszk", "Szmolenszk"), "cs" for ch,
# "zs" for zh ("Zsitomir"): read as GeoNames' romanisation when the name is not found as written.
PLACE_RESPELLINGS = (("sz", "s"), ("cs", "ch"), ("zs", "zh"))
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("és",)
