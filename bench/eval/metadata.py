"""Publication dates (htmldate's set, trafilatura's set) and titles (trafilatura's set).

Publication day, upstream's way (htmldate tests/comparison.py): the exact day is a
hit; a wrong day is a false positive and a miss; no date where one is expected is a
miss; no date where none is expected is a true negative. The row shows accuracy
(hits and true negatives over all pages), the figure htmldate reports.

Titles: the normalised title (whitespace, case) equals the annotated one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import htmldate_day, product, trafilatura_meta

_WS = re.compile(r"\s+")


def _product_day(page: str, name: str = "page.html") -> str | None:
    article = product(page, name)
    return article.published_at.value.isoformat() if article and article.published_at else None


def _date_systems() -> dict[str, Callable[[str], str | None]]:
    return {
        PRODUCT: _product_day,
        "htmldate": htmldate_day,
        "trafilatura": lambda page: trafilatura_meta(page)[1] or None,
    }


def day_accuracy(pairs: list[tuple[str | None, str | None]]) -> float:
    """Share of pages with the expected day, or with no date where none is expected."""
    return sum(1 for want, got in pairs if (got or None) == want) / max(1, len(pairs))


def run_pubdates(verbose: bool = False, limit: int | None = None) -> list[Row]:
    rows = []
    for corpus, label in (("htmldate_eval", "htmldate eval"), ("trafilatura_eval", "trafilatura eval")):
        pages = [(c, p) for c, p in corpora.iter_html(corpus, limit) if corpus == "htmldate_eval" or c["published"]]
        values: dict[str, float | None] = {}
        for name, system in _date_systems().items():
            pairs = []
            for case, page in pages:
                want, got = case["published"], system(page)
                pairs.append((want, got))
                if verbose and name == PRODUCT and want != got:
                    print(f"    {corpus} {case['id']}: want {want}, got {got}  {case['url'][:80]}")
            values[name] = day_accuracy(pairs)
        rows.append(Row(f"{label} HTML ({len(pages)} pages)", "publication day exact", values))
    # The same htmldate pages saved as text: only a stamp in the text can give the day.
    pages = list(corpora.iter_html("htmldate_eval", limit))
    pairs = [(c["published"], _product_day(corpora.visible_text(p), "page.txt")) for c, p in pages]
    if verbose:
        for (case, _), (want, got) in zip(pages, pairs, strict=True):
            if want != got:
                print(f"    htmldate_eval as text {case['id']}: want {want}, got {got}  {case['url'][:80]}")
    rows.append(
        Row(
            f"htmldate eval saved as text ({len(pages)} pages)",
            "publication day exact",
            {
                PRODUCT: day_accuracy(pairs),
                "htmldate": day_accuracy(
                    [(c["published"], htmldate_day(corpora.visible_text(p).replace("\n", "<br>"))) for c, p in pages]
                ),
            },
        )
    )
    return rows


def _norm(title: str | None) -> str:
    return _WS.sub(" ", title or "").strip().casefold()


def run_titles(verbose: bool = False, limit: int | None = None) -> list[Row]:
    pages = [(c, p) for c, p in corpora.iter_html("trafilatura_eval", limit) if c["title"]]
    rows = []
    for label, as_text in (("HTML", False), ("saved as text", True)):
        hits: dict[str, int] = (
            {PRODUCT: 0, "trafilatura": 0, "first line": 0} if as_text else {PRODUCT: 0, "trafilatura": 0}
        )
        if as_text:
            hits.pop("trafilatura")
        for case, page in pages:
            want = _norm(case["title"])
            given = corpora.visible_text(page) if as_text else page
            article = product(given, "page.txt" if as_text else "page.html")
            got = article.title if article else None
            hits[PRODUCT] += _norm(got) == want
            if verbose and _norm(got) != want:
                print(f"    title {label} {case['id']}: want {case['title']!r}, got {got!r}")
            if as_text:
                hits["first line"] += _norm(given.split("\n", 1)[0]) == want
            else:
                hits["trafilatura"] += _norm(trafilatura_meta(page)[0]) == want
        rows.append(
            Row(
                f"trafilatura eval {label} ({len(pages)} titled)",
                "title exact",
                {name: n / max(1, len(pages)) for name, n in hits.items()},
            )
        )
    return rows


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    return run_pubdates(verbose, limit) + run_titles(verbose, limit)
