"""Reading one input into a :class:`FetchedArticle`: pure functions, no I/O but bytes in.

Supported inputs:

* the seed format: first line `` date YYYY-MM-DD``, then the text (``.txt``);
* plain text (``.txt``, ``.text``) and Markdown (``.md``, ``.markdown``);
* HTML (``.html``, ``.htm``);
* JSON (``.json``): an object with ``text`` or ``html``, and optionally ``title``,
  ``url`` and ``published_at``.

Anything else, or anything that is not a readable article, raises
:class:`Unreadable` with a reason a person understands.

Every step here costs time linear in the input, whatever the input: sizes are checked
before anything parses, and there are no backtracking regular expressions (headings,
HTML sniffing and control characters are read with string methods; the one pattern
left, :data:`_SURROGATE`, is a single character class). Text that reaches the
message is valid Unicode: lone surrogates (possible through JSON's ``\\ud800``
escapes) become U+FFFD, so every later stage can encode it as UTF-8.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from datetime import datetime
from pathlib import PurePath
from typing import Any

import charset_normalizer

from wirestream import limits
from wirestream.contracts import SEED_HEADER, DateHint, FetchedArticle, Format, Source


class Unreadable(ValueError):
    """The input cannot become an article; ``str(exc)`` says why, for a person, and ``reason`` in one
    word for the metrics: ``unreadable``, or ``timeout``, ``memory``, ``crash`` when reading it was stopped."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


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
# Control characters that do not occur in text (tab, newlines and form feed do); deleted by translate to count them.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<article")
# The one regular expression of fetch: a single character class cannot backtrack, so it is linear.
# (RE2 cannot take it: its input must be encodable as UTF-8, which is exactly what this repairs.)
_SURROGATE = re.compile("[\ud800-\udfff]")

# JSON metadata longer than this is not metadata (a title is a line, a URL fits a browser's address bar).
MAX_TITLE_CHARS = 2_000
MAX_URL_CHARS = 8_192
MAX_DATE_CHARS = 100
_META_LIMITS = {"title": MAX_TITLE_CHARS, "url": MAX_URL_CHARS, "published_at": MAX_DATE_CHARS}


def valid_unicode(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, so that it encodes as UTF-8 (JSON, Redis, databases)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip()[:16].lower()
    return head.startswith(_HTML_STARTS) or (head.startswith("<p") and len(head) > 2 and head[2] in " \t\r\n\f>")


def markdown_title(text: str) -> str | None:
    """The text of a level-1 ``#`` heading on the first non-blank line, without a closing ``#`` sequence.

    String methods instead of a pattern: the pattern this replaces took cubic time on
    ``"# a" + " " * n + "b"`` (an hour at 13 KB)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) < 2 or line[0] != "#" or not line[1].isspace():
        return None
    title = line[1:].strip().rstrip("#").strip()
    if not title or len(title) > MAX_TITLE_CHARS:
        return None
    return title


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
    text = valid_unicode(text)
    if len(text) - len(text.translate(_CONTROL)) > max(8, len(text) // 100):
        raise Unreadable("binary data (too many control characters), not a text article")
    return text, encoding


def detect_format(name: str, text: str) -> Format:
    fmt = EXTENSIONS.get(PurePath(name).suffix.lower())
    if fmt is None:
        stripped = text.lstrip()
        if stripped.startswith("{"):
            fmt = "json"
        elif _looks_like_html(text):
            fmt = "html"
        else:
            fmt = "text"
    if fmt == "text" and SEED_HEADER.match(text):
        return "seed"
    return fmt


def article_id(content: str) -> str:
    """Stable id of an article: the same text, however encoded or spaced, gets the same id."""
    # str.split() splits on exactly the characters of the \\s+ this used to be: the ids stay the same
    normal = " ".join(unicodedata.normalize("NFC", content).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def _meta(doc: dict[str, object], field: str) -> str | None:
    """A metadata field: a non-empty string within its length limit, else absent (or :class:`Unreadable`)."""
    value = doc.get(field)
    if not isinstance(value, str) or not value.strip():
        return None
    value = valid_unicode(value.strip())
    if len(value) > _META_LIMITS[field]:
        raise Unreadable(
            f"JSON field '{field}' has {len(value):,} characters, more than the limit of {_META_LIMITS[field]:,}"
        )
    return value


def _json_fields(text: str) -> tuple[str, bool, str | None, str | None, list[DateHint]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise Unreadable("JSON nested too deeply to be an article") from None
    except ValueError as exc:  # e.g. a number of more digits than Python converts
        raise Unreadable(f"invalid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise Unreadable(f"JSON must be an object with 'text' or 'html', found {type(doc).__name__}")
    body, is_html = doc.get("text"), False
    if not (isinstance(body, str) and body.strip()):
        body, is_html = doc.get("html"), True
    if not (isinstance(body, str) and body.strip()):
        raise Unreadable("JSON object has no non-empty 'text' or 'html' string field")
    title, url, published = _meta(doc, "title"), _meta(doc, "url"), _meta(doc, "published_at")
    hints = [DateHint(value=published, source="json")] if published else []
    return valid_unicode(body), is_html, title, url, hints


MAX_CHARS = limits.MAX_ARTICLE_CHARS
MAX_HTML_CHARS = limits.MAX_HTML_CHARS


def _check_length(content: str, is_html: bool, max_chars: int, max_html_chars: int) -> None:
    limit, setting = (
        (max_html_chars, "WIRESTREAM_MAX_HTML_CHARS") if is_html else (max_chars, "WIRESTREAM_MAX_ARTICLE_CHARS")
    )
    if len(content) > limit:
        what = "the HTML page" if is_html else "the text"
        raise Unreadable(
            f"{what} has {len(content):,} characters, more than the limit of {limit:,} for one article ({setting})"
        )


def parse_request(request: tuple[bytes, dict[str, Any]]) -> FetchedArticle:
    """fetch's work-process tool: :func:`read_article` of one file's bytes and its options."""
    raw, options = request
    return read_article(raw, **options)


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
    # Sizes first: nothing below may spend time on an input that is refused for its size anyway.
    if fmt == "json":
        outer = max(max_chars, max_html_chars) + sum(_META_LIMITS.values()) + 64 * 1024
        if len(text) > outer:
            raise Unreadable(
                f"the JSON document has {len(text):,} characters, more than any article within the limits "
                f"(WIRESTREAM_MAX_ARTICLE_CHARS, WIRESTREAM_MAX_HTML_CHARS)"
            )
    else:
        _check_length(text, fmt == "html", max_chars, max_html_chars)
    title = url = None
    hints: list[DateHint] = []
    is_html = fmt == "html"
    content = text
    if fmt == "json":
        content, is_html, title, url, hints = _json_fields(text)
        _check_length(content, is_html, max_chars, max_html_chars)
    elif fmt == "seed":
        header = SEED_HEADER.match(text)
        assert header is not None
        hints = [DateHint(value=header.group(1), source="seed-header")]
        if not text[header.end() :].strip():
            raise Unreadable("the file has a date header but no article text")
    elif fmt == "markdown":
        title = markdown_title(text)
    source = Source(
        uri=valid_unicode(uri),
        name=valid_unicode(name),
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
