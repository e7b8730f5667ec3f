"""Places in the news of the other languages, German included (the sweep of round s41, each passage written for the
test), as subjects and objects of their sentences: a town of Ukraine or Russia whose name the language respells by its
sounds ("Bajmut", "Bakhmout") is the town's own name, no stray other name of it; a regional capital known abroad first
in a sentence is the town where the dictionary lists it only as a name ("Jersón fue bombardeada"); a capital's name in
its own country's language is no common word of it ("Lisboa")."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PLACES = ("GPE", "LOC", "FAC")


def labelled(toolkit, text: str, lang: str) -> dict[str, str]:
    """Every mention's text and its entity's label."""
    article = enrich(dated(text, lang), toolkit)
    return {m.text: e.label for e in article.entities for m in e.mentions}


def places(toolkit, text: str, lang: str) -> set[str]:
    return {t for t, label in labelled(toolkit, text, lang).items() if label in PLACES}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Bajmut fue escenario de duros combates.", "Bajmut"),
        ("es", "Los rusos bombardearon Bajmut durante meses.", "Bajmut"),
        ("fr", "Les Russes ont bombardé Bakhmout.", "Bakhmout"),
    ],
)  # fmt: skip
def test_a_war_town_respelt_by_its_sounds_is_its_own_name(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Jersón fue bombardeada durante la noche.",
        "Jersón quedó sin agua potable.",
    ],
)  # fmt: skip
def test_a_regional_capital_known_abroad_first_in_a_sentence(toolkit, text):
    # GeoNames counts 66,000 people in Kherson; the Spanish dictionary lists "Jersón" as a name
    assert places(toolkit, text, "es") == {"Jersón"}


def test_a_small_town_first_in_a_sentence_still_needs_to_be_no_word(toolkit):
    assert places(toolkit, "Centro quedó sin agua potable.", "es") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lisboa recebeu milhares de turistas.",
        "Lisboa e Porto recebem turistas.",
    ],
)  # fmt: skip
def test_a_capital_in_its_own_countrys_language_is_no_common_word(toolkit, text):
    # the Portuguese dictionary lists "lisboa" in lower case
    assert "Lisboa" in places(toolkit, text, "pt")


def test_another_name_of_a_capital_abroad_that_is_a_word_stays_a_word(toolkit):
    assert places(toolkit, "Liga de Campeones: el sorteo fue ayer.", "es") == set()
