"""An initial before a family name is a person, also where the language's dictionary lists the family name ("Nowak",
"Коваленко") or shapes it like an adjective ("Wróblewski"): the name finder gave the initial alone, a one-letter
quote speaker."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Jak powiedział dziennikarzom T. Wróblewski, to była prowokacja.", "pl", "T. Wróblewski"),
        ("Jak powiedział dziennikarzom T. Nowak, to była prowokacja.", "pl", "T. Nowak"),
        ("Як сказав журналістам О. Коваленко, це була провокація.", "uk", "О. Коваленко"),
    ],
)
def test_an_initial_before_a_listed_family_name_is_one_person(toolkit, text: str, lang: str, person: str) -> None:
    assert [(f.text, f.label) for f in toolkit.names(text, lang)] == [(person, "PERSON")]


def test_an_initial_ending_a_sentence_before_a_common_word_is_no_person(toolkit) -> None:
    # "punkt A." then a new sentence: "Potem" is a common word and no family name
    found = toolkit.names("Spotkali się w punkcie A. Potem poszli do domu.", "pl")
    assert all(f.label != "PERSON" for f in found)
