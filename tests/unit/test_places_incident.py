"""Places of wire copy in many languages: one behaviour each, on short self-written lines.

The incident's places (Moscow, the Kremlin, Red Square, Kyiv, Washington) in the cases prepositions take; a place's
genitive before a body's noun; two cities a hyphen joins; initials with a case ending; one name per place. The scores
on real articles are ``python -m bench.eval names``.
"""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.logic import find_entities
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def places(finder, text, language):
    return [(f.text, f.name) for f in finder(text, language) if f.label in ("GPE", "LOC")]


def named_places(toolkit, text, language):
    entities, _ = find_entities(dated(text, language), toolkit)
    return {e.name: [m.text for m in e.mentions] for e in entities if e.label in ("GPE", "LOC", "FAC")}


def test_a_country_genitive_before_a_body_noun_is_the_country_not_an_organisation(finder):
    assert places(finder, "Russlands Armee meldete einen Angriff.", "de") == [("Russlands", "Russland")]


def test_a_city_genitive_before_a_body_noun_is_the_city(finder):
    assert places(finder, "Moskaus Polizei sperrte das Zentrum ab.", "de") == [("Moskaus", "Moskau")]


def test_a_town_spelt_like_a_noun_with_no_place_cue_is_the_noun(finder):
    assert (
        places(finder, "Auch Essen, das nicht gekocht werden muss, gehört dazu. Er werkelt in Garten oder Hof.", "de")
        == []
    )


def test_a_town_spelt_like_a_noun_after_a_place_cue_or_beside_a_place_is_the_town(finder):
    text = "Er kommt aus Hof und wohnt in Essen. Bochum, Essen und Dortmund wachsen."
    assert [t for t, _ in places(finder, text, "de")] == ["Hof", "Essen", "Bochum", "Essen", "Dortmund"]


def test_two_cities_joined_by_a_hyphen_are_both_places(finder):
    assert places(finder, "Der Flughafen Köln-Bonn war geschlossen.", "de") == [("Köln", "Köln"), ("Bonn", "Bonn")]


def test_a_district_joined_to_its_city_stays_the_district(finder):
    assert places(finder, "Er wohnt in Dortmund-Dorstfeld.", "de") == [("Dortmund-Dorstfeld", "Dorstfeld")]


@pytest.mark.parametrize("language", ["hr", "bs", "sr"])
def test_initials_with_a_case_ending_after_a_hyphen_are_the_country(finder, language):
    assert places(finder, "Vlada SAD-a je rekla da je u SAD-u mirno.", language) == [("SAD-a", "SAD"), ("SAD-u", "SAD")]


def test_croatian_knows_the_initials_of_the_united_states(finder):
    assert places(finder, "Rekao je da SAD podržava Ukrajinu.", "hr") == [("SAD", "SAD"), ("Ukrajinu", "Ukrajina")]


def test_croatian_reads_serbian_latin_country_names(finder):
    # a Serbian text in Latin letters is identified as Croatian: "Nemačka" is Serbian, Croatian writes "Njemačka"
    assert places(finder, "Zabrinut je zbog Nemačke.", "hr") == [("Nemačke", "Nemačka")]


