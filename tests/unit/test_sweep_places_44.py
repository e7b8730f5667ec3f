"""Places in other languages (round s44, from the misses on the development pages): a city's own name after a
preposition of place, or a city of a million people, is no genitive of a family name ("in Dallas": no "Dalla"); a
word opening a sentence that no dictionary lists, right before a one-word town, is a given name no list holds and the
town its surname ("Fangming Cheng schoss": no place); a settlement noun, its compass or coast adjective and "of"
before a name ("la città nordorientale di Beit Lid"): a place; a one-word town ending a name that a role in an
apposition describes is the surname ("Madelaine Caracas, die Sprecherin ..."); a word in parentheses that abbreviates
the words before it is no town ("Diritto internazionale umanitario (Diu)"); no article comes right before a family
name's genitive ("aus den Hamptons": no person Hampton); after "in", a name the dictionary lists that ends as
towns do and is no word of the language is a place ("in Württemberg"); a preposition before "X und Y" places Y
only when X is no common noun or is a place ("bei Wind und Wetter": no town Wetter); a village of the language's own
countries under 5,000 people is a place after a preposition of place, as a small town is ("in Hochfilzen")."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def found(finder, text, lang="de"):
    return [(f.text, f.label) for f in finder(text, lang)]


def entities(toolkit, text, lang="de"):
    return [(e.label, e.name) for e in enrich(dated(text, lang), toolkit).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Die in Dallas geborene Sängerin zog früh weg.",
        "Nach zehn Jahren kehrte die Familie nach Dallas zurück.",
        "Der Trainer aus Dallas lobte das Team.",
    ],
)
def test_a_city_after_a_preposition_is_no_genitive_of_a_family_name(toolkit, finder, text):
    assert ("Dallas", "GPE") in found(finder, text)
    assert ("GPE", "Dallas") in entities(toolkit, text)
    assert not [name for label, name in entities(toolkit, text) if label == "PERSON"]


def test_a_family_names_genitive_before_a_noun_stays_the_person(finder):
    assert found(finder, "Lindners Politik blieb umstritten.") == [("Lindners", "PERSON")]
    assert found(finder, "Obamas Wahlkampf begann früh.") == [("Obamas", "PERSON")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Fangming Cheng lief im Sprint auf Rang zwölf.", "Cheng"),
        ("Yiangchao Kong holte zwei Podestplätze.", "Kong"),
    ],
)
def test_an_unknown_given_name_opening_a_sentence_makes_the_town_a_surname(toolkit, finder, text, town):
    assert (town, "GPE") not in found(finder, text)
    assert not [name for label, name in entities(toolkit, text) if label in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hafenmetropole Hamburg wächst weiter.", "Hamburg"),
        ("Nordkorea Pjöngjang meldet nichts.", "Pjöngjang"),
        ("Heute Caracas, morgen Bogotá.", "Caracas"),
    ],
)
def test_a_noun_a_place_or_a_word_opening_a_sentence_before_a_town_leaves_it_a_place(finder, text, town):
    assert (town, "GPE") in found(finder, text)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Un uomo è stato ferito vicino alla città nordorientale di Beit Lid.", "it", "Beit Lid"),
        ("Gli scontri sono avvenuti nella cittadina costiera di Tantura.", "it", "Tantura"),
        ("Los disparos ocurrieron en la ciudad nororiental de Beit Lid.", "es", "Beit Lid"),
    ],
)
def test_a_settlement_noun_with_its_compass_or_coast_before_of_makes_a_place(finder, text, lang, town):
    assert found(finder, text, lang) == [(town, "GPE")]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Il paese natale di Mario Rossi festeggia.", "it", "Mario Rossi"),
        ("La casa natal de Juan Pérez es un museo.", "es", "Juan Pérez"),
    ],
)
def test_another_word_between_a_settlement_noun_and_of_leaves_a_person(finder, text, lang, person):
    assert found(finder, text, lang) == [(person, "PERSON")]


def test_a_town_ending_a_name_a_role_in_apposition_describes_is_the_surname(toolkit, finder):
    text = "Madelaine Caracas, die Sprecherin einer Gruppe, sagte nichts."
    assert found(finder, text) == [("Madelaine Caracas", "PERSON")]
    assert entities(toolkit, text) == [("PERSON", "Madelaine Caracas")]


def test_a_town_after_a_settlement_noun_before_a_role_in_apposition_stays_the_town(finder):
    text = "Die Hauptstadt Caracas, so die Sprecherin der Regierung, meldete Stromausfälle."
    assert [label for t, label in found(finder, text) if "Caracas" in t] == ["GPE"]
    assert found(finder, "Sie flog nach Caracas, die Sprecherin blieb zu Hause.") == [("Caracas", "GPE")]


def test_an_abbreviation_in_parentheses_of_the_words_before_it_is_no_town(finder):
    text = "I civili sono protetti dal Diritto internazionale umanitario (Diu) in ogni guerra."
    assert [label for t, label in found(finder, text, "it") if t == "Diu"] == []


def test_a_town_in_parentheses_that_spells_no_words_before_it_stays_a_town(finder):
    assert ("Diu", "GPE") in found(finder, "Il turista è arrivato a Diu (India) ieri.", "it")
    assert ("Roma", "GPE") in found(finder, "Il sindaco di Anzio (Roma) ha parlato.", "it")


@pytest.mark.parametrize("text", ["Obst aus den Hamptons ist teuer.", "Im Sommer fahren viele in die Hamptons."])
def test_a_towns_plural_after_an_article_is_no_genitive_of_a_family_name(finder, text):
    assert [label for t, label in found(finder, text) if t == "Hamptons"] in ([], ["GPE"])


def test_a_family_names_genitive_with_no_article_before_it_stays_the_person(finder):
    assert found(finder, "Der Wahlkampf Obamas begann früh.") == [("Obamas", "PERSON")]


def test_a_name_the_dictionary_lists_shaped_as_a_town_after_in_is_a_place(finder):
    assert found(finder, "Sie leitete die Caritas der Kirche in Württemberg.") == [("Württemberg", "GPE")]


@pytest.mark.parametrize("text", ["Das Gesetz tritt in Kraft.", "Randale in Innenstadt.", "Er kam in Vollzeit."])
def test_a_noun_after_in_stays_a_word(finder, text):
    assert found(finder, text) == []


def test_a_cue_does_not_carry_over_and_after_a_common_noun(finder):
    assert found(finder, "Zehn Personen kamen, bei Wind und Wetter.") == []


def test_a_cue_carries_over_and_after_a_place_spelt_like_a_noun(finder):
    assert found(finder, "Sie fuhren nach Hagen und Wetter.") == [("Hagen", "GPE"), ("Wetter", "GPE")]
    assert found(finder, "Sie kamen aus Essen und Wetter zum Treffen.") == [("Essen", "GPE"), ("Wetter", "GPE")]


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        ("Der Weltcup in Hochfilzen fiel aus.", ["Hochfilzen"]),
        ("Die Polizei meldete Schäden zwischen Ürzig und Kinheim.", ["Ürzig", "Kinheim"]),
    ],
)
def test_a_village_at_home_after_a_preposition_of_place_is_a_place(finder, text, villages):
    assert found(finder, text) == [(v, "GPE") for v in villages]


@pytest.mark.parametrize("text", ["Hochfilzen ist klein.", "Das Team aus Kinheim Nord siegte."])
def test_a_village_with_no_preposition_or_in_a_longer_name_is_not_read_so(finder, text):
    assert [t for t, label in found(finder, text) if label == "GPE" and t in ("Hochfilzen", "Kinheim")] == []


def test_a_word_opening_a_sentence_where_nouns_are_lower_case_leaves_the_town(finder):
    assert [t for t, label in found(finder, "Iz Vašingtona nema odgovora.", "sr") if label == "GPE"] == ["Vašingtona"]
