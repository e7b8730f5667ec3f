"""entity-enrich: what a model's names are next to (issue 11): a person's party in parentheses, a word of the
language in parentheses, a given name coordinated with a full name. Short self-written lines."""

from __future__ import annotations

from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_words import party_after
from wirestream.services.enrich.entities.recovery import _coordinated, _parenthesised


def at(text: str, word: str, label: str, name: str | None = None) -> RawEntity:
    start = text.index(word)
    return RawEntity(word, label, start, start + len(word), name=name)


def test_a_party_after_a_person_is_found_as_a_body():
    text = '"We have to act now," said Olaf Scholz (SPD) on Monday.'
    out = _parenthesised([at(text, "Olaf Scholz", "PERSON")], text, "en")
    assert [(e.text, e.label) for e in out] == [("Olaf Scholz", "PERSON"), ("SPD", "ORG")]


def test_a_party_the_model_read_as_a_person_becomes_a_body():
    text = "Alice Weidel (AfD) disagreed."
    out = _parenthesised([at(text, "Alice Weidel", "PERSON"), at(text, "AfD", "PERSON")], text, "en")
    assert [(e.text, e.label) for e in out] == [("Alice Weidel", "PERSON"), ("AfD", "ORG")]


def test_a_word_in_parentheses_after_a_common_word_is_no_name():
    text = "The report is available as a download (PDF) on the site."
    assert _parenthesised([at(text, "PDF", "ORG")], text, "en") == []


def test_an_acronym_after_its_body_stays():
    text = "The World Health Organization (WHO) agreed."
    found = [at(text, "World Health Organization", "ORG"), at(text, "WHO", "ORG")]
    assert _parenthesised(found, text, "en") == found


def test_a_long_or_lower_case_parenthesis_is_no_party():
    assert party_after("Olaf Scholz (who spoke)", len("Olaf Scholz"), "en") is None
    assert party_after("Olaf Scholz (Chancellor)", len("Olaf Scholz"), "en") is None
    assert party_after("Olaf Scholz (SPD)", len("Olaf Scholz"), "en") == (13, 16)


def test_a_given_name_before_and_and_a_full_name_takes_its_surname():
    text = "Judith and Natalie Kessler run the cafe."
    out = _coordinated([at(text, "Judith", "PERSON"), at(text, "Natalie Kessler", "PERSON")], text, "en")
    assert [(e.text, e.name) for e in out] == [("Judith", "Judith Kessler"), ("Natalie Kessler", None)]
    out = _coordinated([at(text, "Natalie Kessler", "PERSON")], text, "en")
    assert [(e.text, e.name) for e in out] == [("Natalie Kessler", None), ("Judith", "Judith Kessler")]


def test_the_surname_of_a_name_before_and_is_no_given_name():
    text = "Daniel Steffen and Hans-Peter Pfammatter spoke."
    found = [at(text, "Daniel Steffen", "PERSON"), at(text, "Hans-Peter Pfammatter", "PERSON")]
    assert _coordinated(found, text, "en") == found


def test_a_surname_of_the_article_or_the_end_of_a_name_before_and_is_no_given_name():
    text = "Kamala Harris spoke. Later, Harris and Tim Walz left."
    found = [at(text, "Kamala Harris", "PERSON"), at(text, "Tim Walz", "PERSON")]
    assert _coordinated(found, text, "en") == found
    text = "Vice President Harris and Tim Walz left."
    found = [at(text, "Tim Walz", "PERSON")]
    assert _coordinated(found, text, "en") == found
