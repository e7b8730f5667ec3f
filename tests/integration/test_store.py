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
