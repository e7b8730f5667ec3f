"""Slovak: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages import cs

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Slovak articles only ("Rakúsko", "Nemecko", "Maďarsko").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). Czech's, and the
# Slovak locative plural -iach of a town in -ice ("v Košiciach": Košice) and the genitive -íc ("z Košíc").
# And an adjective and a plural noun declined ("v Spojených štátoch", "v Českej republike").
PLACE_CASE_ENDINGS = (*cs.PLACE_CASE_ENDINGS, ("iach", "e"), ("íc", "ice"), ("och", "y"), ("ej", "á"))
# Long forms of country names CLDR does not give (its Slovak names are the short "Česko", "Slovensko").
COUNTRY_SHORT = {"Česká republika": "CZ", "Slovenská republika": "SK", "Spojené štáty americké": "US"}
