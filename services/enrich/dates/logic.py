"""date-parse: the publication date, and every date the text speaks of on the calendar.

Pure functions. The publication date comes from the first usable hint, in order of
trust: the seed header, the JSON field, the HTML metadata. Date expressions in the
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

The publication date comes, after the hints above, from a stamp or byline line
clean found in the text ("Published 4:12 AM EDT, May 4, 2023", "Опубликовано:
03.05.2023"): its first explicit date. Relative expressions are only resolved
when the publication date is known.
"""

from __future__ import annotations

from datetime import date, datetime

from dateutil import parser as dateutil_parser

from services.enrich.dates.expressions import find_dates, nearest_year, resolve_weekday
from wirestream.contracts import CleanedArticle, DatedArticle, DateHint, PublishedAt

__all__ = [
    "date_parse",
    "find_dates",
    "first_explicit",
    "nearest_year",
    "parse_explicit",
    "parse_publication",
    "resolve_weekday",
]

HINT_ORDER = ("seed-header", "json", "html-meta", "text-stamp")


def parse_publication(hints: list[DateHint], lang: str | None = None) -> PublishedAt | None:
    """The first hint, by trust, that parses to a real calendar date."""
    for source in HINT_ORDER:
        for hint in hints:
            if hint.source != source:
                continue
            value = first_explicit(hint.value, lang) if source == "text-stamp" else parse_explicit(hint.value)
            if value is not None:
                return PublishedAt(value=value, source=source)
    return None


def first_explicit(text: str, lang: str | None) -> date | None:
    """The first full date (day, month and year) written in ``text``: a stamp line's date."""
    for code in dict.fromkeys([lang or "en", "en"]):
        for mention in find_dates(text, None, code):
            if mention.granularity == "day":
                return mention.value
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


def date_parse(article: CleanedArticle) -> DatedArticle:
    published = parse_publication(article.date_hints, article.language)
    dates = find_dates(article.text, published.value if published else None, article.language)
    return DatedArticle(**article.model_dump(exclude={"kind"}), published_at=published, dates=dates)
