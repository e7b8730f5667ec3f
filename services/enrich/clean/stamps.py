"""Publication stamps a reader sees on the page: which date lines to trust, and in what order.

A page shows many dates: its own ("Published 3 May 2023", a dated byline under the
headline), today's date in the masthead, the dates of related stories, comments and
archives further down. Only two kinds are the article's own:

* a stamp that says it is the publication ("Published ...", "Veröffentlicht am ...",
  "Опубликовано ..."), wherever it stands, the first one of the page;
* a date line right at the headline: a bare date, a dated byline, "1. Februar 2022,
  Daniel Dillenburg", a few lines below the headline (or just above it).

Dates in lists further down (related stories, comments) are never taken: a page that
shows no stamp of its own gets its date from its metadata, or none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wirestream.services.enrich.clean import rules
from wirestream.services.enrich.written_dates.explicit import stamp_day
from wirestream.services.enrich.written_dates.expressions import find_dates

BELOW_HEADLINE = 12  # lines under the headline where its date line stands
ABOVE_HEADLINE = 3  # ... or over it
MAX_PARAGRAPHS_BEFORE = 1  # a standfirst may stand between the headline and its date line, not the body
MAX_STAMP_WORDS = 25
MAX_LABEL_WORDS = 4  # "Erschienen am", "Published:" over the date line
MAX_NAME_WORDS = 4  # words besides the date on a date line ("1. Februar 2022, Daniel Dillenburg")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def says_published(line: str) -> bool:
    """A stamp line that names the publication (not an update)."""
    return bool(rules.STAMP_KEYWORD.match(line)) and not rules.UPDATED_FIRST.match(line)


def _day_mentions(line: str, lang: str | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for code in dict.fromkeys([lang or "en", "en"]):
        for mention in find_dates(line, None, code):
            if mention.granularity == "day":
                spans.append((mention.offset, mention.offset + len(mention.text)))
        if spans:
            break
    return spans


def is_date_line(line: str, lang: str | None) -> bool:
    """A line that is a date and little else: a stamp, a dated byline, a date with a name."""
    if rules.word_count(line) > MAX_STAMP_WORDS or not re.search(r"\d", line) or stamp_day(line, lang) is None:
        return False
    if rules.is_stamp(line) or rules.is_byline(line) or rules.ROLE_BYLINE.match(line):
        return True
    spans = _day_mentions(line, lang)
    if not spans:
        return False
    rest, pos = [], 0
    for start, end in spans:
        rest.append(line[pos:start])
        pos = end
    rest.append(line[pos:])
    text = " ".join(rest)
    words = [w for w in _LETTERS.findall(text.casefold()) if w not in rules.STAMP_WORDS]
    return len(words) <= MAX_NAME_WORDS and not rules.SENTENCE_STOP.search(line)


def page_stamps(lines: list[str], headline: int | None, language: Callable[[], str | None]) -> list[str]:
    """The date lines of a page that are the article's own, most trusted first.

    ``lines``: the page's visible lines, in order; ``headline``: the index of its
    headline among them (``None`` when unknown: then only a stamp that says
    "published" counts); ``language``: the page's language, asked for only when a
    line may be a date line (detecting it costs milliseconds).
    """
    found: list[str] = []
    for i, line in enumerate(lines):
        if rules.word_count(line) > MAX_STAMP_WORDS or not says_published(line):
            continue
        if not re.search(r"\d", line) and rules.word_count(line) <= MAX_LABEL_WORDS and i + 1 < len(lines):
            line = f"{line} {lines[i + 1].strip()}"  # the label on one line, its date on the next
        if is_date_line(line, language()):
            found.append(line)
            break
    if headline is not None:
        below, paragraphs = [], 0
        for i in range(headline + 1, min(len(lines), headline + 1 + BELOW_HEADLINE)):
            if rules.LINK_LIST.match(lines[i]) or rules.READ_ALSO.match(lines[i]):
                break  # a list of other stories begins
            if _paragraph(lines[i]):
                paragraphs += 1
                if paragraphs > MAX_PARAGRAPHS_BEFORE:
                    break  # the article's body has begun: dates further down are not its stamp
            below.append(i)
        near = [*below, *range(headline - 1, max(-1, headline - 1 - ABOVE_HEADLINE), -1)]
        for i in near:
            line = lines[i].strip()
            if line and line not in found and re.search(r"\d", line) and is_date_line(line, language()):
                found.append(line)
                break
    return found


def _paragraph(line: str) -> bool:
    words = rules.word_count(line)
    return words >= 20 or (words >= 12 and bool(rules.SENTENCE_STOP.search(line)))


def by_position(found: list[str], lines: list[str], headline: int) -> list[str]:
    """The other stamps of a text: "published" first, "updated" last; nearest after the headline first.

    A date in a related-stories list or a comment stands further down than the
    article's own: it comes later, if at all.
    """
    where: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        where.setdefault(line.strip(), []).append(i)

    def rank(stamp: str) -> tuple[int, int, int]:
        tier = 2 if rules.UPDATED_FIRST.match(stamp) else 0 if rules.STAMP_KEYWORD.match(stamp) else 1
        at = where.get(stamp.strip(), [])
        after = [i - headline for i in at if i >= headline]
        if after:
            return tier, 0, min(after)
        return tier, 1, min((headline - i for i in at), default=len(lines))

    return sorted(found, key=rank)
