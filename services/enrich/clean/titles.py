"""Titles: the article's headline, never a button, promo, caption, credit or site name.

HTML keeps its metadata title (``og:title``, else ``<title>``, as trafilatura reads
them), with the site's name cut from it when the page shows that part is the site's
name and not the headline's: "Drones hit Kremlin | World News" loses "| World News"
when the page names its site so (``og:site_name``, its address, a domain-like part,
a copyright line or the logo's text), or when the rest is the page's own ``<h1>``.
A metadata title that is a section label or the site's name ("Aktuelles",
"Hauptmenü") gives way to the ``<title>`` or the one headline of the page.

A page saved as text usually starts with its ``<title>`` line; its headline is the
line further down that repeats a part of it. Failing that, the first line that reads
like a headline and is no furniture (a button, a date, a navigation row) is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.html

from wirestream.services.enrich.clean import rules

# Separators between a headline and a site's name or a section: " | ", " - ", " – ", " · ", " » "...
# A colon is weaker: "Brexit: talks resume" is one headline, so only a site's own name is cut at one.
SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|–—·•⋆»«~/\\-]|::?|\|\|)\s+")  # one try per run of spaces: linear
COLON = re.compile(r"(?<=\w):\s+(?=\S)")
_NORM = re.compile(r"[\W_]+")
DOMAIN_LIKE = re.compile(r"^(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.[a-z]{2,6}$", re.I)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright) ?(?:\d{4}(?: ?[-–] ?\d{4})? )?(?P<name>[^|.,;\n\d][^|.,;\n]{1,59})", re.I
)
_EDGE = " -–—|·•⋆~/\\:"  # separators left at either end of a title
MAX_TITLE_WORDS = 40
MAX_SHORT_TEXT_WORDS = 8  # texts of the page that may name the site (a logo, a footer line)
MAX_LABEL_WORDS = 4  # a piece of a title this short, printed on its own in the page, is a site's or section's name
MAX_KICKER_WORDS = 6  # a kicker printed in the same <h1> as the headline


def norm(text: str | None) -> str:
    return _NORM.sub("", (text or "").casefold())


def parts_of(title: str) -> list[str]:
    """The pieces of a title between separators ("A | B - C" -> A, B, C)."""
    return [p for p, _ in _pieces(title)]


@dataclass
class Evidence:
    """What a page says about its own name and headline."""

    site_names: set[str] = field(default_factory=set)  # normalised
    headlines: list[str] = field(default_factory=list)  # texts of the page's <h1>
    page_texts: set[str] = field(default_factory=set)  # normalised short texts of the page (logo, menu, footer)

    def add_site(self, name: str | None) -> None:
        for candidate in (name, *(parts_of(name) if name else [])):
            if len(n := norm(candidate)) >= 2:
                self.site_names.add(n)

    def add_host(self, url: str | None) -> None:
        host = (urlsplit(url).hostname or "") if url and "//" in url else ""
        host = re.sub(r"^www\d?\.", "", host.lower())
        if host:
            label = host.rsplit(".", 1)[0]
            self.site_names.update({norm(host), norm(label), norm(label.rsplit(".", 1)[-1])} - {""})

    def names_site(self, part: str) -> bool:
        """``part`` is the site's name: its metadata, its address, or a domain-like name."""
        n = norm(part)
        if not n or DOMAIN_LIKE.match(part.strip()):
            return True  # stars and dashes are nothing of a headline either
        return any(n == s or (len(s) >= 4 and (s in n or n in s) and len(n) <= 3 * len(s)) for s in self.site_names)

    def printed_alone(self, part: str, words: int = MAX_LABEL_WORDS) -> bool:
        """``part`` is short and printed on its own in the page (a menu entry, a section, a logo)."""
        return len(part.split()) <= words and norm(part) in self.page_texts

    def headline_matching(self, candidate: str) -> str | None:
        n = norm(candidate)
        return next((h for h in self.headlines if norm(h) == n), None) if n else None


def _pieces(title: str) -> list[tuple[str, str]]:
    """Each piece of a title with the separator that follows it ("" for the last)."""
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in SEPARATOR.finditer(title):
        pieces.append((title[pos : m.start()].strip(), m.group(0)))
        pos = m.end()
    pieces.append((title[pos:].strip(), ""))
    return [(p, s) for p, s in pieces if p] or [(title, "")]


def _join(pieces: list[tuple[str, str]], start: int, end: int) -> str:
    return "".join(text + (sep if i < end - 1 else "") for i, (text, sep) in enumerate(pieces[start:end], start))


def _runs(pieces: list[tuple[str, str]]) -> Iterable[tuple[int, int]]:
    """Every run of consecutive pieces, longest first."""
    for length in range(len(pieces), 0, -1):
        for start in range(len(pieces) - length + 1):
            yield start, start + length


