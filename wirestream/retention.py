"""Retention: streams are trimmed only below what every consumer group has acknowledged.

For a stream read by groups, the floor is, over all its groups, the smallest of each
group's oldest pending entry (delivered, not yet acknowledged) or, if nothing is
pending, its last delivered entry. Entries below the floor have been acknowledged by
every group and are removed with ``XTRIM MINID``; a group that has read nothing yet
keeps the whole stream. A stream without groups is left alone, except the
subscriber stream ``wirestream:enriched``, which subscribers read with plain XREAD:
it keeps its newest ``WIRESTREAM_ENRICHED_MAXLEN`` entries, unless subscribers read
it with groups, in which case their acknowledgements decide as for any stream.
"""

from __future__ import annotations

from typing import Any

from wirestream import replies


def _str(value: tuple[int, int]) -> str:
    return f"{value[0]}-{value[1]}"


async def acknowledged_floor(redis: Any, stream: str) -> str | None:
    """The lowest entry id some group may still need, or ``None`` when no group reads the stream."""
    groups = await redis.xinfo_groups(stream)
    if not groups:
        return None
    floor: tuple[int, int] | None = None
    for group in groups:
        # (pending read from XINFO may be acknowledged by the time XPENDING answers)
        summary = await redis.xpending(stream, group["name"]) if group["pending"] else None
        needed = replies.id_order(summary["min"] if summary and summary["min"] else group["last-delivered-id"])
        floor = needed if floor is None else min(floor, needed)
    return _str(floor) if floor else None


async def trim_acknowledged(redis: Any, stream: str) -> int:
    """Remove entries every group has acknowledged; returns how many went."""
    if not await redis.exists(stream):
        return 0
    floor = await acknowledged_floor(redis, stream)
    if floor is None or floor == "0-0":
        return 0
    return int(await redis.xtrim(stream, minid=floor, approximate=False))


async def trim_subscriber_stream(redis: Any, stream: str, maxlen: int) -> int:
    """Keep the newest ``maxlen`` entries; a stream with groups is trimmed only below their floor."""
    if not await redis.exists(stream):
        return 0
    if await redis.xinfo_groups(stream):
        return await trim_acknowledged(redis, stream)
    if await redis.xlen(stream) <= maxlen:
        return 0
    return int(await redis.xtrim(stream, maxlen=maxlen, approximate=False))


async def trim_dead_letters(redis: Any, stream: str, maxlen: int) -> int:
    """Keep the newest ``maxlen`` dead letters."""
    if not await redis.exists(stream) or await redis.xlen(stream) <= maxlen:
        return 0
    return int(await redis.xtrim(stream, maxlen=maxlen, approximate=False))


async def remove_idle_consumers(redis: Any, stream: str, idle_ms: int) -> list[str]:
    """Drop consumers holding nothing that have been silent ``idle_ms`` (dead workers: each
    worker process has a consumer name of its own, so they pile up otherwise).

    The "holds nothing" check and the delete run in one server-side function: a
    consumer deleted with pending entries would take them out of every pending list,
    where no one could claim them any more.
    """
    from wirestream import functions

    removed: list[str] = []
    if not await redis.exists(stream):
        return removed
    for group in await redis.xinfo_groups(stream):
        for consumer in await redis.xinfo_consumers(stream, group["name"]):
            if consumer["pending"] or consumer["idle"] < idle_ms:
                continue
            if await redis.fcall(functions.FORGET_CONSUMER, 1, stream, group["name"], consumer["name"]):
                removed.append(replies.text(consumer["name"]))
    return removed
