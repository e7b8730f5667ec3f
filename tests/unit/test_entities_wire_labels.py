"""Entity labels wire copy trips over (stop 32, "ents6"): one behaviour each, on short self-written lines.

A news outlet named after a word for one ("l'agenzia Ria Novosti") is an organisation, not a person; two cities a
hyphen joins where GeoNames names the home town with a qualifier ("Halle (Saale)") are both places. The scores on
real articles are ``python -m bench.eval names`` and ``python -m bench.eval entities``.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.logic import correct
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.names import NameFinder, outlet_name


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def labelled(finder, text, language):
    return [(f.text, f.label) for f in finder(text, language)]


def test_outlet_word_before_a_name_in_any_case_and_after_an_elided_article():
    assert outlet_name("l'agenzia", "it") and outlet_name("Agence", "fr") and outlet_name("agency", "en")
    assert not outlet_name("presidente", "it") and not outlet_name(None, "it")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lo ha riferito l'agenzia Ria Novosti citando il Cremlino.", "it"),
        ("Según la agencia Ria Novosti, el Kremlin acusó a Kiev.", "es"),
        ("Segundo a agência Ria Novosti, o Kremlin acusou Kiev.", "pt"),
    ],
)
def test_a_run_after_a_word_for_a_news_outlet_is_the_outlet_not_a_person(finder, text, language):
    assert ("Ria Novosti", "ORG") in labelled(finder, text, language)


def test_a_country_opening_the_run_after_an_outlet_word_stays_the_country(finder):
    found = labelled(finder, "Kantor berita Rusia TASS melaporkan serangan itu.", "id")
    assert ("Rusia", "GPE") in found


def test_a_model_name_after_a_word_for_a_news_outlet_is_an_organisation(toolkit):
    text = "Le Kremlin a accusé Kiev, selon l'agence Ria Novosti."
    found = [RawEntity("Ria Novosti", "PERSON", text.index("Ria"), text.index("Ria") + 11)]
    assert [e.label for e in correct(found, text, "fr", toolkit.gazetteer)] == ["ORG"]
    text = "The news agency Ria Novosti quoted the Kremlin."
    found = [RawEntity("Ria Novosti", "ORG", text.index("Ria"), text.index("Ria") + 11)]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["ORG"]  # no given name's person


def test_two_cities_a_hyphen_joins_when_the_home_town_has_a_qualifier_in_geonames(finder):
    places = [(f.text, f.label) for f in finder("Drohnen wurden über Halle-Leipzig gesichtet.", "de")]
    assert places == [("Halle", "GPE"), ("Leipzig", "GPE")]
