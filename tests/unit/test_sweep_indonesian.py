"""Round s38, Indonesian wire copy on the Kremlin drone incident: a construction sweep, one behaviour each, on short
self-written lines. People in the attribution tests are invented names given to the rules as entities: what is
tested is the reading of the clause (a speech verb and its comma before a quote, a title of two words, a place
preposition after a name), not the registry."""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated, people_and_places
from tests.unit.test_quotes import rules_speakers
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.names import NameFinder


def _found(toolkit, text: str, lang: str = "id") -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


# --- a speech verb and its comma before a quote hand the quote over as a colon does ------------------


def test_the_next_sentences_subject_is_not_the_speaker_of_a_quote_a_verb_and_comma_introduced():
    # "X mengatakan, “….” Gubernur Y menyatakan …": the quote is X's; Y's sentence reports something else
    text = (
        'Pakar militer Boris Lemeshev mengatakan, "Serangan ini jelas sebuah provokasi besar." '
        "Gubernur Kursk Roman Starovoit menyatakan bahwa situasi terkendali."
    )
    assert rules_speakers(text, "id", Boris_Lemeshev="PERSON", Roman_Starovoit="PERSON", Kursk="GPE") == [
        "Boris Lemeshev"
    ]
    # the same in English: "X said, “….” Y said …"
    text = 'Expert Boris Lemeshev said, "This is a provocation." Governor Roman Starovoit said all was calm.'
    assert rules_speakers(text, "en", Boris_Lemeshev="PERSON", Roman_Starovoit="PERSON") == ["Boris Lemeshev"]
    # a comma after no speech verb hands nothing over: the attribution after the quote still reads
    text = '"Kami tidak akan tinggal diam," kata Boris Lemeshev.'
    assert rules_speakers(text, "id", Boris_Lemeshev="PERSON") == ["Boris Lemeshev"]


# --- a title of two words: "Wali Kota", "Kepala Staf" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            '"Tidak ada korban jiwa malam ini," ucap Wali Kota Moskow Sergei Sobyanin.',
            {"Sergei_Sobyanin": "PERSON", "Moskow": "GPE"},
            "Sergei Sobyanin",
        ),
        (
            '"Semua drone berhasil dilumpuhkan," tutur Kepala Staf Oleg Tarasenko.',
            {"Oleg_Tarasenko": "PERSON"},
            "Oleg Tarasenko",
        ),
        (
            'Wali Kota Kyiv Vitali Klitschko berbicara di televisi. "Kota kami siaga penuh malam ini," ungkapnya.',
            {"Vitali_Klitschko": "PERSON", "Kyiv": "GPE"},
            "Vitali Klitschko",
        ),
        (
            'Kepala Staf Umum Valery Gerasimov berbicara di televisi. "Kota kami siaga penuh malam ini," ungkapnya.',
            {"Valery_Gerasimov": "PERSON"},
            "Valery Gerasimov",
        ),
    ],
)
def test_the_common_words_of_a_title_open_no_name(text, labels, speaker):
    # "Kota" of "Wali Kota" (mayor) and "Staf" of "Kepala Staf" (chief of staff) go on with the title: the speaker is
    # the name after them, not "Kota Moskow Sergei Sobyanin"
    assert rules_speakers(text, "id", **labels) == [speaker]


def test_a_given_name_after_a_title_stays_the_name():
    # "Presiden Agung Laksono": a title and a two-word name; nothing after the name, so no word of it is the title's
    text = '"Kami berharap kedua pihak menahan diri," kata Menteri Agung Laksono.'
    assert rules_speakers(text, "id", Agung_Laksono="PERSON") == ["Agung Laksono"]


# --- "di" is a preposition, no name particle --------------------------------------------------------


def test_a_place_after_di_is_no_part_of_the_speakers_name():
    text = '"Kami berharap kedua pihak menahan diri," kata Jokowi di Jakarta.'
    assert rules_speakers(text, "id", Jakarta="GPE") == ["Jokowi"]


# --- names: a body before a name, roles, words of address ------------------------------------------


