"""The worker runtime: what turns a stage's plain function into a FastStream worker.

A stage supplies ``setup(ctx) -> process`` where ``process`` maps one input model to
one output model (or ``None`` when it publishes by itself). The runtime adds what
every stage needs and none should write again:

* its consumer group, created at id ``0`` with MKSTREAM before reading, so a backlog
  published before the first worker started is processed;
* two subscribers on the same group: one reading new entries (bounded by
  ``read_batch``) and one claiming entries a dead consumer left pending for longer
  than ``claim_idle_ms`` (FastStream's claiming subscriber never reads new entries,
  so both are needed). A live worker keeps the entries it holds (it refreshes their
  idle time), so only a dead or stuck one loses them to a claimer;
* bounded work: a stage built with :func:`offloaded` or :func:`pure` runs in a child
  process (:mod:`wirestream.executor`) with a time and memory budget per entry, so
  the event loop, the heartbeat and the claiming never wait on a slow input;
* publishing the result to the next stream *before* the input is acknowledged
  (at-least-once; every stage is idempotent, so a redelivery is harmless); while
  Redis refuses writes (out of memory, restarting) the worker waits and retries,
  holding the entry: back-pressure, never a dead letter for a healthy entry;
* dead letters: an entry that fails validation, carries an unknown schema version,
  fails permanently, or has failed (error, timeout, memory) ``max_deliveries``
  times is parked on ``wirestream:dead`` with its reason and acknowledged; one
  claimed after ``max_deliveries`` deliveries (its consumers died holding it) is
  parked when claimed, without running it again;
* a watchdog thread that ends the process when its event loop is blocked, its
  consumption has stopped, or an entry has been in hand far beyond its budget, for
  ``WIRESTREAM_STALL_SECONDS``: compose (``restart: unless-stopped``) and
  ``wirestream up`` restart a worker that exits, not one that is merely unhealthy.
"""

import asyncio
import contextlib
import contextvars
import faulthandler
import functools
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from faststream import AckPolicy, BaseMiddleware, Context, FastStream
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.message import RedisStreamMessage
from pydantic import BaseModel, ValidationError
from redis.exceptions import BusyLoadingError, OutOfMemoryError, ResponseError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from wirestream import contracts, deadletters, health, metrics, replies, retrying
from wirestream.errors import PermanentError
from wirestream.executor import Budget, Executor, Loader, StageError, returning
from wirestream.logging import configure, get_logger
from wirestream.settings import Settings, get_settings

Process = Callable[[Any], Awaitable[BaseModel | None]]
Setup = Callable[["StageContext"], Awaitable[Process]]

# Redis errors that say "not now" rather than "never": wait and retry, holding the entry.
REDIS_UNAVAILABLE = (OutOfMemoryError, RedisConnectionError, RedisTimeoutError, BusyLoadingError, OSError)


@dataclass
class Liveness:
    """What the watchdog thread reads to decide whether the worker is stuck (monotonic seconds)."""

    loop_tick: float = field(default_factory=time.monotonic)
    last_consuming: float = field(default_factory=time.monotonic)
    busy_since: float | None = None
    fatal: str | None = None

    def progress(self) -> None:
        """A long but deliberate wait (Redis full, database down) is not a stuck worker."""
        if self.busy_since is not None:
            self.busy_since = time.monotonic()


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
        return await write_retrying(call, self.log, self.liveness, self.settings.redis_oom_retry_max_seconds, what)


@dataclass
class _Entry:
    id: str
    size: int


_current: contextvars.ContextVar[_Entry | None] = contextvars.ContextVar("wirestream_entry", default=None)


class DeliveryLimit(Exception):
    """Claimed after its last allowed delivery: its consumers died holding it; park it unrun."""


async def write_retrying(
    call: Callable[[], Awaitable[Any]], log: Any, liveness: Liveness | None, max_delay: float, what: str
) -> Any:
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

    return await retrying.forever(call, retrying.of_type(*REDIS_UNAVAILABLE), 0.2, max_delay, waiting)


