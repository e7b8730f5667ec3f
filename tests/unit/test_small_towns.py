"""Towns under 15,000 people (GeoNames' ``cities5000``) in the gazetteer: known by their own name only, and taken
as places only where the text says place. Short self-written lines, one behaviour each."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.geo import SMALL_TOWN_POPULATION, small_towns
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.names import NameFinder
from wirestream.services.enrich.entities.recovery import _cued_places


@pytest.fixture(scope="module")
def gazetteer(toolkit):
    return toolkit.gazetteer


def test_small_towns_are_read_by_their_own_name_and_size():
    towns = small_towns()
    hope = towns["hope"]
    assert hope.name == "Hope" and SMALL_TOWN_POPULATION <= hope.population < 15_000
    assert towns["london"].population < 15_000  # a London of Kentucky or Ohio: only towns under the main tier


def test_a_small_town_is_evidence_never_a_trusted_place(gazetteer):
    assert gazetteer.place_form("Hope", "en") is None  # a bare capitalised word is no place
    town = gazetteer.small_town("Hope", "en")
    assert town is not None and town[1].name == "Hope"
    assert gazetteer.small_town("HOPE", "en") is None  # an acronym
    assert gazetteer.small_town("London", "en") is None  # a city the main tier knows: place_form answers


def test_a_small_town_is_found_in_its_inflected_form(gazetteer):
    town = gazetteer.small_town("Kłodawie", "pl")
    assert town is not None and town[0] == "Kłodawa"


def test_a_small_town_is_geocoded_when_nothing_bigger_has_its_name(gazetteer):
    place = gazetteer.lookup("Hope")
    assert place is not None and place.population < 15_000


def test_a_city_own_name_beats_another_city_alternate_name(gazetteer):
    assert gazetteer.trusted["porto"].name == "Porto"  # not Bordeaux, which GeoNames also calls Porto
    assert gazetteer.trusted["waterloo"].name == "Waterloo"  # not Austin
    assert gazetteer.trusted["franklin"].name == "Franklin"  # not Columbus
    assert gazetteer.trusted["mosca"].name == "Moscow"  # a city of millions keeps its name abroad


def test_the_trusted_place_of_a_name_is_read_in_any_letter_case(gazetteer):
    # the label judge's features ask this, not the raw table
    assert gazetteer.trusted_place("MOSCA").name == "Moscow" and gazetteer.trusted_place("Moskaus") is None


def test_a_state_beats_a_town_of_its_name_abroad(gazetteer):
    virginia = gazetteer.trusted["virginia"]
    assert (virginia.kind, virginia.country_code) == ("region", "US")  # not the South African town
    assert gazetteer.trusted["florida"].country_code == "US"
    assert gazetteer.trusted["córdoba"].kind == "city"  # the Argentine city of over a million
    assert gazetteer.trusted["kherson"].kind == "city"  # a region named after its city, in the same country


def _labels(text, found, gazetteer):
    return [(e.text, e.label) for e in correct(found, text, "en", gazetteer)]


def test_a_person_after_an_age_and_of_is_the_town_they_live_in(gazetteer):
    text = "Officers arrested Ryan Hollman, 31, of Hope on Sunday."
    found = [RawEntity("Ryan Hollman", "PERSON", 18, 30), RawEntity("Hope", "PERSON", 39, 43)]
    assert _labels(text, found, gazetteer) == [("Ryan Hollman", "PERSON"), ("Hope", "GPE")]


def test_a_small_town_with_no_place_cue_stays_a_person(gazetteer):
    text = "Hope said the road would reopen on Sunday."
    assert _labels(text, [RawEntity("Hope", "PERSON", 0, 4)], gazetteer) == [("Hope", "PERSON")]


def test_a_small_town_that_is_a_person_of_the_article_stays_a_person(gazetteer):
    text = "Lee Wells spoke first. The council met in Wells on Monday."
    found = [RawEntity("Lee Wells", "PERSON", 0, 9), RawEntity("Wells", "ORG", 42, 47)]
    assert _labels(text, found, gazetteer)[1] == ("Wells", "ORG")


def test_an_organisation_in_a_small_town_is_the_town(gazetteer):
    text = "The storm damaged homes in Wells on Monday."
    assert _labels(text, [RawEntity("Wells", "ORG", 27, 32)], gazetteer) == [("Wells", "GPE")]


def test_a_small_town_the_model_missed_after_in(gazetteer):
    text = "The storm damaged homes in Wells on Monday, and in Crafts too."
    assert [(e.text, e.label) for e in _cued_places(text, [], "en", gazetteer)] == [("Wells", "GPE")]


def test_a_word_of_the_language_after_in_is_no_small_town(gazetteer):
    # "Success", "Casino", "Downtown": towns of GeoNames, and words of English that follow "in" far more often
    assert gazetteer.small_town("Success", "en") is not None
    text = "The plan ended in Success after the talks in Downtown bars."
    assert _cued_places(text, [], "en", gazetteer) == []


def test_an_inflected_small_town_after_a_locative_gets_its_name(gazetteer):
    found = [(f.text, f.name) for f in NameFinder(gazetteer)("Mieszka w Kłodawie od lat.", "pl") if f.label == "GPE"]
    assert found == [("Kłodawie", "Kłodawa")]


def _places(gazetteer, text, language):
    return [f.text for f in NameFinder(gazetteer)(text, language) if f.label in ("GPE", "LOC")]


def test_another_name_of_a_far_town_is_no_place_in_an_article_elsewhere(gazetteer):
    # GeoNames calls Hamm (Germany, 180,000 people) "Hamas" too; an article on Gaza names nothing in Germany
    assert gazetteer.place_form("Hamas", "es") is not None
    assert _places(gazetteer, "El portavoz de Hamas dijo que la tregua sigue en Gaza.", "es") == ["Gaza"]


def test_another_name_of_a_town_after_a_locative_is_the_town(gazetteer):
    assert _places(gazetteer, "La delegación viajó a Breslau y luego a Varsovia.", "es") == ["Breslau", "Varsovia"]


def test_another_name_of_a_town_in_an_article_on_its_country_is_the_town(gazetteer):
    text = "Breslau war bis 1945 eine deutsche Stadt, heute liegt sie in Polen."
    assert "Breslau" in _places(gazetteer, text, "de")


def test_a_capital_or_a_city_known_abroad_keeps_its_other_names(gazetteer):
    washington = gazetteer.trusted["washington"]
    assert washington in gazetteer.known_abroad  # a capital (689,000 people): "Waszyngton" anywhere
    assert gazetteer.trusted["hamm"] not in gazetteer.known_abroad
    assert _places(gazetteer, "Los turistas dicen que Lieja es cara.", "es") == ["Lieja"]  # Liège: 62 names
    assert _places(gazetteer, "Rzeczniczka MSZ oskarżyła Waszyngton.", "pl") == ["Waszyngton"]


def test_a_state_a_model_took_for_a_person_is_a_place(gazetteer):
    # "Virginia" was a town of 122,000 (big enough to relabel a model's person); as the state it must stay so
    text = "Officials said Virginia will reopen roads."
    assert _labels(text, [RawEntity("Virginia", "PERSON", 15, 23)], gazetteer) == [("Virginia", "GPE")]
    text = "Virginia Woolf wrote it."
    found = [RawEntity("Virginia Woolf", "PERSON", 0, 14)]
    assert _labels(text, found, gazetteer) == [("Virginia Woolf", "PERSON")]


def test_a_capital_is_not_moved_to_a_small_namesake_in_a_country_the_article_names(gazetteer):
    assert gazetteer.lookup("Moscow", ["US", "UA"]).country_code == "RU"  # not Moscow, Idaho (25,000)
    assert gazetteer.lookup("Washington", ["GB"]).country_code == "US"  # not the English town
    assert gazetteer.lookup("Birmingham", ["US"]).country_code == "US"  # Alabama's 200,000 are no small namesake


def test_another_name_of_a_town_is_no_place_for_naming_its_country(gazetteer):
    # GeoNames calls Salerno "Irna" too: an article in Italian names Italy, which makes no agency's name the town
    assert gazetteer.place_form("Irna", "it") is not None
    assert _places(gazetteer, "Secondo quanto riporta Irna, i colloqui in Italia continuano.", "it") == ["Italia"]


def test_another_name_of_a_town_the_article_places_once_is_the_town_again(gazetteer):
    text = "La delegazione è arrivata in Irna ieri. Irna conta molti abitanti."
    assert _places(gazetteer, text, "it") == ["Irna", "Irna"]
