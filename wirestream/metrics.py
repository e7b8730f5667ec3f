"""Prometheus metrics: every worker process serves ``/metrics`` over HTTP (``prometheus-client``).

Off unless ``WIRESTREAM_METRICS_PORT`` is set (``0`` also means off). ``wirestream up``
gives each process its own port: ``base + stage index + 10 x replica index``, the base
being ``WIRESTREAM_METRICS_PORT`` or :data:`DEFAULT_BASE_PORT` when unset (fetch 9400,
clean 9401, date-parse 9402, entity-enrich 9403, persist 9404, housekeeper 9405). In
compose every container serves on 9400 inside its own network namespace. The server
listens on ``WIRESTREAM_METRICS_ADDRESS`` (default ``127.0.0.1``; compose: every interface).

What a worker serves (``stage`` is the stage's name):

* ``wirestream_entries_processed_total{stage}``: entries handled and passed on
  (fetch: files published);
* ``wirestream_entries_failed_total{stage,reason}``: every failed handling (an entry
  that fails three times counts three), ``reason`` as on a dead letter (fetch: files
  quarantined, ``unreadable`` (the reader refused it, or it is too large), ``timeout``, ``memory``,
  ``crash`` (reading it was stopped), ``changed`` (after it was published), ``unsettled``
  (never stopped changing), ``invalid`` (the article cannot be sent), ``error`` (a reader bug));
* ``wirestream_entries_retried_total{stage}``: failures left pending for another delivery;
* ``wirestream_entries_dead_lettered_total{stage,reason}``: entries parked on ``wirestream:dead``;
* ``wirestream_processing_seconds{stage}``: a histogram of the time of each handling,
  whatever its outcome (fetch: one file, from its claim to its filing, published or quarantined);
* ``wirestream_group_backlog{stream,group}`` and ``wirestream_group_pending{stream,group}``:
  entries of the input stream the group has not read yet (``XINFO GROUPS`` lag) and
  entries read but not acknowledged, refreshed every :data:`REFRESH_SECONDS`. A stage's
  Redis user may not run ``XINFO`` (see :mod:`wirestream.acl`): a stage worker then
  reports its own group's pending (``XPENDING``) only, and the housekeeper, which may,
  reports both for every group. Several processes report the same group: aggregate with ``max``;
* ``wirestream_inbox_files{state}`` (fetch, from its ``inbox_metrics.py``): files ``waiting`` in the inbox
  (being written included), in hand (``processing``) and ``quarantined``, counted on each scrape;
* ``wirestream_info{stage,version,...}``: the wirestream version; for entity-enrich the
  spaCy model configured (``spacy_model``, ``spacy_model_version``) and the tools the
  work process loaded (``tools``, once it is ready);
* the housekeeper also serves ``wirestream_dead_letters`` (entries on ``wirestream:dead``)
  and ``wirestream_redis_memory_bytes{kind=used|max}``;
* and ``prometheus-client``'s own ``process_*`` metrics of the worker process (not its work process).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from prometheus_client import Counter, Gauge, Histogram, Info, start_http_server
from redis.exceptions import NoPermissionError, RedisError, ResponseError

from wirestream import __version__, replies

DEFAULT_BASE_PORT = 9400
REPLICA_PORT_STRIDE = 10  # replica r of a stage: base + stage index + 10 x r
REFRESH_SECONDS = 5.0
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)

PROCESSED = Counter("wirestream_entries_processed", "Entries handled and passed on", ["stage"])
FAILED = Counter("wirestream_entries_failed", "Failed handlings of an entry (each attempt)", ["stage", "reason"])
RETRIED = Counter("wirestream_entries_retried", "Failures left pending for another delivery", ["stage"])
DEAD_LETTERED = Counter("wirestream_entries_dead_lettered", "Entries parked on wirestream:dead", ["stage", "reason"])
SECONDS = Histogram(
    "wirestream_processing_seconds",
    "Time of each handling of an entry, whatever its outcome",
    ["stage"],
    buckets=BUCKETS,
)
GROUP_BACKLOG = Gauge(
    "wirestream_group_backlog", "Entries of the stream the group has not read yet (lag)", ["stream", "group"]
)
GROUP_PENDING = Gauge(
    "wirestream_group_pending", "Entries the group has read and not acknowledged", ["stream", "group"]
)
DEAD_LETTERS = Gauge("wirestream_dead_letters", "Entries on wirestream:dead (housekeeper)")
REDIS_MEMORY = Gauge("wirestream_redis_memory_bytes", "Redis memory in use and its limit (housekeeper)", ["kind"])
INFO = Info("wirestream", "Version of wirestream and the models a stage runs")


@dataclass(frozen=True)
class Group:
    stream: str
    group: str


def port_for(base: int, index: int, replica: int = 0) -> int:
    """The metrics port of replica ``replica`` of the ``index``-th process kind (see the module doc)."""
    return base + index + REPLICA_PORT_STRIDE * replica


def process_port(base: int | None, index: int, replica: int = 0) -> int:
    """What ``wirestream up`` gives a process as ``WIRESTREAM_METRICS_PORT``: 0 (off) when the base is 0."""
    if base == 0:
        return 0
    return port_for(DEFAULT_BASE_PORT if base is None else base, index, replica)


_served: dict[str, Any] = {}
_lock = threading.Lock()


def serve(port: int | None, address: str = "127.0.0.1") -> bool:
    """Serve ``/metrics`` on ``port`` (once per process; ``None`` or 0: not at all). Metrics are not
    what the pipeline is for: a port already taken is reported by the caller, the worker goes on."""
    if not port:
        return False
    with _lock:
        if "server" not in _served:
            server, thread = start_http_server(port, addr=address)
            _served.update(server=server, thread=thread, port=port)
    return True


def served_port() -> int | None:
    return _served.get("port")


def set_info(stage: str, **labels: str | None) -> None:
    """The ``wirestream_info`` labels of this process (set again when a stage learns more, e.g. its tools)."""
    current = dict(_info_labels)
    current |= {"stage": stage, "version": __version__}
    current |= {k: str(v) for k, v in labels.items() if v is not None}
    _info_labels.clear()
    _info_labels.update(current)
    INFO.info(current)


_info_labels: dict[str, str] = {}


def package_version(name: str) -> str | None:
    """The installed version of a distribution (a spaCy model is one), without importing it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except (PackageNotFoundError, ValueError):
        return None


