"""One coordination reading for both recognisers (round s25): a given name alone before "and" and a person is a
person of that family ("Dan and Natalie Kessler"), by ``names.coordinated``, which ``recovery._coordinated`` (the
model's names) and ``NameFinder._coordinated`` (the name finder's) both call with their own given names."""

from __future__ import annotations

from wirestream.services.enrich.entities import recovery
from wirestream.services.enrich.entities.logic import RawEntity
from wirestream.services.enrich.entities.name_words import Coordinated, coordinated, given_name


def test_a_given_name_before_and_a_person_takes_the_family_name():
    text = "Her parents Dan and Natalie Kessler came."
    start = text.index("Natalie Kessler")
    names = [(start, start + len("Natalie Kessler"), "PERSON", "Natalie Kessler", "Natalie Kessler")]
    out = coordinated(text, names, ("and",), lambda a, b: given_name(text[a:b], "en"))
    assert [(c.given, c.name, c.own) for c in out] == [("Dan", "Dan Kessler", None)]
    found = [RawEntity("Natalie Kessler", "PERSON", start, start + len("Natalie Kessler"))]
    people = [(e.text, e.name) for e in recovery._coordinated(found, text, "en")]
    assert people == [("Natalie Kessler", None), ("Dan", "Dan Kessler")]


def test_no_family_name_for_a_surname_a_longer_name_or_a_word_inside_a_name():
    for text in (
        "Kamala Harris spoke. Harris and Tim Walz waved.",  # a surname of the article's people
        "Then Vice President Harris and Tim Walz waved.",  # the end of a longer capitalised run
    ):
        found = [
            RawEntity(m, "PERSON", text.index(m), text.index(m) + len(m))
            for m in ("Kamala Harris", "Tim Walz")
            if m in text
        ]
        assert [e.name for e in recovery._coordinated(found, text, "en") if e.text == "Harris"] == [], text
    text = "Daniel Steffen and Hans-Peter Pfammatter spoke."
    found = [
        RawEntity(m, "PERSON", text.index(m), text.index(m) + len(m))
        for m in ("Daniel Steffen", "Hans-Peter Pfammatter")
    ]
    assert recovery._coordinated(found, text, "en") == found


def test_coordination_reads_a_bounded_look_back_on_hostile_text():
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    def make(k: int) -> tuple[str, list[tuple[int, int, str, str, str]]]:
        text = "Dan and " * k + "Natalie Kessler"
        n = "Natalie Kessler"
        return text, [(i, i + 15, "PERSON", n, n) for i in range(0, len(text) - 15, 8)][: 2 * k // 5]

    def call(args: tuple[str, list[tuple[int, int, str, str, str]]]) -> None:
        text, names = args
        coordinated(text, names, ("and",), lambda a, b: given_name(text[a:b], "en"))

    ratio = growth_ratio(make, call, 5_000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the text and names (linear is about 10)"


def test_no_family_name_from_a_name_of_given_names_only():
    # "Jean Pierre": "Jean" opens double given names (Jean-Luc) in the name data, so the two are one person's given
    # names and "Tobias" shares no surname; "Natalie Kessler" has one
    for text, person, expected in (
        ("Am Abend kamen Tobias und Jean Pierre mit ihren Kindern.", "Jean Pierre", []),
        ("Am Abend kamen Judith und Natalie Kessler mit ihren Kindern.", "Natalie Kessler", ["Judith Kessler"]),
    ):
        assert [c.name for c in _coordinated_de(text, person)] == expected, text


def _coordinated_de(text: str, person: str) -> list[Coordinated]:
    start = text.index(person)
    names = [(start, start + len(person), "PERSON", person, person)]
    return coordinated(text, names, ("und",), lambda a, b: given_name(text[a:b], "de"))


def test_no_family_name_when_the_other_name_opens_with_no_given_name():
    assert _coordinated_de("Am Abend kamen Tobias und Kapitän Kessler an.", "Kapitän Kessler") == []
