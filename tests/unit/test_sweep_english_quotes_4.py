"""English quote speakers named by a Russian or Ukrainian surname alone, round s43's construction sweep: one
self-written passage per construction that failed on 64d5bf3, and a near miss for each that keeps its reading.

The small English model reads such a surname right before or after a speech verb as a body ("“…,” said Kovalchuk",
"Marchuk said") or, where GeoNames has a district of that name, as a town ("“…,” Shevchenko said"), and reads nothing
of it opening a sentence ("Kovalchuk told reporters"). English now spells those surnames' endings
(``lone_surname_endings``); a town users know (known abroad, a capital, a regional capital, a city of a million) or a
word of the dictionary stays a place there ("Rostov said", "Kharkov said").
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "“The bridge will hold until spring,”"


def attributed(toolkit, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_label) for q in enrich(dated(text, "en"), toolkit).quotes]


def labelled(toolkit, text: str) -> dict[str, str]:
    return {m.text: e.label for e in enrich(dated(text, "en"), toolkit).entities for m in e.mentions}


# 1. a surname the model read as a body or a town right at a speech verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE} Shevchenko said.", "Shevchenko"),  # GeoNames' Shevchenko, a district of Poltava: had been a town
        (f"{QUOTE} said Shevchenko.", "Shevchenko"),
        (f"{QUOTE} Shevchenko told reporters.", "Shevchenko"),
        (f"{QUOTE} said Kovalchuk.", "Kovalchuk"),  # had been a body
        (f"{QUOTE} Marchuk said.", "Marchuk"),
    ],
)
def test_a_ukrainian_surname_at_a_speech_verb_is_a_person(toolkit, text: str, speaker: str) -> None:
    assert attributed(toolkit, text) == [(speaker, "PERSON")]
    assert labelled(toolkit, text) == {speaker: "PERSON"}


# 2. a surname the model read nothing of, opening a sentence before a speech verb --------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shevchenko said: “The bridge will hold until spring.”", "Shevchenko"),
        (f"Kovalchuk told reporters the road was open. {QUOTE} he said.", "Kovalchuk"),  # "he" had had no one
    ],
)
def test_a_ukrainian_surname_opening_a_sentence_before_a_speech_verb_is_a_person(toolkit, text, speaker) -> None:
    assert attributed(toolkit, text) == [(speaker, "PERSON")]


# near misses: towns users know, a full name, a surname with no speech verb ---------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (f"{QUOTE} Rostov said.", "Rostov"),  # Rostov-on-Don, known abroad: "Rostov said" with no other cue
        (f"{QUOTE} said Rostov.", "Rostov"),
        (f"{QUOTE} Kharkov said.", "Kharkov"),  # Kharkiv's other name
        ("Rostov said the talks had failed.", "Rostov"),
    ],
)
def test_a_town_users_know_at_a_speech_verb_stays_a_place(toolkit, text: str, town: str) -> None:
    assert labelled(toolkit, text) == {town: "GPE"}


@pytest.mark.parametrize(
    "text",
    [
        "Shevchenko district was shelled overnight. The bridge held.",  # the district, no speech verb
        "Residents of Shevchenko district left on Monday.",
    ],
)
def test_a_surname_spelt_town_with_no_speech_verb_stays_as_it_was(toolkit, text: str) -> None:
    assert labelled(toolkit, text).get("Shevchenko") == "GPE"


def test_a_full_name_at_a_speech_verb_stays_the_person(toolkit) -> None:
    assert attributed(toolkit, f"{QUOTE} Marinka Petrova said.") == [("Marinka Petrova", "PERSON")]


# the round's rules stay linear ----------------------------------------------------------------------------------


def test_the_surname_rules_stay_fast_on_hostile_input(toolkit) -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from wirestream.services.enrich.entities.frames import _speaking_surnames

    ratio = growth_ratio(
        lambda k: "Shevchenko said: “Yes.” Kovalchuk told reporters. " * k + "“No,” said Marchuk.",
        lambda text: _speaking_surnames([], text, "en", toolkit.gazetteer),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text (linear is about 10)"
