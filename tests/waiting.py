"""Bounded waits for asynchronous outcomes (a deadline, not a speed target)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")  # what a check returns once it holds (a falsy result, None included, is waited out)


def wait_for(check: Callable[[], T | None], timeout: float = 30, interval: float = 0.1, what: str = "condition") -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}; last value: {result!r}")
        time.sleep(interval)


async def async_wait_for(
    check: Callable[[], Awaitable[T | None]], timeout: float = 30, interval: float = 0.05, what: str = "condition"
) -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}; last value: {result!r}")
        await asyncio.sleep(interval)
