"""The persist worker: ``wirestream:annotated`` -> database -> ``wirestream:enriched``.

The article is published for subscribers only after its row is committed. A
Redis-side script publishes each stored version once: a redelivered entry, or the
same article dropped again, does not produce a second event.
"""

from __future__ import annotations

import asyncio

from faststream import FastStream
from sqlalchemy.exc import DBAPIError, OperationalError

from services.store.persist.repository import Stored, upsert
from services.store.schema import create_schema, make_engine
from wirestream import contracts
from wirestream.contracts import EnrichedArticle
from wirestream.runtime import Process, StageContext, dumps, run_worker, stage_app

# Publish once per (article id, digest): the hash remembers what was published last.
# KEYS[3], when given, is the stream of the incident the article is relevant to; the
# article goes on both streams in the same atomic step, or on neither.
PUBLISH_ONCE = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return false end
local id = redis.call('XADD', KEYS[2], '*', 'data', ARGV[3])
if KEYS[3] then redis.call('XADD', KEYS[3], '*', 'data', ARGV[3]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return id
"""


async def setup(ctx: StageContext) -> Process:
    engine = make_engine(ctx.settings.resolved_database_url)
    await _retrying(ctx, lambda: create_schema(engine))
    publish_once = ctx.redis.register_script(PUBLISH_ONCE)

    async def _dispose() -> None:
        engine.dispose()

    ctx.on_shutdown.append(_dispose)
    ctx.log.info("store ready", dialect=engine.dialect.name)

    async def process(article: EnrichedArticle) -> None:
        stored: Stored = await _retrying(ctx, lambda: upsert(engine, article))
        if stored.superseded:
            ctx.log.info("older version not stored: a newer one is", article_id=article.id)
            return None
        keys = [contracts.PUBLISHED, contracts.ENRICHED]
        incident = stored.article.incident
        if incident is not None and incident.relevant:
            keys.append(contracts.incident_stream(incident.id))
        entry = await publish_once(
            keys=keys,
            args=[stored.article.id, stored.digest, dumps(stored.article)],
        )
        ctx.log.info(
            "stored",
            article_id=stored.article.id,
            changed=stored.changed,
            published=entry.decode() if entry else None,
        )
        return None

    return process


async def _retrying(ctx: StageContext, call):  # type: ignore[no-untyped-def]
    """Run a database call, waiting out an unavailable store with capped exponential backoff."""
    delay = 0.5
    while True:
        try:
            return await asyncio.to_thread(call)
        except (OperationalError, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not exc.connection_invalidated and not isinstance(exc, OperationalError):
                raise
            ctx.log.warning("store unavailable; retrying", retry_in_s=delay, error=str(exc.orig or exc)[:200])
            await asyncio.sleep(delay)
            delay = min(delay * 2, ctx.settings.store_retry_max_seconds)


def build_app() -> FastStream:
    return stage_app("persist", EnrichedArticle, setup)


if __name__ == "__main__":
    run_worker(build_app())
