"""The watched inbox: finding complete files, claiming them, and filing them afterwards.

Life of a dropped file::

    inbox/a.txt --(unchanged for settle_seconds)--> inbox/.processing/<token>__a.txt
        --(published)--> inbox/.processed/a.txt
        --(unreadable)--> inbox/.quarantine/a.txt + a.txt.reason.txt

Claiming is an atomic rename inside the inbox, so several fetch workers can share one
inbox and each file is taken by exactly one of them. A claim left behind by a worker
that died is taken over after ``stale_claim_seconds``. A file is only moved to
``.processed`` after its article was published, so a crash in between publishes it
again on restart; the article id makes that harmless downstream.

Files whose names start with ``.`` or end like a download in progress (``~``,
``.part``, ``.tmp``, ``.crdownload``, ``.swp``) are left alone until renamed.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from services.ingest.fetch.formats import Unreadable, read_article
from wirestream.contracts import FetchedArticle
from wirestream.logging import get_logger

PROCESSING, PROCESSED, QUARANTINE = ".processing", ".processed", ".quarantine"
IN_PROGRESS_SUFFIXES = ("~", ".part", ".tmp", ".crdownload", ".swp", ".partial")
_SEP = "__"

log = get_logger("wirestream.fetch.inbox")


def is_candidate(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(IN_PROGRESS_SUFFIXES)


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/name-N`` with the first N not taken."""
    target = folder / name
    n = 1
    while target.exists() or target.is_symlink():
        stem, dot, ext = name.partition(".")
        target = folder / f"{stem}-{n}{dot}{ext}"
        n += 1
    return target


def readable_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class PublishFailed(Exception):
    """The article could not be published; the claimed file waits for a retry."""

    def __init__(self, claimed: Path, cause: BaseException) -> None:
        super().__init__(f"{claimed.name}: {type(cause).__name__}: {cause}")
        self.claimed = claimed


def read_file(
    path: Path, *, name: str, uri: str, max_file_bytes: int, max_chars: int, max_html_chars: int
) -> FetchedArticle:
    """Read one file into an article within the size limits; :class:`Unreadable` says why not."""
    size = path.stat().st_size
    if size > max_file_bytes:
        raise Unreadable(
            f"the file is {size / 1e6:.1f} MB, over the limit of {max_file_bytes / 1e6:.1f} MB (WIRESTREAM_MAX_FILE_BYTES)"
        )
    return read_article(
        path.read_bytes(),
        name=name,
        uri=uri,
        received_at=datetime.now(UTC),
        max_chars=max_chars,
        max_html_chars=max_html_chars,
    )


async def _read_here(path: Path, **limits: Any) -> FetchedArticle:
    return read_file(path, **limits)


@dataclass
class Outcome:
    path: str
    status: str  # "published", "quarantined", "skipped"
    detail: str = ""
    article_id: str | None = None