@pytest.mark.parametrize(
    ("language", "text", "mention", "name"),
    [
        ("de", "Die Drohne explodierte nicht weit vom Roten Platz.", "Roten Platz", "Red Square"),
        ("de", "Auf dem Roten Platz standen Soldaten.", "Roten Platz", "Red Square"),
        ("it", "Il drone è esploso vicino alla Piazza Rossa.", "Piazza Rossa", "Red Square"),
        ("pt", "O drone explodiu perto da Praça Vermelha.", "Praça Vermelha", "Red Square"),
        ("pl", "Dron eksplodował na placu Czerwonym.", "placu Czerwonym", "Red Square"),
        ("uk", "Безпілотник вибухнув на Червоній площі.", "Червоній площі", "Red Square"),
        ("ru", "Люди вышли на Красную площадь.", "Красную площадь", "Red Square"),
        ("tr", "İHA Kızıl Meydan'da düştü.", "Kızıl Meydan", "Red Square"),
        ("id", "Drone meledak dekat Lapangan Merah.", "Lapangan Merah", "Red Square"),
        ("de", "Das Weiße Haus wies das zurück.", "Weiße Haus", "White House"),
        ("de", "Im Weißen Haus hieß es, man prüfe das.", "Weißen Haus", "White House"),
        ("pl", "W Białym Domu zaprzeczono.", "Białym Domu", "White House"),
        ("pt", "A Casa Branca negou.", "Casa Branca", "White House"),
        ("it", "La Casa Bianca ha smentito.", "Casa Bianca", "White House"),
        ("tr", "Beyaz Saray iddiaları reddetti.", "Beyaz Saray", "White House"),
        ("id", "Gedung Putih membantah.", "Gedung Putih", "White House"),
        ("fr", "La Maison Blanche a démenti.", "Maison Blanche", "White House"),
    ],
)
def test_the_incidents_places_in_the_cases_wire_copy_uses(toolkit, language, text, mention, name):
    # Red Square and the White House under their names in the languages of wire copy on Moscow ("vom Roten
    # Platz", "na placu Czerwonym", "im Weißen Haus", "w Białym Domu")
    assert [(m.known.name, m.text) for m in toolkit.registry.find(text)] == [(name, mention)]


def test_a_place_outside_english_takes_the_gazetteers_name_and_keeps_its_mention(toolkit):
    found = named_places(toolkit, "Finlandia y Polonia condenaron el ataque.", "es")
    assert found == {"Finland": ["Finlandia"], "Poland": ["Polonia"]}


def test_two_spellings_of_one_place_are_one_entity(toolkit):
    found = named_places(toolkit, "La ciudad de Bombay, hoy Mumbai, creció mucho.", "es")
    assert found == {"Mumbai": ["Bombay", "Mumbai"]}


def test_an_english_place_keeps_its_name(toolkit):
    assert "New York" in named_places(toolkit, "The mayor of New York said the city was calm.", "en")


def test_the_white_house_in_portuguese_is_no_place(toolkit):
    # GeoNames gives Casablanca the name "Casa Branca": the registry's White House wins
    assert named_places(toolkit, "A Casa Branca negou. Kiev rejeitou as acusações de Moscou.", "pt") == {
        "Kyiv": ["Kiev"],
        "Moscow": ["Moscou"],
    }


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        (
            "pl",
            "Gubernator obwodu biełgorodzkiego Jan Nowak mówił o wybuchach. Drony spadły w nocy.",
            "obwodu biełgorodzkiego",
        ),
        ("pl", "Wybuchy było słychać w obwodzie kurskim. Drony spadły w nocy na pola.", "obwodzie kurskim"),
        (
            "uk",
            "Губернатор Бєлгородської області Іван Петренко повідомив про вибухи. Дрони впали вночі.",
            "Бєлгородської області",
        ),
        (
            "ru",
            "Полиция оцепила улицы в Тверском районе. Беспилотники упали ночью, сообщили в полиции.",
            "Тверском районе",
        ),
    ],
)
def test_a_region_named_by_its_citys_adjective_beside_a_region_noun_is_a_place(toolkit, language, text, mention):
    assert any(mention in forms for forms in named_places(toolkit, text, language).values())


def test_a_region_noun_beside_an_adjective_of_no_city_is_no_place(toolkit):
    text = "Wybuchy było słychać w obwodzie wschodnim. Drony spadły w nocy na pola."
    assert not any("obwodzie" in m for forms in named_places(toolkit, text, "pl").values() for m in forms)


def test_a_person_found_across_a_regions_adjective_gives_way_to_the_region(toolkit):
    text = "Губернатор Бєлгородської області Іван Петренко повідомив про вибухи. Дрони впали вночі."
    entities, _ = find_entities(dated(text, "uk"), toolkit)
    assert [e.name for e in entities if e.label == "PERSON"] == ["Іван Петренко"]
