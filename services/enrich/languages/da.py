"""Danish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Danish articles only ("Sverige", "Tyskland", "Norge").
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Danmarks", "Københavns"): (in the text, of the name).
PLACE_CASE_ENDINGS = (("s", ""),)
# Prepositions of place and of going ("i Aarhus", "til Bergen", "fra Odense", "på Bornholm"): they place a known
# town's other name (GeoNames' "Aarhus" of Århus).
PLACE_DIRECTIONS = ("i", "til", "fra", "på")
# "and": between two given names of one family ("Judith y Natalie Ra’anan"), and in a list of places.
NAME_AND = ("og",)