async def wait_below_high_water(
    redis: aioredis.Redis, settings: Settings, log: Any, liveness: Liveness | None = None
) -> None:
    """Wait while Redis uses more than ``redis_high_water`` of its ``maxmemory``.

    The pipeline's source (fetch) waits here, leaving files in the inbox, so that
    the stages keep room to move what is already in Redis along: were the input
    allowed to fill Redis to its limit, no stage could publish and nothing would
    ever be acknowledged and trimmed. A server without a limit, or a user that may
    not read ``INFO``, never waits.
    """
    delay, warned = 0.5, False
    while True:
        try:
            info = await redis.info("memory")
        except ResponseError:  # NOPERM: nothing to go by
            return
        used, limit = int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))
        if not limit or used < settings.redis_high_water * limit:
            if warned:
                log.info("Redis memory below the high-water mark again; resuming", used_mb=round(used / 2**20, 1))
            return
        if not warned:
            log.warning(
                "Redis memory above the high-water mark; waiting before adding input",
                used_mb=round(used / 2**20, 1),
                max_mb=round(limit / 2**20, 1),
                high_water=settings.redis_high_water,
            )
            warned = True
        if liveness is not None:
            liveness.progress()
        await asyncio.sleep(delay)
        delay = min(delay * 2, settings.redis_oom_retry_max_seconds)


def budget_of(settings: Settings) -> Budget:
    return Budget(
        floor_seconds=settings.stage_timeout_seconds,
        seconds_per_100kb=settings.stage_seconds_per_100kb,
        ceiling_seconds=max(settings.stage_timeout_max_seconds, settings.stage_timeout_seconds),
        memory_mb=settings.stage_memory_mb,
    )


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


def classify(exc: BaseException) -> tuple[contracts.DeadReason, bool, str]:
    """(reason, park at once?, error type) of a failed entry."""
    if isinstance(exc, ValidationError):
        return "invalid", True, type(exc).__name__
    if isinstance(exc, DeliveryLimit):
        return "abandoned", True, type(exc).__name__
    if isinstance(exc, StageError):
        if exc.reason in ("timeout", "memory", "crash"):
            return exc.reason, False, exc.error_type  # type: ignore[return-value]
        return ("permanent" if exc.permanent else "failing"), exc.permanent, exc.error_type
    if isinstance(exc, PermanentError):
        return "permanent", True, type(exc).__name__
    return "failing", False, type(exc).__name__


def _dead_letter_middleware(state: dict[str, Any]) -> type[BaseMiddleware]:
    class DeadLetters(BaseMiddleware):
        async def consume_scope(self, call_next: Any, msg: Any) -> Any:
            if not isinstance(msg, RedisStreamMessage) or "ctx" not in state:
                return await call_next(msg)
            ids = msg.raw_message.get("message_ids") or [b""]  # FastStream's TestRedisBroker gives none
            entry_id = ids[0].decode()
            body = msg.body if isinstance(msg.body, bytes) else str(msg.body).encode()
            token = _current.set(_Entry(entry_id, len(body)))
            state["released"].pop(entry_id, None)  # in hand (again): keep it while working
            state.setdefault("in_hand", set()).add(entry_id)
            try:
                return await call_next(msg)
            except Exception as exc:
                ctx: StageContext = state["ctx"]
                reason, at_once, error_type = classify(exc)
                deliveries = await msg.get_delivery_count()
                ctx.beat.failed += 1
                counters = metrics.stage(ctx.stage.stage)
                counters.failed(reason)
                if not at_once and deliveries < ctx.settings.max_deliveries:
                    counters.retried.inc()
                    ctx.log.warning(
                        "stage failed; entry stays pending and will be retried",
                        entry_id=entry_id,
                        deliveries=deliveries,
                        reason=reason,
                        error=f"{error_type}: {exc}"[:500],
                    )
                    raise
                letter = deadletters.make_letter(
                    stage=ctx.stage.stage,
                    stream=ctx.stage.input or "",
                    entry_id=entry_id,
                    error_type=error_type,
                    error=str(exc),
                    deliveries=deliveries,
                    body=body,
                    reason=reason,
                    max_body_bytes=ctx.settings.dead_body_bytes,
                )
                await ctx.write(lambda: park(ctx.redis, letter), "dead letter")
                await msg.ack()
                counters.dead_lettered(reason)
                ctx.log.error(
                    "entry dead-lettered",
                    entry_id=entry_id,
                    deliveries=deliveries,
                    reason=reason,
                    error_type=letter.error_type,
                    error=letter.error[:300],
                )
                return None
            finally:
                _current.reset(token)
                # handled, whatever the outcome: if it is still pending (a failure, an acknowledgement lost
                # with the connection), it is no longer kept from the claimers
                state["released"][entry_id] = state["last_end"] = time.monotonic()
                state["last_id"] = entry_id
                state["in_hand"].discard(entry_id)

    return DeadLetters


