"""entity-enrich over the entries of one read: the texts through spaCy together (``nlp.pipe``) give
exactly what one text at a time gives, and an input the recogniser refuses fails alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirestream.errors import PermanentError
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.enrich.entities.logic import enrich, enrich_many
from wirestream.services.ingest.fetch.formats import read_article

DEVSET = Path(__file__).resolve().parent.parent / "devset" / "articles"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def devset_articles():
    """The development set's articles (several languages) as entity-enrich receives them."""
    from datetime import UTC, datetime

    received = datetime(2024, 5, 1, 12, tzinfo=UTC)
    out = []
    for path in sorted(DEVSET.glob("*.txt")):
        raw = path.read_bytes()
        out.append(
            date_parse(clean(read_article(raw, name=path.name, uri=f"file:///{path.name}", received_at=received)))
        )
    assert len(out) >= 20 and len({a.language for a in out}) >= 3
    return out


def test_recognizer_many_finds_what_one_text_at_a_time_finds(recognizer, devset_articles):
    texts = [a.text for a in devset_articles if (a.language or "").startswith("en")]
    assert len(texts) >= 10
    one_by_one = [recognizer(t) for t in texts]
    assert any(one_by_one)  # not vacuous: entities were found
    assert recognizer.many(texts) == one_by_one


def test_enrich_many_gives_what_enrich_gives_article_by_article(toolkit, devset_articles):
    expected = [enrich(a, toolkit).model_dump() for a in devset_articles]
    for start in range(0, len(devset_articles), 16):  # as reads of read_batch=16 entries
        batch = devset_articles[start : start + 16]
        got = enrich_many(batch, toolkit)
        assert [r.model_dump() for r in got] == expected[start : start + 16]  # type: ignore[union-attr]


def test_a_text_the_recognizer_refuses_fails_alone_in_its_batch(toolkit, devset_articles):
    english = [a for a in devset_articles if (a.language or "").startswith("en")][:3]
    too_long = english[1].model_copy(update={"text": "word " * 200_001})
    first, refused, last = enrich_many([english[0], too_long, english[2]], toolkit)
    assert isinstance(refused, PermanentError) and "more than the 1,000,000" in str(refused)
    assert first == enrich(english[0], toolkit) and last == enrich(english[2], toolkit)
