"""English quote speakers in courts, releases and names the small model does not read, round s41's construction
sweep: one self-written passage per construction that failed (names invented for the test)."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers
from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def product(toolkit, text: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recogniser and registry included)."""
    return [q.speaker for q in enrich(dated(text, "en"), toolkit).quotes]


def people(toolkit, text: str) -> set[str]:
    return {e.name for e in enrich(dated(text, "en"), toolkit).entities if e.label == "PERSON"}


# --- "Justice Ada Obi": a judge's form of address, the judge's role ------------------------------------------------


def test_justice_before_a_name_is_a_form_of_address(toolkit) -> None:
    text = "The appeal was heard in Abuja. “The lower court erred in law,” Justice Ifeoma Chukwu said."
    assert product(toolkit, text) == ["Ifeoma Chukwu"]
    assert people(toolkit, text) == {"Ifeoma Chukwu"}


def test_the_judge_is_the_person_named_with_justice(toolkit) -> None:
    text = (
        "The appeal was heard in Abuja on Monday. Justice Halima Yusuf dismissed the suit. "
        "“The plaintiff failed to prove any part of his claim,” the judge said."
    )
    assert product(toolkit, text) == ["Halima Yusuf"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Justice Minister Olga Petrenko said: “The law will be changed by the end of the year.”", "Olga Petrenko"),
        ("Justice Department spokeswoman Jane Doe said: “We will review the case carefully.”", "Jane Doe"),
        ("Social Justice Party leader Sam Otieno said: “We will contest every seat.”", "Sam Otieno"),
    ],
)
def test_justice_of_an_office_or_a_body_is_no_form_of_address(toolkit, text: str, name: str) -> None:
    assert product(toolkit, text) == [name]
    assert people(toolkit, text) == {name}


# --- "“…,” Justice Ada Obi held.": a ruling closing the sentence after the quote --------------------------------


@pytest.mark.parametrize("cue", ["Justice Ifeoma Chukwu held", "Ifeoma Chukwu held", "Judge Ifeoma Chukwu ruled"])
def test_a_ruling_verb_after_the_quote_and_the_judges_name_reports_it(toolkit, cue: str) -> None:
    text = f"The appeal was heard in Abuja. “The lower court erred in law and the appeal succeeds,” {cue}."
    assert product(toolkit, text) == ["Ifeoma Chukwu"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not back down,” Ifeoma Chukwu held a rally in Lagos.",  # held with its own object
        "The rally was loud. “We will win this state,” the crowd chanted. Ifeoma Chukwu held.",  # another sentence
    ],
)
def test_held_with_an_object_or_in_a_sentence_of_its_own_is_no_cue(text: str) -> None:
    assert speakers(text, Ifeoma_Chukwu="PERSON") == [None]


def test_a_weak_verb_after_a_title_and_a_name_is_as_close_as_after_the_name() -> None:
    text = "“It was a hard year for the farmers,” Governor Kwame Mensah thinks."
    assert speakers(text, Kwame_Mensah="PERSON") == ["Kwame Mensah"]


# --- "The prosecution, led by Ada Obi, told the court": the leader speaks for the group ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trial resumed. The prosecution, led by Obinna Uzor, told the court: “The accused acted alone.”",
        "The trial resumed. The prosecution team, led by Obinna Uzor, told the court that “the accused acted alone.”",
        "The trial resumed. “The accused acted alone,” the prosecution, led by Obinna Uzor, told the court.",
        "The delegation, headed by Obinna Uzor, said in a statement: “The talks went well.”",
    ],
)
def test_the_leader_in_an_apposition_speaks_for_the_group(text: str) -> None:
    assert speakers(text, Obinna_Uzor="PERSON") == ["Obinna Uzor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Troops led by Obinna Uzor entered the town on Monday. “We lost everything,” a resident said.", None),
        ("The delegation, led by Obinna Uzor, met the minister. “The talks went well,” Tom Hale said.", "Tom Hale"),
    ],
)
def test_a_leader_outside_a_reporting_apposition_does_not_speak(text: str, speaker: str | None) -> None:
    assert speakers(text, Obinna_Uzor="PERSON", Tom_Hale="PERSON") == [speaker]


# --- "Judge Ada Obi ruled that “…”": "ruled" with its object before the quote -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The judge, Halima Yusuf, ruled that “the detention of the applicant was unlawful from the first day.”",
        "Halima Yusuf ruled that “the detention of the applicant was unlawful from the first day.”",
    ],
)
def test_ruled_that_before_a_quote_reports_the_ruling(text: str) -> None:
    assert speakers(text, Halima_Yusuf="PERSON") == ["Halima Yusuf"]


