"""persist's handling (store, then publish each stored version once) with an in-memory publisher.

The store is the real one (the idempotent upsert, on SQLite in a temporary folder); the
publisher is :class:`MemoryPublisher`, which keeps the contract of the server-side function
behind :class:`~wirestream.services.store.persist.worker.RedisPublisher` (tested on a real Redis in
tests/integration/test_runtime.py::test_persist_stores_and_publishes_each_version_once).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.factories import RECEIVED, enriched_article
from wirestream.contracts import EnrichedArticle, IncidentMatch
from wirestream.services.store import stories
from wirestream.services.store.persist.publishing import store_and_publish
from wirestream.services.store.persist.repository import Stored, upsert
from wirestream.services.store.schema import articles, create_schema, make_engine


@dataclass
class MemoryPublisher:
    """The publish-once contract in memory: a marker per article holds the last published version."""

    marker: dict[str, str] = field(default_factory=dict)
    streams: dict[str, list[dict]] = field(default_factory=dict)

    async def publish_once(self, article_id: str, version: str, payload: str, incident: str | None) -> str | None:
        if self.marker.get(article_id) == version:
            return None
        targets = ["enriched"] + ([f"incident:{incident}"] if incident is not None else [])
        for stream in targets:
            self.streams.setdefault(stream, []).append(json.loads(payload))
        self.marker[article_id] = version
        return f"{len(self.streams['enriched'])}-0"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()


def store_in(engine: Engine):
    async def store(article: EnrichedArticle) -> Stored:
        return await asyncio.to_thread(upsert, engine, article)

    return store


def later(article: EnrichedArticle, title: str) -> EnrichedArticle:
    """The same text read again an hour later and derived differently: a newer version."""
    source = article.source.model_copy(update={"received_at": RECEIVED.replace(hour=RECEIVED.hour + 1)})
    return article.model_copy(update={"title": title, "source": source})


async def test_stores_then_publishes_the_stored_document(engine):
    publisher = MemoryPublisher()
    outcome = await store_and_publish(enriched_article("p1"), store_in(engine), publisher)
    assert outcome.published == "1-0" and outcome.stored.changed
    (event,) = publisher.streams["enriched"]
    assert event["id"] == "p1" and event["stored_at"] is not None  # what the store holds, not the input
    assert event["story_id"] == outcome.stored.article.story_id is not None
    # a new row is not read back: what is published must be exactly the stored row's document
    with engine.connect() as conn:
        (doc,) = conn.execute(sa.select(articles.c.doc).where(articles.c.id == "p1")).one()
    assert event == doc
    redelivered = await store_and_publish(enriched_article("p1"), store_in(engine), MemoryPublisher())
    assert redelivered.stored.article.model_dump(mode="json") == doc  # read back: the first row's


async def test_a_redelivery_of_the_same_version_publishes_nothing(engine):
    publisher = MemoryPublisher()
    article = enriched_article("p2")
    await store_and_publish(article, store_in(engine), publisher)
    again = await store_and_publish(article, store_in(engine), publisher)
    assert again.published is None and not again.stored.changed
    assert len(publisher.streams["enriched"]) == 1


async def test_a_newer_version_publishes_and_an_older_one_then_does_not(engine):
    publisher = MemoryPublisher()
    first = enriched_article("p3")
    newer = later(first, "Drones over the Kremlin, updated")
    await store_and_publish(first, store_in(engine), publisher)
    outcome = await store_and_publish(newer, store_in(engine), publisher)
    assert outcome.published is not None and outcome.stored.changed
    late = await store_and_publish(first, store_in(engine), publisher)  # the old version redelivered late
    assert late.stored.superseded and late.published is None
    assert [e["title"] for e in publisher.streams["enriched"]] == [first.title, newer.title]


async def test_a_relevant_article_also_goes_to_its_incident_stream(engine):
    publisher = MemoryPublisher()
    relevant = enriched_article("p4").model_copy(
        update={"incident": IncidentMatch(id="kremlin-drones", score=0.9, relevant=True)}
    )
    irrelevant = enriched_article("p5").model_copy(
        update={"incident": IncidentMatch(id="kremlin-drones", score=0.1, relevant=False)}
    )
    await store_and_publish(relevant, store_in(engine), publisher)
    await store_and_publish(irrelevant, store_in(engine), publisher)
    assert [e["id"] for e in publisher.streams["enriched"]] == ["p4", "p5"]
    assert [e["id"] for e in publisher.streams["incident:kremlin-drones"]] == ["p4"]


def _plain_signature(grams: set[int]) -> list[int]:
    """The MinHash as the formula reads, in Python's unbounded integers: what stories.signature must equal."""
    return [min((a * g + b) % stories._PRIME for g in grams) for a, b in stories._PARAMS]


def test_the_story_signature_is_the_exact_minhash_formula(monkeypatch):
    # the stored bands of earlier articles must keep matching: the 64-bit arithmetic gives the formula's values,
    # for shingles at the edges of its range (a shingle is any 64-bit number) as for ordinary text
    prime = stories._PRIME
    edges = {0, 1, 2, prime - 1, prime, prime + 1, 2 * prime, 2**61, 2**62 - 1, 2**63, 2**64 - 8, 2**64 - 1}
    edges |= {2**64 - 1 - i * 7919 for i in range(40)} | {(2**32 - 1) << i for i in range(33)}
    zeros = {(-b * pow(a, -1, prime)) % prime for a, b in stories._PARAMS}  # a * g + b = 0 (mod p): each minimum 0
    edges |= zeros | {g + prime for g in zeros} | {g + 2 * prime for g in zeros if g + 2 * prime < 2**64}
    text = " ".join(f"word{i} of a plain sentence number {i % 7}" for i in range(60))
    assert stories.signature(text) == _plain_signature(stories.shingles(text))
    monkeypatch.setattr(stories, "shingles", lambda _text: edges)
    assert stories.signature("any") == _plain_signature(edges)
    monkeypatch.setattr(stories, "shingles", lambda _text: set(range(5)))  # too few to compare
    assert stories.signature("any") is None
