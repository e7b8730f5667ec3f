"""Main text: AEB (4-gram shingle P/R/F1) and trafilatura's eval set (must/must-not segments).

Both are scored on the HTML pages and on the same pages saved as text
(:func:`bench.eval.corpora.visible_text`), the input users drop most. MEANTIME's texts,
which are an article body and nothing else, check that cleaning a clean text loses
none of its sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from statistics import mean

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import (
    justext_language,
    justext_text,
    lines_as_html,
    product_text,
    trafilatura_text,
    with_embeds,
)

_TOKEN = re.compile(r"\w+")


# --- AEB: the upstream metric (evaluate.py of scrapinghub/article-extraction-benchmark) -----------


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """tp, fp, fn over 4-gram shingles, normalised to sum 1 (each document weighs the same)."""
    want, got = _shingles(gold), _shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aeb_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over documents, F1 their harmonic mean (upstream's way)."""
    p = mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    r = mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- trafilatura's eval set: the upstream metric (tests/eval_common.py) ---------------------------

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def segment_counts(output: str, case: dict) -> tuple[int, int, int, int]:
    """tp, fn, fp, tn: a must-have segment found, missed; a must-not-have found, avoided."""
    out = _norm(output)
    tp = sum(1 for s in case["with"] if _norm(s) in out)
    fp = sum(1 for s in case["without"] if _norm(s) in out)
    return tp, len(case["with"]) - tp, fp, len(case["without"]) - fp


def segment_scores(totals: tuple[int, int, int, int]) -> tuple[float, float, float]:
    tp, fn, fp, _ = totals
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def segment_f1(totals: tuple[int, int, int, int]) -> float:
    return segment_scores(totals)[2]


# --- pages saved as text: clear-cut furniture lines removed, body sentences kept -------------------
#
# The issue's criterion for texts users save ("at least 90% of clear-cut furniture lines removed, at
# least 99% of body sentences kept"), measured on the third-party pages saved as text, where the
# gold says what the body is. A line of the input is clear-cut furniture when the gold body has none
# of it: on AEB (the whole body is gold) a line of four words or more that shares no word 4-gram
# with the body, a shorter line whose words do not occur in the body in that order; the page's
# title line (the dump's first line) and lines made of its words (the headline over the article)
# are neither, as the title is read from them. On trafilatura's set (partial gold) a line holding a
# must-not-have segment and no must-have one, and sharing no 4-gram with any. A body sentence is a
# sentence of four words or more of the AEB body, or a must-have segment of trafilatura's set, that
# the input holds on one of its lines (what the page never showed cannot be kept). Words are
# compared case-folded, ignoring punctuation and spacing: a furniture line is kept when an output
# line has the same words (or, from four words on, holds them); a sentence is kept when the output
# holds its words in order on one line.

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”’»)]*\s+")
FurnitureCounts = tuple[int, int, int, int]  # furniture lines, of which removed; body sentences, of which kept


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _padded(lines: list[list[str]]) -> str:
    """Token lines as one string where a word sequence is found with ``f" {' '.join(words)} " in it``."""
    return " " + " \n ".join(" ".join(words) for words in lines) + " "


def _has(haystack: str, words: list[str]) -> bool:
    return f" {' '.join(words)} " in haystack


