"""German quote speakers, round s42's construction sweep: one self-written passage per construction that failed.

The round centred on a surname the quote reader read as something else or cut: a town's other name after a speech
verb ("sagte Jusow"), a name a line break cuts ("Boris⏎Pistorius"), a demonstrative object before the verb ("„…“, das
sagte X"), "Wie X mitteilte, …" before or after a quote, an agency citing someone ("zitierte die Agentur Tass X"), and
Ukrainian surnames opening a sentence before a speech verb ("Kowaltschuk erklärte"). Each positive case failed on
ea40e7c; each near miss keeps the reading it had there.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from tests.unit.test_sweep_german_quotes_3 import product
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "„Die Angriffe werden weitergehen“"


def labelled(toolkit, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_label) for q in enrich(dated(text, "de"), toolkit).quotes]


# 1. a town's other name after a speech verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{QUOTE}, sagte Jusow.",  # GeoNames gives "Jusow" for Donetsk: the town had been the speaker
        f"{QUOTE}, sagte Jusow am Abend.",
        "Jusow sagte: „Die Angriffe werden weitergehen.“",
    ],
)
def test_a_towns_other_name_right_at_a_speech_verb_is_a_surname(toolkit, text: str) -> None:
    assert labelled(toolkit, text) == [("Jusow", "PERSON")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, sagte Kiew.", "Kyiv"),  # the language's own name of the town (its dictionary lists it)
        (f"{QUOTE}, sagte Moskau.", "Moscow"),
        (f"{QUOTE}, sagte Charkiw.", "Kharkiv"),  # the town's own name as German spells it
        (f"{QUOTE}, sagte Rostow.", "Rostov-on-Don"),  # the first part of the town's own name
        (f"In Jusow blieb es ruhig. {QUOTE}, sagte er.", None),  # no speech verb at the town's name: no one
    ],
)
def test_a_towns_name_in_the_language_or_away_from_a_verb_stays_the_town(toolkit, text: str, speaker) -> None:
    assert product(toolkit, text) == [speaker]


# 2. a name cut by a line break ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, sagte der Minister Boris\nPistorius.", "Boris Pistorius"),  # had been "Boris"
        (f"{QUOTE}, sagte die Ministerin Anna\nBerghoff am Abend.", "Anna Berghoff"),  # had been "Anna"
    ],
)
def test_a_name_a_line_break_cuts_in_its_sentence_is_read_whole(toolkit, text: str, speaker: str) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "lines"),
    [
        # a line of names alone (a heading, a list item) stays a line of its own
        (f"Anna Berghoff\nPeter Kunz\n{QUOTE}, sagte Kunz.", "Peter Kunz", 3),
        (f"Es sprachen Anna Berghoff\nPeter Kunz\n{QUOTE}, sagte Kunz.", "Peter Kunz", 3),
        # a common word opening the next line: a sentence that lost its full stop, no name
        (f"{QUOTE}, sagte Brösicke\nDas ist neu.", "Brösicke", 2),
    ],
)
def test_a_line_break_before_a_heading_a_list_item_or_a_common_word_still_ends_the_line(text, speaker, lines) -> None:
    from tests.unit.test_quotes import speakers
    from wirestream.services.enrich.entities.quotes.language import common_word
    from wirestream.services.enrich.entities.quotes.text import Layout

    assert speakers(text, "de") == [speaker]
    assert len(Layout(text, [], frozenset(), lambda word: common_word(word.lower(), "de")).paragraphs) == lines


# 3. a demonstrative object between the comma and the verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, das sagte Brösicke.", "Brösicke"),  # no one had been read ("das sagte" taken for a noun)
        (f"{QUOTE}, dies erklärte Kirijenko am Abend.", "Kirijenko"),
        (f"Anna Berghoff kam spät. {QUOTE}, das sagte sie.", "Anna Berghoff"),
    ],
)
def test_a_demonstrative_object_before_the_speech_verb_leaves_its_inverted_subject_the_speaker(
    toolkit, text: str, speaker: str
) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f"{QUOTE}, das sagte der Minister.",  # an unnamed minister: no one, as before
        f"{QUOTE}, das Gesagte gilt weiter.",  # a noun after the article, no verb
    ],
)
def test_a_demonstrative_before_no_named_subject_names_no_one(toolkit, text: str) -> None:
    assert product(toolkit, text) == [None]


# 4. "Wie X sagte, …" before or after a quote --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Wie Kirijenko mitteilte, sind die Schäden gering. {QUOTE}.", "Kirijenko"),  # no one had been read
        (f"Wie Brösicke sagte, sind die Schäden gering. {QUOTE}.", "Brösicke"),
        (f"{QUOTE}. Wie Kirijenko mitteilte, sind die Schäden gering.", "Kirijenko"),
        (f"{QUOTE}. Wie Anna Berghoff sagte, sind die Schäden gering.", "Anna Berghoff"),
    ],
)
def test_wie_and_a_speaker_opening_the_sentence_before_or_after_a_quote_name_its_speaker(
    toolkit, text: str, speaker: str
) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Wie Experten sagten, sind die Schäden gering. {QUOTE}.", None),  # a plural noun names no one
        (f"{QUOTE}. Wie die Polizei mitteilte, sind die Schäden gering.", None),  # an unnamed body, as before
        # a quote with an attribution of its own keeps it
        (f"Peter Kunz sagte: {QUOTE}. Wie Anna Berghoff mitteilte, sind die Schäden gering.", "Peter Kunz"),
    ],
)
def test_wie_without_a_named_speaker_or_after_an_attributed_quote_changes_nothing(toolkit, text: str, speaker) -> None:
    assert product(toolkit, text) == [speaker]


# 5. an agency citing someone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, zitierte die Agentur Tass Kirijenko.", "Kirijenko"),  # had been "Tass Kirijenko"
        (f"{QUOTE}, zitierte die Nachrichtenagentur Interfax Kowaltschuk.", "Kowaltschuk"),
    ],
)
def test_the_one_an_agency_cites_after_its_name_is_the_speaker(toolkit, text: str, speaker: str) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, zitierte die Agentur Tass.", "Tass"),  # quoting no one named: the agency, as before
        (f"{QUOTE}, zitierte die Agentur Tass am Abend.", "Tass"),
        (f"{QUOTE}, meldete die Agentur Tass.", "Tass"),
    ],
)
def test_an_agency_citing_no_one_named_stays_the_speaker(toolkit, text: str, speaker: str) -> None:
    assert product(toolkit, text) == [speaker]


# 6. Ukrainian and Russian surnames opening a sentence before a speech verb ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # read as a body ("Rheinmetall teilte mit"), so "er" had no one to go back to
        (f"Kowaltschuk erklärte, die Lage sei ruhig. {QUOTE}, sagte er.", "Kowaltschuk"),
        (f"Tkatschenko erklärte, die Lage sei ruhig. {QUOTE}, sagte er.", "Tkatschenko"),
        (f"Martschuk sagte, die Lage sei ruhig. {QUOTE}, sagte er.", "Martschuk"),
        # a town of that name too (GeoNames' Shevchenko): a surname at the speech verb
        (f"Schewtschenko sagte, die Lage sei ruhig. {QUOTE}, sagte er.", "Schewtschenko"),
    ],
)
def test_a_ukrainian_surname_opening_a_sentence_before_a_speech_verb_is_a_person(toolkit, text, speaker) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f"Rheinmetall erklärte, die Lage sei ruhig. {QUOTE}, sagte er.",  # a body, no surname's ending
        f"Polizei erklärte, die Lage sei ruhig. {QUOTE}, sagte er.",
    ],
)
def test_a_lone_body_opening_a_sentence_is_no_one_a_pronoun_goes_back_to(toolkit, text: str) -> None:
    assert product(toolkit, text) == [None]


# the round's rules stay linear ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "„Wir planen hier gar nichts Neues“, das sagte Brösicke. Wie Kirijenko mitteilte, ist es so. ",
        "„Wir planen hier gar nichts Neues“, sagte der Minister Boris\nPistorius am Abend. ",
        "„Wir planen hier gar nichts Neues“, zitierte die Agentur Tass Kirijenko. Kowaltschuk erklärte, es sei so. ",
        "„Wir planen hier gar nichts Neues“. Wie Kirijenko mitteilte, ist es so. Anna\nBerghoff\n",
    ],
)
def test_the_sweeps_rules_stay_fast_on_hostile_input(unit: str) -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from tests.unit.test_quotes import speakers

    ratio = growth_ratio(
        lambda k: "Peskow sagte: " + unit * k,
        lambda text: speakers(text, "de", Peskow="PERSON", Tass="ORG", Jusow="GPE"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the quotes (linear is about 10)"


def test_a_long_line_of_capitalised_words_over_line_breaks_stays_fast() -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from tests.unit.test_quotes import speakers

    ratio = growth_ratio(
        lambda k: "„Wir planen hier gar nichts Neues“, sagte der Minister " + "Anna Berg\n" * k,
        lambda text: speakers(text, "de"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text (linear is about 10)"
