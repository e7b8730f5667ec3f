"""Learned artefacts are read from the enrich packages, the same way for every stage."""

from __future__ import annotations

from wirestream.services.enrich.artefacts import shipped


def test_a_shipped_model_is_read_as_json() -> None:
    data = shipped("wirestream.services.enrich.entities.quotes", "model-v1.json")
    assert data is not None and "threshold" in data and "features" in data


def test_a_missing_file_is_none_not_an_error() -> None:
    assert shipped("wirestream.services.enrich.entities.quotes", "model-v0-absent.json") is None
