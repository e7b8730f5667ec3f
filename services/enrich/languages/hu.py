"""Hungarian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Hungarian articles only ("Németország", "Ausztria").
CLDR_OWN_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name), the lengthened
# stem first: a name in -a or -e takes its case on -á-, -é- ("Ausztriában": Ausztria). The cases of place (in -ban,
# into -ba, out of -ból; on -n, onto -ra, off -ról; at -nál, to -hoz, from -tól), as far as -ig, the accusative -t
# and the dative -nak, in both vowel harmonies.
_CASES = (
    "ban", "ben", "ba", "be", "ból", "ből", "on", "en", "ön", "n", "ra", "re", "ról", "ről", "nál", "nél",
    "hoz", "hez", "höz", "tól", "től", "ig", "t", "nak", "nek",
)  # fmt: skip
PLACE_CASE_ENDINGS = (
    *((f"á{case}", "a") for case in _CASES if case[0] not in "oeö"),
    *((f"é{case}", "e") for case in _CASES if case[0] not in "oeö"),
    *((case, "") for case in _CASES),
)
