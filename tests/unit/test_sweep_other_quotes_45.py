"""Quote speakers in other languages, round s45's construction sweep: one self-written passage per construction that
failed on the development pages, and a near miss for each that must keep its old reading."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def product(toolkit, text: str, lang: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            'Il ministro Rossi e il collega Bianchi hanno parlato della "necessità di una tregua" durante il vertice'
            " di ieri, afferma il ministero degli Esteri.",
            "Ministero degli Esteri",
        ),
        (
            "it",
            'Il ministro Rossi e il collega Bianchi hanno parlato della "necessità di una tregua" durante il vertice'
            " di ieri, fa sapere un comunicato il ministero degli Esteri.",  # "fa sapere" and its document between
            "Ministero degli Esteri",
        ),
        (
            "es",
            'El ministro Pérez y su colega Gómez hablaron de la "necesidad de una tregua" durante la reunión de ayer,'
            " afirmó el Ministerio de Exteriores.",
            "Ministerio de Exteriores",
        ),
    ],
)
def test_a_partial_quote_closed_by_an_inverted_reporting_clause_is_its_subjects(
    toolkit, lang: str, text: str, speaker: str
) -> None:
    # the sentence's own subjects talk about the words; the clause after the last comma says whose words they are
    assert product(toolkit, text, lang) == [speaker]


def test_an_inverted_closing_clause_with_an_unnamed_subject_gives_no_one(toolkit) -> None:
    # a near miss: the closing clause's subject is someone the article does not name, not the sentence's subject
    text = (
        'Il ministro Rossi ha parlato della "necessità di una tregua" durante il vertice di ieri, afferma una fonte'
        " diplomatica."
    )
    assert product(toolkit, text, "it") == [None]


def test_a_speech_verb_before_the_quote_keeps_its_subject_over_a_closing_clause(toolkit) -> None:
    # a near miss: "ha detto che" attributes the words before the quote; the closing clause only relays them
    text = (
        'Il ministro Rossi ha detto che serve "una tregua subito per tutti i civili di Gaza" e per gli ostaggi,'
        " riferisce il ministero degli Esteri."
    )
    assert product(toolkit, text, "it") == ["Rossi"]


def test_a_sentence_naming_the_quotes_words_then_its_speaker_gives_that_speaker(toolkit) -> None:
    # Spanish puts the subject first after the phrase that names the words ("Con esa frase, X respondió")
    text = '"No pienso renunciar a mi cargo". Con esa frase, Marta Ruiz respondió este lunes a las críticas de la oposición.'
    assert product(toolkit, text, "es") == ["Marta Ruiz"]


def test_a_sentence_naming_the_quotes_words_with_no_speaker_after_it_gives_no_one(toolkit) -> None:
    # a near miss: the phrase is followed by no person at once; the person named later is not the speaker
    text = (
        '"No pienso renunciar a mi cargo". Con esa frase, el debate terminó este lunes tras las críticas de Marta Ruiz.'
    )
    assert product(toolkit, text, "es") == [None]


@pytest.mark.parametrize(
    "signature",
    [
        "\n\nPaul Mercier, journaliste, au sujet de Jean Roux, émission du 3 mars 2019",  # on the line after it
        " Paul Mercier, journaliste, dans une étude pour la Fondation Lumière",  # right after the closing mark
    ],
)
def test_a_pull_quote_signed_by_a_name_and_a_comma_with_no_dash_is_that_persons(toolkit, signature: str) -> None:
    text = (
        "Le débat a duré toute la soirée sur les plateaux.\n\n"
        f"« Il est responsable puisqu’il était sur place au mauvais moment. »{signature}\n\n"
        "Pourtant les faits étaient connus."
    )
    assert product(toolkit, text, "fr") == ["Paul Mercier"]


def test_a_sentence_about_a_person_after_a_pull_quote_is_no_signature(toolkit) -> None:
    # a near miss: the line after the quote is a sentence about the person (it ends in a full stop), not a signature
    text = (
        "Le débat a duré toute la soirée sur les plateaux.\n\n"
        "« Il est responsable puisqu’il était sur place au mauvais moment. »\n\n"
        "Paul Mercier, journaliste, a quitté la chaîne en 2019 après une longue carrière."
    )
    assert product(toolkit, text, "fr") == [None]
