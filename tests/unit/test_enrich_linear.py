"""Enrich functions do work in proportion to the article, counted, not timed (``make bench-adversarial`` times).

Each test builds one article at two sizes and counts a deterministic measure of work (list reads, calls of
an inner step); a rescan per quote or per token grows with the square of the size and fails the ratio.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wirestream.services.enrich.entities.quotes import attribute

# "Ana Souza disse …" then a quote nobody is named for, then a pro-drop verb ("afirmou"): each quote asks whether a
# quote with no speaker stands between Ana Souza's last event and itself
_PT_UNIT = "Ana Souza disse: “a b c d e.” Depois, “d e f g h.” E afirmou: “g h i j k.” “l m n o p,” disse. "


class _Counting(list):
    """A list that counts how many of its items are read (iteration and indexing)."""

    reads = 0

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            _Counting.reads += 1
            yield item

    def __getitem__(self, i: Any) -> Any:
        _Counting.reads += 1
        return super().__getitem__(i)


def _unknown_since_reads(units: int) -> int:
    att, results = attribute(_PT_UNIT * units, [], "pt")
    assert att is not None
    speaker = next(s for _, s, _ in results if s is not None)
    att.events = _Counting(att.events)
    att.unknown = _Counting(att.unknown)
    _Counting.reads = 0
    for q, _, _ in results:
        att._unknown_since(speaker, q.start)
    return _Counting.reads


def test_unknown_since_reads_a_bounded_share_of_the_events_per_quote() -> None:
    small, large = _unknown_since_reads(20), _unknown_since_reads(200)
    assert large <= 20 * max(small, 1), (small, large)  # 10x the quotes: ~13x with binary searches, 100x scanning


def test_unknown_since_still_sees_an_unattributed_quote_after_the_speakers_last_event() -> None:
    att, results = attribute(_PT_UNIT * 3, [], "pt")
    assert att is not None
    speaker = next(s for _, s, _ in results if s is not None)
    last_event = max(e.pos for e in att.events if e.speaker.key == speaker.key)
    att.unknown[:] = sorted([*att.unknown, last_event + 1])
    assert att._unknown_since(speaker, last_event + 2)
    assert not att._unknown_since(speaker, last_event + 1)
    assert not att._unknown_since(speaker, 0)


class _SlicedText(str):
    """A text that adds up the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> str:
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SlicedText.copied += len(out)
        return out


def _correct_copies(people: int) -> int:
    from wirestream.services.enrich.entities.correction import correct
    from wirestream.services.enrich.entities.logic import RawEntity

    text = "".join(f"Le ministre Nom{i:x} parle. " for i in range(people))
    found = []
    for i in range(people):
        start = text.index(f"Nom{i:x} ")
        found.append(RawEntity(f"Nom{i:x}", "PERSON", start, start + len(f"Nom{i:x}")))
    _SlicedText.copied = 0
    correct(found, _SlicedText(text), "fr", None)
    return _SlicedText.copied


def test_correct_reads_a_bounded_stretch_before_each_person() -> None:
    small, large = _correct_copies(200), _correct_copies(2000)
    assert large <= 20 * small, (small, large)  # about 10x; the text up to each person copied: about 100x


def test_the_word_before_a_name_is_read_within_a_window() -> None:
    from wirestream.services.enrich.entities.name_words import word_before

    assert word_before("Hier le ministre  Nom", 18) == "ministre"
    assert word_before("x" * 300 + " Präsident Nom", 311) == "Präsident"
    assert word_before("y" * 300 + " ", 301) == ""  # a word longer than any title: none
    assert word_before("   ", 3) == ""
    assert word_before("ministre Nom", 9) == "ministre"


def _zh_article(names: int) -> str:
    """Distinct Chinese names after a title and before a speech verb ("外长丁世说"), each followed by a place."""
    from wirestream.services.enrich.entities.name_words import _cjk_given_chars, _cjk_surnames

    pairs = [(s, g) for s in sorted(_cjk_surnames())[:40] for g in sorted(_cjk_given_chars())[:60]]
    return "".join(f"外长{s}{g}说，北京。" for s, g in pairs[:names])


