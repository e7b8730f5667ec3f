"""Turkish news writing, construction by construction: quotes with their speakers, people and places (the sweep of
round s38, each passage written for the test)."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def quotes(toolkit, text: str) -> list[tuple[str, str | None]]:
    article = enrich(dated(text, "tr"), toolkit)
    return [(q.text, q.speaker) for q in article.quotes]


def names(toolkit, text: str, label: str) -> set[str]:
    return {e.name for e in enrich(dated(text, "tr"), toolkit).entities if e.label == label}


@pytest.mark.parametrize(
    ("text", "speaker", "person"),
    [
        # a platform's name after a surname is no part of it
        ('"Durum şu an kontrol altında," diye yazdı Gladkov Telegram kanalında.', "Gladkov", "Gladkov"),
        ('"Bu saldırı bir provokasyondu," diye yazdı Medvedev Telegram\'da.', "Medvedev", "Medvedev"),
        # a Russian surname alone as the subject, set off by a comma
        ('Medvedev, Telegram hesabından yaptığı paylaşımda "Cevap mutlaka verilecek," ifadelerini kullandı.',
         "Medvedev", "Medvedev"),
        ('Bir gün sonra Hramçihin, "Bu bir provokasyon olabilir," dedi.', "Hramçihin", "Hramçihin"),
    ],
)  # fmt: skip
def test_a_surname_alone_speaks_and_a_platform_is_not_part_of_it(toolkit, text, speaker, person):
    assert [s for _, s in quotes(toolkit, text)] == [speaker]
    assert names(toolkit, text, "PERSON") == {person}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Peskov\'a göre, "Bu saldırı önceden planlanmış bir provokasyondu."', "Dmitry Peskov"),
        ('Hramçihin\'e göre, "Bu saldırı önceden planlanmış bir provokasyondu."', "Hramçihin"),
        ('Kremlin\'in açıklamasına göre, "Cumhurbaşkanı saldırıda yaralanmadı ve çalışıyor."', "Kremlin"),
        ('TASS\'ın haberine göre, "İki İHA Kremlin üzerinde düşürüldü."', "TASS"),
        ('Uzmanlara göre, "Bu saldırı önceden planlanmış bir provokasyondu."', None),
    ],
)
def test_the_source_before_gore_says_the_quote_after_it(toolkit, text, speaker):
    assert [s for _, s in quotes(toolkit, text)] == [speaker]


def test_said_and_added_gives_both_quotes_to_the_subject(toolkit):
    text = 'Peskov, "Misilleme kararı Putin\'e ait," dedi ve ekledi: "Bütün seçenekler masada duruyor."'
    assert [s for _, s in quotes(toolkit, text)] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_seklinde_konustu_and_a_general_staff_speak(toolkit):
    text = 'Duma Başkanı Vyaçeslav Volodin, "Zelenskiy rejimi teröristtir," şeklinde konuştu.'
    assert [s for _, s in quotes(toolkit, text)] == ["Vyacheslav Volodin"]
    text = 'Ukrayna Genelkurmay Başkanlığı, "Saldırıyla hiçbir ilgimiz yok," açıklamasını yaptı.'
    assert [s for _, s in quotes(toolkit, text)] == ["Ukrayna Genelkurmay Başkanlığı"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Zaharova, saldırıya ilişkin, "Batı bu saldırının arkasında duruyor," görüşünü dile getirdi.',
         "Maria Zakharova"),
        ('Arap Birliği Genel Sekreteri Ahmed Ebul Gayt, "Tarafları itidale davet ediyoruz ve sükunet bekliyoruz," '
         "dedi.", "Ahmed Ebul Gayt"),
        ('Siyaset bilimci Ahmet Kasım Han, CNN Türk\'e verdiği röportajda, "Rusya bu saldırıyı bahane olarak '
         'kullanabilir," dedi.', "Ahmet Kasım Han"),
    ],
)  # fmt: skip
def test_an_object_noun_before_the_verb_and_given_names_the_dictionary_lists(toolkit, text, speaker):
    assert [s for _, s in quotes(toolkit, text)] == [speaker]
    if " " in speaker and speaker != "Maria Zakharova":
        assert names(toolkit, text, "PERSON") == {speaker}


def test_a_minister_whose_given_name_is_a_word_and_a_month_inside_a_name(toolkit):
    text = "Dışişleri Bakanı Mevlüt Çavuşoğlu ve Milli Savunma Bakanı Hulusi Akar toplantıya katıldı."
    assert names(toolkit, text, "PERSON") == {"Mevlüt Çavuşoğlu", "Hulusi Akar"}
    assert names(toolkit, "Toplantı 3 Kasım Cuma günü Ankara'da yapılacak.", "PERSON") == set()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Rus ordusu Bahmut çevresinde ilerlediğini açıkladı.", {"Bakhmut"}),
        ("Şebekino ve Avdiyivka bombalandı, Çernihiv sakin.", {"Shebekino", "Avdiyivka", "Chernihiv"}),
        ("İHA'lar Moskova'ya doğru uçtu ve Kremlin'in üzerinde düşürüldü.", {"Moscow", "Kremlin"}),
    ],
)
def test_russian_and_ukrainian_towns_as_turkish_spells_them(toolkit, text, places):
    article = enrich(dated(text, "tr"), toolkit)
    assert {e.name for e in article.entities if e.label in ("GPE", "LOC", "FAC")} == places
    assert not [e for e in article.entities if e.label in ("PERSON", "ORG")]


def test_a_language_without_quote_words_reads_names_as_before(toolkit):
    assert [(f.label, f.name) for f in toolkit.names("Medvedev, Roma dixit.", "la")] == [("GPE", "Roma")]
