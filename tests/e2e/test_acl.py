"""Least privilege: each worker runs as its own Redis user, and can touch nothing but its own streams."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import redis

from tests.waiting import wait_for
from wirestream import contracts
from wirestream.acl import USERS, acl_file
from wirestream.embedded import start_redis

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def acl_server(tmp_path: Path):
    server = start_redis(tmp_path / "redis", log_file=tmp_path / "redis.log")
    passwords = {user: secrets.token_hex(12) for user in USERS}
    admin = redis.Redis(port=server.port)
    for line in acl_file(passwords).splitlines():
        _, name, rules = line.split(" ", 2)
        admin.execute_command("ACL", "SETUSER", name, "reset", *rules.split())
    admin.close()
    yield server, passwords
    server.stop()


def client_as(port: int, user: str, passwords: dict[str, str]) -> redis.Redis:
    return redis.Redis(port=port, username=user, password=passwords[user])


def test_workers_run_as_their_own_users_and_nothing_more(acl_server, tmp_path, seed_paths):
    server, passwords = acl_server
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("WIRESTREAM_")} | {
        "WIRESTREAM_DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "WIRESTREAM_HOME": str(tmp_path / "home"),
        "WIRESTREAM_INBOX": str(inbox),
        "WIRESTREAM_SETTLE_SECONDS": "0.2",
        "WIRESTREAM_RETENTION_SECONDS": "1",
        "WIRESTREAM_LOG_FORMAT": "json",
    }
    procs = {}
    for stage in contracts.STAGE_NAMES:
        env = base | {
            "WIRESTREAM_REDIS_URL": f"redis://{stage}@127.0.0.1:{server.port}/0",
            "WIRESTREAM_REDIS_PASSWORD": passwords[stage],
        }
        with open(tmp_path / f"{stage}.log", "wb") as log:
            procs[stage] = subprocess.Popen(
                [sys.executable, "-m", "wirestream", "worker", stage], env=env, cwd=ROOT, stdout=log, stderr=log
            )
    try:
        for seed in seed_paths:
            shutil.copy(seed, inbox / seed.name)
        subscriber = client_as(server.port, "subscriber", passwords)
        wait_for(lambda: subscriber.xlen(contracts.ENRICHED) == 2, timeout=90, what="both seeds published")
        docs = [json.loads(f[b"data"]) for _, f in subscriber.xrange(contracts.ENRICHED)]
        incident = contracts.incident_stream("kremlin-drone-attack-2023")
        assert subscriber.xlen(incident) == 2  # both seeds are about the incident; the subscriber may read it
        assert {d["published_at"]["value"] for d in docs} == {"2023-05-03", "2023-05-06"}

        # each worker user may not read or write another stage's streams
        forbidden = {
            "clean": [("XADD", contracts.ENRICHED, "*", "data", "{}"), ("XRANGE", contracts.ANNOTATED, "-", "+"),
                      ("XREADGROUP", "GROUP", "date-parse", "x", "STREAMS", contracts.CLEANED, ">"),
                      ("XRANGE", contracts.DEAD, "-", "+")],
            "fetch": [("XRANGE", contracts.FETCHED, "-", "+"), ("XADD", contracts.CLEANED, "*", "a", "b"),
                      ("SET", "wirestream:health:clean:fake", "1")],
            "persist": [("XRANGE", contracts.FETCHED, "-", "+"), ("HSET", "other", "a", "b"), ("FLUSHALL",)],
            "subscriber": [("XADD", contracts.ENRICHED, "*", "data", "{}"), ("XRANGE", contracts.DATED, "-", "+"),
                           ("XADD", contracts.incident_stream("kremlin-drone-attack-2023"), "*", "data", "{}"),
                           ("KEYS", "*")],
        }  # fmt: skip
        for user, commands in forbidden.items():
            client = client_as(server.port, user, passwords)
            for command in commands:
                with pytest.raises(redis.exceptions.NoPermissionError):
                    client.execute_command(*command)
        # ...while each stage did its own work under its own user
        admin = client_as(server.port, "default", passwords)
        for spec in contracts.STAGES[1:]:
            (group,) = admin.xinfo_groups(spec.input)
            assert group["pending"] == 0 and group["entries-read"] == 2
    finally:
        for p in procs.values():
            p.send_signal(signal.SIGTERM)
        for p in procs.values():
            p.wait(timeout=30)
    logs = "".join((tmp_path / f"{s}.log").read_text() for s in contracts.STAGE_NAMES)
    assert "NOPERM" not in logs, "a worker needed a command or key its user lacks"
    assert not any(password in logs for password in passwords.values()), "a secret was logged"
