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