def test_chinese_names_are_found_again_in_one_pass_per_length(monkeypatch) -> None:
    """Each name's other mentions: one scan of the text per length of name, not one per name."""
    import wirestream.services.enrich.entities.names as names_module
    from tests.adversarial.targets import name_finder

    finder = name_finder()
    counts = {"finditer": 0}
    real = names_module.re.finditer

    def counting(pattern: Any, string: str, *args: Any) -> Any:
        if string is text:
            counts["finditer"] += 1
        return real(pattern, string, *args)

    monkeypatch.setattr(names_module.re, "finditer", counting)
    text = _zh_article(300)
    found = finder(text, "zh")
    assert sum(f.label == "PERSON" for f in found) > 250 and sum(f.label == "GPE" for f in found) > 250
    assert counts["finditer"] <= 5  # the old loop searched the whole text once for each of the 300 names


def test_occurrences_finds_overlapping_starts_of_every_form() -> None:
    from wirestream.services.enrich.entities.name_words import _occurrences

    assert _occurrences("王明王明华王", ["王明华", "王明", "明王"]) == {"王明": [0, 2], "明王": [1], "王明华": [2]}
    assert _occurrences("", ["王明"]) == {}


def test_words_over_stops_after_the_word_past_the_limit() -> None:
    from wirestream.services.enrich.entities.quotes.reader import _words_over
    from wirestream.services.enrich.entities.quotes.text import tokens

    toks = tokens("Israel has said , Gaza militants use ambulances .")
    assert _words_over(toks, 0, len(toks), 5)
    assert not _words_over(toks, 0, len(toks), 7)
    assert not _words_over(toks, 3, 5, 1)  # ", Gaza": one word
    assert not _words_over(toks, 5, 99, 5)  # past the end: the words there


def test_the_forest_reads_a_long_page_in_blocks_with_the_same_sums(monkeypatch) -> None:
    """A page of many lines goes through the trees a block of rows at a time (bounded arrays), each row's
    sum bit for bit the same as all rows at once."""
    import numpy as np

    import wirestream.services.enrich.clean.furniture as furniture

    forest = furniture.model().forest
    rng = np.random.default_rng(7)
    x = rng.normal(0.0, 3.0, size=(1000, int(forest.feature.max()) + 1))
    whole = forest.raw(x)
    shapes: list[int] = []
    real = furniture.Forest._raw

    def block(self: Any, rows: Any) -> Any:
        shapes.append(len(rows))
        return real(self, rows)

    monkeypatch.setattr(furniture, "ROWS_AT_ONCE", 64)
    monkeypatch.setattr(furniture.Forest, "_raw", block)
    assert np.array_equal(forest.raw(x), whole)
    assert max(shapes) == 64 and sum(shapes) == 1000


def _events_moved(text: str, language: str, monkeypatch) -> tuple[int, int]:
    """How many events the attribution's sorted inserts shift (what ``insort`` costs beyond its search), and how
    many events it inserts, over one article."""
    from bisect import bisect_right

    from wirestream.services.enrich.entities.quotes import attribution, reader

    moved = [0, 0]

    def counting(a: list[Any], x: Any) -> None:
        k = bisect_right(a, x)
        moved[0] += len(a) - k
        moved[1] += 1
        a.insert(k, x)

    for module in (attribution, reader):  # the events are inserted in reader, the quotes seen unattributed here
        monkeypatch.setattr(module, "insort", counting)
    attribute(text, [], language)
    return moved[0], moved[1]


def test_events_are_inserted_near_the_end_in_reading_order(monkeypatch) -> None:
    # Attributor.events is kept sorted with insort (a shift per insert): linear only while the reading order adds
    # each event near the end; an event added far back on every quote would make a long article quadratic
    for language, unit in (
        ("en", "“It was a fine day for all of us,” said Anna Berg, and “we will go on,” said Tom Lane. He agreed.\n\n"),
        ("de", "„Es war ein guter Tag für uns alle“, sagte Anna Berg. „Wir machen weiter“, sagte sie.\n\n"),
        ("pt", _PT_UNIT),
    ):
        small, large = (_events_moved(unit * n, language, monkeypatch) for n in (100, 400))
        assert large[1] >= 4 * small[1] > 0, language  # the events do grow with the article
        assert large[0] <= 4 * max(small[0], small[1]), language  # and the shifts only in proportion
