"""Places in the news of every language (the sweep of round s42, each passage written for the test): a thing's name
that lists three towns the gazetteer knows is those towns ("Bakhmut, Avdiivka and Marinka"); a city before a phrase of
place between commas ("Sumy, near the border,"); a company's name GeoNames gives a town as another name ("Google" of
Topeka) is the company."""

from __future__ import annotations

import pytest

from tests.unit.test_sweep_other_places_2 import labelled, places


def test_a_list_of_towns_a_model_reads_as_one_organisation_is_those_towns(toolkit):
    found = labelled(toolkit, "Bakhmut, Avdiivka and Marinka were shelled overnight.", "en")
    assert "Bakhmut, Avdiivka and Marinka" not in found
    assert {"Bakhmut", "Avdiivka"} <= places(toolkit, "Bakhmut, Avdiivka and Marinka were shelled overnight.", "en")


def test_a_list_of_surnames_stays_no_place(toolkit):
    assert places(toolkit, "Kramer, Levin and Naftalis advised the bank.", "en") == set()


def test_a_city_before_a_phrase_of_place_between_commas(toolkit):
    assert places(toolkit, "Sumy, near the border, was shelled overnight.", "en") == {"Sumy"}


def test_a_person_before_a_phrase_of_place_stays_a_person(toolkit):
    found = labelled(toolkit, "Kramer, near the exit, waved to the crowd.", "en")
    assert found == {"Kramer": "PERSON"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Google anunció cambios en su buscador."),
        ("pl", "Google ogłosił zmiany w wyszukiwarce."),
    ],
)  # fmt: skip
def test_a_company_geonames_gives_a_town_as_another_name_is_no_town(toolkit, lang, text):
    # GeoNames lists "Google" among Topeka's other names
    assert "Google" not in places(toolkit, text, lang)


def test_the_town_under_its_own_name_stays_a_place(toolkit):
    assert "Topeka" in places(toolkit, "El alcalde de Topeka habló ayer.", "es")
    assert labelled(toolkit, "Google said the update was delayed.", "en").get("Google") == "ORG"
