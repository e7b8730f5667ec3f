"""The furniture model's second opinion on an HTML page, after the extractor.

trafilatura in precision mode leaves out some of the article; in recall mode it keeps
more of the article and more of the page around it. This step takes the recall-mode
text and cuts the paragraphs a model calls furniture. The model is the text model's
features of the page's visible lines (the page as a browser saves it as text) plus
what each extractor made of each line (kept in precision mode, kept in recall mode, and
the same for the neighbours), trained the same way (``make train``) into its own
artefact, ``model-html-v1.json``: it learns where the extractors are right and where the
shape of the text says otherwise.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

import lxml.etree
import lxml.html
import numpy as np

from services.enrich.clean import pages
from services.enrich.clean.furniture import REASON, Model, load
from services.enrich.clean.furniture.features import NAMES, _shift, _window_mean, page_features
from wirestream.contracts import Removal

HTML_MODEL_FILE = "model-html-v1.json"
EXTRACTORS = ("precise", "recall")
_FLAG_VIEWS = ("", "@-1", "@+1", "~3", "~10")
HTML_NAMES: tuple[str, ...] = NAMES + tuple(f"{e}{v}" for e in EXTRACTORS for v in _FLAG_VIEWS)
MIN_KEPT_SHARE = 0.5  # the cut text keeps at least this share of the precise text's words, or nothing is cut

# Tags after which a browser starts a new line: "saving a page as text" puts one block on each line.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "dt",
        "dd",
        "dl",
        "figcaption",
        "figure",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "pre",
        "form",
        "button",
        "label",
        "br",
        "hr",
        "address",
        "title",
    ]
)
_INVISIBLE = "//script | //style | //noscript | //template | //svg | //iframe | //select | //option"


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_CHARS = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\r]")


def light(text: str) -> str:
    """clean's normalisation without the mojibake repair (which costs more than the model on a whole page):
    composed characters, no zero-width ones, single spaces, no blank lines."""
    text = unicodedata.normalize("NFC", _INVISIBLE_CHARS.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def block_text(html: str) -> str | None:
    """A page's visible text with a line break around every block, spacing untouched (``None``: not HTML).

    The one reading of a page as a browser saves it as text: the model's input here, and the
    training and evaluation text (``bench.eval.corpora.visible_text``).
    """
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in doc.xpath(_INVISIBLE):
        element.drop_tree()
    for head in doc.xpath("//head"):
        for child in list(head):
            if child.tag != "title":
                head.remove(child)
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return doc.text_content()


def page_lines(html: str) -> list[str]:
    """The page's visible text, one line per block (no blank lines)."""
    raw = block_text(html)
    text = light(raw) if raw is not None else ""
    return text.split("\n") if text else []


def recall_text(html: str) -> str:
    """trafilatura in recall mode, with the options clean gives it in precision mode (no process-wide cache)."""
    import trafilatura

    try:
        bounded = pages.extract_options(html)  # no quadratic fallback on a large page (see pages.py)
        return (
            trafilatura.extract(
                html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False, **bounded
            )
            or ""
        )
    except Exception:  # a page the extractor chokes on (or too large to read): the precise text stands alone
        return ""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _paragraph(line: str) -> str:
    """An extracted paragraph as a visible line reads (trafilatura writes list items as "- item")."""
    norm = _norm(line)
    return norm[2:] if norm.startswith("- ") else norm


def extractor_flags(lines: list[str], text: str) -> np.ndarray:
    """1 for each line whose text the extractor kept (somewhere in its output), else 0."""
    kept = " " + _norm(text.replace("\n", " ")) + " "
    return np.array([float(_norm(line) in kept) for line in lines])


def html_features(lines: list[str], precise: str, recall: str) -> np.ndarray:
    """One row of :data:`HTML_NAMES` per visible line."""
    columns = []
    for text in (precise, recall):
        flags = extractor_flags(lines, text)
        columns += [
            flags,
            _shift(flags, -1, 0.0),
            _shift(flags, 1, 0.0),
            _window_mean(flags, 3),
            _window_mean(flags, 10),
        ]
    return np.column_stack([page_features(lines), *columns])


@cache
def html_model() -> Model:
    """The shipped HTML model (package data), loaded once per process."""
    text = resources.files(__package__).joinpath(HTML_MODEL_FILE).read_text(encoding="utf-8")
    return load(json.loads(text), HTML_NAMES)


def verdicts(lines: list[str], probability: np.ndarray, text: str) -> list[float | None]:
    """For each line of an extractor's ``text``: the body probability of the visible line(s) it came from.

    A paragraph is found as a visible line, or as the visible lines it is made of (a
    list item over two blocks), or inside one longer visible line; ``None`` when it
    cannot be found (it is then kept).
    """
    best: dict[str, float] = {}
    for line, p in zip(lines, probability.tolist(), strict=True):
        key = _norm(line)
        best[key] = max(best.get(key, 0.0), p)
    long_keys = [key for key in best if len(key) >= 12]
    out: list[float | None] = []
    for paragraph in text.split("\n"):
        norm = _paragraph(paragraph)
        if not norm:
            out.append(None)
        elif norm in best:
            out.append(best[norm])
        else:
            parts = [key for key in long_keys if key in norm]
            if parts and sum(map(len, parts)) >= 0.6 * len(norm):
                out.append(max(best[key] for key in parts))
            else:
                around = [best[key] for key in long_keys if norm in key]
                out.append(max(around) if around else None)
    return out


def cut(
    lines: list[str], probability: np.ndarray, precise: str, recall: str, below: float
) -> tuple[str, list[Removal]]:
    """``recall`` without its paragraphs whose visible lines score under ``below`` (see :func:`second_opinion`)."""
    kept: list[str] = []
    removed: list[Removal] = []
    for paragraph, verdict in zip(recall.split("\n"), verdicts(lines, probability, recall), strict=True):
        if verdict is not None and verdict < below:
            removed.append(Removal(text=paragraph, reason=REASON))
        elif paragraph.strip():
            kept.append(paragraph)
    text = "\n".join(kept)
    if len(text.split()) < MIN_KEPT_SHARE * len(precise.split()):
        return precise, []
    return text, removed


def second_opinion(html: str, precise: str, using: Model | None = None) -> tuple[str, list[Removal]]:
    """The recall-mode text of the page without the paragraphs the model calls furniture, and those paragraphs.

    Falls back to ``precise`` (the extractor's precision-mode text, nothing cut) when the
    page has no visible lines, the recall run fails, or the cut would leave less than
    half of what the precise text holds.
    """
    lines = page_lines(html)
    recall = light(recall_text(html))
    if not lines or not recall:
        return precise, []
    using = using or html_model()
    probability = using.forest.predict(html_features(lines, light(precise), recall))
    return cut(lines, probability, precise, recall, using.decoding["drop_below"])
