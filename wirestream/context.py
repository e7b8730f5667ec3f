"""What a stage's code is given by the runtime: its :class:`StageContext`, and the entry in hand.

A stage supplies a :data:`Setup`: ``setup(ctx) -> process``, run once at the worker's
start-up, where ``process`` maps one input model to one output model (or ``None`` when
the stage publishes by itself, as persist does). ``process`` may carry a batch function
``process.many`` (:data:`ProcessMany`: the inputs of one read -> one result or exception
each, in order); without one the runtime calls ``process`` once per input
(:mod:`wirestream.batching`). ``ctx`` carries what the setup may
use (settings, the worker's own Redis client, a logger, shutdown hooks) and nothing
of FastStream, so that a stage's code does not depend on how it is wired.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from pydantic import BaseModel

from wirestream import contracts, health, retrying
from wirestream.executor import Executor
from wirestream.settings import Settings
from wirestream.watchdog import Liveness

Process = Callable[[Any], Awaitable[BaseModel | None]]
# a stage's batch function (``process.many``, optional): one result or exception per input, in order
ProcessMany = Callable[[list[Any]], Awaitable[list[Any]]]
Setup = Callable[["StageContext"], Awaitable[Process]]


@dataclass
class StageContext:
    """What a stage's setup may use: its settings, a Redis client and a logger."""

    stage: contracts.StageStreams
    settings: Settings
    consumer: str
    redis: aioredis.Redis
    log: Any
    beat: health.Beat
    on_shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    liveness: Liveness = field(default_factory=Liveness)
    executor: Executor | None = None

    async def write(self, call: Callable[[], Awaitable[Any]], what: str) -> Any:
        """Run a Redis write, waiting out a Redis that refuses it (out of memory) or is away."""
        return await retrying.redis_write(
            call, self.log, self.liveness, self.settings.redis_oom_retry_max_seconds, what
        )


@dataclass
class Entry:
    """The stream entry being handled: its id and the size of its body in bytes."""

    id: str
    size: int


# set around each entry's handling (the dead-letter middleware, the batch runner); read by the offloaded setups
current_entry: contextvars.ContextVar[Entry | None] = contextvars.ContextVar("wirestream_entry", default=None)
# set by the batch runner around a call of ``process.many``: the entries of its inputs, in order
current_batch: contextvars.ContextVar[list[Entry] | None] = contextvars.ContextVar("wirestream_batch", default=None)
