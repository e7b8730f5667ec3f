"""A pipeline of real worker processes that fault tests can kill, stop and restart piece by piece."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import redis
import sqlalchemy as sa

from wirestream import contracts, replies
from wirestream.services.ingest.fetch.formats import read_article
from wirestream.services.ingest.fetch.inbox import PROCESSED, PROCESSING, QUARANTINE, is_candidate
from wirestream.services.store.schema import articles, make_engine

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = ["Vladimir Putin", "Dmitry Peskov", "John Kirby", "Volodymyr Zelensky", "Sergei Lavrov", "Antony Blinken"]
PLACES = ["Moscow", "Kyiv", "Washington", "Krasnodar", "Beijing", "Berlin"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_articles(n: int, seed: int = 11) -> list[tuple[str, bytes]]:
    """``n`` short, distinct articles in the seed format."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        who, other = rng.sample(PEOPLE, 2)
        where = rng.choice(PLACES)
        text = (
            f" date 2023-05-{rng.randint(3, 9):02d} {who} said on {rng.choice(DAYS)} that the drones seen over "
            f"the Kremlin were launched from {where}.\n\n"
            f"{who} said on {rng.choice(DAYS)} that the drones seen over the Kremlin were launched from {where}. "
            f"{other} rejected the claim in {rng.choice(PLACES)} and called it a provocation. "
            f"Officials gave no evidence, and report number {i} could not be verified independently."
        )
        out.append((f"article-{i:04}.txt", text.encode("utf-8")))
    return out


def expected_ids(items: list[tuple[str, bytes]]) -> set[str]:
    now = datetime.now(UTC)
    return {read_article(raw, name=name, uri="file:///x", received_at=now).id for name, raw in items}


