"""clean: from what was fetched to the text a reader would trust. Pure functions.

Steps, in order:

1. HTML: main text out of the page (trafilatura), metadata (title, date, URL) kept
   as hints; Markdown: markup reduced to text.
2. The seed header line is removed (its date was already read by fetch).
3. Unicode repaired (mojibake; curly quotes are kept), whitespace normalised,
   paragraphs separated by one blank line.
4. Boilerplate the rules recognise is removed, each removal recorded with its
   reason: photo credits, promo lines, and paragraphs that repeat one that follows
   (a lede printed twice).
5. A title is kept from the input's own metadata; failing that, the first line
   when it reads like a headline; failing that, the first sentence (marked so).
6. The language is identified offline.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
import py3langid
import trafilatura

from wirestream.contracts import SEED_HEADER, CleanedArticle, DateHint, FetchedArticle, Removal
from wirestream.errors import PermanentError

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANKS = re.compile(r"\n{3,}")
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”]\s))(?:File\s+)?(?:photo|image|picture|pictured)(?:\s+credit)?\s*:\s[^\n]*?(?:\.(?=\s|$)|$)",
    re.I,
)
_PROMO = re.compile(r"\[[A-Z0-9][A-Z0-9 &!'’-]{2,}\]\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S))(.+?)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")
_HEADLINE_END = re.compile(r"[.!?:;,\"”]$")
_NORM = re.compile(r"[\W_]+")


MIN_WORDS = 3  # fewer words than this left after cleaning: not an article
DUPLICATE_SHARE = 0.8  # share of a paragraph's word triples found in another to call it a copy


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _NORM.sub(" ", text.casefold()).split()
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None]:
    """Main text, title, declared publication date and URL of an HTML page."""
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    meta = trafilatura.extract_metadata(html)
    if not text:
        # Very short pages fall under trafilatura's length thresholds: try recall mode.
        text = trafilatura.extract(html, include_comments=False, favor_recall=True)
    if not text or not text.strip():
        raise PermanentError("no article text found in the HTML")
    return (
        text,
        (meta.title if meta else None) or None,
        (meta.date if meta else None) or None,
        (meta.url if meta else None) or None,
    )


def markdown_to_text(text: str) -> str:
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPH.sub(r"\2", text)


def normalise(text: str) -> str:
    """Repair unicode and whitespace; paragraphs end up separated by exactly one blank line."""
    text = ftfy.fix_text(text, uncurl_quotes=False)
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def remove_boilerplate(text: str) -> tuple[str, list[Removal]]:
    removed: list[Removal] = []
    paragraphs: list[str] = []
    for para in text.split("\n\n"):
        kept_lines = []
        for line in para.split("\n"):
            if _PROMO.search(line):
                removed.append(Removal(text=line, reason="promo line"))
                continue
            for credit in _PHOTO_CREDIT.findall(line):
                removed.append(Removal(text=credit.strip(), reason="photo credit"))
            line = _PHOTO_CREDIT.sub("", line).strip()
            if line:
                kept_lines.append(line)
        if kept_lines:
            paragraphs.append("\n".join(kept_lines))

    shingles = [_shingles(p) for p in paragraphs]
    kept: list[int] = []
    for i, para in enumerate(paragraphs):
        mine = shingles[i]

        def covers(other: set[tuple[str, ...]], mine: set[tuple[str, ...]] = mine) -> bool:
            return len(mine & other) >= DUPLICATE_SHARE * len(mine)

        # A paragraph repeated (nearly word for word) later on, or already said by a
        # paragraph kept above, is a copy: the later, in-place copy is the one kept.
        if len(mine) >= 3 and (
            any(covers(other) for other in shingles[i + 1 :]) or any(covers(shingles[k]) for k in kept)
        ):
            removed.append(Removal(text=para, reason="duplicated lede" if not kept else "duplicate paragraph"))
        else:
            kept.append(i)
    return "\n\n".join(paragraphs[k] for k in kept), removed


def first_sentence(text: str, limit: int = 120) -> str:
    first = _SENTENCE_END.split(text.split("\n", 1)[0], maxsplit=1)[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def headline(text: str) -> str | None:
    """The first line, when it reads like a headline rather than a sentence."""
    first, _, rest = text.partition("\n")
    words = first.split()
    if rest and 3 <= len(words) <= 25 and not _HEADLINE_END.search(first):
        return first
    return None


def detect_language(text: str) -> str | None:
    if len(text.strip()) < 20:
        return None
    lang, _ = py3langid.classify(text[:5000])
    return lang


def clean(article: FetchedArticle) -> CleanedArticle:
    removed: list[Removal] = []
    hints = list(article.date_hints)
    title, title_source, url = article.title, ("input" if article.title else None), article.url
    content = article.content
    if article.content_is_html:
        content, html_title, html_date, html_url = html_to_text(content)
        if html_date:
            hints.append(DateHint(value=html_date, source="html-meta"))
        if html_title and not title:
            title, title_source = html_title, "html-meta"
        url = url or html_url
    elif article.source.format == "markdown":
        content = markdown_to_text(content)

    header = SEED_HEADER.match(content)
    if header:
        removed.append(Removal(text=header.group(0).strip(), reason="seed header"))
        content = content[header.end() :]

    text, cut = remove_boilerplate(normalise(content))
    removed.extend(cut)
    if title:
        title = normalise(title)
        if text.startswith(title):  # a headline printed again at the top of the text
            removed.append(Removal(text=title, reason="title repeated in text"))
            text = text[len(title) :].lstrip()
    elif (line := headline(text)) is not None:
        title, title_source = line, "first-line"
        text = text.partition("\n")[2].lstrip()
    words = len(text.split())
    if words < MIN_WORDS:
        raise PermanentError(f"nothing is left of the article once cleaned but {words} word(s)")
    if not title:
        title, title_source = first_sentence(text), "first-sentence"
    return CleanedArticle(
        id=article.id,
        source=article.source,
        url=url,
        title=title,
        title_source=title_source,
        text=text,
        language=detect_language(text),
        date_hints=hints,
        removed=removed,
    )
