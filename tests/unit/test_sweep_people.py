"""English people and companies, round s43's sweep of the development pages' names misses: one self-written passage
per construction that failed on d9379fe.

A company the article calls one, read as a person by the model: names listed before "The companies" or "The firms"
open the next sentence, the pollster of "a survey from"; a university's short name ("Penn State"); a league's
division after "the" ("the East Division"). A person the model read as a body or a place: a two-word name right after
an occupation's noun ("diver Anton Velkasi", "media mogul, Temi Abuja"). Each positive case failed on d9379fe; each
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


def test_names_joined_without_a_companys_frame_stay_people(toolkit):
    text = "Shares rose after the win, and Veltrix Martin and Norvell Grumman were happy."
    assert label_of(toolkit, text, "Norvell Grumman") == "PERSON"


# 2. the pollster of "a survey from" ------------------------------------------------------------------------------


def test_the_source_of_a_survey_is_a_company(toolkit):
    text = "Teenagers want earbuds more than ever. That is according to a new survey from Harper Lindell."
    assert label_of(toolkit, text, "Harper Lindell") == "ORG"


def test_the_author_of_a_study_stays_a_person(toolkit):
    text = "Teenagers want earbuds more than ever. That is according to a new study by Harper Lindell."
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


# 4. a person after an occupation's noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coastal High diver Keoni Vaskell (senior) won the state title with a score of 402.", "Keoni Vaskell"),
        ("The singer was one of the guests invited to a party by media mogul, Bisola Lagos.", "Bisola Lagos"),
    ],
)
def test_a_name_right_after_an_occupation_is_a_person(toolkit, text: str, name: str) -> None:
    assert label_of(toolkit, text, name) == "PERSON"


def test_a_company_after_an_occupation_stays_a_company(toolkit):
    text = "The singer was one of the guests invited to a party by media mogul, Global Media Holdings."
    assert label_of(toolkit, text, "Global Media Holdings") != "PERSON"
