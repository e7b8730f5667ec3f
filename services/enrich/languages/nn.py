"""Norwegian Nynorsk: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages import no

# "and" between two given names of one family, as in Bokmål.
NAME_AND = no.NAME_AND

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR's Nynorsk ("Noreg", "Tyskland", "Storbritannia"), as places in its articles only.
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Noregs"), as in Bokmål.
PLACE_CASE_ENDINGS = no.PLACE_CASE_ENDINGS
# Prepositions of place and of going ("i Bergen", "til Tromsø", "frå Oslo", "på Svalbard").
PLACE_DIRECTIONS = ("i", "til", "frå", "fra", "på")

# Quote attribution: Bokmål's (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES = no.QUOTES
