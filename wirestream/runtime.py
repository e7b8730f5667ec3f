"""The app factory: :func:`stage_app` turns a stage's plain function into a FastStream worker.

A stage supplies a :data:`~wirestream.context.Setup` (``setup(ctx) -> process``, see
:mod:`wirestream.context` and :mod:`wirestream.setups`). The app built here wires in
what every stage needs and none should write again, each from its own module:

* its consumer group, created at id ``0`` with MKSTREAM before reading, so a backlog
  published before the first worker started is processed (:mod:`wirestream.groups`);
* two subscribers on the same group: one reading new entries (up to ``read_batch``
  a read, handled together, each with its own outcome: :mod:`wirestream.batching`) and
  one claiming (one at a time) entries a dead consumer left pending for longer
  than ``claim_idle_ms`` (FastStream's claiming subscriber never reads new entries,
  so both are needed). A live worker keeps the entries it holds (it refreshes their
  idle time), so only a dead or stuck one loses them to a claimer (:mod:`wirestream.claiming`);
* handlers whose body FastStream validates as the stage's input model (:mod:`wirestream.handlers`);
* publishing the results to the next stream and acknowledging the inputs together, in
  one ``MULTI``/``EXEC`` per read (or per claimed entry) (one round trip, and atomic: Redis either does both or neither,
  so the input is never acknowledged without its output; a worker that dies before
  ``EXEC`` leaves the entry pending for a claimer, and every stage is idempotent, so
  a redelivery is harmless); while Redis refuses writes (out of memory, restarting)
  the worker waits and retries, holding the entry: back-pressure, never a dead letter
  for a healthy entry (:func:`wirestream.retrying.redis_write`);
* dead letters for an invalid, permanently failing or too often failing entry
  (:mod:`wirestream.deadletter_middleware`);
* a heartbeat, metrics, a watchdog thread that ends a stuck worker
  (:mod:`wirestream.watchdog`), and a stop that always ends the process
  (:mod:`wirestream.lifecycle`).
"""

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from faststream import AckPolicy, FastStream
from faststream.message import AckStatus
from faststream.redis import StreamSub
from faststream.redis.message import RedisStreamMessage
from pydantic import BaseModel
from redis.exceptions import OutOfMemoryError

from wirestream import batching, contracts, health, lifecycle, metrics, retrying
from wirestream.claiming import Held, keep_held
from wirestream.context import Process, Setup, StageContext
from wirestream.deadletter_middleware import dead_letter_middleware
from wirestream.groups import ensure_group
from wirestream.handlers import handlers
from wirestream.settings import Settings, get_settings


