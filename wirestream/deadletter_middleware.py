"""The dead-letter middleware: what happens to an entry whose handling failed.

Every entry a stage's claiming subscriber takes goes through it; the entries of a
read, handled together, go through :mod:`wirestream.batching`, which applies the
same rules to each entry with the functions below. A failure is classified
(:func:`classify`): an entry that fails validation, carries an unknown schema version,
fails permanently, or was claimed after its last allowed delivery
(:class:`DeliveryLimit`) is parked on ``wirestream:dead`` at once; one that failed
otherwise (error, timeout, memory, crash) stays pending, to be retried by a claimer,
until it has failed ``max_deliveries`` times, then is parked. A parked entry is
acknowledged only after its dead letter is written (waiting out a full Redis), so
nothing is lost between the two. Around each entry it also records the entry in hand
(:data:`wirestream.context.current_entry`, and :class:`wirestream.claiming.Held` for
the claiming) and counts failures in the stage's metrics.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis
from faststream import BaseMiddleware
from faststream.redis.message import RedisStreamMessage
from pydantic import ValidationError

from wirestream import contracts, deadletters, metrics
from wirestream.claiming import Held
from wirestream.context import Entry, StageContext, current_entry
from wirestream.errors import PermanentError
from wirestream.executor import StageError


class DeliveryLimit(Exception):
    """Claimed after its last allowed delivery: its consumers died holding it; park it unrun."""


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


def dead_letter_middleware(held: Held, context: Callable[[], StageContext | None]) -> type[BaseMiddleware]:
    """The middleware class for one worker; ``context()`` is its stage's context once started (else ``None``)."""

    class DeadLetters(BaseMiddleware):
        async def consume_scope(self, call_next: Any, msg: Any) -> Any:
            ctx = context()
            if not isinstance(msg, RedisStreamMessage) or ctx is None:
                return await call_next(msg)
            ids = msg.raw_message.get("message_ids") or [b""]  # FastStream's TestRedisBroker gives none
            entry_id = ids[0].decode()
            body = msg.body if isinstance(msg.body, bytes) else str(msg.body).encode()
            token = current_entry.set(Entry(entry_id, len(body)))
            held.taking(entry_id)
            try:
                return await call_next(msg)
            except Exception as exc:
                return await _failed(ctx, msg, exc, entry_id, body)
            finally:
                current_entry.reset(token)
                held.finished(entry_id)

    return DeadLetters


def parks(ctx: StageContext, exc: BaseException, deliveries: int) -> tuple[contracts.DeadReason, bool, str]:
    """(reason, park it now?, error type) of an entry that failed at its ``deliveries``-th delivery:
    parked at once (:func:`classify`), or once it has failed ``max_deliveries`` times."""
    reason, at_once, error_type = classify(exc)
    return reason, at_once or deliveries >= ctx.settings.max_deliveries, error_type


def count_failure(ctx: StageContext, reason: str) -> None:
    ctx.beat.failed += 1
    metrics.stage(ctx.stage.stage).failed(reason)


def note_retry(
    ctx: StageContext, entry_id: str, deliveries: int, reason: str, error_type: str, exc: BaseException
) -> None:
    """The failed entry stays pending, to be retried by a claimer."""
    metrics.stage(ctx.stage.stage).retried.inc()
    ctx.log.warning(
        "stage failed; entry stays pending and will be retried",
        entry_id=entry_id,
        deliveries=deliveries,
        reason=reason,
        error=f"{error_type}: {exc}"[:500],
    )


def letter_for(
    ctx: StageContext,
    entry_id: str,
    body: bytes,
    exc: BaseException,
    deliveries: int,
    reason: contracts.DeadReason,
    error_type: str,
) -> contracts.DeadLetter:
    return deadletters.make_letter(
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


def note_parked(ctx: StageContext, letter: contracts.DeadLetter) -> None:
    """The letter is written and its entry acknowledged."""
    metrics.stage(ctx.stage.stage).dead_lettered(letter.reason)
    ctx.log.error(
        "entry dead-lettered",
        entry_id=letter.entry_id,
        deliveries=letter.deliveries,
        reason=letter.reason,
        error_type=letter.error_type,
        error=letter.error[:300],
    )


async def _failed(ctx: StageContext, msg: RedisStreamMessage, exc: Exception, entry_id: str, body: bytes) -> None:
    """Leave the entry pending for a retry (re-raising ``exc``), or park it and acknowledge it."""
    deliveries = await msg.get_delivery_count()
    reason, park_now, error_type = parks(ctx, exc, deliveries)
    count_failure(ctx, reason)
    if not park_now:
        note_retry(ctx, entry_id, deliveries, reason, error_type, exc)
        raise exc
    letter = letter_for(ctx, entry_id, body, exc, deliveries, reason, error_type)
    await ctx.write(lambda: park(ctx.redis, letter), "dead letter")
    await msg.ack()
    note_parked(ctx, letter)
    return None
