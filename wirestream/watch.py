"""``wirestream status``: the status as a table; with ``--watch``, a live one with each stage's rate.

A stage's rate is how many entries it finished per second between two refreshes:
the entries its group has read minus those still pending (``XINFO GROUPS``
``entries-read`` and ``pending``; acknowledged = done, whatever the outcome,
a dead letter included). fetch has no group: its rate is what was appended to
``wirestream:fetched`` (``XINFO STREAM`` ``entries-added``; ``wirestream ingest``
counts there too). Where the server does not give those figures, the rate comes
from the workers' heartbeats (updated every few seconds, so it moves in steps).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich.console import Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from wirestream import contracts, replies


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def completed(client: Any) -> dict[str, int | None]:
    """Per stage, a count of entries it has finished that only ever grows (``None``: unknown)."""
    done: dict[str, int | None] = {}
    for spec in contracts.STAGES:
        if spec.input and spec.group:
            stream, group = spec.input, spec.group
            rows = client.xinfo_groups(stream) if client.exists(stream) else []
            row = next((r for r in rows if replies.text(r["name"]) == group), None)
            read = _int(row.get("entries-read")) if row else 0
            done[spec.stage] = None if row and read is None else (read or 0) - (row["pending"] if row else 0)
        else:
            stream = spec.output
            done[spec.stage] = _int(client.xinfo_stream(stream).get("entries-added")) if client.exists(stream) else 0
    return done


def from_heartbeats(report: dict[str, Any]) -> dict[str, int]:
    """Per stage, what its live workers say they processed (only while the same workers live)."""
    return {row["stage"]: sum(w["processed"] for w in row["workers"]) for row in report["stages"]}


def rates(before: dict[str, int | None], after: dict[str, int | None], seconds: float) -> dict[str, float | None]:
    """Entries per second per stage between two counts; ``None`` where a count is unknown or went
    back (a stream deleted and made again, a worker restarted)."""
    out: dict[str, float | None] = {}
    for stage, now in after.items():
        then = before.get(stage)
        if now is None or then is None or now < then or seconds <= 0:
            out[stage] = None
        else:
            out[stage] = (now - then) / seconds
    return out


def render(
    report: dict[str, Any],
    done: dict[str, int | None],
    per_second: dict[str, float | None],
    every: float,
    at: float,
) -> Group:
    """The live view: one row per stage (``done``: what it has finished so far, see :func:`completed`),
    then the store, Redis memory and the housekeeper."""
    table = Table(title=f"wirestream  {time.strftime('%H:%M:%S', time.localtime(at))}  (every {every:g} s)")
    for column, justify in (
        ("stage", "left"),
        ("backlog", "right"),
        ("pending", "right"),
        ("oldest", "right"),
        ("workers", "right"),
        ("done", "right"),
        ("per s", "right"),
        ("dead", "right"),
    ):
        table.add_column(column, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for row in report["stages"]:
        rate = per_second.get(row["stage"])
        oldest = "-" if row["oldest_pending_s"] is None else f"{row['oldest_pending_s']:.0f}s"
        finished = done.get(row["stage"])
        table.add_row(
            row["stage"],
            str(row["backlog"]),
            str(row["pending"]),
            oldest,
            str(len(row["workers"])),
            "?" if finished is None else str(finished),
            "…" if rate is None else f"{rate:.1f}",
            Text(str(row["dead_letters"]), style="bold red" if row["dead_letters"] else ""),
        )
    return Group(table, *footer(report))


def footer(report: dict[str, Any]) -> list[Text]:
    """Below the stages: the store, Redis memory, the housekeeper."""
    lines = [Text(f"stored articles: {report['stored']}   published on {contracts.ENRICHED}: {report['published']}")]
    memory = report["redis_memory"]
    used_mb = memory["used_bytes"] / 2**20
    if memory["max_bytes"]:
        share = memory["share"]
        line = (
            f"redis memory: {used_mb:.1f} MB of {memory['max_bytes'] / 2**20:.0f} MB ({share:.0%}, {memory['policy']})"
        )
        if share >= memory["high_water"]:
            lines.append(Text(line + "  HIGH: fetch is waiting; writes may be refused", style="bold red"))
        else:
            lines.append(Text(line))
    else:
        lines.append(
            Text(f"redis memory: {used_mb:.1f} MB, no limit (maxmemory 0): set one, or Redis can exhaust the host")
        )
    if not report["housekeeper"]:
        lines.append(
            Text("housekeeper: not running (streams are not trimmed: `wirestream worker housekeeper`)", style="yellow")
        )
    return lines


def status_view(report: dict[str, Any]) -> Group:
    """``wirestream status``: one row per stage (its input, backlog, pending, oldest pending entry's age,
    consumers in its group, live workers, dead letters), then the footer."""
    table = Table(box=None, pad_edge=False)  # plain columns: read by people and by scripts alike
    table.add_column("stage", no_wrap=True)
    table.add_column("input", no_wrap=True)
    for column in ("backlog", "pending", "oldest", "consumers", "live", "dead"):
        table.add_column(column, justify="right", no_wrap=True)
    for row in report["stages"]:
        table.add_row(
            row["stage"],
            row["input"],
            str(row["backlog"]),
            str(row["pending"]),
            "-" if row["oldest_pending_s"] is None else f"{row['oldest_pending_s']:.0f}s",
            "-" if row["consumers"] is None else str(row["consumers"]),
            str(len(row["workers"])),
            Text(str(row["dead_letters"]), style="bold red" if row["dead_letters"] else ""),
        )
    return Group(table, *footer(report))


def watch(
    collect: Callable[[], dict[str, Any]],
    count: Callable[[], dict[str, int | None]],
    interval: float,
    refreshes: int | None = None,
    console: Any = None,
) -> None:
    """Refresh every ``interval`` seconds until Ctrl-C (or ``refreshes`` times)."""
    previous: tuple[float, dict[str, int | None], dict[str, int]] | None = None
    n = 0
    with Live(console=console, auto_refresh=False) as live:
        try:
            while refreshes is None or n < refreshes:
                started = time.monotonic()
                counts, report = count(), collect()
                beats = from_heartbeats(report)
                per_second: dict[str, float | None] = {}
                if previous is not None:
                    then, before, beats_before = previous
                    seconds = started - then
                    per_second = rates(before, counts, seconds)
                    fallback = rates(beats_before, beats, seconds)  # type: ignore[arg-type]
                    per_second = {s: r if r is not None else fallback.get(s) for s, r in per_second.items()}
                previous = (started, counts, beats)
                live.update(render(report, counts, per_second, interval, time.time()), refresh=True)
                n += 1
                if refreshes is None or n < refreshes:
                    time.sleep(max(0.0, interval - (time.monotonic() - started)))
        except KeyboardInterrupt:
            pass
