"""``status --watch`` and the progress bars, on a real server."""

from __future__ import annotations

import json

import pytest
import redis
from typer.testing import CliRunner

from wirestream import contracts
from wirestream.cli import app
from wirestream.services.registry import PIPELINE
from wirestream.watch import completed

pytestmark = pytest.mark.integration


@pytest.fixture
def env(redis_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WIRESTREAM_REDIS_URL", redis_url)
    monkeypatch.setenv("WIRESTREAM_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("WIRESTREAM_INBOX", str(tmp_path / "inbox"))
    return redis.Redis.from_url(redis_url)


def test_finished_entries_are_counted_from_the_groups_and_fetch_from_what_it_appended(env):
    client = env
    for n in range(5):
        client.xadd(contracts.FETCHED, {"n": n})
    client.xgroup_create(contracts.FETCHED, "clean", id="0")
    read = client.xreadgroup("clean", "c1", {contracts.FETCHED: ">"}, count=3)
    client.xack(contracts.FETCHED, "clean", read[0][1][0][0], read[0][1][1][0])  # 3 read, 2 acknowledged
    client.xtrim(contracts.FETCHED, maxlen=1)  # trimming forgets entries, not what was added
    done = completed(client)
    assert done["fetch"] == 5 and done["clean"] == 2
    assert done["date-parse"] == 0  # no stream yet


def test_watch_shows_every_stage_and_refuses_json(env):
    runner = CliRunner()
    result = runner.invoke(app, ["status", "--watch", "--interval", "0.1", "--refreshes", "2"], obj=PIPELINE)
    assert result.exit_code == 0, result.output
    for spec in contracts.STAGES:
        assert spec.stage in result.output
    assert "per s" in result.output and "redis memory" in result.output
    refused = runner.invoke(app, ["status", "--watch", "--json"], obj=PIPELINE)
    assert refused.exit_code == 2
    plain = json.loads(runner.invoke(app, ["status", "--json"], obj=PIPELINE).output)  # unchanged by the live view
    assert [row["stage"] for row in plain["stages"]] == list(contracts.STAGE_NAMES)


def test_long_commands_print_no_progress_bar_on_a_pipe(env, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(f"Title {n}\n\nThe council met on Monday to discuss item {n}.")
    result = CliRunner().invoke(app, ["ingest", str(folder)], obj=PIPELINE)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3 and all(line.startswith("published  ") for line in lines)
    exported = CliRunner().invoke(app, ["export"], obj=PIPELINE)
    assert exported.exit_code == 0 and exported.output == ""  # nothing stored: no bar, no stray bytes


def test_on_a_terminal_ingest_of_a_folder_shows_a_progress_bar(env, redis_url, tmp_path):
    """The same command as above, its output a pseudo-terminal: the bar is drawn on it (then cleared)."""
    import os
    import pty
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(f"Title {n}\n\nThe council met on Monday to discuss item {n}.")
    controller, terminal = pty.openpty()
    child_env = os.environ | {"TERM": "xterm", "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "wirestream", "ingest", str(folder)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=child_env,
        cwd=Path(__file__).resolve().parents[2],
    )
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=60) == 0, seen.decode(errors="replace")
    os.close(controller)
    text = seen.decode(errors="replace")
    assert "ingest" in text and "3/3" in text  # the bar: its label and done/total
    assert text.count("published  ") == 3