async def wait_for_redis(client: aioredis.Redis, log: Any, max_delay: float = 10.0) -> None:
    """Start-up waits for Redis (with backoff) instead of exiting while it restarts."""

    def waiting(exc: BaseException, delay: float) -> None:
        log.warning("redis unavailable at start; retrying", retry_in_s=delay, error=str(exc))

    unavailable = retrying.of_type(OSError, aioredis.ConnectionError, aioredis.BusyLoadingError)
    await retrying.forever(client.ping, unavailable, 0.5, max_delay, waiting)


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
        if live.busy_since is not None and now - live.busy_since > self.entry_seconds:
            return f"one entry has been in hand for {now - live.busy_since:.0f} s"
        return None

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            why = self.stuck(time.monotonic())
            if why:
                self.log.error("worker stuck; exiting so that it is restarted", why=why)
                faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
                sys.stderr.flush()
                os._exit(self.EXIT_STATUS)


def offloaded(make_loader: Callable[["StageContext"], Loader], preload: Sequence[str] = ()) -> Setup:
    """The setup of a stage whose work runs in a child process with a budget per entry.

    ``make_loader(ctx)`` returns a picklable loader (a module-level function, or a
    ``functools.partial`` of one) that builds the stage's tool in the child;
    ``preload`` names modules the fork server imports once, so that a restarted
    child does not import them again.
    """

    async def setup(ctx: StageContext) -> Process:
        executor = Executor(
            ctx.stage.stage,
            make_loader(ctx),
            budget_of(ctx.settings),
            start_method=ctx.settings.executor_start_method,
            preload=tuple(preload),
            log=ctx.log,
        )
        await executor.start()
        ctx.executor = executor
        ctx.on_shutdown.append(executor.close)

        async def process(message: Any) -> Any:
            entry = _current.get()
            size = entry.size if entry is not None else len(message.model_dump_json())
            return await executor.run(message, size)

        return process

    return setup


def pure(function: Callable[[Any], BaseModel] | str, warm_input: Any = None) -> Setup:
    """The setup of a stage that is one pure, module-level function, run with a budget per entry.

    ``function`` may be given as ``"module:name"``, so that only the work process imports
    it (the worker's own process stays small). ``warm_input`` is a sample input the work
    process runs once before it takes entries (see :func:`wirestream.executor.returning`).
    """
    module = function.partition(":")[0] if isinstance(function, str) else function.__module__
    return offloaded(lambda _ctx: functools.partial(returning, function, warm_input), preload=(module,))


def in_process(function: Callable[[Any], BaseModel]) -> Setup:
    """A pure function run on the event loop, without a budget: for tests and tiny functions only."""

    async def setup(_: StageContext) -> Process:
        async def process(message: Any) -> BaseModel:
            return function(message)

        return process

    return setup


BATCH_GAP_S = 1.0  # longer than between two entries of one batch, which are handled back to back


