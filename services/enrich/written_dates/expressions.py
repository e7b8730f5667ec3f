"""Date expressions of a text, pinned to the calendar. Pure functions.

Expressions are found by patterns built by one builder (:func:`rules_for`) from each
language's calendar data (its ``CALENDAR`` in ``services/enrich/languages/<code>.py``,
English's too: its month-first shapes, weekday modifiers and "in January" words are data
there) and resolved against the publication date, or against the date the text mentioned
just before:

* explicit dates: ISO, "3 May 2023", "May 3, 2023", "May 2023", 3.5.2023 and 3/5/2023
  (day first, except in English, where the reading nearest the publication wins and
  month first breaks a tie); "2007" after "in", "since", "by"... (a year);
* a month and day without a year, a month alone ("in January") and a named holiday
  ("Thanksgiving Day", "День Победы", Easter from ``dateutil.easter``): the reading
  nearest the publication; when the year before and the year after are both far off,
  the tense of the clause decides ("will", "scheduled", "wird", "будет" ahead; "said",
  "-ed" behind), and with no tense, the publication's own year;
* weekdays: "last" and "next" say it; otherwise a future cue in the clause ("talks
  set to resume Monday", "until Friday") makes it the coming one, and anything else the
  most recent one, the publication day included; "this Friday" is in the same week;
* yesterday, today, tomorrow...; "N days/weeks/months/years ago", "in N weeks' time";
  "in two weeks" / "after 4 days" only in a clause about the future or opening a clause with no
  tense at all ("In a week, ..."), never after "the first", "highest"... (a span: "the highest in
  two years"); hours and minutes count from noon (the publication's hour is not known), so "in 2
  hours" is the publication day and "in 15 hours" the next, and a whole number of half days
  landing on midnight counts to the nearer day;
  "last week", "this year", "next month", "earlier this week", "by the end of the year";
* words about the date mentioned just before (or, with none, the publication): "the
  next morning", "the day before", "a year earlier", "two days later", "later in the
  day", "la veille", "am Vortag", "накануне", "次日".

Where two expressions overlap, the one from the earlier (longer, more explicit)
pattern wins; the overlap test is a sweep over sorted spans, so a text of many dates
costs time in proportion to its length. Every pattern is linear-time: no nested
quantifiers, and every repetition is bounded by a literal that must follow it.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from babel.dates import get_month_names
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
from dateutil.easter import easter as easter_sunday
from dateutil.relativedelta import relativedelta

from wirestream.contracts import DateMention
from wirestream.services.enrich.lexicon import LANGUAGES, LOWERCASE_WEEKDAYS, Holiday, Language, language

Span = tuple[date, date, str]  # start, end, granularity


@dataclass
class Context:
    """What a resolver may look at besides its match."""

    text: str
    pub: date | None
    lang: Language
    lowered: str = ""  # ``text`` in lower case, character for character
    last: DateMention | None = None  # the date the text mentioned last before this match (anaphoric rules)
    last_day: date | None = None  # the day the text named last before this match

    def anchor(self, unit: str) -> date | None:
        """What "the next day", "a month later", "a year earlier" count from.

        The date mentioned last, when it is fine enough for ``unit`` (a day for days and
        weeks; a day or month for months; anything for years); the publication when the
        text mentioned no date before; nothing when the last date is too coarse ("in
        2001 ... the next day").
        """
        last = self.last
        if last is None:
            return self.pub
        span = (last.end - last.start).days
        if unit in ("day", "week"):
            if last.granularity == "day" or (last.granularity == "range" and span <= 1):
                return last.end
            return None
        if unit == "month":
            return last.start if last.granularity in ("day", "month") or span <= 31 else None
        return last.start


Resolver = Callable[[re.Match[str], Context], Span | None]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    resolve: Resolver
    anaphoric: bool = False  # resolved after the others, against the date mentioned before it
    cased: bool = False  # matched as written (names: "Monday", "Christmas"); the others in lower case


# --- patterns -----------------------------------------------------------------------------------------
#
# Patterns run over the text in lower case (``cased`` ones, names, over the text as written), with
# no IGNORECASE, and each starts with a look-ahead at the characters it can start with: the
# regular-expression engine then rejects most positions of a text with one test, instead of
# trying every alternative of a long list at every character.


def _first_chars(items: Any) -> tuple[set[int] | None, bool]:
    """The characters a parsed pattern can start with (None: any), and whether it can match nothing."""
    chars: set[int] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL:
            return chars | {av}, False
        if op is _C.IN:
            found = _in_chars(av)
            return (None, False) if found is None else (chars | found, False)
        if op is _C.BRANCH:
            nullable = False
            for branch in av[1]:
                sub, empty = _first_chars(branch)
                if sub is None:
                    return None, False
                chars |= sub
                nullable |= empty
            if not nullable:
                return chars, False
            continue
        if op is _C.SUBPATTERN:
            if av[1] & _C.SRE_FLAG_IGNORECASE:
                return None, False
            sub, empty = _first_chars(av[3])
            if sub is None:
                return None, False
            chars |= sub
            if not empty:
                return chars, False
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, _, body = av
            sub, empty = _first_chars(body)
            if sub is None:
                return None, False
            chars |= sub
            if low > 0 and not empty:
                return chars, False
            continue
        return None, False
    return chars, True


def _in_chars(items: Any) -> set[int] | None:
    chars: set[int] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(av)
        elif op is _C.RANGE and av[1] - av[0] < 64:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None
    return chars


def _rx(pattern: str, cased: bool = False) -> re.Pattern[str]:
    """A rule's pattern, with a look-ahead at its first characters when they are few."""
    first, empty = _first_chars(_parser.parse(pattern))
    if first is None or empty or len(first) > 80:
        return re.compile(pattern)
    guard = "".join(re.escape(chr(c)) for c in sorted(first))
    return re.compile(f"(?=[{guard}]){pattern}")


def _lower(text: str) -> str:
    """``text`` in lower case, character for character (a few letters lower to two: those stay).

    The Turkish dotted capital "İ" lowers to "i" ("İki ay önce"), not to "i" and a combining dot.
    """
    text = text.replace("İ", "i")
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# --- the calendar -----------------------------------------------------------------------------------


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _month_end(d: date) -> date:
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def _add_months(d: date, months: int) -> date | None:
    """The first of the month ``months`` away from ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1) if 1 <= year <= 9999 else None


def _day(d: date | None) -> Span | None:
    return (d, d, "day") if d else None


def _month(first: date | None) -> Span | None:
    return (first, _month_end(first), "month") if first else None


def _year(year: int) -> Span | None:
    return (date(year, 1, 1), date(year, 12, 31), "year") if 1 <= year <= 9999 else None


def nearest_year(month: int, day: int, pub: date) -> date | None:
    """``month``/``day`` in the year that puts it closest to ``pub`` (across year ends)."""
    return plausible(lambda year: date(year, month, day), pub, "", nearest_only=True)


def plausible(
    make: Callable[[int], date], pub: date, tense: str | Callable[[], str], nearest_only: bool = False
) -> date | None:
    """The reading of a day without a year: ``make(year)`` for the year before, of, or after ``pub``.

    The nearest reading, unless the nearer one is more than a month away: then the
    tense of the clause picks the direction, and without one the publication's own year
    wins when it is hardly farther (a month and a half) than the nearest.
    """
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(make(year))
        except ValueError:
            continue
    if not options:
        return None
    nearest = min(options, key=lambda d: abs((d - pub).days))
    if nearest_only or abs((nearest - pub).days) <= 31:
        return nearest
    if callable(tense):  # read the clause only when the calendar leaves the choice open
        tense = tense()
    if tense == "future":
        return min((d for d in options if d >= pub), default=nearest)
    if tense == "past":
        return max((d for d in options if d <= pub), default=nearest)
    same = [d for d in options if d.year == pub.year]
    if same and abs((same[0] - pub).days) <= abs((nearest - pub).days) + 45:
        return same[0]
    return nearest


def resolve_weekday(weekday: int, pub: date, modifier: str) -> date:
    """A weekday: the most recent one (the publication day included), or as ``modifier`` says.

    ``next``: the coming one, never the publication day; ``future``: the coming one, the
    publication day included; ``last``: the one before, never the publication day;
    ``this``: the one in the publication's week (Monday to Sunday).
    """
    ahead = (weekday - pub.weekday()) % 7
    if modifier == "next":
        return pub + timedelta(days=ahead or 7)
    if modifier == "future":
        return pub + timedelta(days=ahead)
    if modifier == "this":
        return _week_start(pub) + timedelta(days=weekday)
    back = (pub.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def holiday_on(holiday: Holiday, year: int) -> date:
    """The day ``holiday`` falls on in ``year`` (ValueError when it does not exist)."""
    if holiday.easter:
        base = easter_sunday(year, EASTER_ORTHODOX if holiday.easter == "orthodox" else EASTER_WESTERN)
    elif holiday.weekday is not None:
        if holiday.nth > 0:
            first = date(year, holiday.month, 1)
            base = first + timedelta(days=(holiday.weekday - first.weekday()) % 7 + 7 * (holiday.nth - 1))
        else:
            last = _month_end(date(year, holiday.month, 1))
            base = last - timedelta(days=(last.weekday() - holiday.weekday) % 7)
        if base.month != holiday.month:
            raise ValueError("no such weekday in that month")
    else:
        base = date(year, holiday.month, holiday.day)
    return base + timedelta(days=holiday.shift)


# --- tense -----------------------------------------------------------------------------------------

_BOUNDARIES = ".!?;\n。！？；"
_WINDOW = 100


@cache
def _cues(code: str) -> tuple[re.Pattern[str] | None, ...]:
    """The tense cues of a language, matched over lower-case text like the rules."""
    lang = language(code)
    return tuple(_rx(cues) if cues else None for cues in (lang.future_cues, lang.past_cues, lang.weak_past_cues))


def _nearest_cue(text: str, patterns: tuple[tuple[re.Pattern[str] | None, str], ...], last: bool) -> str:
    """The kind of the cue nearest the expression: the last one in ``text`` before it, or the first after."""
    best, kind = (-1 if last else len(text) + 1), ""
    for pattern, name in patterns:
        if pattern is None:
            continue
        if last:
            for m in pattern.finditer(text):
                if m.end() > best:
                    best, kind = m.end(), name
        elif (found := pattern.search(text)) and found.start() < best:
            best, kind = found.start(), name
    return kind


def tense(ctx: Context, start: int, end: int) -> str:
    """``future``, ``past`` or "": the nearest tense cue before the expression in its clause, else the first after.

    Cues before the expression come first; among them a participle in "-ed" says past only
    when no other cue does ("the deal, which collapsed in March", but "it could be reported
    in March"). After it, the first cue is its verb ("Clark in October revealed plans to...").
    "by" is a cue only right before the expression ("by Friday").
    """
    future, past, weak = _cues(ctx.lang.code)
    if future is None:
        return ""
    strong = ((future, "future"), (past, "past"))
    text = ctx.lowered or _lower(ctx.text)
    lo = max(0, start - _WINDOW)
    lo = max([lo, *(text.rfind(c, lo, start) + 1 for c in _BOUNDARIES)])
    hi = min(len(text), end + _WINDOW)
    hi = min([hi, *(i for c in _BOUNDARIES if (i := text.find(c, end, hi)) >= 0)])
    before, after = text[lo:start], text[end:hi]
    return (
        _nearest_cue(before, strong, last=True)
        or _nearest_cue(before, ((weak, "past"),), last=True)
        or _nearest_cue(after, (*strong, (weak, "past")), last=False)
    )


# --- shapes of dates, from a language's data --------------------------------------------------------

_YEAR = r"(?P<year>(?:19|20)\d\d)"


def _weekday_names(lang: Language) -> dict[str, int]:
    """Weekday names as written, capitalised (the cased shapes of a month-first language): "Monday"."""
    return {form.capitalize(): i for form, i in lang.weekdays.items()}


def _month_of(m: re.Match[str], ctx: Context) -> int:
    return ctx.lang.months[m["month"].lower().rstrip(".")]


def _explicit_full(m: re.Match[str], ctx: Context) -> Span | None:
    try:
        return _day(date(int(m["year"]), _month_of(m, ctx), int(m["day"])))
    except ValueError:
        return None


def _iso(m: re.Match[str], _: Context) -> Span | None:
    try:
        return _day(date.fromisoformat(m.group(0)))
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: Context) -> Span | None:
    return _month(date(int(m["year"]), _month_of(m, ctx), 1))


def _month_day(m: re.Match[str], ctx: Context) -> Span | None:
    if ctx.pub is None or not 1 <= int(m["day"]) <= 31:
        return None
    month, day = _month_of(m, ctx), int(m["day"])
    return _day(plausible(lambda year: date(year, month, day), ctx.pub, lambda: tense(ctx, m.start(), m.end())))


def _month_alone(m: re.Match[str], ctx: Context) -> Span | None:
    """ "in January", "since March": the month nearest the publication unless a word or the tense says."""
    if ctx.pub is None:
        return None
    lang = ctx.lang
    month, pub = lang.months[m["core"].lower()], ctx.pub
    mod = (m["pre"] or "").lower()
    this_one = date(pub.year, month, 1)
    if mod in lang.month_past:
        return _month(
            this_one
            if month < pub.month or (lang.month_past[mod] and month == pub.month)
            else this_one.replace(year=pub.year - 1)
        )
    if mod in lang.month_next:
        return _month(
            this_one
            if month > pub.month or (lang.month_next[mod] and month == pub.month)
            else this_one.replace(year=pub.year + 1)
        )
    if mod in lang.month_this or month == pub.month:
        return _month(this_one)
    mid = plausible(lambda year: date(year, month, 15), pub, lambda: tense(ctx, m.start(), m.end()))
    return _month(mid.replace(day=1) if mid else None)


def _weekday_date(weekday_of: Callable[[re.Match[str]], int | None]) -> Resolver:
    """ "Friday, Dec. 6", "mercredi 3 mai 2023": the date, in the year whose calendar agrees with the weekday."""

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        month, day, weekday = _month_of(m, ctx), int(m["day"]), weekday_of(m)
        if m["year"]:
            try:
                return _day(date(int(m["year"]), month, day))
            except ValueError:
                return None
        if ctx.pub is None or not 1 <= day <= 31:
            return None

        def make(year: int) -> date:
            found = date(year, month, day)
            if weekday is not None and found.weekday() != weekday:
                raise ValueError("another weekday that year")
            return found

        def when() -> str:
            return tense(ctx, m.start(), m.end())

        return _day(plausible(make, ctx.pub, when) or plausible(lambda y: date(y, month, day), ctx.pub, when))

    return resolve


def _year_alone(m: re.Match[str], _: Context) -> Span | None:
    return _year(int(m["year"]))


def _weekday(m: re.Match[str], ctx: Context) -> Span | None:
    if ctx.pub is None:
        return None
    said = m["mod"] or ""
    modifier = next((kind for form, kind in ctx.lang.weekday_modifiers.items() if re.fullmatch(form, said)), "")
    if not modifier:
        modifier = "future" if tense(ctx, m.start(), m.end()) == "future" else ""
    return _day(resolve_weekday(_weekday_names(ctx.lang)[m["weekday"]], ctx.pub, modifier))


def _few_days_ago(m: re.Match[str], ctx: Context) -> Span | None:
    if ctx.pub is None:
        return None
    ranges = list(ctx.lang.few_days_ago.values())
    low, high = next(ranges[i] for i in range(len(ranges)) if m[f"f{i}"] is not None)
    return ctx.pub - timedelta(days=high), ctx.pub - timedelta(days=low), "range"


def _numeric(day_first: bool) -> Resolver:
    """3.5.2023 (always day first) and 3/5/2023 (day first unless the language says otherwise)."""

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        readings = []
        for day, month in ((a, b), (b, a)) if day_first or m["sep"] == "." else ((b, a), (a, b)):
            try:
                readings.append(date(year, month, day))
            except ValueError:
                continue
        if not readings:
            return None
        if ctx.pub is not None and m["sep"] == "/" and not day_first:
            pub = ctx.pub
            return _day(min(readings, key=lambda d: abs((d - pub).days)))  # stable: month first on a tie
        return _day(readings[0])

    return resolve


_NUMERIC = _rx(
    r"(?<![\d./])(?P<a>[0-3]?[0-9])(?P<sep>[./])(?P<b>[01]?[0-9])(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/]|\.\d)"
)
_ISO = _rx(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")


_Shapes = tuple[list[Rule], list[Rule], list[Rule], list[Rule]]


def _month_first_shapes(lang: Language) -> _Shapes:
    """A month-first language's dates (English): "Friday, Dec. 6", "May 3, 2023", "the 3rd of May", "May 2023".

    Returns the weekday-and-date, full-date, month-and-year and month-and-day rules.
    """
    month = r"(?P<month>" + "|".join(sorted(lang.months, key=len, reverse=True)) + r")\.?"
    day = rf"(?P<day>[0-3]?[0-9]){lang.day_suffix}"
    weekday = r"(?P<weekday>" + "|".join(_weekday_names(lang)) + r")"
    the = rf"(?:{lang.day_article}\s+)?" if lang.day_article else ""
    of = rf"(?:{lang.day_of}\s+)?" if lang.day_of else ""
    not_a_day = rf"(?!\s*(?:{lang.not_a_day}))" if lang.not_a_day else ""
    by_name = _weekday_date(lambda m: _weekday_names(lang)[m["weekday"]])
    year = rf"(?:,?\s+{_YEAR}\b)?"
    return (
        [
            Rule(_rx(rf"\b{weekday},?\s+(?i:{month}\s+{day}\b){year}", cased=True), by_name, cased=True),
            Rule(_rx(rf"\b{weekday},?\s+(?i:{the}{day}\s+{of}{month}\b){year}", cased=True), by_name, cased=True),
        ],
        [
            Rule(_rx(rf"\b{month}\s+{day},?\s+{_YEAR}\b"), _explicit_full),
            Rule(_rx(rf"\b{day}\s+{of}{month},?\s+{_YEAR}\b"), _explicit_full),
        ],
        [Rule(_rx(rf"\b{month}\s+{_YEAR}\b"), _month_year)],
        [
            Rule(_rx(rf"\b{month}\s+{day}\b{not_a_day}"), _month_day),
            Rule(_rx(rf"\b{day}\s+{of}{month}\b"), _month_day),
        ],
    )


def _day_parts(lang: Language) -> str:
    """The parts of a day that may follow a weekday or a relative day ("Monday morning")."""
    return rf"(?:\s+(?:{'|'.join(lang.day_parts)}))?" if lang.day_parts else ""


def _modified_weekday_rules(lang: Language) -> list[Rule]:
    """A weekday named as written, with a word that says which ("last Monday", "this coming Friday")."""
    mods = "|".join(lang.weekday_modifiers)
    weekday = r"(?P<weekday>" + "|".join(_weekday_names(lang)) + r")"
    pattern = _rx(rf"\b(?:(?P<mod>{mods})\s+)?{weekday}{_day_parts(lang)}\b", cased=True)
    return [Rule(pattern, _weekday, cased=True)]


def _few_days_rules(lang: Language) -> list[Rule]:
    if not lang.few_days_ago:
        return []
    alternatives = "|".join(f"(?P<f{i}>{regex})" for i, regex in enumerate(lang.few_days_ago))
    return [Rule(_rx(rf"\b(?:{alternatives})\b"), _few_days_ago)]


def _month_alone_rules(lang: Language) -> list[Rule]:
    """A month named alone after a word ("in January", "since March"), by its full name as written."""
    if not lang.month_alone:
        return []
    full = [name.lower() for name in get_month_names("wide", "format", lang.code).values()]
    pre = "|".join(lang.month_alone)
    months = "|".join(m.capitalize() for m in full)
    pattern = _rx(rf"\b(?P<pre>{pre})\s+(?P<core>{months})\b(?!['’]s|\s*\d)", cased=True)
    return [Rule(pattern, _month_alone, cased=True)]


# --- rules built from a language's data (every language) ----------------------------------------------


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(sorted(forms, key=len, reverse=True))


_APOSTROPHES = "['’ʼʻ՚ꞌ＇′‵ʹ]"  # "aujourd'hui" as keyboards and fonts write it


def _relative_day_rules(lang: Language, before: str = "", after: str = "") -> list[Rule]:
    if not lang.relative_days:
        return []
    words = _alternation(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", _APOSTROPHES).replace("’", _APOSTROPHES)
        for w in lang.relative_days
    )
    cjk = lang.cjk
    pattern = rf"{before}(?P<word>{words}){after}" if cjk else rf"(?<!\w){before}(?P<word>{words}){after}(?!\w)"

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        if ctx.pub is None:
            return None
        word = re.sub(_APOSTROPHES, "'", " ".join(m["word"].lower().split()))
        shift = lang.relative_days.get(word, lang.relative_days.get(word.replace("'", "’")))
        return _day(ctx.pub + timedelta(days=shift)) if shift is not None else None

    return [Rule(_rx(pattern), resolve)]


def _cased_day_rules(lang: Language) -> list[Rule]:
    """Relative days told from a noun by their case ("morgen" tomorrow, "am Morgen" the morning)."""
    if not lang.cased_days:
        return []
    shifts = list(lang.cased_days.values())
    alternatives = "|".join(f"(?P<c{i}>{regex})" for i, regex in enumerate(lang.cased_days))

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        shift = next(shifts[i] for i in range(len(shifts)) if m[f"c{i}"] is not None)
        return _day(ctx.pub + timedelta(days=shift)) if ctx.pub else None

    return [Rule(_rx(alternatives, cased=True), resolve, cased=True)]


def _holiday_rules(lang: Language) -> list[Rule]:
    if not lang.holidays:
        return []
    names = list(lang.holidays.values())
    alternatives = "|".join(f"(?P<h{i}>{regex})" for i, regex in enumerate(lang.holidays))
    year = rf"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?!\d)(?:{lang.year_words})?)?" if not lang.cjk else ""
    pattern = _rx(rf"(?:{alternatives}){year}", cased=True)

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        holiday = next(names[i] for i in range(len(names)) if m[f"h{i}"] is not None)
        if m.groupdict().get("year"):
            try:
                return _day(holiday_on(holiday, int(m["year"])))
            except ValueError:
                return None
        if ctx.pub is None:
            return None
        found = plausible(lambda year: holiday_on(holiday, year), ctx.pub, lambda: tense(ctx, m.start(), m.end()))
        return _day(found)

    return [Rule(pattern, resolve, cased=True)]


# Between a ten and a unit of one number: "twenty-five", "двадцать пять", "vingt et un", "treinta y cinco".
_TENS_LINK = r"(?:\s*-\s*|\s+(?:(?:and|et|e|y|и|і)\s+)?)"


# Each language's tens and units, by code, with the calendar they were read from.
_TENS_AND_ONES: dict[str, tuple[Language, dict[str, float], dict[str, float]]] = {}


def _tens_and_ones(lang: Language) -> tuple[dict[str, float], dict[str, float]]:
    """A language's number words of the tens (20..90) and of the units (1..9): read once per language, not for
    every number parsed (again only for another calendar under the same code, as a test may build)."""
    held = _TENS_AND_ONES.get(lang.code)
    if held is None or held[0] is not lang:
        tens = {w: n for w, n in lang.numbers.items() if n == int(n) and 20 <= n < 100 and n % 10 == 0}
        ones = {w: n for w, n in lang.numbers.items() if n == int(n) and 1 <= n <= 9}
        held = _TENS_AND_ONES[lang.code] = (lang, tens, ones)
    return held[1], held[2]


def _compound(text: str, lang: Language) -> float | None:
    """ "twenty-five": a ten, a link and a unit, each a number word of ``lang`` (``text`` in lower case)."""
    tens, ones = _tens_and_ones(lang)
    for ten, value in tens.items():
        rest = re.fullmatch(_TENS_LINK + r"(\S+)", text[len(ten) :]) if text.startswith(ten) else None
        if rest and rest[1] in ones:
            return value + ones[rest[1]]
    return None


def _number(text: str, lang: Language) -> float | None:
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    if text in lang.numbers:
        return lang.numbers[text]
    if not lang.cjk and (found := _compound(text, lang)) is not None:
        return found
    if lang.cjk and text and all(c in lang.numbers for c in text):
        if "十" not in text:
            return lang.numbers.get(text)
        tens, _, ones = text.partition("十")
        return (lang.numbers.get(tens, 1) if tens else 1) * 10 + (lang.numbers.get(ones, 0) if ones else 0)
    return None


# A number in digits, with a decimal part of one or two digits ("1.5 days", "0,5 Stunden").
_DIGITS = r"[0-9]{1,4}(?:[.,][0-9]{1,2}(?![0-9]))?"
_DECIMAL = re.compile(r"[0-9]{1,4}[.,][0-9]{1,2}")


def _single(lang: Language, named: bool) -> str:
    """One number and unit ("two weeks", "3 дня", "29h"), or a unit form that means one alone ("неделю")."""
    words = _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in lang.numbers])
    tens, ones = _tens_and_ones(lang)
    if tens and not lang.cjk:  # "twenty-five" before "twenty"
        words = rf"(?:{_alternation(map(re.escape, tens))}){_TENS_LINK}(?:{_alternation(map(re.escape, ones))})|{words}"
        words = words.replace(r"\ ", r"\s+")
    if lang.cjk:
        words = rf"[{''.join(lang.numbers)}]{{1,3}}"
    units = _alternation(lang.units)
    edge = "" if lang.cjk else r"(?<![\w.])(?<![0-9],)"  # not inside "3,000" nor "1.5"; "months,01 weeks" is fine
    tail = "" if lang.cjk else r"(?!\w)"
    n, unit, one = ("(?P<n>", "(?P<unit>", "(?P<one>") if named else ("(?:", "(?:", "(?:")
    alone_forms = [*lang.one_unit, *lang.halves]
    alone = rf"|{edge}{one}{_alternation(alone_forms)}){tail}" if alone_forms else ""
    # digits may be glued to their unit ("29h", "2y ago"); a number word is a word of its own
    if not lang.numbers:
        number = rf"{n}{_DIGITS})\s*"
    elif lang.cjk:
        number = rf"{n}{_DIGITS}|{words})\s*"
    else:
        number = rf"{n}{_DIGITS}|(?:{words})(?=\s))\s*"
    return rf"(?:{edge}{number}{unit}{units}){tail}{alone})"


# Every language's "and" between the parts of a quantity (its calendar's ``joiners``), whatever the
# article's language: "2 lata, 3 miesiące i 1 tydzień".
_JOINERS = "|".join(dict.fromkeys(word for lang in LANGUAGES.values() for word in lang.joiners))


def _quantity(lang: Language) -> str:
    """``{q}``: one quantity, or a few joined ("1 year 2 months", "2 lata, 3 miesiące i 1 tydzień")."""
    single = _single(lang, named=False)
    # a part may follow a comma, a space, "and", or a plus sign ("in 1 decade +2 years")
    joint = r"\s*[,，]?\s*" if lang.cjk else rf"(?:\s*,\s*|\s+)(?:(?:{_JOINERS})\s+|\+\s*)?"
    space = r"\s*" if lang.cjk else r"\s+"
    about = rf"(?:(?:{lang.about}){space})?" if lang.about else ""
    return rf"{about}(?P<q>{single}(?:{joint}{single}){{0,7}})"


@cache
def _parts(code: str) -> re.Pattern[str]:
    return re.compile(_single(language(code), named=True))


# What a fraction of a unit is counted in ("1.5 years": 18 months), and how many of those make one.
_FINER = {
    "decade": ("year", 10),
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def _amount(m: re.Match[str], lang: Language) -> list[tuple[int, str]] | None:
    """The units a quantity counts: [(1, "year"), (2, "month")], or None when a part does not read."""
    parts = []
    text = m["q"].lower()
    for part in _parts(lang.code).finditer(text):
        n: float | None
        if part.groupdict().get("one"):
            half = any(re.compile(form).fullmatch(text, *part.span("one")) for form in lang.halves)
            group, n, forms = "one", (0.5 if half else 1), (lang.halves if half else lang.one_unit)
        else:
            group, n, forms = "unit", _number(part["n"], lang), lang.units
        # in place: a form may look behind it ("(?<=[0-9] )second": "a second" is mostly an ordinal)
        span = part.span(group)
        unit = next((u for form, u in forms.items() if re.compile(form).fullmatch(text, *span)), None)
        if n is None or unit is None:
            return None
        while n != int(n) and unit in _FINER:  # a decimal: counted in the finer unit
            unit, per = _FINER[unit]
            n = round(n * per, 6)
        if unit == "decade":
            unit, n = "year", n * 10
        parts.append((int(n), unit))
    return parts or None


_FINEST = ("second", "minute", "hour", "day", "week", "month", "year")
_NOON = time(12)  # the publication's time of day, not known: a quantity of hours counts from noon


def _shifted(base: date, parts: list[tuple[int, str]], sign: int) -> Span | None:
    """``base`` moved by the quantity: a day when it counts hours, days or weeks, else the month or the year.

    The time of day is not known, so hours count from noon: "in 2 hours" is the same day,
    "in 15 hours" the next. A whole number of half days ("in 1.5 days", "36 hours ago")
    lands on midnight exactly, between two days: it counts to the day nearer ``base``
    (noon + 36 h is the end of tomorrow, not the start of the day after).
    """
    step = relativedelta()
    for n, unit in parts:
        count: dict[str, Any] = {unit + "s": n}  # typed loosely: mypy matches ** against dt1/dt2 as well
        step += relativedelta(**count)
    try:
        start = datetime.combine(base, _NOON)
        later = start + step if sign > 0 else start - step
        moved = later.date()
        if sign > 0 and later.time() == time(0) and moved > base:
            moved -= timedelta(days=1)  # midnight ahead: the end of the day before
    except (ValueError, OverflowError):
        return None
    finest = min((unit for _, unit in parts), key=_FINEST.index)
    if _FINEST.index(finest) <= _FINEST.index("week"):
        return _day(moved)
    if finest == "month":
        return _month(moved.replace(day=1))
    return _year(moved.year)


def _unit_of_anchor(parts: list[tuple[int, str]]) -> str:
    """The unit :meth:`Context.anchor` counts a quantity from: hours count from a day."""
    finest = min((unit for _, unit in parts), key=_FINEST.index)
    return "day" if _FINEST.index(finest) < _FINEST.index("day") else finest


def _clause_before(ctx: Context, start: int) -> str:
    """The lower-case text of the clause before ``start``, at most :data:`_WINDOW` characters."""
    text = ctx.lowered or _lower(ctx.text)
    lo = max(0, start - _WINDOW)
    lo = max([lo, *(text.rfind(c, lo, start) + 1 for c in _BOUNDARIES)])
    return text[lo:start]


_OPENING = re.compile(r"[\s\"'“”‘’«»„(\[—–-]*")


def _opens_clause(before: str) -> bool:
    """Whether nothing but quotes, brackets and dashes comes before, in the clause: "In two weeks, ..." ."""
    return _OPENING.fullmatch(before) is not None


def _quantity_rules(lang: Language) -> list[Rule]:
    if not lang.units:
        return []
    q = _quantity(lang)
    rules = []
    for templates, sign in ((lang.ago, -1), (lang.ahead, 1)):
        for template in templates:

            def resolve(m: re.Match[str], ctx: Context, sign: int = sign) -> Span | None:
                parts = _amount(m, ctx.lang)
                if ctx.pub is None or parts is None:
                    return None
                return _shifted(ctx.pub, parts, sign)

            rules.append(Rule(_rx(template.replace("{q}", q)), resolve))
    spans = _rx(lang.span_cues) if lang.span_cues else None
    for template in lang.ahead_when_future:

        def when_future(m: re.Match[str], ctx: Context) -> Span | None:
            parts = _amount(m, ctx.lang)
            if ctx.pub is None or parts is None:
                return None
            before = _clause_before(ctx, m.start())
            said = tense(ctx, m.start(), m.end())
            if said != "future" and (said or not _opens_clause(before)):
                return None
            if spans is not None and spans.search(before):
                return None
            return _shifted(ctx.pub, parts, 1)

        rules.append(Rule(_rx(template.replace("{q}", q)), when_future))
    return rules


def _period_rules(lang: Language) -> list[Rule]:
    if not lang.periods:
        return []
    kinds = list(lang.periods.values())
    cjk = lang.cjk
    alternatives = "|".join(f"(?P<p{i}>{regex})" for i, regex in enumerate(lang.periods))
    pattern = _rx(rf"(?:{alternatives})" if cjk else rf"(?<!\w)(?:{alternatives})(?!\w)")
    since = re.compile(rf"(?:{_alternation(map(re.escape, lang.since))})\b") if lang.since else None

    def resolve(m: re.Match[str], ctx: Context) -> Span | None:
        if ctx.pub is None:
            return None
        unit, shift = next(kinds[i] for i in range(len(kinds)) if m[f"p{i}"] is not None)
        if shift == "start" and unit == "year" and ctx.pub.month > 6:
            return _year_start_late(m, ctx, since)
        return period(ctx.pub, unit, shift)

    return [Rule(pattern, resolve)]


def _year_start_late(m: re.Match[str], ctx: Context, since: re.Pattern[str] | None) -> Span | None:
    """ "the beginning of the year" said late in a year: this January when the clause looks back
    ("since": the language's ``since`` words, or a past tense), the coming one when it looks ahead, and no date
    when it says neither ("zum Jahresbeginn erleben wir ..." in November: the next January)."""
    assert ctx.pub is not None
    said = "past" if since is not None and since.match(m.group(0)) else tense(ctx, m.start(), m.end())
    if said == "past":
        return period(ctx.pub, "year", "start")
    if said == "future":
        return period(date(ctx.pub.year + 1, 1, 1), "year", "start")
    return None


def period(pub: date, unit: str, shift: int | str) -> Span | None:
    """The week, month or year ``shift`` away from the publication's, or a part of the current one."""
    if unit == "week":
        start, end, granularity = _week_start(pub), _week_start(pub) + timedelta(days=6), "week"
    elif unit == "month":
        start, end, granularity = _month_start(pub), _month_end(pub), "month"
    else:
        start, end, granularity = date(pub.year, 1, 1), date(pub.year, 12, 31), "year"
    if shift == "earlier":
        return start, max(start, pub - timedelta(days=1)), "range"
    if shift == "later":
        return min(end, pub + timedelta(days=1)), end, "range"
    if shift == "start":  # "the beginning of the year": its first month, a month's first ten days
        if unit == "year":
            return start, date(pub.year, 1, 31), "range"
        return start, start + timedelta(days=9 if unit == "month" else 2), "range"
    if isinstance(shift, str) and shift.startswith("end"):
        offset = int(shift[3:] or 0)
        if unit == "year":
            return date(pub.year + offset, 12, 1), date(pub.year + offset, 12, 31), "range"
        if unit == "month":
            return end - timedelta(days=9), end, "range"
        return end - timedelta(days=2), end, "range"
    assert isinstance(shift, int)
    if unit == "week":
        start += timedelta(weeks=shift)
        return start, start + timedelta(days=6), granularity
    if unit == "month":
        return _month(_add_months(start, shift))
    return _year(pub.year + shift)


def _year_rules(lang: Language) -> list[Rule]:
    if not lang.years:
        return []
    pattern = lang.years.replace("{year}", r"(?P<year>(?:19|20)\d\d)(?!\d)")
    return [Rule(_rx(pattern), _year_alone)]


def _from_now(m: re.Match[str], ctx: Context) -> bool:
    """Whether a "later" with no date before it counts from the publication: in a clause about the future
    ("two weeks later, the law will apply"), or in a language whose "later" also says "in" (``later_from_now``)."""
    return ctx.lang.later_from_now or tense(ctx, m.start(), m.end()) == "future"


def _anaphoric_rules(lang: Language) -> list[Rule]:
    rules = []
    if lang.later and lang.units:
        q = _quantity(lang)
        for template, sign in lang.later.items():

            def later(m: re.Match[str], ctx: Context, sign: int = sign) -> Span | None:
                parts = _amount(m, ctx.lang)
                if parts is None:
                    return None
                if sign > 0 and ctx.last is None and not _from_now(m, ctx):
                    return None  # "a hundred years later" with no date before: later than nothing said
                base = ctx.anchor(_unit_of_anchor(parts))
                return _shifted(base, parts, sign) if base else None

            rules.append(Rule(_rx(template.replace("{q}", q)), later, anaphoric=True))
    if lang.anaphora:
        shifts = list(lang.anaphora.values())
        cjk = lang.cjk
        alternatives = "|".join(f"(?P<a{i}>{regex})" for i, regex in enumerate(lang.anaphora))
        pattern = _rx(rf"(?:{alternatives})" if cjk else rf"(?<!\w)(?:{alternatives})(?!\w)")

        def same_day(m: re.Match[str], ctx: Context) -> Span | None:
            base = ctx.anchor("day")
            shift = next(shifts[i] for i in range(len(shifts)) if m[f"a{i}"] is not None)
            return _day(base + timedelta(days=shift)) if base else None

        rules.append(Rule(pattern, same_day, anaphoric=True))
    if lang.story_day:
        pattern = _rx(rf"(?<!\w)(?:{'|'.join(lang.story_day)})(?!\w)")
        rules.append(Rule(pattern, lambda m, ctx: _day(ctx.last_day or ctx.pub), anaphoric=True))
    return rules


# --- other languages ----------------------------------------------------------------------------------


def _day_first_shapes(lang: Language) -> _Shapes:
    """A day-first language's dates: "mercredi 3 mai 2023", "3 de mayo de 2023", "mai 2023", "3 мая",
    and "the night before" a day ("в ночь на 3 мая")."""
    # the full stop of an abbreviation ("3 janv. 2023"), not the one that ends a sentence ("le 7 octobre.")
    month = rf"(?P<month>{_alternation(map(re.escape, lang.months))})(?:\.(?=\s*\d)|(?!\w))"
    day = r"(?<![\d.])(?P<day>[0-3]?[0-9])\.?"
    year = (
        rf"(?P<year>(?:19|20)\d\d)(?!\d)(?:{lang.year_words})?" if lang.year_words else r"(?P<year>(?:19|20)\d\d)(?!\d)"
    )
    of = rf"(?:\s+(?:{lang.month_of}))?" if lang.month_of else ""  # "mayo de 2023"
    day_of = rf"(?:{lang.day_of}\s+)?" if lang.day_of else ""  # "3 de mayo"
    dash = lang.day_month_gap
    weekday = _weekday_form(lang)

    def night_before_day(m: re.Match[str], ctx: Context) -> Span | None:
        span = _month_day(m, ctx)
        return (span[0] - timedelta(days=1), span[0], "range") if span else None

    def night_before_weekday(m: re.Match[str], ctx: Context) -> Span | None:
        span = _on_weekday(lang)(m, ctx)
        return (span[0] - timedelta(days=1), span[0], "range") if span else None

    nights = (
        [
            Rule(_rx(rf"(?<!\w)(?:{lang.night_before})\s+{day}\s+{month}"), night_before_day),
            Rule(_rx(rf"(?<!\w)(?:{lang.night_before})\s+{weekday}"), night_before_weekday),
        ]
        if lang.night_before
        else []
    )
    return (
        [
            Rule(
                _rx(rf"(?<!\w){weekday},?\s+{day}{dash}{day_of}{month}(?:{of},?\s+{year})?"),
                _weekday_date(_weekday_of(lang)),
            )
        ],
        [Rule(_rx(rf"{day}{dash}{day_of}{month}{of},?\s+{year}"), _explicit_full)],
        [Rule(_rx(rf"(?<!\w){month}{of}\s+{year}"), _month_year)],
        [*nights, Rule(_rx(rf"{day}{dash}{day_of}{month}"), _month_day)],
    )


def _weekday_form(lang: Language) -> str:
    stems = _alternation(lang.weekdays)
    suffix = rf"(?:{lang.weekday_suffixes})?" if lang.weekday_suffixes else ""
    return rf"(?P<weekday>{stems}){suffix}(?!\w)"


def _weekday_of(lang: Language) -> Callable[[re.Match[str]], int | None]:
    def weekday_of(m: re.Match[str]) -> int | None:
        text = m["weekday"].lower()
        return next((i for stem, i in lang.weekdays.items() if re.fullmatch(stem, text)), None)

    return weekday_of


def _on_weekday(lang: Language) -> Resolver:
    weekday_of = _weekday_of(lang)

    def on_weekday(m: re.Match[str], ctx: Context) -> Span | None:
        if ctx.pub is None or (ctx.text[m.start("weekday")].islower() and lang.code not in LOWERCASE_WEEKDAYS):
            return None
        wd = weekday_of(m)
        if wd is None:
            return None
        said_next = m.groupdict().get("mod") or m.groupdict().get("post")
        if said_next:
            return _day(resolve_weekday(wd, ctx.pub, "next"))
        return _day(resolve_weekday(wd, ctx.pub, "future" if tense(ctx, m.start(), m.end()) == "future" else ""))

    return on_weekday


def _next_weekday_rules(lang: Language) -> list[Rule]:
    """A weekday in any case, with a "next" word before or after it ("следующий вторник", "mardi prochain")."""
    nexts = _alternation(map(re.escape, lang.next_words)) if lang.next_words else None
    mod = rf"(?:(?P<mod>{nexts})\w*\s+)?" if nexts else ""
    post = rf"(?:\s+(?P<post>{nexts})\w*)?" if nexts else ""
    return [Rule(_rx(rf"(?<!\w){mod}{_weekday_form(lang)}{post}"), _on_weekday(lang))]


def _rules(lang: Language) -> list[Rule]:
    """Every language's rules (but Chinese's numeric dates), most explicit first, from its data."""
    weekday_dates, full_dates, month_years, month_days = (
        _month_first_shapes(lang) if lang.month_first else _day_first_shapes(lang)
    )
    weekdays = _modified_weekday_rules(lang) if lang.weekday_modifiers else _next_weekday_rules(lang)
    return [
        *weekday_dates,
        *full_dates,
        Rule(_ISO, _iso),
        Rule(_NUMERIC, _numeric(lang.day_first)),
        *_holiday_rules(lang),
        *month_years,
        *month_days,
        *weekdays,
        *_relative_day_rules(lang, lang.relative_before, _day_parts(lang)),
        *_cased_day_rules(lang),
        *_few_days_rules(lang),
        *_quantity_rules(lang),
        *_period_rules(lang),
        *_month_alone_rules(lang),
        *_year_rules(lang),
        *_anaphoric_rules(lang),
    ]


# --- Chinese ------------------------------------------------------------------------------------------

_ZH_WEEKDAYS = {c: i for i, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}


def _zh_full(m: re.Match[str], _: Context) -> Span | None:
    try:
        return _day(date(int(m["year"]), int(m["month"]), int(m["day"])))
    except ValueError:
        return None


def _zh_month_day(m: re.Match[str], ctx: Context) -> Span | None:
    if ctx.pub is None or not (1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31):
        return None
    month, day = int(m["month"]), int(m["day"])
    return _day(plausible(lambda year: date(year, month, day), ctx.pub, lambda: tense(ctx, m.start(), m.end())))


def _zh_day(m: re.Match[str], ctx: Context) -> Span | None:
    """ "3日": the 3rd of the publication's month, or of the month before or after, whichever is nearest."""
    pub = ctx.pub
    if pub is None or not 1 <= int(m["day"]) <= 31:
        return None
    options = []
    for shift in (-1, 0, 1):
        first = _add_months(pub, shift)
        if first is None:
            continue
        try:
            options.append(first.replace(day=int(m["day"])))
        except ValueError:
            continue
    return _day(min(options, key=lambda d: (abs((d - pub).days), d > pub))) if options else None


def _zh_weekday(m: re.Match[str], ctx: Context) -> Span | None:
    if ctx.pub is None:
        return None
    weekday, week = _ZH_WEEKDAYS[m["wd"]], m["week"]
    if week:  # 上周三, 下周三, 本周三: that weekday of the week before, after, or of the publication
        shift = {"上": -7, "下": 7}.get(week, 0)
        return _day(_week_start(ctx.pub) + timedelta(days=shift + weekday))
    modifier = "future" if tense(ctx, m.start(), m.end()) == "future" else ""
    return _day(resolve_weekday(weekday, ctx.pub, modifier))


def _chinese_rules(lang: Language) -> list[Rule]:
    return [
        Rule(_rx(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"), _zh_full),
        Rule(_ISO, _iso),
        *_holiday_rules(lang),
        Rule(_rx(r"(?<![\d年])(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"), _zh_month_day),
        Rule(_rx(r"(?<![\d月年/.-])(?P<day>[0-3]?\d)\s*日(?!\s*(?:以前|之前|前|以后|之后|后|後))"), _zh_day),
        Rule(
            _rx(r"(?:(?P<week>[上下本这這])(?:个|個)?)?(?:星期|礼拜|禮拜|周|週)(?P<wd>[一二三四五六日天])"),
            _zh_weekday,
        ),
        *_relative_day_rules(lang),
        *_quantity_rules(lang),
        *_period_rules(lang),
        *_year_rules(lang),
        *_anaphoric_rules(lang),
    ]


# --- finding them -------------------------------------------------------------------------------------


@cache
def rules_for(code: str | None) -> tuple[Rule, ...]:
    """The date rules of a language, most explicit first: English when unknown."""
    lang = language(_tag(code))
    return tuple(_chinese_rules(lang) if lang.cjk else _rules(lang))


def _tag(code: str | None) -> str | None:
    """A Chinese language tag in any spelling ("zh_CN", "zh-Hant-TW") is Chinese's calendar."""
    return "zh" if (code or "").lower().startswith("zh") else code


def _core(m: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the date ("2007" of "in 2007"), or all of it."""
    if "core" in m.re.groupindex and m["core"] is not None:
        return m.span("core")
    return m.span()


def _free(rule: Rule, text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterable[re.Match[str]]:
    """``rule``'s matches that overlap none of ``taken`` (sorted, disjoint): one sweep over both."""
    j = 0
    for m in rule.pattern.finditer(text if rule.cased else lowered):
        start, end = m.span()
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if j < len(taken) and taken[j][0] < end:
            continue
        yield m


def _mention(text: str, m: re.Match[str], span: Span) -> DateMention:
    start, end = _core(m)
    first, last, granularity = span
    return DateMention(
        text=text[start:end],
        value=first,
        granularity=granularity,
        start=first,
        end=last,
        offset=start,
    )


def find_dates(text: str, pub: date | None, lang: str | None = "en") -> list[DateMention]:
    """Every date expression of ``text`` that resolves, in text order, none overlapping."""
    rules = rules_for(lang)
    lowered = _lower(text)
    ctx = Context(text, pub, language(_tag(lang)), lowered)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for rule in rules:
        if rule.anaphoric:
            continue
        new = []
        for m in _free(rule, text, lowered, taken):
            span = rule.resolve(m, ctx)
            if span is not None:
                new.append(m.span())
                found.append(_mention(text, m, span))
        if new:
            taken = list(heapq.merge(taken, new))

    # Words about the date mentioned before: placed first, then resolved in text order.
    pending: list[tuple[int, re.Match[str], Rule]] = []
    for rule in rules:
        if not rule.anaphoric:
            continue
        new = []
        for m in _free(rule, text, lowered, taken):
            new.append(m.span())
            pending.append((m.start(), m, rule))
        if new:
            taken = list(heapq.merge(taken, new))
    if not pending:
        return sorted(found, key=lambda d: d.offset)
    found.sort(key=lambda d: d.offset)
    resolved: list[DateMention] = []
    i = 0
    for at, m, rule in sorted(pending, key=lambda p: p[0]):
        while i < len(found) and found[i].offset < at:
            _remember(ctx, found[i])
            i += 1
        span = rule.resolve(m, ctx)
        if span is not None:
            mention = _mention(text, m, span)
            resolved.append(mention)
            _remember(ctx, mention)
    return sorted(found + resolved, key=lambda d: d.offset)


def _remember(ctx: Context, mention: DateMention) -> None:
    """Keep ``mention`` as the anchor of the anaphoric expressions that follow it."""
    ctx.last = mention
    if mention.granularity == "day":
        ctx.last_day = mention.start
