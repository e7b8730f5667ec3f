"""The entries of one read handled together (wirestream.batching), on a real Redis: each entry keeps
its own outcome (published and acknowledged, parked, or left pending for a retry)."""

from __future__ import annotations

import json
import sqlite3

import pytest
import redis.asyncio as aioredis

from tests.factories import enriched_article, fetched_article
from tests.waiting import async_wait_for
from wirestream import contracts, replies
from wirestream.contracts import CleanedArticle, EnrichedArticle, FetchedArticle
from wirestream.errors import PermanentError
from wirestream.runtime import stage_app
from wirestream.services.store.persist.worker import setup as persist_setup
from wirestream.services.store.schema import create_schema, make_engine

from .test_runtime import _entries_read, _pending_is, dead_letters, publish, settings_for

pytestmark = pytest.mark.integration


def cleaned(article: FetchedArticle) -> CleanedArticle:
    return CleanedArticle(
        **article.model_dump(exclude={"kind", "content", "title"}), title="t", text=article.content, language="en"
    )


def batching_stage(batches: list[list[str]], fail: dict[str, Exception], singles: list[str]):
    """A stage with a batch function: records each batch's ids; ``fail[id]`` is that input's outcome
    (once: a retry succeeds); the per-entry ``process`` (the claimer's path) records in ``singles``."""

    async def setup(_ctx):
        async def process(article: FetchedArticle) -> CleanedArticle:
            singles.append(article.id)
            return cleaned(article)

        async def many(articles: list[FetchedArticle]) -> list[object]:
            batches.append([a.id for a in articles])
            return [fail.pop(a.id, None) or cleaned(a) for a in articles]

        process.many = many  # type: ignore[attr-defined]
        return process

    return setup


async def _cleaned_ids(client: aioredis.Redis, n: int) -> list[str] | None:
    entries = replies.entries(await client.xrange(contracts.CLEANED))
    if len(entries) < n:
        return None
    from faststream.redis.parser.binary import BinaryMessageFormatV1

    return [json.loads(BinaryMessageFormatV1.parse(f[b"__data__"])[0])["id"] for _, f in entries]


async def _n_dead(client: aioredis.Redis, n: int) -> list[dict] | None:
    letters = await dead_letters(client)
    return letters if len(letters) >= n else None


async def test_an_invalid_entry_is_parked_alone_and_the_rest_of_the_read_goes_on(redis_url, tmp_path):
    batches: list[list[str]] = []
    await publish(
        redis_url, contracts.FETCHED, fetched_article("a"), {"id": "broken", "kind": "fetched"}, fetched_article("c")
    )
    client = aioredis.from_url(redis_url)
    settings = settings_for(redis_url, tmp_path)
    async with stage_app("clean", FetchedArticle, batching_stage(batches, {}, []), settings, out_model=CleanedArticle):
        assert await async_wait_for(lambda: _cleaned_ids(client, 2), what="2 cleaned") == ["a", "c"]
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), what="a dead letter")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="all acked")
    assert batches == [["a", "c"]]  # one read, one call of the batch function, the invalid entry not in it
    assert (letter["reason"], letter["error_type"], letter["deliveries"]) == ("invalid", "ValidationError", 1)
    assert '"broken"' in letter["body"]
    await client.aclose()


async def test_a_permanently_failing_entry_is_parked_with_its_error_and_the_others_published(redis_url, tmp_path):
    batches: list[list[str]] = []
    fail: dict[str, Exception] = {"b": PermanentError("no text in b")}
    await publish(redis_url, contracts.FETCHED, *(fetched_article(i) for i in "abc"))
    client = aioredis.from_url(redis_url)
    settings = settings_for(redis_url, tmp_path)
    async with stage_app(
        "clean", FetchedArticle, batching_stage(batches, fail, []), settings, out_model=CleanedArticle
    ):
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), what="a dead letter")
        assert await async_wait_for(lambda: _cleaned_ids(client, 2), what="2 cleaned") == ["a", "c"]
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="all acked")
    assert batches == [["a", "b", "c"]]
    assert (letter["reason"], letter["error"], letter["deliveries"]) == ("permanent", "no text in b", 1)
    assert json.loads(letter["body"])["id"] == "b"
    await client.aclose()