def _id_order(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


async def keep_held(redis: aioredis.Redis, spec: contracts.StageStreams, consumer: str, state: dict[str, Any]) -> int:
    """Reset the idle time of the entries this process holds and has not finished, so no claimer takes them.

    Kept: entries delivered to this process (after it started) that are in hand or
    still waiting in the batch it read. Not kept (``released``): every entry whose
    handling ended, whatever the outcome; one still pending after that (it failed,
    or its acknowledgement was lost with the connection) is left for a claimer after
    ``claim_idle_ms``. A consumer name reused after a restart does not keep what the
    previous process left. ``XCLAIM ... JUSTID`` does not count a delivery.

    An entry never seen in hand is waiting in the batch only while a batch is being
    worked through (something in hand, or an entry finished within :data:`BATCH_GAP_S`)
    and only if it comes after that entry (a batch is handled in id order). Otherwise it
    was delivered by a read whose reply never arrived (the connection dropped, Redis
    restarted): Redis counts it as this consumer's, but the process never got it, so it
    is left for a claimer instead of being kept for ever.
    """
    threshold = max(int(state["claim_idle_ms"] / 3), 50)
    uptime_ms = (time.monotonic() - state["started"]) * 1000
    assert spec.input and spec.group, f"{spec.stage} has no input stream"
    rows = replies.pending(
        await redis.xpending_range(spec.input, spec.group, min="-", max="+", count=1000, consumername=consumer)
    )
    released: dict[str, float] = state["released"]
    held = {(r["message_id"].decode() if isinstance(r["message_id"], bytes) else r["message_id"]): r for r in rows}
    if len(rows) < 1000:  # what is no longer pending here was acknowledged or claimed: forget it
        for entry_id in [i for i in released if i not in held]:
            del released[entry_id]
    in_hand: set[str] = state.get("in_hand", set())
    anchor = min(in_hand, key=_id_order) if in_hand else None
    if anchor is None and time.monotonic() - state.get("last_end", float("-inf")) < BATCH_GAP_S:
        anchor = state.get("last_id")

    def in_batch(entry_id: str) -> bool:
        return entry_id in in_hand or (anchor is not None and _id_order(entry_id) > _id_order(anchor))

    mine = [
        r["message_id"]
        for entry_id, r in held.items()
        if entry_id not in released and in_batch(entry_id) and threshold <= r["time_since_delivered"] < uptime_ms
    ]
    if not mine:
        return 0
    await redis.xclaim(spec.input, spec.group, consumer, threshold, list(mine), justid=True)
    return len(mine)


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


def connect(url: str, socket_timeout: float) -> aioredis.Redis:
    """The worker's own Redis client (heartbeats, dead letters, claims; a stage's ``ctx.redis``).

    One module-level function, so that the wiring tests (tests/unit/test_wiring.py) can run a
    worker's start-up under FastStream's ``TestRedisBroker`` with an in-memory Redis instead.
    """
    return aioredis.from_url(url, socket_timeout=socket_timeout, socket_connect_timeout=10)


def stage_app(
    stage_name: str,
    in_model: type[BaseModel],
    setup: Setup,
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
    input_stream, input_group = spec.input, spec.group  # str, not str | None, in the functions below too
    consumer = settings.consumer_name(stage_name)
    log = get_logger(f"wirestream.{stage_name}").bind(stage=stage_name, consumer=consumer)
    state: dict[str, Any] = {"released": {}, "claim_idle_ms": settings.claim_idle_ms, "started": time.monotonic()}
    liveness = Liveness()
    budget = budget_of(settings)
    watchdog = Watchdog(
        liveness, log, settings.stall_seconds, entry_seconds=settings.stall_seconds + budget.ceiling_seconds
    )
    socket_timeout = max(30.0, settings.block_ms / 1000 + 10)

    broker = RedisBroker(
        settings.resolved_redis_url,
        middlewares=[_dead_letter_middleware(state)],
        logger=logging.getLogger("wirestream.faststream"),
        socket_timeout=socket_timeout,
        socket_connect_timeout=10,
    )
    app = FastStream(broker, logger=logging.getLogger("wirestream.faststream"))

    def subscriber(role: str, **reading: Any) -> Any:
        return broker.subscriber(
            stream=StreamSub(input_stream, group=input_group, consumer=consumer, **reading),
            ack_policy=AckPolicy.REJECT_ON_ERROR,
            title=f"{stage_name}:{role}",
            include_in_schema=role == "read",
        )

    reader = subscriber("read", max_records=settings.read_batch, polling_interval=settings.block_ms)
    claimer = subscriber("claim", min_idle_time=settings.claim_idle_ms, polling_interval=max(settings.block_ms, 1000))
    publisher = (
        broker.publisher(stream=spec.output, title=f"{spec.output}:publish", schema=out_model) if out_model else None
    )

    counters = metrics.stage(stage_name)

    async def handle(body) -> None:  # annotated below with the stage's input model
        ctx: StageContext = state["ctx"]
        started = time.perf_counter()
        liveness.busy_since = time.monotonic()
        try:
            result = await state["process"](body)
            if result is not None and publisher is not None:
                await ctx.write(lambda: publisher.publish(result), "publish")
        finally:
            liveness.busy_since = None
            counters.seconds.observe(time.perf_counter() - started)
        ctx.beat.processed_one()
        counters.processed.inc()
        log.info(
            "processed",
            article_id=getattr(body, "id", None),
            ms=round((time.perf_counter() - started) * 1000, 1),
        )

    async def handle_claimed(body, message: RedisStreamMessage = Context("message")) -> None:  # noqa: B008
        deliveries = await message.get_delivery_count()
        if deliveries > settings.max_deliveries:
            raise DeliveryLimit(
                f"claimed at delivery {deliveries}, over the limit of {settings.max_deliveries} "
                "(WIRESTREAM_MAX_DELIVERIES): the consumers holding it died or hung each time; not run again"
            )
        await handle(body)

    handle.__annotations__["body"] = in_model
    handle_claimed.__annotations__["body"] = in_model
    reader(handle)
    claimer(handle_claimed)
    guard_shutdown(app, log, settings.shutdown_grace_seconds)

    @app.on_startup
    async def _start() -> None:
        client = connect(settings.resolved_redis_url, socket_timeout)
        await wait_for_redis(client, log)
        # XGROUP CREATE is refused while Redis is full, even for a group that exists: wait, do not crash-loop
        await write_retrying(
            lambda: ensure_group(client, input_stream, input_group),
            log,
            None,
            settings.redis_oom_retry_max_seconds,
            "create the consumer group",
        )
        ctx = StageContext(spec, settings, consumer, client, log, health.Beat(stage_name, consumer), liveness=liveness)
        state["process"] = await setup(ctx)
        state["ctx"] = ctx
        # armed before the subscribers start: the first entry may already block the loop
        state["tasks"] = [asyncio.create_task(_tick())]
        if start_metrics(settings, stage_name, log, ctx.executor):
            group = metrics.Group(input_stream, input_group)
            state["tasks"].append(asyncio.create_task(metrics.refresh_forever(client, [group], log)))
        watchdog.start()
        log.info("worker ready", input=spec.input, output=spec.output, group=spec.group)

    async def _tick() -> None:
        while True:
            liveness.loop_tick = time.monotonic()
            await asyncio.sleep(1.0)

    async def _housekeeping() -> None:
        """Heartbeat while consuming; keep the entries in hand from being claimed."""
        ctx: StageContext = state["ctx"]
        every = min(health.HEARTBEAT_SECONDS, max(settings.claim_idle_ms / 3000, 0.05))
        next_beat = 0.0
        me = asyncio.current_task()
        # ends on a cancel even if one was swallowed inside a client call (a timeout racing the cancel)
        while me is None or not me.cancelling():
            consuming = all(s.running and s.tasks and not any(t.done() for t in s.tasks) for s in (reader, claimer))
            if consuming:
                liveness.last_consuming = time.monotonic()
            try:
                await keep_held(ctx.redis, spec, consumer, state)
                if consuming and time.monotonic() >= next_beat:
                    next_beat = time.monotonic() + health.HEARTBEAT_SECONDS
                    await health.beat(ctx.redis, ctx.beat)
            except OutOfMemoryError:
                pass  # a full Redis refuses the heartbeat: unhealthy is the truth until memory is freed
            except (OSError, aioredis.RedisError) as exc:
                log.warning("heartbeat failed", error=str(exc))
            except Exception:  # a bug here must not take the worker's heartbeat or shutdown with it
                log.exception("heartbeat failed")
            await asyncio.sleep(every)

    @app.after_startup
    async def _started() -> None:
        state["tasks"].append(asyncio.create_task(_housekeeping()))

    @app.on_shutdown
    async def _stopping() -> None:
        watchdog.stop()
        tasks = state.get("tasks", [])
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if "ctx" in state:
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
