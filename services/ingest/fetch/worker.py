"""The fetch worker: watches the inbox and publishes each new article to ``wirestream:fetched``.

Each file's bytes are read safely by the inbox, then parsed in a work process with
a time and memory budget (:mod:`wirestream.executor`): a file that takes too long
to parse (a pathological page) or too much memory is quarantined with that reason,
and the watcher, the heartbeat and the claims of other files go on. Back-pressure from the pipeline: no new file is
claimed while the stages' backlog is over ``WIRESTREAM_MAX_BACKLOG``
(:mod:`wirestream.backpressure`), and before publishing fetch waits while Redis memory
is above its high-water mark; either way the files wait in the inbox.

Run it with ``wirestream worker fetch`` (or ``python -m wirestream.services.ingest.fetch.worker``).
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from faststream import FastStream

from wirestream import contracts, health, lifecycle, metrics, retrying
from wirestream.backpressure import BacklogGate, wait_below_high_water
from wirestream.contracts import FetchedArticle
from wirestream.executor import Executor, StageError, StageFailed, returning
from wirestream.lifecycle import run_worker
from wirestream.retrying import REDIS_UNAVAILABLE
from wirestream.services.ingest.fetch.formats import Unreadable, parse_request
from wirestream.services.ingest.fetch.inbox import PROCESSING, QUARANTINE, Inbox, Outcome
from wirestream.services.ingest.fetch.inbox_metrics import watch_inbox
from wirestream.settings import Settings, get_settings
from wirestream.setups import budget_of
from wirestream.watchdog import Liveness

# Redis memory is asked this often while files flow: within it, fetch publishes a few dozen files at most, far
# below the room the high-water mark leaves (WIRESTREAM_REDIS_HIGH_WATER of maxmemory)
HIGH_WATER_EVERY_S = 0.25


def bounded_parser(executor: Executor, liveness: Liveness | None = None) -> Callable[..., Awaitable[FetchedArticle]]:
    """The inbox's parser: ``read_article`` in the work process; over its budget, the file is unreadable."""

    async def parse(raw: bytes, **options: Any) -> FetchedArticle:
        if liveness is not None:
            liveness.busy_since = time.monotonic()
        try:
            return await executor.run((raw, options), len(raw))
        except StageFailed as exc:
            if exc.error_type == "Unreadable":
                raise Unreadable(str(exc)) from None
            raise Unreadable(f"the reader failed ({exc.error_type}: {exc})") from None
        except StageError as exc:  # timeout, memory, crash
            raise Unreadable(f"reading it was stopped ({exc.reason}): {exc}", reason=exc.reason) from None
        finally:
            if liveness is not None:
                liveness.busy_since = None

    return parse


def observe(outcome: Outcome, seconds: float) -> None:
    """fetch's metrics of one file: the time of its whole handling (claim, read, parse, publish, filing)
    and, quarantined, a failure by its reason. A file put back to settle or skipped is neither."""
    counters = metrics.stage("fetch")
    if outcome.status in ("published", "quarantined"):
        counters.seconds.observe(seconds)
    if outcome.status == "quarantined":
        counters.failed(outcome.reason or "unreadable")


def build_app(settings: Settings | None = None) -> FastStream:
    """The fetch worker: the same shell, start-up, watchdog and exit as every stage's
    (:mod:`wirestream.lifecycle`), with the inbox as its source instead of a stream."""
    settings = settings or get_settings()
    shell = lifecycle.worker_shell("fetch", settings)
    app, log, liveness = shell.app, shell.log, shell.liveness
    publisher = shell.broker.publisher(stream=contracts.FETCHED, title=f"{contracts.FETCHED}:publish")
    stop = asyncio.Event()
    watching: list[asyncio.Task[None]] = []
    beat = health.Beat("fetch", shell.consumer)
    client = lifecycle.connect(settings.resolved_redis_url, 30.0)
    executor = Executor(
        "fetch",
        functools.partial(returning, parse_request),
        budget_of(settings),
        start_method=settings.executor_start_method,
        # the loader is formats' own: the fork server does not import this module (FastStream, the runtime), ~0.4 s
        preload=("wirestream.services.ingest.fetch.formats",),
        log=log,
    )

    parse = bounded_parser(executor, liveness)
    backlog_gate = BacklogGate(client, settings.max_backlog, log)
    warned = [0.0]

    async def gate() -> bool:
        try:
            return await backlog_gate()
        except REDIS_UNAVAILABLE as exc:  # nothing could be published now anyway: wait
            if time.monotonic() - warned[0] >= 30:
                warned[0] = time.monotonic()
                log.warning("cannot read the pipeline's backlog; not claiming files meanwhile", error=str(exc))
            return False

    below_since = [float("-inf")]  # when Redis memory was last seen under the high-water mark

    async def publish(article: FetchedArticle) -> None:
        liveness.busy_since = time.monotonic()
        try:
            # asked at most every HIGH_WATER_EVERY_S, not for each file (an INFO a file, in a flood)
            if time.monotonic() - below_since[0] >= HIGH_WATER_EVERY_S:
                await wait_below_high_water(client, settings, log, liveness)
                below_since[0] = time.monotonic()
            await retrying.redis_write(
                lambda: publisher.publish(article), log, liveness, settings.redis_oom_retry_max_seconds, "publish"
            )
        finally:
            liveness.busy_since = None
        beat.processed_one()
        metrics.stage("fetch").processed.inc()

    async def heartbeat() -> None:
        await health.beat(client, beat)

    inbox = Inbox(
        settings.inbox,
        publish,
        settle_seconds=settings.settle_seconds,
        rescan_seconds=settings.rescan_seconds,
        max_file_bytes=settings.max_file_bytes,
        max_chars=settings.max_article_chars,
        max_html_chars=settings.max_html_chars,
        stale_claim_seconds=settings.stale_claim_seconds,
        heartbeat=heartbeat,
        heartbeat_seconds=settings.heartbeat_seconds,
        parser=parse,
        gate=gate,
        max_waiting=settings.max_inbox_waiting,
        observe=observe,
    )

    async def watch() -> None:
        try:
            await inbox.watch(stop)
        except Exception:
            log.exception("inbox watcher failed; exiting so the supervisor restarts the worker")
            app.exit()

    @app.on_startup
    async def _wait() -> None:
        await lifecycle.wait_for_redis(client, log)
        await executor.start()
        if lifecycle.start_metrics(settings, "fetch", log, executor):
            watch_inbox(settings.inbox, {"processing": PROCESSING, "quarantined": QUARANTINE})

    @app.after_startup
    async def _start() -> None:
        watching.append(asyncio.create_task(watch()))
        shell.start_watching(consuming=True)  # no subscribers: a turning loop is a consuming fetch
        log.info("worker ready", inbox=str(inbox.root), output=contracts.FETCHED)

    @app.on_shutdown
    async def _stop() -> None:
        await shell.stop_watching()
        stop.set()
        await asyncio.wait_for(watching[0], timeout=30)
        await executor.close()
        inbox.close()
        await health.forget(client, beat)
        await client.aclose()
        log.info("worker stopped")

    return app


if __name__ == "__main__":
    run_worker(build_app())
