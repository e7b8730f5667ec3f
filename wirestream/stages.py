"""What the kernel knows of the stages: only what the composition root hands it.

The kernel (``wirestream``) never imports a stage. The composition root,
:mod:`wirestream.services.registry`, builds one :class:`Pipeline` naming every stage (its
streams, its models, how to build its worker, its hooks) and the operator's
access to the store and to ``wirestream ingest``; the CLI, the supervisor, the
housekeeper and the ACL rules take it as an argument.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from wirestream import contracts

if TYPE_CHECKING:
    from faststream import FastStream

HOUSEKEEPER = "housekeeper"  # the kernel's own process besides the stages: trims and tidies (wirestream.housekeeping)


class IngestReport(Protocol):
    """Each file's outcome of ``wirestream ingest``."""

    published: list[tuple[str, str]]
    failed: list[tuple[str, str]]

    def summary(self) -> str: ...


@dataclass(frozen=True)
class CpuBound:
    """What one article costs a CPU-bound stage, for ``wirestream up`` to share out the cores
    (:func:`wirestream.supervisor.default_replicas`).

    ``memory_mb``: the memory one replica needs (its worker, fork server and work process).
    ``cost_ms``: the CPU milliseconds one article costs the stage's function (``make bench``); the cores
    are shared out among the CPU-bound stages in these proportions.
    """

    memory_mb: int
    cost_ms: float


@dataclass(frozen=True)
class Stage:
    """One stage as the kernel sees it.

    ``subscriber_streams``: streams the stage writes for subscribers (read with plain
    ``XREAD``), each a name or a ``prefix*``; the housekeeper keeps their newest
    ``WIRESTREAM_ENRICHED_MAXLEN`` entries, the ``subscriber`` user may read them and the
    stage's own user may write them. ``acl_extras``: further rule parts (selectors) for
    the stage's Redis user beyond consuming its input and appending to its output.
    ``uses_store``: the stage talks to the database, so its process is given the
    database settings (the others never see those credentials). ``cpu``: the stage is CPU-bound
    (``wirestream up`` runs it as often as its share of the cores); unset, it waits on I/O and runs once.
    ``inbox_suffixes``: the stage reads files from the inbox (it has no input stream); this gives one file
    suffix per format it reads, for ``wirestream up`` to tell what to drop there (called when needed: it
    may import the stage).
    """

    streams: contracts.StageStreams
    input_model: type[BaseModel] | None
    output_model: type[BaseModel]
    worker: Callable[[], FastStream]  # builds the stage's app; imports the stage only when called
    subscriber_streams: tuple[str, ...] = ()
    acl_extras: tuple[str, ...] = ()
    uses_store: bool = False
    cpu: CpuBound | None = None
    inbox_suffixes: Callable[[], tuple[str, ...]] | None = None

    @property
    def name(self) -> str:
        return self.streams.stage


@dataclass(frozen=True)
class Pipeline:
    """Every stage in flow order, and the operator's ways into the store and the pipeline."""

    stages: tuple[Stage, ...]
    count_stored: Callable[[str], int]  # database URL -> articles stored (creates the schema if missing)
    export: Callable[[str], Iterator[dict[str, Any]]]  # database URL -> every stored document
    # Redis URL, paths, settings, optionally progress(done, total) after each file
    ingest: Callable[..., Coroutine[Any, Any, IngestReport]]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    @property
    def processes(self) -> tuple[str, ...]:
        """Every kind of worker process, in this order: each stage's, then the housekeeper's."""
        return (*self.names, HOUSEKEEPER)

    def stage(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(self.names)}")

    @property
    def subscriber_streams(self) -> tuple[str, ...]:
        return tuple(p for s in self.stages for p in s.subscriber_streams)

    def inbox_suffixes(self) -> tuple[str, ...]:
        """The file suffixes the stages that read the inbox take, one per format."""
        return tuple(x for s in self.stages if s.inbox_suffixes is not None for x in s.inbox_suffixes())

    @property
    def flow(self) -> str:
        """The pipeline in one line: ``inbox -> fetch -> ... -> persist -> wirestream:enriched``."""
        return " -> ".join(("inbox", *self.names, self.stages[-1].streams.output))