@dataclass
class _Running:
    """What the app's start-up makes and its shutdown undoes."""

    ctx: StageContext | None = None
    process: Process | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


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
    spec = contracts.stage_streams(stage_name)
    assert spec.input and spec.group, f"{stage_name} has no input stream"
    input_stream, input_group = spec.input, spec.group  # str, not str | None, in the functions below too
    held = Held(settings.claim_idle_ms)
    running = _Running()
    socket_timeout = max(30.0, settings.block_ms / 1000 + 10)
    shell = lifecycle.worker_shell(
        stage_name,
        settings,
        socket_timeout=socket_timeout,
        middlewares=[dead_letter_middleware(held, lambda: running.ctx)],
    )
    app, broker, consumer, log, liveness = shell.app, shell.broker, shell.consumer, shell.log, shell.liveness

    def subscriber(role: str, ack_policy: AckPolicy, parser: Any = None, **reading: Any) -> Any:
        return broker.subscriber(
            stream=StreamSub(input_stream, group=input_group, consumer=consumer, **reading),
            ack_policy=ack_policy,
            parser=parser,
            title=f"{stage_name}:{role}",
            # the stream's payload is documented (AsyncAPI) through the claimer's handler, typed as the input
            # model; the reader's takes the raw read (wirestream.batching) and would document an empty one
            include_in_schema=role == "claim",
        )

    # the batch runner acknowledges each entry itself (those handled or parked, never one to retry)
    reader = subscriber(
        "read",
        AckPolicy.MANUAL,
        batching.parse_read,
        batch=True,
        max_records=settings.read_batch,
        polling_interval=settings.block_ms,
    )
    claimer = subscriber(
        "claim",
        AckPolicy.REJECT_ON_ERROR,
        min_idle_time=settings.claim_idle_ms,
        polling_interval=max(settings.block_ms, 1000),
    )
    publisher = (
        broker.publisher(stream=spec.output, title=f"{spec.output}:publish", schema=out_model) if out_model else None
    )

    counters = metrics.stage(stage_name)

    async def publish_and_ack(ctx: StageContext, result: BaseModel, message: RedisStreamMessage) -> None:
        """The result on the next stream and the input acknowledged, in one transaction."""
        assert publisher is not None
        ids = message.raw_message.get("message_ids") if message.committed is None else None
        if not ids:  # nothing to acknowledge by id (FastStream's TestRedisBroker): publish only
            await ctx.write(lambda: publisher.publish(result), "publish")
            return
        await batching.write_and_ack(ctx, publisher.publish, [result], [], list(ids))
        message.committed = AckStatus.ACKED  # FastStream's acknowledgement then sends nothing more

    async def work(body: BaseModel, message: RedisStreamMessage) -> None:
        ctx, process = running.ctx, running.process
        assert ctx is not None and process is not None, "an entry handled before the worker started"
        started = time.perf_counter()
        liveness.busy_since = time.monotonic()
        try:
            result = await process(body)
            if result is not None and publisher is not None:
                await publish_and_ack(ctx, result, message)
        finally:
            liveness.busy_since = None
            counters.seconds.observe(time.perf_counter() - started)
        ctx.beat.processed_one()
        counters.processed.inc()
        # one line an entry and stage at debug: at info, fetch says each file ingested and persist each article stored
        log.debug(
            "processed",
            article_id=getattr(body, "id", None),
            ms=round((time.perf_counter() - started) * 1000, 1),
        )

    work_batch = batching.batch_handler(
        running=lambda: (running.ctx, running.process),
        in_model=in_model,
        publish=publisher.publish if publisher is not None else None,
        held=held,
    )
    handle, handle_claimed = handlers(in_model, work, work_batch, settings.max_deliveries)
    reader(handle)
    claimer(handle_claimed)

    @app.on_startup
    async def _start() -> None:
        client = lifecycle.connect(settings.resolved_redis_url, socket_timeout)
        await lifecycle.wait_for_redis(client, log)
        # XGROUP CREATE is refused while Redis is full, even for a group that exists: wait, do not crash-loop
        await retrying.redis_write(
            lambda: ensure_group(client, input_stream, input_group),
            log,
            None,
            settings.redis_oom_retry_max_seconds,
            "create the consumer group",
        )
        ctx = StageContext(spec, settings, consumer, client, log, health.Beat(stage_name, consumer), liveness=liveness)
        running.process = await setup(ctx)
        running.ctx = ctx
        # armed before the subscribers start: the first entry may already block the loop
        shell.start_watching()
        if lifecycle.start_metrics(settings, stage_name, log, ctx.executor):
            group = metrics.Group(input_stream, input_group)
            running.tasks.append(asyncio.create_task(metrics.refresh_forever(client, [group], log)))
        log.info("worker ready", input=spec.input, output=spec.output, group=spec.group)

    async def _housekeeping() -> None:
        """Heartbeat while consuming; keep the entries in hand from being claimed."""
        ctx = running.ctx
        assert ctx is not None
        every = min(settings.heartbeat_seconds, max(settings.claim_idle_ms / 3000, 0.05))
        next_beat = 0.0
        me = asyncio.current_task()
        # ends on a cancel even if one was swallowed inside a client call (a timeout racing the cancel)
        while me is None or not me.cancelling():
            consuming = all(s.running and s.tasks and not any(t.done() for t in s.tasks) for s in (reader, claimer))
            if consuming:
                liveness.last_consuming = time.monotonic()
            try:
                await keep_held(ctx.redis, spec, consumer, held)
                if consuming and time.monotonic() >= next_beat:
                    next_beat = time.monotonic() + settings.heartbeat_seconds
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
        running.tasks.append(asyncio.create_task(_housekeeping()))

    @app.on_shutdown
    async def _stopping() -> None:
        await shell.stop_watching()
        tasks = running.tasks
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if running.ctx is not None:
            with contextlib.suppress(OSError, aioredis.RedisError):
                await health.forget(running.ctx.redis, running.ctx.beat)

    @app.after_shutdown
    async def _stop() -> None:
        ctx = running.ctx
        if ctx:
            for hook in ctx.on_shutdown:
                await hook()
            await ctx.redis.aclose()
        log.info("worker stopped")

    return app
