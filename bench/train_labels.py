"""``make train`` (third line): the label judge, rebuilt from the English development gold.

``python -m bench.train_labels [--folds 5] [--repeats 3] [--out PATH] [--check]``

Training data, each article run as the evals run it (fetch's reader, clean, date-parse), then
the English recogniser and its rules (``logic._recognised``: the names before the judge):

* **MEANTIME English** (``../shared/corpora/meantime_en``, its development split less the 22 articles that have been
  the names gold's check since round s36): a name the
  rules labelled PERSON, ORG, GPE, LOC or FAC that is nested with a gold proper name (NAM)
  and holds its last word (its head) takes the gold's class (PER -> PERSON, LOC -> PLACE,
  any other -> OTHER). A name matching no gold name gives no row: MEANTIME leaves names out.
  Nor does a place the gold calls an organisation or the reverse: there MEANTIME types a name by
  its role in the event ("Japan" and "Qatar" acting are ORG, "the White House", "the EU" and "the
  Canadian Government" are LOC), where OntoNotes' labels and the names gold type the name itself.
* **the names gold's English development articles** (``tests/entities/gold.jsonl`` minus every
  article of ``tests/entities/check.txt``, and minus MEANTIME's, read by their own gold above): a name in the annotated body whose text *is* a
  gold entity's form (the scorer's rule 1) takes its class; an optional entry gives no row;
  a name that is no gold entity's form and contains none is OTHER (the gold lists every
  person and place). A name that only contains a gold form gives no row.

Cross-validation is GroupKFold by article, repeated on shuffled folds (fixed seeds). Each change's
(a class to another, "PLACE>OTHER")
threshold is the highest whose gain, over the held-out rows of every run, is within ``KEEP_GAIN``
of the best; the gain is the labels fixed minus twice the labels broken (a right label the judge would change;
four times for a place taken away, ``BROKEN_WEIGHTS``); a change whose best gain is under
``MIN_GAIN`` a run, or with fewer than ``MIN_FIXED`` labels fixed a run, is never made. Those CV figures (per-class F1 of the rules' labels and of the judge's, the changes at the
thresholds) go into the artefact beside the final model (trained on every row, fixed seed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.eval import corpora
from bench.eval import entities as meantime
from bench.eval import names as names_gold
from bench.eval.systems import product, toolkit
from bench.fitting import fit_standardised, rounded
from wirestream.services.enrich.entities import labels
from wirestream.services.enrich.entities.logic import _recognised

SEED = 20261203
OUT = Path(labels.__file__).with_name(labels.MODEL_FILE)
C = 0.3  # inverse regularisation (about two thousand rows)
REPEATS = 3
THRESHOLDS = [round(t, 2) for t in np.arange(0.5, 0.99, 0.02)]
BROKEN_WEIGHT = 2.0  # a right label broken costs two fixed: when unsure, the rules' label stands
# A place the judge takes away is lost to place recall, which the issue sets a target on (>= 0.90) where place
# precision has none: a right place broken costs four fixed organisations. (Round s24: at weight 2, PLACE>OTHER
# was taken at 0.64 on 9.3 fixed and 3.7 broken a run once 23 more English pages were in the data.)
BROKEN_WEIGHTS = {"PLACE>OTHER": 4.0}
# A change is made only when, at its threshold, it fixes at least this many held-out labels per CV run: round s24's
# first model gave OTHER at 0.98 on 1.3 fixes a run, and turned MEANTIME's "Heathrow" (FAC, a class seen 6 times in
# training) into an ORG: a threshold chosen on one or two rows is noise.
MIN_FIXED = 3.0
# ... and only when its best gain per run (fixed minus weighted broken) is at least one label: round s27's PERSON>OTHER
# reached 0.33 (3.7 fixed, 1.7 broken a run) and, applied, cost Vincent van Gogh and four English quote speakers on
# development; a change that nets a third of a label a run is noise too.
MIN_GAIN = 1.0
# Of the thresholds within this share of the best CV gain, the highest is taken: 84 articles of two sources are
# not every page, and at the best-gain threshold (0.5) the first per-change model made the quote gold's "Tyvak
# Nano-Satellite Systems" (0.65) and "SpaceX" (0.57) people, which then took a person's quotes.
KEEP_GAIN = 0.8
GOLD_CLASS = {"PERSON": "PERSON", "LOC": "PLACE"}


@dataclass
class Row:
    article: str
    source: str
    text: str
    label: str
    gold: str
    features: list[float]


def _rows(group: str, source: str, text: str, found: list[Any], gold_of: Any, gazetteer: Any) -> list[Row]:
    article = labels.Article.of(found)
    out = []
    for e in found:
        if e.label not in labels.JUDGED or e.id is not None:
            continue
        cls = gold_of(e)
        if cls is None:
            continue
        out.append(Row(group, source, e.text, e.label, cls, labels.features(e, text, gazetteer, article)))
    return out


def meantime_rows(tools: Any) -> list[Row]:
    rows: list[Row] = []
    for case in corpora.cases(meantime.CORPUS):
        if names_gold.split_of(meantime.CORPUS, case["id"]) == "check":
            continue  # a third of MEANTIME is the names gold's check since round s36: never trained on
        raw = corpora.raw(meantime.CORPUS, case).decode("utf-8")
        article = product(raw, f"{case['id']}.json")
        if article is None:
            continue
        to_clean = meantime.carry_over(json.loads(raw)["text"], article.text)
        gold = []
        for m in case["entity_mentions"]:
            if m["syntactic_type"] != "NAM" or m["discontinuous"]:
                continue
            span = to_clean(m["start"], m["end"])
            if span is not None:
                gold.append((span[0], span[1], GOLD_CLASS.get(m["label"], "OTHER")))
        text = article.text

        def gold_of(e: Any, gold: list[tuple[int, int, str]] = gold, text: str = text) -> str | None:
            for start, end, cls in gold:
                last = end
                while last > start + 1 and not text[last - 1].isalnum():
                    last -= 1
                inside = start <= e.start and e.end <= end
                holds = e.start <= start and end <= e.end
                if holds or (inside and e.start < last <= e.end):
                    return cls
            return None

        found, _ = _recognised(article, tools, "en")
        rows += [
            r
            for r in _rows(f"meantime:{case['id']}", "meantime", text, found, gold_of, tools.gazetteer)
            if {r.gold, labels.class_of(r.label)} != {"PLACE", "OTHER"}
        ]
    return rows


def names_rows(tools: Any) -> list[Row]:
    gold_all = names_gold.load_gold()
    rows: list[Row] = []
    for a in names_gold.load_articles():
        if a["lang"] != "en" or names_gold.split_of(a["corpus"], a["case"]) != "dev":
            continue  # never a check article
        if a["corpus"] == meantime.CORPUS:
            continue  # read by MEANTIME's own gold (``meantime_rows``), not twice
        gold = [g for g in gold_all if (g["corpus"], g["case"]) == (a["corpus"], a["case"])]
        article = names_gold._article(a["corpus"], a["case"])
        if article is None:
            continue
        body = names_gold.body(a)

        def gold_of(e: Any, gold: list[dict[str, Any]] = gold, body: str = body) -> str | None:
            k = names_gold.key(e.text)
            if not k or not names_gold.occurs(e.text, body, "en"):
                return None
            for g in gold:
                if k == names_gold.key(g["name"]) or any(k == names_gold.key(f) for f in g["forms"]):
                    return None if g["optional"] else ("PERSON" if g["class"] == "person" else "PLACE")
            if names_gold.assign(e.text, gold, "en") is not None:
                return None  # holds a gold form: its span, not its class, is in question
            return "OTHER"

        found, _ = _recognised(article, tools, "en")
        rows += _rows(f"names:{a['corpus']}:{a['case']}", "names", article.text, found, gold_of, tools.gazetteer)
    return rows


def load_rows() -> list[Row]:
    tools = toolkit()
    return meantime_rows(tools) + names_rows(tools)


def matrix(rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([r.features for r in rows], dtype=float)
    y = np.array([labels.CLASSES.index(r.gold) for r in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> dict[str, Any]:
    clf, standardised = fit_standardised(x, y, c, max_iter=5000, seed=SEED)
    coef = np.zeros((len(labels.CLASSES), x.shape[1]))
    intercept = np.zeros(len(labels.CLASSES))
    for n, k in enumerate(clf.classes_):
        coef[k] = clf.coef_[n]
        intercept[k] = clf.intercept_[n]
    return {
        "features": list(labels.FEATURES),
        "classes": list(labels.CLASSES),
        **standardised,
        "coef": [rounded(row) for row in coef],
        "intercept": rounded(intercept),
        "thresholds": {},
    }


def cross_validate(rows: list[Row], folds: int, seed: int) -> np.ndarray:
    """Held-out class probabilities of every row (GroupKFold by article, shuffled with ``seed``)."""
    from sklearn.model_selection import GroupKFold

    x, y = matrix(rows)
    groups = np.array([r.article for r in rows])
    p = np.zeros((len(rows), len(labels.CLASSES)))
    for train, test in GroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(x, y, groups):
        m = labels.Model.from_json({**fit(x[train], y[train]), "thresholds": {}})
        for i in test:
            p[i] = m.probabilities(list(x[i]))
    return p


def f1(pred: list[str], gold: list[str]) -> dict[str, float]:
    out = {}
    for c in labels.CLASSES:
        tp = sum(p == c and g == c for p, g in zip(pred, gold, strict=True))
        fp = sum(p == c and g != c for p, g in zip(pred, gold, strict=True))
        fn = sum(p != c and g == c for p, g in zip(pred, gold, strict=True))
        out[c] = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    return out


def applied(rows: list[Row], p: np.ndarray, thresholds: dict[str, float]) -> list[str]:
    """Each row's class after the judge at ``thresholds`` (the rules' class where it is not confident)."""
    out = []
    for r, probs in zip(rows, p, strict=True):
        best = int(np.argmax(probs))
        cls = labels.CLASSES[best]
        rules = labels.class_of(r.label)
        out.append(cls if cls != rules and probs[best] >= thresholds.get(labels.change(r.label, cls), 2.0) else rules)
    return out


CHANGES = [f"{a}>{b}" for a in labels.CLASSES for b in labels.CLASSES if a != b]


def choose(rows: list[Row], runs: list[np.ndarray]) -> tuple[dict[str, float], dict[str, Any]]:
    """Each change's threshold (see the module's docstring) and its held-out fixes and breaks per run."""
    thresholds: dict[str, float] = {}
    changes: dict[str, Any] = {}
    for key in CHANGES:
        curve: list[tuple[float, float, float, float]] = []  # gain, threshold, fixed, broken (per run)
        for t in THRESHOLDS:
            fixed = broken = 0
            for p in runs:
                pred = applied(rows, p, {key: t})
                for r, c in zip(rows, pred, strict=True):
                    rules = labels.class_of(r.label)
                    if c != rules:
                        fixed += c == r.gold
                        broken += rules == r.gold
            gain = (fixed - BROKEN_WEIGHTS.get(key, BROKEN_WEIGHT) * broken) / len(runs)
            if gain > 0 and fixed / len(runs) >= MIN_FIXED:
                curve.append((gain, t, fixed / len(runs), broken / len(runs)))
        top = max((g for g, *_ in curve), default=0.0)
        if top >= MIN_GAIN:
            chosen = max((c for c in curve if c[0] >= KEEP_GAIN * top - 1e-9), key=lambda c: c[1])
            thresholds[key] = chosen[1]
            changes[key] = {"threshold": chosen[1], "fixed": chosen[2], "broken": chosen[3], "best_gain": top}
    return thresholds, changes


def report(rows: list[Row], runs: list[np.ndarray], thresholds: dict[str, float], folds: int) -> dict[str, Any]:
    gold = [r.gold for r in rows]
    rules = [labels.class_of(r.label) for r in rows]
    out: dict[str, Any] = {"folds": folds, "repeats": len(runs), "by": "article (GroupKFold, shuffled, seeds SEED..)"}
    out["rows"] = dict(Counter(gold))
    out["rules_f1"] = f1(rules, gold)
    judge = [f1([labels.CLASSES[int(np.argmax(q))] for q in p], gold) for p in runs]
    out["judge_f1"] = {c: round(float(np.mean([j[c] for j in judge])), 4) for c in labels.CLASSES}
    both = [f1(applied(rows, p, thresholds), gold) for p in runs]
    out["rules_and_judge_f1"] = {c: round(float(np.mean([b[c] for b in both])), 4) for c in labels.CLASSES}
    after = [applied(rows, p, thresholds) for p in runs]
    for source in sorted({r.source for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.source == source]
        out[f"{source}_rules_accuracy"] = round(float(np.mean([rules[i] == gold[i] for i in idx])), 4)
        acc = [np.mean([a[i] == gold[i] for i in idx]) for a in after]
        out[f"{source}_rules_and_judge_accuracy"] = round(float(np.mean(acc)), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=REPEATS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="print the CV figures, write nothing")
    args = ap.parse_args(argv)
    t0 = time.time()
    rows = load_rows()
    print(f"{len({r.article for r in rows})} articles, {len(rows)} names {dict(Counter(r.gold for r in rows))} "
          f"in {time.time() - t0:.0f} s")  # fmt: skip
    runs = [cross_validate(rows, args.folds, SEED + r) for r in range(args.repeats)]
    thresholds, changes = choose(rows, runs)
    cv = {**report(rows, runs, thresholds, args.folds), "changes": changes}
    print(json.dumps({"thresholds": thresholds, "cv": cv}, indent=1))
    if args.check:
        return 0
    x, y = matrix(rows)
    model = fit(x, y)
    model["thresholds"] = thresholds
    model["seed"] = SEED
    model["C"] = C
    model["trained_on"] = (
        f"MEANTIME English development split and tests/entities/gold.jsonl's English development articles: "
        f"{len({r.article for r in rows})} articles, {len(rows)} names"
    )
    model["cv"] = cv
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
