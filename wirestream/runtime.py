"""The worker runtime: what turns a stage's plain function into a FastStream worker.

A stage supplies ``setup(ctx) -> process`` where ``process`` maps one input model to
one output model (or ``None`` when it publishes by itself). The runtime adds what
every stage needs and none should write again:

* its consumer group, created at id ``0`` with MKSTREAM before reading, so a backlog
  published before the first worker started is processed;
* two subscribers on the same group: one reading new entries (bounded by
  ``read_batch``) and one claiming entries a dead or stuck consumer left pending for
  longer than ``claim_idle_ms`` (FastStream's claiming subscriber never reads new
  entries, so both are needed);
* publishing the result to the next stream *before* the input is acknowledged
  (at-least-once; every stage is idempotent, so a redelivery is harmless);
* dead letters: an entry that fails validation, carries an unknown schema version,
  or has failed ``max_deliveries`` times is parked on ``wirestream:dead`` with its
  error and acknowledged, so it never blocks the stream.
"""

import asyncio
import contextlib
import faulthandler
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import redis.asyncio as aioredis
from faststream import AckPolicy, BaseMiddleware, FastStream
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.message import RedisStreamMessage
from pydantic import BaseModel, ValidationError
from redis.exceptions import ResponseError

from wirestream import contracts, health, retention
from wirestream.errors import PermanentError
from wirestream.logging import configure, get_logger
from wirestream.settings import Settings, get_settings

Process = Callable[[Any], Awaitable[BaseModel | None]]


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


async def ensure_group(redis: aioredis.Redis, stream: str, group: str) -> None:
    """Create ``group`` on ``stream`` at id 0 (the whole backlog); no-op if it exists."""
    try:
        await redis.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


async def ensure_all_groups(redis: aioredis.Redis) -> None:
    for spec in contracts.STAGES:
        if spec.input and spec.group:
            await ensure_group(redis, spec.input, spec.group)


async def park(redis: aioredis.Redis, letter: contracts.DeadLetter) -> None:
    await redis.xadd(contracts.DEAD, {"data": letter.model_dump_json()})


def _dead_letter_middleware(state: dict[str, Any]) -> type[BaseMiddleware]:
    class DeadLetters(BaseMiddleware):
        async def consume_scope(self, call_next: Any, msg: Any) -> Any:
            try:
                return await call_next(msg)
            except Exception as exc:
                if not isinstance(msg, RedisStreamMessage) or "ctx" not in state:
                    raise
                ctx: StageContext = state["ctx"]
                poison = isinstance(exc, (ValidationError, PermanentError))
                deliveries = await msg.get_delivery_count()
                entry_id = msg.raw_message["message_ids"][0].decode()
                ctx.beat.failed += 1
                if not poison and deliveries < ctx.settings.max_deliveries:
                    ctx.log.warning(
                        "stage failed; entry stays pending and will be retried",
                        entry_id=entry_id,
                        deliveries=deliveries,
                        error=f"{type(exc).__name__}: {exc}",
                    )
                    raise
                body = msg.body.decode("utf-8", "replace") if isinstance(msg.body, bytes) else str(msg.body)
                letter = contracts.DeadLetter(
                    stage=ctx.stage.stage,
                    stream=ctx.stage.input or "",
                    entry_id=entry_id,
                    error_type=type(exc).__name__,
                    error=str(exc)[:4000],
                    deliveries=deliveries,
                    body=body,
                    failed_at=datetime.now(UTC),
                )
                await park(ctx.redis, letter)
                await msg.ack()
                ctx.log.error(
                    "entry dead-lettered",
                    entry_id=entry_id,
                    deliveries=deliveries,
                    error_type=letter.error_type,
                    error=letter.error[:300],
                )
                return None

    return DeadLetters


async def wait_for_redis(client: aioredis.Redis, log: Any, max_delay: float = 10.0) -> None:
    """Start-up waits for Redis (with backoff) instead of exiting while it restarts."""
    delay = 0.5
    while True:
        try:
            await client.ping()
            return
        except (OSError, aioredis.ConnectionError, aioredis.BusyLoadingError) as exc:
            log.warning("redis unavailable at start; retrying", retry_in_s=delay, error=str(exc))
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)


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


def pure(function: Callable[[Any], BaseModel]) -> Callable[[StageContext], Awaitable[Process]]:
    """The setup of a stage that is one pure function of its input."""

    async def setup(_: StageContext) -> Process:
        async def process(message: Any) -> BaseModel:
            return function(message)

        return process

    return setup


