"""A model's name never runs across a list's bullet or a line break: spaCy read "Chicago, Illinois * Wixom Assembly
Plant of Wixom" as one organisation "Illinois * Wixom Assembly Plant of Wixom", losing the state."""

from __future__ import annotations

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.recovery import _unbulleted


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def test_a_name_across_a_bullet_or_a_line_break_is_cut_there() -> None:
    text = "Chicago, Illinois * Wixom Assembly Plant of Wixom, Michigan • Ford\nMotor and Toyota"
    found = [
        _at(text, "Chicago", "GPE"),
        _at(text, "Illinois * Wixom Assembly Plant of Wixom", "ORG"),
        _at(text, "Michigan • Ford\nMotor", "ORG"),
        _at(text, "Toyota", "ORG"),
    ]
    out = _unbulleted(found, text)
    assert [(e.text, e.label) for e in out] == [
        ("Chicago", "GPE"),
        ("Illinois", "ORG"),
        ("Wixom Assembly Plant of Wixom", "ORG"),
        ("Michigan", "ORG"),
        ("Ford", "ORG"),
        ("Motor", "ORG"),
        ("Toyota", "ORG"),
    ]
    assert all(text[e.start : e.end] == e.text for e in out)


def test_a_star_inside_a_name_or_a_lower_case_piece_is_no_name() -> None:
    text = "Yahoo* Finance and the * list"
    found = [_at(text, "Yahoo* Finance", "ORG"), _at(text, "the * list", "ORG")]
    assert [e.text for e in _unbulleted(found, text)] == ["Yahoo* Finance"]


def test_the_state_in_a_bulleted_list_of_plants_is_a_place(toolkit) -> None:
    text = (
        "Plants to be affected: * Chicago, Illinois * Wixom Assembly Plant of Wixom, Michigan * Norfolk Assembly "
        "of Norfolk, Virginia. Ford said the cuts would come in 2008."
    )
    places = {e.name for e in enrich(dated(text, "en"), toolkit).entities if e.label in {"GPE", "LOC"}}
    assert {"Chicago", "Illinois", "Michigan", "Virginia"} <= places
