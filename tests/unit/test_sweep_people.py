"""English people and companies, round s43's sweep of the development pages' names misses: one self-written passage
per construction that failed on d9379fe.

A company the article calls one, read as a person by the model: names listed before "The companies" or "The firms"
open the next sentence, the pollster of "a survey from"; a university's short name ("Penn State"); a league's
division after "the" ("the East Division"). A person the model read as a body or a place: a two-word name right after
an occupation's noun ("diver Keetan Tolliver", "media mogul, Debola Lagos"). Each positive case failed on d9379fe; each
near miss keeps the reading it had there.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def named(toolkit, text: str) -> set[tuple[str, str]]:
    """The entities' names and labels (people, places and bodies)."""
    return {(e.name, e.label) for e in enrich(dated(text, "en"), toolkit).entities}


def label_of(toolkit, text: str, name: str) -> str | None:
    labels = {label for n, label in named(toolkit, text) if n == name}
    assert len(labels) <= 1, labels
    return next(iter(labels), None)


# 1. companies listed before "The companies", or joined to a company's frame -------------------------------------


def test_names_listed_before_the_companies_are_companies(toolkit):
    text = (
        "The bid was backed by Ardent Space, Hollister Benton, and Gaspard Lindqvist. The companies declined to say "
        "how much each had put in."
    )
    assert label_of(toolkit, text, "Hollister Benton") == "ORG"
    assert label_of(toolkit, text, "Gaspard Lindqvist") == "ORG"


def test_people_listed_before_a_sentence_about_them_stay_people(toolkit):
    text = (
        "The bid was backed by Ardent Space, Hollister Benton, and Gaspard Lindqvist. The two men declined to say "
        "how much each had put in."
    )
    assert label_of(toolkit, text, "Hollister Benton") == "PERSON"
    assert label_of(toolkit, text, "Gaspard Lindqvist") == "PERSON"


def test_a_name_joined_to_a_defense_contractor_is_a_company(toolkit):
    text = "Shares of Veltrix Martin rose after defense contractors Veltrix Martin and Norvell Grumman won the bid."
    assert label_of(toolkit, text, "Norvell Grumman") == "ORG"


def test_names_in_a_list_after_a_companys_frame_are_companies(toolkit):
    text = (
        "The work went to defense contractors such as Ardent Space, Hollister Benton and Gaspard Lindqvist last year."
    )
    assert label_of(toolkit, text, "Hollister Benton") == "ORG"
    assert label_of(toolkit, text, "Gaspard Lindqvist") == "ORG"


def test_a_chief_executive_apposed_to_the_company_stays_a_person(toolkit):
    text = "The chief executive of Ardent Space, Hollister Benton, said the deal was done."
    assert label_of(toolkit, text, "Hollister Benton") == "PERSON"


def test_names_joined_without_a_companys_frame_stay_people(toolkit):
    text = "Shares rose after the win, and Veltrix Martin and Norvell Grumman were happy."
    assert label_of(toolkit, text, "Norvell Grumman") == "PERSON"


# 2. the pollster of "a survey from" ------------------------------------------------------------------------------


def test_the_source_of_a_survey_is_a_company(toolkit):
    text = "Teenagers want earbuds more than ever. That is according to a new survey from Harper Lindell."
    assert label_of(toolkit, text, "Harper Lindell") == "ORG"


@pytest.mark.parametrize("noun", ["study by", "poll by"])
def test_the_author_of_a_study_or_a_poll_by_a_name_stays_a_person(toolkit, noun: str) -> None:
    text = f"Teenagers want earbuds more than ever. That is according to a new {noun} Harper Lindell."
    assert label_of(toolkit, text, "Harper Lindell") == "PERSON"


# 3. a university's short name and a league's division -------------------------------------------------------------


def test_a_universitys_short_name_is_no_person(toolkit):
    text = "Penn State quarterback Reid Marlow said he would play on Saturday."
    assert label_of(toolkit, text, "Penn State") == "ORG"
    assert label_of(toolkit, text, "Reid Marlow") == "PERSON"


def test_a_leagues_division_after_the_is_no_person(toolkit):
    text = "The Gophers play on Saturday with a one-game lead in the West Division on Wisconsin."
    assert label_of(toolkit, text, "West Division") == "ORG"


def test_a_person_named_after_a_division_word_stays_a_person(toolkit):
    text = "The quarterback Reid Statler said he would lead the division on Saturday."
    assert label_of(toolkit, text, "Reid Statler") == "PERSON"


# 4. a product's model number, a venue's noun -------------------------------------------------------------------


def test_a_word_after_a_models_number_is_the_product(toolkit):
    text = "Airlines grounded the 737 Max jet after two crashes, and the plane maker lost orders."
    assert label_of(toolkit, text, "Max") == "PRODUCT"


def test_a_given_name_after_a_year_stays_a_person(toolkit):
    text = "In 2019 Max won the race, and his team celebrated."
    assert label_of(toolkit, text, "Max") == "PERSON"


def test_a_name_after_a_venues_noun_is_the_venue(toolkit):
    text = "Neighbours were wary after several fights at the shuttered nightclub Reign. They feared a repeat."
    assert label_of(toolkit, text, "Reign") == "ORG"


def test_a_name_after_a_venues_noun_and_a_comma_stays_a_person(toolkit):
    text = "After the fight at the nightclub, Reign told police she had seen nothing."
    assert label_of(toolkit, text, "Reign") == "PERSON"


# 5. a person after an occupation's noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Summary: 6-1A: Wichita East diver Keetan Tolliver (senior) won the state championship in the event.",
            "Keetan Tolliver",
        ),
        ("The actress wore a green gown to a gala hosted by media mogul, Debola Lagos.", "Debola Lagos"),
    ],
)
def test_a_name_right_after_an_occupation_is_a_person(toolkit, text: str, name: str) -> None:
    assert label_of(toolkit, text, name) == "PERSON"


def test_a_company_after_an_occupation_stays_a_company(toolkit):
    text = "The actress wore a green gown to a gala hosted by media mogul, Global Media Holdings."
    assert label_of(toolkit, text, "Global Media Holdings") == "ORG"


def test_a_place_after_an_occupation_stays_a_place(toolkit):
    text = "The actress wore a green gown to a gala hosted by a singer in Lagos."
    assert label_of(toolkit, text, "Lagos") == "GPE"
