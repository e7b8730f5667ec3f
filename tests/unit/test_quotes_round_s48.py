"""German company cues of round s48 (the lead's probes of stop 47's list), each with a near miss that keeps its reading.

1. "„…“, hieß es aus dem Konzern" after "Die Halder AG baut Stellen ab": a noun for any body of its kind
   (``anaphor_heads``) after a word saying where the words came from had been left unread, so no one spoke; it is the
   one organisation in view, as "hieß es aus dem Kreml" is the Kremlin. Near misses: with two organisations in view,
   or none, no speaker.
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
