"""Contracts: one versioned model per hop; unknown versions are refused, not guessed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from wirestream import contracts
from wirestream.contracts import EnrichedArticle, FetchedArticle


def test_every_stage_reads_what_the_previous_one_writes():
    outputs = [s.output for s in contracts.STAGES]
    inputs = [s.input for s in contracts.STAGES[1:]]
    assert inputs == outputs[:-1]
    assert outputs[-1] == contracts.ENRICHED
    assert len({s.group for s in contracts.STAGES if s.group}) == 4


def test_unknown_schema_version_is_rejected(seed_paths, now):
    from wirestream.services.ingest.fetch.formats import read_article

    article = read_article(seed_paths[0].read_bytes(), name="a.txt", uri="file:///a.txt", received_at=now)
    data = article.model_dump(mode="json")
    assert FetchedArticle.model_validate(data) == article
    with pytest.raises(ValidationError):
        FetchedArticle.model_validate({**data, "schema_version": 2})


def test_enriched_article_carries_the_exported_fields():
    fields = set(EnrichedArticle.model_fields)
    assert {"id", "source", "title", "text", "language", "published_at", "dates", "entities"} <= fields


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        (2, "outside the range 1..1 this stage accepts; a newer wirestream wrote it"),
        (0, "outside the range 1..1 this stage accepts; an older wirestream wrote it"),
        ("1", "valid integer"),
        (1.0, "valid integer"),
        (True, "valid integer"),
    ],
)
def test_schema_versions_outside_the_accepted_range_are_refused_with_a_reason(version, reason):
    import json

    from tests.factories import fetched_article

    data = fetched_article("x").model_dump(mode="json")
    with pytest.raises(ValidationError, match=reason):
        FetchedArticle.model_validate_json(json.dumps({**data, "schema_version": version}))


def test_a_stage_can_accept_a_range_of_versions(monkeypatch):
    from tests.factories import fetched_article

    data = fetched_article("x").model_dump(mode="json")
    monkeypatch.setattr(FetchedArticle, "accepted_schema_versions", (1, 2))
    assert FetchedArticle.model_validate({**data, "schema_version": 2}).schema_version == 2
