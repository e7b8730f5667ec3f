"""Round s52: speakers of the incident's own sentences that the notes of round s50 left (Polish and Russian wire copy
on the drone attack), on short passages of its own, with near misses that keep the old reading. Self-written
passages: unit tests of one behaviour, not scores.

Fixed:

* (Polish, ``impersonal_heads``) "„…” – podkreślił w komunikacie Kreml": a document ("komunikat", an institution word
  of the Polish table too) and right after it the body the recogniser read. The institution phrase ran on over the
  name ("Komunikacie Kreml", an organisation named by no one), so the quote had no speaker. A document's head before
  a body that the recogniser read now gives that body, whether the body is the document's issuer in the genitive
  ("w komunikacie Kremla") or the verb's subject ("w komunikacie Kreml").
* (Italian, and every language with ``document_heads`` and ``of_words``) "“…”, si legge in una nota del Cremlino": an
  impersonal clause whose document names its issuer at once, after "of". Only a definite document that an earlier
  sentence introduced ("si legge nella nota" after "il Cremlino ha diffuso una nota") gave its issuer, so the quote
  had no speaker.
* (English titles, reader) "“…,” ISW analysts wrote": a plural title right after a body the recogniser read names
  that body's people, who say its words, as "analitycy ISW" and "the analysts of ISW" already did. "analysts" and
  "experts" are plural titles now; before, "analysts" read as one person of any gender.
* (German, reader) the same for a title written as a compound after a hyphen whose first part is how the article
  writes the body: "schrieben die ISW-Analysten", "Die ISW-Analysten schrieben: „…“" (was no one).
* (rules and ranker) "“No,” he said. “No. You tell me one …”" on an AEB page (Slate on John M. Ford) where the
  article had named only a woman, Elise Matthesen, before: the first quote's "he" resolved to no one, and the second,
  with no cue of its own, went to her (the ranker's pick; on a shorter passage the rules' continuation). A quote that
  goes on right after a quote whose cue is a gendered pronoun, only that short clause between them, now takes no
  person of the other known gender, in the rules and in the ranker.
* (registry) Dmitry Medvedev in Cyrillic ("Дмитрий Медведев", "Дмитро Медведєв") and Czech is the registry's person,
  with its id, as Peskov already was.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

_LEAD_PL = "W nocy nad Kremlem eksplodowały dwa drony. „Uważamy te działania za zaplanowany akt terrorystyczny” – "


def quotes(toolkit, text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_id) for q in enrich(dated(text, lang), toolkit).quotes]


@pytest.mark.parametrize(
    "tail",
    [
        "podkreślił w komunikacie Kreml.",  # the body as the verb's subject, after the document
        "podkreślono w komunikacie Kremla.",  # the body as the document's issuer
        "poinformował Kreml.",  # near miss: no document, as before
        "czytamy w oświadczeniu Kremla.",  # near miss: the reader's verb, as before
    ],
)
def test_a_document_then_the_kremlin_gives_the_kremlin(toolkit, tail):
    assert quotes(toolkit, _LEAD_PL + tail, "pl") == [("Kremlin", "place/moscow-kremlin")]


def test_a_document_then_a_place_gives_no_body_of_it(toolkit):
    # near miss: a place after the document is where it was published, no body the recogniser read
    text = _LEAD_PL + "podkreślono w komunikacie opublikowanym w Moskwie."
    assert quotes(toolkit, text, "pl") != [("Moscow", "place/moscow")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ночью над Кремлём взорвались два беспилотника. «Мы расцениваем эти действия как спланированный "
            "террористический акт», — написал в своём Telegram-канале Дмитрий Медведев.",
            "ru",
        ),
        (
            "Вночі над Кремлем вибухнули два безпілотники. «Ми розцінюємо ці дії як спланований терористичний "
            "акт», — написав у своєму Telegram-каналі Дмитро Медведєв.",
            "uk",
        ),
    ],
)
def test_medvedev_in_cyrillic_is_the_registry_person(toolkit, text, lang):
    assert quotes(toolkit, text, lang) == [("Dmitry Medvedev", "person/dmitry-medvedev")]


_LEAD_IT = 'Due droni sono esplosi sopra il Cremlino. "Consideriamo queste azioni un atto terroristico pianificato", '


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("si legge in una nota del Cremlino.", [("Kremlin", "place/moscow-kremlin")]),
        ("ha affermato il Cremlino in una nota.", [("Kremlin", "place/moscow-kremlin")]),  # near miss, as before
        ("si legge in una nota diffusa ieri.", [(None, None)]),  # near miss: no issuer named, no one
    ],
)
def test_an_impersonal_clause_gives_the_issuer_its_document_names(toolkit, tail, expected):
    assert quotes(toolkit, _LEAD_IT + tail, "it") == expected


_LEAD_EN = (
    "The Institute for the Study of War said the attack was likely staged. "
    '"The Kremlin is likely using the incident to justify escalation," '
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("ISW analysts wrote.", [("Institute for the Study of War", "org/institute-for-the-study-of-war")]),
        ("the ISW experts wrote.", [("Institute for the Study of War", "org/institute-for-the-study-of-war")]),
        ("the analysts wrote.", [(None, None)]),  # near miss: no body names them, no one
        ("the ISW wrote.", [("Institute for the Study of War", "org/institute-for-the-study-of-war")]),  # as before
    ],
)
def test_a_plural_title_after_a_body_is_that_bodys_people(toolkit, tail, expected):
    assert quotes(toolkit, _LEAD_EN + tail, "en") == expected


def test_a_plural_title_after_a_nation_is_no_body(toolkit):
    # near miss: a people's adjective before the plural title names no body; the analysts are no one the text names
    assert quotes(toolkit, _LEAD_EN + "Russian analysts wrote.", "en") == [(None, None)]


_DIALOGUE = (
    "{intro} She put to him a prompt: tell me a story. “No,” {pronoun} said. "
    "“No. You tell me one, and when you’re gone, I’ll tell it to somebody else.”"
)


@pytest.mark.parametrize(
    ("intro", "pronoun", "expected"),
    [
        ("Mary Ellison interviewed him for a convention.", "he", [None, None]),
        ("Mary Ellison interviewed him for a convention.", "she", ["Mary Ellison", "Mary Ellison"]),  # near miss
        ("Mike Ford met Mary Ellison at a convention.", "he", ["Mike Ford", "Mike Ford"]),  # near miss
    ],
)
def test_a_quote_going_on_after_a_pronoun_cue_keeps_its_gender(toolkit, intro, pronoun, expected):
    text = _DIALOGUE.format(intro=intro, pronoun=pronoun)
    assert [speaker for speaker, _ in quotes(toolkit, text, "en")] == expected


_LEAD_DE = "Das Institut für Kriegsstudien (ISW) hält eine Inszenierung für möglich. "
_QUOTE_DE = "„Der Kreml nutzt den Vorfall wahrscheinlich, um die Eskalation zu rechtfertigen“"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD_DE + _QUOTE_DE + ", schrieben die ISW-Analysten.", "Institute for the Study of War"),
        (_LEAD_DE + "Die ISW-Analysten schrieben: " + _QUOTE_DE + ".", "Institute for the Study of War"),
        (_LEAD_DE + _QUOTE_DE + ", schrieben die US-Analysten.", None),  # near miss: a country's, no body
        (_LEAD_DE + _QUOTE_DE + ", schrieben die Analysten.", None),  # near miss: no body named
    ],
)
def test_a_title_compound_after_a_body_is_that_bodys_people(toolkit, text, expected):
    assert [speaker for speaker, _ in quotes(toolkit, text, "de")] == [expected]
