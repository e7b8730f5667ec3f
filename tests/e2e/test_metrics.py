"""End to end: every worker process serves Prometheus metrics, and they move while articles flow."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.test_pipeline import enriched
from tests.factories import present
from tests.waiting import wait_for
from wirestream import contracts
from wirestream.embedded import free_port

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = (*contracts.STAGE_NAMES, "housekeeper")
GROUPS = [(s.input, s.group) for s in contracts.STAGES if s.input and s.group]


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(port: int) -> Samples:
    """Every sample of one endpoint: (name, sorted labels) -> value."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


def scrape_or_none(port: int) -> Samples | None:
    try:
        return scrape(port)
    except OSError:
        return None


@pytest.fixture
def running(redis_url: str, tmp_path: Path):
    """The five workers and the housekeeper, each a process serving metrics on its own port."""
    (tmp_path / "inbox").mkdir()
    logs = tmp_path / "logs"
    logs.mkdir()
    env = {
        **os.environ,
        "WIRESTREAM_REDIS_URL": redis_url,
        "WIRESTREAM_DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "WIRESTREAM_HOME": str(tmp_path / "home"),
        "WIRESTREAM_INBOX": str(tmp_path / "inbox"),
        "WIRESTREAM_SETTLE_SECONDS": "0.2",
        "WIRESTREAM_LOG_FORMAT": "json",
        "WIRESTREAM_ENTITY_LANGUAGES": "",  # the seeds are English; no French/Russian model (~3-4 s of CPU)
    }
    ports = {name: free_port() for name in PROCESSES}
    procs = {}
    for name in PROCESSES:
        with open(logs / f"{name}.log", "wb") as log:
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "wirestream", "worker", name],
                env=env | {"WIRESTREAM_METRICS_PORT": str(ports[name])},
                cwd=ROOT,
                stdout=log,
                stderr=log,
            )
    try:
        for name in PROCESSES:
            wait_for(functools.partial(scrape_or_none, ports[name]), timeout=90, what=f"{name} serving metrics")
        yield tmp_path / "inbox", ports
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for name, p in procs.items():
            try:
                assert p.wait(timeout=30) == 0, f"{name}: {(logs / f'{name}.log').read_text()[-2000:]}"
            except subprocess.TimeoutExpired:
                p.kill()
                raise


def test_each_worker_serves_counters_that_move_while_articles_flow(running, redis_url, seed_paths):
    inbox, ports = running
    before = {name: scrape(ports[name]) for name in contracts.STAGE_NAMES}
    for name in contracts.STAGE_NAMES:  # nothing has flowed yet: each counter is there, at zero
        assert value(before[name], "wirestream_entries_processed_total", stage=name) == 0

    for seed in seed_paths:
        shutil.copyfile(seed, inbox / seed.name)
    (inbox / "broken.json").write_text('{"title": "no body"')
    wait_for(lambda: len(enriched(redis_url)) >= 2, timeout=120, what="both seeds published")

    for name in contracts.STAGE_NAMES:
        samples = wait_for(
            functools.partial(_counted, ports[name], name, 2), timeout=30, what=f"{name} counting both articles"
        )
        assert value(samples, "wirestream_entries_processed_total", stage=name) == 2
        assert present(value(samples, "wirestream_processing_seconds_count", stage=name)) >= 2
        assert present(value(samples, "wirestream_processing_seconds_sum", stage=name)) > 0
        info = [labels for (n, labels) in samples if n == "wirestream_info"]
        assert len(info) == 1 and dict(info[0])["stage"] == name and dict(info[0])["version"] == _version()
        if name == "entity-enrich":
            assert dict(info[0])["spacy_model"] and "tools" in dict(info[0])
        if name != "fetch":
            spec = contracts.stage_streams(name)
            assert spec.input and spec.group
            assert value(samples, "wirestream_group_pending", stream=spec.input, group=spec.group) is not None
        assert present(value(samples, "process_resident_memory_bytes")) > 0

    fetch = scrape(ports["fetch"])
    assert value(fetch, "wirestream_entries_failed_total", stage="fetch", reason="unreadable") == 1
    wait_for(
        lambda: value(scrape(ports["fetch"]), "wirestream_inbox_files", state="quarantined") == 1,
        timeout=30,
        what="the broken file counted as quarantined",
    )
    assert value(fetch, "wirestream_inbox_files", state="waiting") == 0

    # the housekeeper reports every group's backlog and pending (its Redis user may run XINFO GROUPS)
    def drained() -> Samples | None:
        samples = scrape(ports["housekeeper"])
        for stream, group in GROUPS:
            if value(samples, "wirestream_group_backlog", stream=stream, group=group) != 0:
                return None
            if value(samples, "wirestream_group_pending", stream=stream, group=group) != 0:
                return None
        return samples

    house = wait_for(drained, timeout=60, what="the housekeeper reporting every group drained")
    assert value(house, "wirestream_dead_letters") == 0
    assert present(value(house, "wirestream_redis_memory_bytes", kind="used")) > 0


def _counted(port: int, stage: str, at_least: int) -> Samples | None:
    """The samples of ``port`` once ``stage`` has counted ``at_least`` entries processed."""
    samples = scrape(port)
    return samples if (value(samples, "wirestream_entries_processed_total", stage=stage) or 0) >= at_least else None


def _version() -> str:
    from wirestream import __version__

    return __version__
