"""date-parse: the publication date, and every date the text speaks of on the calendar.

Pure functions. The publication date comes from the input's own (seed header, JSON
field), else from the first usable hint clean found, in its order of trust (see
:func:`parse_publication`). Date expressions in the
text (``expressions.py``) are found by explicit patterns (a capitalised month name
must come with a day, a year or a preposition, so the verb "may" never becomes a date)
and resolved against the publication date, or against the date mentioned just before
them ("the next morning", "a year earlier", "la veille", "накануне"): explicit dates in
every form, a month-day without a year to its nearest plausible year, weekdays by the
tense of their clause, "N weeks ago", "last week", holidays per language; see
``expressions.py`` for each rule.

Other languages (their calendar words are in ``services/enrich/lexicon.py``) get
explicit dates with month names ("3 мая 2023 года", "9. Mai", "3 de mayo"),
numeric dates, weekdays (the most recent, unless a word for "next" or a future
cue comes with it), "the night before" a weekday or date (Russian "в ночь на среду"
is the night of Tuesday to Wednesday, a two-day range), yesterday/today/tomorrow,
"N days ago", "last week", the day before, holidays. Chinese dates (2023年5月3日,
5月3日, 3日, 周三, 上周) have their own patterns.

A stamp or byline line clean found ("Published 4:12 AM EDT, May 4, 2023",
"Опубликовано: 03.05.2023", "08:44, 3 NOV 2023") gives its first explicit date
(:func:`stamp_day`). Relative expressions are only resolved when the publication
date is known.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from wirestream.contracts import CleanedArticle, DatedArticle, DateHint, PublishedAt
from wirestream.services.enrich.dates.expressions import find_dates, nearest_year, resolve_weekday
from wirestream.services.enrich.lexicon import LANGUAGES

__all__ = [
    "date_parse",
    "find_dates",
    "first_explicit",
    "nearest_year",
    "parse_explicit",
    "parse_publication",
    "resolve_weekday",
    "stamp_day",
    "swapped_readings",
]

INPUT_SOURCES = ("seed-header", "json")  # what the dropped file itself declares


def parse_publication(hints: list[DateHint], lang: str | None = None) -> PublishedAt | None:
    """The publication date: the input's own (seed header, JSON field), else clean's most trusted hint.

    clean lists the other hints by trust, most trusted first: a date line the reader
    sees at the headline or a stamp that says "published", then the HTML metadata
    (htmldate), then the other stamps of the text. The first that parses to a real
    day wins, except a day-month-swappable stamp ("11/01/2021") whose other reading is
    the metadata's day: the metadata settles which it is.
    """
    for source in INPUT_SOURCES:
        for hint in hints:
            if hint.source == source and (value := parse_explicit(hint.value)) is not None:
                return PublishedAt(value=value, source=source)
    meta = next(
        (v for h in hints if h.source == "html-meta" and (v := parse_explicit(h.value)) is not None),
        None,
    )
    for hint in hints:
        if hint.source in INPUT_SOURCES:
            continue
        value = stamp_day(hint.value, lang) if hint.source == "text-stamp" else parse_explicit(hint.value)
        if value is None:
            continue
        if hint.source == "text-stamp" and meta is not None and value != meta and meta in swapped_readings(hint.value):
            return PublishedAt(value=meta, source="html-meta")
        return PublishedAt(value=value, source=hint.source)
    return None


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


def date_parse(article: CleanedArticle) -> DatedArticle:
    published = parse_publication(article.date_hints, article.language)
    dates = find_dates(article.text, published.value if published else None, article.language)
    return DatedArticle(**article.model_dump(exclude={"kind"}), published_at=published, dates=dates)
