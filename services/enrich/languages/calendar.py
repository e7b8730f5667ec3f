"""The calendar of a language: the :class:`Language` a language module's ``CALENDAR`` is.

Month forms are lower case: CLDR's names (Babel: the format form, which is the genitive
where a language inflects it, "3 мая", and the stand-alone form, "май") plus the
abbreviations and spellings news uses (:func:`cldr_months`). Weekday forms are regular
expressions over lower case text, because Slavic weekdays change their ending ("в среду",
"у середу").

The other entries are regular expressions too, matched in any case unless said
otherwise: relative phrases ("vor {q}", where ``{q}`` is a quantity: a number word or
digits and a unit, or a unit form that means one by itself, "неделю"), periods ("на
прошлой неделе"), words that refer to the date mentioned just before ("накануне",
"la veille"), tense cues, and holidays (matched as written: they are names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel.dates import get_day_names, get_month_names


@dataclass(frozen=True)
class Holiday:
    """A named day: fixed (month, day), Easter-based (days after Easter), or the n-th weekday of a month."""

    month: int = 0
    day: int = 0
    easter: str | None = None  # "western" or "orthodox": ``shift`` days after that Easter Sunday
    weekday: int | None = None  # with ``nth``: the n-th (1..5, -1 last) such weekday of ``month``
    nth: int = 0
    shift: int = 0  # days after the day so found (Black Friday: Thanksgiving + 1)


def fixed(month: int, day: int) -> Holiday:
    return Holiday(month=month, day=day)


def easter(shift: int = 0, church: str = "western") -> Holiday:
    return Holiday(easter=church, shift=shift)


def nth(month: int, weekday: int, n: int, shift: int = 0) -> Holiday:
    return Holiday(month=month, weekday=weekday, nth=n, shift=shift)


@dataclass(frozen=True)
class Language:
    code: str
    months: dict[str, int]  # lower-case form -> 1..12
    weekdays: dict[str, int]  # regex over lower-case text -> 0 (Monday)..6
    relative_days: dict[str, int] = field(default_factory=dict)  # "yesterday" -> -1
    next_words: tuple[str, ...] = ()  # a weekday with one of these before or after it is the coming one
    night_before: str | None = None  # regex: "the night before <weekday or date>" (in der Nacht zum)
    day_first: bool = True  # 3/5/2023 is 3 May
    year_words: str = ""  # regex of words that may follow a year ("года", "yılı")
    # Tense: the nearest cue before a weekday or a month-day in its clause (else the first after it)
    # says whether it is ahead of the publication or behind it.
    future_cues: str = ""  # "will", "wird", "будет"
    past_cues: str = ""  # "said", "was"
    weak_past_cues: str = ""  # "-ed": past unless a cue above says otherwise ("should be completed")
    numbers: dict[str, float] = field(default_factory=dict)  # number words: "zwei" -> 2, "полтора" -> 1.5
    # regex of a unit's forms -> hour, minute, second, day, week, month, year, decade. A quantity with
    # hours, minutes or seconds names a day too: the publication's time of day is not known, so it is
    # taken as noon ("2 hours ago": the publication day; "23 hours ago": the day before).
    units: dict[str, str] = field(default_factory=dict)
    one_unit: dict[str, str] = field(default_factory=dict)  # forms that mean one unit alone ("неделю")
    halves: dict[str, str] = field(default_factory=dict)  # forms that mean half a unit alone ("полгода")
    about: str = ""  # regex of the words before a quantity that make it approximate ("about", "около", "约")
    ago: tuple[str, ...] = ()  # regex templates with {q}: "vor {q}" (before the publication)
    ahead: tuple[str, ...] = ()  # "через {q}" (after the publication)
    # ahead only in a clause whose tense is the future: "talks will resume in two weeks", but
    # "the highest in two years" is a duration
    ahead_when_future: tuple[str, ...] = ()
    span_cues: str = ""  # regex: a word before it in its clause makes it a span ("the first ... in two years")
    later: dict[str, int] = field(default_factory=dict)  # "{q} später" -> 1: after (-1 before) the date before
    # a "later" with no date before it is no date ("Hundert Jahre später"), unless its clause is in the future
    # or the language says "in N days" with its "later" word too (Turkish "3 gün sonra", Chinese "3天后"):
    # then it counts from the publication
    later_from_now: bool = False
    periods: dict[str, tuple[str, int | str]] = field(default_factory=dict)  # "на прошлой неделе" -> (week, -1)
    anaphora: dict[str, int] = field(default_factory=dict)  # "накануне" -> -1: days from the date before
    story_day: tuple[str, ...] = ()  # "later in the day": the day last named, or the publication (market reports)
    holidays: dict[str, Holiday] = field(default_factory=dict)  # case-sensitive regex -> the day
    years: str = ""  # regex with {year}: a year alone ("в {year} году", "in {year}")
    day_month_gap: str = r"\s+"  # regex between a day and its month: "[\s-]+" where "le 9-Mai" is written
    day_of: str = ""  # regex of a word between a day and its month: "of" (the 3rd of May), "de" (3 de mayo)
    month_of: str = ""  # regex of a word between a month and its year (day-first shapes): "de|del" (mayo del 2023)
    weekday_suffixes: str = ""  # regex of what may be glued to a weekday: "abend" (Mittwochabend)
    # A language that also writes the month before the day ("May 3, 2023", "Friday, Dec. 6"):
    # date-parse builds its dates in those shapes, with these words (English).
    month_first: bool = False
    day_suffix: str = ""  # regex after a day number: ordinals, "(?:st|nd|rd|th)?"
    day_article: str = ""  # before a day number: "the" (the 3rd of May)
    not_a_day: str = ""  # regex after "May 3" that makes the number no day: "%", "per cent"
    day_parts: tuple[str, ...] = ()  # after a weekday or a relative day, part of it: "morning" (Monday morning)
    relative_before: str = ""  # regex before a relative day, part of it: "earlier" (earlier today)
    # Relative days whose case tells them from a noun, matched as written -> the shift: German
    # "morgen" is tomorrow, "Morgen" the morning, but at the start of a sentence the adverb.
    cased_days: dict[str, int] = field(default_factory=dict)
    # Cased regexes before a weekday -> which one it is: "last", "next", "future" (the coming one),
    # "this" (of the publication's week), or "" (the tense of the clause decides).
    weekday_modifiers: dict[str, str] = field(default_factory=dict)
    # A month named alone ("in January"): the cased regexes of the words before it; of those, the
    # ones meaning the last such month or the coming one -> whether the publication's month counts
    # ("since May" in May: this May; "last May": last year's); and the ones meaning this year's.
    month_alone: tuple[str, ...] = ()
    month_past: dict[str, bool] = field(default_factory=dict)
    month_next: dict[str, bool] = field(default_factory=dict)
    month_this: tuple[str, ...] = ()
    few_days_ago: dict[str, tuple[int, int]] = field(default_factory=dict)  # regex -> (fewest, most) days before
    # Written in Chinese characters (Chinese): no spaces between words, so phrases match without word
    # edges; numbers in its one-character number words (十 for tens); dates in the 年/月/日 and 星期 shapes.
    cjk: bool = False
    joiners: tuple[str, ...] = ()  # "and" between the parts of a quantity: "2 lata, 3 miesiące i 1 tydzień"
    # words opening a period that make it look back: "since the beginning of the year" said in November is this
    # January ("seit Jahresbeginn", "depuis le début de l'année"), matched as written at the period's start
    since: tuple[str, ...] = ()


def cldr_months(locale: str, *extra: str) -> dict[str, int]:
    """CLDR's wide month names (format and stand-alone), and ``extra``: twelve '|'-separated groups."""
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for i, name in get_month_names("wide", context, locale).items():
            months.setdefault(name.lower(), i)
    for i, group in enumerate(extra):
        for form in filter(None, group.split("|")):
            months.setdefault(form, i + 1)
    return months