def strip_site(title: str, evidence: Evidence) -> str:
    """The headline of a title, without the site's name or section around it, when the page shows them."""
    title = " ".join(title.split())
    pieces = _pieces(title)
    if len(pieces) < 2:
        half = COLON.split(title, maxsplit=1)[-1]
        return evidence.headline_matching(half) or _strip_at_colon(title, evidence)
    # A run of pieces that is the page's own headline wins outright.
    for start, end in _runs(pieces):
        if end - start < len(pieces) and (headline := evidence.headline_matching(_join(pieces, start, end))):
            return headline
    for half in COLON.split(title, maxsplit=1)[1:]:
        if headline := evidence.headline_matching(half):
            return headline

    def label(i: int, start: int, end: int) -> bool:
        piece = pieces[i][0]
        if evidence.names_site(piece):
            return True
        rest = sum(len(p.split()) for p, _ in pieces[start:end]) - len(piece.split())
        return evidence.printed_alone(piece) and rest > len(piece.split())

    start, end = 0, len(pieces)
    while end - start > 1 and label(end - 1, start, end):
        end -= 1
    while end - start > 1 and label(start, start, end):
        start += 1
    return _strip_at_colon(_join(pieces, start, end), evidence)


def _strip_at_colon(title: str, evidence: Evidence) -> str:
    """ "BDZV: Olafur Eliasson ..." -> "Olafur Eliasson ...": only the site's own name is cut at a colon."""
    halves = COLON.split(title, maxsplit=1)
    if len(halves) == 2 and len(halves[1].split()) >= 2 and evidence.names_site(halves[0]):
        return halves[1].strip()
    halves = title.rsplit(": ", 1)
    if len(halves) == 2 and len(halves[0].split()) >= 2 and evidence.names_site(halves[1]):
        return halves[0].strip()
    return title


def _halves(title: str) -> list[str]:
    """A title's pieces, and the halves of each around a colon ("Kicker: headline")."""
    out: list[str] = []
    for piece in parts_of(title):
        out.append(piece)
        halves = COLON.split(piece, maxsplit=1)
        if len(halves) == 2:
            out.extend(h.strip() for h in halves)
    return out


def without_kicker(title: str, headlines: list[str], others: list[str]) -> str:
    """A kicker printed in the ``<h1>`` with the headline is not part of it, when metadata prints them apart.

    "Interne Unterlagen im Netz Daten von Rheinmetall gehackt" (the <h1>) with
    "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz" (og:title) is the
    headline "Daten von Rheinmetall gehackt".
    """
    for h1 in headlines:
        words = h1.split()
        if norm(h1) in {norm(o) for o in others} or norm(title) not in (norm(h1), *(norm(o) for o in others)):
            continue
        for other in others:
            pieces = _halves(other)
            for piece in pieces:
                size = len(piece.split())
                if norm(piece) == norm(h1):
                    continue
                head, tail = " ".join(words[: len(words) - size]), " ".join(words[len(words) - size :])
                glued = not head.rstrip().endswith((":", *_EDGE))
                # the <h1> ends with a piece of the metadata title, after a kicker the title also prints
                kicker = any(p != piece and (norm(p) in norm(head) or norm(head) in norm(p)) for p in pieces)
                ends = size >= 3 and 0 < len(words) - size <= MAX_KICKER_WORDS and norm(tail) == norm(piece)
                if ends and glued and kicker:
                    return piece
                head, tail = " ".join(words[:size]), " ".join(words[size:])
                glued = not tail.lstrip().startswith((":", *_EDGE))
                # the <h1> starts with a piece of the metadata title, its kicker, and goes on with the rest of it
                if size <= MAX_KICKER_WORDS and len(words) - size >= 3 and glued and norm(head) == norm(piece):
                    rest = [p for p in parts_of(other) if norm(p) != norm(piece) and len(p.split()) > 1]
                    if rest and norm(rest[0]) in norm(tail):
                        return tail
                    if rules.classify(tail) in {"publication stamp", "byline"}:
                        return head  # "Headline Published by Site on 23 February 2020"
    return title


# --- HTML -------------------------------------------------------------------------------------


