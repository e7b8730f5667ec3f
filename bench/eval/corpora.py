"""Where the third-party development sets are, and how to read them.

The pages stay their publishers' copyright: they are read from ``../shared/corpora/``
(or ``WIRESTREAM_CORPORA``) at evaluation time and never copied into the project.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ENV = "WIRESTREAM_CORPORA"
DEV_ONLY_ENV = "WIRESTREAM_EVAL_DEV_ONLY"  # "1": the suites leave their check articles out, rows and all


def dev_only() -> bool:
    """Whether the suites score their development articles only (``make eval --dev-only``): a check set is then not
    run at all, so no row, count or reason of it can be read by someone tuning on the development rows."""
    return os.environ.get(DEV_ONLY_ENV, "").strip() not in ("", "0")


class CorporaMissing(RuntimeError):
    """The benchmark sets are not where the evaluation looks for them."""


def root() -> Path:
    """The folder holding one sub-folder per set (``aeb/``, ``htmldate_eval/``, ...)."""
    configured = os.environ.get(ENV)
    path = Path(configured) if configured else ROOT.parent / "shared" / "corpora"
    if not (path / "aeb" / "manifest.jsonl").is_file():
        raise CorporaMissing(
            f"no benchmark sets at {path}: put the shared corpora beside the clone (../shared/corpora) "
            f"or point {ENV} at them"
        )
    return path


def available() -> bool:
    try:
        root()
    except CorporaMissing:
        return False
    return True


@cache
def cases(corpus: str) -> tuple[dict[str, Any], ...]:
    """The manifest of one set, a dict per case, in file order."""
    with (root() / corpus / "manifest.jsonl").open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def raw(corpus: str, case: dict[str, Any], key: str = "input") -> bytes:
    """The bytes of a case's input file (gunzipped)."""
    path = root() / corpus / case[key]
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def html(corpus: str, case: dict[str, Any]) -> str:
    """A case's HTML page as text (the declared or sniffed encoding, UTF-8 by default)."""
    data = raw(corpus, case)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best else data.decode("utf-8", "replace")


def dropped(corpus: str, case: dict[str, Any]) -> tuple[str, str]:
    """What a user would drop for a case, and its file name: the page's HTML, or MEANTIME's plain text."""
    if corpus == "meantime_en":
        return readable_text(corpus, case), f"{case['id']}.txt"
    return html(corpus, case), "page.html"


def readable_text(corpus: str, case: dict[str, Any]) -> str:
    """The text annotators read and gold snippets are found in: a page's visible text, MEANTIME's text file."""
    if corpus == "meantime_en":
        return raw(corpus, case, "input_txt").decode("utf-8")
    return visible_text(html(corpus, case))


def visible_text(page: str) -> str:
    """All visible text of a page, one line per block: the page as a browser saves it as text.

    This is how the plain-text path is measured and trained: the same page the HTML path
    sees, with every tag gone and nothing but line breaks left of its structure.
    """
    from wirestream.services.enrich.clean.furniture.html import block_text

    raw = block_text(page)
    if raw is None:
        return ""
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return "\n".join(line for line in lines if line)


def iter_html(corpus: str, limit: int | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    for i, case in enumerate(cases(corpus)):
        if limit is not None and i >= limit:
            return
        yield case, html(corpus, case)
