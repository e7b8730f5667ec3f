"""English names the model misses or mislabels, found again by rules with evidence in the text (round s24b):
a name listed with people, a Korean given name cut at its hyphen, a dateline's place in capitals, a plain
given name and surname the model did not read."""

from __future__ import annotations

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.entities import correction, frames, recovery
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


# --- an "organisation" listed with people -------------------------------------------------------


def test_an_organisation_listed_with_people_is_a_person(toolkit):
    text = "Jonathan Huberdeau, Colton Sceviour and Mike Hoffman also scored."
    found = [
        _at(text, "Jonathan Huberdeau", "PERSON"),
        _at(text, "Colton Sceviour", "ORG"),
        _at(text, "Mike Hoffman", "PERSON"),
    ]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PERSON"] * 3


def test_a_company_listed_with_a_person_stays_an_organisation(toolkit):
    text = "Warren Buffett and Berkshire Holdings bought shares."  # a company ending
    found = [_at(text, "Warren Buffett", "PERSON"), _at(text, "Berkshire Holdings", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PERSON", "ORG"]
    text = "Tim Cook and Apple Music signed the deal."  # a word of the language
    found = [_at(text, "Tim Cook", "PERSON"), _at(text, "Apple Music", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PERSON", "ORG"]


def test_an_organisation_far_from_people_stays_one(toolkit):
    # (a first word that is no given name: "Boone Jenner" would be a person by its shape, test_entities_english_pairs)
    text = "Mike Hoffman said on Monday that Keetan Munsell would sign."
    found = [_at(text, "Mike Hoffman", "PERSON"), _at(text, "Keetan Munsell", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PERSON", "ORG"]


# --- a given name cut at its hyphen -------------------------------------------------------------


def test_a_korean_given_name_cut_at_its_hyphen_is_whole(toolkit):
    text = "The project was announced by president Moon Jae-in a year ago."
    found = correct([_at(text, "Moon Jae", "PERSON")], text, "en", toolkit.gazetteer)
    assert [e.text for e in found] == ["Moon Jae-in"]


def test_a_hyphenated_compound_after_a_name_is_not_part_of_it(toolkit):
    for text, span in (
        ("The Kim Lee-led coalition won.", "Kim Lee"),  # "-led": a compound
        ("Supporters of Joe Biden-era rules met.", "Joe Biden"),  # a long last word: no syllable
        ("Then Ahn Jae-wooks left.", "Ahn Jae"),  # five letters: no given name's syllable
        ("He met Lee-in Park.", "Park"),  # one word: nothing to extend
    ):
        found = correct([_at(text, span, "PERSON")], text, "en", toolkit.gazetteer)
        assert [e.text for e in found] == [span], text


# --- a dateline's place ---------------------------------------------------------------------------


def test_a_datelines_place_in_capitals_is_a_place(toolkit):
    text = "HONOLULU, Hawaii (HawaiiNewsNow) - Scientists using a telescope confirmed it.\nMore later."
    out = recovery._datelines([_at(text, "HONOLULU", "ORG")], text, "en", toolkit.gazetteer)
    assert [(e.text, e.label, e.name) for e in out] == [("HONOLULU", "GPE", "Honolulu")]
    text = "Headline here\nSANTA FE (AP) — The governor signed the bill."
    out = recovery._datelines([], text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("SANTA FE", "GPE")]


def test_capitals_that_are_no_dateline_or_no_place_are_left_alone(toolkit):
    text = "CLICK FOR FULL RESULTS - the meet ended.\nUPDATE, 5pm: more."  # no place
    assert recovery._datelines([], text, "en", toolkit.gazetteer) == []
    text = "The team met in BOSTON, then left."  # not opening a line
    assert recovery._datelines([], text, "en", toolkit.gazetteer) == []
    text = "BOSTON, Mass. - It rained."
    # another model's language reads a wire dateline too (round s39: "PARIS (AFP) -"), not its English state
    assert [(e.text, e.label) for e in recovery._datelines([], text, "fr", toolkit.gazetteer)] == [("BOSTON", "GPE")]
    assert recovery._datelines([], "VIDÉO - Les images.\nEN DIRECT, la séance.", "fr", toolkit.gazetteer) == []
    found = [_at(text, "BOSTON, Mass", "ORG")]  # a name the model found across it stays as it is
    assert recovery._datelines(found, text, "en", toolkit.gazetteer) == found


def test_datelines_are_linear_on_hostile_text(toolkit):
    ratio = growth_ratio(
        lambda k: ("BOSTON" * k + "\n") * 5 + "A" * (5 * k),  # five endless lines of capitals, then one more
        lambda text: recovery._datelines([], text, "en", toolkit.gazetteer),
        2_000,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the lines' length (linear is about 10)"


# --- a given name and a surname the model missed ---------------------------------------------------


def test_a_given_name_and_surname_the_model_missed_is_a_person(toolkit):
    text = "Wild 4, Sabres 1: Zach Parise scored twice and Nino Niederreiter had a goal."
    found = recovery._unfound_people(text, [], "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("Zach Parise", "PERSON"), ("Nino Niederreiter", "PERSON")]


def test_no_person_without_a_given_name_or_with_a_place_or_a_word(toolkit):
    for text in (
        "Parise Zach scored twice.",  # no given name first
        "Visitors reached Santa Clara early.",  # a place
        "They walked by Jordan Valley homes.",  # a word of the language
        "The New York Peyton Manning fans came.",  # the end of a longer capitalised run
        "Mark Smith Jones came.",  # three words: no plain pair
        "Jordan Holdings rose.",  # a company ending
    ):
        assert recovery._unfound_people(text, [], "en", toolkit.gazetteer) == [], text
    text = "Zach Parise scored."  # a name the model found already, and other languages
    assert recovery._unfound_people(text, [_at(text, "Zach Parise", "ORG")], "en", toolkit.gazetteer) == []
    assert recovery._unfound_people(text, [], "de", toolkit.gazetteer) == []


def test_unfound_people_reading_is_linear_on_hostile_text(toolkit):
    ratio = growth_ratio(
        lambda k: "Zach Parise " * k + "Zach" * (5 * k // 2),
        lambda text: recovery._unfound_people(text, [], "en", toolkit.gazetteer),
        2_000,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the pairs (linear is about 10)"


# --- a state's name and an area's name --------------------------------------------------------------


def test_a_state_named_after_a_region_or_city_outside_the_us_is_a_place(toolkit):
    text = "They protested the outcome of the Osun State governorship election and the Lagos State vote."
    found = [_at(text, "Osun State", "ORG"), _at(text, "Lagos State", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["GPE", "GPE"]


def test_a_us_state_and_state_is_a_university(toolkit):
    text = "Ohio State beat Michigan State on Saturday."
    found = [_at(text, "Ohio State", "ORG"), _at(text, "Michigan State", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["ORG", "ORG"]


def test_an_unknown_name_before_area_after_in_the_or_a_places_possessive_is_a_place(toolkit):
    text = "A PV array planned in the Saemangeum area, and a mall in Delhi’s Saket area."
    found = recovery._area_places(text, [_at(text, "Delhi", "GPE")], "en")
    assert [(e.text, e.label) for e in found] == [("Saemangeum", "GPE"), ("Saket", "GPE")]


def test_no_area_place_without_its_cue(toolkit):
    for text, found in (
        ("A PV array planned in the Bay area.", []),  # a word of the language
        ("Trump’s Saket area was busy.", []),  # no place's possessive
        ("The Saemangeum area grew.", []),  # no place cue before "the"
        ("A mall in the Saket district.", [RawEntity("Saket", "ORG", 16, 21)]),  # the model's name stays
    ):
        assert recovery._area_places(text, found, "en") == [], text
    assert recovery._area_places("A mall in the Saket area.", [], "fr") == []


# --- two countries joined by a hyphen, a given name the model left out --------------------------------


def test_two_countries_joined_by_a_hyphen_are_two_places(toolkit):
    text = "He studies U.S.-Canada trade and India–Pakistan talks."
    found = [_at(text, "U.S.-Canada", "ORG"), _at(text, "India–Pakistan", "NORP")]
    out = correct(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [
        ("U.S.", "GPE"),
        ("Canada", "GPE"),
        ("India", "GPE"),
        ("Pakistan", "GPE"),
    ]


def test_a_hyphened_name_that_is_no_two_countries_stays_whole(toolkit):
    for span in ("Mercedes-Benz", "Delhi-NCR", "Coca-Cola"):
        text = f"Shares of {span} rose."
        assert [e.text for e in correct([_at(text, span, "ORG")], text, "en", toolkit.gazetteer)] == [span]


def test_a_given_name_the_model_left_out_joins_the_name_after_it(toolkit):
    text = "Anders Nilsson made 35 saves for Ottawa."
    out = recovery._given_before([_at(text, "Nilsson", "ORG")], text, "en")
    assert [(e.text, e.label) for e in out] == [("Anders Nilsson", "PERSON")]


def test_no_given_name_before_a_name_without_the_evidence(toolkit):
    for text, span in (
        ("Will Nilsson play tonight?", "Nilsson"),  # "will": a word of the language
        ("The New York Anders Nilsson fan club met.", "Nilsson"),  # the end of a longer capitalised run
        ("Anders Nilsson made saves.", "Anders Nilsson"),  # two words already
        ("Anders NHL made saves.", "NHL"),  # an acronym
    ):
        found = [_at(text, span, "ORG")]
        assert recovery._given_before(found, text, "en") == found, text
    text = "Anders Nilsson made saves."
    assert recovery._given_before([_at(text, "Nilsson", "ORG")], text, "de")[0].text == "Nilsson"


def _nilssons(k: int) -> tuple[list[RawEntity], str]:
    return [RawEntity("Nilsson", "ORG", i, i + 7) for i in range(7, 15 * k, 15)], "Anders Nilsson " * k


def test_area_and_given_name_reading_is_linear_on_hostile_text(toolkit):
    ratio = growth_ratio(
        lambda k: "in the Saket area " * k + "Saket" * (5 * k) + " area",
        lambda text: recovery._area_places(text, [], "en"),
        1_000,
    )
    assert ratio <= MAX_GROWTH, f"_area_places: {ratio:.1f}x for 10x the text (linear is about 10)"
    ratio = growth_ratio(_nilssons, lambda a: recovery._given_before(a[0], a[1], "en"), 500)
    assert ratio <= MAX_GROWTH, f"_given_before: {ratio:.1f}x for 10x the names (linear is about 10)"
    ratio = growth_ratio(
        lambda k: "U.S.-" * k,
        lambda span: correction._country_pair(span, "ORG", "en", toolkit.gazetteer),
        5_000,
    )
    assert ratio <= MAX_GROWTH, f"_country_pair: {ratio:.1f}x for 10x the span (linear is about 10)"


# --- a surname at a speech verb, read as an organisation ----------------------------------------------------


def test_a_one_word_organisation_shaped_like_a_surname_at_a_speech_verb_is_a_person(toolkit):
    # a new cast's surname opening a sentence reads as an organisation to the small model
    text = "Volodin said the attack was terrorism. Later Volodin's aides met."
    found = [_at(text, "Volodin", "ORG"), _at(text, "Volodin's", "ORG")]
    got = frames._speaking_surnames(found, text, "en", toolkit.gazetteer)
    assert [e.label for e in got] == ["PERSON", "PERSON"]
    text = "Zakharova accused Washington of staging it."  # any of the quotes' speech verbs
    assert [e.label for e in frames._speaking_surnames([_at(text, "Zakharova", "ORG")], text, "en", None)] == ["PERSON"]


def test_no_surname_shape_no_speech_verb_or_a_known_place_stays_an_organisation(toolkit):
    for text, span in (
        ("Gazprom said supplies continued.", "Gazprom"),  # no surname's ending
        ("Volodin staff said supplies continued.", "Volodin"),  # no speech verb right after
        ("Berlin said it was watching.", "Berlin"),  # a place the gazetteer knows
    ):
        assert [
            e.label for e in frames._speaking_surnames([_at(text, span, "ORG")], text, "en", toolkit.gazetteer)
        ] == ["ORG"]


def test_a_surname_shaped_organisation_before_a_role_in_apposition_is_a_person(toolkit):
    text = "Medvedev, the deputy head of Russia's Security Council, called for revenge."
    assert [e.label for e in frames._speaking_surnames([_at(text, "Medvedev", "ORG")], text, "en", None)] == ["PERSON"]
    text = "Danilov, Ukraine's security council secretary, denied it."
    assert [e.label for e in frames._speaking_surnames([_at(text, "Danilov", "ORG")], text, "en", None)] == ["PERSON"]


def test_a_surname_shaped_organisation_joined_to_a_person_is_a_person(toolkit):
    text = "Sergei Shoigu and Gerasimov met on Wednesday."
    found = [_at(text, "Sergei Shoigu", "PERSON"), _at(text, "Gerasimov", "ORG")]
    assert [e.label for e in frames._speaking_surnames(found, text, "en", None)] == ["PERSON", "PERSON"]


def test_an_apposition_without_a_role_or_a_join_without_a_person_keeps_the_organisation(toolkit):
    for text, found in (
        ("Rostelecom, the largest provider, said nothing new.", [("Rostelecom", "ORG")]),
        ("Gerasimov, the new brand of vodka, sold well.", [("Gerasimov", "ORG")]),
        ("Gazprom and Gerasimov signed a deal.", [("Gazprom", "ORG"), ("Gerasimov", "ORG")]),
    ):
        ents = [_at(text, span, label) for span, label in found]
        assert [e.label for e in frames._speaking_surnames(ents, text, "en", None)] == [label for _, label in found]
