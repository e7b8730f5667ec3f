"""Worker health: each worker proves it is alive and consuming with a heartbeat in Redis.

Every ``HEARTBEAT_SECONDS`` a worker whose subscribers are running (and whose event
loop is not stuck) writes ``wirestream:health:<stage>:<consumer>`` with a
time-to-live of ``3 x HEARTBEAT_SECONDS`` (its counters and when it last processed
something) and records its consumer name with the time in the sorted set
``wirestream:workers:<stage>``. Readers find the live workers of a stage from that
set, so nobody needs ``SCAN`` (which no stage's Redis user may run).
``wirestream health STAGE`` (the compose healthcheck) passes while this host has a
fresh heartbeat for the stage; ``wirestream status`` lists them. The housekeeper
drops registrations older than a day.

While Redis refuses writes (out of memory) the heartbeat cannot be written and the
worker reads as unhealthy: true, since nothing can move until memory is freed.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from wirestream import replies

PREFIX = "wirestream:health"
REGISTRY_PREFIX = "wirestream:workers"
HEARTBEAT_SECONDS = 5.0
TTL_SECONDS = int(3 * HEARTBEAT_SECONDS)


def key(stage: str, consumer: str) -> str:
    return f"{PREFIX}:{stage}:{consumer}"


def registry(stage: str) -> str:
    return f"{REGISTRY_PREFIX}:{stage}"


@dataclass
class Beat:
    stage: str
    consumer: str
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    started_at: float = field(default_factory=time.time)
    processed: int = 0
    failed: int = 0
    last_processed_at: float | None = None
    at: float = 0.0

    def processed_one(self) -> None:
        self.processed += 1
        self.last_processed_at = time.time()

    def to_json(self) -> str:
        self.at = time.time()
        return json.dumps(asdict(self))


async def beat(redis: Any, state: Beat) -> None:
    pipe = redis.pipeline(transaction=False)
    pipe.set(key(state.stage, state.consumer), state.to_json(), ex=TTL_SECONDS)
    pipe.zadd(registry(state.stage), {state.consumer: state.at})
    await pipe.execute()


async def forget(redis: Any, state: Beat) -> None:
    await redis.delete(key(state.stage, state.consumer))


def live_workers(client: Any, stages: Iterable[str]) -> list[dict[str, Any]]:
    """Heartbeats of ``stages`` (process kinds: a pipeline's ``processes``) that have not expired, from a
    synchronous client."""
    beats = []
    since = time.time() - TTL_SECONDS
    for name in stages:
        consumers = client.zrangebyscore(registry(name), since, "+inf")
        if not consumers:
            continue
        for raw in client.mget([key(name, replies.text(c)) for c in consumers]):
            if raw:
                beats.append(json.loads(raw))
    return sorted(beats, key=lambda b: (b["stage"], b["consumer"]))
