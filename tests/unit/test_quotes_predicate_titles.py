"""A title said of a person with a copula ("X is the county spokesman") is theirs when a later cue speaks by it.

German had the mechanism (test_quotes_german.py); English, French, Spanish, Italian and Portuguese lacked their
copulas, and the body the title serves could stand between ("has been Britain's health ministry spokeswoman").
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers

BOUND = [
    (
        "en",
        "Tom Hale is the county spokesman. He spoke to reporters on Wednesday. "
        '"We consider this a planned act of arson," the county spokesman said.',
        "Tom Hale",
    ),
    (
        "en",
        "Sarah Lint has been Britain's health ministry spokeswoman since 2015. "
        '"This is a provocation and nothing else," the spokeswoman said.',
        "Sarah Lint",
    ),
    (
        "en",
        "Sarah Lint, who is the county spokeswoman, held a briefing. "
        '"This is a provocation and nothing else," the spokeswoman said.',
        "Sarah Lint",
    ),
    (
        "fr",
        "Jean Moulard, qui est le porte-parole de la mairie, a tenu un point presse. "
        "« C'est un acte criminel planifié », a déclaré le porte-parole.",
        "Jean Moulard",
    ),
    (
        "fr",
        "Jean Moulard est le porte-parole de la mairie. « C'est un acte criminel planifié », a déclaré le porte-parole.",
        "Jean Moulard",
    ),
    (
        "es",
        "Jorge Salinas es el portavoz del ayuntamiento. «Es un acto criminal planificado», dijo el portavoz.",
        "Jorge Salinas",
    ),
    (
        "it",
        "Marco Bellini è il portavoce del comune. «È un atto criminale pianificato», ha detto il portavoce.",
        "Marco Bellini",
    ),
    (
        "pt",
        "João Tavares é o porta-voz da prefeitura. «É um ato criminoso planejado», disse o porta-voz.",
        "João Tavares",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), BOUND)
def test_a_title_said_with_a_copula_is_the_persons(language: str, text: str, speaker: str) -> None:
    places = {"Britain": "GPE"} if "Britain" in text else {}
    assert rules_speakers(text, language, **{speaker.replace(" ", "_"): "PERSON"}, **places) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # someone else holds the title: a preposition between
        'Tom Hale was replaced by the spokesman. "We are safe and we will rebuild the town," the spokesman said.',
        # a negated copula
        'Tom Hale is not the spokesman. "We are safe and we will rebuild the town," the spokesman said.',
        # no copula: he met the title's holder
        'Tom Hale, who met the county spokesman, left early. "We are safe and we will rebuild the town," the '
        "spokesman said.",
        'Tom Hale met the county spokesman. "We are safe and we will rebuild the town," the spokesman said.',
    ],
)
def test_a_title_not_said_of_the_person_is_not_theirs(text: str) -> None:
    assert rules_speakers(text, Tom_Hale="PERSON") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Sen. John Doyle (R-Texas) criticised the bill. "It spends money we do not have," the senator said.',
            "John Doyle",
        ),
        (
            'Gov. Ruth Pellman met Sen. John Doyle. "It spends money we do not have," the governor said.',
            "Ruth Pellman",
        ),
    ],
)
def test_an_abbreviated_honorific_is_the_role_it_stands_for(text: str, speaker: str) -> None:
    # "Sen." is no title word the cast reads, but the role it abbreviates is the person's ("the senator")
    assert rules_speakers(text, John_Doyle="PERSON", Ruth_Pellman="PERSON") == [speaker]