def _meta(doc: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for value in doc.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
            if value and value.strip():
                return " ".join(value.split())
    return None


def _short_texts(doc: lxml.html.HtmlElement) -> Iterable[str]:
    body = doc.find("body")
    if body is None:
        return
    for element in body.iter("a", "span", "div", "p", "li", "strong", "b", "small", "footer", "header"):
        if len(element) == 0 and element.text:
            text = element.text.strip()
            if text and len(text.split()) <= MAX_SHORT_TEXT_WORDS:
                yield text
    for alt in body.xpath(".//img/@alt"):
        if alt and len(alt.split()) <= MAX_SHORT_TEXT_WORDS:
            yield alt


def html_evidence(doc: lxml.html.HtmlElement, sitename: str | None, url: str | None) -> Evidence:
    evidence = Evidence()
    if sitename and ("." not in sitename or DOMAIN_LIKE.match(sitename)):
        evidence.add_site(sitename)  # trafilatura also offers any piece of the <title> with a full stop
    evidence.add_site(_meta(doc, "og:site_name", "application-name", "apple-mobile-web-app-title"))
    evidence.add_host(url or _meta(doc, "og:url"))
    for href in doc.xpath("//link[@rel='canonical']/@href")[:1]:
        evidence.add_host(href)
    evidence.headlines = [h for h in (" ".join(e.text_content().split()) for e in doc.iter("h1")) if h]
    for text in _short_texts(doc):
        if m := COPYRIGHT.search(text):
            evidence.add_site(m["name"].strip())
        evidence.page_texts.add(norm(text))
    return evidence


def html_title(doc: lxml.html.HtmlElement, meta_title: str | None, sitename: str | None, url: str | None) -> str | None:
    """The headline of an HTML page, from its metadata title (see the module's docstring)."""
    evidence = html_evidence(doc, sitename, url)
    social = _meta(doc, "og:title", "twitter:title")
    element = doc.find(".//title")
    head_title = " ".join(element.text_content().split()) if element is not None else None
    first = meta_title
    # Without metadata, trafilatura takes an element classed "title" (a widget's heading, a
    # category): when that is neither the page's <h1> nor part of its <title>, the <title> is
    # trusted more.
    if (
        meta_title
        and head_title
        and norm(meta_title) not in (norm(social), norm(head_title))
        and not evidence.headline_matching(meta_title)
        and norm(meta_title) not in norm(head_title)
    ):
        first = head_title
    others = [t for t in (social, head_title) if t]
    for candidate in dict.fromkeys(t for t in (first, social, head_title, meta_title) if t):
        title = strip_site(candidate, evidence).strip(_EDGE)
        if not title or evidence.names_site(title) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        if not evidence.printed_alone(title, 2) or evidence.headline_matching(title):
            return without_kicker(title, evidence.headlines, others)
    headlines = [h for h in evidence.headlines if not evidence.names_site(h)]
    if len(headlines) == 1:
        return headlines[0]
    return meta_title


# --- text -------------------------------------------------------------------------------------


def text_title(lines: list[str]) -> tuple[str, int, int] | None:
    """The headline of a page saved as text, with the lines of the page's title and of the headline.

    A page saved as text starts with its ``<title>`` ("Drones hit Kremlin | World News");
    a line further down that repeats it, or the part of it that is no site name, is the
    headline ("Drones hit Kremlin"): the repetition is the evidence. The part repeated
    must hold the title's longest piece (a site's name repeated in the page's header is
    no headline). ``None`` without such a line.
    """
    index = [i for i, line in enumerate(lines) if line.strip()]
    if len(index) < 2:
        return None
    first = " ".join(lines[index[0]].split())
    if len(first.split()) > MAX_TITLE_WORDS:
        return None
    pieces = _pieces(first)
    longest = max(range(len(pieces)), key=lambda k: len(pieces[k][0].split()))
    runs: dict[str, int] = {}  # normalised run of pieces holding the longest -> how many pieces it spans
    for start, end in _runs(pieces):
        if start <= longest < end:
            runs.setdefault(norm(_join(pieces, start, end)), end - start)
    site = text_evidence(lines)
    best: tuple[int, int] | None = None  # (pieces spanned, -line)
    for i in index[1:]:
        line = lines[i]
        n = norm(line)
        if len(n) < 4 or n not in runs:
            continue
        line = " ".join(line.split())
        if len(pieces) == 1 and rules.word_count(line) < 3:
            continue  # "Home" over "Home": a menu, not a title and its headline
        if site.names_site(line) or rules.classify(line) is not None:
            continue
        if best is None or (runs[n], -i) > best:
            best = (runs[n], -i)
    if best is None:
        return None
    return " ".join(lines[-best[1]].split()), index[0], -best[1]


def text_evidence(lines: list[str]) -> Evidence:
    """What a text says about its site: copyright lines and domain names.

    Not the short lines printed alone, as in HTML: in a text, the headline is one of them.
    """
    evidence = Evidence()
    for line in lines:
        line = line.strip()
        if m := COPYRIGHT.search(line):
            evidence.add_site(m["name"].strip())
        if DOMAIN_LIKE.match(line):
            evidence.add_site(line)
    return evidence


def title_line(lines: list[str]) -> tuple[str, int, int | None] | None:
    """The headline of a text that starts with a page's title line, and the lines that print it.

    The repeated headline (:func:`text_title`) first; failing that, the first line without
    the site's name the text shows around it ("Drones hit Kremlin | World News" with
    "© 2023 World News" further down). ``None`` when the first line has no such part.
    """
    if found := text_title(lines):
        return found
    index = [i for i, line in enumerate(lines) if line.strip()]
    if len(index) < 2:
        return None
    first = " ".join(lines[index[0]].split())
    if len(first.split()) > MAX_TITLE_WORDS or len(_pieces(first)) < 2:
        return None
    title = strip_site(first, text_evidence(lines[index[1] :])).strip(_EDGE)
    if title == first or not title or rules.classify(title) is not None:
        return None
    return title, index[0], None
