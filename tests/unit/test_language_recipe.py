"""ARCHITECTURE.md's "A language" recipe names every table a language module can fill (issue 11): a newcomer
adding a language reads there which tables exist, so a table added to a language module without naming it
there fails here."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from wirestream.services.enrich import languages
from wirestream.services.enrich.languages import calendar
from wirestream.services.enrich.languages.calendar import Language

ROOT = Path(__file__).resolve().parents[2]


def _recipe() -> str:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    start = text.index("### A language")
    return text[start : text.index("### ", start + 4)]


def _unnamed(names: set[str], recipe: str) -> list[str]:
    """The names the recipe does not write in code (`NAME`, `CALENDAR = Language(...)`)."""
    return sorted(n for n in names if not re.search(rf"`{re.escape(n)}(?![\w])", recipe))


def test_the_recipe_names_every_table_of_a_language_module():
    own = set()
    for code in languages.CODES:
        module = languages.module(code)
        for name in dir(module):
            imported = getattr(calendar, name, None) is getattr(module, name)  # HOUR, Language, ...: calendar's
            if name.isupper() and not name.startswith("_") and not imported:
                own.add(name)
    assert _unnamed(own, _recipe()) == []


def test_the_recipe_names_every_quotes_key_and_calendar_field():
    keys = {key for data in languages.table("QUOTES").values() for key in data}
    fields = {f.name for f in dataclasses.fields(Language)} - {"code"}
    assert _unnamed(keys, _recipe()) == []
    assert _unnamed(fields, _recipe()) == []


def test_the_check_finds_an_unnamed_table():
    assert _unnamed({"NAME_ROLES", "NAME_NOT_A_TABLE"}, _recipe()) == ["NAME_NOT_A_TABLE"]
