"""The metrics port scheme, the inbox count and the live view's rates (no server needed)."""

from __future__ import annotations

from pathlib import Path

from wirestream import metrics
from wirestream.services.ingest.fetch.inbox_metrics import InboxCollector
from wirestream.services.registry import PIPELINE
from wirestream.settings import Settings
from wirestream.supervisor import Supervisor
from wirestream.watch import rates


def test_each_process_of_up_gets_its_own_port_and_zero_turns_them_all_off(tmp_path):
    WORKERS = PIPELINE.processes
    ports = [metrics.process_port(None, i) for i in range(len(WORKERS))]
    assert ports == list(range(metrics.DEFAULT_BASE_PORT, metrics.DEFAULT_BASE_PORT + len(WORKERS)))
    replicas = {metrics.process_port(9000, i, r) for i in range(len(WORKERS)) for r in range(3)}
    assert len(replicas) == 3 * len(WORKERS)  # no two processes share a port
    assert metrics.process_port(0, 3, 1) == 0

    supervisor = Supervisor(Settings(home=tmp_path, redis_url="redis://x", metrics_port=9100), PIPELINE)
    assert supervisor.worker_env("clean")["WIRESTREAM_METRICS_PORT"] == str(9100 + WORKERS.index("clean"))
    off = Supervisor(Settings(home=tmp_path, redis_url="redis://x", metrics_port=0), PIPELINE)
    assert off.worker_env("persist")["WIRESTREAM_METRICS_PORT"] == "0"


def test_metrics_are_off_unless_a_port_is_set(monkeypatch):
    monkeypatch.delenv("WIRESTREAM_METRICS_PORT", raising=False)
    assert Settings(_env_file=None).metrics_port is None
    assert metrics.serve(None) is False and metrics.serve(0) is False


def test_the_inbox_collector_counts_waiting_in_hand_and_quarantined_files(tmp_path: Path):
    for name in ("a.txt", "b.html", ".hidden", "c.txt.part"):
        (tmp_path / name).write_text("x")
    (tmp_path / "folder").mkdir()  # not a file: not an article waiting
    (tmp_path / ".processing").mkdir()
    (tmp_path / ".processing" / "tok~d.txt").write_text("x")
    (tmp_path / ".quarantine").mkdir()
    for name in ("e.json", "e.json.reason.txt", "f.txt", "f.txt.reason.txt"):
        (tmp_path / ".quarantine" / name).write_text("x")
    collector = InboxCollector(tmp_path, {"processing": ".processing", "quarantined": ".quarantine"})
    (family,) = collector.collect()
    counted = {s.labels["state"]: s.value for s in family.samples}
    assert counted == {"waiting": 3, "processing": 1, "quarantined": 2}
    missing = InboxCollector(tmp_path / "nowhere", {"quarantined": ".quarantine"})
    assert {s.labels["state"]: s.value for s in next(iter(missing.collect())).samples} == {
        "waiting": 0,
        "quarantined": 0,
    }


def test_rates_are_entries_per_second_between_two_counts_and_unknown_when_a_count_goes_back():
    before: dict[str, int | None] = {"clean": 10, "persist": 5, "fetch": None, "date-parse": 8}
    after: dict[str, int | None] = {"clean": 30, "persist": 5, "fetch": 12, "date-parse": 2}
    assert rates(before, after, 4.0) == {"clean": 5.0, "persist": 0.0, "fetch": None, "date-parse": None}
    assert rates(before, after, 0.0)["clean"] is None
