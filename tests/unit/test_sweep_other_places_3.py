"""Places in the news of the other languages, German included (the sweep of round s41, each passage written for the
test), as subjects and objects of their sentences: a town of Ukraine or Russia whose name the language respells by its
sounds ("Bajmut", "Bakhmout") is the town's own name, no stray other name of it; a small town first in a sentence is the
town where the dictionary lists it only as a name ("Jersón fue bombardeada", "Ceuta y Melilla") or another place is
listed right after it ("Lugo y Ourense"); a capital's name in its own country's language is no common word ("Lisboa");
a family name that is only another name of a town is no place ("Gutiérrez"); a German home town the dictionary lists as
it lists nouns, right after its preposition or "Raum" ("nach Wunsiedel"); a German district of hyphened lands
("Rhein-Sieg-Kreis"); the language's own names of regions and islands; a sentence's first article opening a place's
name ("La Rioja aprobó"); a club's word before its town ("Borussia Dortmund"): the club, no place."""

from __future__ import annotations

import pytest

from tests.unit.test_sweep_other_places_2 import labelled, places


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Bajmut fue escenario de duros combates.", "Bajmut"),
        ("es", "Los rusos bombardearon Bajmut durante meses.", "Bajmut"),
        ("fr", "Les Russes ont bombardé Bakhmout.", "Bakhmout"),
    ],
)  # fmt: skip
def test_a_war_town_respelt_by_its_sounds_is_its_own_name(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Jersón fue bombardeada durante la noche.",
        "Jersón quedó sin agua potable.",
    ],
)  # fmt: skip
def test_a_regional_capital_known_abroad_first_in_a_sentence(toolkit, text):
    # GeoNames counts 66,000 people in Kherson; the Spanish dictionary lists "Jersón" as a name
    assert places(toolkit, text, "es") == {"Jersón"}


def test_a_small_town_first_in_a_sentence_still_needs_to_be_no_word(toolkit):
    assert places(toolkit, "Centro quedó sin agua potable.", "es") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lisboa recebeu milhares de turistas.",
        "Lisboa e Porto recebem turistas.",
    ],
)  # fmt: skip
def test_a_capital_in_its_own_countrys_language_is_no_common_word(toolkit, text):
    # the Portuguese dictionary lists "lisboa" in lower case
    assert "Lisboa" in places(toolkit, text, "pt")


