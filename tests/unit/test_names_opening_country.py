"""A country's name spelt like a word of the language opening a sentence ("Usa", also the verb "usa") is the
country when the language's "and" or a comma joins it to a place right after ("Usa e Cina hanno firmato"); alone it
stays no place.

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


def _found(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


@pytest.mark.parametrize("text", ["Usa e Cina hanno firmato un accordo.", "Usa, Cina e Russia hanno firmato."])
def test_a_country_opening_a_sentence_joined_to_a_place_is_the_country(toolkit, text: str) -> None:
    # "usa" is a verb too: opening a sentence, the country only when "and" or a comma joins it to a place
    assert ("Usa", "GPE") in _found(toolkit, text, "it")


@pytest.mark.parametrize("text", ["Usa la testa prima di parlare.", "Usa e getta.", "Usa, Mario, la testa."])
def test_a_country_spelt_like_a_verb_opening_a_sentence_alone_is_no_place(toolkit, text: str) -> None:
    assert "Usa" not in [name for name, _ in _found(toolkit, text, "it")]