class Inbox:
    """File operations of the inbox; :meth:`watch` runs the notification loop."""

    def __init__(
        self,
        root: Path,
        publish: Callable[[FetchedArticle], Awaitable[None]],
        *,
        settle_seconds: float = 0.5,
        rescan_seconds: float = 30.0,
        max_file_bytes: int = 20 * 1024 * 1024,
        max_chars: int = 500_000,
        max_html_chars: int = 5_000_000,
        stale_claim_seconds: float = 300.0,
        heartbeat: Callable[[], Awaitable[None]] | None = None,
        heartbeat_seconds: float = 5.0,
        reader: Callable[..., Awaitable[FetchedArticle]] | None = None,
    ) -> None:
        self.root = root.resolve()
        self.publish = publish
        self.settle_seconds = settle_seconds
        self.rescan_seconds = rescan_seconds
        self.max_file_bytes = max_file_bytes
        self.max_chars = max_chars
        self.max_html_chars = max_html_chars
        self.retries: dict[Path, tuple[float, float]] = {}  # claimed file -> (next attempt, backoff)
        self.stale_claim_seconds = stale_claim_seconds
        self.heartbeat = heartbeat
        self.heartbeat_seconds = heartbeat_seconds
        # the fetch worker reads in a work process with a time and memory budget (wirestream.executor)
        self.read = reader or _read_here
        for sub in (PROCESSING, PROCESSED, QUARANTINE):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        for folder in (self.root, *(self.root / sub for sub in (PROCESSING, PROCESSED, QUARANTINE))):
            if not os.access(folder, os.W_OK | os.X_OK):
                raise PermissionError(
                    f"the fetch worker (uid {os.getuid()}) cannot move files in {folder}: "
                    "run it as the owner of the inbox (in compose: WIRESTREAM_UID/WIRESTREAM_GID)"
                )

    # --- one file -----------------------------------------------------------
    def _claim(self, path: Path) -> Path | None:
        target = self.root / PROCESSING / f"{secrets.token_hex(6)}{_SEP}{path.name}"
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None  # another worker took it, or it was removed
        return target

    def _quarantine(self, claimed: Path, name: str, reason: str) -> Outcome:
        target = _free_name(self.root / QUARANTINE, name)
        os.rename(claimed, target)
        note = target.with_name(target.name + ".reason.txt")
        note.write_text(
            f"file: {readable_name(name)!r}\nquarantined: {datetime.now(UTC).isoformat(timespec='seconds')}\nreason: {reason}\n",
            encoding="utf-8",
        )
        log.warning("file quarantined", file=readable_name(name), reason=reason, moved_to=readable_name(str(target)))
        return Outcome(name, "quarantined", reason)

    async def handle(self, path: Path, *, claimed: bool = False) -> Outcome:
        """Claim, read, publish and file one inbox entry."""
        name = path.name.split(_SEP, 1)[1] if claimed else path.name
        if not claimed:
            got = self._claim(path)
            if got is None:
                return Outcome(name, "skipped", "already taken")
            path = got
        try:
            if path.is_symlink():
                return self._quarantine(path, name, "symbolic links are not followed; drop the file itself")
            if path.is_dir():
                return self._quarantine(path, name, "a folder was dropped; drop the files inside it instead")
            article = await self.read(
                path,
                name=readable_name(name),
                uri=(self.root / name).as_uri(),
                max_file_bytes=self.max_file_bytes,
                max_chars=self.max_chars,
                max_html_chars=self.max_html_chars,
            )
        except Unreadable as exc:
            return self._quarantine(path, name, str(exc))
        except OSError as exc:
            return self._quarantine(path, name, f"could not be read: {exc.strerror or exc}")
        except Exception as exc:  # a reader bug must not leave the file cycling through claims forever
            log.exception("unexpected error reading a file", file=readable_name(name))
            return self._quarantine(
                path, name, f"unexpected error while reading ({type(exc).__name__}: {exc}); please report it"
            )
        try:
            await self.publish(article)
        except Exception as exc:
            raise PublishFailed(path, exc) from exc
        os.rename(path, _free_name(self.root / PROCESSED, name))
        log.info("file ingested", file=article.source.name, article_id=article.id, format=article.source.format)
        return Outcome(name, "published", article_id=article.id)

    # --- discovery ----------------------------------------------------------
    def candidates(self) -> list[Path]:
        with os.scandir(self.root) as it:
            return sorted(Path(e.path) for e in it if is_candidate(e.name))

    def stale_claims(self) -> list[Path]:
        now = time.time()
        out = []
        with os.scandir(self.root / PROCESSING) as it:
            for e in it:
                try:
                    if now - e.stat(follow_symlinks=False).st_ctime > self.stale_claim_seconds:
                        out.append(Path(e.path))
                except FileNotFoundError:
                    pass
        return out

    async def _retake(self, path: Path) -> None:
        """Take over a claim a dead worker left: re-claim it under a new token, then handle it."""
        name = path.name.split(_SEP, 1)[-1]
        fresh = self.root / PROCESSING / f"{secrets.token_hex(6)}{_SEP}{name}"
        try:
            os.rename(path, fresh)
        except FileNotFoundError:
            return
        log.info("retaking abandoned claim", file=name)
        await self._safe_handle(fresh, claimed=True)

    async def _safe_handle(self, path: Path, *, claimed: bool = False) -> None:
        try:
            await self.handle(path, claimed=claimed)
        except PublishFailed as exc:
            _, backoff = self.retries.get(exc.claimed, (0.0, 0.5))
            self.retries[exc.claimed] = (time.monotonic() + backoff, min(backoff * 2, 30.0))
            log.warning(
                "publish failed; will retry",
                file=readable_name(exc.claimed.name),
                retry_in_s=backoff,
                error=str(exc.__cause__),
            )
        except Exception:
            log.exception("file could not be handled; it will be retried", file=readable_name(path.name))
        else:
            self.retries.pop(path, None)

    async def _retry_due(self) -> None:
        now = time.monotonic()
        for path, (due, _) in list(self.retries.items()):
            if due <= now:
                if path.exists():
                    await self._safe_handle(path, claimed=True)
                else:
                    self.retries.pop(path, None)

    async def watch(self, stop: asyncio.Event) -> None:
        """Handle files present now and every file that arrives, until ``stop`` is set."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Path] = asyncio.Queue()

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                target = getattr(event, "dest_path", "") or event.src_path
                if isinstance(target, bytes):
                    target = os.fsdecode(target)
                p = Path(target)
                if p.parent == root and is_candidate(p.name):
                    loop.call_soon_threadsafe(events.put_nowait, p)

        root = self.root
        observer = Observer()
        observer.schedule(_Handler(), str(root), recursive=False)
        observer.start()
        waiting: dict[Path, tuple[float, tuple[int, int] | None]] = {}

        def note(p: Path) -> None:
            try:
                st = p.lstat()
                waiting[p] = (time.monotonic(), (st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                waiting.pop(p, None)

        try:
            for p in self.stale_claims():
                await self._retake(p)
            for p in self.candidates():
                note(p)
            next_sweep = time.monotonic() + self.rescan_seconds
            next_beat = 0.0
            while not stop.is_set():
                now = time.monotonic()
                if self.heartbeat and now >= next_beat:
                    try:
                        await self.heartbeat()
                    except Exception as exc:  # a missed beat shows as unhealthy; it must not stop the watcher
                        log.warning("heartbeat failed", error=str(exc))
                    next_beat = now + self.heartbeat_seconds
                due = [p for p, (t, _) in waiting.items() if now - t >= self.settle_seconds]
                for p in due:
                    _, before = waiting.pop(p)
                    try:
                        st = p.lstat()
                    except FileNotFoundError:
                        continue
                    if (st.st_size, st.st_mtime_ns) != before:
                        note(p)  # still being written
                        continue
                    await self._safe_handle(p)
                await self._retry_due()
                if now >= next_sweep:
                    for p in self.candidates():
                        waiting.setdefault(p, (now, None))
                    for p in self.stale_claims():
                        await self._retake(p)
                    next_sweep = now + self.rescan_seconds
                soonest = min((t + self.settle_seconds for t, _ in waiting.values()), default=next_sweep)
                next_retry = min((due for due, _ in self.retries.values()), default=next_sweep)
                wake = min(soonest, next_sweep, next_retry, next_beat if self.heartbeat else next_sweep)
                timeout = max(0.01, wake - time.monotonic())
                stop_wait = asyncio.ensure_future(stop.wait())
                get = asyncio.ensure_future(events.get())
                await asyncio.wait({stop_wait, get}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                stop_wait.cancel()
                if get.done():
                    note(get.result())
                    while not events.empty():
                        note(events.get_nowait())
                else:
                    get.cancel()
        finally:
            observer.stop()
            observer.join(timeout=5)
