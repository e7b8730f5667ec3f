"""German "sie" is "she" or "they": with a finite verb only the plural has in its clause ("dass sie etwa sagen
wollen:") it is "they", so the quote it introduces is no one person's, not the last person of unknown gender the
article named (a side effect round s46's colon-clause rule showed on a development page). Self-written passages, with
the near miss of a singular verb ("dass sie sagen will:") that keeps "she"."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


def test_sie_with_a_plural_verb_is_they_and_names_no_one(toolkit) -> None:
    text = (
        "Auch Lindqvist ist das aufgefallen: Die Leute hier »reden wenig und lachen selten laut«. Dass die Urheber "
        "dieses Spruchs das keinesfalls böse meinen, dass sie etwa sagen wollen: »Wie schön, dass du dich so freust«, "
        "ist nicht jedem sofort klar."
    )
    assert speakers(toolkit, text) == ["Lindqvist", None]


def test_sie_with_a_singular_verb_stays_she(toolkit) -> None:
    text = (
        "Anna Lindqvist kam am Montag ins Dorf. "
        "Manche meinen, dass sie etwa sagen will: »Wie schön, dass du da bist.« Das versteht nicht jeder."
    )
    assert speakers(toolkit, text) == ["Anna Lindqvist"]
