"""A lone surname right after a role word is a person in the languages the names finder reads without a model:
"il ministro Salvini", "el presidente ruso Mishustin", "o ministro Haddad". Before, only a word of address
("Pak Harto") made a lone name a person there, so a new incident's cast named by title and surname was invisible.
The word must be no word of the language's dictionary and no place ("Presiden Rusia", "il presidente Usa").

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


def _found(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Ieri il ministro Salvini ha parlato a lungo.", "Salvini"),
        ("it", "Ieri il premier russo Mishustin ha parlato a lungo.", "Mishustin"),
        ("es", "Ayer el presidente Mubarak habló largamente.", "Mubarak"),
        ("es", "Ayer el presidente ruso Mishustin habló largamente.", "Mishustin"),
        ("pt", "Ontem o ministro Haddad falou longamente.", "Haddad"),
    ],
)
def test_a_lone_surname_after_a_role_word_is_a_person(toolkit, lang: str, text: str, name: str) -> None:
    assert (name, "PERSON") in _found(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a place after the role is the place, a word of the language no name
        ("it", "Ieri il presidente Usa ha parlato a lungo."),
        ("id", "Kemarin Presiden Rusia berbicara panjang."),
        ("it", "Ieri il ministro Esteri ha parlato a lungo."),
        ("es", "Ayer el presidente Gobierno habló largamente."),
        # a body after a role, where the language writes the role's body after it: the body's spokesman
        ("id", "Kemarin juru bicara Pentagon berbicara panjang."),
        ("pl", "Wczoraj rzecznik Pentagonu długo przemawiał."),
        # no role before it
        ("it", "Ieri il cane Mubarak ha abbaiato a lungo."),
        # a headline's role opening the line: an agency's head
        ("it", "Capo Unrwa visita la Striscia.\n\nIl testo segue."),
    ],
)
def test_no_person_after_a_role_when_the_word_is_a_place_or_a_word_or_no_role_stands_there(
    toolkit, lang: str, text: str
) -> None:
    assert "PERSON" not in [label for _, label in _found(toolkit, text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Ayer el presidente al-Sisi habló largamente."),
        ("de", "Gestern sprach der ägyptische Präsident al-Sisi in Kairo."),
    ],
)
def test_a_family_name_with_its_article_after_a_role_is_a_person(toolkit, lang: str, text: str) -> None:
    assert ("al-Sisi", "PERSON") in _found(toolkit, text, lang)


def test_a_family_name_with_its_article_after_no_role_is_no_person(toolkit) -> None:
    # a school's name after its noun, a lone family name with no role: no person read from the article alone
    assert "PERSON" not in [label for _, label in _found(toolkit, "Ieri la scuola al-Huda ha chiuso.", "it")]
