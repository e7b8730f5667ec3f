"""Bosnian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages import sr

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR ("Njemačka", "Sjedinjene Države"), with Serbian's Latin ones and Croatian's: py3langid
# reads Serbian in Latin as Bosnian ("Nemačka"). Places in these articles only.
CLDR_OWN_COUNTRY_NAMES = ("bs", "sr_Latn", "hr")
# Case endings and prepositions of place: Serbian's (the same declension; "u Sarajevu", "iz Mostara").
PLACE_CASE_ENDINGS = sr.PLACE_CASE_ENDINGS
PLACE_DIRECTIONS = sr.PLACE_DIRECTIONS
PLACE_REGION_WORDS = sr.PLACE_REGION_WORDS
COUNTRY_SHORT = {"SAD": "US"}  # the initials news writes for the United States
# A case ending hangs on initials after a hyphen ("predsjednik SAD-a", "u SAD-u"): the initials name the place.
PLACE_HYPHEN_SUFFIX = True
# Serbian's Latin and Cyrillic letters, letter for letter (Serbian in Latin is read as Bosnian).
PLACE_TRANSLITERATION = sr.PLACE_TRANSLITERATION

# Quote attribution: Serbian's (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES = sr.QUOTES
NAME_ROLES = sr.NAME_ROLES
NAME_CASE_ENDINGS = True
PLACE_ADJECTIVE_REGION = sr.PLACE_ADJECTIVE_REGION
NAME_AND = sr.NAME_AND
