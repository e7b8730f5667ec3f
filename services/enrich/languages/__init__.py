"""One module per language: the words every stage that reads language takes from it.

A language is the module named by its ISO 639-1 code (``de.py``) and its code in
:data:`CODES`. A module defines what it has, each name read by one consumer (a module
without a name simply has nothing for that consumer):

* ``CALENDAR`` (a :class:`~wirestream.services.enrich.languages.calendar.Language`: months from
  CLDR, weekdays, relative phrases, periods, holidays) and ``LOWERCASE_WEEKDAYS``:
  ``services/enrich/lexicon.py``, read by ``services/enrich/written_dates/`` (clean's stamps and date-parse);
* ``CLEAN`` (a :class:`~wirestream.services.enrich.languages.cues.Cues`: boilerplate cues):
  ``services/enrich/clean/rules.py``;
* ``JUSTEXT_STOPLIST``, ``INTERFACE_WORDS``, ``FUNCTION_CHARS``: the furniture model's
  features, ``services/enrich/clean/furniture/features.py``;
* ``QUOTES``: quote attribution, ``services/enrich/entities/quotes/lexicon.py`` (its keys
  are documented there); ``SURNAME_ENDINGS`` (the gender a surname shows) and
  ``NOUNS_CAPITALISED``: ``services/enrich/entities/quotes/speakers.py`` too;
* ``NAME_*`` (roles, institutions, function words, particles, person endings, day words,
  articles, ``NAME_NOUN_SUFFIXES``: abstract-noun endings; ``NAME_COMPOUNDS``: a word ending in a role is one, ``NAME_CASE_ENDINGS``: a word
  starting with one is; ``NAME_BYLINE``: a dateline's reporter in Chinese and Japanese; ``NAME_TITLES``, ``NAME_AFTER``,
  ``NAME_SPEECH_VERBS``, ``NAME_OFFICE``, ``NAME_NOT_BEFORE_TITLE``, ``NAME_COUNTRY_SHORT``, ``NAME_MEDIA_BEFORE``: the cues of people in Chinese and Japanese; ``NAME_AND``: "Judith y Natalie Ra’anan"; ``NAME_OR``: "Hagen oder Unna", a town spelt like a noun listed with a place), ``NOUNS_CAPITALISED`` and ``SCRIPT = "cjk"``:
  ``services/enrich/entities/names.py``; ``NAME_CYRILLIC_SPELLING`` (Russian and Ukrainian given names in the
  language's Latin letters): ``services/enrich/entities/name_data.py``; ``NAME_PAIR_MISREAD`` (a "Given Surname" a model misread):
  the passes of ``services/enrich/entities/`` (``correction.py``, ``recovery.py``, ``frames.py``);
* ``SCRIPT = "uncased"`` (no letter case: Arabic, Persian, Hindi, Hebrew) and its tables ``NAME_LOCALES`` (Faker's
  person locales), ``NAME_PREFIXES``/``NAME_SUFFIXES`` (what is written onto a word: (in the text, what it stands
  for)), ``NAME_TITLES_BEFORE``, ``NAME_SPEECH_PHRASES``, ``NAME_JOINERS``, ``NAME_ADJECTIVE``, ``NAME_CONJUNCTIONS``,
  ``NAME_CLITIC_SUFFIXES``, ``NAME_SURNAME_ENDINGS``, ``NAME_SURNAME_PARTS``, ``NAME_HONORIFICS_AFTER``, ``NAME_AGENT_MARK``, ``NAME_TITLED_PAIRS``, ``NAME_TITLE_COMPLEMENT``,
  ``NAME_SPEAKER_BEFORE_VERB``, ``NAME_MOST_WORDS``, ``NAME_PLACE_BEFORE``/``NAME_PLACE_NOUNS``/``NAME_PLACE_AFTER``,
  ``NAME_AND_WORDS``, ``NAME_ADJECTIVE_ENDINGS``: ``services/enrich/entities/uncased.py`` (which describes each);
* ``CLDR_COUNTRY_NAMES``, ``CLDR_OWN_COUNTRY_NAMES`` (CLDR's names as places in the language's own articles only; True,
  or the CLDR locales to read: Serbian's ``("sr", "sr_Latn", "hr")``), ``PLACE_TRANSLITERATION`` (two alphabets
  letter for letter: Serbian's Latin and Cyrillic),
  ``COUNTRY_SHORT``, ``PLACE_CASE_ENDINGS``, ``PLACE_APOSTROPHE_SUFFIX``
  (Moskova'da), ``PLACE_HYPHEN_SUFFIX`` (SAD-a), ``PLACE_ABBREVIATIONS`` ("St. Croix"; also ``recovery.py``): ``services/enrich/entities/geo.py``; ``PLACE_BEFORE`` ("near the town of"), ``PLACE_NOUN_BEFORE``/``PLACE_NOUN_AFTER`` ("the area of"; ``PLACE_NOUN_BEFORE`` also in ``names.py``: "las comunidades de"), ``PLACE_LIST_AND`` ("in Bryansk, Kursk and Belgorod"), ``PLACE_FEATURE_CUES`` ("atop Mauna Kea"), ``PLACE_FEATURE_BEFORE`` ("le banc d’Arguin") and
  ``ELIDED_ARTICLES`` (d’Arguin): the passes of ``services/enrich/entities/`` (``correction.py``, ``recovery.py``, ``frames.py``); ``PLACE_HEADS`` (words that
  make a name a geographic feature: "Ege Denizi", "Mar di Sardegna"): ``names.py`` and ``correction.py``;
  ``PLACE_DIRECTIONS`` ("nach", "aus": they place a known town's other name), ``PLACE_HOME_COUNTRIES`` (a town
  elsewhere spelt like a word needs a cue: "Roman", "Corona"), ``PLACE_PHRASE_ENDINGS`` ("den
  Vereinigten Staaten"): ``names.py``;
  ``PLACE_TOWN_QUALIFIER`` (how a town's name names its river or land: "Frankfurt am Main", "Aix-en-Provence"):
  ``services/enrich/entities/features.py``.

The consumers build their tables from :func:`table`, in :data:`CODES` order (the order
ties are broken in, e.g. the page language the furniture model's stop words vote for).
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import Any

# Every language module, in the order the consumers' tables list them.
CODES = (
    "en",
    "de",
    "fr",
    "es",
    "ru",
    "uk",
    "pl",
    "it",
    "pt",
    "tr",
    "id",
    "nl",
    "no",
    "zh",
    "cs",
    "ja",
    "ko",
    "ar",
    "fa",
    "he",
    "hi",
    "el",
    "sq",
    "da",
    "sv",
    "fi",
    "sk",
    "hr",
    "sr",
    "bs",
    "nn",
    "bg",
    "mk",
    "sl",
    "hu",
    "ro",
)


@cache
def module(code: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{code}")


def table(name: str) -> dict[str, Any]:
    """``name`` of every language module that defines it, by code, in :data:`CODES` order."""
    return {code: getattr(module(code), name) for code in CODES if hasattr(module(code), name)}


def union(name: str, key: str) -> frozenset[str]:
    """The words under ``key`` of every language's ``name`` dict (``union("QUOTES", "reflexives")``):
    for a check that reads every language's words whatever the article's language."""
    return frozenset(word for data in table(name).values() for word in data.get(key, ()))


def by_language(name: str, key: str) -> dict[str, Any]:
    """``key`` of every language's ``name`` dict that has it, by code (``by_language("QUOTES", "definite")``)."""
    return {code: data[key] for code, data in table(name).items() if key in data}


def having(name: str) -> frozenset[str]:
    """The codes of the languages whose module sets ``name`` to a true value (``having("NOUNS_CAPITALISED")``)."""
    return frozenset(code for code, value in table(name).items() if value)
