"""Round s35, pages in Spanish, Italian, Korean, Greek and Japanese: an Arabic patronymic inside a foreign name, a
place after "area"/"zona"/"campo profughi" (an Arabic article inside it), military units and broadcasters as bodies,
no person with a digit, Korean writers' and performers' titles, Greek bodies, and a katakana place only as a whole
katakana word."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


def _found(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("it", "Ieri il ministro saudita Faisal bin Farhan è arrivato a Roma.", "Faisal bin Farhan"),
        ("es", "El ministro Abdullah bin Zayed llegó ayer a Roma.", "Abdullah bin Zayed"),
        ("pt", "O ministro Abdullah ibn Zayed chegou ontem a Lisboa.", "Abdullah ibn Zayed"),
    ],
)
def test_an_arabic_patronymic_joins_a_foreign_name(toolkit, lang, text, person):
    assert (person, "PERSON") in _found(toolkit, text, lang)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Un drone è caduto nell'area di Kfar Blum stanotte.", "Kfar Blum"),
        ("I soldati sono entrati nella zona di Ras Al Ahmar ieri.", "Ras Al Ahmar"),
        ("Un raid ha colpito il campo profughi di Nuseirat all'alba.", "Nuseirat"),
    ],
)
def test_a_name_after_an_italian_area_or_camp_noun_is_a_place(toolkit, text, place):
    found = _found(toolkit, text, "it")
    assert (place, "GPE") in found and all(label != "PERSON" for _, label in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ne ha parlato ieri il Battaglione Givati in una nota.", "Battaglione Givati"),
        ("Lo ha confermato la Brigata Nahal ieri.", "Brigata Nahal"),
    ],
)
def test_an_italian_military_unit_is_no_person(toolkit, text, body):
    assert (body, "ORG") in _found(toolkit, text, "it")


def test_a_name_with_a_digit_is_no_person(toolkit):
    found = _found(toolkit, "Lo ha detto ieri sera a Rete4 Notte il senatore.", "it")
    assert all(label != "PERSON" for _, label in found)


def test_a_korean_critics_title_names_the_critic_and_a_particle_word_ends_before_it(toolkit):
    assert ("김민수", "PERSON") in _found(toolkit, "이 글은 김민수 평론가가 썼다.", "ko")
    assert ("박철수", "PERSON") in _found(toolkit, "그는 “박철수 형님 보고 배웁니다”라고 적었다.", "ko")
    assert _found(toolkit, "긴급 기자회견이 열렸다.", "ko") == []


def test_a_greek_body_in_the_genitive_is_no_person(toolkit):
    found = _found(toolkit, "Η έρευνα έγινε από την Υποδιεύθυνση Ασφάλειας Ηρακλείου.", "el")
    assert ("Υποδιεύθυνση Ασφάλειας Ηρακλείου", "ORG") in found
    assert all(label != "PERSON" for _, label in found)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("来年のボーナスのタイミングで減税する。", []),  # タイ inside タイミング
        ("新しいスタイルの服が売れた。", []),
        ("タイの首相が来日した。", [("タイ", "GPE")]),
        ("ロシア軍がウクライナを攻撃した。", [("ロシア", "GPE"), ("ウクライナ", "GPE")]),
    ],
)
def test_a_katakana_place_is_a_whole_katakana_word(toolkit, text, places):
    assert [f for f in _found(toolkit, text, "ja") if f[1] == "GPE"] == places


def test_a_french_given_name_and_surname_a_model_called_a_place_is_a_person(toolkit):
    from wirestream.services.enrich.entities.correction import _person_pair

    text = "Le député Rémi Fontanelle a été blessé à Lyon."
    start = text.index("Rémi")
    end = start + len("Rémi Fontanelle")
    assert _person_pair("Rémi Fontanelle", "LOC", text, start, end, "fr", toolkit.gazetteer)
    assert not _person_pair("Saint Martin", "LOC", text, start, end, "fr", toolkit.gazetteer)


def test_a_surname_with_its_particle_said_again_capitalised_is_the_person_not_a_town(toolkit):
    found = _found(toolkit, "La periodista Carmen del Valle habló ayer. Según contó Del Valle, todo llegó tarde.", "es")
    assert ("Del Valle", "PERSON") in found and ("Del Valle", "GPE") not in found


def test_the_family_article_after_an_arabic_patronymic_stays_in_the_name(toolkit):
    found = _found(toolkit, "Il ministro Abdullah bin Zayed al Nahyan è arrivato a Roma.", "it")
    assert ("Abdullah bin Zayed al Nahyan", "PERSON") in found
    assert ("Antonio Tajani", "PERSON") in _found(toolkit, "Il ministro Antonio Tajani al Senato ha parlato.", "it")


def test_a_name_right_after_a_role_and_its_of_is_the_office_not_the_person(toolkit):
    # "ministro della Sanità": the ministry's field, not a person named "Sanità di ..."
    found = _found(toolkit, "Lo ha detto ieri l'ex ministro della Sanità di Hamas ai giornalisti.", "it")
    assert all(label != "PERSON" for _, label in found)
    assert ("Antonio Tajani", "PERSON") in _found(toolkit, "Il ministro degli Esteri Antonio Tajani è a Roma.", "it")
