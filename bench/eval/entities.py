"""Named entities on MEANTIME (English Wikinews, public gold), beside the plain spaCy model.

Each article flows as a user's file would: its JSON through fetch's reader, clean,
date-parse, then entity-enrich (one Toolkit for the whole run). The peer is the
same spaCy model's NER alone (no alias registry, no gazetteer, no rules) on the
same cleaned text.

MEANTIME's annotation is event-centric: it marks the entities that take part in the
events it annotates, so names are missing from the gold and precision cannot be
scored. What is scored, over the gold proper names (syntactic type NAM or PRE.NAM)
labelled PERSON, ORG or LOC that are in the article's body:

* **recall**: a gold name is found when a system's mention overlaps it with one span
  inside the other (gold extents may carry a title: "U.S. President Barack Obama");
* **places (LOC) recall** and **people recall**: the share of the gold NAM names of that label that
  a system finds *with* the gold's label (a place as GPE, LOC or FAC; a person as PERSON), as the
  names gold scores a place or a person found;
* **labels right**: among the gold NAM names found, the share whose system label is
  the gold one (PERSON -> PERSON, ORG -> ORG, LOC -> GPE, LOC or FAC). PRE.NAM names
  are left out: "American" in "American automaker" is a LOC in MEANTIME and a
  nationality (NORP) in OntoNotes. The product's label is the label of the entity
  the mention was grouped into, as a user sees it.

Gold offsets are into the corpus text; clean cuts the headline (it becomes the title)
and the dateline, so spans are carried over to the cleaned text by aligning the two,
and gold names outside the cleaned body are left out for every system.
"""

from __future__ import annotations

import difflib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import product, toolkit

CORPUS = "meantime_en"
NAMES = {"NAM", "PRE.NAM"}
RIGHT = {"PERSON": {"PERSON"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"}}
PEER = "spaCy sm NER alone"

Span = tuple[int, int, str]  # start, end, label


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)  # gold label -> names in the body
    gold_nam: Counter[str] = field(default_factory=Counter)  # gold label -> NAM names in the body
    found: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)  # NAM names found (PRE.NAM are left out)
    right: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    articles: int = 0
    misses: list[str] = field(default_factory=list)


def carry_over(original: str, cleaned: str) -> Callable[[int, int], tuple[int, int] | None]:
    """Map a span of ``original`` onto ``cleaned`` (None when clean cut any of it)."""
    blocks = difflib.SequenceMatcher(None, original, cleaned, autojunk=False).get_matching_blocks()

    def span(start: int, end: int) -> tuple[int, int] | None:
        for a, b, size in blocks:
            if a <= start and end <= a + size:
                return b + start - a, b + end - a
        return None

    return span


def best_match(start: int, end: int, spans: list[Span], text: str) -> Span | None:
    """The system span that gives a gold name: nested with it (one inside the other).

    Where several are, the one holding the name's last word wins (an English name's
    head: "U.S. President Barack Obama" is Obama, "European airframer Airbus" is
    Airbus), then the widest overlap. A possessive ending is not part of a span.
    """
    spans = [(s, e - 2 if text[s:e].endswith(("'s", "’s")) else e, label) for s, e, label in spans]
    nested = [s for s in spans if (s[0] <= start and end <= s[1]) or (start <= s[0] and s[1] <= end)]
    last = end
    while last > start + 1 and not text[last - 1].isalnum():
        last -= 1
    return max(
        nested,
        key=lambda s: (s[0] < last <= s[1], min(end, s[1]) - max(start, s[0]), -(s[1] - s[0])),
        default=None,
    )


def gold_names(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        m
        for m in case["entity_mentions"]
        if m["syntactic_type"] in NAMES and m["label"] in RIGHT and not m["discontinuous"]
    ]


def _product_spans(tools: Any) -> Callable[[Any], list[Span]]:
    from wirestream.services.enrich.entities.logic import enrich

    def spans(article: Any) -> list[Span]:
        enriched = enrich(article, tools)
        return [(m.start, m.end, e.label) for e in enriched.entities for m in e.mentions]

    return spans


