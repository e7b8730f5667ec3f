"""The watched inbox on a real file system: complete files only, each once, nothing silently dropped."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from tests.factories import present
from tests.waiting import async_wait_for
from wirestream.contracts import FetchedArticle
from wirestream.services.ingest.fetch.inbox import _SEP, PROCESSED, PROCESSING, QUARANTINE, Inbox, InboxError

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


class SweepCounter:
    """Counts the inbox's sweeps (its periodic ``verify``) from now on."""

    def __init__(self, inbox: Inbox) -> None:
        self.n = 0
        real = inbox.verify

        def counting() -> None:
            self.n += 1
            real()

        inbox.verify = counting  # type: ignore[method-assign]

    async def reached(self, n: int) -> bool:
        return self.n >= n


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


# --- special files, planted links, long names, collisions, writers that pause ------------------


def _reasons(root: Path) -> dict[str, str]:
    return {p.name.removesuffix(".reason.txt"): p.read_text() for p in (root / QUARANTINE).glob("*.reason.txt")}


async def test_fifos_sockets_and_hard_links_never_block_the_watcher(tmp_path):
    """Dropped together with an article, and a FIFO left in .processing by a worker that died: the article is
    published, everything else quarantined with its reason (a FIFO used to hang fetch for good, and again on
    every retake of the stale claim)."""
    import socket

    root = tmp_path / "inbox"
    root.mkdir()
    (root / PROCESSING).mkdir()
    os.mkfifo(root / PROCESSING / f"0123456789ab{_SEP}abandoned-pipe.txt")  # claimed, then its worker died
    os.mkfifo(root / "pipe.txt")
    here = os.getcwd()
    os.chdir(root)
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind("socket.txt")
    finally:
        os.chdir(here)
    outside = tmp_path / "someone-elses.txt"
    outside.write_text("Private notes.")
    os.link(outside, root / "linked.txt")
    (root / "good.txt").write_text("Two drones were shot down over the Kremlin, officials said.")
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60, stale_claim_seconds=0))
    await async_wait_for(lambda: _count(got, 1), what="the good file")
    await async_wait_for(lambda: _quarantined(root, 4), what="4 quarantined")
    stop.set()
    await task
    sock.close()
    reasons = _reasons(root)
    assert "named pipe (FIFO)" in reasons["pipe.txt"]
    assert "named pipe (FIFO)" in reasons["abandoned-pipe.txt"]
    assert "a socket" in reasons["socket.txt"]
    assert "2 hard links" in reasons["linked.txt"]
    assert [a.source.name for a in got.articles] == ["good.txt"]
    assert outside.read_text() == "Private notes." and os.stat(outside).st_nlink == 2  # moved as a link, untouched
    assert os.listdir(root / PROCESSING) == []


@pytest.mark.parametrize("folder", [PROCESSING, PROCESSED, QUARANTINE])
def test_a_state_folder_planted_as_a_symbolic_link_is_refused(tmp_path, folder):
    root = tmp_path / "inbox"
    root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / folder).symlink_to(elsewhere)
    with pytest.raises(InboxError, match=rf"{folder} is a symbolic link"):
        Inbox(root, Collector())
    assert os.listdir(elsewhere) == []
    (root / folder).unlink()
    (root / folder).write_text("not a folder")
    with pytest.raises(InboxError, match="is not a folder"):
        Inbox(root, Collector())


async def test_a_state_folder_replaced_while_running_stops_the_watcher(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    inbox = Inbox(root, Collector(), settle_seconds=0.1, rescan_seconds=0.2)
    stop, task = await run_inbox(inbox)
    os.rename(root / PROCESSED, root / "moved-away")
    (root / PROCESSED).symlink_to(elsewhere)
    with pytest.raises(InboxError, match="was removed or replaced"):
        await asyncio.wait_for(task, timeout=30)
    stop.set()
    assert os.listdir(elsewhere) == []


def _name(size: int, letter: str = "x", ext: str = ".txt") -> str:
    unit = len(letter.encode())
    stem = letter * ((size - len(ext)) // unit)
    return stem + "y" * (size - len(ext) - len(stem.encode())) + ext


async def test_names_too_long_for_the_claim_prefix_are_ingested_and_filed(tmp_path):
    """Up to 255 bytes (the file system's limit): the claim (14 more bytes) takes a shortened name, the
    article and the filed copy keep the real one; an unreadable one is quarantined with its reason beside it."""
    root = tmp_path / "inbox"
    root.mkdir()
    names = [_name(255), _name(255, "д"), _name(250, "\U0001f4f0", ".md")]
    for name in names:
        (root / name).write_text(f"Drones were shot down over the Kremlin. ({len(name)})")
    (root / _name(255, "z")).write_bytes(b"")
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.1, rescan_seconds=60))
    await async_wait_for(lambda: _count(got, 3), what="3 long names")
    await async_wait_for(lambda: _quarantined(root, 1), what="the empty one")
    stop.set()
    await task
    assert sorted(a.source.name for a in got.articles) == sorted(names)
    assert sorted(os.listdir(root / PROCESSED)) == sorted(names)
    (note,) = (root / QUARANTINE).glob("*.reason.txt")
    assert "the file is empty" in note.read_text()
    assert len(os.listdir(root / QUARANTINE)) == 2 and os.listdir(root / PROCESSING) == []


