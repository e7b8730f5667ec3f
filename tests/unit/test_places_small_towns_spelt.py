"""A small Ukrainian or Russian town written in Ukraine's national romanisation or as the English press spells BGN's
("Marinka", "Mar'inka", "Novoazovsk"; GeoNames: Mar'yinka, Novoazovs'k) is that town where the text says place, and
is geocoded; it was no place, the town's own name being compared letter for letter."""

from __future__ import annotations

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import enrich


def _places(toolkit, text: str) -> dict[str, str | None]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.geo.country_code if e.geo else None for e in article.entities if e.label in {"GPE", "LOC"}}


def test_a_small_town_in_another_romanisation_is_found_after_a_place_cue(toolkit):
    text = "Fighting raged near Mar'inka, the governor said. Residents of Novoazovsk fled."
    assert _places(toolkit, text) == {"Mar'inka": "UA", "Novoazovsk": "UA"}
    assert _places(toolkit, "Ukrainian forces retook positions around Marinka.") == {"Marinka": "UA"}


def test_the_spelling_alone_is_no_place(toolkit):
    # no place cue: a given name, as before
    assert _places(toolkit, "Marinka said she would come.") == {}


def test_the_gazetteer_reads_the_spellings_of_small_towns_only(toolkit):
    g = toolkit.gazetteer
    assert g.small_town("Marinka", "en") is not None and g.small_town("Marinka", "en")[1].name == "Mar'yinka"
    assert g.small_town("Novoazovsk", "en")[1].country_code == "UA"
    assert g.lookup("Marinka") is not None and g.lookup("Marinka").country_code == "UA"
    assert g.small_town("Police", "en") is None
