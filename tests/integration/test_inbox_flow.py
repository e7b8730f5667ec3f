"""The inbox without a settle wait when the writer says it is done, and with back-pressure from the pipeline.

Speed is for ``make bench``: these tests assert by the order of events and by state, never by
timing. The settle time is set far beyond any test's deadline, so a file that arrives at all
arrived because its writer said it was done.
"""

from __future__ import annotations

import asyncio
import os
import shutil

import pytest
import redis.asyncio as aioredis

from tests.factories import present
from tests.integration.test_inbox import Collector, _count, _leases_work, run_inbox
from tests.waiting import async_wait_for
from wirestream import contracts, replies
from wirestream.backpressure import BacklogGate, pipeline_backlog
from wirestream.logging import get_logger
from wirestream.services.ingest.fetch.inbox import PROCESSED, QUARANTINE, Inbox

pytestmark = pytest.mark.integration
FOREVER = 3600.0  # no file settles during a test


def _inbox_names(root) -> list[str]:
    return sorted(p for p in os.listdir(root) if not p.startswith("."))


async def test_a_file_closed_after_writing_is_read_without_the_settle_wait(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=FOREVER, rescan_seconds=FOREVER))
    with open(root / "open.txt", "w") as held:  # written, not closed: the writer has not said it is done
        held.write("A writer that has not finished: two drones were shot down over the Kremlin.")
        held.flush()
        (root / "closed.txt").write_text("Kremlin says two drones were shot down overnight. The end.")
        await async_wait_for(lambda: _count(got, 1), what="the closed file")
        # the open file's notices came first and it is still waiting: only the close made the other one ready
        assert [a.source.name for a in got.articles] == ["closed.txt"]
        assert _inbox_names(root) == ["open.txt"]
        held.write(" The end.")
    await async_wait_for(lambda: _count(got, 2), what="the file once closed")
    stop.set()
    await task
    assert got.articles[1].source.name == "open.txt" and got.articles[1].content.endswith("The end.")
    assert sorted(os.listdir(root / PROCESSED)) == ["closed.txt", "open.txt"]


async def test_a_file_renamed_into_the_inbox_is_read_without_the_settle_wait(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=FOREVER, rescan_seconds=FOREVER))
    with open(root / "part.txt.part", "w") as f:  # the .part protocol: renamed while the writer still holds it
        f.write("Written under a .part name and renamed when complete. The end.")
    os.rename(root / "part.txt.part", root / "part.txt")
    (outside / "moved.txt").write_text("Written elsewhere on this file system, then moved in. The end.")
    os.rename(outside / "moved.txt", root / "moved.txt")
    await async_wait_for(lambda: _count(got, 2), what="both renamed files")
    stop.set()
    await task
    assert sorted(a.source.name for a in got.articles) == ["moved.txt", "part.txt"]


async def test_a_file_put_back_to_settle_is_not_retried_at_once(tmp_path):
    """Renamed in while its writer still holds it open: claimed at once, found open, put back, and then it
    settles like any other file instead of bouncing between the inbox and its claim."""
    root = tmp_path / "inbox"
    root.mkdir()
    if not _leases_work(root):
        pytest.skip("this file system cannot tell whether a file is open for writing (no leases)")
    got = Collector()
    inbox = Inbox(root, got, settle_seconds=FOREVER, rescan_seconds=FOREVER)
    stop, task = await run_inbox(inbox)
    with open(root / "held.txt.part", "w") as held:
        held.write("Renamed before its writer closed it.")
        held.flush()
        os.rename(root / "held.txt.part", root / "held.txt")

        async def put_back():
            return bool(inbox._put_backs) and _inbox_names(root) == ["held.txt"]

        await async_wait_for(put_back, what="the held file put back")
        (root / "after.txt").write_text("Dropped after the put-back, and closed. The end.")
        await async_wait_for(lambda: _count(got, 1), what="the later file")
        # the put-back's notice came before the later file's: had it been taken as ready, it would have been
        # claimed (and put back) again first
        assert list(inbox._put_backs.values()) == [1]
        assert _inbox_names(root) == ["held.txt"] and not os.listdir(root / QUARANTINE)
    stop.set()
    await task
    assert [a.source.name for a in got.articles] == ["after.txt"]


class Gate:
    """A gate the test opens and closes; counts the questions."""

    def __init__(self) -> None:
        self.open = False
        self.asked = 0

    async def __call__(self) -> bool:
        self.asked += 1
        return self.open


