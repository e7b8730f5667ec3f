"""fetch's metric ``wirestream_inbox_files{state}`` (see :mod:`wirestream.metrics`): the inbox's files, counted
on each scrape."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from prometheus_client import REGISTRY
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from wirestream.services.ingest.fetch.inbox import REASON_SUFFIX


class InboxCollector(Collector):
    """``wirestream_inbox_files{state}``, counted when scraped: files waiting at the top of the inbox
    (names starting with a dot are not articles), and the entries of each state folder given."""

    def __init__(self, root: Path, folders: Mapping[str, str]) -> None:
        self.root = Path(root)
        self.folders = dict(folders)

    @staticmethod
    def _count(path: Path, top: bool) -> int:
        try:
            with os.scandir(path) as entries:
                return sum(
                    1
                    for e in entries
                    if not e.name.startswith(".") and not e.name.endswith(REASON_SUFFIX) and (not top or e.is_file())
                )
        except OSError:
            return 0

    def collect(self) -> Iterable[GaugeMetricFamily]:
        family = GaugeMetricFamily("wirestream_inbox_files", "Files in the inbox, by state", labels=["state"])
        family.add_metric(["waiting"], self._count(self.root, top=True))
        for state, folder in self.folders.items():
            family.add_metric([state], self._count(self.root / folder, top=False))
        yield family


_inbox: list[InboxCollector] = []


def watch_inbox(root: Path, folders: Mapping[str, str]) -> None:
    """Count the inbox's files on each scrape (once per process)."""
    if not _inbox:
        collector = InboxCollector(root, folders)
        REGISTRY.register(collector)
        _inbox.append(collector)
