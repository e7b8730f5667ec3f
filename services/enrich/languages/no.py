"""Norwegian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Norwegian_Bokmal"
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("og",)

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (Bokmål's, py3langid's "no"), as places in Norwegian articles only ("Sverige",
# "Tyskland", "Spania").
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Norges", "Bergens"): (in the text, of the name).
PLACE_CASE_ENDINGS = (("s", ""),)
# Prepositions of place and of going ("i Bergen", "til Tromsø", "fra Oslo", "på Svalbard"): they place a known
# town's other name.
PLACE_DIRECTIONS = ("i", "til", "fra", "på")
