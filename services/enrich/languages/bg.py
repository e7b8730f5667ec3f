"""Bulgarian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR ("Русия", "Украйна", "Германия"), as places in Bulgarian articles only.
CLDR_OWN_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give: the initials news writes ("САЩ", the United States).
COUNTRY_SHORT = {"САЩ": "US"}
# Prepositions of place and of going ("в Москва", "във Вашингтон", "от Киев", "до София"): they place a known
# town's other name. Bulgarian names do not decline.
PLACE_DIRECTIONS = ("в", "във", "от", "до", "към")
