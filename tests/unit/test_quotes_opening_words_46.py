"""An English sentence opened by a subordinator or an adverb of contrast before a surname ("Although Ford had
outlined the book, he …", "Yet Sondland has amended …") names the person without that word: the speaker a later
"he said" goes to is the person the article named, not "Although Ford". Found sweeping the English development pages
outside every check set (round s46); each on a short self-written passage, with a near miss where the subordinate
clause's name is not the speaker of the main clause."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "en"), toolkit).quotes]


def test_yet_opening_a_sentence_is_no_part_of_the_speakers_name(toolkit) -> None:
    text = (
        'Gordon Hale testified on Tuesday. Yet Hale has already amended his testimony once. "I now do recall," he said.'
    )
    assert speakers(toolkit, text) == ["Gordon Hale"]


def test_although_opening_a_sentence_is_no_part_of_the_speakers_name(toolkit) -> None:
    text = (
        "Mike Dorn wrote six novels. Although Dorn had outlined the last one in verse, he struggled with it. "
        '"It is not easy to write action," he wrote to a friend.'
    )
    assert speakers(toolkit, text) == ["Mike Dorn"]


def test_the_main_clause_after_although_names_the_speaker(toolkit) -> None:
    text = (
        "Mike Dorn wrote six novels. Although Dorn had outlined the last one in verse, his editor Jane Starner "
        'was unconvinced. "It was too dense," she said.'
    )
    assert speakers(toolkit, text) == ["Jane Starner"]


def test_a_pronoun_is_not_the_person_the_quote_names_in_the_third_person(toolkit) -> None:
    text = (
        "Mary Dale bought a house in Nashville that summer. Her son still laughs about it. "
        '"It could have been easy for Mary Dale to coast on her name, but she did not," she said.'
    )
    assert speakers(toolkit, text) == [None]


def test_a_pronoun_still_resolves_when_the_quote_names_someone_else(toolkit) -> None:
    text = (
        "Mary Dale bought a house in Nashville that summer. "
        '"It could have been easy for Tom Reyes to help, but he did not," she said.'
    )
    assert speakers(toolkit, text) == ["Mary Dale"]
