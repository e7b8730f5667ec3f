"""The watched inbox on a real file system: complete files only, each once, nothing silently dropped."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from services.ingest.fetch.inbox import PROCESSED, PROCESSING, QUARANTINE, Inbox
from tests.waiting import async_wait_for
from wirestream.contracts import FetchedArticle

pytestmark = pytest.mark.integration


class Collector:
    def __init__(self, fail_first: int = 0) -> None:
        self.articles: list[FetchedArticle] = []
        self.fail_first = fail_first

    async def __call__(self, article: FetchedArticle) -> None:
        if self.fail_first:
            self.fail_first -= 1
            raise ConnectionError("redis is down")
        self.articles.append(article)


async def run_inbox(inbox: Inbox):
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.watch(stop))
    await asyncio.sleep(0.2)  # the observer is running
    return stop, task


async def _count(collector: Collector, n: int):
    return len(collector.articles) >= n


async def test_files_present_and_arriving_are_ingested_and_filed(tmp_path, seed_paths):
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "present.txt").write_bytes(seed_paths[0].read_bytes())
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.2, rescan_seconds=60))
    (root / "arrived.txt").write_bytes(seed_paths[1].read_bytes())
    await async_wait_for(lambda: _count(got, 2), what="both files")
    stop.set()
    await task
    assert sorted(a.source.name for a in got.articles) == ["arrived.txt", "present.txt"]
    assert sorted(p.name for p in (root / PROCESSED).iterdir()) == ["arrived.txt", "present.txt"]
    assert [p.name for p in root.iterdir() if not p.name.startswith(".")] == []
    assert list((root / PROCESSING).iterdir()) == []


async def test_a_file_still_being_written_waits_until_complete(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=1.0, rescan_seconds=60))
    with open(root / "slow.txt", "w") as f:
        f.write("Kremlin says two drones were shot down overnight. ")
        f.flush()
        for _ in range(4):
            await asyncio.sleep(0.4)  # shorter than the settle time, so never complete meanwhile
            f.write("More of the article follows. ")
            f.flush()
        f.write("The end.")
    await async_wait_for(lambda: _count(got, 1), what="the complete file")
    stop.set()
    await task
    (article,) = got.articles
    assert article.content.endswith("The end.")


async def test_unreadable_files_are_quarantined_with_a_reason(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("not for the pipeline")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\xff\x00\xfe")
    (root / "link.txt").symlink_to(outside)
    (root / "folder").mkdir()
    (root / "big.txt").write_bytes(b"x" * 2048)
    (root / "good.txt").write_text("Two drones were shot down over the Kremlin, officials said.")
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60, max_file_bytes=1024))
    await async_wait_for(lambda: _count(got, 1), what="the good file")
    await async_wait_for(lambda: _quarantined(root, 5), what="5 quarantined")
    stop.set()
    await task
    reasons = {p.name.removesuffix(".reason.txt"): p.read_text() for p in (root / QUARANTINE).glob("*.reason.txt")}
    assert "the file is empty" in reasons["empty.txt"]
    assert "binary data" in reasons["binary.txt"]
    assert "symbolic links are not followed" in reasons["link.txt"]
    assert "a folder was dropped" in reasons["folder"]
    assert "over the limit" in reasons["big.txt"]
    assert outside.read_text() == "not for the pipeline"  # the link target was neither read nor moved


async def _quarantined(root: Path, n: int):
    return len(list((root / QUARANTINE).glob("*.reason.txt"))) >= n


async def test_two_watchers_on_one_inbox_take_each_file_once(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    a, b = Collector(), Collector()
    runs = [await run_inbox(Inbox(root, c, settle_seconds=0.1, rescan_seconds=60)) for c in (a, b)]
    for i in range(40):
        (root / f"article-{i:02}.txt").write_text(f"Article number {i} about the drone attack on the Kremlin.")

    async def all_in():
        return len(a.articles) + len(b.articles) >= 40

    await async_wait_for(all_in, what="40 files")
    await asyncio.sleep(0.5)
    for stop, task in runs:
        stop.set()
        await task
    names = [x.source.name for x in a.articles + b.articles]
    assert len(names) == len(set(names)) == 40


async def test_a_failed_publish_leaves_the_claim_and_a_restart_retakes_it(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text("Drones were shot down over the Kremlin.")
    failing = Collector(fail_first=100)
    stop, task = await run_inbox(Inbox(root, failing, settle_seconds=0.1, rescan_seconds=60))

    async def claimed():
        return len(list((root / PROCESSING).iterdir())) == 1

    await async_wait_for(claimed, what="a claim")
    await asyncio.sleep(0.3)
    stop.set()
    await task
    assert failing.articles == []
    # a restarted worker takes over the abandoned claim once it is stale
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60, stale_claim_seconds=0))
    await async_wait_for(lambda: _count(got, 1), what="the retaken file")
    stop.set()
    await task
    assert [p.name for p in (root / PROCESSED).iterdir()] == ["a.txt"]
    assert os.listdir(root / PROCESSING) == []


async def test_in_progress_names_are_left_alone(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60))
    (root / "download.txt.part").write_text("Drones were shot down over the Kremlin.")
    (root / ".hidden.txt").write_text("Drones were shot down over the Kremlin.")
    await asyncio.sleep(0.8)
    assert got.articles == []
    os.rename(root / "download.txt.part", root / "download.txt")  # the download completed
    await async_wait_for(lambda: _count(got, 1), what="the renamed file")
    stop.set()
    await task
    assert (root / ".hidden.txt").exists()


async def test_a_publish_that_fails_is_retried_without_waiting_for_a_restart(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text("Drones were shot down over the Kremlin.")
    got = Collector(fail_first=3)  # e.g. Redis restarting
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60))
    await async_wait_for(lambda: _count(got, 1), timeout=20, what="the retried publish")
    stop.set()
    await task
    assert [p.name for p in (root / PROCESSED).iterdir()] == ["a.txt"]


async def test_names_with_newlines_and_bytes_that_are_not_utf8(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    raw_name = b"bad\xffname\nwith newline.txt"
    with open(os.path.join(os.fsencode(root), raw_name), "wb") as f:
        f.write(b"Two drones were shot down over the Kremlin, officials said.")
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60))
    await async_wait_for(lambda: _count(got, 1), what="the oddly named file")
    stop.set()
    await task
    (article,) = got.articles
    assert article.source.name == "bad\ufffdname\nwith newline.txt"
    assert article.source.uri.endswith("bad%FFname%0Awith%20newline.txt")
    article.model_dump_json()  # serialisable as it is published
    assert os.listdir(os.fsencode(root / PROCESSED)) == [raw_name]
