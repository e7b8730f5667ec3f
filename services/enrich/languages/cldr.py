"""CLDR's data for a language code, as Babel (installed) holds it: the names of countries, regions and languages,
and the wide month and weekday names.

The one place a code becomes Babel's locale: a code Babel does not know ("crh", "arz": codes the language
identifier can give) has no data here, never an error. Names come as CLDR writes them; callers fold them.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names


@cache
def locale(code: str) -> Locale | None:
    """Babel's locale for ``code``, or None for a code it does not know."""
    try:
        return Locale.parse(code)
    except (ValueError, LookupError, UnknownLocaleError):
        return None


def territories(code: str) -> dict[str, str]:
    """CLDR's names of territories in the language, by territory code: countries ("DE": "Tyskland") and world
    regions ("419": "América Latina")."""
    found = locale(code)
    return dict(found.territories) if found is not None else {}


def language_names(code: str) -> list[str]:
    """CLDR's names of languages in the language ("Aramaic", "Swahili")."""
    found = locale(code)
    return list(found.languages.values()) if found is not None else []


@cache
def month_names(code: str) -> frozenset[str]:
    """The language's full month names, lower case, in both forms (the format form is the genitive where the
    language inflects it, "мая"; the stand-alone one "май")."""
    found = locale(code)
    if found is None:
        return frozenset()
    return frozenset(
        m.lower() for ctx in ("format", "stand-alone") for m in get_month_names("wide", ctx, found).values()
    )


@cache
def weekday_names(code: str) -> frozenset[str]:
    """The language's full weekday names, lower case, in both forms ("tuesday", "dienstag")."""
    found = locale(code)
    if found is None:
        return frozenset()
    return frozenset(d.lower() for ctx in ("format", "stand-alone") for d in get_day_names("wide", ctx, found).values())
