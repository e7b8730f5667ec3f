"""The speakers the quote gold does not score: an audit of real text for wrong speakers.

The quote gold (``tests/quotes/gold.jsonl``) lists the quotes its annotators chose on each page; the product also
gives speakers to the other quotes there (a lead, a teaser, a sentence's second quote). Those speakers are real
third-party text read by the product and scored by no one, so reading them finds wrong speakers that the gold's
figures cannot show (round s51 found four from rules this way). This prints each such quote with its speaker, the
rule that gave it (``how``; None: the ranker's pick, or a quote continued from the one before) and the text around
it, for a person to judge.

Development pages only: a page of a check set (``quotes.CHECK_SETS``) is never read.

    python -m bench.eval.unscored [LANG,LANG,...]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any

from bench.eval import quotes
from bench.eval.systems import toolkit

CONTEXT = 160  # characters of text shown before a quote (and 120 after)


def pages(langs: set[str] | None) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The development pages of the quote gold (in ``langs``, if given) with their gold quotes."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for g in quotes.load_gold():
        if quotes.half_of(g["corpus"], g["case"]) in quotes.CHECK_SETS or (langs and g["lang"] not in langs):
            continue
        out[(g["corpus"], g["case"], g["lang"])].append(g)
    return out


def unscored(corpus: str, case: str, gold: list[dict[str, Any]]) -> list[str]:
    """One page's quotes with a speaker that no gold quote of the page matches, as lines to read."""
    from wirestream.services.enrich.entities.logic import enrich
    from wirestream.services.enrich.entities.quotes import attribute, rank

    article = quotes._article(corpus, case)
    if article is None:
        return []
    lang = gold[0]["lang"]
    enriched = enrich(article, toolkit())
    att, results = attribute(article.text, enriched.entities, lang, None, None)
    how = {q.start: (found.how if found else None) for q, _, found in (rank.fill(att, results) if att else [])}
    openings = [quotes.norm(g["opening"])[:25] for g in gold]
    lines = []
    for q in enriched.quotes:
        said = quotes.norm(q.text)
        if q.speaker is None or any(o and o in said for o in openings):
            continue
        around = article.text[max(0, q.start - CONTEXT) : q.end + 120].replace("\n", " / ")
        lines.append(f"{corpus} {case[:12]} [{lang}] {q.speaker!r} how={how.get(q.start)} verb={q.verb!r}")
        lines.append(f"    {around!r}")
    return lines


def main(argv: list[str]) -> None:
    langs = set(argv[0].split(",")) if argv else None
    for (corpus, case, _), gold in pages(langs).items():
        for line in unscored(corpus, case, gold):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
