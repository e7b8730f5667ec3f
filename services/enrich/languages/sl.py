"""Slovenian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Slovenian articles only ("Avstrija", "Nemčija", "Madžarska").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). A name in -a
# (Ljubljana, Avstrija: genitive -e, dative and locative -i, accusative -o, instrumental -o) and a name in a
# consonant (Maribor: genitive -a, dative and locative -u, instrumental -om).
PLACE_CASE_ENDINGS = (("e", "a"), ("i", "a"), ("o", "a"), ("u", ""), ("a", ""), ("om", ""))
# Prepositions of place and of going ("v Mariboru", "iz Kopra", "na Bledu"): they place a known town's other name.
PLACE_DIRECTIONS = ("v", "iz", "na", "do")
