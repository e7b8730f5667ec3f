"""``wirestream up``: the whole pipeline on one machine, each worker its own process.

Starts the embedded Redis-protocol server unless ``WIRESTREAM_REDIS_URL`` is set,
creates every consumer group, starts the workers and the housekeeper, restarts any that
exits (with backoff), prints each article published on ``wirestream:enriched``,
and on Ctrl-C (or SIGTERM) stops the workers gracefully, then the server.

Replicas: the CPU-bound stages (clean, date-parse, entity-enrich: those the registry gives a
:class:`~wirestream.stages.CpuBound`) share the cores this process may use by what each costs
an article (its ``cost_ms``, measured by ``make bench``): on 2 cores entity-enrich runs twice and clean and date-parse once each, since a
second replica of a stage that uses a seventh of the CPU only adds processes and memory;
fewer where memory would not hold them (:func:`default_replicas`). A stage that waits on
I/O (fetch, persist) and the housekeeper run once. ``WIRESTREAM_REPLICAS_<STAGE>`` (``WIRESTREAM_REPLICAS_ENTITY_ENRICH=3``)
overrides a stage's count. Every replica is its own consumer (``<stage>-<host>-<pid>``) in
the stage's one group, so Redis hands each entry to one of them, and what a dead replica
held is claimed by the others after ``WIRESTREAM_CLAIM_IDLE_MS``.
Worker logs go to ``<home>/logs/<stage>.log`` (replica 2 and on: ``<stage>-<n>.log``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import redis.asyncio as aioredis
from pydantic import SecretStr

from wirestream import contracts, metrics, replies
from wirestream.embedded import EmbeddedRedis, start_redis
from wirestream.groups import ensure_all_groups
from wirestream.logging import without_password
from wirestream.render import one_line
from wirestream.settings import Settings
from wirestream.stages import HOUSEKEEPER, Pipeline

MEMORY_SHARE = 0.5  # replicas by default take at most this share of the machine's memory


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def total_memory_mb() -> int | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)
    except (AttributeError, ValueError, OSError):
        return None


def default_replicas(pipeline: Pipeline, stage: str, cores: int, memory_mb: int | None) -> int:
    """A CPU-bound stage's share of the cores by its cost an article (rounded up), as many as half the
    memory holds; one for the others (and the housekeeper)."""
    cpu = pipeline.stage(stage).cpu if stage in pipeline.names else None
    if cpu is None:
        return 1
    n = math.ceil(cores * cpu.cost_ms / sum(s.cpu.cost_ms for s in pipeline.stages if s.cpu) - 1e-9)
    if memory_mb is not None:
        n = min(n, int(memory_mb * MEMORY_SHARE) // cpu.memory_mb)
    return max(1, n)


def replica_variable(stage: str) -> str:
    return "WIRESTREAM_REPLICAS_" + stage.upper().replace("-", "_")


def replica_counts(
    pipeline: Pipeline,
    environ: Mapping[str, str] | None = None,
    cores: int | None = None,
    memory_mb: int | None = None,
) -> dict[str, int]:
    """How many processes of each worker ``wirestream up`` runs (``WIRESTREAM_REPLICAS_<STAGE>`` overrides)."""
    if environ is None:  # the environment, over a .env file (as for every other setting)
        from dotenv import dotenv_values

        environ = {k: v for k, v in dotenv_values(".env").items() if v is not None} | dict(os.environ)
    cores = usable_cores() if cores is None else cores
    memory_mb = total_memory_mb() if memory_mb is None else memory_mb
    counts = {}
    for stage in pipeline.processes:
        variable = replica_variable(stage)
        raw = environ.get(variable, "").strip() if stage != HOUSEKEEPER else ""
        if raw:
            try:
                n = int(raw)
            except ValueError:
                raise SystemExit(f"{variable}={raw!r}: give a whole number of processes (1 or more)") from None
            if n < 1:
                raise SystemExit(f"{variable}={raw!r}: every stage needs at least one process")
            counts[stage] = n
        else:
            counts[stage] = default_replicas(pipeline, stage, cores, memory_mb)
    return counts


@dataclass
class Worker:
    stage: str
    log_path: Path
    replica: int = 1
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    started_at: float = 0.0
    backoff: float = 1.0
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class Supervisor:
    def __init__(
        self,
        settings: Settings,
        pipeline: Pipeline,
        say: Callable[[str], None] = print,
        replicas: Mapping[str, int] | None = None,
    ) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.say = say
        self.home = settings.home
        self.processes = pipeline.processes  # in this order: process i serves metrics on base + i
        self.replicas = dict(replica_counts(pipeline)) | dict(replicas or {})
        logs = self.home / "logs"
        self.workers = [
            Worker(s, logs / (f"{s}.log" if n == 1 else f"{s}-{n}.log"), replica=n)
            for s in self.processes
            for n in range(1, self.replicas[s] + 1)
        ]
        self.server: EmbeddedRedis | None = None
        self.redis_url = ""  # what workers are given (their password comes with the settings)
        self.client_url = ""  # what this process connects with (password included)
        self.stopping = asyncio.Event()

    # --- server -------------------------------------------------------------
    def _start_server(self) -> None:
        if self.settings.redis_url:
            self.redis_url = self.settings.redis_url
            self.client_url = self.settings.resolved_redis_url
            return
        lock = self.home / "up.pid"
        if lock.exists():
            try:
                pid = int(lock.read_text())
                os.kill(pid, 0)
                raise SystemExit(f"wirestream is already running here (pid {pid}, home {self.home})")
            except (ValueError, ProcessLookupError):
                pass
        lock.write_text(str(os.getpid()))
        self.server = start_redis(
            self.home / "redis",
            log_file=self.home / "logs" / "redis.log",
            maxmemory_mb=self.settings.redis_maxmemory_mb,
        )
        self.redis_url = self.client_url = self.server.url
        self.settings.redis_url_file.write_text(self.redis_url + "\n")
        self.say(f"redis     embedded server on {self.redis_url} (data in {self.home / 'redis'})")

    def _stop_server(self) -> None:
        if self.server:
            self.server.stop()
            self.settings.redis_url_file.unlink(missing_ok=True)
            (self.home / "up.pid").unlink(missing_ok=True)

    # --- workers ------------------------------------------------------------
    def worker_env(self, stage: str, replica: int = 1) -> dict[str, str]:
        """The environment of one worker: this one's, with the supervisor's settings on top."""
        env = dict(os.environ) | self._child_settings()
        index = self.processes.index(stage)
        env["WIRESTREAM_METRICS_PORT"] = str(metrics.process_port(self.settings.metrics_port, index, replica - 1))
        uses_store = stage in self.pipeline.names and self.pipeline.stage(stage).uses_store
        if not uses_store:  # only persist talks to the database: the others never see its credentials
            for key in [k for k in env if k.startswith("WIRESTREAM_DATABASE_")]:
                del env[key]
        return env

    async def _spawn(self, worker: Worker) -> None:
        env = self.worker_env(worker.stage, worker.replica)
        log = open(worker.log_path, "ab")  # noqa: SIM115 - handed to the child
        worker.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "wirestream",
            "worker",
            worker.stage,
            env=env,
            stdout=log,
            stderr=log,
            stdin=asyncio.subprocess.DEVNULL,
        )
        log.close()
        worker.started_at = time.monotonic()

    def _child_settings(self) -> dict[str, str]:
        """Every worker gets this supervisor's configuration, whatever its source was (a ``.env`` file
        included). Secrets are passed as their values: ``str()`` of a SecretStr is its mask."""
        values = self.settings.model_dump(exclude={"consumer"}, exclude_none=True)
        env = {
            f"WIRESTREAM_{key.upper()}": value.get_secret_value() if isinstance(value, SecretStr) else str(value)
            for key, value in values.items()
        }
        env |= {
            "WIRESTREAM_HOME": str(self.home.resolve()),
            "WIRESTREAM_INBOX": str(self.settings.inbox.resolve()),
            "WIRESTREAM_REDIS_URL": self.redis_url,
            "WIRESTREAM_DATABASE_URL": self.settings.database_url or self.settings.resolved_database_url,
            "WIRESTREAM_LOG_FORMAT": "json",
        }
        return env

    async def _keep_alive(self, worker: Worker) -> None:
        while not self.stopping.is_set():
            await self._spawn(worker)
            assert worker.process is not None
            self.say(f"worker    {self._label(worker):<16} pid {worker.process.pid}")
            code = await worker.process.wait()
            if self.stopping.is_set():
                return
            if time.monotonic() - worker.started_at > 60:
                worker.backoff = 1.0
            worker.restarts += 1
            self.say(
                f"worker    {self._label(worker)} exited with code {code}; restarting in {worker.backoff:.0f} s "
                f"(see {worker.log_path})"
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), worker.backoff)
            worker.backoff = min(worker.backoff * 2, 30.0)

    def _label(self, worker: Worker) -> str:
        return worker.stage if self.replicas[worker.stage] == 1 else f"{worker.stage}#{worker.replica}"

    async def _stop_workers(self, timeout: float = 30) -> None:
        running = [w.process for w in self.workers if w.process and w.process.returncode is None]
        for p in running:
            with contextlib.suppress(ProcessLookupError):
                p.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(asyncio.gather(*(p.wait() for p in running)), timeout)
        except TimeoutError:
            for p in running:
                if p.returncode is None:
                    p.kill()

    # --- output -------------------------------------------------------------
    async def _print_enriched(self, client: aioredis.Redis) -> None:
        last: bytes | str = "$"
        while not self.stopping.is_set():
            try:
                reply = replies.xread(await client.xread({contracts.ENRICHED: last}, block=1000, count=100))
            except (ConnectionError, OSError, aioredis.ConnectionError):
                await asyncio.sleep(1)
                continue
            for _, entries in reply:
                for entry_id, fields in entries:
                    last = entry_id
                    doc = json.loads(fields[b"data"])
                    self.say("stored    " + one_line(doc))

    def _stored(self) -> int | str:
        try:
            return self.pipeline.count_stored(self.settings.resolved_database_url)
        except Exception as exc:  # the persist worker reports and retries; here it is only news
            return f"? ({type(exc).__name__})"

    async def run(self, ingest: list[Path]) -> int:
        for folder in (self.home / "logs", self.settings.inbox):
            folder.mkdir(parents=True, exist_ok=True)
        self._start_server()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stopping.set)
        client = aioredis.from_url(self.client_url)
        try:
            await ensure_all_groups(client)
            printer = asyncio.create_task(self._print_enriched(client))
            keepers = [asyncio.create_task(self._keep_alive(w)) for w in self.workers]
            self.say(
                "replicas  "
                + ", ".join(f"{stage} {n}" for stage, n in self.replicas.items() if stage in self.pipeline.names)
                + f" ({usable_cores()} cores; WIRESTREAM_REPLICAS_<STAGE> to change)"
            )
            self.say(
                f"store     {self._stored()} articles stored so far ({without_password(self.settings.resolved_database_url)})"
            )
            suffixes = self.pipeline.inbox_suffixes()
            drop = f" (drop {' '.join(suffixes)} files)" if suffixes else ""
            self.say(f"inbox     watching {self.settings.inbox.resolve()}{drop}")
            if ingest:
                report = await self.pipeline.ingest(self.client_url, ingest, self.settings)
                self.say(f"ingest    {report.summary()}")
            self.say("ready     Ctrl-C stops everything")
            await self.stopping.wait()
            self.say("stopping  workers finish what they hold…")
            await self._stop_workers()
            for task in [*keepers, printer]:
                task.cancel()
            await asyncio.gather(*keepers, printer, return_exceptions=True)
        finally:
            await client.aclose()
            self._stop_server()
        self.say("stopped")
        return 0
