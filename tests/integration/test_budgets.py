"""Bounded work on a real server: an entry that hangs, loops or eats memory is killed, retried,
dead-lettered with its reason, and the worker keeps consuming with a fresh heartbeat meanwhile."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from tests.factories import fetched_article, present
from tests.integration.test_runtime import _n_dead, _pending_is, publish, settings_for
from tests.stagefns import hostile
from tests.waiting import async_wait_for
from wirestream import contracts, health, replies
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.runtime import stage_app
from wirestream.services.enrich.clean.worker import WARM_UP
from wirestream.setups import pure
from wirestream.watchdog import Watchdog

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


async def _cleaned_ids(client) -> set[str]:
    ids = set()
    for _, fields in await client.xrange(contracts.CLEANED):
        raw = fields[b"__data__"]
        ids.add(json.loads(raw[raw.index(b"{") :])["id"])
    return ids


async def _beat(client, consumer: str) -> dict | None:
    raw = await client.get(health.key("clean", consumer))
    return json.loads(raw) if raw else None


async def test_a_hanging_entry_is_killed_retried_then_parked_while_the_worker_goes_on(redis_url, tmp_path):
    # a budget longer than a heartbeat period, so that a beat must fall inside one hang (a 1 s heartbeat here:
    # the product's 5 s made each of the two hangs 7 s long, 6 s now, for the same check)
    beat_every = 1.0
    settings = settings_for(
        redis_url,
        tmp_path,
        heartbeat_seconds=beat_every,
        # + a margin: "before" must clean within it, and the test's polling must see a beat inside the hang, on a
        # busy machine (at + 3 a loaded run read its first beat late in the hang and the next after the kill)
        stage_timeout_seconds=beat_every + 5,
        stage_seconds_per_100kb=0,
        claim_idle_ms=300,
        max_deliveries=2,
        consumer="clean-budget",
    )
    client = aioredis.from_url(redis_url)
    await publish(redis_url, contracts.FETCHED, fetched_article("before"), fetched_article("hang-1"))
    async with stage_app("clean", FetchedArticle, pure(hostile, WARM_UP), settings, out_model=CleanedArticle):
        await async_wait_for(lambda: _has(client, "before"), what="the first article cleaned")
        first = await async_wait_for(lambda: _beat(client, "clean-budget"), what="a heartbeat")
        # while hang-1 is in hand (pending, not parked) the event loop stays free: the heartbeat moves on
        later = await async_wait_for(lambda: _beat_after(client, first["at"]), timeout=15, what="a later heartbeat")
        assert await client.xlen(contracts.DEAD) == 0, "the beat came after the entry was given up"
        assert later["processed"] == 1
        await publish(redis_url, contracts.FETCHED, fetched_article("after"))
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), timeout=90, what="hang-1 dead-lettered")
        await async_wait_for(lambda: _has(client, "after"), timeout=60, what="the next article cleaned")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="all acked")
    assert letter["reason"] == "timeout" and letter["deliveries"] == 2
    assert letter["error_type"] == "StageTimeout" and "killed" in letter["error"]
    assert json.loads(letter["body"])["id"] == "hang-1"
    assert await _cleaned_ids(client) == {"before", "after"}
    await client.aclose()


async def _has(client, article_id: str) -> bool:
    return article_id in await _cleaned_ids(client)


async def _beat_after(client, at: float) -> dict | None:
    beat = await _beat(client, "clean-budget")
    return beat if beat and beat["at"] > at else None


async def test_a_looping_and_a_memory_hungry_entry_are_parked_with_their_reasons(redis_url, tmp_path):
    settings = settings_for(
        redis_url,
        tmp_path,
        stage_timeout_seconds=1,
        stage_seconds_per_100kb=0,
        stage_memory_mb=64,
        claim_idle_ms=300,
        max_deliveries=2,
    )
    client = aioredis.from_url(redis_url)
    await publish(
        redis_url, contracts.FETCHED, fetched_article("spin-1"), fetched_article("hog-1"), fetched_article("fine")
    )
    async with stage_app("clean", FetchedArticle, pure(hostile, WARM_UP), settings, out_model=CleanedArticle):
        letters = await async_wait_for(lambda: _n_dead(client, 2), timeout=90, what="2 dead letters")
        await async_wait_for(lambda: _has(client, "fine"), what="the good article cleaned")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="all acked")
    by_id = {json.loads(d["body"])["id"]: d for d in letters}
    assert by_id["spin-1"]["reason"] == "timeout"
    assert by_id["hog-1"]["reason"] == "memory" and "64 MB" in by_id["hog-1"]["error"]
    assert all(d["deliveries"] == 2 for d in letters)
    await client.aclose()


async def test_an_entry_claimed_past_its_delivery_limit_is_parked_without_running(redis_url, tmp_path):
    client = aioredis.from_url(redis_url)
    await client.xgroup_create(contracts.FETCHED, "clean", id="0", mkstream=True)
    await publish(redis_url, contracts.FETCHED, fetched_article("hang-abandoned"))
    # consumers took it three times and died holding it (XCLAIM RETRYCOUNT sets the count they left)
    ((_, ((entry_id, _),)),) = replies.xread(
        await client.xreadgroup("clean", "died", {contracts.FETCHED: ">"}, count=1)
    )
    await client.xclaim(contracts.FETCHED, "clean", "died-again", 0, [entry_id], retrycount=3)
    settings = settings_for(redis_url, tmp_path, claim_idle_ms=300, max_deliveries=3, stage_timeout_seconds=600)
    async with stage_app("clean", FetchedArticle, pure(hostile, WARM_UP), settings, out_model=CleanedArticle):
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), timeout=30, what="parked on claim")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="acked")
    # run, it would have hung for its 600 s budget; parked at once, it was not run
    assert letter["reason"] == "abandoned" and letter["error_type"] == "DeliveryLimit"
    assert letter["deliveries"] == 4
    await client.aclose()


async def test_a_large_dead_letter_keeps_its_beginning_size_and_hash(redis_url, tmp_path):
    settings = settings_for(redis_url, tmp_path, dead_body_bytes=2048, max_deliveries=1)
    client = aioredis.from_url(redis_url)
    big = fetched_article("hang-big", text="Kremlin drones. " * 2000)
    await publish(redis_url, contracts.FETCHED, big)
    settings = settings.model_copy(update={"stage_timeout_seconds": 1, "stage_seconds_per_100kb": 0})
    async with stage_app("clean", FetchedArticle, pure(hostile, WARM_UP), settings, out_model=CleanedArticle):
        (letter,) = await async_wait_for(lambda: _n_dead(client, 1), timeout=30, what="parked")
    assert letter["body_truncated"] and len(letter["body"].encode()) <= 2048
    assert letter["body_bytes"] > 30_000 and len(letter["body_sha256"]) == 64
    await client.aclose()


def test_the_watchdog_names_a_blocked_loop_a_stopped_consumer_and_an_entry_held_too_long():
    from wirestream.watchdog import Liveness

    live = Liveness(loop_tick=100.0, last_consuming=100.0)
    dog = Watchdog(live, None, stall_seconds=10, entry_seconds=50)
    assert dog.stuck(105) is None
    assert "event loop" in present(dog.stuck(111))
    live.loop_tick = 111
    assert "consumption" in present(dog.stuck(111))
    live.last_consuming = 111
    live.busy_since = 60
    assert "in hand" in present(dog.stuck(111))
    live.busy_extra = 20  # a batch: the budgets of its other entries too
    live.loop_tick = live.last_consuming = 125
    assert dog.stuck(111) is None and dog.stuck(129) is None
    assert "in hand" in present(dog.stuck(131))
    live.progress()  # a deliberate wait (Redis full, database down) moves it on
    assert live.busy_since > 60


def test_a_worker_whose_event_loop_is_blocked_exits_to_be_restarted(redis_url, tmp_path):
    """A stage function run on the loop itself (no work process) blocks it: the watchdog ends the worker."""
    script = (
        "import sys; sys.path.insert(0, '.');"
        "from tests.stagefns import blocking_app; from wirestream.lifecycle import run_worker;"
        f"run_worker(blocking_app({redis_url!r}, {str(tmp_path)!r}))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        out, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == Watchdog.EXIT_STATUS, out[-3000:]
    assert "worker stuck" in out and "event loop has been blocked" in out


async def test_fetch_quarantines_a_file_it_cannot_parse_within_its_budget_and_goes_on(tmp_path):
    """The inbox parses in the work process: a file whose parsing never ends is killed and quarantined,
    counted as a failure (``timeout``) in fetch's metrics; each file's whole handling is timed."""
    import functools

    from prometheus_client import REGISTRY

    from wirestream.executor import Budget, Executor, returning
    from wirestream.services.ingest.fetch.inbox import Inbox, Outcome
    from wirestream.services.ingest.fetch.worker import bounded_parser, observe

    def sample(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, {"stage": "fetch", **labels}) or 0.0

    failed_before = sample("wirestream_entries_failed_total", reason="timeout")
    timed_before = sample("wirestream_processing_seconds_count")
    outcomes: list[tuple[Outcome, float]] = []

    def observing(outcome: Outcome, seconds: float) -> None:
        outcomes.append((outcome, seconds))
        observe(outcome, seconds)

    executor = Executor(
        "fetch", functools.partial(returning, "tests.stagefns:parse_hostile"), Budget(1, 0, 1), template=False
    )
    await executor.start()
    published: list[str] = []

    async def publish(article) -> None:
        published.append(article.source.name)

    (tmp_path / "inbox").mkdir()
    inbox = Inbox(
        tmp_path / "inbox",
        publish,
        settle_seconds=0.1,
        rescan_seconds=1,
        parser=bounded_parser(executor),
        observe=observing,
    )
    stop = asyncio.Event()
    watching = asyncio.create_task(inbox.watch(stop))
    try:
        (tmp_path / "inbox" / "hang.txt").write_text("hang on: this file never parses")
        (tmp_path / "inbox" / "good.txt").write_text("Kremlin says drones shot down\n\nTwo drones were downed.")
        reason = tmp_path / "inbox" / ".quarantine" / "hang.txt.reason.txt"
        await async_wait_for(lambda: _exists(reason), timeout=60, what="the file quarantined")
        await async_wait_for(lambda: _true(published == ["good.txt"]), timeout=60, what="the good file published")
    finally:
        stop.set()
        await watching
        inbox.close()
        await executor.close()
    assert "timeout" in reason.read_text()
    seen = {o.path: (o.status, o.reason, seconds) for o, seconds in outcomes}
    assert seen["hang.txt"][:2] == ("quarantined", "timeout") and seen["hang.txt"][2] >= 1  # its budget, at least
    assert seen["good.txt"][:2] == ("published", None)
    assert sample("wirestream_entries_failed_total", reason="timeout") == failed_before + 1
    assert sample("wirestream_processing_seconds_count") == timed_before + 2


async def _true(value: bool) -> bool:
    return value


async def _exists(path: Path) -> bool:
    return path.exists()
