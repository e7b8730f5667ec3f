"""The article table and how to reach the database (SQLite by default, PostgreSQL by URL).

One code path serves both: SQLAlchemy Core with each dialect's
``INSERT ... ON CONFLICT`` for the idempotent upsert.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

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
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)
