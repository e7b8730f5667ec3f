"""Replicas of a stage on a real Redis-protocol server: separate processes, one group, the work shared."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import redis

from tests.factories import fetched_article
from tests.integration.test_runtime import publish
from tests.waiting import wait_for
from wirestream import contracts, health

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def test_two_replicas_are_two_consumers_of_one_group_and_both_do_work(redis_url, tmp_path):
    client = redis.Redis.from_url(redis_url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRESTREAM_")} | {
        "WIRESTREAM_REDIS_URL": redis_url,
        "WIRESTREAM_HOME": str(tmp_path / "home"),
        "WIRESTREAM_LOG_FORMAT": "json",
        "WIRESTREAM_READ_BATCH": "1",
    }
    procs = []
    for n in range(2):  # what `wirestream up` starts for WIRESTREAM_REPLICAS_CLEAN=2
        with open(tmp_path / f"clean-{n}.log", "wb") as log:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "wirestream", "worker", "clean"], env=env, cwd=ROOT, stdout=log, stderr=log
                )
            )
    try:
        # both are consuming (a heartbeat is written only while a worker's subscribers run) before anything is published
        wait_for(lambda: len(health.live_workers(client, ("clean",))) == 2, timeout=90, what="two live clean workers")
        total = 40
        asyncio.run(publish(redis_url, contracts.FETCHED, *(fetched_article(f"r{i}") for i in range(total))))
        wait_for(lambda: client.xlen(contracts.CLEANED) == total, timeout=120, what=f"{total} cleaned")
        wait_for(lambda: client.xpending(contracts.FETCHED, "clean")["pending"] == 0, what="all acknowledged")

        def done_by_each() -> dict[str, int] | None:
            beats = {b["consumer"]: b["processed"] for b in health.live_workers(client, ("clean",))}
            return beats if len(beats) == 2 and sum(beats.values()) == total else None

        beats = wait_for(done_by_each, timeout=30, what="both heartbeats counting every entry")
        names = {c["name"].decode() for c in client.xinfo_consumers(contracts.FETCHED, "clean")}
        assert names == set(beats) == {f"clean-{socket.gethostname()}-{p.pid}" for p in procs}  # distinct, by default
        assert all(n > 0 for n in beats.values()), f"one replica did all the work: {beats}"
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(timeout=60)
        client.close()
