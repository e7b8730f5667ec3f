"""Metrics on a real server: the runtime's counters through success, retry and dead letter, and the
group gauges as each Redis user is allowed to read them."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from prometheus_client import REGISTRY

from tests.factories import fetched_article, present
from tests.integration.test_runtime import _n_dead, _pending_is, _xlen_is, publish, settings_for
from tests.stagefns import broken
from tests.waiting import async_wait_for
from wirestream import contracts, metrics
from wirestream.acl import HOUSEKEEPER, acl_file, users
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.embedded import start_redis
from wirestream.runtime import stage_app
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.registry import PIPELINE
from wirestream.setups import pure

pytestmark = pytest.mark.integration


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def counts() -> dict[str, float]:
    return {
        "processed": sample("wirestream_entries_processed_total", stage="clean"),
        "failed": sample("wirestream_entries_failed_total", stage="clean", reason="failing"),
        "retried": sample("wirestream_entries_retried_total", stage="clean"),
        "dead": sample("wirestream_entries_dead_lettered_total", stage="clean", reason="failing"),
        "timed": sample("wirestream_processing_seconds_count", stage="clean"),
    }


async def test_the_runtime_counts_processed_failed_retried_and_dead_lettered_entries(redis_url, tmp_path):
    """The registry is the process's own: each figure is compared with what it was before."""
    client = aioredis.from_url(redis_url)
    settings = settings_for(redis_url, tmp_path, claim_idle_ms=200, max_deliveries=2)
    start = counts()
    await publish(redis_url, contracts.FETCHED, fetched_article("m1"))
    async with stage_app("clean", FetchedArticle, pure(broken), settings, out_model=CleanedArticle):
        await async_wait_for(lambda: _n_dead(client, 1), what="the entry dead-lettered")
    after_failure = counts()
    # two deliveries: the first failure is retried, the second parks it
    assert after_failure["failed"] - start["failed"] == 2
    assert after_failure["retried"] - start["retried"] == 1
    assert after_failure["dead"] - start["dead"] == 1
    assert after_failure["processed"] == start["processed"]
    assert after_failure["timed"] - start["timed"] == 2

    await publish(redis_url, contracts.FETCHED, fetched_article("m2"), fetched_article("m3"))
    async with stage_app("clean", FetchedArticle, pure(clean), settings, out_model=CleanedArticle):
        await async_wait_for(lambda: _xlen_is(client, contracts.CLEANED, 2), what="both cleaned")
        await async_wait_for(lambda: _pending_is(client, contracts.FETCHED, "clean", 0), what="acked")
    done = counts()
    assert done["processed"] - after_failure["processed"] == 2
    assert done["timed"] - after_failure["timed"] == 2
    assert done["failed"] == after_failure["failed"] and done["dead"] == after_failure["dead"]
    await client.aclose()


@pytest.fixture
def acl_server(tmp_path: Path):
    passwords = {user: secrets.token_hex(12) for user in users(PIPELINE)}
    aclfile = tmp_path / "users.acl"
    aclfile.write_text(acl_file(passwords, PIPELINE))
    server = start_redis(tmp_path / "redis", log_file=tmp_path / "redis.log", extra_args=("--aclfile", str(aclfile)))
    yield server, passwords
    server.stop()


def _gauge(name: str, stream: str, group: str) -> float | None:
    return REGISTRY.get_sample_value(name, {"stream": stream, "group": group})


async def test_a_stage_reports_its_pending_and_the_housekeeper_every_backlog_under_their_acls(acl_server):
    server, passwords = acl_server
    port = server.port
    admin = aioredis.Redis(port=port, username="default", password=passwords["default"])
    stream, group = contracts.DATED, "entity-enrich"  # gauges no other test in this process sets
    await admin.xgroup_create(stream, group, id="0", mkstream=True)
    for n in range(3):
        await admin.xadd(stream, {"n": str(n)})
    await admin.xreadgroup(group, "someone", {stream: ">"}, count=1)  # one read and held, two waiting

    stage = aioredis.Redis(port=port, username="entity-enrich", password=passwords["entity-enrich"])
    use_xinfo: dict[str, bool] = {}
    await metrics.refresh_groups(stage, [metrics.Group(stream, group)], use_xinfo)
    assert use_xinfo == {stream: False}  # a stage's user may not run XINFO GROUPS
    assert _gauge("wirestream_group_pending", stream, group) == 1
    assert _gauge("wirestream_group_backlog", stream, group) is None

    house = aioredis.Redis(port=port, username=HOUSEKEEPER, password=passwords[HOUSEKEEPER])
    use_xinfo = {}
    await metrics.refresh_groups(house, [metrics.Group(stream, group)], use_xinfo)
    assert use_xinfo == {}
    assert _gauge("wirestream_group_pending", stream, group) == 1
    assert _gauge("wirestream_group_backlog", stream, group) == 2
    await metrics.refresh_server(house, contracts.DEAD)
    assert present(REGISTRY.get_sample_value("wirestream_redis_memory_bytes", {"kind": "used"})) > 0
    for client in (admin, stage, house):
        await client.aclose()
