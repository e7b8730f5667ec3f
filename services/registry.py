"""The composition root: every stage, named once, and the ``wirestream`` command built from them.

The kernel (``wirestream``) never imports a stage; what it needs of one it gets
from :data:`PIPELINE`: the stage's streams (from :mod:`wirestream.contracts`), its
input and output models, how to build its worker, and its hooks. The CLI, the
supervisor (``wirestream up``), the housekeeper and the Redis ACL users all derive
from it. Workers are imported only when built, so ``wirestream worker clean`` loads
clean and nothing else.

To add a stage: its models and streams in :mod:`wirestream.contracts`, its folder
with a ``worker.build_app``, and one :class:`~wirestream.stages.Stage` here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirestream import contracts
from wirestream.stages import CpuBound, Pipeline, Stage

if TYPE_CHECKING:
    from faststream import FastStream
    from sqlalchemy.engine import Engine

    from wirestream.services.ingest.fetch.ingest import Report
    from wirestream.settings import Settings


def _fetch() -> FastStream:
    from wirestream.services.ingest.fetch.worker import build_app

    return build_app()


def _fetch_suffixes() -> tuple[str, ...]:
    """The first file suffix of each format fetch reads (``.txt .md .html .json``)."""
    from wirestream.services.ingest.fetch.formats import EXTENSIONS

    first: dict[str, str] = {}
    for suffix, fmt in EXTENSIONS.items():
        first.setdefault(fmt, suffix)
    return tuple(first.values())


def _clean() -> FastStream:
    from wirestream.services.enrich.clean.worker import build_app

    return build_app()


def _date_parse() -> FastStream:
    from wirestream.services.enrich.dates.worker import build_app

    return build_app()


def _entity_enrich() -> FastStream:
    from wirestream.services.enrich.entities.worker import build_app

    return build_app()


def _persist() -> FastStream:
    from wirestream.services.store.persist.worker import build_app

    return build_app()


def _persist_acl() -> tuple[str, ...]:
    """persist publishes once, through the server-side function only: ``FCALL`` of that one function
    needs read and write on every key it names; inside, ``GET``/``SET`` touch the marker only."""
    from wirestream import functions

    published, incidents = contracts.PUBLISHED_PREFIX, contracts.INCIDENT_PREFIX
    return (
        f"(%RW~{published}* %RW~{contracts.ENRICHED} %RW~{incidents}* +fcall|{functions.PUBLISH_ONCE})",
        f"(%RW~{published}* +get +set)",
    )


STAGES: tuple[Stage, ...] = (
    Stage(
        contracts.stage_streams("fetch"),
        input_model=None,
        output_model=contracts.FetchedArticle,
        worker=_fetch,
        inbox_suffixes=_fetch_suffixes,
        # fetch pauses while Redis memory is above its high-water mark (INFO) or the stages' backlog above its
        # bound (XINFO GROUPS of their input streams, read only)
        acl_extras=(
            "+info",
            "(" + " ".join(f"%R~{s.input}" for s in contracts.STAGES if s.input) + " +xinfo|groups)",
        ),
    ),
    # the CPU-bound stages: one replica's memory in MB (its worker, fork server and work process) and the CPU ms one
    # article costs its function (make bench, in one process: 300 articles of ~340 words on a 2-core machine)
    Stage(
        contracts.stage_streams("clean"),
        contracts.FetchedArticle,
        contracts.CleanedArticle,
        _clean,
        cpu=CpuBound(memory_mb=300, cost_ms=6.1),
    ),
    Stage(
        contracts.stage_streams("date-parse"),
        contracts.CleanedArticle,
        contracts.DatedArticle,
        _date_parse,
        cpu=CpuBound(memory_mb=200, cost_ms=1.3),
    ),
    Stage(
        contracts.stage_streams("entity-enrich"),
        contracts.DatedArticle,
        contracts.EnrichedArticle,
        _entity_enrich,
        # a spaCy pipeline: ~0.5 GB loaded, up to ~1.5 GB on a long text
        cpu=CpuBound(memory_mb=1500, cost_ms=36.4),
    ),
    Stage(
        contracts.stage_streams("persist"),
        input_model=contracts.EnrichedArticle,
        output_model=contracts.EnrichedArticle,
        worker=_persist,
        # wirestream:enriched and one stream per incident, trimmed by the housekeeper, read by subscribers
        subscriber_streams=(contracts.ENRICHED, contracts.INCIDENT_PREFIX + "*"),
        acl_extras=_persist_acl(),
        uses_store=True,
    ),
)


@functools.cache
def _store(database_url: str) -> Engine:
    """One engine per database for this process, its schema brought to head once (not at every
    ``status --watch`` refresh, nor twice for an ``export`` that counts first)."""
    from wirestream.services.store.schema import create_schema, make_engine

    engine = make_engine(database_url)
    create_schema(engine)
    return engine


def count_stored(database_url: str) -> int:
    from wirestream.services.store.read import count

    return count(_store(database_url))


def export(database_url: str) -> Iterator[dict[str, Any]]:
    from wirestream.services.store.read import iter_documents

    yield from iter_documents(_store(database_url))


async def ingest(
    redis_url: str, paths: list[Path], settings: Settings, progress: Callable[[int, int], None] | None = None
) -> Report:
    from wirestream.services.ingest.fetch.ingest import ingest_paths

    return await ingest_paths(redis_url, paths, settings, progress)


PIPELINE = Pipeline(stages=STAGES, count_stored=count_stored, export=export, ingest=ingest)


def main() -> None:
    """The ``wirestream`` command (and ``python -m wirestream``), with this pipeline."""
    from wirestream.cli import main as cli_main

    cli_main(PIPELINE)
