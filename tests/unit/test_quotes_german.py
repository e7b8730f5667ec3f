"""German quote attribution, one behaviour per test: causes of missing speakers seen on German development pages."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers


@pytest.mark.parametrize(
    "text",
    [
        # no comma between the closing mark and the verb, a present-tense form the lemmatiser leaves as it is
        "Ausblick. „Von allein verändert sich gar nichts“ resümiert Vizepräsidentin Sabine Lackner im Video.",
        "„Das ist eine völlig falsche Darstellung der Lage“ entgegnet Sabine Lackner.",
        "„Die Zahlen sind deutlich schlechter als erwartet“ konstatiert Sabine Lackner nüchtern.",
        "„Das hat mit der Wirklichkeit wenig zu tun“ moniert Sabine Lackner.",
        "„Wir warten seit Monaten auf eine klare Antwort“ bemängelt Sabine Lackner.",
    ],
)
def test_german_speech_verb_forms_after_the_quote(text: str) -> None:
    assert speakers(text, "de", Sabine_Lackner="PERSON") == ["Sabine Lackner"]
