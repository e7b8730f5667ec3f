"""The idempotent upsert: storing an article twice changes nothing.

An article's *digest* hashes what the pipeline derived from it (everything but
where and when it was received and stored). Storing an article whose id exists
with the same digest is a no-op and keeps the first row; a different digest (the
pipeline improved) updates the row. Either way the caller gets the stored
document back, which is what gets published.

In the same transaction the article joins its story (``story_id``): near-duplicate
articles, such as one wire story on many sites, share one (see ``stories.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from services.store.schema import articles, story_bands
from services.store.stories import bands
from wirestream.contracts import EnrichedArticle


def digest(article: EnrichedArticle) -> str:
    body = article.model_dump(mode="json", exclude={"source", "stored_at", "kind", "story_id"})
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Stored:
    article: EnrichedArticle
    digest: str
    changed: bool  # inserted or updated by this call


def _story(conn: sa.Connection, article: EnrichedArticle, dialect: str) -> str:
    """The story the article belongs to: the one most of its bands already point to, else its own."""
    keys = bands(article.text)
    if not keys:
        return article.id
    rows = conn.execute(sa.select(story_bands.c.story_id).where(story_bands.c.band.in_(keys))).scalars().all()
    story = Counter(rows).most_common(1)[0][0] if rows else article.id
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    conn.execute(insert(story_bands).values([{"band": k, "story_id": story} for k in keys]).on_conflict_do_nothing())
    return story


def upsert(engine: Engine, article: EnrichedArticle) -> Stored:
    now = datetime.now(UTC)
    dg = digest(article)
    with engine.begin() as conn:
        story = _story(conn, article, engine.dialect.name)
        return _write(conn, engine.dialect.name, article.model_copy(update={"story_id": story}), dg, now)


def _write(conn: sa.Connection, dialect: str, article: EnrichedArticle, dg: str, now: datetime) -> Stored:
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
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(articles).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[articles.c.id],
        set_={k: stmt.excluded[k] for k in ("digest", "title", "language", "published_at", "doc", "updated_at")},
        where=articles.c.digest != stmt.excluded.digest,
    ).returning(articles.c.id)
    changed = conn.execute(stmt).first() is not None  # a row comes back only if written
    row = conn.execute(sa.select(articles.c.doc, articles.c.digest).where(articles.c.id == article.id)).one()
    stored = EnrichedArticle.model_validate(row.doc)
    return Stored(article=stored, digest=row.digest, changed=changed)
