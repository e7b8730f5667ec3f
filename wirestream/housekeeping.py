"""The housekeeper: the one process that trims and tidies, so no stage needs destructive commands.

A stage's Redis user may only consume its own input with its own group and append
to its output and the dead letters. Everything that deletes runs here, as the
``housekeeper`` user, every ``WIRESTREAM_RETENTION_SECONDS``:

* each pipeline stream is trimmed below what every group has acknowledged
  (:mod:`wirestream.retention`);
* the streams stages write for subscribers (the registry's ``subscriber_streams``:
  persist's ``wirestream:enriched`` and every ``wirestream:incident:<id>``) keep their newest
  ``WIRESTREAM_ENRICHED_MAXLEN`` entries (or, read with groups, what is unacknowledged);
* ``wirestream:dead`` keeps its newest ``WIRESTREAM_DEAD_MAXLEN`` letters;
* consumers that hold nothing and have been silent ``WIRESTREAM_CONSUMER_IDLE_SECONDS``
  are removed from their groups (each worker process has its own consumer name);
* worker registrations older than a day are dropped.

At start it loads the server-side functions (:mod:`wirestream.functions`). Trimming
works while Redis refuses writes for memory (``XTRIM`` is allowed then), so the
housekeeper is what frees memory for a pipeline that back-pressures. Without it,
streams grow until Redis refuses writes: the pipeline then stops, losing nothing.

Run it with ``wirestream worker housekeeper`` (``wirestream up`` and docker compose do).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import OutOfMemoryError

from wirestream import contracts, functions, health, metrics, replies, retention
from wirestream.logging import configure, get_logger
from wirestream.settings import Settings, get_settings
from wirestream.stages import HOUSEKEEPER, Pipeline

NAME = HOUSEKEEPER
REGISTRY_MAX_AGE_SECONDS = 24 * 3600


async def memory(redis: Any) -> tuple[int, int]:
    """Redis memory in use and its limit (``0``: none), in bytes."""
    info = await redis.info("memory")
    return int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))


async def matching_streams(redis: Any, pattern: str) -> list[str]:
    """The streams named by ``pattern``: itself, or for ``prefix*`` every stream under the prefix."""
    if not pattern.endswith("*"):
        return [pattern]
    found = []
    async for key in redis.scan_iter(match=pattern, _type="stream", count=500):
        found.append(replies.text(key))
    return sorted(found)


async def sweep(redis: Any, settings: Settings, log: Any, pipeline: Pipeline) -> dict[str, int]:
    """One round of housekeeping; returns what it did, by kind.

    Trimming comes first and each job stands alone: while Redis is full, ``XTRIM``
    is allowed but a function call (consumer removal) is refused, and trimming is
    what frees the memory.
    """
    done = {"trimmed": 0, "dead_trimmed": 0, "consumers_removed": 0, "registrations_dropped": 0}
    inputs = [s.streams.input for s in pipeline.stages if s.streams.input]
    for stream in inputs:
        done["trimmed"] += await retention.trim_acknowledged(redis, stream)
    for pattern in pipeline.subscriber_streams:
        for stream in await matching_streams(redis, pattern):
            done["trimmed"] += await retention.trim_subscriber_stream(redis, stream, settings.enriched_maxlen)
    done["dead_trimmed"] = await retention.trim_dead_letters(redis, contracts.DEAD, settings.dead_maxlen)
    idle_ms = int(settings.consumer_idle_seconds * 1000)
    try:
        for stream in inputs:
            removed = await retention.remove_idle_consumers(redis, stream, idle_ms)
            if removed:
                log.info("removed idle consumers", stream=stream, consumers=removed)
            done["consumers_removed"] += len(removed)
        cutoff = time.time() - REGISTRY_MAX_AGE_SECONDS
        for stage in pipeline.processes:
            done["registrations_dropped"] += int(await redis.zremrangebyscore(health.registry(stage), "-inf", cutoff))
    except OutOfMemoryError:
        pass  # next round; what matters while full is the trimming above
    return done


async def run(pipeline: Pipeline, settings: Settings | None = None, stop: asyncio.Event | None = None) -> None:
    """Sweep every ``retention_seconds`` until ``stop`` is set, with a heartbeat meanwhile."""
    settings = settings or get_settings()
    consumer = settings.consumer_name(NAME)
    log = get_logger("wirestream.housekeeper").bind(stage=NAME, consumer=consumer)
    stop = stop or asyncio.Event()
    from wirestream.lifecycle import connect, start_metrics, wait_for_redis

    client = connect(settings.resolved_redis_url, socket_timeout=30)
    beat = health.Beat(NAME, consumer)

    await wait_for_redis(client, log)
    refresher = None
    if start_metrics(
        settings, NAME, log, counted=False
    ):  # every group's backlog and pending: its user may run XINFO GROUPS
        groups = [metrics.Group(s.input, s.group) for s in contracts.STAGES if s.input and s.group]
        server = [lambda redis: metrics.refresh_server(redis, contracts.DEAD)]
        refresher = asyncio.create_task(metrics.refresh_forever(client, groups, log, extra=server))
    loaded = False
    next_sweep = 0.0
    log.info("housekeeper ready", every_s=settings.retention_seconds)
    try:
        while not stop.is_set():
            try:
                if time.monotonic() >= next_sweep:
                    next_sweep = time.monotonic() + settings.retention_seconds
                    done = await sweep(client, settings, log, pipeline)
                    beat.processed_one()
                    if any(done.values()):
                        log.info("housekeeping", **done)
                    used, limit = await memory(client)
                    if limit and used >= settings.redis_high_water * limit:
                        log.warning(
                            "Redis memory high: fetch waits, stages back off if writes are refused",
                            used_mb=round(used / 2**20, 1),
                            max_mb=round(limit / 2**20, 1),
                        )
                if not loaded:  # FUNCTION LOAD is refused while Redis is full: try again next round
                    with contextlib.suppress(OutOfMemoryError):
                        if await functions.ensure_loaded_async(client):
                            log.info("server-side functions loaded", library=functions.LIBRARY_NAME)
                        loaded = True
                with contextlib.suppress(OutOfMemoryError):  # a full Redis refuses the heartbeat too
                    await health.beat(client, beat)
            except (OSError, aioredis.RedisError) as exc:
                beat.failed += 1
                log.warning("housekeeping failed; retrying", error=f"{type(exc).__name__}: {exc}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), health.HEARTBEAT_SECONDS)
    finally:
        if refresher is not None:
            refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresher
        with contextlib.suppress(OSError, aioredis.RedisError):
            await health.forget(client, beat)
        await client.aclose()
        log.info("housekeeper stopped")


def main(pipeline: Pipeline) -> None:
    """``wirestream worker housekeeper``: run until SIGTERM or SIGINT."""
    settings = get_settings()
    configure(settings.log_format, settings.log_level)

    async def runner() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run(pipeline, settings, stop)

    asyncio.run(runner())
