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
from bench.eval.systems import justext_language, justext_text, lines_as_html, product_text, trafilatura_text

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

    scores = (furniture.model() if as_text else html_model()).scores.get("clean_stage_cross_validated", {})
    key = f"{corpus}_{'text' if as_text else 'html'}_f1"
    return f"; furniture model trained on these pages, by-page CV {scores[key]:.3f}" if key in scores else ""


def run_aeb(verbose: bool = False, limit: int | None = None) -> list[Row]:
    rows = []
    pages = list(corpora.iter_html("aeb", limit))
    for label, systems, as_text in (("HTML", _html_systems(), False), ("saved as text", _text_systems(), True)):
        values: dict[str, float | None] = {}
        detail: list[str] = []
        for name, system in systems.items():
            counts = []
            for case, page in pages:
                given = corpora.visible_text(page) if as_text else page
                c = shingle_counts(case["main_text"], system(case, given))
                counts.append(c)
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
    return rows


def run_trafilatura_eval(verbose: bool = False, limit: int | None = None) -> list[Row]:
    rows = []
    pages = list(corpora.iter_html("trafilatura_eval", limit))
    for label, systems, as_text in (("HTML", _html_systems(), False), ("saved as text", _text_systems(), True)):
        values: dict[str, float | None] = {}
        note = ""
        for name, system in systems.items():
            totals = [0, 0, 0, 0]
            for case, page in pages:
                counts = segment_counts(system(case, corpora.visible_text(page) if as_text else page), case)
                totals = [a + b for a, b in zip(totals, counts, strict=True)]
                if verbose and name == PRODUCT and (counts[1] or counts[2]):
                    print(f"    trafilatura_eval {label} {case['id']}: missed {counts[1]}, kept {counts[2]} unwanted")
            p, r, values[name] = segment_scores(tuple(totals))  # type: ignore[arg-type]
            if name == PRODUCT:
                note = f"P {p:.3f} R {r:.3f}"
        note += _trained_on_these("trafilatura_eval", as_text)
        rows.append(Row(f"trafilatura eval {label} ({len(pages)} pages)", "F1, segments", values, note))
    return rows


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
    texts = [
        (case, corpora.raw("meantime_en", case, "input_txt").decode("utf-8"))
        for case in corpora.cases("meantime_en")[:limit]
    ]
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
