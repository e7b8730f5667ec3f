"""``wirestream ingest``: files or folders straight into the pipeline, without the inbox.

The files are read where they are (nothing is moved) with the same reader the
fetch stage uses, and published to ``wirestream:fetched``. Files that cannot be
read are reported with the reason, and the command exits non-zero.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from faststream.redis import RedisBroker

from services.ingest.fetch.formats import Unreadable
from services.ingest.fetch.inbox import is_candidate, read_file
from wirestream import contracts
from wirestream.settings import Settings


@dataclass
class Report:
    published: list[tuple[Path, str]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{len(self.published)} published"
        if self.failed:
            text += f", {len(self.failed)} unreadable: " + "; ".join(f"{p}: {why}" for p, why in self.failed)
        return text


def expand(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_candidate(p.name))
        else:
            yield path


async def ingest_paths(redis_url: str, paths: list[Path], settings: Settings) -> Report:
    """Publish every file under ``paths`` within the same limits as the inbox."""
    report = Report()
    broker = RedisBroker(redis_url, logger=logging.getLogger("wirestream.faststream"))
    await broker.connect()
    try:
        for path in expand(paths):
            try:
                article = read_file(
                    path,
                    name=path.name,
                    uri=path.resolve().as_uri(),
                    max_file_bytes=settings.max_file_bytes,
                    max_chars=settings.max_article_chars,
                    max_html_chars=settings.max_html_chars,
                )
            except Unreadable as exc:
                report.failed.append((path, str(exc)))
                continue
            except OSError as exc:
                report.failed.append((path, f"could not be read: {exc.strerror or exc}"))
                continue
            await broker.publish(article, stream=contracts.FETCHED)
            report.published.append((path, article.id))
    finally:
        await broker.stop()
    return report
