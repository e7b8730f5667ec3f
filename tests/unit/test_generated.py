"""docker-compose.yml and the Makefile name what the stage registry names: regenerated in memory, compared.

When a test here fails after a change to :mod:`wirestream.services.registry`, run
``python -m wirestream generate`` (or ``make generate``) and commit the result.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from wirestream import contracts
from wirestream.acl import users
from wirestream.generate import COMMAND, FILES, StaleMarkers, compose_blocks, generate, replace_blocks
from wirestream.services.registry import PIPELINE
from wirestream.stages import Stage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("generated", FILES, ids=lambda f: f.path)
def test_the_committed_file_is_what_the_registry_generates(generated):
    text = (ROOT / generated.path).read_text(encoding="utf-8")
    assert generated.render(PIPELINE, text) == text, f"{generated.path} is out of date: run `{COMMAND}`"


def test_every_redis_user_has_a_secret_and_every_stage_a_service_with_its_own_user():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    acl_env = compose["services"]["redis-acl"]["environment"]
    for user in users(PIPELINE):
        assert f"redis_{user}" in compose["secrets"]
        assert f"redis_{user}" in compose["services"]["redis-acl"]["secrets"]
        assert acl_env[f"WIRESTREAM_ACL_{user.upper().replace('-', '_')}_PASSWORD_FILE"] == f"/run/secrets/redis_{user}"
    for stage in PIPELINE.stages:
        service = compose["services"][stage.name]
        assert service["command"] == [stage.name]
        assert service["environment"]["WIRESTREAM_REDIS_URL"] == f"redis://{stage.name}@redis:6379/0"
        assert ("WIRESTREAM_DATABASE_URL" in service["environment"]) == stage.uses_store
        assert ("database" in service.get("networks", [])) == stage.uses_store


def test_the_hand_written_parts_win_over_every_workers_defaults():
    """What fetch and entity-enrich declare in x-fetch / x-entity-enrich(-env) reaches their services."""
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))["services"]
    assert services["fetch"]["environment"]["WIRESTREAM_INBOX"] == "/inbox"
    assert services["fetch"]["volumes"] == ["./inbox:/inbox"]
    assert services["entity-enrich"]["environment"]["WIRESTREAM_STAGE_MEMORY_MB"] == "512"
    assert services["entity-enrich"]["deploy"]["resources"]["limits"]["memory"] == "1G"
    assert services["clean"]["environment"]["WIRESTREAM_STAGE_MEMORY_MB"] == "256"
    assert services["clean"]["deploy"]["resources"]["limits"]["memory"] == "512M"


def test_a_new_stage_gets_its_service_user_and_secret(tmp_path):
    streams = contracts.StageStreams(stage="translate", input="wirestream:x", output="wirestream:y", group="translate")
    extra = Stage(streams, contracts.CleanedArticle, contracts.CleanedArticle, worker=lambda: None)  # type: ignore[arg-type,return-value]
    pipeline = dataclasses.replace(PIPELINE, stages=(*PIPELINE.stages, extra))
    for f in FILES:
        (tmp_path / f.path).write_text((ROOT / f.path).read_text(encoding="utf-8"), encoding="utf-8")

    assert generate(pipeline, tmp_path, check=True) == ["docker-compose.yml", "Makefile"]
    assert generate(pipeline, tmp_path) == ["docker-compose.yml", "Makefile"]
    assert generate(pipeline, tmp_path, check=True) == []

    compose = yaml.safe_load((tmp_path / "docker-compose.yml").read_text(encoding="utf-8"))
    assert compose["services"]["translate"]["secrets"] == ["redis_translate"]
    assert compose["secrets"]["redis_translate"] == {"file": "./deploy/secrets/redis_translate"}
    assert "WIRESTREAM_ACL_TRANSLATE_PASSWORD_FILE" in compose["services"]["redis-acl"]["environment"]
    assert "translate" in (tmp_path / "Makefile").read_text(encoding="utf-8").split("REDIS_USERS := ")[1].split("\n")[0]


def test_a_file_without_its_markers_is_refused_and_nothing_is_written(tmp_path):
    (tmp_path / "docker-compose.yml").write_text((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    (tmp_path / "Makefile").write_text("all:\n\ttrue\n")
    before = (tmp_path / "docker-compose.yml").read_text()
    with pytest.raises(StaleMarkers, match="redis-users"):
        generate(PIPELINE, tmp_path)
    assert (tmp_path / "docker-compose.yml").read_text() == before
    with pytest.raises(StaleMarkers):
        replace_blocks("x\n", compose_blocks(PIPELINE, ""))