def cldr_weekdays(locale: str) -> dict[str, int]:
    """CLDR's wide weekday names (format and stand-alone) as weekday forms: for a language whose
    weekdays do not change their ending (Slavic ones do: give those with :func:`weekday_forms`)."""
    forms: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for i, name in sorted(get_day_names("wide", context, locale).items()):  # 0 is Monday
            forms.setdefault(re.escape(name.lower()), i)
    return forms


def number_words(*groups: str) -> dict[str, float]:
    """Number words: ``groups`` are '|'-separated forms of one, two, three..."""
    return {form: i + 1 for i, group in enumerate(groups) for form in group.split("|")}


def tens_words(*groups: str) -> dict[str, float]:
    """Number words of the tens: ``groups`` are '|'-separated forms of twenty, thirty... ninety.

    date-parse reads a ten and a unit after it as one number ("twenty-five", "двадцать пять",
    "vingt et un", "treinta y cinco").
    """
    return {form: 10 * (i + 2) for i, group in enumerate(groups) for form in group.split("|")}


def weekday_forms(*stems: str) -> dict[str, int]:
    return {stem: i for i, stem in enumerate(stems)}


DAY, WEEK, MONTH, YEAR, DECADE = "day", "week", "month", "year", "decade"
HOUR, MINUTE, SECOND = "hour", "minute", "second"
END = r"(?=\s*(?:[,.;:!?)»”\"]|$))"  # the phrase ends a clause ("two days before.", not "before the vote")
