"""Retention on a real server: nothing a group has not acknowledged is ever trimmed."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from wirestream import replies
from wirestream.retention import (
    acknowledged_floor,
    remove_idle_consumers,
    trim_acknowledged,
    trim_dead_letters,
    trim_subscriber_stream,
)

pytestmark = pytest.mark.integration


async def _stream(client: aioredis.Redis, n: int) -> list[bytes]:
    return [replies.entry_id(await client.xadd("s", {"n": str(i)})) for i in range(n)]


async def _read(client: aioredis.Redis, group: str, count: int, consumer: str = "c") -> list[bytes]:
    """The ids ``consumer`` of ``group`` reads from stream ``s``."""
    return [i for _, entries in replies.xread(await client.xreadgroup(group, consumer, {"s": ">"}, count=count))
            for i, _ in entries]  # fmt: skip


async def _ids(client: aioredis.Redis, stream: str) -> list[bytes]:
    return [i for i, _ in replies.entries(await client.xrange(stream))]


async def test_trim_keeps_everything_a_group_still_needs(redis_url):
    client = aioredis.from_url(redis_url)
    ids = await _stream(client, 10)
    await client.xgroup_create("s", "fast", id="0")
    await client.xgroup_create("s", "slow", id="0")
    await client.xack("s", "fast", *await _read(client, "fast", 10))
    await client.xack("s", "slow", *(await _read(client, "slow", 7))[:5])  # entries 5 and 6 stay pending
    assert await acknowledged_floor(client, "s") == ids[5].decode()
    assert await trim_acknowledged(client, "s") == 5
    assert await _ids(client, "s") == ids[5:]
    # the slow group catches up: trimmed down to its last delivered entry
    await client.xack("s", "slow", ids[5], ids[6])
    await client.xack("s", "slow", *await _read(client, "slow", 10))
    assert await trim_acknowledged(client, "s") == 4
    assert await _ids(client, "s") == ids[9:]
    await client.aclose()


async def test_a_group_that_read_nothing_keeps_the_whole_stream(redis_url):
    client = aioredis.from_url(redis_url)
    await _stream(client, 5)
    await client.xgroup_create("s", "late", id="0")
    assert await trim_acknowledged(client, "s") == 0
    assert await client.xlen("s") == 5
    await client.aclose()


async def test_a_stream_without_groups_is_not_trimmed_but_the_subscriber_stream_is_capped(redis_url):
    client = aioredis.from_url(redis_url)
    ids = await _stream(client, 12)
    assert await trim_acknowledged(client, "s") == 0
    assert await trim_subscriber_stream(client, "s", maxlen=5) == 7
    assert await _ids(client, "s") == ids[7:]
    await client.xgroup_create("s", "subscriber", id="0")  # a subscriber that reads with a group
    assert await trim_subscriber_stream(client, "s", maxlen=2) == 0
    await client.aclose()


async def test_pending_acknowledged_between_the_two_reads_is_no_error(redis_url, monkeypatch):
    client = aioredis.from_url(redis_url)
    ids = await _stream(client, 3)
    await client.xgroup_create("s", "g", id="0")
    await client.xreadgroup("g", "c", {"s": ">"}, count=3)
    real_info = client.xinfo_groups

    async def stale_info(stream):  # XINFO still says pending, but everything is acknowledged now
        groups = await real_info(stream)
        await client.xack("s", "g", *ids)
        return groups

    monkeypatch.setattr(client, "xinfo_groups", stale_info)
    assert await acknowledged_floor(client, "s") == ids[2].decode()
    await client.aclose()


async def test_dead_letters_keep_the_newest(redis_url):
    client = aioredis.from_url(redis_url)
    ids = [replies.entry_id(await client.xadd("dead", {"n": str(i)})) for i in range(7)]
    assert await trim_dead_letters(client, "dead", maxlen=3) == 4
    assert await _ids(client, "dead") == ids[4:]
    assert await trim_dead_letters(client, "dead", maxlen=3) == 0
    await client.aclose()


async def test_idle_consumers_holding_nothing_are_removed_and_holders_kept(redis_url):
    from wirestream import functions

    client = aioredis.from_url(redis_url)
    await functions.ensure_loaded_async(client)
    await _stream(client, 3)
    await client.xgroup_create("s", "g", id="0")
    await client.xack("s", "g", *await _read(client, "g", 1, consumer="gone-empty"))
    await client.xreadgroup("g", "gone-holding", {"s": ">"}, count=1)  # dies holding an entry
    await client.xgroup_createconsumer("s", "g", "alive")
    assert await remove_idle_consumers(client, "s", idle_ms=60_000) == []  # nobody silent long enough
    assert await remove_idle_consumers(client, "s", idle_ms=0) == ["alive", "gone-empty"]
    names = {c["name"].decode() for c in await client.xinfo_consumers("s", "g")}
    assert names == {"gone-holding"}  # its entry stays claimable
    await client.aclose()
