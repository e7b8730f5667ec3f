"""``wirestream up``: the whole pipeline on one machine, each worker its own process.

Starts the embedded Redis-protocol server unless ``WIRESTREAM_REDIS_URL`` is set,
creates every consumer group, starts one process per stage and the housekeeper, restarts any that
exits (with backoff), prints each article published on ``wirestream:enriched``,
and on Ctrl-C (or SIGTERM) stops the workers gracefully, then the server.
Worker logs go to ``<home>/logs/<stage>.log``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis.asyncio as aioredis
from pydantic import SecretStr

from wirestream import contracts, metrics, replies
from wirestream.embedded import EmbeddedRedis, start_redis
from wirestream.logging import without_password
from wirestream.render import one_line
from wirestream.runtime import ensure_all_groups
from wirestream.settings import Settings
from wirestream.stages import Pipeline

HOUSEKEEPER = "housekeeper"  # besides the stages: trims and tidies (wirestream.housekeeping)


@dataclass
class Worker:
    stage: str
    log_path: Path
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    started_at: float = 0.0
    backoff: float = 1.0
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class Supervisor:
    def __init__(self, settings: Settings, pipeline: Pipeline, say: Callable[[str], None] = print) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.say = say
        self.home = settings.home
        self.processes = (*pipeline.names, HOUSEKEEPER)  # in this order: process i serves metrics on base + i
        self.workers = [Worker(s, self.home / "logs" / f"{s}.log") for s in self.processes]
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
    def worker_env(self, stage: str) -> dict[str, str]:
        """The environment of one worker: this one's, with the supervisor's settings on top."""
        env = dict(os.environ) | self._child_settings()
        index = self.processes.index(stage)
        env["WIRESTREAM_METRICS_PORT"] = str(metrics.process_port(self.settings.metrics_port, index))
        uses_store = stage in self.pipeline.names and self.pipeline.stage(stage).uses_store
        if not uses_store:  # only persist talks to the database: the others never see its credentials
            for key in [k for k in env if k.startswith("WIRESTREAM_DATABASE_")]:
                del env[key]
        return env

    async def _spawn(self, worker: Worker) -> None:
        env = self.worker_env(worker.stage)
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
            self.say(f"worker    {worker.stage:<14} pid {worker.process.pid}")
            code = await worker.process.wait()
            if self.stopping.is_set():
                return
            if time.monotonic() - worker.started_at > 60:
                worker.backoff = 1.0
            worker.restarts += 1
            self.say(
                f"worker    {worker.stage} exited with code {code}; restarting in {worker.backoff:.0f} s "
                f"(see {worker.log_path})"
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), worker.backoff)
            worker.backoff = min(worker.backoff * 2, 30.0)

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
                f"store     {self._stored()} articles stored so far ({without_password(self.settings.resolved_database_url)})"
            )
            self.say(f"inbox     watching {self.settings.inbox.resolve()} (drop .txt .md .html .json files)")
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
