"""Countries' initials in English news are the countries ("the PRC", "the UAE", "the DRC"), and initials that a small
town has only among GeoNames' other names (airport codes: "PRC" of Prescott, "CNN" of Kannur) geocode nowhere: "the
PRC" had been put in Arizona, "the UAE" and "the KSA" were no place at all."""

from __future__ import annotations

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import enrich


def _places(toolkit, text: str) -> dict[str, str | None]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.geo.country_code if e.geo else None for e in article.entities if e.label in {"GPE", "LOC"}}


def test_countries_initials_are_the_countries(toolkit):
    assert _places(toolkit, "Taiwan accused the PRC of sending drones. The PRC denied it.") == {
        "PRC": "CN",
        "Taiwan": "TW",
    }
    assert _places(toolkit, "Troops from the DRC and the KSA met in the UAE.") == {
        "DRC": "CD",
        "KSA": "SA",
        "UAE": "AE",
    }


def test_a_small_towns_airport_code_is_no_point_and_big_cities_initials_are(toolkit):
    g = toolkit.gazetteer
    assert [g.lookup(w) for w in ("CNN", "BBC", "ISW", "NHS")] == [None, None, None, None]
    assert g.lookup("LA").name == "Los Angeles" and g.lookup("NYC").name == "New York City"
