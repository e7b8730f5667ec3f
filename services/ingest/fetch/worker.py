"""The fetch worker: watches the inbox and publishes each new article to ``wirestream:fetched``.

Run it with ``wirestream worker fetch`` (or ``python -m services.ingest.fetch.worker``).
"""

from __future__ import annotations

import asyncio
import logging

import redis.asyncio as aioredis
from faststream import FastStream
from faststream.redis import RedisBroker

from services.ingest.fetch.inbox import Inbox
from wirestream import contracts, health
from wirestream.contracts import FetchedArticle
from wirestream.logging import configure, get_logger
from wirestream.runtime import guard_shutdown, run_worker, wait_for_redis
from wirestream.settings import Settings, get_settings


def build_app(settings: Settings | None = None) -> FastStream:
    settings = settings or get_settings()
    configure(settings.log_format, settings.log_level)
    consumer = settings.consumer_name("fetch")
    log = get_logger("wirestream.fetch").bind(stage="fetch", consumer=consumer)
    broker = RedisBroker(settings.resolved_redis_url, logger=logging.getLogger("wirestream.faststream"))
    app = FastStream(broker, logger=logging.getLogger("wirestream.faststream"))
    publisher = broker.publisher(stream=contracts.FETCHED, title=f"{contracts.FETCHED}:publish")
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    beat = health.Beat("fetch", consumer)
    client = aioredis.from_url(settings.resolved_redis_url)

    async def publish(article: FetchedArticle) -> None:
        await publisher.publish(article)
        beat.processed_one()

    async def heartbeat() -> None:
        await health.beat(client, beat)

    inbox = Inbox(
        settings.inbox,
        publish,
        settle_seconds=settings.settle_seconds,
        rescan_seconds=settings.rescan_seconds,
        max_file_bytes=settings.max_file_bytes,
        max_chars=settings.max_article_chars,
        max_html_chars=settings.max_html_chars,
        stale_claim_seconds=settings.stale_claim_seconds,
        heartbeat=heartbeat,
        heartbeat_seconds=health.HEARTBEAT_SECONDS,
    )

    async def watch() -> None:
        try:
            await inbox.watch(stop)
        except Exception:
            log.exception("inbox watcher failed; exiting so the supervisor restarts the worker")
            app.exit()

    guard_shutdown(app, log, settings.shutdown_grace_seconds)

    @app.on_startup
    async def _wait() -> None:
        await wait_for_redis(client, log)

    @app.after_startup
    async def _start() -> None:
        tasks.append(asyncio.create_task(watch()))
        log.info("worker ready", inbox=str(inbox.root), output=contracts.FETCHED)

    @app.on_shutdown
    async def _stop() -> None:
        stop.set()
        for task in tasks:
            await asyncio.wait_for(task, timeout=30)
        inbox.close()
        await health.forget(client, beat)
        await client.aclose()
        log.info("worker stopped")

    return app


if __name__ == "__main__":
    run_worker(build_app())