@pytest.mark.parametrize("noreplace", [True, False], ids=["renameat2", "without-renameat2"])
async def test_two_workers_never_overwrite_a_same_named_file(tmp_path, monkeypatch, noreplace):
    """Worker A claims same.txt, the same name is dropped again and claimed by worker B; B files first, then A:
    both copies stay (with RENAME_NOREPLACE, or where the file system lacks it, a token-unique name)."""
    from wirestream.services.ingest.fetch import inbox as inbox_module

    if not noreplace:
        monkeypatch.setattr(inbox_module, "_renameat2", None)
    root = tmp_path / "inbox"
    root.mkdir()
    a, b = Collector(), Collector()
    worker_a, worker_b = Inbox(root, a), Inbox(root, b)
    (root / "same.txt").write_text("First version: drones over the Kremlin.")
    claimed_a = present(worker_a._claim(root / "same.txt"))
    (root / "same.txt").write_text("Second version: drones over the Kremlin, officials said.")
    claimed_b = present(worker_b._claim(root / "same.txt"))
    assert (await worker_b.handle(claimed_b, claimed=True)).status == "published"
    assert (await worker_a.handle(claimed_a, claimed=True)).status == "published"
    filed = {p.read_text() for p in (root / PROCESSED).iterdir()}
    assert filed == {
        "First version: drones over the Kremlin.",
        "Second version: drones over the Kremlin, officials said.",
    }
    names = sorted(os.listdir(root / PROCESSED))
    if noreplace:  # the first filed keeps the name, the second is numbered
        assert names == ["same-1.txt", "same.txt"]
    else:  # no check-then-rename race: each takes its claim's token
        assert all(n.startswith("same-") and n.endswith(".txt") and len(n) == len("same-.txt") + 12 for n in names)


def _leases_work(folder: Path) -> bool:
    import fcntl

    probe = folder / ".lease-probe"
    probe.write_text("x")
    fd = os.open(probe, os.O_RDONLY)
    try:
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_RDLCK)
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
        probe.unlink()


async def test_a_writer_pausing_longer_than_the_settle_time_is_not_published_half(tmp_path):
    """scp or SMB holding the file open through a pause: the claim sees a writer, puts the file back, and the
    article is published once, complete."""
    root = tmp_path / "inbox"
    root.mkdir()
    if not _leases_work(root):
        pytest.skip("this file system cannot tell whether a file is open for writing (no leases)")
    got = Collector()
    inbox = Inbox(root, got, settle_seconds=0.2, rescan_seconds=60)
    stop, task = await run_inbox(inbox)
    with open(root / "slow.txt", "w") as f:
        f.write("Kremlin says two drones were shot down overnight. ")
        f.flush()

        async def put_back():  # the writer paused past the settle time, and the watcher noticed it still writes
            return bool(inbox._put_backs)

        await async_wait_for(put_back, what="the paused file put back")
        f.write("The rest of the article. The end.")
    await async_wait_for(lambda: _count(got, 1), what="the complete file")
    stop.set()
    await task
    (article,) = got.articles
    assert article.content.endswith("The end.")
    assert os.listdir(root / PROCESSED) == ["slow.txt"]


