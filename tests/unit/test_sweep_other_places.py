"""Places in the news of the other languages (Spanish, French, Portuguese, Italian, Polish, Russian, Czech, Danish,
Ukrainian), construction by construction (the sweep of round s39, each passage written for the test): a wire
dateline in capitals of any alphabet, ..."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PLACES = ("GPE", "LOC", "FAC")


def places(toolkit, text: str, lang: str) -> set[str]:
    """Every mention's text of the places found."""
    article = enrich(dated(text, lang), toolkit)
    return {m.text for e in article.entities if e.label in PLACES for m in e.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "MOSCÚ, 3 may (EFE).- El portavoz del Gobierno habló con la prensa este miércoles.", "MOSCÚ"),
        ("es", "SAN PETERSBURGO, 4 may (EFE).- Las autoridades locales cerraron el aeropuerto.", "SAN PETERSBURGO"),
        ("pt", "LISBOA — O primeiro-ministro anunciou novas medidas esta quinta-feira.", "LISBOA"),
        ("it", "ROMA - Il governo ha approvato il decreto nella notte.", "ROMA"),
        ("fr", "PARIS (AFP) - Le ministre a annoncé une hausse des prix de l'énergie.", "PARIS"),
        ("ru", "МОСКВА, 3 мая. /ТАСС/. Представитель ведомства прокомментировал происшествие.", "МОСКВА"),
    ],
)  # fmt: skip
def test_a_wire_dateline_in_capitals_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "VÍDEO - Las imágenes del incendio.\nDIRECTO - Sigue la sesión del Congreso."),
        ("fr", "VIDÉO - Les images de l'incendie.\nEN DIRECT, la séance du Parlement."),
    ],
)  # fmt: skip
def test_a_rubric_in_capitals_is_no_dateline(toolkit, lang, text):
    assert places(toolkit, text, lang) == set()
