""" "The statement said" is the words of whoever the article said issued it, also when the introduction and the
quote read as one sentence ("X said in a statement: “…” The statement added: “…”": a closing mark after a full stop
ends no sentence) and when the introduction opens the sentence before its subject ("In a statement, the Kremlin
said …")."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers


def test_the_statement_introduced_right_before_a_quote_is_its_issuers():
    text = (
        'The Russian Foreign Ministry said in a statement: "Kyiv will answer for this attack on the Kremlin." '
        'The statement added: "This is a provocation by the regime in Kyiv."'
    )
    assert rules_speakers(text, "en", **{"Russian Foreign Ministry": "ORG"}) == ["Russian Foreign Ministry"] * 2


def test_a_statement_in_a_fronted_phrase_is_the_subjects():
    text = (
        "In a statement, the Kremlin said the drones were downed. "
        '"We regard these actions as a planned terrorist act," the statement said.'
    )
    assert rules_speakers(text, "en", Kremlin="ORG") == ["Kremlin"]


def test_a_joint_statement_in_a_fronted_phrase_is_no_ones():
    text = (
        "In a joint statement, Kyiv and Warsaw said they would help. "
        '"We will work together on air defence and on training," the statement said.'
    )
    assert rules_speakers(text, "en", Kyiv="GPE", Warsaw="GPE") == [None]
