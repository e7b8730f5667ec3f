"""Russian and Ukrainian towns whose names are hyphenated ("Ростов-на-Дону") or neuter ("Дніпро") are found in their
declined forms and come out under the town's one name, as the nominative does ("в Ростов-на-Дону" and "в
Ростове-на-Дону" were two entities, the second left in Cyrillic; "Дніпра", "Дніпрі" were no place or a Cyrillic one)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import enrich


def _places(toolkit, text: str, language: str) -> list[tuple[str, int]]:
    article = enrich(dated(text, language), toolkit)
    return sorted((e.name, e.count) for e in article.entities if e.label in {"GPE", "LOC"})


@pytest.mark.parametrize(
    ("word", "language", "name"),
    [
        ("Ростові-на-Дону", "uk", "Ростов-на-Дону"),  # only the part before the preposition declines
        ("Ростове-на-Дону", "ru", "Ростов-на-Дону"),
        ("Дніпра", "uk", "Дніпро"),  # a neuter town in -о: genitive, locative, instrumental
        ("Дніпрі", "uk", "Дніпро"),
        ("Дніпром", "uk", "Дніпро"),
    ],
)
def test_declined_hyphenated_and_neuter_towns_are_found(toolkit, word, language, name):
    found = toolkit.gazetteer.place_form(word, language)
    assert found is not None and found[0] == name


def test_a_russian_hyphenated_town_is_one_place_in_every_case(toolkit):
    text = (
        "Взрыв произошёл в Ростове-на-Дону и в Комсомольске-на-Амуре. В Ростов-на-Дону прибыли спасатели. "
        "Делегация была в Петропавловске-Камчатском."
    )
    assert _places(toolkit, text, "ru") == [
        ("Komsomolsk-on-Amur", 1),
        ("Petropavlovsk-Kamchatsky", 1),
        ("Rostov-on-Don", 2),
    ]


def test_a_ukrainian_neuter_town_is_one_place_in_every_case(toolkit):
    text = "Вибухи пролунали у Дніпрі. Мер Дніпра Борис Філатов заявив, що ракета влучила в Дніпро."
    assert _places(toolkit, text, "uk") == [("Dnipro", 3)]
    text = "Окупанти обстріляли Ростов-на-Дону, а також у Ростові-на-Дону прогриміли вибухи."
    assert _places(toolkit, text, "uk") == [("Rostov-on-Don", 2)]
