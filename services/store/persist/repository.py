"""The idempotent upsert: storing an article twice changes nothing, and an older version never
replaces a newer one.

An article's *digest* hashes what the pipeline derived from it (everything but
where and when it was received and stored). Storing an article whose id exists
with the same digest is a no-op and keeps the first row. A different digest
replaces the row only if the incoming version is newer, by comparing in order:

1. ``schema_version``: a document in a newer format is never replaced by one in an
   older format (subscribers would see fields disappear), whatever the timing;
2. ``source.received_at``: when fetch read the input. The id derives from the text,
   so a different digest under the same id means the same text was derived again:
   re-dropped after the pipeline improved, or re-sent with better metadata. The later
   read is the newer version; a redelivery of an older message (a pending entry
   claimed after a crash, a dead letter replayed late) carries its old read time and
   is refused. It is set once per input by fetch, travels unchanged through every
   stage, and is the only per-article clock every replica shares (clock skew between
   fetch hosts only matters for reads of one text closer together than the skew);
3. the digest itself, as a tie-break for one read derived twice (a stage redelivered
   across an upgrade): no timestamp orders those, and a fixed rule makes every
   replica and every delivery order end with the same row instead of flip-flopping.

The caller gets the stored document back, which is what gets published (once per
digest); for a refused older version it gets ``superseded`` and publishes nothing.

In the same transaction the article joins its story (``story_id``): near-duplicate
articles, such as one wire story on many sites, share one (see ``stories.py``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from wirestream.contracts import EnrichedArticle
from wirestream.services.store.schema import articles, story_bands
from wirestream.services.store.stories import bands


def digest(article: EnrichedArticle) -> str:
    body = article.model_dump(mode="json", exclude={"source", "stored_at", "kind", "story_id"})
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Stored:
    article: EnrichedArticle
    digest: str
    changed: bool  # inserted or updated by this call
    superseded: bool = False  # a different version was refused: the stored one is newer


_SURROGATE = re.compile("[\ud800-\udfff]")  # one character class: linear


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def valid_unicode(article: EnrichedArticle) -> EnrichedArticle:
    """The article with lone surrogates (JSON escapes such as ``\\ud800`` from any producer) replaced by
    U+FFFD: a row must be publishable as UTF-8, or it would be stored and never published."""
    try:
        article.model_dump_json()
    except ValueError:
        return EnrichedArticle.model_validate(_scrub(article.model_dump(mode="json")))
    return article


def _utc(value: datetime) -> datetime:
    """Every stored time in UTC: SQLite keeps them as text, compared as text."""
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _story(conn: sa.Connection, article: EnrichedArticle, dialect: str) -> str:
    """The story the article belongs to: the one most of its bands already point to, else its own."""
    keys = bands(article.text)
    if not keys:
        return article.id
    rows = conn.execute(sa.select(story_bands.c.story_id).where(story_bands.c.band.in_(keys))).scalars().all()
    story = Counter(rows).most_common(1)[0][0] if rows else article.id
    conn.execute(_statements(dialect).bands, [{"band": k, "story_id": story} for k in keys])
    return story


@dataclass(frozen=True)
class _Statements:
    bands: Any
    article: Any


@functools.cache
def _statements(dialect: str) -> _Statements:
    """The two insert statements, built once per dialect (their values are bound at each call):
    building and compiling them again for each article was a third of persist's own time."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(articles)
    row, new = articles.c, stmt.excluded
    newer = sa.or_(
        row.schema_version < new.schema_version,
        sa.and_(row.schema_version == new.schema_version, row.received_at < new.received_at),
        sa.and_(row.schema_version == new.schema_version, row.received_at == new.received_at, row.digest < new.digest),
    )
    updated = ("digest", "title", "language", "published_at", "source_uri", "doc", "updated_at")
    upsert = stmt.on_conflict_do_update(
        index_elements=[articles.c.id],
        set_={k: new[k] for k in (*updated, "schema_version", "received_at")},
        where=sa.and_(row.digest != new.digest, newer),
    ).returning(articles.c.id)
    return _Statements(bands=insert(story_bands).on_conflict_do_nothing(), article=upsert)


def upsert(engine: Engine, article: EnrichedArticle) -> Stored:
    (stored,) = upsert_many(engine, [article])
    return stored


def upsert_many(engine: Engine, articles: list[EnrichedArticle]) -> list[Stored]:
    """:func:`upsert` of each article, in order, in one transaction (all stored, or none if one fails):
    each article sees the stories of those before it, as when stored one by one."""
    now = datetime.now(UTC)
    out = []
    with engine.begin() as conn:
        for article in articles:
            article = valid_unicode(article)
            dg = digest(article)
            story = _story(conn, article, engine.dialect.name)
            out.append(_write(conn, engine.dialect.name, article.model_copy(update={"story_id": story}), dg, now))
    return out


def _write(conn: sa.Connection, dialect: str, article: EnrichedArticle, dg: str, now: datetime) -> Stored:
    written = article.model_copy(update={"stored_at": now})
    doc = written.model_dump(mode="json")
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
        "schema_version": article.schema_version,
        "received_at": _utc(article.source.received_at),
    }
    changed = conn.execute(_statements(dialect).article, values).first() is not None  # only if written
    if changed:  # the row is this document: no need to read it back
        return Stored(article=written, digest=dg, changed=True)
    found = conn.execute(sa.select(articles.c.doc, articles.c.digest).where(articles.c.id == article.id)).one()
    if found.digest != dg:
        # A newer version is stored (maybe in a format this release cannot even read): nothing to publish.
        return Stored(article=article, digest=found.digest, changed=False, superseded=True)
    stored = EnrichedArticle.model_validate(found.doc)
    return Stored(article=stored, digest=found.digest, changed=changed)
