"""English war-report places (stop 37, from a sweep of self-written wire sentences): a region named with its
administrative noun ("Kursk Oblast"), a settlement in an apposition, two towns after a place cue, a hyphenated city a
model splits ("Rostov-on-Don"), directions and parts as place cues, a list opened by a place, a town's own name of two
words labelled a person, and the middle of a list after a cue."""

from __future__ import annotations

from wirestream.services.enrich.entities import frames, recovery
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.geo import Gazetteer
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def _labels(text: str, spans: list[tuple[str, str]], gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in correct([_at(text, s, lab) for s, lab in spans], text, "en", gazetteer)]


def test_a_known_place_closed_by_an_administrative_noun_is_a_region(toolkit):
    text = "The governor of Kursk Oblast said. Officials in Zaporizhzhia Oblast and Kherson Oblast ordered it."
    spans = [("Kursk Oblast", "ORG"), ("Zaporizhzhia Oblast", "PERSON"), ("Kherson Oblast", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == [(s, "GPE") for s, _ in spans]


def test_an_administrative_noun_after_no_place_stays_as_labelled(toolkit):
    text = "Sales at the Pacific Widgets Region grew, said the Northstar Province Bank."
    spans = [("Pacific Widgets Region", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == spans


def test_a_settlement_noun_in_the_apposition_makes_a_place(toolkit):
    text = "Ukrainian forces shelled Shebekino, a town in Russia's Belgorod region, officials said."
    assert _labels(text, [("Shebekino", "ORG")], toolkit.gazetteer) == [("Shebekino", "GPE")]
    text = "They shelled Grayvoron, a small border town near the frontier."
    assert _labels(text, [("Grayvoron", "PERSON")], toolkit.gazetteer) == [("Grayvoron", "GPE")]


def test_an_apposition_without_a_settlement_noun_stays(toolkit):
    text = "Northwind, a company in Texas, said. Ann Ruiz, a city councillor in Austin, said."
    spans = [("Northwind", "ORG"), ("Ann Ruiz", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == spans


def test_two_known_towns_after_a_place_cue_are_two_places(toolkit):
    text = "Fighting continued around Bakhmut and Avdiivka on Tuesday."
    assert _labels(text, [("Bakhmut and Avdiivka", "ORG")], toolkit.gazetteer) == [
        ("Bakhmut", "GPE"),
        ("Avdiivka", "GPE"),
    ]


def test_two_small_towns_without_a_cue_stay_one_name(toolkit):
    # towns under CITY_POPULATION joined by "and" with no place cue: a firm's name as much as two places
    text = "Bakhmut and Avdiivka signed the contract."
    assert _labels(text, [("Bakhmut and Avdiivka", "ORG")], toolkit.gazetteer) == [("Bakhmut and Avdiivka", "ORG")]


def test_a_hyphenated_city_a_model_splits_is_one_place(toolkit):
    text = "Protests in Rostov-on-Don and Stratford-upon-Avon continued."
    found = [_at(text, "Rostov", "GPE"), _at(text, "Don", "PERSON"), _at(text, "Stratford", "GPE")]
    found.append(RawEntity("Avon", "PERSON", text.index("Avon"), text.index("Avon") + 4))
    out = recovery._hyphenated_places(found, text, toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Rostov-on-Don", "GPE"), ("Stratford-upon-Avon", "GPE")]


def test_a_hyphenated_name_no_place_has_or_inside_a_longer_name_stays(toolkit):
    text = "Jean-de-Dieu Martin spoke at the Rostov-on-Don Arena."
    found = [_at(text, "Jean-de-Dieu Martin", "PERSON"), _at(text, "the Rostov-on-Don Arena", "FAC")]
    assert recovery._hyphenated_places(found, text, toolkit.gazetteer) == found


def test_directions_parts_and_across_are_place_cues(toolkit):
    text = (
        "Troops advanced 20 km north of Kharkiv. Water flooded parts of Kherson. The blast shook windows across Tver."
    )
    spans = [("Kharkiv", "PERSON"), ("Kherson", "PERSON"), ("Tver", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == [(s, "GPE") for s, _ in spans]


def test_plural_settlement_nouns_make_places(toolkit):
    text = "The border villages of Novaya Tavolzhanka and Kozinka were evacuated."
    assert _labels(text, [("Novaya Tavolzhanka", "PERSON")], toolkit.gazetteer) == [("Novaya Tavolzhanka", "GPE")]


def test_a_towns_own_name_of_two_words_is_no_person(toolkit):
    text = "Water from the dam flooded Nova Kakhovka overnight."
    assert _labels(text, [("Nova Kakhovka", "PERSON")], toolkit.gazetteer) == [("Nova Kakhovka", "GPE")]


def test_a_name_opening_a_list_of_places_is_a_place(toolkit):
    text = "Sochi, Kaliningrad and St Petersburg also cancelled parades."
    spans = [("Sochi", "ORG"), ("Kaliningrad", "GPE"), ("St Petersburg", "GPE")]
    assert _labels(text, spans, toolkit.gazetteer) == [(s, "GPE") for s, _ in spans]


def test_a_company_before_a_person_is_not_a_list_of_places(toolkit):
    text = "Sochi Holdings, Anna Ruiz and Boston Dynamics agreed."
    spans = [("Sochi Holdings", "ORG"), ("Anna Ruiz", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == spans


def test_the_middle_of_a_list_after_a_cue_is_placed(toolkit):
    text = "Ukraine said it repelled attacks near Soledar, Vuhledar and Marinka."
    found = [_at(text, "Soledar", "GPE"), _at(text, "Vuhledar", "GPE")]
    out = frames._framed(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Soledar", "GPE"), ("Vuhledar", "GPE")]


def test_a_name_after_a_comma_ending_no_list_is_not_placed_by_it(toolkit):
    # "As of October, Emirates had": "of October, " opens no list the name continues
    text = "As of October, Emirates had a fleet of 270 aircraft."
    out = frames._framed([_at(text, "Emirates", "GPE")], text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Emirates", "ORG")]
