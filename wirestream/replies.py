"""The shapes of the Redis replies the kernel reads, for the type checker.

redis-py types a reply as the union of its RESP2 and RESP3 shapes, decoded or not.
Every client here speaks RESP2 without ``decode_responses``: these name the one shape
each reply then has, so the code reading it is checked against that shape.
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

Fields = dict[bytes, bytes]
Entries = list[tuple[bytes, Fields]]
XRead = list[tuple[bytes, Entries]]  # XREAD: [(stream, [(id, fields), ...]), ...]


class Pending(TypedDict):
    """One row of ``XPENDING stream group - + count [consumer]``."""

    message_id: bytes
    consumer: bytes
    time_since_delivered: int
    times_delivered: int


def xread(reply: Any) -> XRead:
    """An ``XREAD`` reply (``None`` or empty when the block timed out)."""
    return cast(XRead, reply or [])


def pending(reply: Any) -> list[Pending]:
    return cast(list[Pending], reply)


def entries(reply: Any) -> Entries:
    """An ``XRANGE`` or ``XREVRANGE`` reply."""
    return cast(Entries, reply)


def text(value: Any) -> str:
    """A name, key or id as text: replies come as bytes (no ``decode_responses``), other values as given."""
    return value.decode() if isinstance(value, bytes) else str(value)


def id_order(value: bytes | str) -> tuple[int, int]:
    """A stream entry id as (milliseconds, sequence), which sorts as Redis orders entries."""
    ms, _, seq = text(value).partition("-")
    return int(ms), int(seq or 0)


def entry_id(reply: Any) -> bytes:
    """The id ``XADD`` gives back."""
    return cast(bytes, reply)
