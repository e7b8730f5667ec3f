"""persist's handling of one article, behind two ports: store it, then publish the stored version once.

The worker (:mod:`wirestream.services.store.persist.worker`) gives it the real store (the idempotent
upsert of :mod:`wirestream.services.store.persist.repository`, retried while the database is away) and
the Redis publisher (:class:`~wirestream.services.store.persist.worker.RedisPublisher`: the server-side
function ``wirestream_publish_once``); a unit test gives it an in-memory publisher. No Redis here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from wirestream import contracts
from wirestream.contracts import EnrichedArticle
from wirestream.services.store.persist.repository import Stored


class Publisher(Protocol):
    async def publish_once(self, article_id: str, version: str, payload: str, incident: str | None) -> str | None:
        """Publish ``payload`` on ``wirestream:enriched`` (and on ``incident``'s stream if one is named)
        unless this ``version`` of the article was published already; the new event's id, else ``None``.
        Atomic: a version is published entirely or not at all, and marked as published with it."""
        ...


@dataclass(frozen=True)
class Outcome:
    stored: Stored
    published: str | None  # the event's id; None: a redelivery of a published version, or a superseded one


async def store_and_publish(
    article: EnrichedArticle, store: Callable[[EnrichedArticle], Awaitable[Stored]], publisher: Publisher
) -> Outcome:
    """Store ``article``, then (after the commit) publish what is stored, once per stored version.

    The version is the stored document's digest, so a redelivery, or the same article dropped
    again, publishes nothing; a newer version publishes the newer document; an older one that
    the store refused (``superseded``) publishes nothing.
    """
    return await publish_stored(await store(article), publisher)


async def publish_stored(stored: Stored, publisher: Publisher) -> Outcome:
    """Publish what the store holds now (after its commit), once per stored version; nothing for a
    superseded version."""
    if stored.superseded:
        return Outcome(stored, None)
    incident = stored.article.incident
    stream = incident.id if incident is not None and incident.relevant else None
    entry = await publisher.publish_once(stored.article.id, stored.digest, contracts.dumps(stored.article), stream)
    return Outcome(stored, entry)


async def publish_stored_many(stored: list[Stored], publisher: Publisher) -> list[Outcome | Exception]:
    """:func:`publish_stored` of each (its exception for one that fails), in order; through the
    publisher's ``publish_many`` (one round trip, each publication still atomic on its own) when it has one."""
    many = getattr(publisher, "publish_many", None)
    if many is None:
        out: list[Outcome | Exception] = []
        for one in stored:
            try:
                out.append(await publish_stored(one, publisher))
            except Exception as exc:
                out.append(exc)
        return out
    calls = []
    for one in stored:
        if not one.superseded:
            incident = one.article.incident
            stream = incident.id if incident is not None and incident.relevant else None
            calls.append((one.article.id, one.digest, contracts.dumps(one.article), stream))
    entries = iter(await many(calls))
    result: list[Outcome | Exception] = []
    for one in stored:
        if one.superseded:
            result.append(Outcome(one, None))
            continue
        entry = next(entries)
        result.append(entry if isinstance(entry, Exception) else Outcome(one, entry))
    return result
