"""Fault tests: real worker processes, real servers, 500 articles in flight.

Whatever happens to a worker, the broker or the store, every article ends up stored
exactly once and published exactly once, with nothing dead and nothing pending.
"""

from __future__ import annotations

import signal
import time
from functools import partial
from pathlib import Path

import pytest

from tests.fault.harness import Pipeline, expected_ids, make_articles
from tests.servers import local_postgres
from tests.waiting import wait_for
from wirestream import contracts
from wirestream.embedded import start_redis

pytestmark = pytest.mark.fault
N = 500


@pytest.fixture
def redis_server(tmp_path: Path):
    server = start_redis(tmp_path / "redis", log_file=tmp_path / "redis.log")
    yield server
    server.stop()


@pytest.fixture
def articles() -> list[tuple[str, bytes]]:
    return make_articles(N)


def kill_and_restart_redis(server, log_file: Path) -> None:
    """SIGKILL (no shutdown save: only the append-only file survives), then the same port and data."""
    server.process.kill()
    server.process.wait()
    time.sleep(2)
    server.process = start_redis(server.data_dir, server.port, log_file=log_file).process


def store_retries(pipeline: Pipeline) -> int:
    """How many times persist has logged a retry of an unavailable store (its log is kept across restarts)."""
    path = pipeline.logs / "persist.log"
    return path.read_text(errors="replace").count("store unavailable; retrying") if path.exists() else 0


def under_way(pipeline: Pipeline, stored: int) -> None:
    wait_for(lambda: len(pipeline.stored_ids()) >= stored, timeout=120, what="a run under way")


def _busy(pipeline: Pipeline, stage: str) -> bool:
    if stage == "fetch":
        return any((pipeline.inbox / ".processing").iterdir()) or any(
            p for p in pipeline.inbox.iterdir() if not p.name.startswith(".")
        )
    return pipeline.pending(stage) > 0


def _dry(pipeline: Pipeline, stage: str) -> bool:
    """Nothing is left for ``stage`` or any stage before it: it cannot be busy again in this run."""
    left = pipeline.drained()
    upstream = contracts.STAGE_NAMES[: contracts.STAGE_NAMES.index(stage) + 1]
    return left is not None and not any(left[name] for name in upstream)


def _busy_or_dry(pipeline: Pipeline, stage: str) -> bool:
    """Without the second test, a second round of kills waited 20 s on each stage the run had
    already passed through (most of this test's two minutes)."""
    return _busy(pipeline, stage) or _dry(pipeline, stage)


def test_sigkill_of_each_kind_of_worker_mid_batch(tmp_path, redis_server, articles):
    pipeline = Pipeline(tmp_path, redis_server.url, f"sqlite:///{tmp_path / 'store.db'}")
    pipeline.start_all()
    try:
        pipeline.drop(articles)
        kills = 0
        for _round in range(2):
            for stage in contracts.STAGE_NAMES:
                try:
                    wait_for(partial(_busy_or_dry, pipeline, stage), timeout=20, interval=0.02, what=f"{stage} busy")
                except AssertionError:
                    continue  # that stage has run dry already
                if _dry(pipeline, stage):
                    continue  # nothing is left for it or before it: it cannot be busy again in this run
                assert pipeline.signal(stage, signal.SIGKILL) == -signal.SIGKILL
                kills += 1
                time.sleep(0.3)
                pipeline.start(stage)
        assert kills >= 5, "the workers were not killed mid-batch often enough for this test to mean much"
        pipeline.wait_complete(N)
        pipeline.verify_exactly_once(expected_ids(articles))
    finally:
        pipeline.stop_all()


def test_redis_killed_and_restarted_mid_run(tmp_path, redis_server, articles):
    pipeline = Pipeline(tmp_path, redis_server.url, f"sqlite:///{tmp_path / 'store.db'}")
    pipeline.start_all()
    try:
        pipeline.drop(articles)
        under_way(pipeline, 80)
        kill_and_restart_redis(redis_server, tmp_path / "redis.log")
        pipeline.wait_complete(N)
        pipeline.verify_exactly_once(expected_ids(articles))
        assert pipeline.restarts == [], "a worker died with the broker"
    finally:
        pipeline.stop_all()


def test_store_unavailable_until_persist_has_retried_past_its_backoff_cap(tmp_path, redis_server, articles):
    with local_postgres() as database:
        pipeline = Pipeline(tmp_path, redis_server.url, database.url)
        pipeline.start_all()
        try:
            pipeline.drop(articles)
            under_way(pipeline, 80)
            persist = pipeline.procs["persist"]
            before = store_retries(pipeline)
            database.stop()
            # down until persist has retried past its backoff cap (2 s here) several times, not a fixed 20 s
            wait_for(lambda: store_retries(pipeline) >= before + 6, timeout=90, what="persist retrying the store")
            assert persist.poll() is None, "persist crashed while the store was down"
            database.start()
            pipeline.wait_complete(N)
            pipeline.verify_exactly_once(expected_ids(articles))
            assert pipeline.restarts == [] and persist.poll() is None, "persist crashed or was restarted"
            assert "store unavailable; retrying" in (tmp_path / "logs" / "persist.log").read_text()
        finally:
            pipeline.stop_all()


def test_sigterm_to_every_worker_leaves_nothing_half_done(tmp_path, redis_server, articles):
    pipeline = Pipeline(tmp_path, redis_server.url, f"sqlite:///{tmp_path / 'store.db'}")
    pipeline.start_all()
    try:
        pipeline.drop(articles)
        under_way(pipeline, 80)
        for stage in contracts.STAGE_NAMES:
            pipeline.procs[stage].send_signal(signal.SIGTERM)
        for stage in contracts.STAGE_NAMES:
            code = pipeline.procs[stage].wait(timeout=45)
            assert code == 0, f"{stage} exited with {code} on SIGTERM:\n{pipeline.log_tail(stage)}"
        pipeline.start_all()
        pipeline.wait_complete(N)
        pipeline.verify_exactly_once(expected_ids(articles))
    finally:
        pipeline.stop_all()


def test_chaos_kills_a_redis_restart_and_a_store_outage_together(tmp_path, redis_server):
    import random

    articles = make_articles(400, seed=29)
    rng = random.Random(5)
    with local_postgres() as database:
        pipeline = Pipeline(tmp_path, redis_server.url, database.url)
        pipeline.start_all()
        try:
            pipeline.drop(articles[:200])
            under_way(pipeline, 30)
            for stage in rng.sample(contracts.STAGE_NAMES, 3):
                pipeline.signal(stage, signal.SIGKILL)
                pipeline.start(stage)
            database.stop()
            pipeline.drop(articles[200:])
            kill_and_restart_redis(redis_server, tmp_path / "redis.log")
            stage = rng.choice(contracts.STAGE_NAMES)
            before = store_retries(pipeline)
            pipeline.signal(stage, signal.SIGKILL)
            pipeline.start(stage)
            # the store stays down until persist, back with the new Redis, has met the outage
            wait_for(lambda: store_retries(pipeline) >= before + 3, timeout=90, what="persist retrying the store")
            database.start()
            pipeline.wait_complete(len(articles))
            pipeline.verify_exactly_once(expected_ids(articles))
        finally:
            pipeline.stop_all()