def test_another_name_of_a_capital_abroad_that_is_a_word_stays_a_word(toolkit):
    assert places(toolkit, "Liga de Campeones: el sorteo fue ayer.", "es") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Gutiérrez dijo que no habrá cambios.",
        "Sánchez y Gutiérrez se reunieron ayer.",
    ],
)  # fmt: skip
def test_a_family_name_that_is_another_name_of_a_town_is_no_place(toolkit, text):
    # GeoNames gives Tuxtla Gutiérrez the other name "Gutiérrez"
    assert "Gutiérrez" not in places(toolkit, text, "es")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Familie zog nach Wunsiedel.", "Wunsiedel"),
        ("In Wunsiedel wurde gefeiert.", "Wunsiedel"),
        ("Die Straße ist bis Wunsiedel gesperrt.", "Wunsiedel"),
        ("Im Raum Wunsiedel kam es zu Staus.", "Wunsiedel"),
    ],
)  # fmt: skip
def test_a_small_home_town_the_german_dictionary_lists_as_a_name(toolkit, text, place):
    assert place in places(toolkit, text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Das ist bei Regen gefährlich.",
        "Die Tür ist aus Holz.",
        "Er handelte aus Protest.",
        "Sie kam aus Stein.",
        "Es gibt Geselligkeit bei Kaffee und Kuchen.",  # Kuchen: a town of 5,000 in Baden-Württemberg
        "Der Raum Nummer Zwei ist frei.",
    ],
)  # fmt: skip
def test_a_noun_after_a_preposition_of_going_stays_a_noun(toolkit, text):
    assert places(toolkit, text, "de") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Der Rhein-Sieg-Kreis sperrte die Straße.", "Rhein-Sieg-Kreis"),
        ("Der Landrat des Ennepe-Ruhr-Kreises trat zurück.", "Ennepe-Ruhr-Kreises"),
        ("Im Rems-Murr-Kreis wurde gewählt.", "Rems-Murr-Kreis"),
    ],
)  # fmt: skip
def test_a_district_named_by_hyphened_lands_before_its_settlement_head(toolkit, text, place):
    assert place in places(toolkit, text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Er ist Mitglied im Pro-Europa-Kreis.",
        "Der Peter-Paul-Kreis traf sich.",
    ],
)  # fmt: skip
def test_a_circle_named_by_words_or_given_names_is_no_district(toolkit, text):
    assert places(toolkit, text, "de") == set()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Ceuta y Melilla reforzaron la frontera.", "Ceuta"),
        ("fr", "Ceuta et Melilla ont renforcé la frontière.", "Ceuta"),
    ],
)  # fmt: skip
def test_a_small_town_first_in_a_sentence_the_dictionary_lists_as_a_name_only(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Chechenia envió tropas a Ucrania.", "Chechenia"),
        ("es", "Transnistria teme un ataque.", "Transnistria"),
        ("es", "Mallorca recibió a miles de turistas.", "Mallorca"),
        ("es", "Gran Canaria sufrió un apagón.", "Gran Canaria"),
        ("es", "Euskadi celebró elecciones.", "Euskadi"),
        ("es", "La Comunitat Valenciana aprobó la ley.", "Comunitat Valenciana"),
        ("pt", "O Algarve recebeu milhares de turistas.", "Algarve"),
        ("fr", "La Tchétchénie a envoyé des troupes.", "Tchétchénie"),
        ("de", "In der DDR war das verboten.", "DDR"),
        ("de", "Auf Gran Canaria brannte es.", "Gran Canaria"),
        ("de", "Urlauber flogen an die Algarve.", "Algarve"),
    ],
)  # fmt: skip
def test_a_region_or_island_of_the_languages_own_table(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "La Rioja aprobó el presupuesto.", "La Rioja"),
        ("es", "La Haya acoge el tribunal.", "La Haya"),
        ("es", "Los Ángeles sufrió incendios.", "Los Ángeles"),
        ("pt", "A Haia acolhe o tribunal.", "A Haia"),
    ],
)  # fmt: skip
def test_the_article_of_a_places_name_first_in_a_sentence(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El País publicó la noticia."),
        ("es", "La Liga arrancó ayer."),
        ("es", "La Nación publicó la noticia."),
        ("pt", "O Globo publicou a notícia."),
    ],
)  # fmt: skip
def test_an_outlets_or_a_leagues_article_first_in_a_sentence_opens_no_place(toolkit, lang, text):
    assert places(toolkit, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lugo y Ourense sufrieron lluvias.", "Lugo"),
        ("Segovia y Ávila cerraron los colegios.", "Segovia"),
        ("Soria y Madrid firmaron el convenio.", "Soria"),
    ],
)  # fmt: skip
def test_a_town_spelt_as_a_family_name_first_in_a_sentence_and_listed_before_a_place(toolkit, text, place):
    assert place in places(toolkit, text, "es")


def test_a_family_name_listed_before_a_person_stays_no_place(toolkit):
    assert places(toolkit, "Zamora y Sánchez hablaron ayer.", "es") == set()


@pytest.mark.parametrize(
    ("lang", "text", "club"),
    [
        ("de", "Borussia Dortmund gewann gegen Schalke.", "Borussia Dortmund"),
        ("de", "Der Spieler wechselt zu Werder Bremen.", "Werder Bremen"),
        ("pl", "Legia Warszawa wygrała z Lechem Poznań.", "Legia Warszawa"),
        ("es", "El Real Madrid ganó la liga.", "Real Madrid"),
        ("pt", "O Sporting Braga venceu o jogo.", "Sporting Braga"),
    ],
)  # fmt: skip
def test_a_clubs_word_before_its_town_makes_the_club(toolkit, lang, text, club):
    found = labelled(toolkit, text, lang)
    assert found.get(club) == "ORG"
    assert not places(toolkit, text, lang)


def test_the_town_named_apart_from_its_club_stays_a_place(toolkit):
    assert places(toolkit, "Hansa Rostock verlor in Rostock.", "de") == {"Rostock"}
