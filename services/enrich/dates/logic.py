"""date-parse: the publication date, and every date the text speaks of on the calendar.

Pure functions. The publication date comes from the first usable hint, in order of
trust: the seed header, the JSON field, the HTML metadata. Date expressions in the
text are found by explicit patterns (a capitalised month name must come with a
day or a year, so the verb "may" never becomes a date) and resolved against the
publication date:

* weekdays ("Tuesday night", "on Thursday") to the most recent such day, the
  publication day included, unless the text says "next";
* yesterday, today, tonight, last night, tomorrow;
* "earlier this week", "this week", "last week", "earlier this month", "last month";
* "N days ago" and "a few days ago" (a range);
* a month and day without a year to the year that puts it nearest the publication;
* explicit dates: ISO, "3 May 2023", "May 3, 2023", "May 2023".

Relative expressions are only resolved when the publication date is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser

from wirestream.contracts import CleanedArticle, DatedArticle, DateHint, DateMention, PublishedAt

HINT_ORDER = ("seed-header", "json", "html-meta")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}
NUMBERS = {
    w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


def parse_publication(hints: list[DateHint]) -> PublishedAt | None:
    """The first hint, by trust, that parses to a real calendar date."""
    for source in HINT_ORDER:
        for hint in hints:
            if hint.source != source:
                continue
            value = parse_explicit(hint.value)
            if value is not None:
                return PublishedAt(value=value, source=source)
    return None


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


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _month_end(d: date) -> date:
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def nearest_year(month: int, day: int, pub: date) -> date | None:
    """``month``/``day`` in the year that puts it closest to ``pub`` (across year ends)."""
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - pub).days)) if options else None


def resolve_weekday(weekday: int, pub: date, modifier: str) -> date:
    back = (pub.weekday() - weekday) % 7
    if modifier == "next":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if modifier == "last" and back == 0:
        back = 7
    return pub - timedelta(days=back)


Span = tuple[date, date, str]  # start, end, granularity
Resolver = Callable[[re.Match[str], date | None], Span | None]


def _day(d: date | None) -> Span | None:
    return (d, d, "day") if d else None


def _explicit_full(m: re.Match[str], _: date | None) -> Span | None:
    try:
        return _day(date(int(m["year"]), MONTHS[m["month"]], int(m["day"])))
    except ValueError:
        return None


def _iso(m: re.Match[str], _: date | None) -> Span | None:
    return _day(parse_explicit(m.group(0)))


def _month_year(m: re.Match[str], _: date | None) -> Span | None:
    first = date(int(m["year"]), MONTHS[m["month"]], 1)
    return first, _month_end(first), "month"


def _month_day(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None or not 1 <= int(m["day"]) <= 31:
        return None
    return _day(nearest_year(MONTHS[m["month"]], int(m["day"]), pub))


def _weekday(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    modifier = (m["mod"] or "").lower()
    return _day(resolve_weekday(WEEKDAYS[m["weekday"]], pub, modifier))


_RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "tomorrow": 1}


def _relative_day(m: re.Match[str], pub: date | None) -> Span | None:
    return _day(pub + timedelta(days=_RELATIVE_DAYS[m.group(0).lower()])) if pub else None


def _days_ago(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    n = m["n"].lower()
    days = int(n) if n.isdigit() else NUMBERS.get(n)
    if days is None or days > 366:
        return None
    return _day(pub - timedelta(days=days))


def _few_days_ago(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    low, high = (2, 3) if "couple" in m.group(0).lower() else (2, 5)
    return pub - timedelta(days=high), pub - timedelta(days=low), "range"


def _week(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    phrase = m.group(0).lower()
    if "last" in phrase:
        start = _week_start(pub) - timedelta(days=7)
        return start, start + timedelta(days=6), "week"
    start = _week_start(pub)
    if "earlier" in phrase:
        return start, max(start, pub - timedelta(days=1)), "range"
    return start, start + timedelta(days=6), "week"


def _month(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    phrase = m.group(0).lower()
    if "last" in phrase:
        end = _month_start(pub) - timedelta(days=1)
        return _month_start(end), end, "month"
    start = _month_start(pub)
    if "earlier" in phrase:
        return start, max(start, pub - timedelta(days=1)), "range"
    return start, _month_end(pub), "month"


# Longest forms first: where two matches overlap, the earlier pattern wins.
PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _explicit_full),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), _explicit_full),
    (re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"), _iso),
    (re.compile(rf"\b{_MONTH}\s+{_YEAR}\b"), _month_year),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|per\s*cent|percent))"), _month_day),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b"), _month_day),
    (re.compile(rf"\b(?:(?P<mod>last|next|this|on|early|late)\s+)?{_WEEKDAY}{_PART}\b", re.I), _weekday),
    (re.compile(r"\b(?:yesterday|last night|today|tonight|this morning|tomorrow)\b", re.I), _relative_day),
    (re.compile(r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago\b", re.I), _days_ago),
    (re.compile(r"\b(?:a\s+few|several|a\s+couple\s+of)\s+days\s+ago\b", re.I), _few_days_ago),
    (re.compile(r"\b(?:earlier\s+this|this|last)\s+week\b", re.I), _week),
    (re.compile(r"\b(?:earlier\s+this|this|last)\s+month\b", re.I), _month),
]


def find_dates(text: str, pub: date | None) -> list[DateMention]:
    """Every date expression of ``text`` that resolves, in text order, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern, resolve in PATTERNS:
        for m in pattern.finditer(text):
            if pattern.flags & re.I and m.groupdict().get("weekday") and not m["weekday"][0].isupper():
                continue  # "monday" in lower case is more often a name or noise than a date
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            span = resolve(m, pub)
            if span is None:
                continue
            start, end, granularity = span
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(
                    text=m.group(0),
                    value=start,
                    granularity=granularity,  # type: ignore[arg-type]
                    start=start,
                    end=end,
                    offset=m.start(),
                )
            )
    return sorted(found, key=lambda d: d.offset)


def date_parse(article: CleanedArticle) -> DatedArticle:
    published = parse_publication(article.date_hints)
    dates = find_dates(article.text, published.value if published else None)
    return DatedArticle(**article.model_dump(exclude={"kind"}), published_at=published, dates=dates)
