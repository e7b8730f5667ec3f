"""German company cues of round s48 (the lead's probes of stop 47's list), each with a near miss that keeps its reading.

1. "„…“, hieß es aus dem Konzern" after "Die Halder AG baut Stellen ab": a noun for any body of its kind
   (``anaphor_heads``) after a word saying where the words came from had been left unread, so no one spoke; it is the
   one organisation in view, as "hieß es aus dem Kreml" is the Kremlin. Near misses: with two organisations in view,
   or none, no speaker.
2. "Laut Peskow ist „die Ukraine verantwortlich“": a short partial quote after a cue, its name and the finite verb the
   language sets second had been no quote (a cue and its name alone before the marks were read: "Laut Peskow „…“",
   "Laut Peskow, „…“"). Near miss: "Laut Peskow ist das „Terror“" (one word, a scare quote) stays no quote.
3. "„…“, ist er sich sicher", "war sie überzeugt": a copula right after the quote's comma before a subject pronoun is
   the inverted clause's finite verb, the quote its complement, as "„…“, reagierte er" is; the copula had been read as
   an unread verb with no subject, so no one spoke. Near miss: "sind sie sich sicher" (they) names no one person.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "„Wir prüfen derzeit alle Möglichkeiten für den Standort“"


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


@pytest.mark.parametrize(
    "phrase", ["hieß es aus dem Konzern", "hieß es aus dem Unternehmen", "heißt es aus dem Konzern"]
)
def test_words_from_the_company_are_the_company_in_views(toolkit, phrase):
    text = f"Die Halder AG baut Stellen ab. {QUOTE}, {phrase}."
    assert speakers(toolkit, text) == ["Halder AG"]


@pytest.mark.parametrize(
    "before",
    ["Die Halder AG und die Brenner GmbH bauen Stellen ab.", "Die Stadt plant neue Wohnungen."],
)
def test_near_miss_words_from_the_company_with_two_companies_or_none_in_view(toolkit, before):
    text = f"{before} {QUOTE}, hieß es aus dem Konzern."
    assert speakers(toolkit, text) == [None]


@pytest.mark.parametrize(
    "sentence", ["Laut Anna Berg ist „die Stadt verantwortlich“.", "Nach Angaben von Berg war „alles geplant“."]
)
def test_a_short_partial_quote_after_a_cue_its_name_and_the_verb_second_is_a_quote(toolkit, sentence):
    assert speakers(toolkit, f"Anna Berg leitet das Amt. {sentence}") == ["Anna Berg"]


def test_near_miss_one_quoted_word_after_a_cue_its_name_and_the_verb_is_no_quote(toolkit):
    assert speakers(toolkit, "Anna Berg leitet das Amt. Laut Berg ist das „Verantwortung“.") == []


@pytest.mark.parametrize("cue", ["ist er sich sicher", "war er überzeugt"])
def test_a_copula_and_a_pronoun_after_the_quote_are_its_speakers_clause(toolkit, cue):
    assert speakers(toolkit, f"Peter Vogl leitet das Amt. {QUOTE}, {cue}.") == ["Peter Vogl"]


def test_near_miss_a_plural_copula_and_they_name_no_one_person(toolkit):
    assert speakers(toolkit, f"Peter Vogl leitet das Amt. {QUOTE}, sind sie sich sicher.") == [None]
