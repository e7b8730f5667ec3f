"""date-parse: the publication date, and every date the text speaks of on the calendar.

Pure functions. The publication date comes from the input's own (seed header, JSON
field), else from the first usable hint clean found, in its order of trust (see
:func:`parse_publication`). Date expressions in the
text are found by explicit patterns (a capitalised month name must come with a
day or a year, so the verb "may" never becomes a date) and resolved against the
publication date:

* weekdays ("Tuesday night", "on Thursday") to the most recent such day, the
  publication day included, unless the text says "next";
* yesterday, today, tonight, last night, tomorrow;
* "earlier this week", "this week", "last week", "earlier this month", "last month";
* "N days ago" and "a few days ago" (a range);
* a month and day without a year to the year that puts it nearest the publication;
* explicit dates: ISO, "3 May 2023", "May 3, 2023", "May 2023", 3.5.2023 and
  3/5/2023 (day first, except in English, where the reading nearest the
  publication wins and month first breaks a tie).

Other languages (their calendar words are in ``services/enrich/lexicon.py``) get
explicit dates with month names ("3 мая 2023 года", "9. Mai", "3 de mayo"),
numeric dates, weekdays (the most recent, unless a word for "next" comes with
it), "the night before" a weekday or date (Russian "в ночь на среду" is the
night of Tuesday to Wednesday, a two-day range), and yesterday/today/tomorrow.
Chinese dates (2023年5月3日, 5月3日, 3日, 周三) have their own patterns.

A stamp or byline line clean found ("Published 4:12 AM EDT, May 4, 2023",
"Опубликовано: 03.05.2023", "08:44, 3 NOV 2023") gives its first explicit date
(:func:`stamp_day`). Relative expressions are only resolved when the publication
date is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache

from dateutil import parser as dateutil_parser

from services.enrich.lexicon import LANGUAGES, LOWERCASE_WEEKDAYS, Language, language
from wirestream.contracts import CleanedArticle, DatedArticle, DateHint, DateMention, PublishedAt

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
_MONTH_FIRST = frozenset({"en"})  # languages that write 11/01/2021 month first when ambiguous


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


def _numeric(day_first: bool) -> Resolver:
    """3.5.2023 (always day first) and 3/5/2023 (day first unless the language says otherwise)."""

    def resolve(m: re.Match[str], pub: date | None) -> Span | None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        readings = []
        for day, month in ((a, b), (b, a)) if day_first or m["sep"] == "." else ((b, a), (a, b)):
            try:
                readings.append(date(year, month, day))
            except ValueError:
                continue
        if not readings:
            return None
        if pub is not None and m["sep"] == "/" and not day_first:
            return _day(min(readings, key=lambda d: abs((d - pub).days)))  # stable: month first on a tie
        return _day(readings[0])

    return resolve


_NUMERIC = re.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/]|\.\d)"
)

# Longest forms first: where two matches overlap, the earlier pattern wins.
PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _explicit_full),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), _explicit_full),
    (re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"), _iso),
    (_NUMERIC, _numeric(day_first=False)),
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


# --- other languages ------------------------------------------------------------


def _alternation(forms: object) -> str:
    return "|".join(sorted(forms, key=len, reverse=True))  # type: ignore[arg-type]


def _foreign_patterns(lang: Language) -> list[tuple[re.Pattern[str], Resolver]]:
    month = rf"(?P<month>{_alternation(map(re.escape, lang.months))})\.?(?!\w)"
    day = r"(?<![\d.])(?P<day>[0-3]?\d)\.?"
    year = (
        rf"(?P<year>(?:19|20)\d\d)(?!\d)(?:{lang.year_words})?" if lang.year_words else r"(?P<year>(?:19|20)\d\d)(?!\d)"
    )
    of = r"(?:\s+(?:de|del))?"
    stems = _alternation(lang.weekdays)
    suffix = r"\w*" if lang.code == "de" else ""  # Mittwochabend, Dienstagnacht
    weekday = rf"(?P<weekday>{stems}){suffix}(?!\w)"
    nexts = _alternation(map(re.escape, lang.next_words)) if lang.next_words else None
    mod = rf"(?:(?P<mod>{nexts})\w*\s+)?" if nexts else ""
    post = rf"(?:\s+(?P<post>{nexts})\w*)?" if nexts else ""

    def month_of(m: re.Match[str]) -> int:
        return lang.months[m["month"].lower()]

    def weekday_of(m: re.Match[str]) -> int | None:
        text = m["weekday"].lower()
        return next((i for stem, i in lang.weekdays.items() if re.fullmatch(stem, text)), None)

    def full(m: re.Match[str], _: date | None) -> Span | None:
        try:
            return _day(date(int(m["year"]), month_of(m), int(m["day"])))
        except ValueError:
            return None

    def month_year(m: re.Match[str], _: date | None) -> Span | None:
        first = date(int(m["year"]), month_of(m), 1)
        return first, _month_end(first), "month"

    def month_day(m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None or not 1 <= int(m["day"]) <= 31:
            return None
        return _day(nearest_year(month_of(m), int(m["day"]), pub))

    def on_weekday(m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None or (m["weekday"][0].islower() and lang.code not in LOWERCASE_WEEKDAYS):
            return None
        wd = weekday_of(m)
        if wd is None:
            return None
        said_next = m.groupdict().get("mod") or m.groupdict().get("post")
        return _day(resolve_weekday(wd, pub, "next" if said_next else ""))

    def night_before_day(m: re.Match[str], pub: date | None) -> Span | None:
        span = month_day(m, pub)
        return (span[0] - timedelta(days=1), span[0], "range") if span else None

    def night_before_weekday(m: re.Match[str], pub: date | None) -> Span | None:
        span = on_weekday(m, pub)
        return (span[0] - timedelta(days=1), span[0], "range") if span else None

    def relative(m: re.Match[str], pub: date | None) -> Span | None:
        return _day(pub + timedelta(days=lang.relative_days[m.group(0).lower()])) if pub else None

    patterns: list[tuple[str, Resolver]] = [
        (rf"{day}\s+(?:de\s+)?{month}{of},?\s+{year}", full),
        (r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", _iso),
        (_NUMERIC.pattern, _numeric(lang.day_first)),
        (rf"(?<!\w){month}{of}\s+{year}", month_year),
    ]
    if lang.night_before:
        patterns += [
            (rf"(?<!\w)(?:{lang.night_before})\s+{day}\s+{month}", night_before_day),
            (rf"(?<!\w)(?:{lang.night_before})\s+{weekday}", night_before_weekday),
        ]
    patterns += [
        (rf"{day}\s+(?:de\s+)?{month}", month_day),
        (rf"(?<!\w){mod}{weekday}{post}", on_weekday),
    ]
    if lang.relative_days:
        patterns.append((rf"(?<!\w)(?:{_alternation(map(re.escape, lang.relative_days))})(?!\w)", relative))
    return [(re.compile(p, re.I), r) for p, r in patterns]


_ZH_WEEKDAYS = {c: i for i, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}
_ZH_RELATIVE = {"前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今晚": 0, "明天": 1}


def _zh_full(m: re.Match[str], _: date | None) -> Span | None:
    try:
        return _day(date(int(m["year"]), int(m["month"]), int(m["day"])))
    except ValueError:
        return None


def _zh_month_day(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None or not (1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31):
        return None
    return _day(nearest_year(int(m["month"]), int(m["day"]), pub))


def _zh_day(m: re.Match[str], pub: date | None) -> Span | None:
    """ "3日": the 3rd of the publication's month, or of the month before or after, whichever is nearest."""
    if pub is None or not 1 <= int(m["day"]) <= 31:
        return None
    options = []
    for shift in (-1, 0, 1):
        first = _month_start(pub)
        if shift < 0:
            first = _month_start(first - timedelta(days=1))
        elif shift > 0:
            first = _month_end(pub) + timedelta(days=1)
        try:
            options.append(first.replace(day=int(m["day"])))
        except ValueError:
            continue
    return _day(min(options, key=lambda d: (abs((d - pub).days), d > pub))) if options else None