async def test_a_file_open_for_writing_forever_is_quarantined_not_retried_forever(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    if not _leases_work(root):
        pytest.skip("this file system cannot tell whether a file is open for writing (no leases)")
    got = Collector()
    stop, task = await run_inbox(Inbox(root, got, settle_seconds=0.05, rescan_seconds=60))
    with open(root / "held.txt", "w") as f:
        f.write("A writer that never closes the file.")
        f.flush()
        await async_wait_for(lambda: _quarantined(root, 1), what="the held file quarantined")
    stop.set()
    await task
    assert got.articles == []
    assert "still has it open for writing, 5 times in a row" in _reasons(root)["held.txt"]


async def test_a_file_that_changes_after_its_claim_is_not_published(tmp_path, monkeypatch):
    """Where no lease can tell (another file system), the size and time checks around the read still do."""
    from wirestream.services.ingest.fetch import inbox as inbox_module

    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    inbox = Inbox(root, got)
    inbox._probe_writers = False
    # 1. changed between the settle check and the claim: back to the inbox, to settle again
    (root / "a.txt").write_text("Half of an article about drones.")
    st = os.stat(root / "a.txt")
    outcome = await inbox.handle(root / "a.txt", observed=(st.st_size - 5, st.st_mtime_ns))
    assert outcome.status == "waiting" and "between the settle check and its claim" in outcome.detail
    assert (root / "a.txt").exists() and os.listdir(root / PROCESSING) == []
    # 2. changed while it was read: back to the inbox
    real = inbox_module.read_capped

    def writer_resumes(fd: int, cap: int) -> bytes:
        data = real(fd, cap)
        with open(f"/proc/self/fd/{fd}", "a") as f:
            f.write(" And more.")
        return data

    monkeypatch.setattr(inbox_module, "read_capped", writer_resumes)
    outcome = await inbox.handle(root / "a.txt")
    assert outcome.status == "waiting" and "changed while it was read" in outcome.detail
    monkeypatch.setattr(inbox_module, "read_capped", real)
    # 3. changed after it was published: quarantined, saying the article may be incomplete
    claimed: list[Path] = []

    async def publish_then_writer_resumes(article: FetchedArticle) -> None:
        got.articles.append(article)
        (claim,) = (root / PROCESSING).iterdir()
        claimed.append(claim)
        with open(claim, "a") as f:
            f.write(" The rest, too late.")

    inbox.publish = publish_then_writer_resumes
    outcome = await inbox.handle(root / "a.txt")
    assert outcome.status == "quarantined" and outcome.article_id == got.articles[0].id
    assert "changed after it was read and published" in _reasons(root)["a.txt"]
    assert os.listdir(root / PROCESSED) == []


async def test_a_part_file_is_read_only_once_renamed(tmp_path):
    """The explicit way to say a file is complete: write it under .part, rename it when done."""
    root = tmp_path / "inbox"
    root.mkdir()
    got = Collector()
    inbox = Inbox(root, got, settle_seconds=0.05, rescan_seconds=0.1)
    stop, task = await run_inbox(inbox)
    sweeps = SweepCounter(inbox)
    with open(root / "big.txt.part", "w") as f:
        f.write("First half of the article about the drones. ")
        f.flush()

        # the writer pauses well past the settle time: sweeps come and go
        await async_wait_for(lambda: sweeps.reached(2), what="two sweeps of the inbox")
        assert got.articles == []
        f.write("Second half. The end.")
    os.rename(root / "big.txt.part", root / "big.txt")
    await async_wait_for(lambda: _count(got, 1), what="the renamed file")
    stop.set()
    await task
    (article,) = got.articles
    assert article.content.endswith("The end.") and article.source.name == "big.txt"


async def test_a_file_that_cannot_be_moved_is_reported_once_not_retried_forever(tmp_path, monkeypatch):
    from wirestream.services.ingest.fetch import inbox as inbox_module

    root = tmp_path / "inbox"
    root.mkdir()
    (root / "not-mine.txt").write_text("Someone else's file in a sticky folder.")
    got = Collector()
    inbox = Inbox(root, got, settle_seconds=0.05, rescan_seconds=0.1)
    attempts = 0
    real = inbox_module.rename_noreplace

    def refuse(src_fd, src, dst_fd, dst):
        nonlocal attempts
        if src == "not-mine.txt":
            attempts += 1
            raise PermissionError(1, "Operation not permitted", src)
        return real(src_fd, src, dst_fd, dst)

    monkeypatch.setattr(inbox_module, "rename_noreplace", refuse)
    sweeps = SweepCounter(inbox)
    stop, task = await run_inbox(inbox)

    await async_wait_for(lambda: sweeps.reached(3), what="three sweeps")
    (root / "good.txt").write_text("Drones were shot down over the Kremlin.")
    await async_wait_for(lambda: _count(got, 1), what="a good file after it")
    stop.set()
    await task
    assert attempts == 1
    assert (root / "not-mine.txt").exists()
