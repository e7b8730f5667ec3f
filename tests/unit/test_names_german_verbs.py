"""A German name right after a strong verb form in -e/-en ("wurden", "kamen") is the verb's subject, not a noun
after an inflected adjective: ``names._strong_verb``. Short self-written lines, one behaviour each."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.name_words import _strong_verb
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def places(finder, text):
    return [f.text for f in finder(text, "de") if f.label in ("GPE", "LOC")]


def test_strong_verb_forms_are_verbs_and_inflected_adjectives_are_not():
    assert _strong_verb("wurden") and _strong_verb("kamen")
    assert not _strong_verb("offenen") and not _strong_verb("deutschen") and not _strong_verb("letzten")


def test_a_city_after_wurden_is_a_place(finder):
    assert places(finder, "Beschossen wurden Charkiw und Odessa.") == ["Charkiw", "Odessa"]


def test_a_city_after_wurde_is_a_place(finder):
    assert places(finder, "Gestern wurde Charkiw erneut beschossen.") == ["Charkiw"]


def test_another_name_of_a_city_after_nach_is_a_place(finder):
    # "Tarnopol" is GeoNames' other name of Ternopil, a city not known abroad: "nach" places it
    assert places(finder, "Im Winter fuhr er nach Tarnopol.") == ["Tarnopol"]


def test_a_city_known_abroad_by_another_name_tells_the_country_of_the_next(finder):
    # "Lemberg" (Lviv) says Ukraine, so "Tarnopol" in the same list is the Ukrainian city
    assert places(finder, "Er fuhr über Lemberg, Tarnopol und Czernowitz.") == ["Lemberg", "Tarnopol", "Czernowitz"]


def test_a_city_after_a_place_adjective_is_a_place(finder):
    assert places(finder, "Im bayerischen Landshut und im fränkischen Bamberg regnet es.") == ["Landshut", "Bamberg"]


def test_a_common_noun_a_town_also_names_stays_a_noun_after_an_adjective(finder):
    # Lage and Hof are towns too; the dictionary lists "Lagen" and "Hofe"
    assert places(finder, "Angesichts der aktuellen Lage blieb er im alten Hof.") == []


def test_a_declined_country_of_several_words_is_the_country(finder):
    found = [(f.text, f.name) for f in finder("Er lebte lange in den Vereinigten Staaten.", "de") if f.label == "GPE"]
    assert found == [("Vereinigten Staaten", "Vereinigte Staaten")]
