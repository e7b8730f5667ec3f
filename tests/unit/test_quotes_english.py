"""English quote attribution, one behaviour per test: the causes of missing speakers seen on English pages nobody
had tuned on (round s21). Each line is written for its test."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers, speakers

# --- "the statement said": the document's issuer ------------------------------------------------------


def test_the_statement_is_the_words_of_whoever_said_it_in_a_statement():
    text = (
        "Two soldiers were killed in a crash in the mountains, the US military said in a statement on Wednesday. "
        "The Taliban made no claim about the crash.\n\n"
        "“The cause of the crash is under investigation for now,” the statement said."
    )
    assert rules_speakers(text, US="GPE", Taliban="ORG") == ["US military"]


def test_the_statement_goes_to_the_body_that_issued_it_not_to_others_in_view():
    text = (
        "On Monday, Acme Records issued a statement about the awards show.\n\n"
        "The statement, which was obtained by Variety, claimed that Acme Records and Delta Productions had “come to "
        "terms on a licensing agreement for the show.”\n\n"
        "“It should be noted that artists do not need label approval,” the statement continued."
    )
    labels = {"Acme_Records": "ORG", "Delta_Productions": "ORG", "Variety": "ORG"}
    assert rules_speakers(text, **labels) == ["Acme Records", "Acme Records"]


def test_a_statement_whose_issuer_is_an_anaphor_with_two_bodies_in_view_has_no_speaker():
    text = (
        "“We will see this through to the end of the season,” the production company said in a statement.\n\n"
        "On Thursday, the singer accused Braun Holdings and Acme Records of blocking the film.\n\n"
        "The company denied the allegations in a statement shared to its website.\n\n"
        "“We were shocked to see her posts yesterday based on false information,” the statement read."
    )
    labels = {"Braun_Holdings": "ORG", "Acme_Records": "ORG"}
    assert rules_speakers(text, **labels)[1] is None
    assert speakers(text, **labels)[1] is None


# --- "the group": the body named in apposition -----------------------------------------------------------


def test_a_group_named_in_apposition_is_the_group_that_speaks_later():
    text = (
        "The group, Workers United Coalition, formed in recent weeks and sent a letter to management.\n\n"
        "In a separate tweet, the group added that Acme “is not following through on its promise to staff.”"
    )
    assert rules_speakers(text, Workers_United_Coalition="ORG", Acme="ORG") == ["Workers United Coalition"]
