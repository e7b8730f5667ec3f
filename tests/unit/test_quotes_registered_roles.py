"""A title phrase as a quote's speaker is the person whose office the alias registry gives it, where the article
names that person without the title ("Peskov … “…,” the Kremlin spokesman said"); never for an indefinite, a
plural, another gender's or a qualified form of the office, never over a person the article itself names with it.

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.quotes.speakers import _role_word_fits, _role_words
from wirestream.services.enrich.entities.registry import Registry, RegistryError


def speakers(toolkit, text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, language), toolkit).quotes]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Peskov was asked about the drones on Wednesday. “This was an act of terror,” the Kremlin spokesman said.",
        ),
        (
            "en",
            "Peskov was asked about the drones on Wednesday. “This was an act of terror,” said the Kremlin spokesman.",
        ),
        ("de", "Peskow wurde am Mittwoch gefragt. „Das war ein Terrorakt“, sagte der Kremlsprecher."),
        ("de", "Peskow wurde am Mittwoch gefragt. „Das war ein Terrorakt“, sagte der Kreml-Sprecher."),
        ("de", "Peskow wurde am Mittwoch gefragt. „Das war ein Terrorakt“, sagte der Sprecher des Kremls."),
        (
            "fr",
            "Peskov a été interrogé mercredi. « C'était un acte terroriste », a déclaré le porte-parole du Kremlin.",
        ),
        ("es", "Peskov habló el miércoles. «Fue un acto terrorista», dijo el portavoz del Kremlin."),
        ("ru", "Песков выступил в среду. «Это был террористический акт», — сказал пресс-секретарь Кремля."),
    ],
)
def test_the_office_the_registry_gives_a_person_the_article_names_is_theirs(toolkit, language, text):
    assert speakers(toolkit, text, language) == ["Dmitry Peskov"]


def test_a_qualified_office_is_its_own(toolkit):
    assert speakers(toolkit, "Putin met Peskov. “This was an act of terror,” the Russian president said.") == [
        "Vladimir Putin"
    ]
    said = speakers(toolkit, "Putin met Peskov. “This was an act of terror,” the former Russian president said.")
    assert said != ["Vladimir Putin"]  # "former": someone else


def test_not_one_of_several_holders_nor_the_office_of_another_gender(toolkit):
    text = "Peskov was asked on Wednesday. “This was an act of terror,” a Kremlin spokesman said."
    assert speakers(toolkit, text) != ["Dmitry Peskov"]
    text = "Peskow wurde am Mittwoch gefragt. „Das war ein Terrorakt“, sagte ein Kreml-Sprecher."
    assert speakers(toolkit, text, "de") != ["Dmitry Peskov"]
    text = "Peskov was asked on Wednesday. “This was an act of terror,” the Kremlin spokeswoman said."
    assert speakers(toolkit, text) != ["Dmitry Peskov"]


def test_only_where_the_article_names_the_person(toolkit):
    text = "Drones were seen over Moscow. “This was an act of terror,” the Kremlin spokesman said."
    assert speakers(toolkit, text) != ["Dmitry Peskov"]


def test_the_person_the_article_names_with_the_office_comes_first(toolkit):
    text = (
        "Kremlin spokesman Ivan Sorokin spoke after Peskov left. “This was an act of terror,” the Kremlin spokesman "
        "said."
    )
    assert speakers(toolkit, text) == ["Ivan Sorokin"]


def test_a_users_registry_gives_a_new_cast_its_offices(toolkit, tmp_path: Path):
    extra = tmp_path / "cast.toml"
    extra.write_text(
        '[[entity]]\nid = "person/anna-berg"\nname = "Anna Berg"\nlabel = "PERSON"\naliases = ["Berg"]\n'
        'roles = ["Harbour Authority spokeswoman"]\n'
    )
    tools = replace(toolkit, registry=Registry([extra]))
    text = "Berg had flown in on Monday. “The pier is closed until Friday,” the Harbour Authority spokeswoman said."
    assert speakers(tools, text) == ["Anna Berg"]
    assert speakers(toolkit, text) != ["Anna Berg"]  # the packaged registry gives her no office


def test_an_office_two_named_people_hold_is_neither_ones(toolkit, tmp_path: Path):
    extra = tmp_path / "cast.toml"
    extra.write_text(
        '[[entity]]\nid = "person/anna-berg"\nname = "Anna Berg"\nlabel = "PERSON"\naliases = ["Berg"]\n'
        'roles = ["Harbour Authority spokeswoman"]\n'
        '[[entity]]\nid = "person/eva-lund"\nname = "Eva Lund"\nlabel = "PERSON"\naliases = ["Lund"]\n'
        'roles = ["Harbour Authority spokeswoman"]\n'
    )
    tools = replace(toolkit, registry=Registry([extra]))
    text = "Berg and Lund had flown in on Monday. “The pier is closed until Friday,” the Harbour Authority spokeswoman said."
    assert speakers(tools, text) == [None]


def test_roles_are_a_list_of_phrases(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entity]]\nid = "person/x"\nname = "X"\nlabel = "PERSON"\nroles = "mayor"\n')
    with pytest.raises(RegistryError, match="malformed"):
        Registry([bad])
    assert Registry().roles(["person/dmitry-peskov", "person/nobody"]).keys() == {"person/dmitry-peskov"}


def test_an_office_word_in_another_case_is_the_same_word():
    assert _role_word_fits("kremls", "kremlin") and _role_word_fits("кремля", "кремль")
    assert _role_word_fits("russische", "russischen")
    assert not _role_word_fits("kremlchef", "kremlsprecher")
    assert not _role_word_fits("spokeswoman", "spokesman")
    assert _role_words("porte-parole du Kremlin") == ["porteparole", "kremlin"]
    assert _role_words("Sprecher des Kremls") == ["sprecher", "kremls"]
