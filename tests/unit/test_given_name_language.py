"""A given name read in the article's language (round s25): a name Faker lists that is a function word or a name
particle of another language is still a given name here ("Dan" is Indonesian "and", "Del" Italian "of the"), and
two given names joined by a hyphen are one ("Anna-Lena")."""

from __future__ import annotations

from wirestream.services.enrich.entities import recovery
from wirestream.services.enrich.entities.name_words import given_name


def test_another_languages_function_word_is_a_given_name_here():
    assert given_name("Dan", "en") and not given_name("Dan", "id")  # Indonesian "dan": "and"
    assert given_name("Del", "en") and not given_name("Del", "it")  # Italian "del": "of the"
    assert given_name("Ella", "en") and not given_name("Ella", "es")  # Spanish "ella": "she"


def test_a_name_particle_of_the_language_is_no_given_name():
    assert not given_name("Van", "nl") and not given_name("Van", "en")  # "Van Dijk", "Van Gogh"
    assert not given_name("Von", "de")


def test_two_given_names_joined_by_a_hyphen_are_one():
    assert given_name("Anna-Lena", "de") and given_name("Jean-Pierre", "fr")
    assert not given_name("Anna-Kommission", "de") and not given_name("Anna-Lena-Marie", "de")
    assert not given_name("Ella-Maria", "es")  # a part that is a word of the language
    assert not given_name("Xqzvw", "en") and not given_name("", "en")


def test_an_english_given_name_another_language_writes_as_a_word_opens_a_person(toolkit):
    text = "Forecasters said Dan Kottlowski had warned the coast on Monday."
    found = recovery._unfound_people(text, [], "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("Dan Kottlowski", "PERSON")]
