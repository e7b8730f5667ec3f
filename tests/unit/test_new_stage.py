"""A stage added in the registry alone is whole to the kernel: it learns the stage from the ``Pipeline``.

Each test hands the kernel the registry's pipeline with one more stage, ``translate``, which no kernel
module names: its replicas share the cores by its cost, the housekeeper drops its old worker registrations,
``status`` and ``health`` read its heartbeats.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import time

import fakeredis
import pytest
import structlog

from wirestream import contracts, health
from wirestream.cli import app, main
from wirestream.housekeeping import REGISTRY_MAX_AGE_SECONDS, sweep
from wirestream.services.registry import PIPELINE
from wirestream.settings import Settings
from wirestream.stages import CpuBound, Pipeline, Stage
from wirestream.supervisor import replica_counts

STREAMS = contracts.StageStreams(stage="translate", input="wirestream:x", output="wirestream:y", group="translate")


def with_translate(cpu: CpuBound | None = None) -> Pipeline:
    extra = Stage(STREAMS, contracts.CleanedArticle, contracts.CleanedArticle, worker=lambda: None, cpu=cpu)  # type: ignore[arg-type,return-value]
    return dataclasses.replace(PIPELINE, stages=(*PIPELINE.stages, extra))


def test_a_new_cpu_bound_stage_gets_its_share_of_the_cores_by_its_cost():
    """translate costs as much as every other CPU-bound stage together: half of 8 cores."""
    cost = sum(s.cpu.cost_ms for s in PIPELINE.stages if s.cpu)
    counts = replica_counts(with_translate(CpuBound(memory_mb=100, cost_ms=cost)), {}, cores=8, memory_mb=64 * 1024)
    assert counts["translate"] == 4
    assert counts["entity-enrich"] < replica_counts(PIPELINE, {}, cores=8, memory_mb=64 * 1024)["entity-enrich"]
    assert replica_counts(with_translate(), {}, cores=8, memory_mb=64 * 1024)["translate"] == 1  # waits on I/O


def test_the_housekeeper_drops_a_new_stages_old_registrations_and_health_reads_its_beats():
    server = fakeredis.FakeServer()
    client, async_client = fakeredis.FakeRedis(server=server), fakeredis.FakeAsyncRedis(server=server)
    old, now = time.time() - REGISTRY_MAX_AGE_SECONDS - 60, time.time()
    client.zadd(health.registry("translate"), {"translate-gone": old, "translate-here": now})
    client.set(health.key("translate", "translate-here"), '{"stage": "translate", "consumer": "translate-here"}')
    pipeline = with_translate()
    settings = Settings(_env_file=None)

    done = asyncio.run(sweep(async_client, settings, structlog.get_logger(), pipeline))
    assert done["registrations_dropped"] == 1
    assert client.zrange(health.registry("translate"), 0, -1) == [b"translate-here"]
    assert [b["consumer"] for b in health.live_workers(client, pipeline.processes)] == ["translate-here"]


def test_the_commands_help_and_ups_inbox_line_come_from_the_stages(monkeypatch, capsys):
    assert PIPELINE.inbox_suffixes() == (".txt", ".md", ".html", ".json")  # fetch's formats, one suffix each
    assert with_translate().inbox_suffixes() == PIPELINE.inbox_suffixes()
    monkeypatch.setattr(app.info, "help", app.info.help)  # main() sets it: put it back afterwards
    monkeypatch.setattr(sys, "argv", ["wirestream", "--help"])
    monkeypatch.setenv("COLUMNS", "300")
    with pytest.raises(SystemExit):
        main(with_translate())
    assert "inbox -> fetch -> clean -> date-parse -> entity-enrich -> persist -> translate -> wirestream:y" in (
        capsys.readouterr().out
    )


def test_the_acl_command_lists_a_new_stages_user_and_its_password_variable(monkeypatch, capsys):
    monkeypatch.setattr(app.info, "help", app.info.help)
    monkeypatch.setattr(sys, "argv", ["wirestream", "acl", "--users"])
    with pytest.raises(SystemExit) as done:
        main(with_translate())
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "default\tWIRESTREAM_ACL_DEFAULT_PASSWORD"
    assert "translate\tWIRESTREAM_ACL_TRANSLATE_PASSWORD" in lines
    assert "entity-enrich\tWIRESTREAM_ACL_ENTITY_ENRICH_PASSWORD" in lines and lines[-1].startswith("subscriber\t")
