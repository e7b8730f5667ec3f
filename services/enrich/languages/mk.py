"""Macedonian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR ("Русија", "Германија", "Соединети Американски Држави"), as places in Macedonian
# articles only.
CLDR_OWN_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give: the initials news writes ("САД", the United States).
COUNTRY_SHORT = {"САД": "US"}
# Prepositions of place and of going ("во Москва", "од Киев", "до Скопје", "кон Вашингтон"): they place a known
# town's other name. Macedonian names do not decline.
PLACE_DIRECTIONS = ("во", "од", "до", "кон")
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("и",)
