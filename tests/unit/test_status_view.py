"""``wirestream status`` as plain text: one row per stage, whole values, then the store, memory, housekeeper."""

from __future__ import annotations

import io

from rich.console import Console

from wirestream.watch import status_view


def _report(share: float, housekeeper: bool) -> dict:
    inbox = "/a/long/path/to/the/folder/the/operator/watches/inbox"
    stages = [
        {"stage": "fetch", "input": inbox, "backlog": 3, "pending": 0, "oldest_pending_s": None, "consumers": None},
        {"stage": "entity-enrich", "input": "wirestream:dated", "backlog": 12, "pending": 4, "oldest_pending_s": 12.3,
         "consumers": 2},
    ]  # fmt: skip
    workers_of: list[list[dict]] = [[], [{}, {}]]
    for row, workers, dead in zip(stages, workers_of, (0, 7), strict=True):
        row |= {"workers": workers, "dead_letters": dead}
    return {
        "stages": stages,
        "stored": 5,
        "published": 4,
        "housekeeper": [{}] if housekeeper else [],
        "redis_memory": {"used_bytes": 2**21, "max_bytes": 2**28, "share": share, "policy": "noeviction",
                         "high_water": 0.8},
    }  # fmt: skip


def _text(report: dict) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=200, highlight=False).print(status_view(report))
    return out.getvalue().splitlines()


def test_each_stage_is_a_row_of_whole_values_under_its_header():
    lines = _text(_report(0.01, housekeeper=True))
    assert lines[0].split() == ["stage", "input", "backlog", "pending", "oldest", "consumers", "live", "dead"]
    assert lines[1].split() == ["fetch", "/a/long/path/to/the/folder/the/operator/watches/inbox", "3", "0", "-", "-",
                                "0", "0"]  # fmt: skip
    assert lines[2].split() == ["entity-enrich", "wirestream:dated", "12", "4", "12s", "2", "2", "7"]
    assert lines[3] == "stored articles: 5   published on wirestream:enriched: 4"
    assert lines[4] == "redis memory: 2.0 MB of 256 MB (1%, noeviction)"
    assert len(lines) == 5  # the housekeeper runs: nothing said of it


def test_memory_above_the_high_water_mark_and_a_missing_housekeeper_are_called_out():
    lines = _text(_report(0.9, housekeeper=False))
    assert lines[4].endswith("HIGH: fetch is waiting; writes may be refused")
    assert lines[5].startswith("housekeeper: not running")
