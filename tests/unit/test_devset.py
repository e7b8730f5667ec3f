"""The development set's scores never fall below the floor in tests/devset/floor.toml.

``make eval`` prints the same scores; when a change raises them, raise the floor.
"""

from __future__ import annotations

import tomllib

import pytest

from tests.devset.evaluate import ROOT, evaluate, load_cases

pytestmark = pytest.mark.slow  # scores with the spaCy models (the session's toolkit, tests/conftest.py)

FLOOR = tomllib.loads((ROOT / "floor.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(toolkit):
    cases = load_cases()
    assert len(cases) >= 32
    return evaluate(cases)  # scores with tests.devset.evaluate.toolkit(), the same object as ``toolkit``


@pytest.mark.parametrize(("field", "metric"), [(f, m) for f, floors in FLOOR.items() for m in floors])
def test_score_holds_the_floor(report, field, metric):
    score = getattr(report.scores[field], metric)
    assert score is not None, f"{field}: nothing was scored"
    misses = "\n".join(report.misses)
    assert score >= FLOOR[field][metric], f"{field} {metric} {score:.3f} < {FLOOR[field][metric]}\n{misses}"
