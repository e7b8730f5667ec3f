"""Reading one input into a :class:`FetchedArticle`: pure functions, no I/O but bytes in.

Supported inputs:

* the seed format: first line `` date YYYY-MM-DD``, then the text (``.txt``);
* plain text (``.txt``, ``.text``) and Markdown (``.md``, ``.markdown``);
* HTML (``.html``, ``.htm``);
* JSON (``.json``): an object with ``text`` or ``html``, and optionally ``title``,
  ``url`` and ``published_at``.

Anything else, or anything that is not a readable article, raises
:class:`Unreadable` with a reason a person understands.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from datetime import datetime
from pathlib import PurePath

import charset_normalizer

from wirestream.contracts import SEED_HEADER, DateHint, FetchedArticle, Format, Source


class Unreadable(ValueError):
    """The input cannot become an article; ``str(exc)`` says why, for a person."""


EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_SNIFF = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])", re.I)
_MD_TITLE = re.compile(r"\A\s*#\s+(.+?)\s*#*\s*$", re.M)
_WS = re.compile(r"\s+")


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used; :class:`Unreadable` for binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise Unreadable(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}"
                ) from None
    if b"\x00" in raw:
        raise Unreadable("binary data (contains NUL bytes), not a text article")
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        if best is None:
            raise Unreadable("not text in any encoding that could be recognised") from None
        text, encoding = str(best), best.encoding
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise Unreadable("binary data (too many control characters), not a text article")
    return text, encoding


def detect_format(name: str, text: str) -> Format:
    fmt = EXTENSIONS.get(PurePath(name).suffix.lower())
    if fmt is None:
        stripped = text.lstrip()
        if stripped.startswith("{"):
            fmt = "json"
        elif _HTML_SNIFF.match(text):
            fmt = "html"
        else:
            fmt = "text"
    if fmt == "text" and SEED_HEADER.match(text):
        return "seed"
    return fmt


def article_id(content: str) -> str:
    """Stable id of an article: the same text, however encoded or spaced, gets the same id."""
    normal = _WS.sub(" ", unicodedata.normalize("NFC", content)).strip().casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def _json_fields(text: str) -> tuple[str, bool, str | None, str | None, list[DateHint]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise Unreadable("JSON nested too deeply to be an article") from None
    if not isinstance(doc, dict):
        raise Unreadable(f"JSON must be an object with 'text' or 'html', found {type(doc).__name__}")
    body, is_html = doc.get("text"), False
    if not (isinstance(body, str) and body.strip()):
        body, is_html = doc.get("html"), True
    if not (isinstance(body, str) and body.strip()):
        raise Unreadable("JSON object has no non-empty 'text' or 'html' string field")
    title, url, published = doc.get("title"), doc.get("url"), doc.get("published_at")
    hints = [DateHint(value=published, source="json")] if isinstance(published, str) and published.strip() else []
    return (
        body,
        is_html,
        title.strip() if isinstance(title, str) and title.strip() else None,
        url.strip() if isinstance(url, str) and url.strip() else None,
        hints,
    )


MAX_CHARS = 500_000  # ten times the longest news article; past this it is not one article
MAX_HTML_CHARS = 5_000_000  # a page this big costs seconds and hundreds of MB to parse


def read_article(
    raw: bytes,
    *,
    name: str,
    uri: str,
    received_at: datetime,
    max_chars: int = MAX_CHARS,
    max_html_chars: int = MAX_HTML_CHARS,
) -> FetchedArticle:
    """Turn the bytes of one dropped file into the message the clean stage reads."""
    if not raw:
        raise Unreadable("the file is empty")
    text, encoding = decode(raw)
    if not text.strip():
        raise Unreadable("the file contains only whitespace")
    fmt = detect_format(name, text)
    title = url = None
    hints: list[DateHint] = []
    is_html = fmt == "html"
    content = text
    if fmt == "json":
        content, is_html, title, url, hints = _json_fields(text)
    elif fmt == "seed":
        header = SEED_HEADER.match(text)
        assert header is not None
        hints = [DateHint(value=header.group(1), source="seed-header")]
        if not text[header.end() :].strip():
            raise Unreadable("the file has a date header but no article text")
    elif fmt == "markdown":
        heading = _MD_TITLE.search(text)
        title = heading.group(1) if heading else None
    limit, setting = (
        (max_html_chars, "WIRESTREAM_MAX_HTML_CHARS") if is_html else (max_chars, "WIRESTREAM_MAX_ARTICLE_CHARS")
    )
    if len(content) > limit:
        what = "the HTML page" if is_html else "the text"
        raise Unreadable(
            f"{what} has {len(content):,} characters, more than the limit of {limit:,} for one article ({setting})"
        )
    source = Source(
        uri=uri,
        name=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        format=fmt,
        encoding=encoding,
        received_at=received_at,
    )
    return FetchedArticle(
        id=article_id(content),
        source=source,
        content=content,
        content_is_html=is_html,
        title=title,
        url=url,
        date_hints=hints,
    )
