"""A worker process's life: waiting for Redis at start, serving metrics, stopping for sure, exiting.

Every long-running process (the stage workers, fetch, the housekeeper) shares these
steps, so that each behaves the same under a supervisor:

* a worker (a stage's or fetch) is built in a :class:`WorkerShell` (:func:`worker_shell`):
  its logging, its FastStream app and broker, its own Redis client (:func:`connect`), its
  stop guard, its loop tick and its stuck-worker watchdog (:mod:`wirestream.watchdog`);
* start-up waits for Redis with backoff instead of exiting while it restarts
  (:func:`wait_for_redis`);
* its metrics are served if ``WIRESTREAM_METRICS_PORT`` says so (:func:`start_metrics`);
* a stop request (SIGTERM, SIGINT) always ends the process, within
  ``WIRESTREAM_SHUTDOWN_GRACE_SECONDS`` (:func:`guard_shutdown`); SIGUSR1 dumps the stacks;
* the process ends with 0 after a requested stop and 1 if the app failed, without
  waiting for tasks the libraries leave behind (:func:`run_worker`).

The stuck-worker watchdog, which ends a worker nobody asked to stop, is
:mod:`wirestream.watchdog`.
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from faststream import BaseMiddleware, FastStream
from faststream.redis import RedisBroker

from wirestream import metrics, retrying
from wirestream.executor import Executor
from wirestream.logging import configure, get_logger
from wirestream.settings import Settings
from wirestream.setups import budget_of
from wirestream.watchdog import Liveness, Watchdog, tick


def connect(url: str, socket_timeout: float) -> aioredis.Redis:
    """A worker's own Redis client (heartbeats, dead letters, claims; a stage's ``ctx.redis``).

    One module-level function, so that the wiring tests (tests/unit/test_wiring.py) can run a
    worker's start-up under FastStream's ``TestRedisBroker`` with an in-memory Redis instead.
    """
    return aioredis.from_url(url, socket_timeout=socket_timeout, socket_connect_timeout=10)


@dataclass
class WorkerShell:
    """What a worker is built in: its settings, logger, FastStream app and broker, and liveness.

    The worker adds its subscribers or its own source (fetch's inbox) and its start-up
    and shutdown hooks; :meth:`start_watching` and :meth:`stop_watching` run the loop
    tick and the watchdog thread, which end the process if it gets stuck.
    """

    name: str
    settings: Settings
    consumer: str
    log: Any
    broker: RedisBroker
    app: FastStream
    liveness: Liveness
    watchdog: Watchdog
    _ticking: asyncio.Task[None] | None = field(default=None, repr=False)

    def start_watching(self, *, consuming: bool = False) -> None:
        """Start the loop tick (a task on the running loop) and the watchdog thread.

        ``consuming``: the worker has no subscribers whose state tells whether it
        consumes (fetch), so a turning loop counts as consuming.
        """
        self._ticking = asyncio.create_task(tick(self.liveness, consuming))
        self.watchdog.start()

    async def stop_watching(self) -> None:
        """Stop the watchdog (shutdown may legitimately block the loop) and the loop tick."""
        self.watchdog.stop()
        if self._ticking is not None:
            self._ticking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticking


def worker_shell(
    name: str,
    settings: Settings,
    *,
    socket_timeout: float = 30.0,
    middlewares: Sequence[type[BaseMiddleware]] = (),
) -> WorkerShell:
    """The shell of the worker ``name``: logging configured, its app (whose stop always ends the
    process, :func:`guard_shutdown`), and a watchdog allowing an entry its budget's ceiling plus
    ``stall_seconds``."""
    configure(settings.log_format, settings.log_level)
    consumer = settings.consumer_name(name)
    log = get_logger(f"wirestream.{name}").bind(stage=name, consumer=consumer)
    broker = RedisBroker(
        settings.resolved_redis_url,
        middlewares=tuple(middlewares),
        logger=logging.getLogger("wirestream.faststream"),
        socket_timeout=socket_timeout,
        socket_connect_timeout=10,
    )
    app = FastStream(broker, logger=logging.getLogger("wirestream.faststream"))
    guard_shutdown(app, log, settings.shutdown_grace_seconds)
    liveness = Liveness()
    watchdog = Watchdog(
        liveness,
        log,
        settings.stall_seconds,
        entry_seconds=settings.stall_seconds + budget_of(settings).ceiling_seconds,
    )
    return WorkerShell(name, settings, consumer, log, broker, app, liveness, watchdog)


async def wait_for_redis(client: aioredis.Redis, log: Any, max_delay: float = 10.0) -> None:
    """Start-up waits for Redis (with backoff) instead of exiting while it restarts."""

    def waiting(exc: BaseException, delay: float) -> None:
        log.warning("redis unavailable at start; retrying", retry_in_s=delay, error=str(exc))

    unavailable = retrying.of_type(OSError, aioredis.ConnectionError, aioredis.BusyLoadingError)
    await retrying.forever(client.ping, unavailable, 0.5, max_delay, waiting)


def start_metrics(
    settings: Settings, stage_name: str, log: Any, executor: Executor | None = None, *, counted: bool = True
) -> bool:
    """Serve this process's metrics if ``WIRESTREAM_METRICS_PORT`` says so (see :mod:`wirestream.metrics`)."""
    try:
        if not metrics.serve(settings.metrics_port, settings.metrics_address):
            return False
    except OSError as exc:  # the port is taken: the worker still does its work, without metrics
        log.error("cannot serve metrics; going on without", port=settings.metrics_port, error=str(exc))
        return False
    if counted:  # a stage's counters show from the start, at zero
        metrics.stage(stage_name)
    tools = executor.description if executor is not None else None
    metrics.set_info(stage_name, tools=tools.get("model") if isinstance(tools, dict) else None)
    log.info("serving metrics", port=settings.metrics_port, address=settings.metrics_address)
    return True


def guard_shutdown(app: FastStream, log: Any, grace_seconds: float) -> None:
    """Make a stop request always end the process.

    Once shutdown starts, a worker whose app has not stopped within ``grace_seconds``
    dumps every thread's stack to its log and exits (an app that stopped disarms
    this; :func:`run_worker` bounds what remains). Nothing is lost by that: an
    entry it had not acknowledged stays pending and is claimed by another consumer.
    SIGUSR1 dumps the stacks of a running worker, for diagnosis.
    """
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, all_threads=True)

    def expire() -> None:
        log.error(
            "graceful shutdown did not finish in time; exiting, unacknowledged entries stay pending",
            grace_seconds=grace_seconds,
        )
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        sys.stderr.flush()
        os._exit(0)

    timers: list[threading.Timer] = []

    @app.on_shutdown
    async def _arm() -> None:
        timer = threading.Timer(grace_seconds, expire)
        timer.daemon = True
        timer.start()
        timers.append(timer)

    @app.after_shutdown
    async def _disarm() -> None:  # the app stopped in time; the process is its owner's to end
        while timers:
            timers.pop().cancel()


def run_worker(app: FastStream) -> None:
    """Run a worker app until it stops, then end the process.

    Tasks the libraries leave behind after the app has stopped (connection
    supervisors) are given five seconds, then abandoned: ``asyncio.run`` would wait
    for them forever. Exit code 0 after a requested stop, 1 if the app failed.
    """

    async def main() -> None:
        await app.run()
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=5)

    loop = asyncio.new_event_loop()
    code = 0
    try:
        loop.run_until_complete(main())
    except BaseException:
        logging.getLogger("wirestream.runtime").exception("worker failed")
        code = 1
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
