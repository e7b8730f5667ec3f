"""People and places in the languages that had no role words or regional adjectives of their own: a governor's
title before his name is no part of it ("Gubernátor Bělgorodské oblasti Vjačeslav Gladkov"), and the region
named by its city's adjective is a place."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import find_entities


def _found(toolkit, text: str, language: str) -> set[tuple[str, str]]:
    entities, _ = find_entities(dated(text, language), toolkit)
    return {(e.label, e.name) for e in entities}


@pytest.mark.parametrize(
    ("language", "text", "person", "region"),
    [
        ("cs", "Výbuchy hlásily úřady. Gubernátor Bělgorodské oblasti Vjačeslav Gladkov uvedl, že nikdo nebyl zraněn.",
         "Vjačeslav Gladkov", "Bělgorodské oblasti"),
        ("hr", "Eksplozije su prijavljene. Guverner Belgorodske oblasti Vjačeslav Gladkov rekao je da nitko nije ozlijeđen.",
         "Vjačeslav Gladkov", "Belgorodske oblasti"),
        ("bg", "Експлозии бяха съобщени. Губернаторът на Белгородска област Вячеслав Гладков заяви, че няма пострадали.",
         "Вячеслав Гладков", "Белгородска област"),
    ],
)  # fmt: skip
def test_a_governors_title_and_his_region(toolkit, language, text, person, region):
    found = _found(toolkit, text, language)
    assert ("PERSON", person) in found
    assert ("LOC", region) in found
    assert not [name for label, name in found if label == "PERSON" and name != person]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Er werden explosies gemeld. Gouverneur Vjatsjeslav Gladkov zei dat niemand gewond raakte."),
        ("da", "Der blev meldt om eksplosioner. Guvernøren Vjatjeslav Gladkov sagde, at ingen kom til skade."),
        ("ro", "Au fost raportate explozii. Guvernatorul Viaceslav Gladkov a spus că nimeni nu a fost rănit."),
    ],
)
def test_a_role_at_the_start_of_a_sentence_is_no_part_of_the_name(toolkit, language, text):
    people = {name for label, name in _found(toolkit, text, language) if label == "PERSON"}
    assert len(people) == 1 and next(iter(people)).endswith("Gladkov"), people


@pytest.mark.parametrize(
    ("word", "language", "name"),
    [
        ("Kurszkban", "hu", "Kursk"),  # Hungarian "sz" for s, and its inessive
        ("Brjanszk", "hu", "Bryansk"),
        ("Kurskissa", "fi", "Kursk"),  # Finnish puts an "i" between a consonant and the case ending
        ("Belgorodista", "fi", "Belgorod"),
    ],
)
def test_russian_towns_as_hungarian_and_finnish_write_them(toolkit, word, language, name):
    found = toolkit.gazetteer.place_form(word, language)
    assert found is not None and found[1].name == name


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("bg", "Експлозии бяха съобщени и в Белгород и Курск.", {"Белгород", "Курск"}),
        ("bg", "Те отидоха в Курск и Брянск.", {"Курск", "Брянск"}),  # Брянск: another language's name of the town
    ],
)
def test_the_second_of_two_places_after_one_cue_is_placed_by_it(toolkit, language, text, places):
    assert {f.text for f in toolkit.names(text, language) if f.label == "GPE"} == places
