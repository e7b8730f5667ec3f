"""``wirestream ingest``: files or folders straight into the pipeline, without the inbox.

Part of fetch (its reader, its limits); the CLI reaches it through the stage
registry (:mod:`wirestream.services.registry`), as the kernel imports no stage.

The files are read where they are (nothing is moved) with the same reader the
fetch stage uses, and published to ``wirestream:fetched``. Every file gets its own
outcome: one that cannot be read or published is reported with the reason and the
others go on; the command exits non-zero if any failed.

Back-pressure as for the inbox: no file is published while the pipeline's backlog is
at ``WIRESTREAM_MAX_BACKLOG`` (:mod:`wirestream.backpressure`); the command waits, so a
large folder waits on disk, not in Redis memory. A Redis user that may not read the
backlog (``XINFO GROUPS``) is told so once and publishes unbounded.

Paths named on the command line are the operator's choice and are followed if they
are symbolic links; inside a folder, symbolic links are reported and not followed
(as in the inbox). Whatever a path leads to must be a regular file: a FIFO, socket or
device is refused without blocking.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import redis.asyncio as aioredis
from faststream.redis import RedisBroker
from redis.exceptions import ResponseError

from wirestream import contracts
from wirestream.backpressure import BacklogGate
from wirestream.services.ingest.fetch.formats import Unreadable
from wirestream.services.ingest.fetch.inbox import is_candidate, read_file, readable_name
from wirestream.settings import Settings

log = logging.getLogger("wirestream.ingest")  # the logger keeps its name for existing log filters
GATE_POLL_SECONDS = 0.5  # how often a closed gate is asked again (as the inbox does)


class _Gate:
    """Waits until the pipeline's backlog is under its bound (the inbox's gate, for one command)."""

    def __init__(self, client: aioredis.Redis, max_backlog: int) -> None:
        self.gate: BacklogGate | None = BacklogGate(client, max_backlog, _StdlibLog())

    async def wait(self) -> None:
        while self.gate is not None:
            try:
                if await self.gate():
                    return
            except ResponseError as exc:
                if "NOPERM" not in str(exc).upper():
                    raise
                log.warning("this Redis user may not read the pipeline's backlog; publishing without its bound")
                self.gate = None
                return
            await asyncio.sleep(GATE_POLL_SECONDS)


class _StdlibLog:
    """The gate's log (structlog's keyword style) on this module's logger."""

    def info(self, event: str, **fields: object) -> None:
        log.info("ingest: %s (%s)", event, ", ".join(f"{k}={v}" for k, v in fields.items()))


@dataclass
class Report:
    """Each file's outcome, by its path as printable text (a name that is not UTF-8 shows U+FFFD)."""

    published: list[tuple[str, str]] = field(default_factory=list)  # (path, article id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def fail(self, path: Path, reason: str) -> None:
        self.failed.append((readable_name(str(path)), reason))

    def summary(self) -> str:
        text = f"{len(self.published)} published"
        if self.failed:
            text += f", {len(self.failed)} unreadable: " + "; ".join(f"{p}: {why}" for p, why in self.failed)
        return text


def expand(paths: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to read, or a path with the reason it is skipped."""
    for path in paths:
        if not path.is_dir():
            yield path, None
            continue
        for folder, dirs, files in os.walk(path):  # does not descend into linked folders
            dirs.sort()
            for name in sorted(files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
                if not is_candidate(name):
                    continue
                found = Path(folder) / name
                if found.is_symlink():
                    yield found, "symbolic links inside a folder are not followed; name the file itself"
                else:
                    yield found, None


async def ingest_paths(
    redis_url: str, paths: list[Path], settings: Settings, progress: Callable[[int, int], None] | None = None
) -> Report:
    """Publish every file under ``paths`` within the same limits as the inbox; ``progress(done, total)``
    is called after each file."""
    report = Report()
    broker = RedisBroker(redis_url, logger=logging.getLogger("wirestream.faststream"))
    client = aioredis.from_url(redis_url, socket_timeout=30, socket_connect_timeout=10)
    gate = _Gate(client, settings.max_backlog)
    files = list(expand(paths))
    await broker.connect()
    try:
        for path, skipped in files:
            if progress is not None:
                progress(len(report.published) + len(report.failed), len(files))
            if skipped:
                report.fail(path, skipped)
                continue
            try:
                article = read_file(
                    path,
                    name=readable_name(path.name),
                    uri=path.resolve().as_uri(),
                    max_file_bytes=settings.max_file_bytes,
                    max_chars=settings.max_article_chars,
                    max_html_chars=settings.max_html_chars,
                )
            except Unreadable as exc:
                report.fail(path, str(exc))
                continue
            except OSError as exc:
                report.fail(path, f"could not be read: {exc.strerror or exc}")
                continue
            except Exception as exc:  # a reader bug: this file fails, the batch goes on
                log.exception("unexpected error reading %s", readable_name(str(path)))
                report.fail(path, f"unexpected error while reading ({type(exc).__name__}: {exc})")
                continue
            try:
                await gate.wait()
                await broker.publish(article, stream=contracts.FETCHED)
            except Exception as exc:
                report.fail(path, f"could not be published ({type(exc).__name__}: {exc})")
                continue
            report.published.append((readable_name(str(path)), article.id))
        if progress is not None:
            progress(len(files), len(files))
    finally:
        await broker.stop()
        await client.aclose()
    return report
