"""Redis at its memory limit: the pipeline holds its input and waits, survives a restart of the
full server, and finishes once memory is freed, without losing or dead-lettering anything."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import pytest
import redis
import redis.asyncio as aioredis
from redis.typing import EncodableT, FieldT

from tests.factories import fetched_article
from tests.integration.test_runtime import settings_for
from tests.waiting import async_wait_for
from wirestream import contracts, housekeeping, replies
from wirestream.backpressure import wait_below_high_water
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.embedded import start_redis
from wirestream.runtime import stage_app
from wirestream.services.enrich.clean.worker import WARM_UP
from wirestream.services.registry import PIPELINE
from wirestream.setups import pure

pytestmark = pytest.mark.integration

MAXMEMORY_MB = 8
BALLAST: dict[FieldT, EncodableT] = {"data": json.dumps({"stage": "old", "body": "x" * 50_000})}


def _refused_xadds(client: redis.Redis) -> int:
    """XADDs Redis refused (the worker's publishes; heartbeats are SET and ZADD)."""
    return int(client.info("commandstats").get("cmdstat_xadd", {}).get("rejected_calls", 0))


def _fill(client: redis.Redis) -> int:
    """Old dead letters until Redis refuses writes; returns how many it took."""
    n = 0
    try:
        while True:
            client.xadd(contracts.DEAD, BALLAST)
            n += 1
    except redis.exceptions.OutOfMemoryError:
        return n


def _cleaned_ids(client: redis.Redis) -> list[str]:
    out = []
    for _, fields in replies.entries(client.xrange(contracts.CLEANED)):
        raw = fields[b"__data__"]
        out.append(json.loads(raw[raw.index(b"{") :])["id"])
    return out


async def _until(check, timeout: float = 60, what: str = "condition"):
    async def probe():
        return await asyncio.to_thread(check)

    return await async_wait_for(probe, timeout=timeout, interval=0.2, what=what)


async def test_a_full_redis_back_pressures_survives_a_restart_and_recovers_losing_nothing(tmp_path: Path):
    data = tmp_path / "redis"
    server = start_redis(data, maxmemory_mb=MAXMEMORY_MB, log_file=tmp_path / "redis.log")
    port = server.port
    admin = redis.Redis(port=port)
    settings = settings_for(
        server.url, tmp_path, max_deliveries=1, redis_oom_retry_max_seconds=0.5, dead_maxlen=1, retention_seconds=0.2
    )
    articles = [fetched_article(f"m{i}") for i in range(12)]
    try:
        admin.xgroup_create(contracts.FETCHED, "clean", id="0", mkstream=True)
        async with stage_app("clean", FetchedArticle, pure("wirestream.services.enrich.clean.logic:clean", WARM_UP), settings,
                             out_model=CleanedArticle):  # fmt: skip
            ballast = _fill(admin)  # (a worker that starts while Redis is full waits to create its group)
            # the articles arrive, and in the same transaction the limit drops 1 MB under what is used
            admin.config_set("maxmemory", "0")
            pipe = admin.pipeline(transaction=True)
            for article in articles:
                pipe.xadd(contracts.FETCHED, {"__data__": article.model_dump_json()})
            pipe.config_set("maxmemory", str((MAXMEMORY_MB - 1) * 2**20))
            pipe.execute()  # every article is now acknowledged by Redis: none may be lost
            before = _refused_xadds(admin)
            # the worker takes an entry, is refused its output, and keeps retrying while it holds it
            await _until(lambda: _refused_xadds(admin) >= before + 3, what="repeated refused publishes")
            assert admin.xpending(contracts.FETCHED, "clean")["pending"] >= 1
            assert admin.xlen(contracts.CLEANED) == 0
            assert admin.xlen(contracts.DEAD) == ballast  # nothing dead-lettered (max_deliveries is 1)

            # the full server is killed and restarted at its limit: it loads everything again
            server.process.send_signal(signal.SIGKILL)
            server.process.wait()
            server = start_redis(data, port=port, maxmemory_mb=MAXMEMORY_MB - 1, log_file=tmp_path / "redis.log")
            assert admin.xlen(contracts.FETCHED) == len(articles) and admin.xlen(contracts.DEAD) == ballast
            before = _refused_xadds(admin)
            await _until(lambda: _refused_xadds(admin) >= before + 2, what="refused publishes after the restart")
            assert admin.xlen(contracts.CLEANED) == 0

            # the housekeeper trims the old letters; the held entries flow on
            stop = asyncio.Event()
            keeper = asyncio.create_task(housekeeping.run(PIPELINE, settings, stop))
            await _until(lambda: len(set(_cleaned_ids(admin))) == len(articles), what="every article cleaned")
            await _until(lambda: admin.xpending(contracts.FETCHED, "clean")["pending"] == 0, what="all acked")
            stop.set()
            await keeper
        assert set(_cleaned_ids(admin)) == {a.id for a in articles}
        letters = [json.loads(f[b"data"]) for _, f in replies.entries(admin.xrange(contracts.DEAD))]
        assert all(d.get("stage") == "old" for d in letters)  # no article was dead-lettered
    finally:
        admin.close()
        server.stop()


async def test_the_source_waits_above_the_high_water_mark_until_memory_is_freed(tmp_path: Path):
    server = start_redis(tmp_path / "redis", maxmemory_mb=MAXMEMORY_MB, log_file=tmp_path / "redis.log")
    admin = redis.Redis(port=server.port)
    client = aioredis.from_url(server.url)
    settings = settings_for(server.url, tmp_path, redis_high_water=0.5, redis_oom_retry_max_seconds=0.2)
    try:
        _fill(admin)
        calls = lambda: int(admin.info("commandstats").get("cmdstat_info", {}).get("calls", 0))  # noqa: E731
        before = calls()
        waiting = asyncio.create_task(wait_below_high_water(client, settings, _Quiet()))
        await _until(lambda: calls() >= before + 3, what="the source polling memory")
        assert not waiting.done()
        admin.delete(contracts.DEAD)
        await asyncio.wait_for(waiting, timeout=30)
    finally:
        await client.aclose()
        admin.close()
        server.stop()


class _Quiet:
    def info(self, *_, **__) -> None: ...

    warning = info