async def test_a_closed_gate_keeps_files_in_the_inbox_and_the_watcher_holds_a_bounded_number(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    gate = Gate()
    # names noted beyond the bound are found again by a sweep, without a writer's notice: they settle
    inbox = Inbox(root, got, settle_seconds=0.5, rescan_seconds=FOREVER, gate=gate, max_waiting=5)
    stop, task = await run_inbox(inbox)
    most = 0
    for i in range(30):
        (root / f"a-{i:02}.txt").write_text(f"Article {i} about the drones over the Kremlin. The end.")
        await asyncio.sleep(0)
        most = max(most, len(inbox.waiting))

    async def held():
        nonlocal most
        most = max(most, len(inbox.waiting))
        return inbox.paused and gate.asked >= 2

    await async_wait_for(held, what="the watcher paused at the gate")
    assert got.articles == [] and len(_inbox_names(root)) == 30
    assert most <= 5 and len(inbox.waiting) <= 5
    gate.open = True
    await async_wait_for(lambda: _count(got, 30), what="all 30 once the gate opened")  # the rest found by a sweep
    stop.set()
    await task
    assert len(os.listdir(root / PROCESSED)) == 30 and _inbox_names(root) == []


async def test_back_pressure_holds_files_above_the_backlog_bound_and_releases_them_below(redis_url, tmp_path):
    """The fetch worker's gate on a real server: the stages' backlog (unread + pending) is what stops it."""
    root = tmp_path / "inbox"
    root.mkdir()
    client = aioredis.from_url(redis_url)
    for spec in contracts.STAGES:
        if spec.input:
            await client.xgroup_create(spec.input, present(spec.group), id="0", mkstream=True)

    async def publish(article) -> None:
        await client.xadd(contracts.FETCHED, {"data": article.model_dump_json()})

    bound = 8
    gate = BacklogGate(client, bound, get_logger("test"), refresh_seconds=0.05)
    inbox = Inbox(root, publish, settle_seconds=FOREVER, rescan_seconds=FOREVER, gate=gate)
    stop, task = await run_inbox(inbox)
    for i in range(20):
        (root / f"b-{i:02}.txt").write_text(f"Article {i} about the drones over the Kremlin. The end.")

    async def paused():
        return inbox.paused

    await async_wait_for(paused, what="fetch paused at the bound")
    assert await client.xlen(contracts.FETCHED) == bound == await pipeline_backlog(client)
    assert len(_inbox_names(root)) == 20 - bound  # the rest wait as files, not as entries
    # clean reads four (pending: still backlog) and acknowledges two: room for two more files
    ((_, entries),) = replies.xread(await client.xreadgroup("clean", "c1", {contracts.FETCHED: ">"}, count=4))
    await client.xack(contracts.FETCHED, "clean", *[e for e, _ in entries[:2]])
    await async_wait_for(lambda: _xlen(client, bound + 2), what="two more files let through")

    async def paused_again():
        return inbox.paused and await pipeline_backlog(client) == bound

    await async_wait_for(paused_again, what="paused again at the bound")
    assert len(_inbox_names(root)) == 20 - bound - 2
    # the stage drains everything: the rest flows
    while names := _inbox_names(root):
        reply = await client.xreadgroup("clean", "c1", {contracts.FETCHED: ">"}, count=100, block=100)
        for _, entries in replies.xread(reply):
            await client.xack(contracts.FETCHED, "clean", *[e for e, _ in entries])
        pending = await client.xpending_range(contracts.FETCHED, "clean", "-", "+", 100)
        if pending:
            await client.xack(contracts.FETCHED, "clean", *[p["message_id"] for p in pending])
        assert len(names) <= 20
    await async_wait_for(lambda: _xlen(client, 20), what="all 20 published")
    stop.set()
    await task
    await client.aclose()
    shutil.rmtree(root)


async def _xlen(client, n):
    return await client.xlen(contracts.FETCHED) == n


async def test_ingest_waits_while_the_backlog_is_at_its_bound(redis_url, tmp_path, caplog, monkeypatch):
    """``wirestream ingest`` of a folder keeps to WIRESTREAM_MAX_BACKLOG as the watcher does."""
    import logging

    from wirestream.services.ingest.fetch import ingest
    from wirestream.settings import Settings

    monkeypatch.setattr(ingest, "GATE_POLL_SECONDS", 0.05)
    caplog.set_level(logging.INFO, logger="wirestream.ingest")
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(12):
        (folder / f"i-{i:02}.txt").write_text(f"Article {i} about the drones over the Kremlin. The end.")
    client = aioredis.from_url(redis_url)
    for spec in contracts.STAGES:
        if spec.input:
            await client.xgroup_create(spec.input, present(spec.group), id="0", mkstream=True)
    bound = 5
    task = asyncio.create_task(
        ingest.ingest_paths(redis_url, [folder], Settings(redis_url=redis_url, max_backlog=bound, _env_file=None))
    )

    async def paused():
        return any("paused" in r.getMessage() for r in caplog.records)

    await async_wait_for(paused, what="ingest paused at the bound")
    assert await client.xlen(contracts.FETCHED) == bound == await pipeline_backlog(client)
    assert not task.done()
    while not task.done():  # clean drains what is published: the rest follows
        reply = await client.xreadgroup("clean", "c1", {contracts.FETCHED: ">"}, count=100, block=100)
        for _, entries in replies.xread(reply):
            await client.xack(contracts.FETCHED, "clean", *[e for e, _ in entries])
    report = await task
    assert len(report.published) == 12 and not report.failed
    assert await client.xlen(contracts.FETCHED) == 12
    await client.aclose()