class Pipeline:
    """Five worker processes against given servers, with an inbox in a temporary folder."""

    def __init__(self, tmp: Path, redis_url: str, database_url: str, **settings: str) -> None:
        self.tmp = tmp
        self.inbox = tmp / "inbox"
        self.inbox.mkdir(exist_ok=True)
        self.logs = tmp / "logs"
        self.logs.mkdir(exist_ok=True)
        self.redis_url = redis_url
        self.database_url = database_url
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("WIRESTREAM_")} | {
            "WIRESTREAM_REDIS_URL": redis_url,
            "WIRESTREAM_DATABASE_URL": database_url,
            "WIRESTREAM_HOME": str(tmp / "home"),
            "WIRESTREAM_INBOX": str(self.inbox),
            "WIRESTREAM_LOG_FORMAT": "json",
            "WIRESTREAM_CLAIM_IDLE_MS": "3000",
            "WIRESTREAM_MAX_DELIVERIES": "1000",
            "WIRESTREAM_SETTLE_SECONDS": "0.1",
            "WIRESTREAM_RESCAN_SECONDS": "1",
            "WIRESTREAM_STALE_CLAIM_SECONDS": "3",
            "WIRESTREAM_BLOCK_MS": "300",
            "WIRESTREAM_RETENTION_SECONDS": "2",
            "WIRESTREAM_STORE_RETRY_MAX_SECONDS": "2",
            # English articles only: entity-enrich loads no French or Russian model (~3-4 s of CPU at each of
            # its starts, a dozen in this tier); what these tests check is delivery, not the recognisers
            "WIRESTREAM_ENTITY_LANGUAGES": "",
        }
        self.env |= {f"WIRESTREAM_{k.upper()}": v for k, v in settings.items()}
        self._client: redis.Redis | None = None
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.exits: list[tuple[str, int]] = []
        self.restarts: list[tuple[str, int | None]] = []  # workers that exited on their own

    # --- processes ----------------------------------------------------------
    def start(self, stage: str) -> None:
        with open(self.logs / f"{stage}.log", "ab") as log:
            self.procs[stage] = subprocess.Popen(
                [sys.executable, "-m", "wirestream", "worker", stage],
                env=self.env,
                cwd=ROOT,
                stdout=log,
                stderr=log,
            )

    def start_all(self) -> None:
        for stage in contracts.STAGE_NAMES:
            self.start(stage)
        self.wait_ready()

    def wait_ready(self, timeout: float = 180) -> None:
        """Until every stage has a worker with a fresh heartbeat (subscribed and consuming)."""
        from wirestream.health import live_workers

        deadline = time.monotonic() + timeout
        while {b["stage"] for b in live_workers(self.client(), contracts.STAGE_NAMES)} != set(contracts.STAGE_NAMES):
            if time.monotonic() > deadline:
                raise AssertionError("the workers did not all become ready")
            time.sleep(0.2)

    def signal(self, stage: str, sig: int, timeout: float = 45) -> int:
        proc = self.procs[stage]
        proc.send_signal(sig)
        code = proc.wait(timeout=timeout)
        self.exits.append((stage, code))
        return code

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        stuck = []
        for stage, proc in self.procs.items():  # every one waited for (or killed) before failing: none left behind
            try:
                proc.wait(timeout=45)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                stuck.append(stage)
        if self._client is not None:
            self._client.close()
            self._client = None
        assert not stuck, f"{', '.join(stuck)} did not stop within 45 s of SIGTERM"

    def log_tail(self, stage: str, lines: int = 30) -> str:
        path = self.logs / f"{stage}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    # --- input --------------------------------------------------------------
    def drop(self, items: list[tuple[str, bytes]]) -> None:
        for name, raw in items:
            tmp = self.inbox / f".{name}"
            tmp.write_bytes(raw)
            os.rename(tmp, self.inbox / name)

    # --- observation --------------------------------------------------------
    def client(self) -> redis.Redis:
        """One client for the test's polls (some every 20 ms): a new one each time opened a connection each time.
        After a Redis restart its next command fails (the callers count that as "not answering") and reconnects."""
        if self._client is None:
            self._client = redis.Redis.from_url(self.redis_url, socket_timeout=5)
        return self._client

    def stored_ids(self) -> list[str]:
        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return [row.id for row in conn.execute(sa.select(articles.c.id))]
        except sa.exc.OperationalError:
            return []
        finally:
            engine.dispose()

    def pending(self, stage: str) -> int:
        spec = contracts.stage_streams(stage)
        if spec.input is None:  # fetch reads files, not a stream
            return 0
        try:
            groups = {g["name"].decode(): g for g in self.client().xinfo_groups(spec.input)}
        except redis.RedisError:
            return 0
        group = groups.get(spec.group or "")
        return int(group["pending"]) if group else 0

    def drained(self) -> dict[str, int] | None:
        """Per stage, what is left (backlog + pending); ``None`` while the servers do not answer."""
        try:
            client = self.client()
            left = {}
            for spec in contracts.STAGES:
                if spec.input is None:
                    left[spec.stage] = sum(1 for p in self.inbox.iterdir() if is_candidate(p.name)) + len(
                        list((self.inbox / PROCESSING).iterdir())
                    )
                    continue
                groups = {g["name"].decode(): g for g in client.xinfo_groups(spec.input)}
                group = groups[spec.group or ""]
                left[spec.stage] = int(group["pending"]) + int(group.get("lag") or 0)
            return left
        except (redis.RedisError, KeyError, FileNotFoundError):
            return None

    def supervise(self) -> None:
        """Restart a worker that exited on its own, as `wirestream up` or compose would."""
        for stage, proc in self.procs.items():
            if proc.poll() is not None:
                self.restarts.append((stage, proc.returncode))
                self.start(stage)

    def wait_complete(self, n: int, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while True:
            self.supervise()
            left = self.drained()
            stored = len(self.stored_ids())
            if left is not None and not any(left.values()) and stored >= n:
                return
            if time.monotonic() > deadline:
                tails = "\n".join(f"--- {s}\n{self.log_tail(s, 8)}" for s in contracts.STAGE_NAMES)
                raise AssertionError(f"not complete after {timeout} s: stored {stored}/{n}, left {left}\n{tails}")
            time.sleep(0.5)

    def verify_exactly_once(self, expected: set[str]) -> None:
        ids = self.stored_ids()
        assert len(ids) == len(set(ids)) == len(expected), f"{len(ids)} rows, {len(set(ids))} distinct"
        assert set(ids) == expected
        client = self.client()
        published = [json.loads(f[b"data"])["id"] for _, f in replies.entries(client.xrange(contracts.ENRICHED))]
        assert len(published) == len(set(published)) == len(expected), "published more or less than once"
        assert set(published) == expected
        dead = replies.entries(client.xrange(contracts.DEAD))
        assert dead == [], f"dead letters: {[json.loads(f[b'data'])['error'] for _, f in dead][:5]}"
        for stage in contracts.STAGE_NAMES[1:]:
            assert self.pending(stage) == 0, f"{stage} has pending entries"
        assert list((self.inbox / QUARANTINE).iterdir()) == []
        assert list((self.inbox / PROCESSING).iterdir()) == []
        assert len(list((self.inbox / PROCESSED).iterdir())) == len(expected)
