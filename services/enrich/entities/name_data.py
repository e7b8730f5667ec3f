"""What both name recognisers read: the ``Found`` they return, and the data installed packages give about
names and words by language (Faker's person names, spaCy's stop words and number words).

``names.py`` (letter case, Chinese and Japanese) and ``uncased.py`` (Arabic, Persian, Hebrew, Hindi) both
import this module; ``names.py`` hands texts in uncased scripts to ``uncased.py``, which so needs nothing of it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Found:
    """A name the recogniser found: its span, label and, for inflected forms, its name."""

    text: str
    label: str
    start: int
    end: int
    name: str | None = None


@functools.cache
def person_providers() -> tuple[tuple[str, Any], ...]:
    """Faker's person providers by locale (installed, MIT): nothing is fetched. Empty without Faker."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - Faker is a dependency
        return ()
    import importlib
    import pkgutil

    return tuple(
        (info.name, importlib.import_module(f"{person.__name__}.{info.name}").Provider)
        for info in pkgutil.iter_modules(person.__path__)
    )


def person_names(attributes: tuple[str, ...], locales: tuple[str, ...] | None = None) -> Iterable[str]:
    """The names Faker's person providers list under ``attributes`` (all locales, or only ``locales``)."""
    for locale, provider in person_providers():
        if locales is not None and locale not in locales:
            continue
        for attribute in attributes:
            names = provider.__dict__.get(attribute)
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                yield from (n for n in names if isinstance(n, str))


@functools.cache
def spacy_defaults(lang: str) -> Any:
    """spaCy's language data for ``lang`` (stop words, number words; no model needed), or None where
    spaCy has none."""
    try:
        from spacy.util import get_lang_class

        return get_lang_class(lang).Defaults
    except ImportError:  # a language spaCy has no data for
        return None


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """The language's function words as spaCy's language data lists them, folded."""
    defaults = spacy_defaults(lang)
    return frozenset(w.casefold() for w in defaults.stop_words) if defaults is not None else frozenset()
