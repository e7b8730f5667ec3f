"""How much of an HTML page the extractor may be given, and how (issue 12: bounded work per page).

trafilatura falls back to jusText when its own extraction finds little, and jusText looks for
the nearest good neighbour of each short paragraph by walking the page: quadratic on a run of
short blocks ("<li>a</li>" * 8,000 took 18 s). Article pages have a few thousand elements at
most (273 pages of the AEB and trafilatura evaluation sets: median 708, 99th percentile 2,607,
largest 9,751), so a page larger than :data:`FALLBACK_MAX_ELEMENTS` is extracted without the
fallbacks (linear), and one larger than :data:`MAX_ELEMENTS` is refused.
"""

from __future__ import annotations

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
