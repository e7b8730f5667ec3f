"""Russian: a place the model does not tag right after a place preposition ("в Сочи": an indeclinable name) is found
when the gazetteer knows it, also before a name the model did tag ("в Сочи Путин")."""

from __future__ import annotations

from wirestream.services.enrich.entities import recovery
from wirestream.services.enrich.entities.models import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def test_a_known_place_after_a_cue_the_model_missed_is_found(toolkit) -> None:
    text = "Вчера в Сочи Путин провёл встречу, парады отменили в Сочи и Калининграде."
    found = [_at(text, "Путин", "PERSON"), _at(text, "Калининграде", "GPE")]
    out = recovery._cued_cyrillic_places(text, found, "ru", toolkit.gazetteer)
    assert [(e.text, e.label, e.start) for e in out] == [
        ("Сочи", "GPE", text.index("Сочи")),
        ("Сочи", "GPE", text.rindex("Сочи")),
    ]


def test_no_cue_an_unknown_name_or_another_language_adds_nothing(toolkit) -> None:
    text = "Сочи встречает гостей. Он работает в Сбербанке."
    assert recovery._cued_cyrillic_places(text, [], "ru", toolkit.gazetteer) == []
    assert recovery._cued_cyrillic_places("Він був у Сочі.", [], "uk", toolkit.gazetteer) == []
