"""The entries of one read handled together, each with its own outcome.

A stage's reader takes up to ``read_batch`` entries per ``XREADGROUP`` and handles
them as one batch (FastStream's batch stream subscriber hands the whole read to
:func:`batch_handler`'s handler). Profiled in ``make bench`` (py-spy on the workers),
a worker spent about two thirds of its own CPU per entry around the stage's work,
not in it: FastStream's consume path for one message (parser, middlewares,
fast-depends' resolution and validation of the body), one exchange with the work
process, and one ``MULTI``/``EXEC`` (publish + ``XACK``). Batched, each of those is
paid once per read, and each entry keeps only its own validation and encoding.

FastStream's batch subscriber is used rather than a loop of our own: it is the same
read loop, start and stop, and FastStream's test broker drives it too
(``tests/unit/test_wiring.py``). Its handler does not let FastStream validate the
body (a list of bodies, one invalid entry would fail them all): it reads each
entry's bytes and validates them itself, as the stage's input model. The claiming
subscriber (entries a dead consumer left) stays one entry at a time
(:mod:`wirestream.handlers`, :mod:`wirestream.deadletter_middleware`), on purpose: a
claimed entry is one a consumer died or hung holding, so it may be the poison that
killed it. Alone, it can take down no healthy entry with it again, and its delivery
count is its own when the limit parks it. Claimed entries are rare, so the batch's
savings do not matter there. The claimer's bookkeeping (``runtime.work``) is the same as
:func:`batch_handler`'s, for one entry.

Every delivery guarantee holds per entry, with the dead-letter middleware's rules
(:func:`wirestream.deadletter_middleware.parks`):

* an invalid entry is parked alone (``invalid``), the others go on;
* the stage's batch function (``process.many``, else ``process`` once per input)
  gives one result or exception per input;
* one ``MULTI``/``EXEC`` then writes every result on the output stream, every dead
  letter of an entry that failed permanently or too often, and acknowledges exactly
  those entries (handled or parked): nothing is acknowledged without its output, and
  Redis does all or nothing (refusing it while full: the worker waits and retries);
* an entry that failed otherwise stays pending and is retried by a claimer;
* anything unexpected (a bug, a cancelled worker) leaves the whole batch pending;
* the watchdog allows the batch the budgets of all its entries
  (:attr:`wirestream.watchdog.Liveness.busy_extra`).
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faststream.redis.message import FAKE_CONSUMER, RedisBatchStreamMessage
from faststream.redis.parser.binary import BinaryMessageFormatV1
from pydantic import BaseModel, ValidationError

from wirestream import contracts, metrics, replies
from wirestream.claiming import Held
from wirestream.context import Entry, Process, StageContext, current_batch, current_entry
from wirestream.deadletter_middleware import count_failure, letter_for, note_parked, note_retry, park, parks
from wirestream.setups import budget_of

DATA_FIELD = b"__data__"  # where FastStream's publishers put a message


@dataclass
class Item:
    """One entry of a read: its id and body, then its input model, and its result or error."""

    entry_id: str
    body: bytes
    value: BaseModel | None = None
    result: Any = None
    error: Exception | None = None

    @property
    def entry(self) -> Entry:
        return Entry(self.entry_id, len(self.body))


async def parse_read(raw_message: Any) -> RedisBatchStreamMessage:
    """FastStream's message for a read, its bodies left as read: FastStream's own batch parser decodes
    each body's JSON and encodes the list again, which nothing here reads (a fifth of persist's worker
    CPU, profiled); the runner reads each entry from ``raw_message`` (:func:`items_of`). Acknowledging
    through this message does nothing: the runner acknowledges each entry itself."""
    data = raw_message.get("data") or [{}]
    first = data[0].get(DATA_FIELD) if isinstance(data[0], dict) else None
    headers = BinaryMessageFormatV1.parse(first)[1] if first else {}  # FastStream's ids are the first entry's
    return RedisBatchStreamMessage(
        raw_message,
        b"",
        headers=headers,
        correlation_id=headers.get("correlation_id"),
        message_id=headers.get("message_id", headers.get("correlation_id")),
        consumer=FAKE_CONSUMER,
        group=None,
    )


def body_of(fields: dict[bytes, bytes]) -> bytes:
    """An entry's message body, read as FastStream's stream subscriber reads one (its ``__data__`` field
    in FastStream's binary format or plain JSON); an entry without that field is its fields as JSON."""
    raw = fields.get(DATA_FIELD)
    if not raw:
        return json.dumps({replies.text(k): replies.text(v) for k, v in fields.items()}).encode()
    return BinaryMessageFormatV1.parse(raw)[0]


def items_of(raw_message: Any) -> list[Item]:
    """The entries of a batch as FastStream read them (``message_ids`` is empty under its test broker)."""
    ids = [replies.text(i) for i in raw_message.get("message_ids") or []]
    data = raw_message["data"]
    return [Item(ids[i] if i < len(ids) else "", body_of(fields)) for i, fields in enumerate(data)]


def validate(items: list[Item], in_model: type[BaseModel]) -> None:
    """Each entry's body as ``in_model``; one that is not valid gets its error and goes no further."""
    for item in items:
        try:
            item.value = in_model.model_validate_json(item.body)
        except ValidationError as exc:
            item.error = exc


async def run_stage(process: Process, items: list[Item]) -> None:
    """The stage's results for the valid items: its ``process.many`` over them all, else ``process``
    once per item. An exception is that item's error; a batch function giving a wrong count fails them all."""
    todo = [i for i in items if i.error is None]
    if not todo:
        return
    many = getattr(process, "many", None)
    if many is None:
        for item in todo:
            token = current_entry.set(item.entry)
            try:
                item.result = await process(item.value)
            except Exception as exc:
                item.error = exc
            finally:
                current_entry.reset(token)
        return
    token_batch = current_batch.set([i.entry for i in todo])
    try:
        results = await many([i.value for i in todo])
    except Exception as exc:  # the batch function itself failed: every input with it
        results = [exc] * len(todo)
    finally:
        current_batch.reset(token_batch)
    if len(results) != len(todo):
        wrong = RuntimeError(f"the stage's batch function gave {len(results)} results for {len(todo)} inputs")
        results = [wrong] * len(todo)
    for item, result in zip(todo, results, strict=True):
        if isinstance(result, Exception):
            item.error = result
        else:
            item.result = result


async def delivery_counts(ctx: StageContext, items: list[Item]) -> dict[str, int]:
    """How many times each failed entry was delivered (one ``XPENDING`` over their range); 1 when unknown."""
    ids = [i.entry_id for i in items if i.entry_id]
    if not ids or ctx.stage.input is None or ctx.stage.group is None:
        return {}
    ordered = sorted(ids, key=replies.id_order)
    rows = replies.pending(
        await ctx.redis.xpending_range(
            ctx.stage.input, ctx.stage.group, min=ordered[0], max=ordered[-1], count=len(ids) + 1000
        )
    )
    wanted = set(ids)
    return {
        replies.text(r["message_id"]): int(r["times_delivered"])
        for r in rows
        if replies.text(r["message_id"]) in wanted
    }


Publish = Callable[..., Awaitable[Any]]  # FastStream publisher's ``publish(message, pipeline=...)``


def batch_handler(
    *,
    running: Callable[[], tuple[StageContext | None, Process | None]],
    in_model: type[BaseModel],
    publish: Publish | None,
    held: Held,
) -> Callable[[Any], Awaitable[None]]:
    """``handle(message)``: the batch ``message`` (FastStream's) handled entry by entry, as described above.

    ``running()`` gives the started worker's context and stage function; ``publish`` is the output
    stream's publisher (``None``: the stage writes its own output and returns ``None``).
    """

    async def handle(message: Any) -> None:
        ctx, process = running()
        assert ctx is not None and process is not None, "entries handled before the worker started"
        items = items_of(message.raw_message)
        if not items:
            return
        liveness, counters = ctx.liveness, metrics.stage(ctx.stage.stage)
        budget = budget_of(ctx.settings)
        started = time.perf_counter()
        for item in items:
            held.taking(item.entry_id)
        liveness.busy_extra = sum(budget.seconds(len(i.body)) for i in items[1:])
        liveness.busy_since = time.monotonic()
        try:
            validate(items, in_model)
            await run_stage(process, items)
            await _settle(ctx, items, publish)
        finally:
            liveness.busy_since = None
            liveness.busy_extra = 0.0
            for item in items:
                held.finished(item.entry_id)
        share = (time.perf_counter() - started) / len(items)
        for item in items:
            if item.value is not None:  # it reached the stage (whatever the outcome): its share of the time
                counters.seconds.observe(share)
            if item.error is None:
                ctx.beat.processed_one()
                counters.processed.inc()
                ctx.log.debug("processed", article_id=getattr(item.value, "id", None), batch=len(items))

    return handle


async def _settle(ctx: StageContext, items: list[Item], publish: Publish | None) -> None:
    """Write the results and dead letters and acknowledge what is done with, in one transaction;
    leave the entries to retry pending."""
    failed = [i for i in items if i.error is not None]
    deliveries = await delivery_counts(ctx, failed) if failed else {}
    letters: list[contracts.DeadLetter] = []
    for item in failed:
        assert item.error is not None
        count = deliveries.get(item.entry_id, 1)
        reason, park_now, error_type = parks(ctx, item.error, count)
        count_failure(ctx, reason)
        if park_now:
            letters.append(letter_for(ctx, item.entry_id, item.body, item.error, count, reason, error_type))
        else:
            note_retry(ctx, item.entry_id, count, reason, error_type, item.error)
    done = [i for i in items if i.error is None]
    results = [i.result for i in done if i.result is not None and publish is not None]
    parked = {letter.entry_id for letter in letters}
    ack = [i.entry_id for i in items if i.entry_id and (i.error is None or i.entry_id in parked)]

    if not any(i.entry_id for i in items):  # FastStream's test broker: no ids, nothing to acknowledge
        for result in results:
            assert publish is not None
            await ctx.write(functools.partial(publish, result), "publish")
        for letter in letters:
            await ctx.write(functools.partial(park, ctx.redis, letter), "dead letter")
    elif results or letters or ack:
        await write_and_ack(ctx, publish, results, letters, ack)
    for letter in letters:
        note_parked(ctx, letter)


async def write_and_ack(
    ctx: StageContext,
    publish: Publish | None,
    results: list[Any],
    letters: list[contracts.DeadLetter],
    ack: Sequence[str | bytes],
) -> None:
    """``results`` on the output stream, ``letters`` on the dead-letter stream and the ``ack`` entries
    acknowledged, in one ``MULTI``/``EXEC``: Redis does all or nothing, so no entry is acknowledged
    without its output; while Redis refuses writes the worker waits and retries (``ctx.write``)."""
    assert ctx.stage.input is not None and ctx.stage.group is not None
    stream, group = ctx.stage.input, ctx.stage.group

    async def together() -> None:
        # a command Redis refuses inside MULTI (out of memory) aborts the whole transaction and is raised
        async with ctx.redis.pipeline(transaction=True) as pipe:
            for result in results:
                assert publish is not None
                await publish(result, pipeline=pipe)
            for letter in letters:
                pipe.xadd(contracts.DEAD, {"data": letter.model_dump_json()})
            if ack:
                pipe.xack(stream, group, *ack)
            await pipe.execute()

    await ctx.write(together, "publish")
