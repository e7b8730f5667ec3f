"""The dead-letter middleware: what happens to an entry whose handling failed.

Every entry a stage's subscribers take goes through it. A failure is classified
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


async def _failed(ctx: StageContext, msg: RedisStreamMessage, exc: Exception, entry_id: str, body: bytes) -> None:
    """Leave the entry pending for a retry (re-raising ``exc``), or park it and acknowledge it."""
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
        raise exc
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
