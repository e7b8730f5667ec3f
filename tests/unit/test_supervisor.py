"""`wirestream up` hands every worker its configuration: real secrets, and database settings to persist only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import present
from wirestream.services.registry import PIPELINE
from wirestream.settings import Settings
from wirestream.supervisor import Supervisor


@pytest.fixture
def clean_env(monkeypatch):
    import os

    for key in [k for k in os.environ if k.startswith("WIRESTREAM_")]:
        monkeypatch.delenv(key)


def test_workers_get_the_redis_password_itself_not_its_mask(tmp_path: Path, clean_env, monkeypatch) -> None:
    monkeypatch.setenv("WIRESTREAM_REDIS_PASSWORD", "s3cret/with:odd@chars")
    settings = Settings(home=tmp_path, redis_url="redis://clean@127.0.0.1:6379/0", _env_file=None)
    supervisor = Supervisor(settings, PIPELINE, say=lambda _: None)
    supervisor.redis_url = present(settings.redis_url)
    env = supervisor.worker_env("clean")
    assert env["WIRESTREAM_REDIS_PASSWORD"] == "s3cret/with:odd@chars"
    assert "*****" not in "".join(env.values())
    # what the worker makes of it: the URL with the password, as the supervisor's own client has it
    for key in [k for k in env if k.startswith("WIRESTREAM_")]:
        monkeypatch.setenv(key, env[key])
    child = Settings(_env_file=None)
    assert child.resolved_redis_url == settings.resolved_redis_url
    assert "s3cret%2Fwith%3Aodd%40chars@127.0.0.1" in child.resolved_redis_url


def test_only_persist_sees_the_database_settings(tmp_path: Path, clean_env, monkeypatch) -> None:
    secret = tmp_path / "pg_password"
    secret.write_text("pg-secret\n")
    monkeypatch.setenv("WIRESTREAM_DATABASE_URL", "postgresql://wirestream@db:5432/wirestream")
    monkeypatch.setenv("WIRESTREAM_DATABASE_PASSWORD_FILE", str(secret))
    settings = Settings(home=tmp_path, _env_file=None)
    supervisor = Supervisor(settings, PIPELINE, say=lambda _: None)
    persist = supervisor.worker_env("persist")
    assert persist["WIRESTREAM_DATABASE_URL"] == "postgresql://wirestream@db:5432/wirestream"  # no password inside
    assert persist["WIRESTREAM_DATABASE_PASSWORD_FILE"] == str(secret)
    for stage in ("fetch", "clean", "date-parse", "entity-enrich"):
        assert not [k for k in supervisor.worker_env(stage) if k.startswith("WIRESTREAM_DATABASE")], stage
    assert settings.resolved_database_url == "postgresql://wirestream:pg-secret@db:5432/wirestream"


def test_a_named_secret_file_that_is_missing_or_empty_is_an_error(tmp_path: Path, clean_env) -> None:
    empty = tmp_path / "empty"
    empty.write_text("")
    with pytest.raises(RuntimeError, match="is empty"):
        _ = Settings(
            database_url="postgresql://u@h/d", database_password_file=empty, _env_file=None
        ).resolved_database_url
    with pytest.raises(RuntimeError, match="cannot read"):
        _ = Settings(redis_url="redis://u@h", redis_password_file=tmp_path / "nope", _env_file=None).resolved_redis_url


def test_cpu_bound_stages_share_the_cores_by_their_cost_io_stages_get_one() -> None:
    from wirestream.supervisor import replica_counts

    counts = replica_counts(PIPELINE, {}, cores=2, memory_mb=24 * 1024)
    assert counts == {
        "fetch": 1,
        "clean": 1,
        "date-parse": 1,
        "entity-enrich": 2,
        "persist": 1,
        "housekeeper": 1,
    }
    eight = replica_counts(PIPELINE, {}, cores=8, memory_mb=64 * 1024)
    assert (eight["clean"], eight["date-parse"], eight["entity-enrich"]) == (2, 1, 7)
    assert set(replica_counts(PIPELINE, {}, cores=1, memory_mb=24 * 1024).values()) == {1}


def test_replicas_are_bounded_by_memory_and_never_zero() -> None:
    from wirestream.supervisor import replica_counts

    many_cores = replica_counts(PIPELINE, {}, cores=64, memory_mb=24 * 1024)
    assert many_cores["entity-enrich"] == 8  # half of 24 GiB at 1.5 GB each, not 64 spaCy pipelines
    assert replica_counts(PIPELINE, {}, cores=8, memory_mb=1024)["entity-enrich"] == 1


def test_replicas_are_overridden_per_stage_by_the_environment() -> None:
    from wirestream.supervisor import replica_counts

    env = {"WIRESTREAM_REPLICAS_ENTITY_ENRICH": "3", "WIRESTREAM_REPLICAS_FETCH": "2"}
    counts = replica_counts(PIPELINE, env, cores=2, memory_mb=24 * 1024)
    assert (counts["entity-enrich"], counts["fetch"], counts["clean"]) == (3, 2, 1)
    for bad in ("0", "-1", "two"):
        with pytest.raises(SystemExit, match="WIRESTREAM_REPLICAS_CLEAN"):
            replica_counts(PIPELINE, {"WIRESTREAM_REPLICAS_CLEAN": bad}, cores=2, memory_mb=1024)


def test_each_replica_is_its_own_worker_with_its_own_log(tmp_path: Path, clean_env) -> None:
    settings = Settings(home=tmp_path, _env_file=None)
    supervisor = Supervisor(
        settings, PIPELINE, say=lambda _: None, replicas={"entity-enrich": 3, "clean": 1, "date-parse": 1}
    )
    enrich = [w for w in supervisor.workers if w.stage == "entity-enrich"]
    assert [w.log_path.name for w in enrich] == ["entity-enrich.log", "entity-enrich-2.log", "entity-enrich-3.log"]
    assert [w.stage for w in supervisor.workers].count("fetch") == 1
