"""Incident relevance on real text nobody here wrote: every page of ``../shared/corpora/`` and the seeds.

The incident is the packaged definition (the drone attack on the Kremlin, night of 2-3 May
2023). Each page flows as a user's file would: an HTML page (AEB, trafilatura's and
htmldate's sets) through fetch's reader and clean (which decodes it), a MEANTIME article as
its JSON, a seed as its ``.txt``; then date-parse and entity-enrich with the worker's
toolkit, whose last step scores the article against the incident.

**None of the corpora's pages is about the incident** (they were collected for text
extraction, dating and entity recognition, years before or about other things; any page
found to be about it would be listed in ``tests/relevance/gold.jsonl`` with the reason, and
none is). So every corpora page the product judges relevant is a false positive. The
positives are the seeds (``../shared/seeds/``, else ``seeds/``): real coverage of the
incident. Figures:

* ``judged relevant``: the share of pages judged relevant (corpora: false positives,
  want 0; seeds: recall, want 1);
* ``hard negatives judged relevant``: the same over the corpora pages that name the
  Kremlin, Putin, drones or Moscow (in any of a dozen languages). That subset is chosen by a
  plain keyword count, a selection of the pages where a mistake is likelier, not a score;
* ``precision``, ``recall`` and ``F1`` over corpora and seeds together (few positives:
  the seeds; read the counts in the note);
* ``highest score not relevant``: the best score among the corpora pages (threshold in the
  note); ``-v`` lists the highest ones with what kept each out (its margin).

Peer, run the same way on the same cleaned text: a naive rule, relevant when the title or
text names the Kremlin and a drone anywhere (the same dozen languages).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import product, toolkit

CORPORA = ("aeb", "trafilatura_eval", "htmldate_eval", "meantime_en")
GOLD = corpora.ROOT / "tests" / "relevance" / "gold.jsonl"
PEER = "Kremlin and drone anywhere"
UNDATED_SEEDS = "seeds, date line removed"
DATE_LINE = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}[^\n]*\n")
UNDATED = "wirestream, any date"  # the product with its time window set aside: the text alone judged

# The keyword count that picks the hard negatives, and the naive peer's two terms. Stems, any case.
KEYWORDS: dict[str, re.Pattern[str]] = {
    name: re.compile("|".join(terms), re.I)
    for name, terms in {
        "kremlin": [r"\bkreml", r"\bcremlin", r"кремл", r"克里姆林"],
        "putin": [r"\bputin", r"\bpoutine", r"путин", r"путін", r"普京"],
        "drone": [
            r"\bdrones?\b",
            r"\bdrohne",
            r"\bdron(?:e|i|y|a|es|ów)?\b",
            r"беспилотн",
            r"\bдрон",
            r"безпілотн",
            r"\bUAVs?\b",
            r"\bİHA",
            r"无人机",
        ],
        "moscow": [
            r"\bmoscow",
            r"\bmoskau",
            r"\bmoscou",
            r"\bmosc[uú]",
            r"\bmosca\b",
            r"\bmoscovo",
            r"\bmoskwa",
            r"\bmoskova",
            r"москв",
            r"莫斯科",
        ],
    }.items()
}


@dataclass
class Page:
    corpus: str
    case: str
    positive: bool
    title: str = ""
    keywords: dict[str, int] = field(default_factory=dict)
    judged: dict[str, bool] = field(default_factory=dict)  # system -> relevant
    score: float = 0.0
    matched: list[str] = field(default_factory=list)
    matched_any_date: list[str] = field(default_factory=list)  # the same with the time window set aside

    @property
    def hard(self) -> bool:
        return any(self.keywords.values())


def seeds_dir() -> Path:
    shared = corpora.ROOT.parent / "shared" / "seeds"
    return shared if shared.is_dir() else corpora.ROOT / "seeds"


def known_positives(path: Path = GOLD) -> set[tuple[str, str]]:
    """Corpora pages found to be about the incident (``tests/relevance/gold.jsonl``: corpus, case, reason)."""
    if not path.is_file():
        return set()
    lines = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(g["corpus"], g["case"]) for g in lines if g.get("relevant")}


def pages(limit: int | None) -> Iterator[tuple[str, str, Any]]:
    """(corpus, case id, the article as date-parse publishes it) for every page, then every seed."""
    for corpus in CORPORA:
        for i, case in enumerate(corpora.cases(corpus)):
            if limit is not None and i >= limit:
                break
            if corpus == "meantime_en":
                article = product(corpora.raw(corpus, case).decode("utf-8"), f"{case['id']}.json")
            else:
                article = product(corpora.html(corpus, case), "page.html")
            yield corpus, case["id"], article
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield "seeds", path.name, product(text, path.name)
        # the same article without its publication date (the seed's "date" header): the window then
        # judges by the days the text names, if any
        yield UNDATED_SEEDS, path.name, product(DATE_LINE.sub("", text, count=1), path.name)


def counts(text: str) -> dict[str, int]:
    return {name: len(pattern.findall(text)) for name, pattern in KEYWORDS.items()}


def naive(text: str) -> bool:
    found = counts(text)
    return bool(found["kremlin"] and found["drone"])


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    from wirestream.services.enrich.entities.logic import enrich
    from wirestream.services.enrich.incident.logic import score

    tools = toolkit()
    incident = next((i for i in tools.incidents if i.id == "kremlin-drone-attack-2023"), None)
    if incident is None:
        print("    relevance: the toolkit has no kremlin-drone-attack-2023 definition; skipped")
        return []
    any_date = replace(incident, start=date.min, end=date.max)
    positives = known_positives()
    done: list[Page] = []
    for corpus, case, article in pages(limit):
        page = Page(corpus, case, corpus in ("seeds", UNDATED_SEEDS) or (corpus, case) in positives)
        done.append(page)
        if article is None:  # unreadable: judged not relevant by every system
            page.judged = {PRODUCT: False, UNDATED: False, PEER: False}
            continue
        whole = f"{article.title or ''}\n{article.text}"
        page.title = (article.title or article.text[:80]).replace("\n", " ")[:80]
        page.keywords = counts(whole)
        enriched = enrich(article, tools)
        match = score(enriched, incident)
        undated = score(enriched, any_date)
        page.judged = {PRODUCT: match.relevant, UNDATED: undated.relevant, PEER: naive(whole)}
        page.score, page.matched, page.matched_any_date = match.score, list(match.matched), list(undated.matched)
    systems: list[str] = [PRODUCT, UNDATED, PEER]
    negatives = [p for p in done if not p.positive]
    hard = [p for p in negatives if p.hard]
    seeds = [p for p in done if p.positive and p.corpus != UNDATED_SEEDS]
    undated_seeds = [p for p in done if p.corpus == UNDATED_SEEDS]

    def share(group: list[Page], system: str) -> float | None:
        return sum(p.judged[system] for p in group) / len(group) if group else None

    def prf(system: str) -> tuple[float | None, float | None, float | None]:
        tp = sum(p.judged[system] for p in seeds)
        fp = sum(p.judged[system] for p in negatives)
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / len(seeds) if seeds else None
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
        return precision, recall, f1

    name = f"relevance, corpora ({len(negatives)} pages)"
    fp = {s: sum(p.judged[s] for p in negatives) for s in systems}
    rows = [
        Row(
            name,
            "judged relevant (false pos.)",
            {s: share(negatives, s) for s in systems},
            note="false positives: " + ", ".join(f"{s} {fp[s]}" for s in systems),
        ),
        Row(
            f"relevance, hard negatives ({len(hard)} pages)",
            "judged relevant (false pos.)",
            {s: share(hard, s) for s in systems},
            note="corpora pages naming the Kremlin, Putin, drones or Moscow (a keyword count: a selection)",
        ),
        Row(
            f"relevance, seeds ({len(seeds)} articles)",
            "judged relevant (recall)",
            {s: share(seeds, s) for s in systems},
        ),
        Row(
            f"relevance, {UNDATED_SEEDS} ({len(undated_seeds)})",
            "judged relevant (recall)",
            {s: share(undated_seeds, s) for s in systems},
            note="the same seeds with no publication date",
        ),
    ]
    scores = {s: prf(s) for s in systems}
    for i, measure in enumerate(("precision", "recall", "F1")):
        rows.append(
            Row(
                f"relevance, corpora + seeds ({len(negatives) + len(seeds)})",
                measure,
                {s: scores[s][i] for s in systems},
                note=f"{len(seeds)} positives (the seeds)" if i == 0 else "",
            )
        )
    under = sorted((p for p in negatives if not p.judged[UNDATED]), key=lambda p: -p.score)
    top = under[0].score if under else None
    rows.append(
        Row(name, "highest score not relevant", {PRODUCT: top}, note=f"any date; threshold {incident.threshold:g}")
    )
    if verbose:
        print(f"    relevance: {len(hard)} hard negatives (kremlin/putin/drone/moscow counts):")
        for p in sorted(hard, key=lambda p: -sum(p.keywords.values())):
            k = p.keywords
            print(
                f"      {p.corpus} {p.case[:12]}: {k['kremlin']}/{k['putin']}/{k['drone']}/{k['moscow']}"
                f" score {p.score:g}{' RELEVANT' if p.judged[PRODUCT] else ''}{' relevant-any-date' if p.judged[UNDATED] else ''}"
                f"{' naive-relevant' if p.judged[PEER] else ''}  {p.title!r}"
            )
        print("    relevance: corpora pages judged relevant (false positives):")
        for p in negatives:
            if p.judged[PRODUCT] or p.judged[UNDATED]:
                print(f"      {p.corpus} {p.case[:12]} score {p.score:g} {p.matched} {p.title!r}")
        print(f"    relevance: highest-scoring corpora pages kept out, any date (threshold {incident.threshold:g}):")
        for p in under[:10]:
            print(
                f"      {p.corpus} {p.case[:12]} score {p.score:g} (margin {p.score - incident.threshold:+g})"
                f" {[m for m in p.matched_any_date if 'window' not in m] + [m for m in p.matched if 'window' in m]}"
                f" {p.title!r}"
            )
        print("    relevance: seeds:")
        for p in seeds + undated_seeds:
            print(f"      {p.corpus} {p.case} relevant={p.judged[PRODUCT]} score {p.score:g} {p.matched}")
    return rows
