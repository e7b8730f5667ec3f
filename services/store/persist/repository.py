"""The idempotent upsert: storing an article twice changes nothing.

An article's *digest* hashes what the pipeline derived from it (everything but
where and when it was received and stored). Storing an article whose id exists
with the same digest is a no-op and keeps the first row; a different digest (the
pipeline improved) updates the row. Either way the caller gets the stored
document back, which is what gets published.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from services.store.schema import articles
from wirestream.contracts import EnrichedArticle


def digest(article: EnrichedArticle) -> str:
    body = article.model_dump(mode="json", exclude={"source", "stored_at", "kind"})
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Stored:
    article: EnrichedArticle
    digest: str
    changed: bool  # inserted or updated by this call


def upsert(engine: Engine, article: EnrichedArticle) -> Stored:
    now = datetime.now(UTC)
    dg = digest(article)
    doc = article.model_copy(update={"stored_at": now}).model_dump(mode="json")
    values = {
        "id": article.id,
        "digest": dg,
        "title": article.title,
        "language": article.language,
        "published_at": article.published_at.value if article.published_at else None,
        "source_uri": article.source.uri,
        "doc": doc,
        "stored_at": now,
        "updated_at": now,
    }
    insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(articles).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[articles.c.id],
        set_={k: stmt.excluded[k] for k in ("digest", "title", "language", "published_at", "doc", "updated_at")},
        where=articles.c.digest != stmt.excluded.digest,
    ).returning(articles.c.id)
    with engine.begin() as conn:
        changed = conn.execute(stmt).first() is not None  # a row comes back only if written
        row = conn.execute(sa.select(articles.c.doc, articles.c.digest).where(articles.c.id == article.id)).one()
    stored = EnrichedArticle.model_validate(row.doc)
    return Stored(article=stored, digest=row.digest, changed=changed)
