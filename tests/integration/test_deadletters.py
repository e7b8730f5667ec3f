"""Dead letters on a real server: listed, shown, and replayed once the cause is fixed."""

from __future__ import annotations

import json

import pytest
import redis.asyncio as aioredis
from typer.testing import CliRunner

from tests.factories import fetched_article
from tests.integration.test_runtime import _n_dead, _pending_is, _xlen_is, publish, settings_for
from tests.stagefns import broken
from tests.waiting import async_wait_for
from wirestream import contracts, replies
from wirestream.cli import app
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.runtime import stage_app
from wirestream.services.enrich.clean.logic import clean
from wirestream.setups import pure

pytestmark = pytest.mark.integration


async def test_dead_letters_are_listed_shown_and_replayed(redis_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WIRESTREAM_REDIS_URL", redis_url)
    runner = CliRunner()

    settings = settings_for(redis_url, tmp_path, claim_idle_ms=200, max_deliveries=2)
    await publish(redis_url, contracts.FETCHED, fetched_article("d1"), fetched_article("d2"))
    client = aioredis.from_url(redis_url)
    async with stage_app("clean", FetchedArticle, pure(broken), settings, out_model=CleanedArticle):
        await async_wait_for(lambda: _n_dead(client, 2), what="2 dead letters")

    listed = runner.invoke(app, ["dlq", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    letters = json.loads(listed.output)
    assert [(d["stage"], d["article_id"], d["deliveries"]) for d in letters] == [("clean", "d1", 2), ("clean", "d2", 2)]
    assert letters[0]["error"] == "a bug in clean"

    shown = runner.invoke(app, ["dlq", "show", letters[0]["id"]])
    assert shown.exit_code == 0 and '"error_type": "RuntimeError"' in shown.output
    assert runner.invoke(app, ["dlq", "show", "1-1"]).exit_code == 1

    # the bug is fixed: replay everything, and the articles flow on
    async with stage_app("clean", FetchedArticle, pure(clean), settings, out_model=CleanedArticle):
        replayed = runner.invoke(app, ["dlq", "replay", "--all"])
        assert replayed.exit_code == 0, replayed.output
        assert replayed.output.count("replayed ") == 2
        await async_wait_for(lambda: _xlen_is(client, contracts.CLEANED, 2), what="both cleaned")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="acked")
    assert await client.xlen(contracts.DEAD) == 0
    cleaned = [
        json.loads(f[b"__data__"][f[b"__data__"].index(b"{") :])
        for _, f in replies.entries(await client.xrange(contracts.CLEANED))
    ]
    assert sorted(c["id"] for c in cleaned) == ["d1", "d2"]
    assert runner.invoke(app, ["dlq", "list"]).output.strip() == "no dead letters"
    await client.aclose()


def _letter(stage: str, stream: str, body: str, **extra) -> str:
    from datetime import UTC, datetime

    from wirestream.contracts import DeadLetter

    letter = DeadLetter(
        stage=stage,
        stream=stream,
        entry_id="1-1",
        error_type="RuntimeError",
        error="boom",
        deliveries=1,
        body=body,
        failed_at=datetime.now(UTC),
        **extra,
    )
    return letter.model_dump_json()


def test_a_forged_letter_goes_back_to_its_stage_input_only(redis_url):
    import redis

    from wirestream.deadletters import NotReplayable, replay

    client = redis.Redis.from_url(redis_url)
    body = fetched_article("forged").model_dump_json()
    # the letter names the subscribers' stream; a replay must ignore that and use clean's input
    forged = replies.entry_id(client.xadd(contracts.DEAD, {"data": _letter("clean", contracts.ENRICHED, body)}))
    assert replay(client, forged.decode())
    assert client.xlen(contracts.ENRICHED) == 0 and client.xlen(contracts.FETCHED) == 1
    for stage in ("fetch", "nobody"):
        odd = replies.entry_id(client.xadd(contracts.DEAD, {"data": _letter(stage, contracts.FETCHED, body)}))
        with pytest.raises(NotReplayable):
            replay(client, odd.decode())
    cut = replies.entry_id(
        client.xadd(contracts.DEAD, {"data": _letter("clean", "x", body[:100], body_truncated=True, body_bytes=9000)})
    )
    with pytest.raises(NotReplayable, match="drop the source file again"):
        replay(client, cut.decode())
    assert client.xlen(contracts.FETCHED) == 1 and client.xlen(contracts.DEAD) == 3
    client.close()


def test_concurrent_replays_of_one_letter_add_it_once(redis_url):
    import threading

    import redis

    from wirestream.deadletters import replay

    client = redis.Redis.from_url(redis_url)
    body = fetched_article("twice").model_dump_json()
    ids = [
        replies.entry_id(client.xadd(contracts.DEAD, {"data": _letter("clean", "", body)})).decode() for _ in range(20)
    ]
    results: list[str | None] = []
    start = threading.Barrier(4)

    def replay_all() -> None:
        own = redis.Redis.from_url(redis_url)
        start.wait()
        for entry_id in ids:
            try:
                results.append(replay(own, entry_id))
            except KeyError:  # already gone when this one read it
                results.append(None)
        own.close()

    threads = [threading.Thread(target=replay_all) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert client.xlen(contracts.FETCHED) == 20 and client.xlen(contracts.DEAD) == 0
    assert sum(r is not None for r in results) == 20
    client.close()
