"""Explicit dates as a line writes them: a full date in any common form, a stamp line's day. Pure functions.

Shared by clean (which lines are date lines and stamps; an embedded post's date) and date-parse (the
publication date from clean's hints); the dates of a running text are :mod:`.expressions`'.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from wirestream.services.enrich.lexicon import LANGUAGES
from wirestream.services.enrich.written_dates.expressions import find_dates

__all__ = ["first_explicit", "parse_explicit", "stamp_day", "swapped_readings"]


def first_explicit(text: str, lang: str | None) -> date | None:
    """The first full date (day, month and year) written in ``text``: a stamp line's date."""
    for code in dict.fromkeys([lang or "en", "en"]):
        for mention in find_dates(text, None, code):
            if mention.granularity == "day":
                return mention.value
    return None


_STAMP_YMD = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)")
_STAMP_SHORT_YEAR = re.compile(r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<year>\d\d)(?![\d./])")
_STAMP_PIPES = re.compile(r"(?<!\d)(?P<day>[0-3]?\d) ?\| ?(?P<month>[01]?\d) ?\| ?(?P<year>(?:19|20)\d\d)(?!\d)")
_GLUED_TIME = re.compile(r"(?<=(?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d|[^\W\d_])")  # "20235:01 AM", "2019August"
_WORD = re.compile(r"[^\W\d_]+")
_SWAPPABLE = re.compile(r"(?<![\d./])(?P<a>[01]?\d)[./-](?P<b>[01]?\d)[./-](?P<year>(?:19|20)\d\d)(?![\d./])")
# languages that write 11/01/2021 month first when ambiguous (English)
_MONTH_FIRST = frozenset(code for code, lang in LANGUAGES.items() if not lang.day_first)


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def stamp_day(text: str, lang: str | None) -> date | None:
    """The day a stamp or byline line states, in the forms pages print them.

    Besides every explicit date :func:`first_explicit` reads: capitals ("3 NOV 2023"),
    year first with slashes ("2023/11/02 22:27"), two-digit years ("10.12.19",
    "02/11/23", day first unless the language writes month first), pipes
    ("26 | 01 | 2022") and a year glued to the time ("November 9, 20235:01 AM").
    """
    text = _GLUED_TIME.sub(" ", text)
    if found := first_explicit(text, lang):
        return found
    # A stamp in another language than the article's ("mardi 5 juin 2018" on an English page).
    words = {w.casefold() for w in _WORD.findall(text)}
    for code, other in LANGUAGES.items():
        if code not in (lang, "en") and words & other.months.keys() and (found := first_explicit(text, code)):
            return found
    if (m := _STAMP_YMD.search(text)) and (found := _day_of(int(m["year"]), int(m["month"]), int(m["day"]))):
        return found
    if (m := _STAMP_PIPES.search(text)) and (found := _day_of(int(m["year"]), int(m["month"]), int(m["day"]))):
        return found
    if m := _STAMP_SHORT_YEAR.search(text):
        a, b, year = int(m["a"]), int(m["b"]), 2000 + int(m["year"])
        first, second = ((b, a), (a, b)) if (lang or "en") in _MONTH_FIRST and m["sep"] == "/" else ((a, b), (b, a))
        return _day_of(year, first[1], first[0]) or _day_of(year, second[1], second[0])
    if text != text.title():
        return first_explicit(text.title(), lang)  # "3 NOV 2023", "3 MAY 2023"
    return None


def swapped_readings(text: str) -> set[date]:
    """Both days a numeric date with day and month 12 or under can mean ("11/01/2021")."""
    m = _SWAPPABLE.search(text)
    if not m:
        return set()
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    return {d for d in (_day_of(year, b, a), _day_of(year, a, b)) if d}


def parse_explicit(text: str) -> date | None:
    """A full date written out in any common form, or ``None`` (also for impossible dates)."""
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        # Parsed against two different defaults: a part missing from the text shows as a difference.
        one = dateutil_parser.parse(text, default=datetime(2001, 1, 1))
        two = dateutil_parser.parse(text, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if one.date() != two.date() or not 1900 <= one.year <= 2100:
        return None
    return one.date()
