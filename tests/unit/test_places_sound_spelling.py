"""A language's own spelling of Russian and Ukrainian towns ("Bachmut", "Awdijiwka", "Saporischschja" in German)
finds the town the gazetteer spells in English romanisation (geo.sound_key, PLACE_SOUND_SPELLING)."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.geo import ROMANISATIONS, romanised, sound_key
from wirestream.services.enrich.entities.models import RawEntity


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("Bachmut", "Bakhmut"),
        ("Awdijiwka", "Avdiyivka"),
        ("Kupjansk", "Kup'yans'k"),
        ("Saporischschja", "Zaporizhzhya"),
        ("Tschernihiw", "Chernihiv"),
        ("Donezk", "Donetsk"),
        ("Isjum", "Izyum"),
        ("Jekaterinburg", "Yekaterinburg"),
    ],
)
def test_german_and_english_spellings_of_one_town_share_a_key(german: str, english: str) -> None:
    assert sound_key(german, "de") == sound_key(english, "en")


def test_different_towns_keep_different_keys() -> None:
    assert sound_key("Charkiw", "de") != sound_key("Kherson", "en")
    assert sound_key("Lwiw", "de") != sound_key("Lutsk", "en")


def test_a_german_spelling_finds_the_town(toolkit) -> None:
    found = [toolkit.gazetteer.place_form(w, "de") for w in ("Bachmut", "Awdijiwka", "Kupjansk", "Tschernihiw")]
    assert [f[1].name if f else None for f in found] == ["Bakhmut", "Avdiyivka", "Kupyansk", "Chernihiv"]


def test_a_short_word_or_english_text_is_not_read_by_sounds(toolkit) -> None:
    # "Ana" keys to Anna (a Russian town) but is a given name; English has its own spellings (pressed, national)
    assert toolkit.gazetteer.place_form("Ana", "de") is None
    assert toolkit.gazetteer.place_form("Bachmut", "en") is None


def test_a_ukrainian_town_under_its_own_name_in_cyrillic_is_found_declined(toolkit) -> None:
    # the gazetteer believes Cyrillic names only of cities of 100,000 or more: these are romanised to their own name
    found = [toolkit.gazetteer.place_form(w, "uk") for w in ("Бахмута", "Авдіївки", "Нову Каховку", "Умані")]
    assert [f[1].name if f else None for f in found] == ["Bakhmut", "Avdiyivka", "Nova Kakhovka", "Uman"]


def test_a_romanised_own_name_is_no_stray_other_name(toolkit) -> None:
    # "обстріляли Бахмут" with no place preposition: Bakhmut's own name, not another thing GeoNames calls so
    found = toolkit.names("Окупанти обстріляли Бахмут.", "uk")
    assert [(f.text, f.label) for f in found] == [("Бахмут", "GPE")]


def test_romanisation_writes_initials_and_apostrophes() -> None:
    letters, initials = ROMANISATIONS["uk"]
    assert romanised("Ємільчине", letters, initials) == "Yemilchyne"
    assert romanised("Авдіївка", letters, initials) == "Avdiivka"
    assert romanised("Слов'янськ", letters, initials) == "Slovyansk"


def test_a_polish_spelling_declined_finds_the_town(toolkit) -> None:
    found = toolkit.names("Walki trwają pod Bachmutem i Awdijiwką, Rosjanie atakują Łysyczańsk.", "pl")
    assert [(f.text, f.label) for f in found] == [("Bachmutem", "GPE"), ("Awdijiwką", "GPE"), ("Łysyczańsk", "GPE")]


def test_a_french_spelling_of_a_towns_own_name_after_a_cue_is_the_town(toolkit) -> None:
    # a model's organisation "Zaporijia" after "à Kharkiv," and a person "Bakhmout" after "autour de"
    text = "Des explosions à Kharkiv, Zaporijia et Kherson. Les combats continuent autour de Bakhmout."
    spans = [("Kharkiv", "GPE"), ("Zaporijia", "ORG"), ("Kherson", "PERSON"), ("Bakhmout", "PERSON")]
    found = [RawEntity(s, lab, text.index(s), text.index(s) + len(s)) for s, lab in spans]
    out = correct(found, text, "fr", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [(s, "GPE") for s, _ in spans]


@pytest.mark.parametrize(
    ("word", "lang", "town"),
    [("Слов'янськ", "uk", "Slovyansk"), ("Ставрополь", "ru", "Stavropol")],
)
def test_a_cyrillic_name_two_towns_share_is_the_one_it_romanises_to(toolkit, word: str, lang: str, town: str) -> None:
    # GeoNames lists "Слов'янськ" for Nikopol too, and "Ставрополь" for Tolyatti (Stavropol-on-Volga until 1964)
    found = toolkit.gazetteer.place_form(word, lang)
    assert found is not None and found[1].name == town


def test_looking_up_a_shared_cyrillic_name_finds_the_town_it_romanises_to(toolkit) -> None:
    place = toolkit.gazetteer.lookup("Ставрополь", ["RU"])
    assert place is not None and place.name == "Stavropol"
