"""Back-pressure at the door: fetch takes no new file while the pipeline's backlog is over its bound.

The backlog is what the stages still have to do, summed over their input streams: the
entries each stage's group has not read yet (``lag``) plus those read and not yet
acknowledged (``pending``), from ``XINFO GROUPS`` (the one read command fetch's Redis
user holds on those streams). Above ``WIRESTREAM_MAX_BACKLOG`` the inbox stops claiming
files, so a flood waits as files in the inbox, not as entries in Redis memory; it
resumes once the stages have brought the backlog under the bound.

A group whose ``lag`` Redis cannot tell (entries deleted from the middle of its stream)
counts as a full backlog until it can: pausing until the stage catches up is safe,
flooding is not. A stream without the group (its stage never started) counts as
empty; the Redis memory high-water mark (``WIRESTREAM_REDIS_HIGH_WATER``) is the
second line of defence there: :func:`wait_below_high_water` holds fetch's publishing
while Redis memory is above it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from wirestream import contracts, replies
from wirestream.settings import Settings
from wirestream.watchdog import Liveness

UNKNOWN = -1


async def pipeline_backlog(redis: Any) -> int:
    """Entries not yet read plus entries pending, over every stage's input stream; UNKNOWN if a lag is unknown."""
    specs = [s for s in contracts.STAGES if s.input and s.group]
    pipe = redis.pipeline(transaction=False)
    for spec in specs:
        pipe.xinfo_groups(spec.input)
    answers = await pipe.execute(raise_on_error=False)
    total = 0
    for spec, groups in zip(specs, answers, strict=True):
        if isinstance(groups, ResponseError) and "no such key" in str(groups).lower():
            continue
        if isinstance(groups, Exception):
            raise groups
        for group in groups:
            if replies.text(group["name"]) != spec.group:
                continue
            if group.get("lag") is None:
                return UNKNOWN
            total += int(group["lag"]) + int(group["pending"])
    return total


class BacklogGate:
    """``await gate()`` before claiming one file: True if it may be claimed now.

    Asks Redis at most every ``refresh_seconds`` and counts the files let through since,
    so a burst of claims cannot overshoot the bound between two questions."""

    def __init__(self, redis: Any, max_backlog: int, log: Any, refresh_seconds: float = 0.25) -> None:
        self.redis = redis
        self.max_backlog = max_backlog
        self.log = log
        self.refresh_seconds = refresh_seconds
        self.backlog: int | None = None  # the last figure Redis gave (UNKNOWN: a lag it cannot tell)
        self._asked = 0.0
        self._since = 0
        self.paused = False

    async def __call__(self) -> bool:
        if self.max_backlog <= 0:
            return True
        now = time.monotonic()
        if self.backlog is None or now - self._asked >= self.refresh_seconds:
            self.backlog = await pipeline_backlog(self.redis)
            self._asked, self._since = now, 0
        known = self.max_backlog if self.backlog == UNKNOWN else self.backlog
        open_ = known + self._since < self.max_backlog
        if open_:
            self._since += 1
        if open_ == self.paused:  # a change: say it once
            self.paused = not open_
            if self.paused:
                self.log.info(
                    "inbox paused: the pipeline's backlog is at its bound; files wait in the inbox",
                    backlog=None if self.backlog == UNKNOWN else self.backlog,
                    max_backlog=self.max_backlog,
                )
            else:
                self.log.info("inbox resumed", backlog=self.backlog, max_backlog=self.max_backlog)
        return open_


async def wait_below_high_water(
    redis: aioredis.Redis, settings: Settings, log: Any, liveness: Liveness | None = None
) -> None:
    """Wait while Redis uses more than ``redis_high_water`` of its ``maxmemory``.

    The pipeline's source (fetch) waits here, leaving files in the inbox, so that
    the stages keep room to move what is already in Redis along: were the input
    allowed to fill Redis to its limit, no stage could publish and nothing would
    ever be acknowledged and trimmed. A server without a limit, or a user that may
    not read ``INFO``, never waits.
    """
    delay, warned = 0.5, False
    while True:
        try:
            info = await redis.info("memory")
        except ResponseError:  # NOPERM: nothing to go by
            return
        used, limit = int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))
        if not limit or used < settings.redis_high_water * limit:
            if warned:
                log.info("Redis memory below the high-water mark again; resuming", used_mb=round(used / 2**20, 1))
            return
        if not warned:
            log.warning(
                "Redis memory above the high-water mark; waiting before adding input",
                used_mb=round(used / 2**20, 1),
                max_mb=round(limit / 2**20, 1),
                high_water=settings.redis_high_water,
            )
            warned = True
        if liveness is not None:
            liveness.progress()
        await asyncio.sleep(delay)
        delay = min(delay * 2, settings.redis_oom_retry_max_seconds)
