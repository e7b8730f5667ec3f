"""How the label judge's trainer chooses a change: the noise floors in ``bench.train_labels.choose``."""

from __future__ import annotations

import numpy as np

from bench import train_labels
from bench.train_labels import Row


def _rows(golds: str) -> list[Row]:
    """Names the rules labelled PERSON, with their gold class by letter (P person, O other)."""
    return [Row("a", "names", "x", "PERSON", {"P": "PERSON", "O": "OTHER"}[g], []) for g in golds]


def _run(other: set[int], n: int) -> np.ndarray:
    """One cross-validation run's probabilities: OTHER at 0.95 for the rows in ``other``, PERSON elsewhere."""
    return np.array([[0.02, 0.03, 0.95] if i in other else [0.95, 0.03, 0.02] for i in range(n)])


def test_a_change_is_made_when_it_nets_a_label_a_run() -> None:
    rows = _rows("OOOOPPOO")
    run = _run({0, 1, 2, 3, 4}, len(rows))  # 4 fixed, 1 broken: 4 - 2 x 1 = 2 a run
    thresholds, changes = train_labels.choose(rows, [run, run])
    assert "PERSON>OTHER" in thresholds and changes["PERSON>OTHER"]["best_gain"] == 2.0


def test_a_change_that_nets_less_than_a_label_a_run_is_noise() -> None:
    """7 fixed and 3 broken over two runs: 3.5 fixed a run (above MIN_FIXED) but a gain of 0.5 a run."""
    rows = _rows("OOOOPPOO")
    runs = [_run({0, 1, 2, 3, 4}, len(rows)), _run({0, 1, 2, 4, 5}, len(rows))]
    thresholds, changes = train_labels.choose(rows, runs)
    assert "PERSON>OTHER" not in thresholds and "PERSON>OTHER" not in changes
