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


class IngestReport(Protocol):
    """Each file's outcome of ``wirestream ingest``."""

    published: list[tuple[str, str]]
    failed: list[tuple[str, str]]

    def summary(self) -> str: ...


@dataclass(frozen=True)
class Stage:
    """One stage as the kernel sees it.

    ``subscriber_streams``: streams the stage writes for subscribers (read with plain
    ``XREAD``), each a name or a ``prefix*``; the housekeeper keeps their newest
    ``WIRESTREAM_ENRICHED_MAXLEN`` entries, the ``subscriber`` user may read them and the
    stage's own user may write them. ``acl_extras``: further rule parts (selectors) for
    the stage's Redis user beyond consuming its input and appending to its output.
    ``uses_store``: the stage talks to the database, so its process is given the
    database settings (the others never see those credentials).
    """

    streams: contracts.StageStreams
    input_model: type[BaseModel] | None
    output_model: type[BaseModel]
    worker: Callable[[], FastStream]  # builds the stage's app; imports the stage only when called
    subscriber_streams: tuple[str, ...] = ()
    acl_extras: tuple[str, ...] = ()
    uses_store: bool = False

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

    def stage(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(self.names)}")

    @property
    def subscriber_streams(self) -> tuple[str, ...]:
        return tuple(p for s in self.stages for p in s.subscriber_streams)