def _gram4(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def aeb_line_gold(lines: list[str], body: str) -> tuple[list[int], list[list[str]]]:
    """The indices of the clear-cut furniture lines of an AEB page saved as text, and its body sentences."""
    gold = _words(body)
    grams, text = _gram4(gold), _padded([gold])
    tokens = [_words(line) for line in lines]
    title = set(tokens[0]) if tokens else set()
    furniture = []
    for i, words in enumerate(tokens):
        if i == 0 or not words or (len(words) >= 3 and sum(w in title for w in words) >= 0.8 * len(words)):
            continue
        if (_gram4(words).isdisjoint(grams)) if len(words) >= 4 else not _has(text, words):
            furniture.append(i)
    shown = _padded(tokens)
    sentences = [
        words
        for paragraph in body.split("\n")
        for sentence in _SENTENCE_END.split(paragraph)
        if len(words := _words(sentence)) >= 4 and _has(shown, words)
    ]
    return furniture, sentences


def segment_line_gold(lines: list[str], case: dict) -> tuple[list[int], list[list[str]]]:
    """The same for a page of trafilatura's set: lines of must-not-have segments only, must-have segments."""
    wanted = [_norm(s).casefold() for s in case["with"]]
    unwanted = [_norm(s).casefold() for s in case["without"]]
    grams = set().union(*(_gram4(_words(s)) for s in wanted)) if wanted else set()
    furniture = []
    for i, line in enumerate(lines):
        norm = _norm(line).casefold()
        if not norm or any(s in norm or (len(norm) > 20 and norm in s) for s in wanted):
            continue
        if any(s in norm or (len(norm) > 10 and norm in s) for s in unwanted) and _gram4(_words(line)).isdisjoint(
            grams
        ):
            furniture.append(i)
    shown = _padded([_words(line) for line in lines])
    sentences = [words for s in case["with"] if (words := _words(s)) and _has(shown, words)]
    return furniture, sentences


def furniture_counts(lines: list[str], gold: tuple[list[int], list[list[str]]], output: str) -> FurnitureCounts:
    """How many of the page's clear-cut furniture lines ``output`` left out, and how many body sentences it kept."""
    furniture, sentences = gold
    out_lines = [words for line in output.split("\n") if (words := _words(line))]
    exact = {" ".join(words) for words in out_lines}
    held = _padded(out_lines)
    kept_furniture = 0
    for i in furniture:
        words = _words(lines[i])
        kept_furniture += " ".join(words) in exact or (len(words) >= 4 and _has(held, words))
    kept = sum(_has(held, words) for words in sentences)
    return len(furniture), len(furniture) - kept_furniture, len(sentences), kept


def furniture_scores(totals: FurnitureCounts) -> tuple[float, float]:
    """The share of clear-cut furniture lines removed and the share of body sentences kept."""
    lines, removed, sentences, kept = totals
    return removed / max(1, lines), kept / max(1, sentences)


# --- the runs ----------------------------------------------------------------------------------

System = Callable[[dict, str], str]  # (case, input) -> kept text


def _html_systems() -> dict[str, System]:
    return {
        PRODUCT: lambda case, page: product_text(page, "page.html"),
        "trafilatura": lambda case, page: trafilatura_text(page),
        "trafilatura precision": lambda case, page: trafilatura_text(page, favor_precision=True),
        "jusText": lambda case, page: justext_text(page, justext_language(page, case.get("html_lang_attr"))),
    }


def _text_systems() -> dict[str, System]:
    return {
        PRODUCT: lambda case, text: product_text(text, "page.txt"),
        "no cleaning": lambda case, text: text,
        "jusText": lambda case, text: justext_text(
            lines_as_html(text), justext_language(text, case.get("html_lang_attr"))
        ),
        "trafilatura": lambda case, text: trafilatura_text(lines_as_html(text)),
    }


def _trained_on_these(corpus: str, as_text: bool) -> str:
    """The furniture models were trained on these very pages: their cross-validated figure, for honesty."""
    from wirestream.services.enrich.clean import furniture
    from wirestream.services.enrich.clean.furniture.html import html_model

    recorded = (furniture.model() if as_text else html_model()).scores
    key = f"{corpus}_{'text' if as_text else 'html'}_f1"
    return (
        f"; furniture model trained on these pages, {_cv_figure(recorded, key)}"
        if key in recorded.get("clean_stage_cross_validated", {})
        else ""
    )


def _cv_figure(recorded: dict, key: str) -> str:
    """A figure of the clean stage's cross-validation as ``make train`` recorded it: the mean over its draws
    (each its own deal of pages to folds and training seed) with the lowest and highest draw."""
    mean = recorded["clean_stage_cross_validated"][key]
    bounds = recorded.get("clean_stage_cross_validated_spread", {}).get(key)
    if not bounds:
        return f"by-page CV {mean:.3f}"
    draws = recorded.get("clean_stage_cv_repeats", recorded.get("cv_repeats", "?"))
    return f"by-page CV {mean:.3f} (mean of {draws} draws, {bounds['low']:.3f}-{bounds['high']:.3f})"


def _furniture_rows(corpus: str, title: str, tallies: dict[str, list[int]]) -> list[Row]:
    """The two rows of :func:`furniture_counts` for a set saved as text, with the cross-validated figures."""
    from wirestream.services.enrich.clean import furniture

    recorded = furniture.model().scores
    cv = recorded.get("clean_stage_cross_validated", {})
    rows = []
    for rank, (measure, key) in enumerate(
        (("clear-cut furniture lines removed", "furniture_removed"), ("body sentences kept", "body_kept"))
    ):
        values: dict[str, float | None] = {
            name: furniture_scores(tuple(totals))[rank]  # type: ignore[arg-type]
            for name, totals in tallies.items()
            if name != EMBEDS
        }
        lines, _, sentences, _ = tallies[PRODUCT]
        note = f"{lines if rank == 0 else sentences} {'lines' if rank == 0 else 'sentences'}"
        if f"{corpus}_text_{key}" in cv:
            note += f"; furniture model trained on these pages, {_cv_figure(recorded, f'{corpus}_text_{key}')}"
        rows.append(Row(f"{title} saved as text", measure, values, note))
    if EMBEDS in tallies:  # the same measure, the embedded posts the product moved out of the text counted in
        *_, sentences, kept = tallies[EMBEDS]
        note = f"{sentences} sentences; posts moved from the text to embeds count as kept"
        if f"{corpus}_text_body_kept_with_embeds" in cv:
            note += f"; {_cv_figure(recorded, f'{corpus}_text_body_kept_with_embeds')}"
        values = {PRODUCT: kept / max(1, sentences)}
        rows.append(Row(f"{title} saved as text", "body sentences kept, text + embeds", values, note))
    return rows


EMBEDS = f"{PRODUCT} text + embeds"  # a tally of :func:`_furniture_rows` that is no column of the table


def run_aeb(verbose: bool = False, limit: int | None = None) -> list[Row]:
    rows = []
    pages = list(corpora.iter_html("aeb", limit))
    tallies: dict[str, list[int]] = {}
    for label, systems, as_text in (("HTML", _html_systems(), False), ("saved as text", _text_systems(), True)):
        values: dict[str, float | None] = {}
        detail: list[str] = []
        for name, system in systems.items():
            counts = []
            tally = tallies.setdefault(name, [0, 0, 0, 0]) if as_text else None
            for case, page in pages:
                given = corpora.visible_text(page) if as_text else page
                if tally is not None and name == PRODUCT:
                    output, embedded = with_embeds(given, "page.txt")
                else:
                    output, embedded = system(case, given), ""
                c = shingle_counts(case["main_text"], output)
                counts.append(c)
                if tally is not None:
                    lines = given.split("\n")
                    gold = aeb_line_gold(lines, case["main_text"])
                    page_counts = furniture_counts(lines, gold, output)
                    tally[:] = [a + b for a, b in zip(tally, page_counts, strict=True)]
                    if name == PRODUCT:
                        both = tallies.setdefault(EMBEDS, [0, 0, 0, 0])
                        both[:] = [a + b for a, b in zip(both, furniture_counts(lines, gold, embedded), strict=True)]
                if verbose and name == PRODUCT:
                    p, r = _precision(*c), _recall(*c)
                    if min(p, r) < 0.8:
                        detail.append(f"    {case['id'][:12]} P {p:.2f} R {r:.2f}  {case['url'][:90]}")
            p, r, f1 = aeb_scores(counts)
            values[name] = f1
            if name == PRODUCT:
                note = f"P {p:.3f} R {r:.3f}"
        note += _trained_on_these("aeb", as_text)
        rows.append(Row(f"AEB {label} ({len(pages)} pages)", "F1, 4-gram shingles", values, note))
        if detail:
            print(f"  AEB {label}: pages below 0.8 precision or recall\n" + "\n".join(detail))
    return rows + _furniture_rows("aeb", f"AEB ({len(pages)} pages)", tallies)


def run_trafilatura_eval(verbose: bool = False, limit: int | None = None) -> list[Row]:
    rows = []
    pages = list(corpora.iter_html("trafilatura_eval", limit))
    tallies: dict[str, list[int]] = {}
    for label, systems, as_text in (("HTML", _html_systems(), False), ("saved as text", _text_systems(), True)):
        values: dict[str, float | None] = {}
        note = ""
        for name, system in systems.items():
            totals = [0, 0, 0, 0]
            tally = tallies.setdefault(name, [0, 0, 0, 0]) if as_text else None
            for case, page in pages:
                given = corpora.visible_text(page) if as_text else page
                output = system(case, given)
                counts = segment_counts(output, case)
                totals = [a + b for a, b in zip(totals, counts, strict=True)]
                if tally is not None:
                    lines = given.split("\n")
                    page_counts = furniture_counts(lines, segment_line_gold(lines, case), output)
                    tally[:] = [a + b for a, b in zip(tally, page_counts, strict=True)]
                if verbose and name == PRODUCT and (counts[1] or counts[2]):
                    print(f"    trafilatura_eval {label} {case['id']}: missed {counts[1]}, kept {counts[2]} unwanted")
            p, r, values[name] = segment_scores(tuple(totals))  # type: ignore[arg-type]
            if name == PRODUCT:
                note = f"P {p:.3f} R {r:.3f}"
        note += _trained_on_these("trafilatura_eval", as_text)
        rows.append(Row(f"trafilatura eval {label} ({len(pages)} pages)", "F1, segments", values, note))
    return rows + _furniture_rows("trafilatura_eval", f"trafilatura eval ({len(pages)} pages)", tallies)


# --- MEANTIME: articles that are nothing but their body -----------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9])")


def body_sentences(text: str) -> list[str]:
    """The sentences of a MEANTIME text below its headline and dateline (its first two paragraphs)."""
    body = text.split("\n\n", 2)[-1]
    return [_norm(s) for s in _SENTENCE.split(body) if len(s.split()) >= 4]


def run_meantime(verbose: bool = False, limit: int | None = None) -> list[Row]:
    """Share of body sentences each system keeps of texts with nothing to cut (a floor on over-cleaning)."""
    systems: dict[str, System] = {
        PRODUCT: lambda case, text: product_text(text, "article.txt"),
        "jusText": lambda case, text: justext_text(lines_as_html(text), "English"),
        "trafilatura": lambda case, text: trafilatura_text(lines_as_html(text)),
    }
    texts = [(case, corpora.readable_text("meantime_en", case)) for case in corpora.cases("meantime_en")[:limit]]
    values: dict[str, float | None] = {}
    for name, system in systems.items():
        kept = total = 0
        for case, text in texts:
            out = _norm(system(case, text))
            sentences = body_sentences(text)
            lost = [s for s in sentences if s not in out]
            kept += len(sentences) - len(lost)
            total += len(sentences)
            if verbose and name == PRODUCT and lost:
                print(f"    meantime {case['id']}: lost {len(lost)} of {len(sentences)}: {lost[0][:80]!r}")
        values[name] = kept / total if total else None
    return [Row(f"MEANTIME texts, body only ({len(texts)})", "body sentences kept", values)]


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    return run_aeb(verbose, limit) + run_trafilatura_eval(verbose, limit) + run_meantime(verbose, limit)
