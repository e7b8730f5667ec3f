"""German places the capitalisation recogniser reads (``names.NameFinder``): one behaviour each.

Short self-written lines; the scores on real articles are ``python -m bench.eval names``.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def places(finder, text):
    return [f.text for f in finder(text, "de") if f.label in ("GPE", "LOC")]


def test_a_web_address_in_lower_case_does_not_make_a_place_a_common_word(finder):
    text = "Wer Ruhe sucht, ist in Ischgl richtig. Infos unter www.ischgl.com/sommer oder info@ischgl.at."
    assert places(finder, text) == ["Ischgl"]


def test_the_word_in_lower_case_in_running_text_still_counts(finder):
    # the same town name written as a plain lower-case word is read as a common word, as before
    assert places(finder, "Wer Ruhe sucht, ist in Ischgl richtig. Das ischgl ist hier ein Wort.") == []


def test_a_word_before_a_month_is_a_time_not_a_district(finder):
    assert places(finder, "Die Saison endet meist Mitte September und reicht von Mitte Juni an.") == []


def test_the_district_elsewhere_stays_a_place(finder):
    assert places(finder, "Die Party in Mitte war laut.") == ["Mitte"]


def test_a_place_spelt_like_an_inflected_noun_is_the_noun(finder):
    assert places(finder, "Damals lagen ihnen die Menschen zu Füßen. Sie haben einen fixen Namen.") == []


def test_a_place_spelt_like_an_inflected_noun_after_in_or_nach_is_the_place(finder):
    assert places(finder, "Er wohnt in Weiden und fährt nach Löwen.") == ["Weiden", "Löwen"]


def test_the_genitive_of_a_place_is_the_place(finder):
    assert places(finder, "Die Altstadt Stockholms lockt mit bunten Häusern.") == ["Stockholms"]


def test_a_place_before_a_given_name_spelt_like_a_month_stays_a_place(finder):
    assert places(finder, "Das sagte der Archivar in Hamburg Jan Jirák.") == ["Hamburg"]


def test_a_short_country_name_in_the_genitive_is_the_country(finder):
    # "Großbritannien" is a short form CLDR does not give (COUNTRY_SHORT): its genitive is undone too
    assert places(finder, "Das Holz ging in die Werften Großbritanniens.") == ["Großbritanniens"]


def test_a_city_opening_a_body_s_name_after_an_article_is_no_noun(finder):
    # "die Dubai Electricity ...": the article is the body's, so "Dubai" alone elsewhere stays the city
    text = "Die Firma baut in Dubai ein Kraftwerk. Betreiber ist die Dubai Electricity and Water Authority."
    assert places(finder, text)[:1] == ["Dubai"]


def test_a_word_after_an_article_before_another_name_is_still_a_noun_when_no_city(finder):
    # "die Hauptstadt Madrid": GeoNames has a region "Hauptstadt", no city: the noun stays a noun
    assert places(finder, "Er besuchte die Hauptstadt Madrid. Die Hauptstadt ist groß.") == ["Madrid"]


def test_a_town_first_in_a_sentence_that_no_dictionary_lists_is_the_town(finder):
    text = "Die Nordlichter sind schön. Kiruna und andere Orte im Norden sind Reiseziele."
    assert places(finder, text) == ["Kiruna"]


def test_a_town_first_in_a_sentence_spelt_like_a_word_is_the_word(finder):
    assert places(finder, "Die Bäume sind alt. Weiden wachsen am Ufer.") == []


def test_a_region_the_language_names_after_an_article_is_a_place(finder):
    # PLACE_NAMES: no gazetteer lists "Uckermark"; after "der" it is no noun
    assert places(finder, "Das Haus steht in der Uckermark.") == ["Uckermark"]


def test_a_feature_spelt_like_an_inflected_noun_is_the_feature(finder):
    # "Alpen" is also the plural of "Alp": the language's own name of the mountains wins
    assert places(finder, "Das Holz wurde in den Alpen geschlagen.") == ["Alpen"]


def test_a_declined_feature_is_the_feature(finder):
    assert places(finder, "Das Klima steht unter dem Einfluss des Atlantiks.") == ["Atlantiks"]


def test_a_language_s_region_names_are_that_language_s_only(toolkit):
    gazetteer = toolkit.gazetteer
    assert gazetteer.place_form("Atlantik", "de") is not None
    assert gazetteer.place_form("Atlantik", "es") is None


def test_a_noun_that_is_only_another_name_of_a_town_is_the_noun(finder):
    # GeoNames gives "Name" as another name of Namur and "Tour" of Tours: German nouns here
    assert places(finder, "Sein Name ist bekannt. Er ist auf Tour.") == []


def test_a_noun_named_town_after_a_preposition_of_going_stays_the_town(finder):
    assert places(finder, "Er reiste nach Tour.") == ["Tour"]


def test_another_name_of_a_town_that_is_no_noun_stays_the_town(finder):
    assert places(finder, "Genf ist schön, Lüttich auch.") == ["Genf", "Lüttich"]


def test_a_town_abroad_spelt_like_a_common_word_is_the_word(finder):
    # Corona (US), Roman (RO), Union (US): towns GeoNames holds, but here the words
    assert places(finder, "Wegen Corona fiel das Fest aus. Ihr neuer Roman lobt die Union.") == []


def test_a_town_abroad_spelt_like_a_word_after_a_preposition_stays_the_town(finder):
    assert places(finder, "Sie zog nach Corona und lebt heute in Roman.") == ["Corona", "Roman"]


def test_a_town_abroad_the_dictionary_lists_as_no_common_word_stays_the_town(finder):
    # "Mora" (a Swedish town) has no plural and no English or lower-case sense
    assert places(finder, "Auch die Städte Falun und Mora sind schön.") == ["Falun", "Mora"]


def test_a_common_german_name_of_a_country_cldr_names_otherwise_is_the_country(finder):
    # CLDR's German name of Belarus is "Belarus": "Weißrussland" is the everyday one (COUNTRY_SHORT)
    assert places(finder, "Er war Erzbischof von Polotsk (Weißrussland).") == ["Polotsk", "Weißrussland"]


# A cue a German reader uses for any town, one case a behaviour: (the text, the places read in it).
CUED = {
    # Bockenem is a town under 15,000 people: the gazetteer holds it, but only as evidence
    "postal code": ("Am Abend kam es in der Nordstraße in 31167 Bockenem zu einem Einbruch.", ["Bockenem"]),
    "figure before a noun": ("Es kamen 12000 Besucher und 50000 Menschen.", []),
    "police by its seat": (
        "Die Polizei Bad Salzdetfurth ermittelt. Die Polizeiinspektion Hildesheim bittet um Hinweise.",
        ["Bad Salzdetfurth", "Hildesheim"],
    ),
    "noun after the police": ("Deshalb bittet die Polizei Zeugen, sich zu melden.", []),
    "direction, the noun left out": ("Dort Richtung Pians fahren. Dann ging es Richtung Innenstadt.", ["Pians"]),
    "small home town after aus, nach": ("Er kommt aus Bockenem und fährt nach Landeck.", ["Bockenem", "Landeck"]),
    "small home town after bis": ("Mit dem Zug geht es bis Landeck, dann bis Ende des Jahres.", ["Landeck"]),
    "village bei a known town": ("Eine Floristin aus Staffelde bei Kremmen hat eine Idee.", ["Staffelde", "Kremmen"]),
    "zwischen, one name known": (
        "Die Trails liegen zwischen Landeck und Samnaun. Auch zwischen Samnaun und Innsbruck.",
        ["Landeck", "Samnaun", "Samnaun", "Innsbruck"],
    ),
    "zwischen two words": ("Er pendelt zwischen Arbeit und Familie.", []),
    "district in parentheses": (
        "Bockenem (Landkreis Hildesheim) ist klein.",
        ["Bockenem", "Landkreis Hildesheim"],
    ),
    "und beside a known place": ("Kiruna und Abisko sind Reiseziele.", ["Kiruna", "Abisko"]),
    # neither village is in the gazetteer: "in Ischgl" placed the first, and "zwischen" pairs the second with it
    "beside a place placed before": (
        "Wer Ruhe sucht, ist in Ischgl richtig. Die Trails liegen zwischen Ischgl und Samnaun.",
        ["Ischgl", "Ischgl", "Samnaun"],
    ),
    "family name beside a place": ("Berlin und Müller stritten.", ["Berlin"]),
    "town abroad after nach": ("Er reiste nach Obama.", ["Obama"]),
    "city-word compound": ("Der Berlin-Marathon war schön.", []),
    # "Erden" is also a plural noun: the dateline and "in Erden" agree that here it is the village
    "dateline and in": (
        "ERDEN. Wie berichtet, wurden die Defekte in Erden nicht durch Sabotage ausgelöst.",
        ["ERDEN", "Erden"],
    ),
    "capitals no cue confirms": ("WICHTIG. Die Erden sind braun.", []),
    # GeoNames ranks the Belgian Halle first (34,000 people under its own name): a German text means a German Halle,
    # so the word is no foreign town spelt like the noun "Halle"
    "home town before one abroad": ("Gestern wuchsen Halle und Leipzig.", ["Halle", "Leipzig"]),
}


@pytest.mark.parametrize("case", CUED)
def test_a_cue_a_reader_uses_for_any_town(finder, case):
    text, expected = CUED[case]
    assert places(finder, text) == expected


def test_the_genitive_of_a_family_name_is_the_person_not_a_town_abroad(finder):
    # GeoNames reads "Obamas" as the Japanese town Obama with its case ending undone
    found = [(f.label, f.name) for f in finder("Obamas Wahlkampf war erfolgreich.", "de")]
    assert found == [("PERSON", "Obama")]


def test_a_city_and_a_name_joined_by_a_hyphen_are_the_district(finder):
    found = [(f.text, f.name) for f in finder("Ewald Ferlemann aus Dortmund-Dorstfeld sammelt Müll.", "de")]
    assert ("Dortmund-Dorstfeld", "Dorstfeld") in found


def test_a_name_beside_a_given_name_that_is_also_a_town_is_no_place(finder):
    # Mary is a city in Turkmenistan, and a given name: the stage names of two performers
    assert "Gordy" not in places(finder, "Früher traten die beiden noch als Mary und Gordy auf.")


def test_a_places_genitive_before_a_role_and_a_name_is_the_place_and_the_person(finder):
    found = [(f.text, f.label) for f in finder("Am Mittwoch sagte Russlands Präsident Wladimir Putin nichts.", "de")]
    assert found == [("Russlands", "GPE"), ("Wladimir Putin", "PERSON")]
    found = [(f.text, f.label) for f in finder("Gestern verbot Moskaus Bürgermeister Sergej Sobjanin alles.", "de")]
    assert found == [("Moskaus", "GPE"), ("Sergej Sobjanin", "PERSON")]


def test_the_genitive_of_a_big_citys_own_name_is_the_city_not_a_noun(finder):
    assert places(finder, "Die Straßen Warschaus waren am Abend leer.") == ["Warschaus"]


def test_a_country_spelt_like_a_people_s_plural_is_the_country_without_an_article(finder):
    # "Ungarn" is also the plural of "Ungar": with no article before it, the country
    assert places(finder, "Der Streit betrifft Länder wie Ungarn und Kroatien.") == ["Ungarn", "Kroatien"]
    assert places(finder, "Die Ungarn jubelten lange.") == []


def test_a_plural_country_declined_after_its_article_is_the_country(finder):
    assert places(finder, "Sie zog mit ihrer Familie zu den Niederlanden hin.") == ["Niederlanden"]


def test_the_first_part_of_a_compound_cut_at_its_hyphen_is_no_place(finder):
    # "Marken" is the German name of an Italian region; "Marken-" shares the end of the next compound
    assert places(finder, "Er kennt sich mit Patent-, Marken- und Urheberrecht aus.") == []


def test_a_town_abroad_spelt_like_a_given_name_is_the_person_without_a_place_cue(finder):
    # "Harper" (Liberia) and "Mary" (Turkmenistan) are towns no one knows abroad; a word of place keeps the town
    assert places(finder, "Im Gespräch erzählt Harper von ihrer Kindheit, Mary lacht dazu.") == []
    assert places(finder, "Die Reise ging weiter nach Mary in Turkmenistan.") == ["Mary", "Turkmenistan"]


def test_holland_is_the_netherlands(finder, toolkit):
    # the short name German uses for the country (``COUNTRY_SHORT``), not the town in Michigan
    assert toolkit.gazetteer.place_form("Holland", "de")[1].country_code == "NL"
    assert places(finder, "Der Käse kommt aus Holland.") == ["Holland"]
