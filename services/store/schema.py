"""The article table and how to reach the database (SQLite by default, PostgreSQL by URL).

One code path serves both: SQLAlchemy Core with each dialect's
``INSERT ... ON CONFLICT`` for the idempotent upsert.

The schema evolves by Alembic migrations (``services/store/alembic/versions``);
:func:`create_schema` runs ``alembic upgrade head``. The tables below describe the
head revision for the queries (a test checks that they match the migrations).
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "alembic"
INITIAL_REVISION = "0001"  # the schema create_all made before migrations existed
# Key of the PostgreSQL advisory lock that lets one persist replica migrate while the others wait.
MIGRATION_LOCK = 0x7769_7265_7374  # "wirest"

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("digest", sa.String(64), nullable=False, doc="hash of the derived content"),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("published_at", sa.Date, index=True),
    sa.Column("source_uri", sa.Text, nullable=False),
    sa.Column("doc", sa.JSON, nullable=False, doc="the whole article as subscribers receive it"),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # which version of the article the row holds: only a newer one replaces it (repository.py)
    sa.Column("schema_version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, doc="when fetch read the input"),
)


# Near-duplicate detection (services/store/stories.py): each LSH band key belongs to
# the story of the first article that had it.
story_bands = sa.Table(
    "story_bands",
    metadata,
    sa.Column("band", sa.String(40), primary_key=True),
    sa.Column("story_id", sa.String(64), nullable=False, index=True),
)


def normalise_url(url: str) -> str:
    """Let users write plain ``postgresql://`` URLs; this project drives PostgreSQL with psycopg 3."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migrator at a time. SQLite is a file on one host: a lock on a file beside it (the database's own
    locks would let two processes both find no table and both try to create it)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def create_schema(engine: Engine) -> None:
    """``alembic upgrade head``, safe when several persist replicas start at once.

    On PostgreSQL the whole upgrade runs in one transaction holding an advisory lock
    (DDL is transactional there): replicas that start together wait, then find the
    schema at head and do nothing. A database made by ``create_all`` before migrations
    existed is stamped at :data:`INITIAL_REVISION` first."""
    from alembic import command

    with _migration_lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config = alembic_config(conn)
        inspector = sa.inspect(conn)
        if not inspector.has_table("alembic_version") and inspector.has_table("articles"):
            command.stamp(config, INITIAL_REVISION)
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
