"""German wire copy (stop 33, "de7"): one behaviour per test, on short self-written lines.

German puts the finite verb of a main clause second: whatever fills the first place (an "according to" cue's phrase, a
subordinate clause) puts the speaker after the verb. The scores on real articles are ``python -m bench.eval quotes``.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import ents, rules_speakers
from wirestream.services.enrich.entities.quotes import find_quotes

CONTEXT = "Drohnen über dem Kreml. Die Ukraine wies die Vorwürfe zurück. "


@pytest.mark.parametrize(
    "lead",
    [
        "Laut TASS sagte Peskow:",
        "Nach Angaben von Interfax sagte Peskow:",
        "Laut der Agentur TASS erklärte Peskow:",
    ],
)
def test_a_speech_verb_right_after_a_cues_phrase_has_its_subject_after_it(lead: str) -> None:
    text = CONTEXT + lead + " „Die Drohnen wurden von der Luftabwehr abgeschossen.“"
    assert rules_speakers(text, "de", Peskow="PERSON", TASS="ORG", Interfax="ORG") == ["Peskow"]


@pytest.mark.parametrize("lead", ["Wie TASS berichtete, sagte Peskow:", "Nachdem TASS berichtet hatte, sagte Peskow:"])
def test_a_speech_verb_right_after_an_opening_subordinate_clause_has_its_subject_after_it(lead: str) -> None:
    text = CONTEXT + lead + " „Die Drohnen wurden von der Luftabwehr abgeschossen.“"
    assert rules_speakers(text, "de", Peskow="PERSON", TASS="ORG") == ["Peskow"]


def test_a_subject_before_the_verb_with_no_fronted_clause_stays_the_speaker() -> None:
    text = CONTEXT + "Peskow, der Sprecher, sagte dem Sender TASS: „Die Drohnen wurden abgeschossen.“"
    assert rules_speakers(text, "de", Peskow="PERSON", TASS="ORG") == ["Peskow"]


def test_a_short_quote_after_a_separable_speech_verbs_particle_and_colon_is_a_quote() -> None:
    text = CONTEXT + "Ramsan Kadyrow kündigte Vergeltung an: „Wir werden antworten.“"
    assert rules_speakers(text, "de", Ramsan_Kadyrow="PERSON") == ["Ramsan Kadyrow"]


def test_an_impersonal_verb_goes_on_with_the_source_a_cue_named_in_the_sentence_before() -> None:
    text = (
        CONTEXT + "Nach Angaben des Kreml handelte es sich um einen geplanten Anschlag. "
        "„Die Parade am 9. Mai findet wie geplant statt“, hieß es."
    )
    assert rules_speakers(text, "de", Kreml="ORG") == ["Kreml"]


def test_an_impersonal_verb_after_a_sentence_with_no_cue_stays_impersonal() -> None:
    text = (
        CONTEXT + "Der Kreml und die Ukraine stritten über den Anschlag. "
        "„Die Parade am 9. Mai findet wie geplant statt“, hieß es."
    )
    assert rules_speakers(text, "de", Kreml="ORG", Ukraine="GPE") == [None]


# --- stop 34 ("de8") ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Angriff sei „ein geplanter Terroranschlag“ gewesen, sagte Peskow.",
        "Der Angriff sei „ein geplanter Terroranschlag“ gewesen, so Peskow.",
        "Peskow sagte, der Angriff sei „ein geplanter Terroranschlag“ gewesen.",
    ],
)
def test_a_short_partial_quote_in_reported_speech_with_its_own_reporting_clause_is_a_quote(sentence: str) -> None:
    text = CONTEXT + sentence + " Kiew wies das zurück."
    quotes = find_quotes(text, ents(text, Peskow="PERSON"), "de")
    assert [(q.text, q.speaker) for q in quotes] == [("ein geplanter Terroranschlag", "Peskow")]


def test_an_inverted_reporting_clause_after_a_partial_quote_names_its_speaker() -> None:
    text = CONTEXT + "Der Angriff sei „ein geplanter terroristischer Anschlag“ gewesen, sagte Kremlsprecher Peskow."
    assert rules_speakers(text, "de", Peskow="PERSON") == ["Peskow"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die sogenannte „militärische Spezialoperation“ laufe weiter, sagte Peskow.",  # a scare marker
        "Die Zeitung „Nowaja Gaseta“ lüge, sagte Peskow.",  # a title
        "Die „Spezialoperation“ laufe weiter, sagte Peskow.",  # one word
        "Der Angriff war „ein geplanter Terroranschlag“, das steht fest.",  # no reported speech
    ],
)
def test_a_scare_quote_or_a_title_in_a_sentence_stays_no_quote(sentence: str) -> None:
    text = CONTEXT + sentence
    assert find_quotes(text, ents(text, Peskow="PERSON"), "de") == []


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Ramsan Kadyrow kündigte Vergeltung an: „Wir werden antworten.“", "kündigte an"),
        ("„Die Drohnen wurden von der Luftabwehr abgeschossen“, teilte Peskow am Mittwoch mit.", "teilte mit"),
        ("Ramsan Kadyrow sagte: „Wir werden antworten.“", "sagte"),
    ],
)
def test_a_separable_speech_verb_is_given_with_its_particle(sentence: str, verb: str) -> None:
    text = CONTEXT + sentence
    quotes = find_quotes(text, ents(text, Ramsan_Kadyrow="PERSON", Peskow="PERSON"), "de")
    assert [q.verb for q in quotes] == [verb]


def test_the_clause_that_opens_a_quote_with_its_colon_is_its_attribution_not_the_next_sentence() -> None:
    text = CONTEXT + "Ramsan Kadyrow sagte: „Wir werden darauf sehr hart antworten.“ Die Ukraine dementierte."
    assert rules_speakers(text, "de", Ramsan_Kadyrow="PERSON", Ukraine="GPE") == ["Ramsan Kadyrow"]


@pytest.mark.parametrize("lead", ["Zitat: ", ""])
def test_a_quote_after_a_speakers_reported_clause_goes_on_with_the_speaker_past_a_name_inside_it(lead: str) -> None:
    # "Russland" is in what Selenskyj said ("suche": a Konjunktiv I no table lists, the first person's form too)
    text = CONTEXT + (
        "Selenskyj sagte in seiner Videobotschaft, Russland suche nach Vorwänden. "
        + lead
        + "„Putin weiß nicht, was in seinem eigenen Land geschieht.“"
    )
    assert rules_speakers(text, "de", Selenskyj="PERSON", Russland="GPE", Putin="PERSON") == ["Selenskyj"]
