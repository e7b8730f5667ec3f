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
