"""German quote attribution, one behaviour per test: causes of missing speakers seen on German development pages."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers


@pytest.mark.parametrize(
    "text",
    [
        # no comma between the closing mark and the verb, a present-tense form the lemmatiser leaves as it is
        "Ausblick. „Von allein verändert sich gar nichts“ resümiert Vizepräsidentin Sabine Lackner im Video.",
        "„Das ist eine völlig falsche Darstellung der Lage“ entgegnet Sabine Lackner.",
        "„Die Zahlen sind deutlich schlechter als erwartet“ konstatiert Sabine Lackner nüchtern.",
        "„Das hat mit der Wirklichkeit wenig zu tun“ moniert Sabine Lackner.",
        "„Wir warten seit Monaten auf eine klare Antwort“ bemängelt Sabine Lackner.",
    ],
)
def test_german_speech_verb_forms_after_the_quote(text: str) -> None:
    assert speakers(text, "de", Sabine_Lackner="PERSON") == ["Sabine Lackner"]


def test_surname_after_article_and_adjective_is_the_person_named_in_full() -> None:
    # "der optimistische Torgersen": an adjective between the article and a surname the article gave in full
    text = (
        "Der norwegische Trainer Tobias Torgersen übernahm das Team. "
        "„Es ist unser Hauptziel, gesund zu bleiben, ganz sicher.“, sagte der optimistische Torgersen."
    )
    assert speakers(text, "de") == ["Tobias Torgersen"]


def test_noun_after_article_and_adjective_stays_no_name() -> None:
    # a heading of common nouns ("Selbstfahrendes Auto") does not make "das selbstfahrende Auto" a person
    text = (
        "Selbstfahrendes Auto\n\nDie Technik kommt. "
        "„Das wird noch viele Jahre dauern, da sind wir sicher“, sagt das selbstfahrende Auto."
    )
    assert speakers(text, "de") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare role before a name ("Kollegin", "Trainer") is a title, not the person's first name
        (
            "Kollegin Lisa Wagner sieht darin etwas Allgemeines: «So ein bisschen stehen sie für eine Ehe.»",
            "Lisa Wagner",
        ),
        (
            "Die Mannschaft spielte gut. Der Trainer Jonas Eriksen war zufrieden. "
            "„Wir haben heute alles richtig gemacht, wirklich alles“, sagte Eriksen.",
            "Jonas Eriksen",
        ),
    ],
)
def test_german_bare_roles_before_names(text: str, speaker: str) -> None:
    assert speakers(text, "de") == [speaker]
