"""persist's store on real SQLite and real PostgreSQL: one code path, idempotent."""

from __future__ import annotations

from datetime import date

import pytest

from services.store.persist.repository import upsert
from services.store.read import count, iter_documents
from services.store.schema import create_schema, make_engine
from tests.factories import enriched_article

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


def test_upsert_is_idempotent(engine):
    article = enriched_article("a1")
    first = upsert(engine, article)
    again = upsert(
        engine, article.model_copy(update={"source": article.source.model_copy(update={"name": "copy.txt"})})
    )
    assert first.changed and not again.changed
    assert again.article == first.article  # the first stored version, stored_at included
    assert again.article.source.name == article.source.name
    assert count(engine) == 1


def test_a_changed_result_updates_the_row(engine):
    article = enriched_article("a2")
    first = upsert(engine, article)
    changed = upsert(engine, article.model_copy(update={"title": "A better title"}))
    assert changed.changed and changed.digest != first.digest
    (doc,) = list(iter_documents(engine))
    assert doc["title"] == "A better title"


def test_export_documents_have_the_published_fields(engine):
    upsert(engine, enriched_article("a3"))
    (doc,) = list(iter_documents(engine))
    assert doc["id"] == "a3"
    assert doc["source"]["uri"].startswith("file://")
    assert doc["published_at"]["value"] == date(2023, 5, 3).isoformat()
    assert doc["entities"][0]["name"] == "Vladimir Putin"
    assert doc["stored_at"]


WIRE = (
    "MOSCOW, May 3 (Reuters) - The Kremlin said on Wednesday that Ukraine had tried to kill President Vladimir "
    "Putin overnight with a drone attack on his residence in the Kremlin, and that Russia reserved the right to "
    "respond. In a statement, the presidential administration said two drones had been aimed at the Kremlin late "
    "on Tuesday and were disabled by the military and special services using electronic warfare systems. "
    "Putin was not in the Kremlin at the time of the attack and was working at his residence outside Moscow."
)


def test_near_duplicates_share_a_story_id(engine):
    """The same wire story on another site (furniture added, a word changed) joins the first one's story."""
    first = enriched_article("a" * 32).model_copy(update={"text": WIRE})
    syndicated = enriched_article("b" * 32).model_copy(
        update={"text": "Share this article\n\n" + WIRE.replace("overnight", "in the night") + "\n\nAdvertisement"}
    )
    other = enriched_article("c" * 32).model_copy(
        update={"text": "Residents of Balbriggan can now order coffee, books and medicine by drone, as a delivery "
                        "company expands a trial that began last year across the commuter town north of Dublin."}
    )  # fmt: skip
    assert upsert(engine, first).article.story_id == first.id
    assert upsert(engine, syndicated).article.story_id == first.id
    assert upsert(engine, other).article.story_id == other.id
    assert upsert(engine, syndicated).article.story_id == first.id  # stored again: the same story
    assert upsert(engine, enriched_article("d" * 32)).article.story_id == "d" * 32  # too short to compare
