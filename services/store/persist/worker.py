"""The persist worker: ``wirestream:annotated`` -> database -> ``wirestream:enriched``.

The article is published for subscribers only after its row is committed. The articles
of one read are stored in one transaction (``process.many``); if it fails, they are
stored one by one, so that one the store refuses is parked alone with its error. A
server-side function (``wirestream_publish_once``, :mod:`wirestream.functions`)
publishes each stored version once: a redelivered entry, or the same article
dropped again, does not produce a second event while Redis remembers the version
(``WIRESTREAM_PUBLISHED_TTL_SECONDS``). persist's Redis user may call that function
and no other code: the housekeeper (or an operator) loads it. The handling itself
(:mod:`wirestream.services.store.persist.publishing`) sees the publisher as a port, :class:`RedisPublisher` here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from faststream import FastStream
from redis.exceptions import ResponseError
from sqlalchemy.exc import DBAPIError, OperationalError

from wirestream import contracts, functions, replies, retrying
from wirestream.context import Process, StageContext
from wirestream.contracts import EnrichedArticle
from wirestream.lifecycle import run_worker
from wirestream.runtime import stage_app
from wirestream.services.store.persist.publishing import Outcome, publish_stored_many, store_and_publish
from wirestream.services.store.persist.repository import upsert, upsert_many
from wirestream.services.store.schema import create_schema, make_engine


async def setup(ctx: StageContext) -> Process:
    engine = make_engine(ctx.settings.resolved_database_url)
    await _retrying(ctx, lambda: create_schema(engine))
    try:
        await functions.ensure_loaded_async(ctx.redis)
    except ResponseError:  # persist's own user may not load code: the housekeeper does
        ctx.log.info("server-side functions are loaded by the housekeeper", library=functions.LIBRARY_NAME)

    async def _dispose() -> None:
        engine.dispose()

    ctx.on_shutdown.append(_dispose)
    ctx.log.info("store ready", dialect=engine.dialect.name)

    publisher = RedisPublisher(ctx)

    def said(article: EnrichedArticle, outcome: Outcome) -> None:
        if outcome.stored.superseded:
            ctx.log.info("older version not stored: a newer one is", article_id=article.id)
            return
        ctx.log.info(
            "stored",
            article_id=outcome.stored.article.id,
            changed=outcome.stored.changed,
            published=outcome.published,
        )

    async def process(article: EnrichedArticle) -> None:
        said(article, await store_and_publish(article, lambda a: _retrying(ctx, lambda: upsert(engine, a)), publisher))
        return None

    async def many(articles: list[EnrichedArticle]) -> list[Exception | None]:
        """The articles of one read in one transaction, then each published; if the transaction fails,
        one by one, so that an article the store refuses fails alone (and is parked with its own error)."""
        try:
            stored = await _retrying(ctx, lambda: upsert_many(engine, articles))
        except Exception as exc:
            ctx.log.warning(
                "storing the batch failed; storing its articles one by one",
                articles=len(articles),
                error=f"{type(exc).__name__}: {exc}"[:300],
            )
            return [await _outcome(process(a)) for a in articles]
        out: list[Exception | None] = []
        for article, outcome in zip(articles, await publish_stored_many(stored, publisher), strict=True):
            if isinstance(outcome, Exception):
                out.append(outcome)
            else:
                said(article, outcome)
                out.append(None)
        return out

    process.many = many  # type: ignore[attr-defined]
    return process


async def _outcome(call: Awaitable[None]) -> Exception | None:
    try:
        await call
    except Exception as exc:
        return exc
    return None


class RedisPublisher:
    """:class:`~wirestream.services.store.persist.publishing.Publisher` through the server-side function
    ``wirestream_publish_once`` (:mod:`wirestream.functions`), the marker kept for
    ``WIRESTREAM_PUBLISHED_TTL_SECONDS``. It waits out a Redis that refuses writes, and a server
    without the function (loading it when this user may, else waiting for the housekeeper)."""

    def __init__(self, ctx: StageContext) -> None:
        self.ctx = ctx

    async def publish_once(self, article_id: str, version: str, payload: str, incident: str | None) -> str | None:
        keys, args = self._prepared(article_id, version, payload, incident)
        entry = await self.ctx.write(lambda: self._call(keys, args), "publish")
        return replies.text(entry)

    async def publish_many(self, calls: list[tuple[str, str, str, str | None]]) -> list[str | Exception | None]:
        """:meth:`publish_once` of each ``(article_id, version, payload, incident)``, in one round trip (a
        pipeline, not a transaction: each call of the function is atomic on its own); a call the server
        refuses (the function missing, say) goes again alone, the way :meth:`publish_once` waits it out."""
        if not calls:
            return []
        prepared = [self._prepared(*call) for call in calls]

        async def together() -> list[Any]:
            async with self.ctx.redis.pipeline(transaction=False) as pipe:
                for keys, args in prepared:
                    pipe.fcall(functions.PUBLISH_ONCE, len(keys), *keys, *args)
                return await pipe.execute(raise_on_error=False)

        answers = await self.ctx.write(together, "publish")
        out: list[str | Exception | None] = []
        for call, answer in zip(calls, answers, strict=True):
            if isinstance(answer, Exception):
                try:
                    out.append(await self.publish_once(*call))
                except Exception as exc:
                    out.append(exc)
            else:
                out.append(None if answer is None else replies.text(answer))
        return out

    def _prepared(
        self, article_id: str, version: str, payload: str, incident: str | None
    ) -> tuple[list[str], list[str | int]]:
        keys = [contracts.published_key(article_id), contracts.ENRICHED]
        if incident is not None:
            keys.append(contracts.incident_stream(incident))
        return keys, [version, payload, self.ctx.settings.published_ttl_seconds]

    async def _call(self, keys: list[str], args: list[str | int]) -> bytes | None:
        ctx = self.ctx

        def waiting_for_functions(exc: BaseException, delay: float) -> None:
            ctx.log.warning("waiting for the server-side functions; is the housekeeper running?", retry_in_s=delay)
            ctx.liveness.progress()

        def missing(exc: BaseException) -> bool:
            return isinstance(exc, ResponseError) and functions.missing(exc)

        call = lambda: self._fcall_loading(keys, args)  # noqa: E731
        return await retrying.forever(call, missing, 0.5, 10.0, waiting_for_functions)

    async def _fcall_loading(self, keys: list[str], args: list[str | int]) -> bytes | None:
        """The function; when the server lacks it (restarted without persistence), load it and call again."""
        redis = self.ctx.redis
        fcall = lambda: redis.fcall(functions.PUBLISH_ONCE, len(keys), *keys, *args)  # noqa: E731
        try:
            return await fcall()
        except ResponseError as exc:
            if not functions.missing(exc):
                raise
            try:
                await functions.ensure_loaded_async(redis)
            except ResponseError:  # this user may not load code: wait for the housekeeper
                raise exc from None
            return await fcall()


def _store_unavailable(exc: BaseException) -> bool:
    """The database is down or the connection was lost (not: the statement is wrong)."""
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


async def _retrying(ctx: StageContext, call):
    """Run a database call, waiting out an unavailable store with capped exponential backoff."""

    def waiting(exc: BaseException, delay: float) -> None:
        orig = getattr(exc, "orig", None)
        ctx.log.warning("store unavailable; retrying", retry_in_s=delay, error=str(orig or exc)[:200])
        ctx.liveness.progress()

    return await retrying.forever(
        lambda: asyncio.to_thread(call), _store_unavailable, 0.5, ctx.settings.store_retry_max_seconds, waiting
    )


def build_app() -> FastStream:
    return stage_app("persist", EnrichedArticle, setup)


if __name__ == "__main__":
    run_worker(build_app())
