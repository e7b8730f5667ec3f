"""Dead letters on a real server: listed, shown, and replayed once the cause is fixed."""

from __future__ import annotations

import json

import pytest
import redis.asyncio as aioredis
from typer.testing import CliRunner

from services.enrich.clean.logic import clean
from tests.factories import fetched_article
from tests.integration.test_runtime import _n_dead, _pending_is, _xlen_is, publish, settings_for
from tests.waiting import async_wait_for
from wirestream import contracts
from wirestream.cli import app
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.runtime import pure, stage_app

pytestmark = pytest.mark.integration


async def test_dead_letters_are_listed_shown_and_replayed(redis_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WIRESTREAM_REDIS_URL", redis_url)
    runner = CliRunner()

    def broken(article: FetchedArticle) -> CleanedArticle:
        raise RuntimeError("a bug in clean")

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
        json.loads(f[b"__data__"][f[b"__data__"].index(b"{") :]) for _, f in await client.xrange(contracts.CLEANED)
    ]
    assert sorted(c["id"] for c in cleaned) == ["d1", "d2"]
    assert runner.invoke(app, ["dlq", "list"]).output.strip() == "no dead letters"
    await client.aclose()