async def test_a_transient_failure_stays_pending_alone_and_is_retried(redis_url, tmp_path):
    batches: list[list[str]] = []
    singles: list[str] = []
    fail: dict[str, Exception] = {"b": RuntimeError("flaky for b")}
    await publish(redis_url, contracts.FETCHED, *(fetched_article(i) for i in "abc"))
    client = aioredis.from_url(redis_url)
    settings = settings_for(redis_url, tmp_path, claim_idle_ms=300)
    stage = batching_stage(batches, fail, singles)
    async with stage_app("clean", FetchedArticle, stage, settings, out_model=CleanedArticle):
        assert await async_wait_for(lambda: _cleaned_ids(client, 2), what="a and c cleaned") == ["a", "c"]
        ids = await async_wait_for(lambda: _cleaned_ids(client, 3), what="b cleaned on its retry")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="all acked")
    assert ids == ["a", "c", "b"]
    assert batches == [["a", "b", "c"]] and singles == ["b"]  # the retry is the claimer's, one entry
    assert await dead_letters(client) == []
    await client.aclose()


async def test_persist_falls_back_to_one_by_one_so_a_poison_article_is_parked_alone(redis_url, tmp_path):
    settings = settings_for(redis_url, tmp_path, max_deliveries=1)
    create_schema(make_engine(settings.resolved_database_url))
    with sqlite3.connect(tmp_path / "store.db") as db:  # the store refuses one article, whatever the batch
        db.execute(
            "CREATE TRIGGER poison BEFORE INSERT ON articles WHEN NEW.id = 'poison' "
            "BEGIN SELECT RAISE(ABORT, 'the store refuses poison'); END"
        )
    articles = [enriched_article("p1"), enriched_article("poison"), enriched_article("p3")]
    await publish(redis_url, contracts.ANNOTATED, *articles)
    client = aioredis.from_url(redis_url)
    async with stage_app("persist", EnrichedArticle, persist_setup, settings):
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), what="the poison parked")
        await async_wait_for(lambda: _pending_is(client, contracts.ANNOTATED, "persist", 0), what="all acked")
    assert (letter["stage"], letter["error_type"]) == ("persist", "IntegrityError")
    assert "the store refuses poison" in letter["error"] and json.loads(letter["body"])["id"] == "poison"
    published = [json.loads(f[b"data"])["id"] for _, f in replies.entries(await client.xrange(contracts.ENRICHED))]
    assert published == ["p1", "p3"]
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert sorted(r[0] for r in db.execute("SELECT id FROM articles")) == ["p1", "p3"]
    await client.aclose()


async def test_the_entries_after_one_that_hangs_run_at_once_in_a_new_work_process(redis_url, tmp_path):
    """The work process is killed on the hanging entry (its own budget); the entries it had not run yet are
    run at once in the next one, not left for a claimer (claim_idle_ms is a minute, more than the wait here)."""
    from tests.stagefns import hostile
    from wirestream.services.enrich.clean.worker import WARM_UP
    from wirestream.setups import pure

    settings = settings_for(
        redis_url, tmp_path, stage_timeout_seconds=2, stage_seconds_per_100kb=0, max_deliveries=1, claim_idle_ms=60_000
    )
    await publish(redis_url, contracts.FETCHED, *(fetched_article(i) for i in ("before", "hang-1", "after")))
    client = aioredis.from_url(redis_url)
    async with stage_app("clean", FetchedArticle, pure(hostile, WARM_UP), settings, out_model=CleanedArticle):
        ids = await async_wait_for(lambda: _cleaned_ids(client, 2), timeout=40, what="before and after cleaned")
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), timeout=40, what="hang-1 parked")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), timeout=40, what="all acked")
    assert ids == ["before", "after"]
    assert (letter["reason"], letter["error_type"], json.loads(letter["body"])["id"]) == (
        "timeout",
        "StageTimeout",
        "hang-1",
    )
    await client.aclose()


async def test_persist_publishes_a_batch_in_one_round_trip_and_survives_a_server_that_lost_the_function(
    redis_url, tmp_path
):
    """persist calls the publish-once function for a read's articles in one pipeline; when the server lost the
    function (restarted without persistence), each call goes again alone, which loads it: each published once."""
    settings = settings_for(redis_url, tmp_path)
    client = aioredis.from_url(redis_url)
    async with stage_app("persist", EnrichedArticle, persist_setup, settings):
        await client.function_flush()  # after the worker loaded it at its start
        await publish(redis_url, contracts.ANNOTATED, *(enriched_article(f"f{i}") for i in range(3)))
        await async_wait_for(lambda: _entries_read(client, 3), what="all read and acked")
        await publish(redis_url, contracts.ANNOTATED, enriched_article("f1"))  # a redelivery: not published again
        await async_wait_for(lambda: _entries_read(client, 4), what="the redelivery read and acked")
    published = [json.loads(f[b"data"])["id"] for _, f in replies.entries(await client.xrange(contracts.ENRICHED))]
    assert published == ["f0", "f1", "f2"]
    assert await dead_letters(client) == []
    await client.aclose()
