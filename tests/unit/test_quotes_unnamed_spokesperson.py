"""An unnamed spokesperson speaks for the body named before the title ("a Kremlin spokesman said", "A Sussex Police
spokesman said", "ein NATO-Sprecher", "ein Kreml-Sprecher" where the article reads the Kremlin): the body is the
speaker, as "a spokesman for the Kremlin" already was. Only after an indefinite article: "the Kremlin spokesman" is a
person the article may name."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers


def test_a_body_before_an_unnamed_spokespersons_title_speaks():
    text = '"We are checking the reports on the drones," a Kremlin spokesman said.'
    assert rules_speakers(text, "en", Kremlin="ORG") == ["Kremlin"]
    text = 'A Sussex Police spokesman said: "We are checking the reports on the drones."'
    assert rules_speakers(text, "en", **{"Sussex Police": "ORG"}) == ["Sussex Police"]


def test_the_definite_title_or_no_body_read_gives_no_body():
    text = '"We are checking the reports on the drones," the Kremlin spokesman said.'
    assert rules_speakers(text, "en", Kremlin="ORG") == [None]
    text = '"We are checking the reports on the drones," a government spokesman said.'
    assert rules_speakers(text, "en") == [None]


def test_a_hyphenated_german_title_names_its_body():
    text = "„Wir prüfen die Berichte über die Drohnen“, sagte ein NATO-Sprecher."
    assert rules_speakers(text, "de") == ["NATO"]
    text = "Der Kreml schweigt. „Wir prüfen die Berichte über die Drohnen“, sagte ein Kreml-Sprecher am Montag."
    assert rules_speakers(text, "de", Kreml="FAC") == ["Kreml"]
    text = "„Wir prüfen die Berichte über die Drohnen“, sagte ein Polizei-Sprecher."
    assert rules_speakers(text, "de") == [None]
