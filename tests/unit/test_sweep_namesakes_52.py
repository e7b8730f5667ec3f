"""Round s52: a registered person's surname alone in an article about someone else of that surname. The registry
lists "Kirby" as an alias of John Kirby (the White House's spokesman in the incident's coverage); an article that
names "Pamela Kirby, a teacher from Ohio" and then quotes "Kirby" gave the words to John Kirby. Self-written
passages: unit tests of one behaviour, not scores.

A lone surname is the article's own person when the article names someone with that surname and another given name
in full (``Registry.another_given_name``) and never names the registered person in full. Where it names both ("By
Paul Kirby, BBC News" and "White House spokesman John Kirby"), the lone surname stays the registered person's.
"""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def _read(toolkit, text: str):
    art = enrich(dated(text, "en"), toolkit)
    people = {e.name: e.id for e in art.entities if e.label == "PERSON"}
    return [q.speaker for q in art.quotes], people


def test_a_namesakes_surname_is_the_articles_own_person(toolkit):
    speakers, people = _read(
        toolkit,
        "Pamela Kirby, a teacher from Ohio, spoke on Tuesday about the school board. "
        '"We need more teachers in every classroom," Kirby said.',
    )
    assert speakers == ["Pamela Kirby"]
    assert people == {"Pamela Kirby": None}


def test_the_registered_person_named_in_full_keeps_the_lone_surname(toolkit):
    speakers, people = _read(
        toolkit,
        "By Paul Kirby, BBC News\n\nWhite House spokesman John Kirby spoke on Tuesday. "
        '"We cannot confirm it," Kirby said.',
    )
    assert speakers == ["John Kirby"]
    assert people == {"John Kirby": "person/john-kirby", "Paul Kirby": None}


def test_a_lone_surname_with_no_namesake_is_the_registered_person(toolkit):
    speakers, people = _read(toolkit, 'The White House was cautious. "We cannot confirm it," Kirby said.')
    assert speakers == ["John Kirby"]
    assert people == {"John Kirby": "person/john-kirby"}
