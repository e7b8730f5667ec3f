"""Each worker's wiring, as the registry builds it, under FastStream's in-memory ``TestRedisBroker``.

No servers: the broker is FastStream's test broker (a publish runs the subscriber's handler in
process) and the worker's own Redis client (``ctx.redis``: consumer group, dead letters,
heartbeats, persist's publish-once function) is an in-memory ``fakeredis`` server, put in
through :func:`wirestream.lifecycle.connect`. The worker's start-up, middleware, handler and its
work process (the stage's real function, in its budgeted child process) run as in production.

What the test broker cannot show, and the integration tests (tests/integration/test_runtime.py,
on a real Redis) do: entry ids, delivery counts (it reports 1), claiming, retries of a failing
entry, and acknowledgements.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import fakeredis
import pytest
from faststream import FastStream
from faststream.redis import RedisBroker, TestRedisBroker
from faststream.redis.publisher.usecase import StreamPublisher
from pydantic import BaseModel

from tests.factories import RECEIVED, enriched_article, fetched_article
from wirestream import contracts, lifecycle, replies
from wirestream.contracts import CleanedArticle, DatedArticle, EnrichedArticle, FetchedArticle
from wirestream.services.registry import PIPELINE

TEXT = "Officials in Moscow said on Wednesday, 3 May 2023, that two drones were shot down over the Kremlin."


@pytest.fixture
def fake_redis(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> fakeredis.FakeAsyncRedis:
    """The workers' own Redis client, in memory; the settings of every worker built in the test."""
    server = fakeredis.FakeServer()
    monkeypatch.setattr(lifecycle, "connect", lambda url, timeout: fakeredis.FakeAsyncRedis(server=server))
    for name, value in {
        "REDIS_URL": "redis://127.0.0.1:1",  # never reached: the broker and the client are in memory
        "HOME": str(tmp_path),
        "INBOX": str(tmp_path / "inbox"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "LOG_FORMAT": "console",
        "ENTITY_LANGUAGES": "",  # English articles: entity-enrich's wiring without the French and Russian models
    }.items():
        monkeypatch.setenv(f"WIRESTREAM_{name}", value)
    monkeypatch.delenv("WIRESTREAM_METRICS_PORT", raising=False)
    return fakeredis.FakeAsyncRedis(server=server)


def build(stage: str) -> FastStream:
    return PIPELINE.stage(stage).worker()


def broker_of(app: FastStream) -> RedisBroker:
    assert isinstance(app.broker, RedisBroker)
    return app.broker


@contextlib.asynccontextmanager
async def running(app: FastStream) -> AsyncIterator[None]:
    # the app's own start-up and shutdown: consumer group, work process, watchdog, heartbeats
    async with TestRedisBroker(broker_of(app), connect_only=False), app:
        yield


async def publish(app: FastStream, message: BaseModel | dict[str, Any], stream: str) -> None:
    """Publish on ``stream`` through the test broker: the subscriber's handler runs in process."""
    await broker_of(app).publish(message, stream=stream)


def published(app: FastStream, stream: str) -> list[dict[str, Any]]:
    """What the handler published on ``stream`` (through the broker), as decoded bodies."""
    (publisher,) = [p for p in broker_of(app).publishers if isinstance(p, StreamPublisher) and p.stream.name == stream]
    assert publisher.mock is not None
    return [call.args[0] for call in publisher.mock.call_args_list]


async def dead_letters(client: fakeredis.FakeAsyncRedis) -> list[dict[str, Any]]:
    return [json.loads(fields[b"data"]) for _, fields in replies.entries(await client.xrange(contracts.DEAD))]


async def test_clean_publishes_the_cleaned_article(fake_redis):
    app = build("clean")
    async with running(app):
        await publish(app, fetched_article("w1", TEXT), contracts.FETCHED)
        (out,) = published(app, contracts.CLEANED)
    cleaned = CleanedArticle.model_validate(out)
    assert (cleaned.id, cleaned.kind, cleaned.language) == ("w1", "cleaned", "en")
    assert "drones were shot down" in cleaned.text
    assert await dead_letters(fake_redis) == []


async def test_clean_parks_an_invalid_message_as_a_dead_letter(fake_redis):
    app = build("clean")
    async with running(app):
        await publish(app, {"id": "broken", "kind": "fetched"}, contracts.FETCHED)
        assert published(app, contracts.CLEANED) == []
    (letter,) = await dead_letters(fake_redis)
    assert (letter["stage"], letter["reason"], letter["stream"]) == ("clean", "invalid", contracts.FETCHED)
    assert "broken" in letter["body"]


def cleaned_article(article_id: str) -> CleanedArticle:
    fetched = fetched_article(article_id, TEXT)
    return CleanedArticle(
        **fetched.model_dump(exclude={"kind", "content", "title"}), title="Drones", text=TEXT, language="en"
    )


async def test_date_parse_publishes_the_dated_article(fake_redis):
    app = build("date-parse")
    async with running(app):
        await publish(app, cleaned_article("w2"), contracts.CLEANED)
        (out,) = published(app, contracts.DATED)
    dated = DatedArticle.model_validate(out)
    assert (dated.id, dated.kind) == ("w2", "dated")
    assert [(d.text, str(d.value)) for d in dated.dates] == [("Wednesday, 3 May 2023", "2023-05-03")]
    assert await dead_letters(fake_redis) == []


async def test_date_parse_parks_a_message_of_the_wrong_kind(fake_redis):
    app = build("date-parse")
    async with running(app):
        await publish(app, fetched_article("w3", TEXT), contracts.CLEANED)
        assert published(app, contracts.DATED) == []
    (letter,) = await dead_letters(fake_redis)
    assert (letter["stage"], letter["reason"]) == ("date-parse", "invalid")


@pytest.mark.slow
async def test_entity_enrich_publishes_the_enriched_article(fake_redis):
    app = build("entity-enrich")
    dated = DatedArticle(**cleaned_article("w4").model_dump(exclude={"kind"}))
    async with running(app):
        await publish(app, dated, contracts.DATED)
        (out,) = published(app, contracts.ANNOTATED)
    enriched = EnrichedArticle.model_validate(out)
    assert (enriched.id, enriched.kind) == ("w4", "enriched")
    assert "Moscow" in {e.name for e in enriched.entities}
    assert await dead_letters(fake_redis) == []


async def test_persist_stores_then_publishes_each_version_once(fake_redis, tmp_path):
    from wirestream.services.registry import count_stored

    app = build("persist")
    article = enriched_article("w5")
    later = article.source.model_copy(update={"received_at": RECEIVED.replace(hour=13)})
    newer = article.model_copy(update={"title": "Drones over the Kremlin, updated", "source": later})
    async with running(app):
        await publish(app, article, contracts.ANNOTATED)
        await publish(app, article, contracts.ANNOTATED)  # a redelivery: stored, not published again
        await publish(app, newer, contracts.ANNOTATED)
    events = [json.loads(f[b"data"]) for _, f in await fake_redis.xrange(contracts.ENRICHED)]
    assert [(e["id"], e["title"]) for e in events] == [("w5", article.title), ("w5", newer.title)]
    assert count_stored(f"sqlite:///{tmp_path / 'store.db'}") == 1
    assert await dead_letters(fake_redis) == []


async def test_persist_parks_a_message_of_the_wrong_kind_and_publishes_nothing(fake_redis, tmp_path):
    from wirestream.services.registry import count_stored

    app = build("persist")
    async with running(app):
        await publish(app, cleaned_article("w6"), contracts.ANNOTATED)
    (letter,) = await dead_letters(fake_redis)
    assert (letter["stage"], letter["reason"], letter["stream"]) == ("persist", "invalid", contracts.ANNOTATED)
    assert await fake_redis.xlen(contracts.ENRICHED) == 0
    assert count_stored(f"sqlite:///{tmp_path / 'store.db'}") == 0


async def test_the_handlers_validate_the_body_as_the_stages_input_model(fake_redis):
    """Each body is validated as the stage's input model before the stage's code runs (the reader's batch
    runner entry by entry; FastStream, for the claimer's handler, from its annotation): the code gets the
    model (its fields parsed, a string date a datetime), and an invalid body is parked unrun."""
    import inspect

    from wirestream.handlers import handlers
    from wirestream.runtime import stage_app
    from wirestream.setups import in_process

    async def work(body: object, message: object) -> None: ...

    async def work_batch(message: object) -> None: ...

    _, claimed = handlers(FetchedArticle, work, work_batch, max_deliveries=3)
    assert inspect.signature(claimed).parameters["body"].annotation is FetchedArticle

    seen: list[object] = []

    def record(article: FetchedArticle) -> CleanedArticle:
        seen.append(article)
        return cleaned_article(article.id)

    app = stage_app("clean", FetchedArticle, in_process(record), out_model=CleanedArticle)
    good = json.loads(fetched_article("typed", TEXT).model_dump_json())  # a plain JSON object on the stream
    async with running(app):
        await publish(app, good, contracts.FETCHED)
        await publish(app, {**good, "id": "no-source", "source": None}, contracts.FETCHED)
        (out,) = published(app, contracts.CLEANED)
    (article,) = seen
    assert type(article) is FetchedArticle and article.id == "typed"
    assert article.source.received_at == RECEIVED  # parsed from its JSON string
    assert CleanedArticle.model_validate(out).id == "typed"
    (letter,) = await dead_letters(fake_redis)
    assert (letter["stage"], letter["reason"], letter["error_type"]) == ("clean", "invalid", "ValidationError")
    assert "no-source" in letter["body"] and "source" in letter["error"]


async def test_fetch_publishes_a_file_dropped_in_its_inbox(fake_redis, tmp_path):
    """fetch runs in the same worker shell as the stages (lifecycle.worker_shell): its start-up, its
    work process and its inbox watcher publish a dropped file's article on the fetched stream."""
    from tests.waiting import async_wait_for

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    app = build("fetch")
    async with running(app):
        (inbox / "drones.txt").write_text(TEXT)

        async def one_published() -> list[dict]:
            return published(app, contracts.FETCHED)

        (out,) = await async_wait_for(one_published, timeout=60, what="the dropped file published")
    article = FetchedArticle.model_validate(out)
    assert (article.kind, article.source.name) == ("fetched", "drones.txt")
    assert "drones were shot down" in article.content
    assert await dead_letters(fake_redis) == []
