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


class _Counting(list):  # type: ignore[type-arg]
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

