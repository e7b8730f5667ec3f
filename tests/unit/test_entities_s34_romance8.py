"""Stop 34, French, Spanish, Italian, Portuguese, Turkish and Indonesian wire copy on the incident: a title phrase's
words kept out of the name after it, the country opening a head-final title, and Ukrainian towns in the national
romanisation or a language's spelling of ж."""

from __future__ import annotations

import pytest

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