def _peer_spans(model: str) -> Callable[[Any], list[Span]]:
    import spacy

    nlp = spacy.load(model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])

    def spans(article: Any) -> list[Span]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(article.text).ents]

    return spans


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    from wirestream.services.enrich.entities.settings import EntitySettings

    settings = EntitySettings()
    started = time.perf_counter()
    tools = toolkit()
    load_seconds = time.perf_counter() - started
    systems = {PRODUCT: _product_spans(tools), PEER: _peer_spans(settings.spacy_model)}
    tallies = {name: Tally() for name in systems}
    cases = corpora.cases(CORPUS)[:limit] if limit else corpora.cases(CORPUS)
    for case in cases:
        raw = corpora.raw(CORPUS, case).decode("utf-8")
        article = product(raw, f"{case['id']}.json")
        if article is None:
            continue
        original = json.loads(raw)["text"]
        to_clean = carry_over(original, article.text)
        mapped = [(m, to_clean(m["start"], m["end"])) for m in gold_names(case)]
        gold = [(m, s) for m, s in mapped if s is not None]
        for name, system in systems.items():
            tally = tallies[name]
            t0 = time.perf_counter()
            spans = system(article)
            tally.seconds += time.perf_counter() - t0
            tally.articles += 1
            for mention, (start, end) in gold:
                label = mention["label"]
                tally.gold[label] += 1
                tally.gold_nam[label] += mention["syntactic_type"] == "NAM"
                hit = best_match(start, end, spans, article.text)
                if hit is None:
                    tally.misses.append(f"{case['id']}: missed {label} {mention['text']!r}")
                    continue
                tally.found[label] += 1
                if mention["syntactic_type"] != "NAM":
                    continue
                tally.labelled[label] += 1
                if hit[2] in RIGHT[label]:
                    tally.right[label] += 1
                else:
                    tally.misses.append(
                        f"{case['id']}: {label} {mention['text']!r} labelled {hit[2]} ({article.text[hit[0] : hit[1]]!r})"
                    )
    if verbose:
        for line in tallies[PRODUCT].misses:
            print("    " + line)
    n = tallies[PRODUCT].articles
    corpus = f"MEANTIME EN ({n} articles)"
    speed = ", ".join(f"{name} {t.articles / t.seconds:.1f} articles/s" for name, t in tallies.items() if t.seconds)

    def ratio(num: int, den: int) -> float | None:
        return num / den if den else None

    rows = []
    for measure, labels in (
        ("names found (recall)", list(RIGHT)),
        ("people found (recall)", ["PERSON"]),
        ("places found (recall)", ["LOC"]),
        ("organisations found (recall)", ["ORG"]),
    ):
        values = {
            name: ratio(sum(t.found[x] for x in labels), sum(t.gold[x] for x in labels)) for name, t in tallies.items()
        }
        gold_n = sum(tallies[PRODUCT].gold[x] for x in labels)
        rows.append(Row(corpus, measure, values, note=f"{gold_n} gold names in the body"))
    for measure, label in (
        ("places (LOC) recall, labelled a place", "LOC"),
        ("people recall, labelled a person", "PERSON"),
    ):
        values = {name: ratio(t.right[label], t.gold_nam[label]) for name, t in tallies.items()}
        note = f"{tallies[PRODUCT].gold_nam[label]} gold NAM names in the body, found with the gold's label"
        rows.append(Row(corpus, measure, values, note=note))
    values = {name: ratio(sum(t.right.values()), sum(t.labelled.values())) for name, t in tallies.items()}
    labelled = sum(tallies[PRODUCT].labelled.values())
    note = f"{labelled} NAM names found; {speed}; toolkit loaded in {load_seconds:.1f} s"
    rows.append(Row(corpus, "labels right (NAM found)", values, note=note))
    return rows
