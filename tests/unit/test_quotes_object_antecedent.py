"""A gendered pronoun no subject fits goes to the one person of its gender the sentences before the quote name in
another role (an object, after a preposition): "When Ford visited his editor Ann Lee, he left poems on her desk.
“…,” she recalled." is Ann Lee. Never when someone unnamed, someone of unknown gender, or a subject could be meant."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "When Tom Hale visited his editor Maria Lopez at her office, he would leave short poems on her desk. "
            "“Life was not long enough for all the things he wanted to do,” she recalled.",
            {"Tom_Hale": "PERSON", "Maria_Lopez": "PERSON"},
            "Maria Lopez",
        ),
        (
            "Tom Hale met Maria Lopez at the town hall on Monday. “We did not agree on anything at all,” she said.",
            {"Tom_Hale": "PERSON", "Maria_Lopez": "PERSON"},
            "Maria Lopez",
        ),
    ],
)
def test_the_one_person_of_the_pronouns_gender_named_as_an_object(
    text: str, labels: dict[str, str], speaker: str
) -> None:
    assert rules_speakers(text, "en", **labels) == [speaker]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # an unnamed woman may be meant
        (
            "Tom Hale met a woman at the town hall and Maria Lopez on Monday. A woman spoke first. "
            "“We did not agree on anything at all,” she said.",
            {"Tom_Hale": "PERSON", "Maria_Lopez": "PERSON"},
        ),
        # two women named: unsure
        (
            "Tom Hale met Maria Lopez and Anna Berg on Monday. “We did not agree on anything at all,” she said.",
            {"Tom_Hale": "PERSON", "Maria_Lopez": "PERSON", "Anna_Berg": "PERSON"},
        ),
        # a possessor: the one owned, unnamed, may be meant
        (
            "Tom Hale met Maria Lopez's aide at the town hall on Monday. “We did not agree on anything,” she said.",
            {"Tom_Hale": "PERSON", "Maria_Lopez": "PERSON"},
        ),
        # a person whose gender nothing shows (a surname alone)
        (
            "Tom Hale met Lopez at the town hall on Monday. “We did not agree on anything at all,” she said.",
            {"Tom_Hale": "PERSON", "Lopez": "PERSON"},
        ),
    ],
)
def test_no_speaker_when_another_could_be_meant(text: str, labels: dict[str, str]) -> None:
    assert rules_speakers(text, "en", **labels) == [None]
