"""English quote speakers in rulings, citations, asides, offices and bodies read for people, round s42's construction
sweep: one self-written passage per construction that failed (names invented for the test), and a near miss for each
that keeps its reading."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers
from tests.unit.test_sweep_english_quotes_2 import product

# --- "“…,” held Justice Ada Obi.": the ruling verb before the judge's name -----------------------------------------


@pytest.mark.parametrize("cue", ["held Justice Amaka Obi", "held Judge Amaka Obi", "held Chief Justice Amaka Obi"])
def test_a_ruling_verb_before_a_judges_name_closing_the_sentence_reports_the_quote(cue: str) -> None:
    text = f"The appeal was heard in Abuja. “The lower court erred in law and the appeal succeeds,” {cue}."
    assert speakers(text, Amaka_Obi="PERSON") == ["Amaka Obi"]


def test_held_justice_and_a_name_in_the_whole_product(toolkit) -> None:
    text = (
        "The appeal was heard in Abuja. “The lower court erred in law and the appeal succeeds,” held Justice Amaka Obi."
    )
    assert product(toolkit, text) == ["Amaka Obi"]


@pytest.mark.parametrize(
    "text",
    [
        "The rally was loud. “No more fuel price hikes for us,” held a banner at the front.",  # no one's name
        "The trial went on. “You will answer every question,” held Amaka Obi in contempt of court.",  # it goes on
    ],
)
def test_held_before_no_name_or_before_a_name_and_more_is_no_cue(text: str) -> None:
    assert speakers(text, Amaka_Obi="PERSON") == [None]


# --- "“…,” the statement quoted Ada Obi as saying.": the one cited spoke, not who cites them ----------------------


@pytest.mark.parametrize("citing", ["the statement", "the agency", "Reuters"])
def test_the_one_quoted_as_saying_after_the_quote_is_the_speaker(citing: str) -> None:
    text = f"The talks ended on Friday. “We will sign the deal next month,” {citing} quoted Kwame Mensah as saying."
    assert speakers(text, Kwame_Mensah="PERSON", Reuters="ORG") == ["Kwame Mensah"]


def test_someone_unnamed_quoted_as_saying_is_no_one_the_article_names() -> None:
    text = "The talks ended on Friday. “We will sign the deal next month,” Reuters quoted a witness as saying."
    assert speakers(text, Reuters="ORG") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks ended on Friday. “We will sign the deal next month,” Tom Hale said, citing Kwame Mensah.", "Tom Hale"),
        ("The talks ended on Friday. Kwame Mensah was quoted as saying: “We will sign the deal next month.”", "Kwame Mensah"),
        ("The talks ended on Friday. “We will sign the deal next month,” the agency quoted Kwame Mensah.", None),
    ],
)  # fmt: skip
def test_a_citation_without_as_saying_after_the_quote_keeps_its_reading(text: str, speaker: str | None) -> None:
    assert speakers(text, Kwame_Mensah="PERSON", Tom_Hale="PERSON") == [speaker]


# --- "Musa Bello, in a statement by his spokesman, Ade Oke, said …. “…,” he said.": the subject spoke --------------


@pytest.mark.parametrize("aside", ["in a statement by his spokesman", "in a statement signed by his spokesman"])
def test_the_subject_before_an_aside_is_the_one_a_later_pronoun_names(toolkit, aside: str) -> None:
    text = (
        f"The party reacted on Sunday. Musa Bello, {aside}, Ade Oke, said the plan would go ahead. "
        "“The vote was free and fair,” he said."
    )
    assert product(toolkit, text) == ["Musa Bello"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("After meeting Musa Bello, in Abuja, Ade Oke said the plan would go ahead.", "Ade Oke"),
        ("Musa Bello met the chiefs. Ade Oke, in a statement, said the plan would go ahead.", "Ade Oke"),
    ],
)
def test_a_subject_with_no_apposed_name_in_its_aside_stays_the_one_who_spoke(toolkit, lead: str, name: str) -> None:
    text = f"The party reacted on Sunday. {lead} “The vote was free and fair,” he said."
    assert product(toolkit, text) == [name]


# --- "The Minister of Justice Ada Obi said:": the office's field, then its holder -----------------------------------


@pytest.mark.parametrize("office", ["The Minister of Justice", "Minister of Justice", "The Commissioner for Justice"])
def test_justice_naming_an_offices_field_is_no_form_of_address(toolkit, office: str) -> None:
    text = f"{office} Amaka Obi said: “The law will be changed by the end of the year.”"
    assert product(toolkit, text) == ["Amaka Obi"]


def test_the_office_named_with_justice_is_the_holders_title() -> None:
    text = (
        "The Minister of Justice Amaka Obi opened the hearing. “The law will be changed by the end of the year,” "
        "the minister said."
    )
    assert speakers(text, Amaka_Obi="PERSON") == ["Amaka Obi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Minister of Justice, Amaka Obi, said: “The law will be changed by the end of the year.”", "Amaka Obi"),
        ("The court sat on Monday. The Chief Justice said: “The law will be changed by the end of the year.”", None),
        ("The Minister of Justice said: “The law will be changed by the end of the year.”", None),
        ("The wife of Justice Amaka Obi said: “The law will be changed by the end of the year.”", None),
    ],
)
def test_justice_as_a_title_or_an_address_keeps_its_reading(toolkit, text: str, speaker: str | None) -> None:
    assert product(toolkit, text) == [speaker]


# --- "Bharti Airtel posted higher profit. “…,” she said.": a company is no pronoun's person ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bharti Airtel posted higher profit on Monday. “Demand for data was strong,” she said.",
        "Bharti Airtel posted a rise in quarterly revenue on Monday. “Demand for data was strong,” he said.",
    ],
)
def test_a_body_whose_sentence_tells_its_accounts_is_no_pronouns_person(text: str) -> None:
    assert speakers(text, Bharti_Airtel="ORG") == [None]


def test_a_company_posting_profit_in_the_whole_product_is_no_pronouns_person(toolkit) -> None:
    text = "Bharti Airtel posted higher profit on Monday. “Demand for data was strong,” she said."
    assert product(toolkit, text) == [None]


def test_a_person_read_as_a_body_with_no_word_of_accounts_still_speaks() -> None:
    text = "Nkechi Okafor opened the clinic in Abuja on Monday. “It will serve ten thousand women,” she said."
    assert speakers(text, Nkechi_Okafor="ORG") == ["Nkechi Okafor"]
