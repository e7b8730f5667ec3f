"""Quotes issued by a body named in an earlier sentence: "the think tank added", "the note reads", "the statement"."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers


def test_a_think_tank_is_the_one_body_in_view() -> None:
    text = (
        "The Institute for the Study of War said the attack was likely staged. "
        '"Moscow likely staged the attack," the think tank added.'
    )
    assert rules_speakers(text, Institute_for_the_Study_of_War="ORG", Moscow="GPE") == [
        "Institute for the Study of War"
    ]


def test_a_think_tank_with_two_bodies_in_view_is_nobody() -> None:
    text = (
        "The Atlantic Council and the Institute for the Study of War said the attack was likely staged. "
        '"Moscow likely staged the attack," the think tank added.'
    )
    labels = {"Atlantic_Council": "ORG", "Institute_for_the_Study_of_War": "ORG", "Moscow": "GPE"}
    assert rules_speakers(text, **labels) == [None]


def test_the_tank_alone_is_no_body() -> None:
    text = (
        "The Institute for the Study of War said the attack was likely staged. "
        '"It moved very fast across the field," the tank commander said.'
    )
    assert rules_speakers(text, Institute_for_the_Study_of_War="ORG") == [None]


# --- "según el comunicado": the document's issuer, in the languages with articles --------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Kremlin emitió un comunicado. «Se trata de un acto terrorista», según el comunicado."),
        ("fr", "Le Kremlin a publié un communiqué. « Il s'agit d'un acte terroriste », indique le communiqué."),
        ("pt", 'O Kremlin divulgou uma nota. "Trata-se de um ato terrorista", diz a nota.'),
        ("de", "Der Kreml veröffentlichte eine Mitteilung. „Putin wurde nicht verletzt“, heißt es in der Mitteilung."),
    ],
)
def test_a_document_issued_by_a_body_is_its_words(language: str, text: str) -> None:
    kremlin = "Kreml" if language == "de" else "Kremlin"
    assert rules_speakers(text, language, **{kremlin: "ORG"}) == [kremlin]


def test_a_generic_document_noun_takes_up_the_last_document_introduced() -> None:
    text = "El Kremlin emitió un comunicado. «Se trata de un acto terrorista», señala el texto."
    assert rules_speakers(text, "es", Kremlin="ORG") == ["Kremlin"]


def test_a_note_read_after_a_fused_preposition_is_its_issuers() -> None:
    text = 'Il Cremlino ha diffuso una nota. "Si è trattato di un atto terroristico", si legge nella nota.'
    assert rules_speakers(text, "it", Cremlino="ORG") == ["Cremlino"]


def test_a_document_two_bodies_issued_is_nobodys() -> None:
    text = "El Kremlin y el Pentágono emitieron un comunicado. «Se trata de un acto terrorista», según el comunicado."
    assert rules_speakers(text, "es", Kremlin="ORG", Pentágono="ORG") == [None]


# --- "teilte das Präsidialamt mit": a body an earlier sentence singled out by a place ------------------------------


def test_a_bare_body_noun_is_the_body_an_earlier_sentence_qualified() -> None:
    text = (
        "Das Präsidialamt in Moskau sprach von einem Terroranschlag. "
        "„Putin wurde bei dem Angriff nicht verletzt“, teilte das Präsidialamt mit."
    )
    assert rules_speakers(text, "de", Moskau="GPE") == ["Präsidialamt in Moskau"]


def test_a_bare_body_noun_with_two_qualified_bodies_before_is_nobody() -> None:
    text = (
        "Das Präsidialamt in Moskau sprach von einem Terroranschlag, das Präsidialamt in Kiew widersprach. "
        "„Putin wurde bei dem Angriff nicht verletzt“, teilte das Präsidialamt mit."
    )
    assert rules_speakers(text, "de", Moskau="GPE", Kiew="GPE") == [None]


# --- Turkish "açıklamada … denildi": the statement's issuer --------------------------------------------------------


def test_a_passive_verb_after_a_statement_of_a_body_in_the_ablative_is_that_bodys() -> None:
    text = 'Kremlin\'den yapılan açıklamada, "Putin saldırıda yaralanmadı" denildi.'
    assert rules_speakers(text, "tr", Kremlin="ORG") == ["Kremlin"]


def test_a_statement_opening_the_sentence_is_the_one_body_that_made_it_before() -> None:
    text = 'Kremlin bir açıklama yaptı. Açıklamada, "Putin saldırıda yaralanmadı" denildi.'
    assert rules_speakers(text, "tr", Kremlin="ORG") == ["Kremlin"]


def test_a_statement_two_bodies_made_is_nobodys() -> None:
    text = 'Kremlin ve Pentagon bir açıklama yaptı. Açıklamada, "Putin saldırıda yaralanmadı" denildi.'
    assert rules_speakers(text, "tr", Kremlin="ORG", Pentagon="ORG") == [None]


def test_a_bare_institution_noun_after_two_of_its_kind_is_nobody() -> None:
    text = (
        "The Russian foreign ministry and the Ukrainian foreign ministry traded accusations on Wednesday. "
        '"This is a clear act of terrorism," the ministry said.'
    )
    assert rules_speakers(text) == [None]


def test_a_bare_institution_noun_after_one_of_its_kind_is_that_one() -> None:
    text = 'The Russian foreign ministry condemned the attack. "This is a clear act of terrorism," the ministry said.'
    assert rules_speakers(text) == ["Russian foreign ministry"]
