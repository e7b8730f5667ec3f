"""English people (round s35): a surname after its particles ("von der", "al-") is the person's, and what a model
calls a person that no one's name can be (a code with a digit, a body's letters in parentheses, a phrase of common
words, an award joined to "-winning") is none; a given name after a kin word is a person."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str, after: int = 0) -> RawEntity:
    start = text.index(span, after)
    return RawEntity(span, label, start, start + len(span))


def _out(found: list[RawEntity], text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in correct(found, text, "en", None)]


# --- particles ------------------------------------------------------------------------------------------------


def test_a_name_cut_after_its_particles_gets_its_surname():
    text = "The delegates cheered when Hanna van der Berg, the new chair, took the floor."
    assert _out([_at(text, "Hanna van der", "PERSON")], text) == [("Hanna van der Berg", "PERSON")]


def test_a_name_ending_in_particles_with_no_surname_after_loses_them():
    text = "They asked Hanna van der about it."
    assert _out([_at(text, "Hanna van der", "PERSON")], text) == [("Hanna", "PERSON")]


def test_an_arabic_article_joined_to_the_surname_stays_in_the_name():
    text = "Troops loyal to Khalid al-Rashidi’s government crossed the river."
    assert _out([_at(text, "Khalid al-Rashidi’s", "PERSON")], text) == [("Khalid al-Rashidi’s", "PERSON")]


def test_a_lower_case_prefix_that_is_no_particle_still_ends_the_name():
    text = "Voters saw Tom Reed pro-Labour in the poll."
    assert _out([_at(text, "Tom Reed pro-Labour", "PERSON")], text) == [("Tom Reed", "PERSON")]


# --- no person ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("span", ["Q4", "H5N1", "COVID-19", "G20"])
def test_a_word_with_a_digit_is_no_person(span):
    text = f"Analysts expect {span} to weigh on the results, the note said."
    assert [label for _, label in _out([_at(text, span, "PERSON")], text)] == ["PRODUCT"]


def test_letters_in_parentheses_after_a_body_are_the_body_at_every_mention():
    text = "The Writers Union (WUA) voted on Friday. Members of WUA left early."
    found = [_at(text, "Writers Union", "ORG"), _at(text, "WUA", "PERSON"), _at(text, "WUA", "PERSON", 30)]
    assert _out(found, text) == [("Writers Union", "ORG"), ("WUA", "ORG"), ("WUA", "ORG")]


def test_initials_no_body_defines_stay_a_person():
    text = "JFK spoke in Berlin that summer."
    assert _out([_at(text, "JFK", "PERSON")], text) == [("JFK", "PERSON")]


@pytest.mark.parametrize("span", ["Budget Tracker", "Sleeping Giants", "Join Today", "Hidden Costs"])
def test_a_phrase_of_common_words_is_no_person(span):
    text = f"Readers of {span} wrote in this week."
    assert _out([_at(text, span, "PERSON")], text) == [(span, "ORG")]


@pytest.mark.parametrize(
    "span", ["Oliver Sacks", "Tiger Woods", "Rajon Rondo", "Chris Rock", "Heath Ledger", "Sandy Angers"]
)
def test_a_name_with_a_common_word_stays_a_person(span):
    text = f"Readers of {span} wrote in this week."
    assert _out([_at(text, span, "PERSON")], text) == [(span, "PERSON")]


def test_an_award_joined_to_winning_is_no_person():
    text = "The Grammy-winning singer and the Emmy-nominated host arrived with Grammy Lee."
    found = [_at(text, "Grammy", "PERSON"), _at(text, "Emmy", "PERSON"), _at(text, "Grammy Lee", "PERSON")]
    assert _out(found, text) == [("Grammy Lee", "PERSON")]


# --- kin ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "label"), [("his wife, ", "ORG"), ("my son ", "GPE"), ("her sister ", "NORP")])
def test_a_given_name_after_a_kin_word_is_a_person(before, label):
    text = f"The actor said {before}Melissa would join the tour."
    assert _out([_at(text, "Melissa", label)], text) == [("Melissa", "PERSON")]


def test_a_word_after_a_kin_word_that_is_no_given_name_keeps_its_label():
    text = "The actor said his son Enterprise would join the tour."
    assert _out([_at(text, "Enterprise", "ORG")], text) == [("Enterprise", "ORG")]
