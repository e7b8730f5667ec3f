"""Waiting out an outage: one capped exponential backoff (tenacity) for every retry loop.

A worker never gives up on an unavailable Redis or store (at-least-once: it holds the
entry, unacknowledged, and keeps its liveness fresh so it is not taken for stuck); it
retries after ``first``, ``2 * first``, ... seconds, at most ``cap`` seconds apart.
Any other exception is raised at once.

:func:`redis_write` is that loop for a Redis write (publish, dead letter, group
creation) refused because Redis is full or away: the worker waits, holding the entry
(back-pressure), and never parks a healthy entry for it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from redis.exceptions import BusyLoadingError, OutOfMemoryError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential

from wirestream.watchdog import Liveness

T = TypeVar("T")

# (the exception, seconds until the next try) before each wait
OnRetry = Callable[[BaseException, float], None]

# Redis errors that say "not now" rather than "never": wait and retry, holding the entry.
REDIS_UNAVAILABLE = (OutOfMemoryError, RedisConnectionError, RedisTimeoutError, BusyLoadingError, OSError)


async def forever(
    call: Callable[[], Awaitable[T]],
    retry_on: Callable[[BaseException], bool],
    first: float,
    cap: float,
    on_retry: OnRetry | None = None,
) -> T:
    """``await call()`` until it returns, retrying while it raises an exception ``retry_on`` accepts."""

    def before_sleep(state: RetryCallState) -> None:
        if on_retry is not None and state.outcome is not None and state.next_action is not None:
            exc = state.outcome.exception()
            assert exc is not None
            on_retry(exc, state.next_action.sleep)

    async for attempt in AsyncRetrying(
        retry=retry_if_exception(retry_on),
        wait=wait_exponential(multiplier=first, max=cap),
        before_sleep=before_sleep,
        reraise=True,
    ):
        with attempt:
            return await call()
    raise AssertionError("unreachable: tenacity retries forever or raises")  # pragma: no cover


def of_type(*types: type[BaseException]) -> Callable[[BaseException], bool]:
    return lambda exc: isinstance(exc, types)


async def redis_write(
    call: Callable[[], Awaitable[T]], log: Any, liveness: Liveness | None, max_delay: float, what: str
) -> T:
    """Run a Redis write until Redis takes it, waiting out a Redis that refuses it (full) or is away.

    Each wait counts as progress for the watchdog (``liveness``); a warning is logged
    once, then every 30 s while it lasts.
    """
    last_warning = 0.0

    def waiting(exc: BaseException, delay: float) -> None:
        nonlocal last_warning
        if liveness is not None:
            liveness.progress()
        if time.monotonic() - last_warning >= 30:  # once, then every 30 s while it lasts
            last_warning = time.monotonic()
            log.warning(
                "Redis refused a write; holding the entry and retrying",
                what=what,
                error=f"{type(exc).__name__}: {exc}"[:200],
                retry_in_s=round(delay, 1),
            )

    return await forever(call, of_type(*REDIS_UNAVAILABLE), 0.2, max_delay, waiting)
