"""Quote rules that looked back over a whole endless paragraph for every quote (stop 56).

A pasted German page of an institution's statements in one paragraph ("„…“, teilte der Kreml mit. „…“, hieß es in der
Mitteilung." repeated) took 1.4 s at 20,000 characters and 12.6 s at 40,000: quadratic. For each "der Kreml" the
reader looked for an earlier phrase singling the body out ("das Präsidialamt in Moskau") by reading every candidate
of the paragraphs in view, and "der Mitteilung" walked every token back for the document's introduction. Both now
look back at most ``MAX_CONTINUED`` characters, as the other look-backs do, and find the head noun and the words that
qualify it in per-text indexes before reading any candidate. The growth tests compare CPU times for ten times the
input (``tests.adversarial.timing``), never a duration; absolute speed is ``make bench-adversarial``'s."""

from __future__ import annotations

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from tests.unit.test_quotes import rules_speakers

STATEMENTS = "„Das ist ein Angriff auf uns.“, teilte der Kreml mit. „Das ist Terror.“, hieß es in der Mitteilung. "


def test_a_paragraph_of_statements_grows_linearly() -> None:
    # no entities given (as a page the recogniser read no body in): "der Kreml" is the bare noun the look-backs serve
    ratio = growth_ratio(lambda k: "Vorwort.\n\n" + STATEMENTS * k, lambda text: rules_speakers(text, "de"), 40)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the statements (linear is about 10; stop 55's code: ~60x)"


def test_the_statements_keep_their_speaker() -> None:
    # the indexes change the cost, not the reading: each statement is the Kremlin's
    found = rules_speakers("Vorwort.\n\n" + STATEMENTS * 3, "de", Kreml="ORG")
    assert found == ["Kreml"] * 6


def test_a_body_qualified_in_the_paragraph_before_is_still_found() -> None:
    text = (
        "Das Präsidialamt in Moskau sprach von einem Terroranschlag. Die Drohnen seien abgeschossen worden.\n\n"
        "„Putin wurde bei dem Angriff nicht verletzt“, teilte das Präsidialamt mit."
    )
    assert rules_speakers(text, "de", Moskau="GPE") == ["Präsidialamt in Moskau"]


def test_a_body_qualified_only_far_back_in_one_endless_paragraph_is_not_read() -> None:
    # the bound: more than MAX_CONTINUED (3,000) characters back, even inside the view's paragraphs, is not looked at
    filler = "Die Lage in der Stadt blieb am Abend ruhig und die Straßen waren leer. " * 50
    text = (
        "Das Präsidialamt in Moskau sprach von einem Terroranschlag. "
        + filler
        + "„Putin wurde bei dem Angriff nicht verletzt“, teilte das Präsidialamt mit."
    )
    assert rules_speakers(text, "de", Moskau="GPE") == [None]


def test_a_document_after_its_introduction_is_its_issuers() -> None:
    # "der Mitteilung" found through the lemma index: the introduction ("eine Mitteilung") and its issuer
    text = (
        "Der Kreml veröffentlichte am Mittwoch eine Mitteilung. "
        "„Das war ein Anschlag auf den Präsidenten“, hieß es in der Mitteilung."
    )
    assert rules_speakers(text, "de", Kreml="ORG") == ["Kreml"]
