"""Round s53 (sw53a): a whole-article sweep of Russian, Ukrainian and Polish coverage of the Kremlin drone incident
(wire copy, live blogs, analysis pieces), through the full product: each test one construction on a short passage of
its own, and a near miss that keeps its old reading. Self-written passages: unit tests of one behaviour, not scores.

Constructions fixed:

* (Polish) "„…” – głosi komunikat służby prasowej prezydenta Rosji": "głosić" (a document "states") reports, and a
  document whose lower-case genitives describe it names no body ("Głosi komunikat służby prasowej prezydenta" was an
  organisation that spoke); "głosi komunikat Kremla" is the Kremlin's, "Jak głosi komunikat MSZ, „…”" the
  ministry's.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

_QUOTE_PL = '"Dwa bezzałogowe statki powietrzne były wycelowane w Kreml" - '


def quotes(toolkit, text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_id) for q in enrich(dated(text, lang), toolkit).quotes]


def test_a_document_described_by_its_genitives_is_no_body(toolkit):
    text = _QUOTE_PL + "głosi komunikat służby prasowej prezydenta Rosji."
    assert quotes(toolkit, text, "pl") == [(None, None)]


@pytest.mark.parametrize(
    ("tail", "verb"),
    [
        ("głosi komunikat Kremla.", "głosi"),  # the document's issuer, now with its verb
        ("czytamy w komunikacie Kremla.", "czytamy"),  # near miss: the reader's verb, as before
    ],
)
def test_a_document_of_the_kremlin_is_the_kremlins(toolkit, tail, verb):
    art = enrich(dated(_QUOTE_PL + tail, "pl"), toolkit)
    assert [(q.speaker_id, q.verb) for q in art.quotes] == [("place/moscow-kremlin", verb)]


def test_a_body_named_after_the_document_speaks(toolkit):
    # near miss: the ministry the recogniser read after the document is its issuer
    text = 'Jak głosi komunikat MSZ, "Rosja odpowie na ten atak".'
    assert [q.speaker for q in enrich(dated(text, "pl"), toolkit).quotes] == ["MSZ"]
