"""Romanian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Romanian articles only ("Franța", "Ungaria", "Germania").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). The genitive and
# dative of a name in -a ("Franței", "Germaniei": Franța, Germania) and of one in a consonant or -i ("Bucureștiului",
# "Clujului").
PLACE_CASE_ENDINGS = (("ei", "a"), ("ului", ""))
