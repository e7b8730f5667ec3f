"""Consumer groups: each stage's group, created before anything reads from it.

A group is created at id ``0`` with ``MKSTREAM``, so a backlog published before the
stage's first worker started (or before the stream existed) is processed, not skipped.
Creating one that exists is a no-op, so every worker (and ``wirestream up``, for all
stages at once) can ask for it at start-up without coordinating.
"""

from __future__ import annotations

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from wirestream import contracts


async def ensure_group(redis: aioredis.Redis, stream: str, group: str) -> None:
    """Create ``group`` on ``stream`` at id 0 (the whole backlog); no-op if it exists."""
    try:
        await redis.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


async def ensure_all_groups(redis: aioredis.Redis) -> None:
    """Every stage's group on its input stream (the supervisor's start-up)."""
    for spec in contracts.STAGES:
        if spec.input and spec.group:
            await ensure_group(redis, spec.input, spec.group)
