"""Places in the news of every language (the sweep of round s42, each passage written for the test): a thing's name
that lists three towns the gazetteer knows is those towns ("Bakhmut, Avdiivka and Marinka"), and a small town last in
such a list after the language's "and" is the town; a city before a phrase of place between commas ("Sumy, near the
border,"); a company's name GeoNames gives a town as another name ("Google" of Topeka) is the company, and a club
named for a district ("Benfica") the club; a German region or island spelt like a word or a surname ("Harz", "Rügen",
"Wallis") is the place right after the preposition that places it ("im Harz", "auf Rügen"); a Polish neuter name
declined ("na Zaporożu"); a city known abroad spelt like another word's inflected form first in a sentence ("Lwów");
a war town first in a French sentence ("Avdiïvka est tombée"); a town's other name in its own country's language
("Castellón")."""

from __future__ import annotations

import pytest

from tests.unit.test_sweep_other_places_2 import labelled, places


def test_a_list_of_towns_a_model_reads_as_one_organisation_is_those_towns(toolkit):
    found = labelled(toolkit, "Bakhmut, Avdiivka and Marinka were shelled overnight.", "en")
    assert "Bakhmut, Avdiivka and Marinka" not in found
    assert {"Bakhmut", "Avdiivka"} <= places(toolkit, "Bakhmut, Avdiivka and Marinka were shelled overnight.", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Bajmut, Avdiivka y Marinka fueron bombardeadas."),
        ("pt", "Bakhmut, Avdiivka e Marinka foram bombardeadas."),
        ("it", "Bakhmut, Avdiivka e Marinka sono state bombardate."),
    ],
)  # fmt: skip
def test_a_small_town_last_in_a_list_of_towns_after_and(toolkit, lang, text):
    # Mar'yinka: 9,000 people, a town the gazetteer knows only where the text already says place
    assert "Marinka" in places(toolkit, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Madrid, Sevilla y Marinka firmaron el acuerdo.",
        "Pedro, Juan y Marinka llegaron tarde.",
    ],
)  # fmt: skip
def test_a_small_town_of_another_country_or_after_people_stays_no_place(toolkit, text):
    assert "Marinka" not in places(toolkit, text, "es")


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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Der erste Schnee fiel im Harz.", "Harz"),
        ("Die Familie macht Urlaub auf Rügen.", "Rügen"),
        ("Im Wallis schneite es am Montag.", "Wallis"),
    ],
)  # fmt: skip
def test_a_region_spelt_like_a_word_or_a_surname_after_its_preposition(toolkit, text, place):
    assert places(toolkit, text, "de") == {place}


@pytest.mark.parametrize(
    "text",
    [
        "Das Harz der Kiefer klebt an den Fingern.",
        "Die Lehrer rügen den Schüler.",
    ],
)  # fmt: skip
def test_the_word_without_its_preposition_stays_a_word(toolkit, text):
    assert places(toolkit, text, "de") == set()


def test_a_person_named_like_the_region_stays_a_person(toolkit):
    assert labelled(toolkit, "„Wir sind bereit“, sagte Thomas Wallis.", "de") == {"Thomas Wallis": "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Na Zaporożu trwają walki.",
        "Uchodźcy uciekli z Zaporoża.",
    ],
)  # fmt: skip
def test_a_polish_neuter_place_name_declined(toolkit, text):
    # Zaporoże: locative "Zaporożu", genitive "Zaporoża"
    assert places(toolkit, text, "pl") == {"Zaporożu" if "Zaporożu" in text else "Zaporoża"}


@pytest.mark.parametrize(
    "text",
    [
        "Lwów przyjął tysiące uchodźców.",
        "Lwów i Kraków podpisały umowę.",
    ],
)  # fmt: skip
def test_a_city_known_abroad_spelt_like_another_words_inflected_form(toolkit, text):
    # "lwów" is the genitive plural of "lew" (a lion)
    assert "Lwów" in places(toolkit, text, "pl")


@pytest.mark.parametrize(
    "text",
    [
        "Liga zaczyna się w sobotę.",
        "W zoo mieszka stado lwów.",
    ],
)  # fmt: skip
def test_a_word_of_its_own_first_in_a_sentence_stays_a_word(toolkit, text):
    assert places(toolkit, text, "pl") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Avdiïvka est tombée aux mains des Russes.",
        "Les combats continuent. Avdiïvka est tombée.",
    ],
)  # fmt: skip
def test_a_war_town_first_in_a_french_sentence(toolkit, text):
    assert places(toolkit, text, "fr") == {"Avdiïvka"}


def test_a_given_name_first_in_a_french_sentence_stays_no_place(toolkit):
    assert places(toolkit, "Igor est parti hier soir.", "fr") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O Benfica venceu o jogo de ontem."),
        ("es", "El Benfica ganó el partido de ayer."),
        ("en", "Benfica won the match on Sunday."),
    ],
)  # fmt: skip
def test_a_club_named_for_a_district_is_no_place(toolkit, lang, text):
    # GeoNames lists Benfica, a parish of Lisbon and a town of Luanda
    assert "Benfica" not in places(toolkit, text, lang)


def test_the_clubs_city_stays_a_place(toolkit):
    found = places(toolkit, "Os adeptos do Benfica encheram as ruas de Lisboa.", "pt")
    assert found == {"Lisboa"}


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde de Castellón inauguró la feria.",
        "Castellón y Valencia firmaron el acuerdo.",
    ],
)  # fmt: skip
def test_a_towns_other_name_in_its_own_countrys_language(toolkit, text):
    # GeoNames names the town Castelló de la Plana and gives "Castellón" among its other names
    assert "Castellón" in places(toolkit, text, "es")


def test_another_name_of_a_town_abroad_stays_no_place(toolkit):
    assert places(toolkit, "Liga de Campeones: el sorteo se celebró ayer.", "es") == set()
