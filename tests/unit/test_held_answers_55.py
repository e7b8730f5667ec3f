"""What the name finder holds for one text: the gazetteer's ``place_form`` answers and the uncased reader's prefix
readings (stop 55). A page of the same names repeated asked the gazetteer about each name over a hundred times, each
time undoing case endings anew (a 200,000-character list of bylines took over 10 s in Russian); the answers are
now held per text. These tests count the work and compare the answers, never time them (speed is
``make bench-adversarial``'s)."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities import geo, uncased
from wirestream.services.enrich.entities.names import NameFinder

BYLINES = "By " + "Anna " * 400  # the adversarial bench's kw:by-names, small


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def test_a_page_of_one_name_repeated_asks_the_gazetteer_about_each_form_once(finder, monkeypatch):
    asked: list[tuple[str, str]] = []
    looked_up = geo.Gazetteer._place_form

    def counting(self, word, lang):
        asked.append((word, lang))
        return looked_up(self, word, lang)

    monkeypatch.setattr(geo.Gazetteer, "_place_form", counting)
    finder(BYLINES, "ru")
    assert asked  # the finder does ask
    assert len(asked) == len(set(asked))  # ... each word or span once (on stop 54's code: 6,092 times, 10 distinct)


def test_the_answers_held_are_the_answers_worked_out(finder, toolkit):
    text = "Präsident Wolodymyr Selenskyj sprach in Kiew und Helsinki, dann in Moskaus Vororten, Berlin und Kiew."
    first = finder(text, "de")
    second = finder(text, "de")  # the same text again: a fresh start (``Gazetteer.new_text``)
    gazetteer = toolkit.gazetteer
    cold = [gazetteer._looked_up(w, "de") for w in ("Kiew", "Moskaus", "Helsinki", "Selenskyj")]
    held = [gazetteer.place_form(w, "de") for w in ("Kiew", "Moskaus", "Helsinki", "Selenskyj")]
    assert first == second
    assert held == cold
    assert [p[1].name if p else None for p in held] == ["Kyiv", "Moscow", "Helsinki", None]


def test_a_new_text_starts_with_nothing_held(toolkit):
    gazetteer = toolkit.gazetteer
    gazetteer.place_form("Kiew", "de")
    assert ("Kiew", "de") in gazetteer._place_forms
    gazetteer.new_text()
    assert not gazetteer._place_forms


def test_the_arabic_reader_reads_each_words_prefixes_once(finder, monkeypatch):
    calls: list[str] = []
    reading = uncased._without_prefix

    def counting(word, prefixes, least=uncased._MIN_LETTERS):
        calls.append(word)
        return reading(word, prefixes, least)

    monkeypatch.setattr(uncased, "_without_prefix", counting)
    text = "وقال المتحدث ديمتري بيسكوف في موسكو. " * 30
    found = finder(text, "ar")
    assert {(f.text, f.label) for f in found} == {("ديمتري بيسكوف", "PERSON"), ("موسكو", "GPE")}
    # two readings a word at most (the least letters left differ for a place of one word and of several)
    assert len(calls) <= 2 * len(set(calls))  # on stop 54's code: 1,349 readings of 6 words
