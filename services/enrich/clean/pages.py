"""How much of an HTML page the extractor may be given, and how (issue 12: bounded work per page).

trafilatura falls back to jusText when its own extraction finds little, and jusText looks for
the nearest good neighbour of each short paragraph by walking the page: quadratic on a run of
short blocks ("<li>a</li>" * 8,000 took 18 s). Article pages have a few thousand elements at
most (273 pages of the AEB and trafilatura evaluation sets: median 708, 99th percentile 2,607,
largest 9,751), so a page larger than :data:`FALLBACK_MAX_ELEMENTS` is extracted without the
fallbacks (linear), and one larger than :data:`MAX_ELEMENTS` is refused.

A page laid out in a table is read as blocks first (:func:`without_layout_tables`): trafilatura writes a table cell
as one line, so an article set in a layout table lost its paragraphs.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from wirestream.errors import PermanentError

FALLBACK_MAX_ELEMENTS = 3_000  # above this, trafilatura runs without its jusText/readability fallbacks
MAX_ELEMENTS = 100_000  # above this, the page is refused: ten times the largest article page measured


def element_count(html: str) -> int:
    """The elements of ``html`` as lxml parses it (0 when it cannot)."""
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return 0
    return sum(1 for _ in doc.iter())


def extract_options(html: str) -> dict[str, Any]:
    """The bounding options to give ``trafilatura.extract`` for ``html``; refuses a page too large to read."""
    count = element_count(html)
    if count > MAX_ELEMENTS:
        raise PermanentError(
            f"the page has {count:,} HTML elements, more than the {MAX_ELEMENTS:,} clean reads "
            "(article pages have a few thousand)"
        )
    return {"fast": count > FALLBACK_MAX_ELEMENTS}


_TABLE = re.compile(r"<table\b", re.I)
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def without_layout_tables(html: str) -> str:
    """``html`` with its layout tables read as blocks: a table that holds a paragraph (``<p>``) in one of its cells
    lays the page out and holds no data. trafilatura writes a table cell as one line (cells joined by " | "), so an
    article set in such a table lost its paragraphs, and a reader of quotes the paragraph a speaker opens (The Space
    Review's hearing report: 39 paragraphs were one line, headline and byline inside). Each such table, and every
    table around it, becomes ``div`` blocks; a data table (cells of words and numbers) stays a table. One walk up
    from each paragraph, stopping at a table already taken: linear in the page."""
    if _TABLE.search(html) is None:
        return html
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    layout: set[Any] = set()
    for p in doc.iter("p"):
        cell = False
        for up in p.iterancestors():
            if up.tag in ("td", "th"):
                cell = True
            elif up.tag == "table" and cell:
                if up in layout:
                    break
                layout.add(up)
    if not layout:
        return html
    for table in layout:
        for part in table.iter(*_TABLE_PARTS):
            part.tag = "div"
    return lxml.html.tostring(doc, encoding="unicode")
