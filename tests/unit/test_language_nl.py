"""Dutch, added as ARCHITECTURE.md's recipe says: its module services/enrich/languages/nl.py and this test.

Short lines written for the test: a date, a relative day, boilerplate, a quote and its speaker.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirestream.contracts import Entity, Mention
from wirestream.services.enrich.clean import rules
from wirestream.services.enrich.clean.logic import detect_language
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.written_dates.expressions import find_dates

WED = date(2023, 5, 3)


def days(text: str, pub: date = WED) -> list[tuple[str, str]]:
    return [(d.text, d.value.isoformat()) for d in find_dates(text, pub, "nl")]


def test_dutch_is_detected():
    assert detect_language("De minister zei gisteren dat het kabinet de steun aan Oekraïne voortzet.") == "nl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De minister sprak op 3 mei 2023 in Den Haag.", [("3 mei 2023", "2023-05-03")]),
        ("Het kabinet vergaderde gisteren.", [("gisteren", "2023-05-02")]),
        ("De regering viel twee weken geleden.", [("twee weken geleden", "2023-04-19")]),
        ("De wet kwam twee jaar en drie maanden geleden.", [("twee jaar en drie maanden geleden", "2021-02-01")]),
        ("Het parlement stemde dinsdag over de wet.", [("dinsdag", "2023-05-02")]),
        ("Op Koningsdag was het druk.", [("Koningsdag", "2023-04-27")]),
    ],
)
def test_dutch_dates(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lees ook: Kabinet valt over asielbeleid", "read also"),
        ("Door Jan de Vries en Anna Bakker", "byline"),
        ("Gepubliceerd op 3 mei 2023 om 14:05", "publication stamp"),
        ("Delen", "page chrome"),
        ("Word abonnee", "promo"),
    ],
)
def test_dutch_boilerplate(line, kind):
    assert rules.classify(line) == kind


def _person(text: str, name: str) -> Entity:
    mentions: list[Mention] = []
    start = 0
    for form in (name, name.split()[-1]):
        while (i := text.find(form, start)) >= 0:
            if not any(m.start <= i < m.end for m in mentions):
                mentions.append(Mention(text=form, start=i, end=i + len(form)))
            start = i + 1
        start = 0
    return Entity(name=name, label="PERSON", count=len(mentions), mentions=mentions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mark Rutte sprak dinsdag in Brussel. “We blijven Oekraïne steunen, zolang als nodig is,” zei hij.",
            "Mark Rutte",
        ),
        ("Mark Rutte sprak in Brussel. “Dit is een belangrijke dag voor de NAVO,” zegt hij.", "Mark Rutte"),
        (
            "Kajsa Ollongren sprak in Den Haag. “De steun aan Oekraïne gaat gewoon door,” verklaarde zij.",
            "Kajsa Ollongren",
        ),
        ("Volgens Mark Rutte is de steun “onvoorwaardelijk en blijvend voor de hele alliantie”.", "Mark Rutte"),
        ("“Dit is een belangrijke dag voor de NAVO en voor Europa,” aldus Mark Rutte.", "Mark Rutte"),
    ],
)
def test_a_dutch_quote_has_its_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text, [_person(text, speaker)], "nl")] == [speaker]


_SAID = "“De steun aan Oekraïne gaat gewoon door, zolang als nodig is,”"


def test_a_dutch_subordinate_clause_after_the_verb_holds_no_speaker():
    """ "toen" (when) opens a clause of its own: Rutte is not who said it (Dutch's subordinators)."""
    text = f"{_SAID} zeiden ingewijden toen Mark Rutte in Brussel was."
    assert [q.speaker for q in find_quotes(text, [_person(text, "Mark Rutte")], "nl")] == [None]


def test_a_dutch_title_with_van_is_completed_by_the_name():
    """ "de minister van Defensie, Kajsa Ollongren": "van" belongs to the title (Dutch's "of" words)."""
    text = f"{_SAID} zei de minister van Defensie, Kajsa Ollongren."
    assert [q.speaker for q in find_quotes(text, [_person(text, "Kajsa Ollongren")], "nl")] == ["Kajsa Ollongren"]
