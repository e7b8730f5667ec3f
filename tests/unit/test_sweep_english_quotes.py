"""English quote speakers in releases, courts, science and outlets beyond the US, round s40's construction sweep:
one self-written passage per construction that failed (names invented for the test)."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers
from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.recovery import _addressed_people


def product(toolkit, text: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recogniser and registry included)."""
    return [q.speaker for q in enrich(dated(text, "en"), toolkit).quotes]


def people(toolkit, text: str) -> set[str]:
    return {e.name for e in enrich(dated(text, "en"), toolkit).entities if e.label == "PERSON"}


# --- speech verbs of the Commonwealth press -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["disclosed", "averred"])
def test_disclosed_and_averred_report_speech(verb: str) -> None:
    assert speakers(f"The plan was approved. “This will create jobs,” Kwame Mensah {verb}.", Kwame_Mensah="PERSON") == [
        "Kwame Mensah"
    ]


def test_a_judge_held_that_reports_the_ruling() -> None:
    text = "The court dismissed the suit. Justice Amina Bello held that “the plaintiff failed to prove his claim.”"
    assert speakers(text, Amina_Bello="PERSON") == ["Amina Bello"]


def test_held_with_another_object_is_no_cue() -> None:
    text = "The ministers held talks in Abuja on the new budget. “We agreed on everything,” Kwame Mensah said."
    assert speakers(text, Kwame_Mensah="PERSON") == ["Kwame Mensah"]


# --- forms of address: abbreviations that end no sentence, and the name after them ------------------------------


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Barr. Chinedu Okonkwo said", "Chinedu Okonkwo"),
        ("said Engr. Tunde Bakare, the project director", "Tunde Bakare"),
        ("Smt. Sunita Verma said", "Sunita Verma"),
        ("said Shri Rajesh Kumar", "Rajesh Kumar"),
        ("Alhaji Musa Danjuma told reporters", "Musa Danjuma"),
        ("said the Prime Minister, Dr. the Rt. Hon. Kenrick Moise", "Kenrick Moise"),
        ("said Dr. (Mrs.) Folake Adeyemi, the medical director", "Folake Adeyemi"),
        ("said Senator Dr. the Hon. Dwayne Alleyne", "Dwayne Alleyne"),
        ("the party's spokesman, Comrade Ebere Nwachukwu, said", "Ebere Nwachukwu"),
    ],
)
def test_a_name_after_forms_of_address_speaks(toolkit, cue: str, name: str) -> None:
    text = f"The new wing opened on Monday. “We have waited a long time for this day,” {cue}."
    assert product(toolkit, text) == [name]
    assert people(toolkit, text) == {name}  # the form of address is no person ("Barr", "Rt. Hon", "Engr")


def test_the_name_after_a_form_of_address_replaces_what_the_model_read_in_the_run() -> None:
    text = "The talks ended. Engr. Tunde Bakare said so."
    at = text.index
    model = [
        RawEntity("Engr", "ORG", at("Engr"), at("Engr") + 4),
        RawEntity("Bakare", "ORG", at("Bakare"), len(text) - 9),
    ]
    assert [(e.text, e.label) for e in _addressed_people(model, text, "en")] == [("Tunde Bakare", "PERSON")]
    assert [(e.text, e.label) for e in _addressed_people([], text, "en")] == [("Tunde Bakare", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "The green field was full of roses. Dr. Rose Green said the rose is a green plant.",  # words in lower case too
        "The talks ended. Engr. Tunde Bakare Holdings said so.",  # a longer capitalised run: a company's
        "The talks ended. Dr Smith said so.",  # one word: the model's to read
    ],
)
def test_no_person_is_made_of_a_run_the_article_does_not_show_as_a_name(text: str) -> None:
    assert _addressed_people([], text, "en") == []


def test_a_known_name_across_the_run_is_left_alone() -> None:
    text = "The talks ended. Mr Tunde Bakare said so."
    known = [RawEntity("Mr Tunde Bakare", "PERSON", text.index("Mr"), text.index(" said"), id="tunde-bakare")]
    assert _addressed_people(known, text, "en") == known


def test_a_title_and_its_name_bind_across_a_form_of_address(toolkit) -> None:
    text = (
        "The Commissioner for Education, Mrs. Amaka Obi, said the schools would reopen. "
        "She said: “Every child in the state will get a seat.”"
    )
    assert product(toolkit, text) == ["Amaka Obi"]


def test_an_office_of_the_commonwealth_press_is_a_title_not_a_name(toolkit) -> None:
    # "Commissioner" was read as a name of its own and given the quote: a wrong speaker
    text = (
        "The Commissioner for Education, Mrs. Amaka Obi, who spoke at the event, said the schools would reopen. "
        "According to her, “Every child will get a seat.”"
    )
    assert product(toolkit, text) in (["Amaka Obi"], [None])


