"""Rivers and lands read off the qualifiers of town names ("Frankfurt am Main", "Neuilly-sur-Seine"):
``entities/features.py`` and the recogniser that takes them. Short self-written lines, one behaviour each."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.features import features
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def places(finder, text, language):
    return [(f.text, f.label) for f in finder(text, language) if f.label in ("GPE", "LOC")]


def test_rivers_named_by_towns_are_features_of_the_language():
    assert {"rhein", "main", "donau", "neckar", "saale"} <= features("de")
    assert {"seine", "loire", "garonne", "provence"} <= features("fr")


def test_common_words_in_town_names_are_no_features():
    # "vor der Höhe", "am See", "Frankfurt (Oder)": a common noun, a feature word, a function word
    assert not {"höhe", "see", "oder", "dorfkern"} & features("de")
    assert not {"mer", "bois", "marne"} & features("fr")  # "marne": marl, a common word in lower case


def test_a_language_without_a_qualifier_pattern_has_no_features():
    assert features("es") == frozenset()


def test_a_river_in_running_german_is_a_place(finder):
    found = places(finder, "Das Hochwasser am Main erreichte am Montag auch die Donau.", "de")
    assert ("Main", "LOC") in found and ("Donau", "LOC") in found


def test_a_genitive_river_is_brought_back_to_its_name(finder):
    found = [f for f in finder("Der Pegel des Rheins stieg am Montag weiter.", "de") if f.label == "LOC"]
    assert [(f.text, f.name) for f in found] == [("Rheins", "Rhein")]


def test_a_feature_counts_only_in_its_own_language(finder):
    assert places(finder, "Seine Frau wohnt in Hamburg.", "de") == [("Hamburg", "GPE")]


def test_a_function_word_at_a_sentence_start_is_no_river(finder):
    assert places(finder, "Oder es regnet morgen in Berlin.", "de") == [("Berlin", "GPE")]
