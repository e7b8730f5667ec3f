"""Worker health: each worker proves it is alive and consuming with a heartbeat in Redis.

Every ``HEARTBEAT_SECONDS`` a worker whose subscribers are running (and whose event
loop is not stuck in a handler) writes ``wirestream:health:<stage>:<consumer>``
with a time-to-live of ``3 x HEARTBEAT_SECONDS``: its counters and when it last
processed something. ``wirestream health STAGE`` (the compose healthcheck) passes
while this host has a fresh heartbeat for the stage; ``wirestream status`` lists them.
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import asdict, dataclass, field
from typing import Any

PREFIX = "wirestream:health"
HEARTBEAT_SECONDS = 5.0


def key(stage: str, consumer: str) -> str:
    return f"{PREFIX}:{stage}:{consumer}"


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
    await redis.set(key(state.stage, state.consumer), state.to_json(), ex=int(3 * HEARTBEAT_SECONDS))


async def forget(redis: Any, state: Beat) -> None:
    await redis.delete(key(state.stage, state.consumer))


def live_workers(client: Any, stage: str | None = None) -> list[dict[str, Any]]:
    """Heartbeats that have not expired, from a synchronous client."""
    pattern = f"{PREFIX}:{stage or '*'}:*"
    beats = []
    for name in client.scan_iter(match=pattern, count=500):
        raw = client.get(name)
        if raw:
            beats.append(json.loads(raw))
    return sorted(beats, key=lambda b: (b["stage"], b["consumer"]))
