"""The stuck-worker watchdog: a thread that ends a worker whose event loop or consumption has stopped.

A worker that is alive but stuck (its loop blocked by CPU work, its subscribers dead,
one entry in hand far beyond its budget) holds its entries and does nothing; compose
(``restart: unless-stopped``) and ``wirestream up`` restart a worker that *exits*, not
one that is merely unhealthy. So the watchdog exits it, after
``WIRESTREAM_STALL_SECONDS``. The worker reports its progress in a :class:`Liveness`;
the watchdog reads it from its own thread, so it also sees a loop that never yields.
"""

from __future__ import annotations

import asyncio
import faulthandler
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Liveness:
    """What the watchdog thread reads to decide whether the worker is stuck (monotonic seconds)."""

    loop_tick: float = field(default_factory=time.monotonic)
    last_consuming: float = field(default_factory=time.monotonic)
    busy_since: float | None = None
    busy_extra: float = 0.0  # more seconds the work in hand may take: the budgets of a batch's other entries
    fatal: str | None = None

    def progress(self) -> None:
        """A long but deliberate wait (Redis full, database down) is not a stuck worker."""
        if self.busy_since is not None:
            self.busy_since = time.monotonic()


async def tick(liveness: Liveness, consuming: bool = False) -> None:
    """Mark the event loop alive every second, for ever (a task; cancel it to stop).

    ``consuming``: the worker has no subscribers whose state tells (fetch), so a
    turning loop also counts as consuming.
    """
    while True:
        liveness.loop_tick = time.monotonic()
        if consuming:
            liveness.last_consuming = liveness.loop_tick
        await asyncio.sleep(1.0)


class Watchdog:
    """A thread that ends the process when the worker is stuck (see :class:`Liveness`).

    It runs off the event loop, so it also sees a loop blocked by CPU work. The exit
    status is 70 (EX_SOFTWARE); the stack of every thread goes to the log first.
    Entries the worker held stay pending and are claimed by another consumer, or by
    the restarted worker, after ``claim_idle_ms``.
    """

    EXIT_STATUS = 70

    def __init__(self, liveness: Liveness, log: Any, stall_seconds: float, entry_seconds: float) -> None:
        self.liveness = liveness
        self.log = log
        self.stall_seconds = stall_seconds
        self.entry_seconds = entry_seconds  # an entry in hand longer than this means a stuck handler
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="wirestream-watchdog", daemon=True)

    def start(self) -> None:
        now = time.monotonic()
        self.liveness.loop_tick = self.liveness.last_consuming = now
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def stuck(self, now: float) -> str | None:
        live = self.liveness
        if live.fatal:
            return live.fatal
        if now - live.loop_tick > self.stall_seconds:
            return f"the event loop has been blocked for {now - live.loop_tick:.0f} s"
        if now - live.last_consuming > self.stall_seconds:
            return f"consumption has been stopped for {now - live.last_consuming:.0f} s"
        if live.busy_since is not None and now - live.busy_since > self.entry_seconds + live.busy_extra:
            return f"the entries in hand have been for {now - live.busy_since:.0f} s"
        return None

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            why = self.stuck(time.monotonic())
            if why:
                self.log.error("worker stuck; exiting so that it is restarted", why=why)
                faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
                sys.stderr.flush()
                os._exit(self.EXIT_STATUS)
