"""German places in general news (round s39, from a sweep of self-written sentences of every genre): a state or
region first in a sentence ("Nordrhein-Westfalen hat ...", "Schottland will ..."), its genitive before a role
("Bayerns Ministerpräsident", "Berlins Bürgermeisterin blieb fern"), a dateline of two places parted by a slash
("WIEN/BERLIN (APA) -")."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def places(finder, text):
    return [(f.text, f.name) for f in finder(text, "de") if f.label in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nordrhein-Westfalen hat die meisten Einwohner.", ("Nordrhein-Westfalen", "Nordrhein-Westfalen")),
        ("Schottland will unabhängig werden.", ("Schottland", "Schottland")),
        ("Tirol hat die meisten Skigebiete.", ("Tirol", "Tirol")),
        ("Bayerns Wirtschaft wächst.", ("Bayerns", "Bayern")),
        ("Graubünden meldet Lawinen.", ("Graubünden", "Graubünden")),
    ],
)
def test_a_state_or_region_first_in_a_sentence_is_the_place(finder, text, place):
    # dictionaries list regions' names, so being listed is no sign of a word capitalised at the sentence's start
    assert places(finder, text) == [place]


def test_a_settlement_noun_or_a_plural_noun_first_in_a_sentence_stays_a_word(finder):
    # "Hauptstadt" and "Planken" name regions in GeoNames (Solomon Islands, Liechtenstein)
    assert places(finder, "Hauptstadt ist Kiew.") == [("Kiew", "Kiew")]
    assert places(finder, "Planken liegen herum.") == []


def test_a_places_genitive_before_a_role_without_a_name_is_the_place(finder):
    text = "Die Ministerin besuchte die Messe, Berlins Bürgermeisterin blieb fern."
    assert places(finder, text) == [("Berlins", "Berlin")]
    assert places(finder, "Der Kanzler kam, Bayerns Ministerpräsident nicht.") == [("Bayerns", "Bayern")]


def test_a_persons_genitive_before_a_role_stays_a_person(finder):
    assert [(f.text, f.label) for f in finder("Lindners Sprecher schwieg.", "de")] == [("Lindners", "PERSON")]


def test_both_places_of_a_slashed_dateline(finder):
    found = places(finder, "WIEN/BERLIN (APA) - Die Regierungen wollen enger zusammenarbeiten.")
    assert [t for t, _ in found] == ["WIEN", "BERLIN"]
    assert [t for t, _ in places(finder, "BRÜSSEL/KIEW. Die EU berät.")] == ["BRÜSSEL", "KIEW"]


def test_an_abbreviated_saints_name_opens_a_place(finder):
    assert places(finder, "In St. Gallen wurde gewählt.") == [("St. Gallen", "St. Gallen")]
    assert places(finder, "Die Gemeinde St. Johann plant einen Skilift.") == [("Gemeinde St. Johann", "St. Johann")]


def test_a_district_after_kreis_and_a_town_after_a_kind_of_town(finder):
    assert places(finder, "Der Kreis Siegen-Wittgenstein will die Gebühren erhöhen.") == [
        ("Kreis Siegen-Wittgenstein", "Siegen-Wittgenstein")
    ]
    assert places(finder, "Die Hansestadt Rostock feiert.") == [("Hansestadt Rostock", "Rostock")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Im Grenzort Sudscha heulten Sirenen.", ("Grenzort Sudscha", "Sudscha")),  # round s48: kinds of town
        ("Im Küstenort Kobuleti war es ruhig.", ("Küstenort Kobuleti", "Kobuleti")),
        ("Ihr Heimatort Weißwasser ist klein.", ("Heimatort Weißwasser", "Weißwasser")),
    ],
)
def test_a_town_after_a_compound_kind_of_town(finder, text, place):
    assert places(finder, text) == [place]


def test_near_miss_a_name_after_a_bare_ort_is_no_town(finder):
    # "vor Ort" (on the spot) stands before anything: only its compounds name a kind of town
    assert places(finder, "Die Reporterin vor Ort Anna Berg berichtete.") == []


def test_a_word_of_the_language_after_a_settlement_noun_is_no_place(finder):
    assert places(finder, "Er saß im Kreis Gleichgesinnter.") == []
    assert places(finder, "Die Stadt Zwangsräumungen verbieten.") == []


def test_a_name_of_adjective_and_noun_declined_after_its_article(finder):
    text = "Das Vereinigte Königreich verhängte Sanktionen. Im Vereinigten Königreich wird gestreikt."
    assert {name for _, name in places(finder, text)} == {"Vereinigtes Königreich"}
    assert places(finder, "Im Nahen Osten ist die Lage angespannt.") == [("Nahen Osten", "Naher Osten")]


@pytest.mark.parametrize(
    "text",
    [
        "Im Gazastreifen und im Westjordanland kam es zu Kämpfen.",
        "Tschetschenien schickt Kämpfer nach Dagestan.",
        "Urlaub auf Korfu und auf Sylt.",
    ],
)
def test_regions_and_islands_under_their_german_names(finder, text):
    assert len(places(finder, text)) == 2


def test_a_country_spelt_as_a_peoples_plural_after_its_article_is_the_people(finder):
    assert places(finder, "Die Polen wählen am Sonntag. Den Schweden gefällt das.") == []
    assert [t for t, _ in places(finder, "Polen wählt. In Polen und im heutigen Polen.")] == ["Polen"] * 3
    # "Iran" is no people's plural ("Ira" has no feminine "Irain"): the country after its article
    assert [t for t, _ in places(finder, "Im Iran wird protestiert. Der Iran droht.")] == ["Iran", "Iran"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Frankfurt (Oder) wurde gewählt.", ("Frankfurt (Oder)", "Frankfurt (Oder)")),
        ("In Frankfurt an der Oder wurde gewählt.", ("Frankfurt an der Oder", "Frankfurt (Oder)")),
        ("Frankfurt/Oder (dpa) - Regen.", ("Frankfurt/Oder", "Frankfurt (Oder)")),
        ("In Halle (Saale) wurde gewählt.", ("Halle (Saale)", "Halle (Saale)")),
    ],
)
def test_a_town_with_the_qualifier_of_its_full_name_is_that_town(finder, text, place):
    # not Frankfurt am Main, and the river in the town's name is no place of its own there
    assert places(finder, text) == [place]


def test_a_river_after_a_town_not_of_its_name_stays_apart(finder):
    assert [t for t, _ in places(finder, "In Berlin an der Spree ist es kalt.")] == ["Berlin", "Spree"]


def test_a_region_after_its_article_is_the_region(finder):
    text = "In Kärnten, der Steiermark und im Burgenland gab es Hochwasser. Das Saarland wählt."
    assert [t for t, _ in places(finder, text)] == ["Kärnten", "Steiermark", "Burgenland", "Saarland"]
    assert places(finder, "Die Savanne brennt. Die Lage ist ernst.") == []


def test_a_historical_state_and_the_federal_republic(finder):
    text = "Die Sowjetunion zerfiel 1991. In der Bundesrepublik wird gewählt."
    assert [t for t, _ in places(finder, text)] == ["Sowjetunion", "Bundesrepublik"]


def test_a_states_abbreviation_in_capitals_is_the_state(finder):
    assert places(finder, "In NRW sind Ferien.") == [("NRW", "NRW")]


def test_a_settlement_noun_in_the_genitive_heads_its_place(finder):
    # "Kantons" alone is a name of Guangzhou in GeoNames
    text = "Die Regierung des Kantons Bern und der Landrat des Landkreises Rosenheim ermitteln."
    assert places(finder, text) == [("Kantons Bern", "Bern"), ("Landkreises Rosenheim", "Rosenheim")]


def test_a_saints_name_after_st_is_no_person_and_a_place_only_where_placed(finder):
    text = "Als die Gemeinde von St. Severin feierte, kam sie. An St. Martin ziehen Kinder los."
    assert [f for f in finder(text, "de") if f.label == "PERSON"] == []
    assert places(finder, text) == []
    assert places(finder, "In St. Martin wurde gewählt.") == [("St. Martin", "St. Martin")]


def test_a_region_spelt_as_a_peoples_plural_after_its_article_is_the_people(finder):
    assert places(finder, "Die Bayern gewannen gegen die Hessen.") == []


def test_a_building_the_registry_names_in_the_genitive_is_no_persons_genitive(toolkit):
    text = "Die Bilder zeigen eine Explosion über der Kuppel des Senatspalasts. Putins Berater schwieg."
    found = [(f.text, f.label) for f in toolkit.names(text, "de")]
    assert ("Senatspalasts", "PERSON") not in found
    assert ("Putins", "PERSON") in found


def test_a_name_right_after_st_is_never_a_person(finder):
    text = "Sie leitete den Kindergarten von St. Severin. Das kommt in St. Severin nicht vor. Peter Severin kam."
    assert [(f.text, f.label) for f in finder(text, "de") if f.label == "PERSON"] == [("Peter Severin", "PERSON")]
