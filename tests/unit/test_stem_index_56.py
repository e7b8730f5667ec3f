"""The role, institution, outlet and company stems matched by length (stop 56). ``name_words._matches`` tried every
stem of a table for every capitalised word; on a page of distinct names no answer cache helps, and that loop was the
name finder's largest single cost. The stems are now indexed by length and a word is cut at those lengths. These
tests hold the index to the loop's answers, word for word, on every table and language; speed is
``make bench-adversarial``'s."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from wirestream.services.enrich.entities import name_words
from wirestream.services.enrich.entities.name_words import _matched_length, _matches, _stem_length

TABLES: dict[str, Mapping[str, tuple[str, ...] | frozenset[str]]] = {
    "roles": name_words.ROLES,
    "institutions": name_words.INSTITUTIONS,
    "outlets": name_words.OUTLETS,
    "companies": name_words.COMPANIES,
    "adjective bodies": name_words.ADJECTIVE_BODIES,
}


def _by_every_stem(word: str, stems, language: str, shortest_suffix: int) -> int | None:
    """The rule as it was written first: every stem tried in turn, the longest that matches kept."""
    w = word.casefold().replace("’", "'")
    tail = w.rsplit("-", 1)[-1] if "-" in w.strip("-") else None
    best: int | None = None
    for stem in stems:
        hit = tail == stem or w == stem
        if language in name_words._ROLE_SUFFIX and len(stem) >= shortest_suffix and len(w) >= len(stem) + 3:
            hit = hit or w.endswith(stem)
        if language in name_words._ROLE_PREFIX and len(stem) >= 3 and len(w) - len(stem) <= 3:
            hit = hit or w.startswith(stem)
        if hit:
            best = max(best or 0, len(stem))
    return best


def _variants(stem: str) -> list[str]:
    """Words near a stem: itself, in capitals, compounds and hyphenated compounds ending in it, case endings on it,
    and words that only look like it (one letter short, too long a prefix or ending)."""
    return [
        stem,
        stem.capitalize(),
        stem.upper(),
        "Kreml" + stem,
        "ab" + stem,
        "Vize-" + stem.capitalize(),
        stem + "a",
        stem + "ów",
        stem + "ami",
        stem + "owie",
        stem[:-1],
        stem[1:],
        stem.replace("'", "’"),
    ]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_index_gives_the_loops_answer_for_every_word_near_a_stem(table):
    checked = 0
    for language, stems in TABLES[table].items():
        words = {v for stem in stems for v in _variants(stem)}
        for shortest in (4, 5, 6):
            for word in sorted(words):
                assert _matched_length(word, stems, language, shortest) == _by_every_stem(
                    word, stems, language, shortest
                ), (table, language, word, shortest)
                checked += 1
    assert checked > 100  # the table is there and was read


@pytest.mark.parametrize(
    ("word", "stems", "language", "length"),
    [
        ("Kremlsprecher", ("sprecher", "kreml"), "de", 8),  # a compound ends in the role (German builds them)
        ("Kremlsprecher", ("sprecher",), "en", None),  # ... English does not
        ("rzecznika", ("rzecznik",), "pl", 8),  # a case ending on the role (Polish)
        ("rzecznikowiec", ("rzecznik",), "pl", None),  # ... five letters more is another word
        ("Vize-Chef", ("chef",), "en", 4),  # a hyphenated compound's last part, in any language
        ("Радник", ("рад", "радник"), "uk", 6),  # the longest stem the word is
    ],
)
def test_what_a_word_matches(word, stems, language, length):
    assert _matched_length(word, stems, language, 4) == length
    assert _matches(word, stems, language, 4) is (length is not None)
    assert _stem_length(word, stems, language, 4) == (length or 0)
