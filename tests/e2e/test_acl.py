"""Least privilege: each worker runs as its own Redis user, and can touch nothing but its own keys.

The rules are loaded the way compose loads them (``--aclfile``), on the bundled Valkey and,
when Debian's ``redis-server`` (Redis 7.0, what compose and CI run) is installed, on it too.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import redis.asyncio as aioredis

from tests.waiting import wait_for
from wirestream import contracts, functions, health, replies
from wirestream.acl import HOUSEKEEPER, SUBSCRIBER, acl_file, users
from wirestream.backpressure import pipeline_backlog
from wirestream.embedded import start_redis
from wirestream.services.registry import PIPELINE

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
STAGES = contracts.STAGE_NAMES
USERS = users(PIPELINE)
INCIDENT = contracts.incident_stream("kremlin-drone-attack-2023")


def _servers() -> list:
    servers = [pytest.param(None, id="valkey")]
    redis7 = shutil.which("redis-server")
    servers.append(
        pytest.param(
            redis7, id="redis-7", marks=pytest.mark.skipif(redis7 is None, reason="redis-server is not installed")
        )
    )
    return servers


@pytest.fixture
def acl_server(tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    binary = getattr(request, "param", None)
    if binary:
        monkeypatch.setenv("WIRESTREAM_REDIS_SERVER", binary)
    passwords = {user: secrets.token_hex(12) for user in USERS}
    aclfile = tmp_path / "users.acl"
    aclfile.write_text(acl_file(passwords, PIPELINE))
    server = start_redis(tmp_path / "redis", log_file=tmp_path / "redis.log", extra_args=("--aclfile", str(aclfile)))
    yield server, passwords
    server.stop()


def client_as(port: int, user: str, passwords: dict[str, str]) -> redis.Redis:
    return redis.Redis(port=port, username=user, password=passwords[user])


def _forbidden(user: str) -> list[tuple]:
    """Commands ``user`` must be refused: destructive, outside its keys, or code."""
    everyone = [
        ("EVAL", "return 1", "0"),
        ("SCRIPT", "LOAD", "return 1"),
        ("FUNCTION", "DELETE", functions.LIBRARY_NAME),
        ("FCALL", functions.REPLAY, "2", contracts.DEAD, contracts.ENRICHED, "1-1", "data", "{}"),
        ("KEYS", "*"),
        ("CONFIG", "GET", "maxmemory"),
        ("CONFIG", "SET", "maxmemory", "0"),
        ("FLUSHALL",),
        ("FLUSHDB",),
        ("ACL", "LIST"),
        ("CLIENT", "LIST"),
        ("SET", "anything", "1"),
        ("DEL", contracts.DEAD),
        ("XTRIM", contracts.DEAD, "MAXLEN", "0"),
        ("XDEL", contracts.DEAD, "1-1"),
        ("XRANGE", contracts.DEAD, "-", "+"),
        ("SET", health.key("other-stage", "x"), "1"),
        ("ZADD", health.registry("other-stage"), "1", "x"),
    ]
    if user == SUBSCRIBER:
        return [
            *everyone,
            ("SCAN", "0"),
            ("XADD", contracts.ENRICHED, "*", "data", "{}"),
            ("XADD", INCIDENT, "*", "data", "{}"),
            ("XTRIM", contracts.ENRICHED, "MAXLEN", "0"),
            ("XRANGE", contracts.DATED, "-", "+"),
            ("XREADGROUP", "GROUP", "persist", "x", "STREAMS", contracts.ANNOTATED, ">"),
        ]
    if user == HOUSEKEEPER:
        return [
            *everyone[:2],  # it loads the library, so FUNCTION/FCALL of its own are allowed
            *everyone[4:12],
            ("DEL", contracts.FETCHED),
            ("DEL", contracts.ENRICHED),
            ("XADD", contracts.FETCHED, "*", "a", "b"),
            ("XADD", contracts.DEAD, "*", "a", "b"),
            ("XACK", contracts.FETCHED, "clean", "1-1"),
            ("XREADGROUP", "GROUP", "clean", "x", "STREAMS", contracts.FETCHED, ">"),
            ("XGROUP", "DESTROY", contracts.FETCHED, "clean"),
            ("XRANGE", contracts.ENRICHED, "-", "+"),
            ("FCALL", functions.PUBLISH_ONCE, "2", contracts.published_key("a"), contracts.ENRICHED, "d", "{}", "60"),
        ]
    spec = contracts.stage_streams(user)
    others = [s for s in (*[x.input for x in contracts.STAGES if x.input], contracts.ENRICHED, INCIDENT)]
    cases: list[tuple[str, ...]] = [
        *everyone,
        ("SCAN", "0"),
        ("DEL", spec.output),
        ("XTRIM", spec.output, "MAXLEN", "0"),
        ("SET", spec.output, "1"),
        ("XRANGE", spec.output, "-", "+"),
        ("XREVRANGE", spec.output, "+", "-"),
        *[("XADD", s, "*", "a", "b") for s in others if s != spec.output and not (user == "persist" and s == INCIDENT)],
        ("FUNCTION", "LOAD", "REPLACE", functions.LIBRARY),
    ]
    if user != "fetch":
        cases.append(("INFO", "memory"))
        cases += [("XINFO", "GROUPS", s) for s in _stage_inputs() if s != spec.input]
    else:  # back-pressure: XINFO GROUPS of the stage inputs, read-only, and nothing else of XINFO
        cases += [
            ("XINFO", "STREAM", contracts.FETCHED),  # returns entries
            ("XINFO", "STREAM", contracts.CLEANED, "FULL"),
            ("XINFO", "CONSUMERS", contracts.FETCHED, "clean"),
            ("XINFO", "GROUPS", contracts.ENRICHED),
            ("XINFO", "GROUPS", contracts.DEAD),
            ("XLEN", contracts.CLEANED),
            ("XPENDING", contracts.CLEANED, "date-parse"),
            ("XADD", contracts.CLEANED, "*", "a", "b"),
        ]
    if spec.input and spec.group:
        nxt = next((x for x in contracts.STAGES if x.input == spec.output), None)
        cases += [
            ("DEL", spec.input),
            ("XTRIM", spec.input, "MAXLEN", "0"),
            ("XDEL", spec.input, "1-1"),
            ("XGROUP", "DESTROY", spec.input, spec.group),
            ("XGROUP", "SETID", spec.input, spec.group, "$"),
            ("XGROUP", "DELCONSUMER", spec.input, spec.group, "someone"),
            ("XADD", spec.input, "*", "a", "b"),
        ]
        if nxt is not None and nxt.group:  # acknowledge or read the next stage's group
            cases += [
                ("XACK", spec.output, nxt.group, "1-1"),
                ("XREADGROUP", "GROUP", nxt.group, "x", "STREAMS", spec.output, ">"),
                ("XCLAIM", spec.output, nxt.group, "x", "0", "1-1"),
            ]
    else:
        cases.append(("DEL", spec.output))
    if user == "persist":
        cases += [("FCALL", functions.FORGET_CONSUMER, "1", contracts.ANNOTATED, "persist", "x")]
    return cases


def _stage_inputs() -> list[str]:
    return [s.input for s in contracts.STAGES if s.input]


def _prepare(admin: redis.Redis) -> None:
    functions.ensure_loaded(admin)
    for spec in contracts.STAGES:
        if spec.input and spec.group:
            admin.xgroup_create(spec.input, spec.group, id="0", mkstream=True)
            admin.xadd(spec.input, {"a": "b"})
    admin.xadd(contracts.ENRICHED, {"data": "{}"})
    admin.xadd(INCIDENT, {"data": "{}"})
    admin.xadd(contracts.DEAD, {"data": "{}"})


def _own_job(user: str, c: redis.Redis) -> None:
    """What ``user`` must still be able to do (each call raises if refused)."""
    now = time.time()
    if user == SUBSCRIBER:
        assert c.xread({contracts.ENRICHED: "0"}, count=1)
        assert c.xrange(INCIDENT)
        return
    if user == HOUSEKEEPER:
        assert functions.ensure_loaded(c) is False  # already loaded; it could have loaded it
        for stream in (contracts.FETCHED, contracts.ENRICHED, INCIDENT, contracts.DEAD):
            c.xinfo_groups(stream)
            c.xtrim(stream, maxlen=1000)
        c.xinfo_consumers(contracts.FETCHED, "clean")
        c.xpending(contracts.FETCHED, "clean")
        assert INCIDENT.encode() in set(c.scan_iter(match=contracts.INCIDENT_PREFIX + "*"))
        c.fcall(functions.FORGET_CONSUMER, 1, contracts.FETCHED, "clean", "nobody")
        c.zremrangebyscore(health.registry("clean"), "-inf", 0)
        assert "used_memory" in c.info("memory")
    else:
        spec = contracts.stage_streams(user)
        if spec.input and spec.group:
            try:
                c.xgroup_create(spec.input, spec.group, id="0", mkstream=True)
            except redis.exceptions.ResponseError as exc:
                assert "BUSYGROUP" in str(exc)
            ((_, ((entry, _),)),) = replies.xread(c.xreadgroup(spec.group, "me", {spec.input: ">"}, count=1))
            c.xpending(spec.input, spec.group)
            c.xpending_range(spec.input, spec.group, "-", "+", 10, consumername="me")
            c.xclaim(spec.input, spec.group, "me", 0, [entry], justid=True)
            c.xautoclaim(spec.input, spec.group, "me", 0, count=1)
            c.xadd(contracts.DEAD, {"data": "{}"})
            if user == "persist":
                assert c.xack(spec.input, spec.group, entry) == 1
            else:  # the runtime publishes and acknowledges in one transaction
                with c.pipeline(transaction=True) as pipe:
                    pipe.xadd(spec.output, {"a": "b"})
                    pipe.xack(spec.input, spec.group, entry)
                    assert pipe.execute()[1] == 1
        if user == "persist":
            keys = [contracts.published_key("x"), contracts.ENRICHED, INCIDENT]
            assert c.fcall(functions.PUBLISH_ONCE, 3, *keys, "digest", "{}", 60)
            assert c.fcall(functions.PUBLISH_ONCE, 3, *keys, "digest", "{}", 60) is None  # once
        else:
            c.xadd(spec.output, {"a": "b"})
        if user == "fetch":
            assert "used_memory" in c.info("memory")
            for stream in _stage_inputs():
                assert c.xinfo_groups(stream)

            async def backlog() -> int:
                kw = c.connection_pool.connection_kwargs
                async with aioredis.Redis(
                    host=kw["host"], port=kw["port"], username=kw["username"], password=kw["password"]
                ) as ac:
                    return await pipeline_backlog(ac)

            assert asyncio.run(backlog()) >= 4  # one unread entry per stage input, from _prepare
    c.set(health.key(user, "me"), "{}", ex=15)
    c.zadd(health.registry(user), {"me": now})
    c.zrangebyscore(health.registry("persist"), now - 15, "+inf")
    c.mget([health.key(user, "me"), health.key("persist", "x")])
    c.delete(health.key(user, "me"))


@pytest.mark.parametrize("acl_server", _servers(), indirect=True)
def test_every_user_is_refused_what_is_not_its_own_and_can_do_its_job(acl_server):
    server, passwords = acl_server
    admin = client_as(server.port, "default", passwords)
    _prepare(admin)
    allowed: list[tuple[object, ...]] = []  # (user, command[, error])
    for user in [u for u in USERS if u != "default"]:
        client = client_as(server.port, user, passwords)
        for command in _forbidden(user):
            try:
                client.execute_command(*command)
            except redis.exceptions.NoPermissionError:
                continue
            except redis.exceptions.ResponseError as exc:
                if "NOPERM" in str(exc) or "no permissions" in str(exc).lower():
                    continue
                allowed.append((user, command, f"{type(exc).__name__}: {exc}"))
            else:
                allowed.append((user, command))
        client.close()
    assert allowed == [], "commands that must be refused were not"
    for user in [u for u in USERS if u != "default"]:
        client = client_as(server.port, user, passwords)
        _own_job(user, client)
        client.close()
    admin.close()


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
        "WIRESTREAM_ENTITY_LANGUAGES": "",  # the seeds are English; no French/Russian model (~3-4 s of CPU)
    }
    procs = {}
    for name in (*STAGES, HOUSEKEEPER):
        env = base | {
            "WIRESTREAM_REDIS_URL": f"redis://{name}@127.0.0.1:{server.port}/0",
            "WIRESTREAM_REDIS_PASSWORD": passwords[name],
        }
        with open(tmp_path / f"{name}.log", "wb") as log:
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "wirestream", "worker", name], env=env, cwd=ROOT, stdout=log, stderr=log
            )
    try:
        for seed in seed_paths:
            shutil.copyfile(seed, inbox / seed.name)
        subscriber = client_as(server.port, SUBSCRIBER, passwords)
        wait_for(lambda: subscriber.xlen(contracts.ENRICHED) == 2, timeout=120, what="both seeds published")
        docs = [json.loads(f[b"data"]) for _, f in replies.entries(subscriber.xrange(contracts.ENRICHED))]
        assert subscriber.xlen(INCIDENT) == 2  # both seeds are about the incident; the subscriber may read it
        assert {d["published_at"]["value"] for d in docs} == {"2023-05-03", "2023-05-06"}
        admin = client_as(server.port, "default", passwords)

        # each stage did its own work under its own user... (a stage acknowledges its input after it has published,
        # so the last stage's acknowledgement may land just after the subscriber sees the article)
        def acknowledged() -> bool:
            groups = [admin.xinfo_groups(stream) for stream in _stage_inputs()]
            assert all(len(g) == 1 and g[0]["entries-read"] <= 2 for g in groups)
            return all(g[0]["pending"] == 0 and g[0]["entries-read"] == 2 for g in groups)

        wait_for(acknowledged, timeout=30, what="each stage read and acknowledged both entries")
        # ...and the housekeeper trimmed what they acknowledged (no stage may)
        wait_for(lambda: all(admin.xlen(s) <= 1 for s in _stage_inputs()), timeout=30, what="inputs trimmed")
        # every service reports itself healthy through its own user (no SCAN needed)
        for name in (*STAGES, HOUSEKEEPER):
            env = base | {
                "WIRESTREAM_REDIS_URL": f"redis://{name}@127.0.0.1:{server.port}/0",
                "WIRESTREAM_REDIS_PASSWORD": passwords[name],
            }
            result = subprocess.run(
                [sys.executable, "-m", "wirestream", "health", name], env=env, cwd=ROOT, capture_output=True, text=True
            )
            assert result.returncode == 0, (name, result.stderr)
    finally:
        for p in procs.values():
            p.send_signal(signal.SIGTERM)
        for p in procs.values():
            p.wait(timeout=30)
    logs = "".join((tmp_path / f"{s}.log").read_text() for s in (*STAGES, HOUSEKEEPER))
    assert "NOPERM" not in logs and "no permissions" not in logs, "a worker needed a command or key its user lacks"
    assert not any(password in logs for password in passwords.values()), "a secret was logged"
