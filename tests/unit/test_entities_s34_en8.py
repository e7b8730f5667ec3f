"""English wire copy of the Kremlin drone incident (round s34, en8): a transliterated street or square is a place, the
Senate building is a building, a firm named after its founders is a firm in a maker's frame, and a surname before a
participle's clause and a speech verb is a person."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities import frames
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


# --- a street's or a square's kind in transliteration ------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("Vasilyevsky Spusk", "PERSON"),
        ("Kutuzovsky Prospekt", "PERSON"),
        ("Manezhnaya Ploshchad", "ORG"),
        ("Sofiyskaya Naberezhnaya", "ORG"),
        ("Tverskaya Ulitsa", "PERSON"),
    ],
)
def test_a_transliterated_street_or_square_is_a_place(span, label):
    text = f"Police closed {span} to traffic overnight after debris fell there, witnesses said."
    out = correct([_at(text, span, label)], text, "en", None)
    assert [e.text for e in out] == [span] and out[0].label in ("LOC", "GPE", "FAC")


def test_a_person_stays_a_person_beside_a_street():
    text = "Debris fell near Vasilyevsky Spusk, Sergei Sobyanin said."
    found = [_at(text, "Vasilyevsky Spusk", "PERSON"), _at(text, "Sergei Sobyanin", "PERSON")]
    assert [e.label for e in correct(found, text, "en", None)] == ["LOC", "PERSON"]


# --- the Senate building -----------------------------------------------------------------------------------------


def test_a_body_before_building_is_the_building():
    text = "One drone exploded over the Senate building on Red Square, the Kremlin said."
    out = frames._buildings([_at(text, "Senate", "ORG"), _at(text, "Red Square", "FAC")], text, "en")
    assert [(e.text, e.label) for e in out] == [("Senate building", "FAC"), ("Red Square", "FAC")]
    assert text[out[0].start : out[0].end] == "Senate building"


@pytest.mark.parametrize(
    "text",
    ["The Senate voted on the building code on Tuesday.", "A Senate building committee met on Tuesday."],
)
def test_a_body_not_named_as_the_building_stays(text):
    out = frames._buildings([_at(text, "Senate", "ORG")], text, "en")
    assert [(e.text, e.label) for e in out] == [("Senate", "ORG")]


# --- a maker's frame ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The drones resembled models made by Lockheed Martin, a military analyst said.", "Lockheed Martin"),
        ("U.S. defence contractor Northrop Grumman declined to comment on Wednesday.", "Northrop Grumman"),
        ("The military said the engines were manufactured by Rolls Royce in Britain.", "Rolls Royce"),
        ("Shares in automaker Henry Ford rose on Wednesday.", "Henry Ford"),
    ],
)
def test_a_name_in_a_makers_frame_is_a_company(text, span):
    out = frames._framed([_at(text, span, "PERSON")], text, "en", None)
    assert [(e.text, e.label) for e in out] == [(span, "ORG")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The statement made by Dmitry Muratov was read aloud on Wednesday.", "Dmitry Muratov"),
        ("The house was built by John Harris in 1902, his grandson said.", "John Harris"),
        ("The film was produced by Quincy Jones and opened on Friday.", "Quincy Jones"),
    ],
)
def test_a_person_who_made_something_stays_a_person(text, span):
    out = frames._framed([_at(text, span, "PERSON")], text, "en", None)
    assert [(e.text, e.label) for e in out] == [(span, "PERSON")]


# --- a surname before a participle's clause and a speech verb ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Medvedev, quoting Shakespeare, said there was now no choice.",
        "Zakharova, speaking on state television on Wednesday, told viewers the attack had failed.",
    ],
)
def test_a_surname_before_a_participles_clause_and_a_speech_verb_is_a_person(text):
    word = text.split(",")[0]
    out = frames._speaking_surnames([_at(text, word, "ORG")], text, "en", None)
    assert [(e.text, e.label) for e in out] == [(word, "PERSON")]


def test_a_body_before_a_participles_clause_without_a_speech_verb_stays():
    text = "Gazprom, citing maintenance work, halted the flows on Wednesday."
    out = frames._speaking_surnames([_at(text, "Gazprom", "ORG")], text, "en", None)
    assert [(e.text, e.label) for e in out] == [("Gazprom", "ORG")]