# --- a person the model read as a body, a title in apposition after the name ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Yemi Cardoso, the CBN governor, disclosed this on Tuesday. “Inflation will ease by the end of the year,” "
            "he said.",
            "Yemi Cardoso",
        ),
        (
            "Halvard Lunde, the presiding judge, said the appeal had no merit. “The law is clear on this point,” he "
            "said.",
            "Halvard Lunde",
        ),
    ],
)
def test_a_name_with_a_title_in_apposition_is_a_person(toolkit, text: str, name: str) -> None:
    assert name in people(toolkit, text)
    assert product(toolkit, text) == [name]


def test_a_body_with_a_title_like_word_in_apposition_stays_a_body(toolkit) -> None:
    text = "Goldman Sachs, the investment bank, said on Monday that “rates will stay high for longer.”"
    assert "Goldman Sachs" not in people(toolkit, text)


def test_pm_is_a_title_before_a_name(toolkit) -> None:
    text = "PM Modi said, “Our farmers are our strength.” Narendra Modi spoke in Varanasi."
    assert people(toolkit, text) == {"Narendra Modi"}


# --- "In her words, “…”": the possessive of the cue stands for the last person of its gender ------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kwame Mensah spoke in Accra. In his own words, “The money is ready for the roads.”", "Kwame Mensah"),
        ("The report was long. In the words of Kwame Mensah, “The money is ready for the roads.”", "Kwame Mensah"),
        ("The report was long. In the words of the report, “The money is ready for the roads.”", None),
    ],
)
def test_in_his_words_names_the_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text, Kwame_Mensah="PERSON") == [speaker]


def test_in_her_words_is_no_man_named_before() -> None:
    text = "Kwame Mensah opened the clinic. In her words, “Every child will be vaccinated by June.”"
    assert speakers(text, Kwame_Mensah="PERSON") == [None]


# --- a short quote whose attribution holds an apposition ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“It worked perfectly,” Hannah Cole, a NASA engineer, said in a news release.",
        "The rate held. “Growth remains strong,” Rohan Desai, chief economist at Avant Bank, told CNBC on Tuesday.",
    ],
)
def test_a_short_quote_opening_its_sentence_with_a_name_and_apposition_before_the_verb_is_a_quote(text: str) -> None:
    assert len(speakers(text, Hannah_Cole="PERSON", Rohan_Desai="PERSON")) == 1


def test_short_quoted_words_inside_a_sentence_stay_no_quote() -> None:
    assert speakers("He loved “Squawk Box,” John Smith, who watched, said.", John_Smith="PERSON") == []


# --- "…, Jane Doe said, adding: “…”": the participle goes on from the speech verb before it ---------------------


def test_a_participle_after_a_reporting_clause_takes_that_clauses_subject() -> None:
    text = (
        "Novatel reported record sales, Helga Brandt said, adding: “We are proud of the whole team and our partners.”"
    )
    assert speakers(text, Novatel="ORG", Helga_Brandt="PERSON") == ["Helga Brandt"]


def test_a_participle_after_the_sentences_own_verb_keeps_the_sentences_subject() -> None:
    text = "Kwame Mensah said the money was ready, adding that “work will begin in May and end in June.”"
    assert speakers(text, Kwame_Mensah="PERSON") == ["Kwame Mensah"]


# --- a pull quote signed on the line after it ----------------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pull_quote_signed_after_a_long_dash_on_the_next_line_is_the_signers(gap: str) -> None:
    text = (
        f"Novatel reported record sales.\n\n“We are proud of the whole team and our partners.”{gap}— Helga Brandt, CEO"
    )
    assert speakers(text, Novatel="ORG", Helga_Brandt="PERSON") == ["Helga Brandt"]


@pytest.mark.parametrize(
    "after",
    [
        "\n\n- Helga Brandt\n- Pieter Vos",  # a list's items
        "\n\n— Helga Brandt told the meeting that costs rose.",  # a sentence of its own
    ],
)
def test_a_next_line_that_is_no_signature_gives_no_speaker(after: str) -> None:
    text = f"Novatel reported record sales.\n\n“We are proud of the whole team and our partners.”{after}"
    assert speakers(text, Novatel="ORG", Helga_Brandt="PERSON", Pieter_Vos="PERSON") == [None]


# --- "According to Jane Doe, sales doubled.": the source spoke, a pronoun after it may be hers ---------------------


@pytest.mark.parametrize(
    "sentence", ["According to Helga Brandt, sales doubled.", "Sales doubled, according to Helga Brandt."]
)
def test_the_source_an_according_to_cue_names_spoke(sentence: str) -> None:
    text = f"Novatel reported results. {sentence} “We are proud of the whole team and our partners,” she said."
    assert speakers(text, Helga_Brandt="PERSON") == ["Helga Brandt"]


def test_the_possessor_after_according_to_did_not_speak() -> None:
    text = (
        "Novatel reported results. According to Helga Brandt's aide, sales doubled. "
        "“We are proud of the whole team and our partners,” she said."
    )
    assert speakers(text, Helga_Brandt="PERSON") == [None]
