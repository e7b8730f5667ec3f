"""A verb that takes an addressee ("asked", "urged", "warned") right after a quote has its subject after it.

"told Tom Hale" names whom someone told; "“Why now?” asked Tom Hale" names who asked: the verb stands right after the
quote's closing mark, with no subject before it, so the name after it is its inverted subject.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers


@pytest.mark.parametrize(
    "text",
    [
        '"How can we not panic after a night like this?" asked Tom Hale, a teacher.',
        '"Stay inside and keep the windows shut," urged Tom Hale.',
        '"Stay inside and keep the windows shut," warned the county spokesman, Tom Hale.',
    ],
)
def test_the_name_after_an_addressee_verb_right_after_the_quote_is_its_subject(text: str) -> None:
    assert rules_speakers(text, Tom_Hale="PERSON") == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject before the verb: the name after it is whom she told
        ('"Stay inside and keep the windows shut," Anna Reed told Tom Hale, the fire chief.', "Anna Reed"),
        ('"Stay inside and keep the windows shut," she told Tom Hale.', None),
    ],
)
def test_the_name_after_an_addressee_verb_with_its_subject_before_is_the_addressee(
    text: str, speaker: str | None
) -> None:
    assert rules_speakers(text, Tom_Hale="PERSON", Anna_Reed="PERSON") == [speaker]
