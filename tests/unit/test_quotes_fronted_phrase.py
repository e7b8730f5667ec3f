"""A phrase or clause opening an English sentence, closed by a comma, holds no subject: a name in it is not the
person a later pronoun goes back to when a name follows the comma ("At a hearing of the panel that funds NASA, Rep.
Tom Hale pushed …" … "he said" is Hale, not NASA). German had its own rule for its verb-second clauses."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers

QUOTE = "“I understand there is a growing confidence among the contractors,” he said."


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "At a hearing of the subcommittee that funds NASA, Rep. Tom Hale pushed for greater use of the rocket. "
            + QUOTE,
            {"NASA": "ORG", "Tom_Hale": "PERSON"},
            "Tom Hale",
        ),
        (
            # a long opening phrase: the subject is counted from its comma, not from the sentence's start
            "At a hearing last month of the House appropriations subcommittee that funds NASA, Rep. Tom Hale, "
            "ranking member of the subcommittee, pushed for greater use of the rocket. " + QUOTE,
            {"NASA": "ORG", "Tom_Hale": "PERSON", "House": "ORG"},
            "Tom Hale",
        ),
        (
            "When Frank Miller arrived at the station, John Smith was already waiting. " + QUOTE,
            {"Frank_Miller": "PERSON", "John_Smith": "PERSON"},
            "John Smith",
        ),
        (
            "During a visit to the plant Siemens runs in Berlin, the Rev. Tom Hale praised the workers. " + QUOTE,
            {"Siemens": "ORG", "Berlin": "GPE", "Tom_Hale": "PERSON"},
            "Tom Hale",
        ),
    ],
)
def test_a_name_in_an_opening_phrase_is_not_the_subject(text: str, labels: dict[str, str], speaker: str) -> None:
    assert rules_speakers(text, "en", **labels) == [speaker]


def test_an_opening_phrase_with_no_name_after_its_comma_keeps_its_name() -> None:
    # no subject after the comma: the phrase's person stays the one in view
    text = "When Tom Hale arrived in the chamber, the vote was delayed. " + QUOTE
    assert rules_speakers(text, "en", Tom_Hale="PERSON") == ["Tom Hale"]


def test_a_pronoun_after_the_comma_keeps_the_phrases_person() -> None:
    text = "When Ann Lee decided to stop, she had no idea what would follow. “It was a huge decision for me,” she said."
    assert rules_speakers(text, "en", Ann_Lee="PERSON") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "En una audiencia del subcomité que financia la NASA, el congresista Tom Hale pidió más cohetes. "
            "«Entiendo que hay una confianza creciente entre los contratistas», dijo.",
        ),
        (
            "fr",
            "Lors d'une audition de la commission qui finance la NASA, le député Tom Hale a demandé plus de fusées. "
            "« Je comprends qu'il y a une confiance croissante chez les industriels », a-t-il dit.",
        ),
        (
            "it",
            "In un'audizione della commissione che finanzia la NASA, il deputato Tom Hale ha chiesto più razzi. "
            "«Capisco che c'è una fiducia crescente tra i fornitori», ha detto.",
        ),
        (
            "pt",
            "Numa audiência da comissão que financia a NASA, o deputado Tom Hale pediu mais foguetes. "
            "«Entendo que há uma confiança crescente entre os fornecedores», disse.",
        ),
    ],
)
def test_an_opening_phrase_in_the_romance_languages(language: str, text: str) -> None:
    assert rules_speakers(text, language, NASA="ORG", Tom_Hale="PERSON") == ["Tom Hale"]


# --- a given name's gender by the article's language ---------------------------------------------------------------


def test_a_given_name_reads_its_gender_in_the_articles_language() -> None:
    from wirestream.services.enrich.entities.name_data import given_name_gender

    assert given_name_gender("Jean", "fr") == "m"  # a woman's name in English, a man's in French
    assert given_name_gender("Jean", "en") == "f"
    assert given_name_gender("Jean") == "f"


def test_a_french_pronoun_finds_a_man_named_jean() -> None:
    text = (
        "Quand Pierre Martin est arrivé à la gare, Jean Dupont attendait déjà. "
        "« Nous sommes là depuis l'aube », a-t-il dit."
    )
    assert rules_speakers(text, "fr", Pierre_Martin="PERSON", Jean_Dupont="PERSON") == ["Jean Dupont"]
