"""A lower-case description of a body by a noun that stands for any body of its kind ("the production company said",
"the oil firm said") names no body: the quote is the one organisation in view's, else no one's, never a speaker
called "Production company". Found sweeping the English development pages outside every check set (round s46); each
on a short self-written passage, with the near miss of an institution its words single out ("the Russian foreign
ministry")."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "en"), toolkit).quotes]


def test_a_described_company_with_no_body_in_view_is_no_speaker(toolkit) -> None:
    text = 'The deal collapsed on Monday. "We never agreed to it," the production company said in a statement.'
    assert speakers(toolkit, text) == [None]


def test_a_described_company_is_the_one_body_in_view(toolkit) -> None:
    text = (
        "Dorran Studios denied the report on Monday. "
        '"We never agreed to it," the production company said in a statement.'
    )
    assert speakers(toolkit, text) == ["Dorran Studios"]


def test_an_institution_its_words_single_out_stays_the_speaker(toolkit) -> None:
    text = 'The talks collapsed on Monday. "We never agreed to it," the Russian foreign ministry said in a statement.'
    assert speakers(toolkit, text) == ["Russian foreign ministry"]


def test_a_description_holding_a_word_of_one_bodys_name_is_that_body(toolkit) -> None:
    text = (
        "Borel Records and Dorran Productions met on Monday. Dorran Productions denied the report. "
        '"We never agreed to it," the production company said in a statement.'
    )
    assert speakers(toolkit, text) == ["Dorran Productions"]


def test_a_counted_description_of_bodies_is_no_speaker(toolkit) -> None:
    text = 'The deal collapsed on Monday. "We never agreed to it," the two companies said in a statement.'
    assert speakers(toolkit, text) == [None]
