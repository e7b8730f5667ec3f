"""entity-enrich gives one answer whatever Python's hash seed: a worker restarted and redelivered an article, or a
second ``make eval``, enriches it as the first did (an order taken from a set of strings changes with the seed).
Each seed is its own process, which enriches every text below once."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEXTS = {
    # Two people of one surname, then the surname alone where the model finds no name ("the day Brenner first
    # saw"): it is given a person, and which one came from a set of names (seeds 0 and 1 answered differently)
    "surname": (
        "en",
        "Clara Brenner opened the new library on Monday, and her brother Paul Brenner brought the cake. "
        "Recalling the day Brenner first saw the plans, the architect smiled.",
    ),
    # Arabic place names that GeoNames spells several ways folding to one key ("كولون": Köln or Colón, which a
    # set of a city's names decided): seed 0 found Colón and Ensenada, seed 1 nothing
    "places": ("ar", "وصل الوفد إلى كولون يوم الاثنين، ثم سافر إلى انسينادا."),
}

_ENRICH = """
import json, sys
from datetime import UTC, datetime
from tests.devset.evaluate import toolkit
from wirestream.contracts import DatedArticle, Source
from wirestream.services.enrich.entities.logic import enrich
out = {}
for key, (lang, text) in json.loads(sys.stdin.read()).items():
    source = Source(uri="file:///x", name="x.txt", sha256="0" * 64, size=len(text), format="text", encoding="utf-8",
                    received_at=datetime(2024, 1, 1, tzinfo=UTC))
    article = enrich(DatedArticle(id="x", source=source, text=text, language=lang), toolkit())
    out[key] = {
        "entities": [[e.id, e.name, e.label, e.geo and e.geo.country_code, [[m.text, m.start] for m in e.mentions]]
                     for e in article.entities],
        "quotes": [[q.start, q.end, q.speaker, q.speaker_id, q.speaker_label] for q in article.quotes],
    }
print(json.dumps(out))
"""


@functools.cache
def _enriched(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _ENRICH], input=json.dumps(TEXTS), env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.slow
def test_a_shared_surname_goes_to_the_same_person_under_every_hash_seed():
    first, second = _enriched("0")["surname"], _enriched("1")["surname"]
    assert first == second
    at = TEXTS["surname"][1].index("Brenner first")
    assert next(e[1] for e in first["entities"] if ["Brenner", at] in e[4]) == "Clara Brenner"  # the one named first


@pytest.mark.slow
def test_places_in_a_script_without_capitals_are_the_same_under_every_hash_seed():
    assert _enriched("0")["places"] == _enriched("1")["places"]
