"""The read side of the store: what `wirestream export` and `status` ask of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from wirestream.services.store.schema import articles


def iter_documents(engine: Engine, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every stored article, oldest first, as the JSON document subscribers receive."""
    query = sa.select(articles.c.doc).order_by(articles.c.stored_at, articles.c.id)
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(query)
        for row in result:
            yield row.doc


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
