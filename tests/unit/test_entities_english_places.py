"""English places the model labels a person or an organisation, found by the frame around them (round s25): a
compass point's part of a known place ("West Africa"), a city after "from" or "atop" labelled a person, an unknown
name where something happened ("in Roxbury Wednesday night")."""

from __future__ import annotations

import pytest

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.entities import recovery
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.geo import Gazetteer
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def _labels(text: str, spans: list[tuple[str, str]], gazetteer: Gazetteer | None) -> list[str]:
    return [e.label for e in correct([_at(text, s, lab) for s, lab in spans], text, "en", gazetteer)]


# --- a compass point's part of a known place --------------------------------------------------------------------


def test_a_compass_point_and_a_known_place_is_a_place(toolkit):
    text = "The dish defines the cooking of West Africa and of Southern California."
    spans = [("West Africa", "PERSON"), ("Southern California", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["LOC", "LOC"]


def test_a_model_place_of_a_compass_point_is_no_person(toolkit):
    text = "Spice levels in West Africa are high."
    assert _labels(text, [("West Africa", "GPE")], toolkit.gazetteer) == ["GPE"]


def test_a_compass_word_before_a_common_word_or_a_person_stays(toolkit):
    text = "Western Union and Southern Company said Kanye West and North West flew in."
    spans = [("Western Union", "ORG"), ("Southern Company", "ORG"), ("Kanye West", "PERSON"), ("North West", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == ["ORG", "ORG", "PERSON", "PERSON"]


# --- a city after "from" labelled a person ----------------------------------------------------------------------


def test_a_city_after_from_labelled_a_person_is_a_place(toolkit):
    text = "The man from Keene was held."
    assert _labels(text, [("Keene", "PERSON")], toolkit.gazetteer) == ["GPE"]


def test_a_family_name_or_an_organisation_after_from_stays(toolkit):
    text = "A gift from Obama came with parts from Toyota."
    assert _labels(text, [("Obama", "PERSON"), ("Toyota", "ORG")], toolkit.gazetteer) == ["PERSON", "ORG"]


def test_a_city_after_from_that_is_a_persons_surname_stays_a_person(toolkit):
    text = "Mike Keene wrote; a letter from Keene came."
    spans = [("Mike Keene", "PERSON"), ("Keene", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == ["PERSON", "PERSON"]


# --- an unknown name where something happened -------------------------------------------------------------------


def test_an_unknown_name_after_in_and_before_a_time_is_a_place(toolkit):
    text = "Two were stabbed in an attack in Roxbury Wednesday night. Flooding hit near Wallkill on Monday."
    spans = [("Roxbury", "ORG"), ("Wallkill", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["GPE", "GPE"]


def test_no_place_in_a_company_frame_a_body_or_without_a_time(toolkit):
    text = (
        "The fund took a stake in Tesla on Monday. The vote in Congress Tuesday failed. "
        "She works in Acme Holdings today. He stays in Roxbury."
    )
    spans = [("Tesla", "ORG"), ("Congress", "ORG"), ("Acme Holdings", "ORG"), ("Roxbury", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["ORG", "ORG", "ORG", "ORG"]


def test_place_frames_are_linear_on_hostile_text(toolkit):
    found = [RawEntity("West Africa", "PERSON", 3, 14), RawEntity("Keene", "PERSON", 30, 35)]
    ratio = growth_ratio(
        lambda k: "in West Africa Wednesday from Keene " * k,
        lambda text: correct(found, text, "en", toolkit.gazetteer),
        500,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text (linear is about 10)"


# --- a known place before a civic noun ----------------------------------------------------------------------------


def test_a_known_place_before_police_or_based_is_a_place(toolkit):
    text = "Hayward police arrested him. A Gilroy-based firm hired Nashua residents."
    found = [_at(text, "Nashua", "PERSON")]
    out = recovery._civic_places(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Hayward", "GPE"), ("Gilroy", "GPE"), ("Nashua", "GPE")]


def test_no_civic_place_for_a_word_an_organisation_or_a_longer_name(toolkit):
    text = "State police came. Toyota officials spoke. Ted Gilroy police chief. The New York Times-based app."
    found = [_at(text, "Toyota", "ORG"), _at(text, "Ted Gilroy", "PERSON"), _at(text, "The New York Times", "ORG")]
    out = recovery._civic_places(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [(e.text, e.label) for e in found]


@pytest.mark.parametrize(
    ("make", "n"),
    [
        (lambda k: "Boston police " * k, 2_000),
        (lambda k: "A" * (10 * k) + " police", 2_000),
        (lambda k: "Xy Zy " * k + "police", 3_000),
    ],
    ids=["places-before-police", "one-long-word", "capitalised-run"],
)
def test_civic_places_are_linear_on_hostile_text(toolkit, make, n):
    ratio = growth_ratio(make, lambda text: recovery._civic_places([], text, "en", toolkit.gazetteer), n)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text (linear is about 10)"


# --- a known place listed right after a place -------------------------------------------------------------------


def test_a_known_place_listed_after_a_place_the_model_found_is_a_place(toolkit):
    text = "Storms hit Kent and Dorset, then Essex."
    found = [_at(text, "Kent", "GPE")]
    out = recovery._cued_places(text, found, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Dorset", "GPE")]


def test_no_listed_place_after_a_person_or_far_from_the_place(toolkit):
    text = "Ann Kent and Dorset met. Kent's farmers said Dorset was wet."
    found = [_at(text, "Ann Kent", "PERSON"), RawEntity("Kent", "GPE", text.index("Kent's"), text.index("Kent's") + 4)]
    assert recovery._cued_places(text, found, "en", toolkit.gazetteer) == []


def test_a_known_place_the_model_missed_after_a_word_of_movement_is_a_place(toolkit):
    text = "The convoy drove from Kharkiv to Erbil via Entebbe."
    out = recovery._cued_places(text, [], "en", toolkit.gazetteer)
    assert [e.text for e in out] == ["Kharkiv", "Erbil", "Entebbe"]


def test_no_place_after_a_word_of_movement_for_a_small_town_or_a_word(toolkit):
    text = "He turned to Reading, then to Gilroyville and from Monday to Yreka."  # Yreka: a town of 7,600
    assert recovery._cued_places(text, [], "en", toolkit.gazetteer) == []


# --- places the gazetteer knows under another spelling or only from the English table ---------------------------


def test_a_place_written_with_macrons_or_an_okina_is_the_gazetteers(toolkit):
    gazetteer = toolkit.gazetteer
    for written, name in (("Ōtāhuhu", "Otahuhu"), ("Whangārei", "Whangarei"), ("Hawaiʻi", "Hawaii")):
        found = gazetteer.place_form(written, "en")
        assert found is not None and found[1].name == name
    assert gazetteer.lookup("Māngere").country_code == "NZ"
    text = "A man from Māngere was held in Ōtāhuhu on Monday."
    assert _labels(text, [("Māngere", "PERSON"), ("Ōtāhuhu", "ORG")], gazetteer) == ["GPE", "GPE"]


def test_english_regions_features_and_former_states_are_places(toolkit):
    gazetteer = toolkit.gazetteer
    for name in ("Wales", "Sicily", "Yorkshire", "Soviet Union", "Middle East", "Alps"):
        assert gazetteer.place_form(name, "en") is not None, name
    assert gazetteer.place_form("Wales", "de") is None  # the English table's names are places in English articles


def test_a_place_inside_a_date_the_model_labelled_is_found(toolkit):
    text = "Since 1989 it saw the beginning of the end for the Soviet Union, and the Monday after."
    end_of = _at(text, "the beginning of the end for the Soviet Union", "DATE")
    spans = [_at(text, "1989", "DATE"), end_of, _at(text, "the Monday after", "DATE")]
    found = recovery._places_in_amounts(spans, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [
        ("1989", "DATE"),
        ("Soviet Union", "GPE"),
        ("the Monday after", "DATE"),
    ]
    assert text[found[1].start : found[1].end] == "Soviet Union"


def test_a_two_word_place_labelled_a_person_is_not_kept_a_person_by_its_own_surname(toolkit):
    text = "The fire started in the city of Santa Rosa. Police near San Marcos said so."
    spans = [("Santa Rosa", "PERSON"), ("San Marcos", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == ["GPE", "GPE"]
    text = "Ana Marcos spoke. Police near San Marcos said so."  # another person holds the word: no evidence of a place
    assert _labels(text, [("Ana Marcos", "PERSON"), ("San Marcos", "PERSON")], toolkit.gazetteer) == [
        "PERSON",
        "PERSON",
    ]


@pytest.mark.parametrize(
    ("text", "spans", "labels"),
    [
        # a country or region is no company after a descriptor and a comma; a company after one is
        (
            "Squeezed by its neighbour and solar giant, South Korea is seeing demand. Shares of budget airline Ryanair fell.",
            [("South Korea", "GPE"), ("Ryanair", "GPE")],
            ["GPE", "ORG"],
        ),
        # a region listed after a place is a place; with no place before it, the organisation stays
        ("They attacked a position in Sarkh, Logar, on Monday.", [("Sarkh", "GPE"), ("Logar", "ORG")], ["GPE", "GPE"]),
        ("The deal with Acme, Logar said.", [("Acme", "ORG"), ("Logar", "ORG")], ["ORG", "ORG"]),
    ],
)
def test_a_country_or_region_in_a_company_frame_or_a_list(toolkit, text, spans, labels):
    assert _labels(text, spans, toolkit.gazetteer) == labels


def test_a_country_the_model_missed_needs_no_cue_but_a_given_name_does(toolkit):
    text = "Three teams qualified. Croatia secured its spot. Jordan scored twice."
    out = recovery._cued_places(text, [], "en", toolkit.gazetteer)
    assert [e.text for e in out] == ["Croatia"]


def test_a_name_closed_or_opened_by_a_feature_word_is_a_place(toolkit):
    text = "Tourists flocked to Iguazu Falls, the Permian Basin and Cape Canaveral."
    spans = [("Iguazu Falls", "PERSON"), ("Permian Basin", "ORG"), ("Cape Canaveral", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == ["LOC", "LOC", "LOC"]


def test_a_region_of_the_english_table_is_a_place_without_a_cue(toolkit):
    text = "Crimea was annexed in 2014. Sicily is warm."
    assert _labels(text, [("Crimea", "ORG")], toolkit.gazetteer) == ["GPE"]
    assert [e.text for e in recovery._cued_places(text, [_at(text, "Crimea", "ORG")], "en", toolkit.gazetteer)] == [
        "Sicily"
    ]
    text = "The Balkans reported it."  # a title the model read with it: the organisation stays
    assert _labels(text, [("The Balkans", "ORG")], toolkit.gazetteer) == ["ORG"]


def test_a_region_of_the_english_table_spelt_like_a_word_is_still_the_place(toolkit):
    text = "The squad flew home. Wales beat Scotland on Saturday."  # "wales": the plural of "wale", a dictionary word
    assert [e.text for e in recovery._cued_places(text, [], "en", toolkit.gazetteer)] == ["Wales"]
    text = "The squad flew home. Reading beat Leeds."  # a word of the language and no table's region: no place
    assert [e.text for e in recovery._cued_places(text, [], "en", toolkit.gazetteer)] == []


# --- wire copy's frames of a place: an office holder or residents "of" it, a feature noun after it (round s32) ----


def test_a_city_after_its_governor_or_its_residents_is_a_place(toolkit):
    text = "The governor of Belgorod said residents of Odintsovo heard blasts."
    spans = [("Belgorod", "ORG"), ("Odintsovo", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["GPE", "GPE"]


def test_a_name_before_a_lower_case_feature_noun_is_that_feature(toolkit):
    text = "A fuel depot on the Taman peninsula burned near the Kerch strait."
    found = correct([_at(text, "Taman", "ORG"), _at(text, "Kerch", "GPE")], text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("Taman peninsula", "LOC"), ("Kerch strait", "LOC")]
    text = "Peskov visited Odesa and left."  # no feature noun after the name
    assert _labels(text, [("Odesa", "GPE")], toolkit.gazetteer) == ["GPE"]


# --- round s35: a word of where after the cue, one sense per article, refugee camps --------------------------------


def test_a_word_of_where_between_the_cue_and_a_known_city_keeps_the_cue(toolkit):
    text = "He spoke in nearby Hialeah. Blasts shook homes in central Kharkiv and a depot near northern Sumy."
    spans = [("Hialeah", "ORG"), ("Kharkiv", "ORG"), ("Sumy", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["GPE", "GPE", "GPE"]


def test_a_word_of_where_alone_is_no_cue(toolkit):
    text = "Nearby Toyota said so. Central Bank officials met."
    assert _labels(text, [("Toyota", "ORG"), ("Central Bank", "ORG")], toolkit.gazetteer) == ["ORG", "ORG"]


def test_a_name_made_a_place_on_evidence_is_a_place_in_its_other_mentions(toolkit):
    text = "A reporter in the town of Saraqeb said troops moved in. Saraqeb has changed hands twice; Saraqeb Radio said so."
    spans = [("Saraqeb", "ORG"), ("Saraqeb", "ORG"), ("Saraqeb Radio", "ORG")]
    starts = [text.index("Saraqeb"), text.index("Saraqeb has"), text.index("Saraqeb Radio")]
    found = [RawEntity(s, lab, a, a + len(s)) for (s, lab), a in zip(spans, starts, strict=True)]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["GPE", "GPE", "ORG"]


def test_an_organisation_with_no_place_evidence_stays_one_in_every_mention(toolkit):
    text = "Toyota said sales rose. Toyota will build a plant."
    spans = [("Toyota", "ORG"), ("Toyota", "ORG")]
    starts = [0, text.index("Toyota will")]
    found = [RawEntity(s, lab, a, a + len(s)) for (s, lab), a in zip(spans, starts, strict=True)]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["ORG", "ORG"]


def test_a_refugee_camp_is_a_place_a_political_camp_is_not(toolkit):
    text = "Shells fell on Al-Maghazi refugee camp overnight. The Trump camp said nothing."
    assert _labels(text, [("Al-Maghazi", "ORG"), ("Trump", "ORG")], toolkit.gazetteer) == ["GPE", "ORG"]


# --- round s36 (MEANTIME's Wikinews development articles) -----------------------------------------------------------


def test_a_state_or_region_noun_before_a_name_keeps_it_a_place_before_a_speech_verb(toolkit):
    text = "The premier of the Austrian state of Upper Austria-Salzburg remarked that the vote was close."
    assert _labels(text, [("Upper Austria-Salzburg", "GPE")], toolkit.gazetteer) == ["GPE"]
    person = "Kate York remarked that the vote was close."
    assert _labels(person, [("Kate York", "GPE")], toolkit.gazetteer) == ["PERSON"]


def test_a_bare_ocean_is_a_place_only_after_a_lower_case_the():
    from wirestream.services.enrich.entities.name_words import ocean

    for text in ("Rain in the equatorial Pacific rose.", "Sales in Asia and the Pacific fell.", "across the Atlantic"):
        name = "Pacific" if "Pacific" in text else "Atlantic"
        assert ocean(name, text, text.index(name), "en"), text
    for text in ("She wrote in The Atlantic that it failed.", "Pacific shares fell.", "the Pacific"):
        name = "Atlantic" if "Atlantic" in text else "Pacific"
        assert ocean(name, text, text.index(name), "en") == (text == "the Pacific"), text
    assert not ocean("Pacific", "the Pacific", 4, "de")


def test_an_ocean_the_model_calls_an_organisation_is_a_place(toolkit):
    text = "Warm water in the equatorial Pacific drove the storms."
    assert _labels(text, [("Pacific", "ORG")], toolkit.gazetteer) == ["LOC"]


def test_a_place_around_a_registered_place_is_another_place(toolkit):
    from wirestream.services.enrich.entities.grouping import merge

    text = "Sales grew in Latin America and in the United States."
    matches = toolkit.registry.find(text)
    assert [m.text for m in matches] == ["America", "the United States"]
    model = [_at(text, "Latin America", "LOC"), _at(text, "United States", "GPE")]
    got = sorted((e.text, e.id) for e in merge(model, matches))
    assert got == [("Latin America", None), ("the United States", "place/united-states")]


def test_a_country_code_before_a_dollar_sign_is_a_currency_not_the_country():
    from wirestream.services.enrich.entities.logic import _currency_prefix

    text = "It cost US$ 4 billion, or US $4 billion, or NZ$5; the US paid and U.S. troops left."
    spans = [("US", text.index("US$")), ("US", text.index("US $")), ("NZ", text.index("NZ$"))]
    assert all(_currency_prefix(RawEntity(s, "GPE", i, i + len(s)), text) for s, i in spans)
    us = text.index("the US") + 4
    assert not _currency_prefix(RawEntity("US", "GPE", us, us + 2), text)
    assert not _currency_prefix(RawEntity("US", "ORG", 8, 10), text)


def test_plural_regions_are_places(toolkit):
    for name in ("Carolinas", "Dakotas", "West Indies"):
        assert toolkit.gazetteer.place_form(name, "en") is not None, name
