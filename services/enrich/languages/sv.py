"""Swedish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

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
