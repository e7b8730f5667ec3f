"""German spokesperson and statement cues of round s47 (the lead's probes after set q): shapes any German company news
uses, each with a near miss that keeps its reading.

1. "„…“, heißt es in einer Mitteilung der Siemens AG": the legal form "AG" right after a body's name had been read as the
   initials the body goes by ("das Bundesinstitut … BfArM"), so the speaker was "AG". Initials inside an organisation
   the recogniser read ("Siemens AG") are part of its name: the speaker is the body. Near miss: initials after a
   body's full name stay the name it goes by.
2. "„…“, sagte ein Sprecher des Unternehmens": a noun for any body of its kind (``anaphor_heads``) after a
   spokesperson, capitalised as German nouns are, had been taken for a body's name left unread, so no one spoke; it is
   the organisation in view, as "sagte ein Sprecher" and "teilte das Unternehmen mit" are. Near miss: with no
   organisation in view, no speaker.
3. "So sieht es auch Peter Vogl: „…“": "so" opening a clause with its finite verb after it is an adverb, not the cue
   "„…“, so Vogl"; it had been read as the cue's verb with "es" its subject, so no one spoke. Now the colon's clause
   names its one person, as "Ähnlich sieht es Vogl:" did. Near miss: "…, so Vogl: „…“" and "„…“, so Vogl." stay cues.
4. "So sagte es Anna Berg: „…“", "So formulierte es Vogl:": the neuter "es" right after the verb is its object (the
   words), the person after it the inverted subject; it had been read as the subject, so no one spoke. Near miss: "„…“,
   sagte es." alone keeps no speaker.
"""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

QUOTE = "„Wir prüfen derzeit alle Möglichkeiten für den Standort“"


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


def test_a_legal_form_after_a_body_is_part_of_its_name(toolkit):
    text = f"Die Halder AG baut Stellen ab. {QUOTE}, heißt es in einer Mitteilung der Halder AG."
    assert speakers(toolkit, text) == ["Halder AG"]


def test_near_miss_the_initials_a_body_goes_by_stay_its_name(toolkit):
    text = (
        "Das Bundesinstitut für Arzneimittel und Medizinprodukte prüft den Antrag. "
        f"{QUOTE}, teilte das Bundesinstitut für Arzneimittel und Medizinprodukte BfArM mit."
    )
    assert speakers(toolkit, text) == ["BfArM"]


def test_a_spokesperson_of_the_company_speaks_for_the_company_in_view(toolkit):
    for phrase in ("ein Sprecher des Unternehmens", "eine Sprecherin des Konzerns"):
        text = f"Die Halder AG baut Stellen ab. {QUOTE}, sagte {phrase}."
        assert speakers(toolkit, text) == ["Halder AG"], phrase


def test_near_miss_a_spokesperson_of_the_company_with_no_company_in_view(toolkit):
    text = f"Die Stadt plant neue Wohnungen. {QUOTE}, sagte eine Sprecherin des Konzerns."
    assert speakers(toolkit, text) == [None]


def test_so_opening_a_clause_before_its_verb_is_no_cue(toolkit):
    for clause in ("So sieht es Peter Vogl", "So sieht es auch Vogl"):
        text = f"Bürgermeister Peter Vogl kam spät. {clause}: „Wir prüfen derzeit alle Möglichkeiten für den Standort.“"
        assert speakers(toolkit, text) == ["Peter Vogl"], clause


def test_near_miss_so_after_a_comma_stays_the_cue(toolkit):
    quote = "„Wir prüfen derzeit alle Möglichkeiten für den Standort.“"
    for text in (
        f"Anna Berg kam spät. Peter Vogl kam auch. Das sei falsch, so Vogl: {quote}",
        f"Anna Berg kam spät. Peter Vogl kam auch. {QUOTE}, so Vogl.",
    ):
        assert speakers(toolkit, text) == ["Peter Vogl"], text


def test_a_neuter_object_before_the_inverted_subject_is_no_speaker(toolkit):
    quote = "„Wir prüfen derzeit alle Möglichkeiten für den Standort.“"
    for clause, who in (("So sagte es Anna Berg", "Anna Berg"), ("So formulierte es Vogl", "Peter Vogl")):
        text = f"Anna Berg und Peter Vogl kamen spät. {clause}: {quote}"
        assert speakers(toolkit, text) == [who], clause


def test_near_miss_a_neuter_pronoun_alone_after_the_verb_names_no_one(toolkit):
    text = f"Anna Berg kam spät. Das Kind lachte. {QUOTE}, sagte es."
    assert speakers(toolkit, text) == [None]
