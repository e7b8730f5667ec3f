"""German quote speakers, round s46's construction sweep: one self-written passage per construction that failed on
459d1754, and a near miss for each that keeps the reading it had there.

The constructions: a noun of someone's words or view with its owner after a cue or a verb ("„…“, so das Fazit von
Anna Berg", "lautet die Einschätzung von X", "lautet sein Motto"); a next sentence opened by "So sieht es X"; a short
colon clause whose subject is a lone surname no recogniser read ("Auch Kowalski ist das aufgefallen: …"); and a view
given "für" a person with an apposition between commas ("Für Anna Berg, Sprecherin der Initiative, steht fest: …").
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "„Die alte Brücke ist seit Jahren marode“"


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


# 1. a noun of words and its owner --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{QUOTE}, so das Fazit von Peter Müller.", "Peter Müller"),
        (f"{QUOTE}, so die Einschätzung von Anna Berg.", "Anna Berg"),
        (f"{QUOTE}, lautet das Urteil von Peter Müller.", "Peter Müller"),
        (f"{QUOTE}, lautet die Einschätzung von Bauhofleiterin Anna Berg.", "Anna Berg"),
        (f"Das Fazit von Peter Müller: {QUOTE[:-1]}.“", "Peter Müller"),
        (f"Die Antwort von Anna Berg kam prompt: {QUOTE[:-1]}.“", "Anna Berg"),
    ],
)
def test_a_noun_of_words_names_its_owner_after_von(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peter Müller leitet den Bauhof. „Wer nichts wagt, der nichts gewinnt“, lautet sein Motto.", "Peter Müller"),
        ("Anna Berg leitet das Amt. „Wer nichts wagt, der nichts gewinnt“, lautet ihr Credo.", "Anna Berg"),
    ],
)
def test_a_possessive_before_a_noun_of_words_is_its_owner(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a noun that names no one's words (a title, a town's motto): no speaker, as before
        "Peter Müller leitet den Bauhof. „Wer nichts wagt, der nichts gewinnt“, lautet der Titel von Peter Müller.",
        "Peter Müller leitet den Bauhof. „Wer nichts wagt, der nichts gewinnt“, lautet das Motto der Stadt.",
        # a genitive and a common noun read as one name by the names finder: no one's name, no speaker
        "„Wer nichts wagt, der nichts gewinnt“, so das Motto von Peter Müllers Firma.",
        # "ihr" is also "their": the residents of the sentence before, not the woman named before them
        "Anna Berg leitet das Amt. Die Anwohner sind sauer. „Wer nichts wagt, der nichts gewinnt“, lautet ihr Fazit.",
    ],
)
def test_a_title_or_a_body_owned_noun_names_no_speaker(toolkit, text: str) -> None:
    assert speakers(toolkit, text) == [None]


# 2. "So sieht es X." ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{QUOTE[:-1]}.“ So sieht es Peter Müller.", "Peter Müller"),
        (f"{QUOTE[:-1]}.“ So formuliert es Anna Berg.", "Anna Berg"),
    ],
)
def test_so_sieht_es_in_the_next_sentence_names_the_speaker(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


def test_so_sieht_es_aus_names_no_one(toolkit) -> None:
    # "So sieht es aus." names no one: the quote keeps the reading it had (no speaker)
    assert speakers(toolkit, f"Anna Berg leitet das Amt. {QUOTE[:-1]}.“ So sieht es aus.") == [None]


# 3. a lone surname opening a colon clause ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Schon der König Friedrich Wilhelm I. schwieg. Auch Kowalski ist das aufgefallen: »Die Bauern haben zu wenig"
        " Regen bekommen.«",
        "Schon der König Friedrich Wilhelm I. schwieg. Auch Kowalski ist das aufgefallen: Die Bauern »haben in diesem"
        " Jahr zu wenig Regen bekommen«.",
        "Kowalski hat das bemerkt: »Die Bauern haben in diesem Jahr viel zu wenig Regen bekommen.«",
    ],
)
def test_a_lone_surname_opening_a_colon_clause_speaks(toolkit, text: str) -> None:
    assert speakers(toolkit, text) == ["Kowalski"]


@pytest.mark.parametrize(
    "text",
    [
        "Heute ist das anders: »Die Bauern haben in diesem Jahr viel zu wenig Regen bekommen.«",
        "Niemand hat das bemerkt: »Die Bauern haben in diesem Jahr viel zu wenig Regen bekommen.«",
    ],
)
def test_a_common_word_opening_a_colon_clause_is_no_speaker(toolkit, text: str) -> None:
    assert speakers(toolkit, text) == [None]


# 4. "Für X, apposition, steht fest:" -----------------------------------------------------------------------------


def test_a_view_for_a_person_with_an_apposition_is_theirs(toolkit) -> None:
    text = f"Für Anna Berg, Sprecherin der Initiative, steht fest: {QUOTE[:-1]}.“"
    assert speakers(toolkit, text) == ["Anna Berg"]


def test_a_view_for_a_person_with_an_apposition_and_no_colon_names_no_one(toolkit) -> None:
    text = f"Für Anna Berg, Sprecherin der Initiative, ist das alles zu wenig. {QUOTE[:-1]}.“"
    assert speakers(toolkit, text) == [None]
