"""The sample articles a new clean work process cleans once before it takes entries, one per path.

This module imports only the contracts, so that the worker's own process, which never imports the
cleaning, can hand the text sample to its work processes (``worker.py``), and ``warm.py`` the HTML one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from wirestream.contracts import FetchedArticle, Source

# A page of the HTML path: the extractor in its three modes, the metadata, the furniture model.
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Warm-up page | Example News</title>
<meta property="og:title" content="Warm-up page"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Warm-up page</h1><p class="byline">By A. Writer</p>
<p>This page is cleaned once when a clean work process starts, so that the first article it takes does not pay
for what the libraries build on their first use.</p>
<p>It has a headline, a byline and two paragraphs of body text, enough for the extractor to find an article in
it and for the furniture model to read its lines.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def sample(name: str, content: str, *, html: bool = False) -> FetchedArticle:
    """A fetched article named ``name``, as the fetch stage would publish ``content``."""
    return FetchedArticle(
        id=name.replace(".", "-"),
        source=Source(
            uri=f"file:///{name}",
            name=name,
            sha256="0" * 64,
            size=len(content.encode()),
            format="html" if html else "text",
            encoding="utf-8",
            received_at=datetime(2023, 5, 3, tzinfo=UTC),
        ),
        content=content,
        content_is_html=html,
    )


# the language identifier loads its model on first use
TEXT = sample(
    "warm-up.txt", "Two drones were shot down over the Kremlin overnight, officials in Moscow said on Wednesday."
)
HTML = sample("warm-up.html", PAGE, html=True)
