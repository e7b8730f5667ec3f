"""What the trainers of the product's linear models share: a logistic regression fitted on standardised features,
and the standardisation written as the artefact reads it back (``bench/train_labels.py``, the label judge;
``bench/train_quotes.py``, the quote ranker)."""

from __future__ import annotations

from typing import Any

import numpy as np


def rounded(values: Any) -> list[float]:
    """Numbers as the artefacts store them: six decimals."""
    return [round(float(v), 6) for v in values]


def fit_standardised(x: np.ndarray, y: np.ndarray, c: float, max_iter: int, seed: int) -> tuple[Any, dict[str, Any]]:
    """A logistic regression fitted on ``x`` centred by its mean and divided by its standard deviation (1 where a
    feature never varies), and the ``mean`` and ``scale`` it was fitted with, rounded for the artefact."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=max_iter, random_state=seed)
    model.fit((x - mean) / scale, y)
    return model, {"mean": rounded(mean), "scale": rounded(scale)}
