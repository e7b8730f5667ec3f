"""Keeping what a live worker holds from the claimers, and only that.

Each stage reads with two subscribers on one group: one takes new entries, the other
claims entries a consumer has left pending for longer than ``claim_idle_ms`` (a
dead or hung worker's). A live worker holding an entry longer than that (a slow
input, a batch still waiting its turn) must not lose it to a claimer: the
housekeeping loop calls :func:`keep_held` every third of ``claim_idle_ms``, which
resets the idle time of the entries this process holds and has not finished
(``XCLAIM ... JUSTID``, which counts no delivery). :class:`Held` is what it goes by:
the dead-letter middleware records there when each entry's handling starts and ends.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import redis.asyncio as aioredis

from wirestream import contracts, replies

BATCH_GAP_S = 1.0  # longer than between two entries of one batch, which are handled back to back


@dataclass
class Held:
    """The entries this process has in hand and has finished with (entry id -> monotonic seconds)."""

    claim_idle_ms: int
    started: float = field(default_factory=time.monotonic)
    released: dict[str, float] = field(default_factory=dict)
    in_hand: set[str] = field(default_factory=set)
    last_end: float = float("-inf")
    last_id: str | None = None

    def taking(self, entry_id: str) -> None:
        """Its handling starts (again): keep it while working."""
        self.released.pop(entry_id, None)
        self.in_hand.add(entry_id)

    def finished(self, entry_id: str, now: float | None = None) -> None:
        """Its handling ended, whatever the outcome: if still pending (it failed, or its
        acknowledgement was lost with the connection), it is no longer kept from the claimers."""
        self.released[entry_id] = self.last_end = time.monotonic() if now is None else now
        self.last_id = entry_id
        self.in_hand.discard(entry_id)


async def keep_held(redis: aioredis.Redis, spec: contracts.StageStreams, consumer: str, held: Held) -> int:
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
    threshold = max(int(held.claim_idle_ms / 3), 50)
    assert spec.input and spec.group, f"{spec.stage} has no input stream"
    rows = replies.pending(
        await redis.xpending_range(spec.input, spec.group, min="-", max="+", count=1000, consumername=consumer)
    )
    # after the reply, to compare with the idle times Redis measured for it (not a round trip earlier)
    uptime_ms = (time.monotonic() - held.started) * 1000
    released = held.released
    pending = {replies.text(r["message_id"]): r for r in rows}
    if len(rows) < 1000:  # what is no longer pending here was acknowledged or claimed: forget it
        for entry_id in [i for i in released if i not in pending]:
            del released[entry_id]
    in_hand = held.in_hand
    anchor = min(in_hand, key=replies.id_order) if in_hand else None
    if anchor is None and time.monotonic() - held.last_end < BATCH_GAP_S:
        anchor = held.last_id

    def in_batch(entry_id: str) -> bool:
        return entry_id in in_hand or (anchor is not None and replies.id_order(entry_id) > replies.id_order(anchor))

    mine = [
        r["message_id"]
        for entry_id, r in pending.items()
        if entry_id not in released and in_batch(entry_id) and threshold <= r["time_since_delivered"] < uptime_ms
    ]
    if not mine:
        return 0
    await redis.xclaim(spec.input, spec.group, consumer, threshold, list(mine), justid=True)
    return len(mine)
