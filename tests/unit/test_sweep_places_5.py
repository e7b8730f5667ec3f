"""Places in the news of every language, round s43's sweep (each passage written for the test; each positive case
failed on 64d5bf3, each near miss keeps the reading it had there): a small war town last in a list of towns after
"and" in English, which the frames had made an organisation because the gazetteer knows it only as a small town
("Bakhmut, Avdiivka and Marinka"); the same list in Polish ("Marinka", "Marjinka"), Turkish and Indonesian, where the
gazetteer did not read the town's spelling; and in Ukrainian, with any of the three apostrophes inside the word
("Мар'їнка", "Мар’їнка", "Марʼїнка")."""

from __future__ import annotations

import pytest

from tests.unit.test_sweep_other_places_2 import labelled, places

# 1. English: a small town last in a list of towns stays a place ------------------------------------------------


def test_a_small_town_last_in_a_list_of_towns_stays_a_place_in_english(toolkit) -> None:
    found = labelled(toolkit, "Bakhmut, Avdiivka and Marinka came under fire before dawn.", "en")
    assert found.get("Marinka") == "GPE"
    assert {"Bakhmut", "Avdiivka", "Marinka"} <= places(
        toolkit, "Bakhmut, Avdiivka and Marinka came under fire before dawn.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Madrid, Seville and Marinka signed the lease.",  # towns of another country before it
        "Peter, John and Marinka came late to the party.",  # people before it
        "Marinka Petrova said the road was open.",  # a given name and a surname: a person
    ],
)
def test_a_small_town_name_after_no_towns_of_its_country_stays_no_place_in_english(toolkit, text: str) -> None:
    assert "Marinka" not in places(toolkit, text, "en")


def test_a_person_named_like_the_town_stays_a_person(toolkit) -> None:
    assert labelled(toolkit, "Marinka Petrova said the road was open.", "en") == {"Marinka Petrova": "PERSON"}


# 2. languages without a model: the town as the language spells it ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("pl", "Bachmut, Awdijiwka i Marinka znalazły się pod ostrzałem przed świtem.", "Marinka"),
        ("pl", "Bachmut, Awdijiwka i Marjinka znalazły się pod ostrzałem przed świtem.", "Marjinka"),
        ("tr", "Bahmut, Avdiyivka ve Marinka şafaktan önce ateş altındaydı.", "Marinka"),
        ("id", "Bakhmut, Avdiivka dan Marinka diserang sebelum fajar.", "Marinka"),
        ("uk", "Бахмут, Авдіївка та Мар'їнка опинилися під обстрілом перед світанком.", "Мар'їнка"),
        ("uk", "Бахмут, Авдіївка і Мар’їнка опинилися під обстрілом перед світанком.", "Мар’їнка"),
        ("uk", "Бахмут, Авдіївка і Марʼїнка опинилися під обстрілом перед світанком.", "Марʼїнка"),
    ],
)
def test_a_small_town_last_in_a_list_of_towns_in_the_languages_spelling(toolkit, lang, text, town) -> None:
    assert town in places(toolkit, text, lang)


def test_indonesian_reads_a_ukrainian_town_as_english_news_spells_it(toolkit) -> None:
    assert "Avdiivka" in places(toolkit, "Bakhmut, Avdiivka dan Marinka diserang sebelum fajar.", "id")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pl", "Piotr, Jan i Marinka przyszli za późno.", "Marinka"),  # people before it
        ("pl", "Marinka Petrowa powiedziała, że droga jest otwarta.", "Marinka"),
        ("tr", "Ahmet, Mehmet ve Marinka geç geldi.", "Marinka"),
        ("id", "Budi, Joko dan Marinka datang terlambat.", "Marinka"),
        ("uk", "Олена, Ірина та Мар'їнка прийшли пізно.", "Мар'їнка"),
    ],
)
def test_the_name_after_people_stays_no_place(toolkit, lang: str, text: str, name: str) -> None:
    assert name not in places(toolkit, text, lang)
