"""How much of an HTML page the extractor may be given, and how (issue 12: bounded work per page).

trafilatura falls back to jusText when its own extraction finds little, and jusText looks for
the nearest good neighbour of each short paragraph by walking the page: quadratic on a run of
short blocks ("<li>a</li>" * 8,000 took 18 s). Article pages have a few thousand elements at
most (273 pages of the AEB and trafilatura evaluation sets: median 708, 99th percentile 2,607,
largest 9,751), so a page larger than :data:`FALLBACK_MAX_ELEMENTS` is extracted without the
fallbacks (linear), and one larger than :data:`MAX_ELEMENTS` is refused.

A page laid out in a table is read as blocks first (:func:`without_layout_tables`): trafilatura writes a table cell
as one line, so an article set in a layout table lost its paragraphs.

clean reads one page many ways (its size, its layout tables, three extractions and the metadata, the furniture
model's view, its title and visible lines): :class:`Page` parses it once for all of them (13 lxml parses a page
before, about 2.5 ms each; now one for lxml.html and one for trafilatura, whose trees are copied where a reader
changes them).
"""

from __future__ import annotations

import copy
import re
from functools import cached_property
from typing import Any

import lxml.etree
import lxml.html

from wirestream.errors import PermanentError

FALLBACK_MAX_ELEMENTS = 3_000  # above this, trafilatura runs without its jusText/readability fallbacks
MAX_ELEMENTS = 100_000  # above this, the page is refused: ten times the largest article page measured


def parse(html: str) -> lxml.html.HtmlElement | None:
    """``html`` as lxml.html parses it (``None`` when it cannot)."""
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


class Page:
    """An HTML page parsed once for every reading of it in clean.

    ``doc`` (lxml.html's parse) is shared and never changed: a reader that changes a tree takes
    :meth:`copy`, or :meth:`release` when it is the last to read it. ``extractor_tree`` and
    ``metadata_tree`` are trafilatura's own parses (its parser drops comments and repairs a few
    faulty pages), of the page as the extractor reads it and of the page as it is: trafilatura copies
    a tree it is given before it changes it, and its metadata reading changes none.
    """

    def __init__(self, html: str) -> None:
        self.html = html

    @cached_property
    def doc(self) -> lxml.html.HtmlElement | None:
        return parse(self.html)

    def copy(self) -> lxml.html.HtmlElement | None:
        """A tree of the page of the caller's own, to change."""
        return copy.deepcopy(self.doc) if self.doc is not None else None

    def release(self) -> lxml.html.HtmlElement | None:
        """The shared tree, given to a last reader that changes it (a later reader parses the page again)."""
        doc = self.doc
        del self.doc
        return doc

    @cached_property
    def element_count(self) -> int:
        return 0 if self.doc is None else sum(1 for _ in self.doc.iter())

    @cached_property
    def for_extractor(self) -> str:
        """:func:`without_layout_tables` of the page."""
        return _without_layout_tables(self.html, self.doc)

    @cached_property
    def extractor_tree(self) -> lxml.html.HtmlElement | str:
        """trafilatura's parse of :attr:`for_extractor` (the text itself when trafilatura finds no tree in it)."""
        return _trafilatura_tree(self.for_extractor)

    @cached_property
    def metadata_tree(self) -> lxml.html.HtmlElement | str:
        """trafilatura's parse of the page as it is, for its metadata (the same tree when no layout table changed)."""
        return self.extractor_tree if self.for_extractor is self.html else _trafilatura_tree(self.html)


def _trafilatura_tree(html: str) -> lxml.html.HtmlElement | str:
    from trafilatura.utils import load_html

    tree = load_html(html)
    return html if tree is None else tree


def page_of(html: str | Page) -> Page:
    return html if isinstance(html, Page) else Page(html)


def element_count(html: str) -> int:
    """The elements of ``html`` as lxml parses it (0 when it cannot)."""
    return Page(html).element_count


def extract_options(html: str | Page) -> dict[str, Any]:
    """The bounding options to give ``trafilatura.extract`` for ``html``; refuses a page too large to read."""
    count = page_of(html).element_count
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
    return _without_layout_tables(html, None)


def _without_layout_tables(html: str, parsed: lxml.html.HtmlElement | None) -> str:
    """:func:`without_layout_tables`, reading ``parsed`` (``html``'s tree, unchanged) when given."""
    if _TABLE.search(html) is None:
        return html
    doc = parse(html) if parsed is None else parsed
    layout = _layout_tables(doc)
    if not layout:
        return html
    if parsed is not None:  # the shared tree stays as it is: a tree of its own to change (rare: a layout table)
        doc = parse(html)
        layout = _layout_tables(doc)
    for table in layout:
        for part in table.iter(*_TABLE_PARTS):
            part.tag = "div"
    return lxml.html.tostring(doc, encoding="unicode")


def _layout_tables(doc: lxml.html.HtmlElement | None) -> set[Any]:
    layout: set[Any] = set()
    if doc is None:
        return layout
    for p in doc.iter("p"):
        cell = False
        for up in p.iterancestors():
            if up.tag in ("td", "th"):
                cell = True
            elif up.tag == "table" and cell:
                if up in layout:
                    break
                layout.add(up)
    return layout
