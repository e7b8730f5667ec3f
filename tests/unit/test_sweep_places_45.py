"""Places in other languages (round s45, from the misses on the development pages): a chain of three to five cities
joined by hyphens is each city, as a pair already was ("die Strecke Bielefeld-Hannover-Berlin"); a US state beats a
small US town named after it ("in der Steueroase Delaware": the state, not Delaware, Ohio, a town abroad that needs a
cue); a news outlet a model took for a place the gazetteer does not know is an organisation at every mention when the
words around one call it so ("la rédaction de Mediapart", "Brut, le média social")."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def entities(toolkit, text, lang="de"):
    return [(e.label, e.name) for e in enrich(dated(text, lang), toolkit).entities]


def places(toolkit, text, lang="de"):
    return [name for label, name in entities(toolkit, text, lang) if label in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Die Bahn will die Strecke Bielefeld-Hannover-Berlin schneller machen.", ["Bielefeld", "Hannover", "Berlin"]),
        ("Der Zug fährt auf der Linie Köln-Frankfurt-München im Stundentakt.", ["Köln", "Frankfurt am Main", "Munich"]),
        ("Die Strecke Wien-Salzburg-München bleibt gesperrt.", ["Vienna", "Salzburg", "Munich"]),
    ],
)
def test_a_chain_of_cities_joined_by_hyphens_is_each_city(toolkit, text, cities):
    assert places(toolkit, text) == cities


def test_a_name_of_three_hyphened_words_that_are_no_cities_stays_no_place(toolkit):
    assert places(toolkit, "Die Kanzlei Müller-Schmidt-Bauer vertritt den Kläger.") == []
    assert places(toolkit, "Die Verbindung Hamburg-Berlin ist ausgelastet.") == ["Hamburg", "Berlin"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma sitzt in der amerikanischen Steueroase Delaware.",
        "Er zog in den Bundesstaat Delaware.",
    ],
)
def test_a_us_state_beats_a_small_town_of_its_country_named_after_it(toolkit, text):
    assert places(toolkit, text) == ["Delaware"]


def test_a_city_named_like_a_state_stays_the_city(toolkit):
    assert toolkit.gazetteer.trusted_place("Washington").kind == "city"
    assert toolkit.gazetteer.trusted_place("New York").kind == "city"
    assert places(toolkit, "Der Artikel erschien in der amerikanischen Zeitschrift Science.") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "La rédaction de Vortexinfo a choisi de quitter Paris. Elle a publié un long entretien sur Vortexinfo mardi.",
            "Vortexinfo",
        ),
        ("Depuis Trolvane, le média des jeunes, les vidéos circulent beaucoup.", "Trolvane"),
        ("Chez Mirvelle, la chaîne d'information, on parle de la grève.", "Mirvelle"),
    ],
)
def test_a_news_outlet_a_model_took_for_a_place_is_an_organisation(toolkit, text, outlet):
    found = entities(toolkit, text, "fr")
    assert ("ORG", outlet) in found
    assert outlet not in places(toolkit, text, "fr")


def test_a_known_town_after_a_reporter_or_before_an_apposition_stays_a_place(toolkit):
    assert places(toolkit, "Un journaliste de Marseille raconte la manifestation à Lyon.", "fr") == [
        "Marseille",
        "Lyon",
    ]
    assert places(toolkit, "À Toulouse, la ville rose, on manifeste.", "fr") == ["Toulouse"]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Yoko Ono und Georg Baselitz stellt nun ein Däne aus.",
        "Die Sängerin Yoko Ono stellte ihre Bilder aus.",
    ],
)
def test_a_small_town_after_a_word_of_a_name_the_dictionary_lists_is_no_place(toolkit, text):
    assert "Ono" not in places(toolkit, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Sie lebt in Ono in Japan.", "Ono"),
        ("Er urlaubt in der Hafenstadt Ono in Japan.", "Ono"),
        ("Die Sängerin stammt aus der Kleinstadt Wetzlar.", "Wetzlar"),
    ],
)
def test_a_small_town_after_a_preposition_or_a_settlement_noun_stays_a_place(toolkit, text, town):
    assert town in places(toolkit, text)


@pytest.mark.parametrize(
    ("text", "lang", "paper"),
    [
        ("Das erklärte er damals in der New York Times.", "de", "New York Times"),
        ("Das schrieb die Washington Post am Montag.", "de", "Washington Post"),
        ("La noticia salió en el Washington Post el lunes.", "es", "Washington Post"),
    ],
)
def test_an_english_newspaper_named_for_its_city_is_no_place(toolkit, text, lang, paper):
    assert ("ORG", paper) in entities(toolkit, text, lang)
    assert places(toolkit, text, lang) == []


def test_the_city_a_newspaper_is_named_for_stays_a_place_elsewhere(toolkit):
    text = "Das schrieb die Jerusalem Post über Jerusalem."
    assert places(toolkit, text) == ["Jerusalem"]
    assert places(toolkit, "Die Post in Washington bleibt geschlossen.") == ["Washington"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Un uomo è stato arrestato a Calvizzano (Napoli) ieri.", "Calvizzano"),
        ("Ad Aboud (Ramallah) due ragazzi sono stati fermati.", "Aboud"),
        ("A Silwad (Ramallah) la polizia ha chiuso la strada.", "Silwad"),
    ],
)
def test_a_name_after_a_and_before_a_known_place_in_brackets_is_a_town(toolkit, text, town):
    assert town in places(toolkit, text, "it")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il premio è andato a Mario (Roma) ieri sera.", "Mario"),
        ("Il gol è arrivato grazie a Immobile (Lazio) nel finale.", "Immobile"),
        ("Ha scritto a Federica (Lazio) ieri.", "Federica"),
    ],
)
def test_a_person_or_a_word_before_a_place_in_brackets_stays_no_place(toolkit, text, name):
    assert name not in places(toolkit, text, "it")