def test_ruled_with_another_object_is_no_cue() -> None:
    text = "Halima Yusuf ruled the country for a decade. “She was feared,” Tom Hale said."
    assert speakers(text, Halima_Yusuf="PERSON", Tom_Hale="PERSON") == ["Tom Hale"]


# --- "Kerrie-Ann Thorne": a hyphenated given name the model cut in two --------------------------------------------


def test_the_first_half_of_a_hyphenated_given_name_belongs_to_the_person(toolkit) -> None:
    text = "Minister of Education Kerrie-Ann Thorne said: “Every secondary school will have a laboratory next year.”"
    assert people(toolkit, text) == {"Kerrie-Ann Thorne"}
    assert product(toolkit, text) == ["Kerrie-Ann Thorne"]


def test_a_name_hyphened_to_a_person_that_is_no_given_name_stays_out(toolkit) -> None:
    assert "Trump-Kim Jong Un" not in people(toolkit, "The Trump-Kim Jong Un summit ended early.")


# --- "she said" after a person the model read as a body ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nkechi Okafor launched the fund in Abuja on Monday. The fund is worth two billion naira.\n\n"
            "“It will support ten thousand women traders,” she said.",
            "Nkechi Okafor",
        ),
        (
            "The court freed the activist on Monday. Babajide Ogunleye addressed the crowd outside the court.\n\n"
            "“Justice has finally been served today,” he said.",
            "Babajide Ogunleye",
        ),
    ],
)
def test_a_gendered_pronoun_with_no_person_in_view_is_the_body_written_like_a_name(toolkit, text, name) -> None:
    assert product(toolkit, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Goldman Sachs raised its forecast on Monday. “Rates will stay high,” he said.",  # "its": a thing
        "The Volta Foods plant opened on Monday. “Demand was strong,” she said.",  # words of the language
        "Nkechi Okafor launched the fund. Tom Hale spoke next. “Demand was strong,” she said.",  # a person in view
    ],
)
def test_a_body_is_no_pronouns_person_where_the_text_shows_a_thing_or_a_person_is_in_view(toolkit, text) -> None:
    assert product(toolkit, text) in ([None], ["Tom Hale"])
    assert "Goldman Sachs" not in product(toolkit, text) and "Nkechi Okafor" not in product(toolkit, text)


# --- "Nkechi said" after "Nkechi Okafor", both read as bodies: the name written in full -----------------------------


def test_a_one_word_body_opening_the_one_longer_body_is_that_body(toolkit) -> None:
    text = "Nkechi Okafor launched the fund in Abuja on Monday. “It will support ten thousand traders,” Nkechi said."
    assert product(toolkit, text) == ["Nkechi Okafor"]


def test_a_word_opening_two_longer_bodies_stays_as_written(toolkit) -> None:
    text = "Morgan Stanley and Morgan Keegan raised their forecasts. “Rates will stay high,” Morgan said in a note."
    assert product(toolkit, text) in (["Morgan"], [None])


# --- "According to the Minister of Finance, Hon. Kendall Baptiste, “…”": the office's holder ----------------------


@pytest.mark.parametrize(
    "cue",
    [
        "According to the Minister of Finance, Hon. Kendall Baptiste,",  # the office read as a body, then its holder
        "According to the Minister of Finance, Kendall Baptiste,",
        "According to Finance Minister Kendall Baptiste,",  # the office's field, a role, the name
    ],
)
def test_according_to_an_office_and_its_holder_names_the_holder(toolkit, cue: str) -> None:
    text = f"The budget was read on Friday. {cue} “the economy grew by five percent last year.”"
    assert product(toolkit, text) == ["Kendall Baptiste"]


# --- "Musa Bello, in a statement signed by his spokesman, Ade Oke, said": the subject before the aside --------------


def test_a_name_in_apposition_inside_an_aside_after_the_subject_is_not_the_subject(toolkit) -> None:
    text = (
        "The party reacted. Musa Bello, in a statement signed by his spokesman, Ade Oke, said: “The vote was rigged.”"
    )
    assert product(toolkit, text) == ["Musa Bello"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After meeting Musa Bello, in Abuja, Ade Oke said: “The vote was rigged.”", "Ade Oke"),
        ("Musa Bello, in Abuja, said: “The vote was rigged.”", "Musa Bello"),
    ],
)
def test_an_aside_without_an_apposed_name_leaves_the_subject_as_read(toolkit, text: str, name: str) -> None:
    assert product(toolkit, text) == [name]


def test_the_chief_justice_is_the_judge_named_with_the_title(toolkit) -> None:
    text = (
        "Chief Justice Nneka Ibe swore in the new judges. “You must serve without fear,” the Chief Justice said. "
        "“The law is above all,” the judge added."
    )
    assert product(toolkit, text) == ["Nneka Ibe", "Nneka Ibe"]
