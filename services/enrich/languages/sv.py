"""Swedish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Swedish articles only ("Ryssland", "Tyskland", "Ungern").
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Sveriges", "Rysslands"): (in the text, of the name).
PLACE_CASE_ENDINGS = (("s", ""),)
# Prepositions of place and of going ("i Malmö", "till Göteborg", "från Uppsala", "på Gotland"): they place a
# known town's other name.
PLACE_DIRECTIONS = ("i", "till", "från", "på")
# "and": between two given names of one family ("Judith y Natalie Ra’anan"), and in a list of places.
NAME_AND = ("och",)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "”…”, säger
# Kremls talesperson Dmitrij Peskov", "”…”, sade han", "enligt TT".
QUOTES: dict[str, Any] = {
    "verbs": {
        "säga",
        "uppge",
        "skriva",
        "tillägga",
        "berätta",
        "förklara",
        "betona",
        "varna",
        "meddela",
        "bekräfta",
        "förneka",
        "svara",
        "hävda",
        "konstatera",
        "påpeka",
        "understryka",
        "uttala",
    },
    "forms": {
        "säger",
        "sade",
        "sa",
        "uppger",
        "uppgav",
        "skriver",
        "skrev",
        "tillägger",
        "tillade",
        "berättar",
        "berättade",
        "förklarar",
        "förklarade",
        "betonar",
        "betonade",
        "varnar",
        "varnade",
        "meddelar",
        "meddelade",
        "bekräftar",
        "bekräftade",
        "förnekar",
        "förnekade",
        "svarar",
        "svarade",
        "hävdar",
        "hävdade",
        "konstaterar",
        "konstaterade",
        "påpekar",
        "påpekade",
        "understryker",
        "underströk",
    },
    "weak": {"mena", "uppge"},
    "framing": {"kalla", "beskriva"},
    "addressee": set(),
    "cues": ["enligt"],
    "cues_after": [],
    "pronouns": {"han": "m", "hon": "f", "de": "p"},
    "relative": {"som"},
    "honorifics": {},
    "titles": {
        "talesperson": None,
        "talesman": "m",
        "taleskvinna": "f",
        "presskontakt": None,
        "president": None,
        "premiärminister": None,
        "statsminister": None,
        "minister": None,
        "utrikesminister": None,
        "försvarsminister": None,
        "borgmästare": None,
        "ambassadör": None,
        "general": None,
        "rådgivare": None,
        "guvernör": None,
        "ordförande": None,
        "direktör": None,
        "analytiker": None,
        "chef": None,
        "ledare": None,
    },
    "title_suffixes": ["talesperson", "talesman", "taleskvinna", "minister"],
    "institutions": {
        "regering",
        "regeringen",
        "departement",
        "utrikesdepartementet",
        "försvarsministeriet",
        "armé",
        "polis",
        "ambassad",
        "kreml",
    },
    "institution_suffixes": ["departementet", "ministeriet"],
    "skip": {"också", "senare", "sedan", "har", "hade", "bland", "annat"},
    "prepositions": {"i", "på", "till", "från", "med", "för", "av", "om", "hos", "vid", "mot", "efter", "under"},
    "abbreviations": {"dr", "prof", "bl.a", "milj", "mdr", "ca", "nr"},
    "pro_drop": False,
    "verb_final": False,
    # dialogue quotes open with a dash and close with a comma before the speech verb ("– …, sier han")
    "dash_comma_close": True,
    # "sade han": a pronoun right after the verb is its inverted subject
    "pronoun_after_verb": True,
    "spokesperson": {"talesperson", "talesman", "taleskvinna"},
    "definite": set(),
    "articles": {"en", "ett"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guvernör", "talesperson", "talesman", "taleskvinna", "president", "premiärminister", "statsminister", "minister", "utrikesminister", "borgmästare", "ambassadör", "general", "rådgivare", "ordförande", "direktör",)  # fmt: skip
NAME_CASE_ENDINGS = True