def test_a_body_named_like_a_towns_other_name_before_a_person_is_no_town(toolkit):
    # "Hamas" is also GeoNames' Lithuanian name of Hamm: before a name, with no preposition of place, no town
    found = _found(toolkit, "Juru bicara Hamas Abu Obaida tidak berkomentar.")
    assert ("Abu Obaida", "PERSON") in found
    assert all(label != "GPE" for _, label in found)
    # the place before a governor's name stays a place
    assert _found(toolkit, "Gubernur Belgorod Vyacheslav Gladkov melaporkan serangan.") == [
        ("Belgorod", "GPE"),
        ("Vyacheslav Gladkov", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Panglima Angkatan Bersenjata Ukraina Valerii Zaluzhnyi tidak berkomentar.",
            "Valerii Zaluzhnyi",
            "Angkatan Bersenjata Ukraina",
        ),
        ("Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev menuntut balasan.", "Dmitry Medvedev", None),
        ("Komandan Wagner Yevgeny Prigozhin tidak berkomentar.", "Yevgeny Prigozhin", None),
        (
            "Pengamat hubungan internasional Universitas Indonesia Hendra Kurniawan menilai insiden itu serius.",
            "Hendra Kurniawan",
            "Universitas Indonesia",
        ),
    ],
)
def test_indonesian_roles_before_a_body_and_a_name(toolkit, text, person, body):
    # "panglima", "wakil", "ketua", "komandan", "pengamat": role words, so the body they serve and the name after it
    # are read apart ("Panglima Angkatan Bersenjata Ukraina Valerii Zaluzhnyi" was one organisation)
    found = _found(toolkit, text)
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and name != person for name, label in found)
    if body is not None:
        assert (body, "ORG") in found


def test_a_lone_name_after_a_word_of_address_is_a_person(toolkit):
    assert ("Harto", "PERSON") in _found(toolkit, "Pak Harto dulu pernah mengunjungi Moskow.")
    # "Ibu Kota" (the capital): a word of the language after "Ibu" is no name
    assert [label for _, label in _found(toolkit, "Ibu Kota Jakarta ramai.")] == ["GPE"]
    assert _found(toolkit, "Bapak Presiden datang.") == []


# --- abbreviated titles; "jubir" is "juru bicara" ------------------------------------------------------


def test_an_abbreviated_title_is_a_title(toolkit):
    # "Menlu" (menteri luar negeri): the title, not the first word of the person's name (and the speaker's)
    assert ("Retno Marsudi", "PERSON") in _found(toolkit, "Menlu Retno Marsudi tiba di Jakarta.")
    text = '"Indonesia mendorong penyelesaian damai melalui dialog," kata Menlu Retno Marsudi.'
    assert rules_speakers(text, "id") == ["Retno Marsudi"]


def test_jubir_is_the_spokesperson_the_article_named_as_juru_bicara():
    text = (
        "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan. "
        '"Ini jelas tindakan teroris yang terencana," kata jubir Kremlin.'
    )
    assert rules_speakers(text, "id", Dmitry_Peskov="PERSON", Kremlin="FAC") == ["Dmitry Peskov"]


# --- places: a settlement noun heading its name, a river -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Serangan itu terjadi di Kota Moskow pada Rabu dini hari.", {"Moscow"}),  # not also Kota, India
        ("Wilayah Belgorod dan Provinsi Kursk kembali diserang.", {"Belgorod", "Kursk"}),  # "Provinsi Kursk" no person
        ("Warga desa Shebekino mengungsi ke Kota Belgorod.", {"Shebekino", "Belgorod"}),
    ],
)
def test_a_capitalised_settlement_noun_heads_its_place(toolkit, text, places):
    people, found = people_and_places(enrich(dated(text, "id"), toolkit))
    assert found == places
    assert not people


def test_a_river_is_no_person(toolkit):
    found = _found(toolkit, "Pasukan Ukraina menyeberangi Sungai Dnipro dekat Kherson.")
    assert ("Sungai Dnipro", "LOC") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_compass_word_after_a_word_for_area_is_no_place(toolkit):
    # "wilayah" (area) heads no place of its own: "di Wilayah Barat" is the west, not a town Barat
    assert _found(toolkit, "Hujan turun di Wilayah Barat dan di Jakarta.") == [("Jakarta", "GPE")]