class _Stage:
    """The counters of one stage, with its label bound."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.processed = PROCESSED.labels(stage)
        self.retried = RETRIED.labels(stage)
        self.seconds = SECONDS.labels(stage)

    def failed(self, reason: str) -> None:
        FAILED.labels(self.stage, reason).inc()

    def dead_lettered(self, reason: str) -> None:
        DEAD_LETTERED.labels(self.stage, reason).inc()


@cache
def stage(name: str) -> _Stage:
    """The counters of stage ``name`` (one object per stage and process)."""
    return _Stage(name)


# --- gauges read from Redis ------------------------------------------------------------------------


async def refresh_groups(redis: Any, groups: Sequence[Group], use_xinfo: dict[str, bool]) -> None:
    """Set the backlog and pending gauges of ``groups``. Where ``XINFO GROUPS`` is refused (a stage's
    ACL), only pending is set, from ``XPENDING``; ``use_xinfo`` remembers that per stream."""
    for g in groups:
        if use_xinfo.get(g.stream, True):
            try:
                rows = await redis.xinfo_groups(g.stream)
            except NoPermissionError:
                use_xinfo[g.stream] = False
            except ResponseError as exc:  # no such key yet: nothing read, nothing pending
                if "no such key" not in str(exc).lower():
                    raise
                rows = []
            else:
                for row in rows:
                    if replies.text(row["name"]) == g.group:
                        GROUP_PENDING.labels(g.stream, g.group).set(row["pending"])
                        if row.get("lag") is not None:
                            GROUP_BACKLOG.labels(g.stream, g.group).set(row["lag"])
                        break
                continue
        try:
            summary = await redis.xpending(g.stream, g.group)
        except ResponseError:  # NOGROUP: not created yet
            continue
        GROUP_PENDING.labels(g.stream, g.group).set(summary["pending"])


async def refresh_forever(
    redis: Any,
    groups: Sequence[Group],
    log: Any,
    every: float = REFRESH_SECONDS,
    extra: Iterable[Any] = (),
) -> None:
    """Refresh the group gauges (and run each coroutine function in ``extra``) until cancelled."""
    use_xinfo: dict[str, bool] = {}
    warned = False
    while True:
        try:
            await refresh_groups(redis, groups, use_xinfo)
            for job in extra:
                await job(redis)
            warned = False
        except (OSError, RedisError) as exc:
            if not warned:
                log.warning("metrics refresh failed", error=f"{type(exc).__name__}: {exc}"[:200])
                warned = True
        await asyncio.sleep(every)


async def refresh_server(redis: Any, dead_stream: str) -> None:
    """The housekeeper's view: dead letters held and Redis memory."""
    DEAD_LETTERS.set(await redis.xlen(dead_stream))
    with contextlib.suppress(ResponseError):
        info = await redis.info("memory")
        REDIS_MEMORY.labels("used").set(int(info.get("used_memory", 0)))
        REDIS_MEMORY.labels("max").set(int(info.get("maxmemory", 0)))