def _zh_weekday(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    return _day(resolve_weekday(_ZH_WEEKDAYS[m["wd"]], pub, "next" if m["next"] else ""))


def _zh_relative(m: re.Match[str], pub: date | None) -> Span | None:
    return _day(pub + timedelta(days=_ZH_RELATIVE[m.group(0)])) if pub else None


ZH_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"), _zh_full),
    (re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"), _iso),
    (re.compile(r"(?<![\d年])(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"), _zh_month_day),
    (re.compile(r"(?<![\d月年/.-])(?P<day>[0-3]?\d)\s*日"), _zh_day),
    (re.compile(r"(?P<next>下)?(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])"), _zh_weekday),
    (re.compile("|".join(_ZH_RELATIVE)), _zh_relative),
]


@cache
def patterns_for(code: str | None) -> list[tuple[re.Pattern[str], Resolver]]:
    """The date patterns of a language: English when unknown."""
    lang = language(code)
    if (code or "").startswith("zh"):
        return ZH_PATTERNS
    if lang.code == "en":
        return PATTERNS
    return _foreign_patterns(lang)


def find_dates(text: str, pub: date | None, lang: str | None = "en") -> list[DateMention]:
    """Every date expression of ``text`` that resolves, in text order, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern, resolve in patterns_for(lang):
        for m in pattern.finditer(text):
            if pattern in _CASED_WEEKDAYS and not m["weekday"][0].isupper():
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


_CASED_WEEKDAYS = {p for p, _ in PATTERNS if "weekday" in p.groupindex}


def date_parse(article: CleanedArticle) -> DatedArticle:
    published = parse_publication(article.date_hints, article.language)
    dates = find_dates(article.text, published.value if published else None, article.language)
    return DatedArticle(**article.model_dump(exclude={"kind"}), published_at=published, dates=dates)
