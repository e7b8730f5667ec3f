"""German quote speakers, round s41's construction sweep: one self-written passage per construction that failed.

The round centred on a person the cue names that the names finder does not read: a surname alone (of any origin, no
registry entry), with an age in brackets, set off by commas from a long role, in the genitive after a cue's noun,
governed by the cue's "von", or named by a cue in the sentence before the quote.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "„Die Angriffe werden weitergehen“"


def product(toolkit, text: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


def people(toolkit, text: str) -> set[str]:
    return {e.name for e in enrich(dated(text, "de"), toolkit).entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brösicke (68) sagt: „Die Angriffe werden weitergehen.“", "Brösicke"),  # no one had been read
        ("Tkatschenko (45) sagte: „Die Angriffe werden weitergehen.“", "Tkatschenko"),
        (f"{QUOTE}, sagt Brösicke (68).", "Brösicke"),
    ],
)
def test_a_lone_surname_with_an_age_in_brackets_is_a_person(toolkit, text: str, speaker: str) -> None:
    assert product(toolkit, text) == [speaker]
    assert speaker in people(toolkit, text)


def test_a_word_the_article_writes_after_an_article_is_no_aged_surname(toolkit) -> None:
    text = "Die Bundesliga hat 18 Vereine. Bundesliga (18) und Zweite Liga (18) spielen am Samstag."
    assert "Bundesliga" not in people(toolkit, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the genitive body of the role had been the speaker: a wrong one
        (
            "Der Chef des ukrainischen Militärgeheimdienstes, Budanow, sagte: „Die Angriffe werden weitergehen.“",
            "Budanow",
        ),
        ("Der Chef des Militärgeheimdienstes, Sawtschuk, sagte: „Die Angriffe werden weitergehen.“", "Sawtschuk"),
        (f"{QUOTE}, sagte der Leiter der Militärverwaltung, Tkatschenko.", "Tkatschenko"),
        (f"{QUOTE}, sagte der Leiter der regionalen Militärverwaltung, Brösicke, am Abend.", "Brösicke"),
        ("Ignatenko, Sprecher der Luftwaffe, sagte: „Die Angriffe werden weitergehen.“", "Ignatenko"),
    ],
)
def test_a_lone_surname_set_off_by_commas_from_its_role_is_the_speaker(toolkit, text: str, speaker: str) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Vertreter von Siemens, Bosch und Rheinmetall sagten: „Die Angriffe werden weitergehen.“",  # a list
        "Der Sprecher des Ministeriums, Kiew, sagte: „Die Angriffe werden weitergehen.“",  # a place
    ],
)
def test_a_word_between_commas_that_is_no_surname_stays_no_person(toolkit, text: str) -> None:
    assert not people(toolkit, text) & {"Bosch", "Kiew", "Siemens", "Rheinmetall"}


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("sagte Gorbunow gegenüber der Zeitung", "Gorbunow"),  # the outlet after the preposition had blocked him
        ("sagte Krawtschuk gegenüber dem Sender", "Krawtschuk"),
        ("sagte Tkatschenko im Interview mit dem Sender", "Tkatschenko"),
        ("sagte Olaf Scholz gegenüber der Zeitung", "Olaf Scholz"),  # a name the recogniser reads: as before
    ],
)
def test_a_lone_surname_right_after_the_verb_then_a_preposition_is_the_speaker(toolkit, cue: str, speaker) -> None:
    assert product(toolkit, f"{QUOTE}, {cue}.") == [speaker]


def test_a_common_noun_after_the_verb_then_a_preposition_is_no_speaker() -> None:
    from tests.unit.test_quotes import speakers

    assert speakers(f"{QUOTE}, sagte Vater gegenüber der Zeitung.", "de") == [None]
    assert speakers(f"{QUOTE}, sagte Mittwoch gegenüber der Zeitung.", "de") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the genitive "s" had been kept ("Tkatschenkos": no surname of the gold), or no one read
        ("Nach Angaben Tkatschenkos ist das „ein Angriff auf uns alle“.", "Tkatschenko"),
        ("Nach Worten Kulebas ist das „ein Angriff auf uns alle“.", "Kuleba"),
        ("Nach Worten Melnyks ist das „ein Angriff auf uns alle“.", "Melnyk"),
        # the cue's own "von" governs the surname: no one had been read
        ("Nach Worten von Tkatschenko ist das „ein Angriff auf uns alle“.", "Tkatschenko"),
        ("Nach Angaben von Kirijenko ist das „ein Angriff auf uns alle“.", "Kirijenko"),
        ("Nach Worten des Ministers ist das „ein Angriff auf uns alle“.", None),
        ("Nach Angaben von Augenzeugen ist das „ein Angriff auf uns alle“.", None),
    ],
)
def test_a_lone_surname_a_cue_governs_is_its_source(toolkit, text: str, speaker) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut Kirijenko sind die Schäden gering. „Die Angriffe werden weitergehen.“", "Kirijenko"),
        ("Nach Angaben von Kirijenko sind die Schäden gering. „Die Angriffe werden weitergehen.“", "Kirijenko"),
        ("Nach Angaben Kirijenkos sind die Schäden gering. „Die Angriffe werden weitergehen.“", "Kirijenko"),
        ("Laut Experten sind die Schäden gering. „Die Angriffe werden weitergehen.“", None),
    ],
)
def test_a_lone_surname_a_cue_names_in_the_sentence_before_speaks_the_quote_after(toolkit, text, speaker) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{QUOTE}, sagt die 68-jährige Brösicke.", "Brösicke"),  # the age had blocked the name after it
        ("Die 68-jährige Brösicke sagt: „Die Angriffe werden weitergehen.“", "Brösicke"),
        (f"{QUOTE}, sagt die 68-jährige Rentnerin.", None),  # a noun: an unnamed woman, as before
        (f"{QUOTE}, sagt die 68-jährige Frau.", None),
    ],
)
def test_a_lone_surname_after_an_age_in_figures_is_the_speaker(text: str, speaker) -> None:
    from tests.unit.test_quotes import speakers

    assert speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Auch Woronzow äußerte sich: „Die Angriffe werden weitergehen.“", "Woronzow"),  # no one had been read
        ("Auch Brösicke sagte: „Die Angriffe werden weitergehen.“", "Brösicke"),
        ("Danach Tkatschenko sagte: „Die Angriffe werden weitergehen.“", "Tkatschenko"),
        ("Auch Experten warnten: „Die Angriffe werden weitergehen.“", None),  # a plural noun names no one
        ("Auch Polizei sagte: „Die Angriffe werden weitergehen.“", None),
    ],
)
def test_a_lone_surname_after_an_opening_adverb_before_the_verb_is_the_subject(toolkit, text: str, speaker) -> None:
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the surname right after the verb had been no person, so "er" had no one to go back to
        (f"Gegenüber Reportern sprach Terechow von einem Angriff. {QUOTE}, sagte er.", "Terechow"),
        (f"Am Mittwoch warnte Sawtschenkowa vor Angriffen. {QUOTE}, sagte sie.", "Sawtschenkowa"),
    ],
)
def test_a_russian_surname_right_after_a_speech_verb_is_a_person_a_pronoun_goes_back_to(toolkit, text, speaker) -> None:
    assert product(toolkit, text) == [speaker]
    assert speaker in people(toolkit, text)


@pytest.mark.parametrize(
    "text",
    [
        f"{QUOTE}, sagte Kiew.",
        f"{QUOTE}, sagte Charkiw.",
        "Auf Instagram zeigt Milliardärin Anna Berg ihre Kollektion.",  # a feminine noun ending like "-in"
    ],
)
def test_a_place_or_a_noun_right_after_a_speech_verb_is_no_person(toolkit, text: str) -> None:
    assert not people(toolkit, text) & {"Kiew", "Charkiw", "Milliardärin"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Terechow wörtlich: „Die Angriffe werden weitergehen.“", "Terechow"),  # no one had been read
        ("Dazu Terechow: „Die Angriffe werden weitergehen.“", "Terechow"),
        ("Brösicke dazu: „Die Angriffe werden weitergehen.“", "Brösicke"),
        ("Liveblog: „Die Angriffe werden weitergehen.“", None),  # a word and a colon alone: a heading's, maybe
        ("Liveblog aktuell: „Die Angriffe werden weitergehen.“", None),
        ("Dazu Experten: „Die Angriffe werden weitergehen.“", None),
    ],
)
def test_a_lone_surname_and_a_colon_with_a_cue_word_hand_over_to_the_quote(text: str, speaker) -> None:
    from tests.unit.test_quotes import speakers

    assert speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    "unit",
    [
        "„Wir planen hier gar nichts Neues“, sagte Gorbunow gegenüber der Zeitung, Nach Angaben von Kirijenko ",
        "Laut Kirijenko, Nach Worten Kulebas, Der Chef des Dienstes, Budanow, sagte Brösicke (68) ",
        "Auch Woronzow sagte: „Wir planen hier gar nichts Neues“. ",
        "Dazu Terechow: „Wir planen hier gar nichts Neues.“ Terechow wörtlich: „Wir planen hier gar nichts.“ ",
    ],
)
def test_the_sweeps_rules_stay_fast_on_hostile_input(unit: str) -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from tests.unit.test_quotes import speakers

    ratio = growth_ratio(
        lambda k: "Peskow sagte: " + unit * k,
        lambda text: speakers(text, "de", Peskow="PERSON"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the quotes (linear is about 10)"


@pytest.mark.parametrize(
    "unit",
    ["Der Chef des Dienstes, Budanow, sagte, Brösicke (68) sagt, Ignatenko, Sprecher der Luftwaffe, sagte. "],
)
def test_the_name_finders_new_readings_stay_fast_on_hostile_input(toolkit, unit: str) -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    ratio = growth_ratio(lambda k: unit * k, lambda text: toolkit.names(text, "de"), 100)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text (linear is about 10)"
