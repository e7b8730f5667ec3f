"""Small, valid messages for tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TypeVar

from wirestream.contracts import (
    DateMention,
    EnrichedArticle,
    Entity,
    FetchedArticle,
    Mention,
    PublishedAt,
    Source,
)

RECEIVED = datetime(2023, 5, 3, 12, 0, tzinfo=UTC)


T = TypeVar("T")


def source(name: str = "a.txt") -> Source:
    return Source(
        uri=f"file:///inbox/{name}",
        name=name,
        sha256="0" * 64,
        size=10,
        format="text",
        encoding="utf-8",
        received_at=RECEIVED,
    )


def fetched_article(article_id: str, text: str | None = None) -> FetchedArticle:
    return FetchedArticle(
        id=article_id,
        source=source(f"{article_id}.txt"),
        content=text or f"Kremlin says drones were shot down. Vladimir Putin was unharmed. ({article_id})",
    )


def enriched_article(article_id: str) -> EnrichedArticle:
    text = "Vladimir Putin was unharmed on Tuesday night."
    return EnrichedArticle(
        id=article_id,
        source=source(f"{article_id}.txt"),
        title="Drones over the Kremlin",
        title_source="input",
        text=text,
        language="en",
        published_at=PublishedAt(value=date(2023, 5, 3), source="seed-header"),
        dates=[
            DateMention(
                text="Tuesday night",
                value=date(2023, 5, 2),
                granularity="day",
                start=date(2023, 5, 2),
                end=date(2023, 5, 2),
                offset=31,
            )
        ],
        entities=[
            Entity(
                name="Vladimir Putin",
                label="PERSON",
                count=1,
                mentions=[Mention(text="Vladimir Putin", start=0, end=14)],
            )
        ],
        ner_model="test",
    )


def present(value: T | None) -> T:
    """``value``, asserted not None: where a test reads an optional result it expects to be there."""
    assert value is not None
    return value
