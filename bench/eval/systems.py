"""The systems compared: the product's stages run in process, and the peers run the same way.

Every function takes what a user would drop (a page's HTML, or its text) and returns
what the system keeps; a system that fails on an input returns an empty result, which
the metrics count as a full miss (as upstream does).
"""

from __future__ import annotations

import html as html_lib
from datetime import UTC, datetime
from functools import cache
from typing import Any

import py3langid

from wirestream.contracts import CleanedArticle, DatedArticle
from wirestream.errors import PermanentError
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.ingest.fetch.formats import Unreadable, read_article

_RECEIVED = datetime(2024, 1, 1, tzinfo=UTC)


@cache
def toolkit() -> Any:
    """entity-enrich's tools as the worker loads them (default model, registry and incidents), loaded once
    for every suite of a run that enriches articles."""
    from wirestream.services.enrich.entities.settings import EntitySettings
    from wirestream.services.enrich.entities.worker import load_toolkit

    return load_toolkit(EntitySettings().spacy_model, None, None)


def product(content: str, name: str) -> DatedArticle | None:
    """fetch's reader, clean and date-parse on one input, as the workers run them."""
    try:
        fetched = read_article(content.encode("utf-8"), name=name, uri=f"file:///eval/{name}", received_at=_RECEIVED)
        cleaned: CleanedArticle = clean(fetched)
        return date_parse(cleaned)
    except (Unreadable, PermanentError):
        return None


def product_text(content: str, name: str) -> str:
    article = product(content, name)
    return article.text if article else ""


def with_embeds(content: str, name: str) -> tuple[str, str]:
    """The product's text, and the same with the embedded posts it moved out of it, each as a page shows one
    (its text, then "Name (@handle) May 3, 2023" from the fields it keeps): the posts leave the text but
    stay on the article, so what was kept is measured both ways."""
    article = product(content, name)
    if not article:
        return "", ""
    posts = []
    for embed in article.embeds:
        day = embed.posted_at
        signed = [
            embed.author or "",
            f"(@{embed.handle})" if embed.handle else "",
            f"{day:%B} {day.day}, {day.year}" if day else "",
        ]
        posts += [embed.text or "", " ".join(part for part in signed if part)]
    return article.text, "\n".join([article.text, *posts])


# --- peers -------------------------------------------------------------------------------------


def trafilatura_text(page: str, **options: Any) -> str:  # trafilatura.extract keywords
    import trafilatura

    try:
        return trafilatura.extract(page, deduplicate=False, **options) or ""
    except Exception:  # a crash is a miss, as upstream counts it
        return ""


_JUSTEXT_LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "nl": "Dutch",
    "no": "Norwegian_Bokmal",
    "tr": "Turkish",
    "id": "Indonesian",
}


def justext_language(text: str, hint: str | None = None) -> str:
    code = (hint or "").split("-")[0].lower() or py3langid.classify(text[:5000])[0]
    return _JUSTEXT_LANGUAGES.get(code, "English")


def justext_text(page: str, language: str) -> str:
    import justext

    try:
        paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist(language), encoding="utf-8")
    except Exception:
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def lines_as_html(text: str) -> str:
    """A text file as the simplest page (one paragraph per line), for peers that only read HTML."""
    body = "\n".join(f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def htmldate_day(page: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(page, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        return None


def trafilatura_meta(page: str) -> tuple[str | None, str | None]:
    """Title and date of trafilatura's metadata extraction."""
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(page)
    except Exception:
        return None, None
    return (meta.title or None, meta.date or None) if meta else (None, None)