def stage_app(
    stage_name: str,
    in_model: type[BaseModel],
    setup: Callable[[StageContext], Awaitable[Process]],
    settings: Settings | None = None,
    *,
    out_model: type[BaseModel] | None = None,
) -> FastStream:
    """A FastStream app running one stage that reads a stream and writes the next.

    ``process`` returns an ``out_model`` for the runtime to publish; without an
    ``out_model`` the stage writes its output itself (persist does, after its
    database commit) and ``process`` returns ``None``.
    """
    settings = settings or get_settings()
    configure(settings.log_format, settings.log_level)
    spec = contracts.stage_streams(stage_name)
    assert spec.input and spec.group, f"{stage_name} has no input stream"
    consumer = settings.consumer_name(stage_name)
    log = get_logger(f"wirestream.{stage_name}").bind(stage=stage_name, consumer=consumer)
    state: dict[str, Any] = {}

    broker = RedisBroker(
        settings.resolved_redis_url,
        middlewares=[_dead_letter_middleware(state)],
        logger=logging.getLogger("wirestream.faststream"),
    )
    app = FastStream(broker, logger=logging.getLogger("wirestream.faststream"))

    def subscriber(role: str, **reading: Any) -> Any:
        return broker.subscriber(
            stream=StreamSub(spec.input, group=spec.group, consumer=consumer, **reading),
            ack_policy=AckPolicy.REJECT_ON_ERROR,
            title=f"{stage_name}:{role}",
            include_in_schema=role == "read",
        )

    reader = subscriber("read", max_records=settings.read_batch, polling_interval=settings.block_ms)
    claimer = subscriber("claim", min_idle_time=settings.claim_idle_ms, polling_interval=max(settings.block_ms, 1000))
    publisher = (
        broker.publisher(stream=spec.output, title=f"{spec.output}:publish", schema=out_model) if out_model else None
    )

    async def handle(body) -> None:  # annotated below with the stage's input model
        started = time.perf_counter()
        result = await state["process"](body)
        if result is not None and publisher is not None:
            await publisher.publish(result)
        state["ctx"].beat.processed_one()
        log.info(
            "processed",
            article_id=getattr(body, "id", None),
            ms=round((time.perf_counter() - started) * 1000, 1),
        )

    handle.__annotations__["body"] = in_model
    reader(claimer(handle))
    guard_shutdown(app, log, settings.shutdown_grace_seconds)

    @app.on_startup
    async def _start() -> None:
        client = aioredis.from_url(settings.resolved_redis_url)
        await wait_for_redis(client, log)
        await ensure_group(client, spec.input, spec.group)
        ctx = StageContext(spec, settings, consumer, client, log, health.Beat(stage_name, consumer))
        state["process"] = await setup(ctx)
        state["ctx"] = ctx
        log.info("worker ready", input=spec.input, output=spec.output, group=spec.group)

    async def _housekeeping() -> None:
        """Heartbeat while consuming; now and then, trim what every group has acknowledged."""
        ctx: StageContext = state["ctx"]
        next_trim = time.monotonic() + settings.retention_seconds
        while True:
            consuming = all(s.running and s.tasks and not any(t.done() for t in s.tasks) for s in (reader, claimer))
            try:
                if consuming:
                    await health.beat(ctx.redis, ctx.beat)
                if time.monotonic() >= next_trim:
                    next_trim = time.monotonic() + settings.retention_seconds
                    trimmed = await retention.trim_acknowledged(ctx.redis, spec.input)
                    if spec.output == contracts.ENRICHED:
                        streams = [contracts.ENRICHED]
                        async for key in ctx.redis.scan_iter(match=contracts.INCIDENT_PREFIX + "*", _type="stream"):
                            streams.append(key.decode() if isinstance(key, bytes) else key)
                        for stream in streams:
                            trimmed += await retention.trim_subscriber_stream(
                                ctx.redis, stream, settings.enriched_maxlen
                            )
                    if trimmed:
                        log.info("trimmed acknowledged entries", count=trimmed)
            except (OSError, aioredis.RedisError) as exc:
                log.warning("housekeeping failed", error=str(exc))
            except Exception:  # a bug here must not take the worker's heartbeat or shutdown with it
                log.exception("housekeeping failed")
            await asyncio.sleep(health.HEARTBEAT_SECONDS)

    @app.after_startup
    async def _started() -> None:
        state["heartbeat"] = asyncio.create_task(_housekeeping())

    @app.on_shutdown
    async def _stopping() -> None:
        task = state.get("heartbeat")
        if task:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
            with contextlib.suppress(OSError, aioredis.RedisError):
                await health.forget(state["ctx"].redis, state["ctx"].beat)

    @app.after_shutdown
    async def _stop() -> None:
        ctx: StageContext | None = state.get("ctx")
        if ctx:
            for hook in ctx.on_shutdown:
                await hook()
            await ctx.redis.aclose()
        log.info("worker stopped")

    return app


def dumps(model: BaseModel) -> str:
    """The one JSON form of a model used on plain-JSON streams and in the store."""
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
