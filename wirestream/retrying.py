"""Waiting out an outage: one capped exponential backoff (tenacity) for every retry loop.

A worker never gives up on an unavailable Redis or store (at-least-once: it holds the
entry, unacknowledged, and keeps its liveness fresh so it is not taken for stuck); it
retries after ``first``, ``2 * first``, ... seconds, at most ``cap`` seconds apart.
Any other exception is raised at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential

T = TypeVar("T")

# (the exception, seconds until the next try) before each wait
OnRetry = Callable[[BaseException, float], None]


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
