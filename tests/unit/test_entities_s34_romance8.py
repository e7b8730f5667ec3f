"""Stop 34, French, Spanish, Italian, Portuguese, Turkish and Indonesian wire copy on the incident: a title phrase's
words kept out of the name after it, the country opening a head-final title, and Ukrainian towns in the national
romanisation or a language's spelling of ж."""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated, people_and_places
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.names import NameFinder


def _found(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menteri Luar Negeri Retno Marsudi mengatakan Indonesia prihatin.", "Retno Marsudi"),
        ("Menteri Dalam Negeri Tito Karnavian mengatakan itu.", "Tito Karnavian"),
        # a given name that is also a word of the language ("budi") opens the name
        ("Menteri Kesehatan Budi Gunadi Sadikin mengatakan itu.", "Budi Gunadi Sadikin"),
    ],
)
def test_the_words_of_a_title_phrase_are_no_part_of_the_name_after_it(toolkit, text, person):
    people = [t for t, label in _found(toolkit, text, "id") if label == "PERSON"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Türkiye Dışişleri Bakanı Mevlüt Çavuşoğlu, saldırı iddiasını değerlendirdi.", "Türkiye", "Mevlüt Çavuşoğlu"),
        ("Rusya Güvenlik Konseyi Sekreteri Nikolay Patruşev konuştu.", "Rusya", "Nikolay Patruşev"),
        ("Moskova Belediye Başkanı Sergey Sobyanin konuştu.", "Moskova", "Sergey Sobyanin"),
    ],
)
def test_the_place_opening_a_head_final_title_is_a_place(toolkit, text, place, person):
    assert _found(toolkit, text, "tr")[:2] == [(place, "GPE"), (person, "PERSON")]


@pytest.mark.parametrize(
    ("language", "word", "town"),
    [
        ("en", "Avdiivka", "Avdiyivka"),  # Ukraine's romanisation: ї "i", BGN's "yi"
        ("fr", "Avdiïvka", "Avdiyivka"),
        ("it", "Kostiantynivka", "Kostyantynivka"),  # я "ia", BGN's "ya"
        ("pt", "Zaporíjia", "Zaporizhzhya"),  # ж "j", and its double written once
        ("fr", "Zaporijia", "Zaporizhzhya"),
    ],
)
def test_ukrainian_towns_in_the_national_romanisation_and_the_languages_spelling(toolkit, language, word, town):
    found = toolkit.gazetteer.place_form(word, language)
    assert found is not None and found[1].name == town


def test_a_common_word_is_no_town_by_its_national_spelling(toolkit):
    assert toolkit.gazetteer.place_form("Sharia", "it") is None  # no Shar’ya


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "pt",
            "As tropas russas bombardearam Zaporíjia na quarta-feira. O governador disse que duas pessoas morreram.",
            {"Zaporíjia"},
        ),
        (
            "fr",
            "Les combats se poursuivent près d'Avdiivka, selon l'état-major ukrainien. La ville est presque encerclée.",
            {"Avdiyivka"},
        ),
    ],
)
def test_ukrainian_towns_in_wire_copy(toolkit, language, text, places):
    _, found = people_and_places(enrich(dated(text, language), toolkit))
    assert places <= found


@pytest.mark.parametrize("name", ["Serguéi", "Mijaíl", "Dmitri", "Volodímir", "Yevgueni", "Gueorgui", "Mijailo"])
def test_spanish_spellings_of_russian_and_ukrainian_given_names_are_given_names(name):
    from wirestream.services.enrich.entities.name_words import given_name

    assert given_name(name, "es")


@pytest.mark.parametrize("word", ["Verá", "Allá"])
def test_a_stressed_spelling_that_is_a_word_is_no_given_name(word):
    from wirestream.services.enrich.entities.name_words import given_name

    assert not given_name(word, "es")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "El viceministro ruso de Exteriores Serguéi Riabkov dijo que Moscú responderá. El Kremlin no comentó.",
            "Serguéi Riabkov",
        ),
        (
            "El gobernador impuesto por Rusia en Jersón, Volodímir Saldo, habló con la prensa. Kiev no comentó.",
            "Volodímir Saldo",  # not the Russian town of Vladimir
        ),
    ],
)
def test_spanish_wire_copy_names_a_russian_or_ukrainian_person(toolkit, text, person):
    people, places = people_and_places(enrich(dated(text, "es"), toolkit))
    assert person in people and "Vladimir" not in places


def test_a_role_whose_person_is_apposed_after_the_comma_leaves_the_body_named_after_a_person_whole(toolkit):
    from wirestream.services.enrich.entities.correction import correct
    from wirestream.services.enrich.entities.logic import RawEntity

    text = "Le directeur du Centre Georges Pompidou, Laurent Le Bon, a annoncé la fermeture."
    start = text.index("Centre")
    fixed = correct([RawEntity("Centre Georges Pompidou", "ORG", start, start + 23)], text, "fr", toolkit.gazetteer)
    assert [(e.text, e.label) for e in fixed] == [("Centre Georges Pompidou", "ORG")]
