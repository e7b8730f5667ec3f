"""Russian, Ukrainian and Polish wire copy of the Kremlin drone incident: regions named by a city's adjective whose
stem alters the city's name, and a regional capital GeoNames counts too few people in (stop 34)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.recovery import _adjective_city


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("moskiewskiego", "pl"),  # Moskwa: "iew" for "w"
        ("moskiewskim", "pl"),
        ("kijowskiej", "pl"),  # Kijów: "ow" for "ów"
        ("zaporoskiego", "pl"),  # Zaporoże
        ("Московской", "ru"),  # Москва: "ов" for "в"
        ("Запорожской", "ru"),  # Запорожье
        ("Московської", "uk"),
        ("Запорізької", "uk"),  # Запоріжжя
    ],
)
def test_a_citys_adjective_whose_stem_alters_the_name_is_the_citys(toolkit, word, language):
    assert _adjective_city(word, language, toolkit.gazetteer)


@pytest.mark.parametrize(("word", "language"), [("drugiego", "pl"), ("nowego", "pl"), ("Новой", "ru")])
def test_other_adjectives_are_still_no_citys(toolkit, word, language):
    assert not _adjective_city(word, language, toolkit.gazetteer)


def test_a_polish_region_of_moscow_is_a_place(toolkit):
    text = (
        "W obwodzie moskiewskim zestrzelono drona. Gubernator obwodu moskiewskiego potwierdził te informacje. "
        "Rzecznik Kremla nie komentował sprawy."
    )
    places = {
        m.text for e in enrich(dated(text, "pl"), toolkit).entities if e.label in ("GPE", "LOC") for m in e.mentions
    }
    assert {"obwodzie moskiewskim", "obwodu moskiewskiego"} <= places


@pytest.mark.parametrize(
    ("word", "language"),
    [("Херсон", "uk"), ("Херсоні", "uk"), ("Херсон", "ru"), ("Chersoń", "pl"), ("Chersoniu", "pl")],
)
def test_a_regional_capital_known_abroad_is_found_by_its_other_names(toolkit, word, language):
    # GeoNames counts Kherson at 66,000 people: its other names were not believed under 100,000
    found = toolkit.gazetteer.place_form(word, language)
    assert found is not None and found[1].name == "Kherson"


def test_a_polish_name_in_n_acute_is_found_in_its_cases(toolkit):
    for word in ("Poznaniu", "Poznania", "Chersoniem"):
        assert toolkit.gazetteer.place_form(word, "pl") is not None, word


@pytest.mark.parametrize(
    ("text", "language", "body", "person"),
    [
        ("Секретар РНБО Олексій Данілов заявив, що атака була інсценуванням.", "uk", "РНБО", "Олексій Данілов"),
        ("Вчора секретар РНБО Олексій Данілов заявив, що це провокація.", "uk", "РНБО", "Олексій Данілов"),
    ],
)
def test_a_bodys_initials_before_a_name_are_the_body_and_the_person(toolkit, text, language, body, person):
    found = [(f.text, f.label) for f in toolkit.names(text, language)]
    assert (body, "ORG") in found and (person, "PERSON") in found


def test_the_office_of_ukraines_president_is_a_body_in_its_cases(toolkit):
    text = (
        "У Офісі президента України заперечили причетність до атаки. «Україна не атакує Кремль», — заявили в "
        "Офісі президента. Радник керівника Офісу президента Михайло Подоляк назвав це провокацією."
    )
    article = enrich(dated(text, "uk"), toolkit)
    office = [e for e in article.entities if e.id == "org/office-of-the-president-of-ukraine"]
    assert office and len(office[0].mentions) == 3
    assert [q.speaker for q in article.quotes] == ["Office of the President of Ukraine"]


def test_a_place_found_across_the_region_noun_alone_gives_way_to_the_region(toolkit):
    text = (
        "Chersoń był ostrzelany w nocy. Władze obwodu zaporoskiego poinformowały o zniszczeniach. "
        "Ukraina zaprzecza udziałowi w ataku."
    )
    places = {
        m.text for e in enrich(dated(text, "pl"), toolkit).entities if e.label in ("GPE", "LOC") for m in e.mentions
    }
    assert "obwodu zaporoskiego" in places
    assert "Władze obwodu" not in places
