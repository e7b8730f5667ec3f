"""date-parse: the publication date, and every date the text speaks of on the calendar.

Pure functions. The publication date comes from the input's own (seed header, JSON
field), else from the first usable hint clean found, in its order of trust (see
:func:`parse_publication`); a stamp or byline line clean found ("Published 4:12 AM EDT,
May 4, 2023", "Опубликовано: 03.05.2023", "08:44, 3 NOV 2023") gives its first explicit
date (``stamp_day``). The dates of the text (:func:`date_parse`) are every date expression
found in it, resolved against the publication date; relative ones only when it is known.

How dates are read is shared with clean (its stamp lines, an embedded post's date), so it is
no part of this folder: ``services/enrich/written_dates/`` holds it, ``expressions.py`` for
the dates of a text (explicit patterns: a capitalised month name must come with a day, a year
or a preposition, so the verb "may" never becomes a date; a month-day without a year to its
nearest plausible year, weekdays by the tense of their clause, "N weeks ago", "last week",
"the next morning", "la veille", "накануне", holidays per language; Chinese dates have their
own patterns) and ``explicit.py`` for a full date or a stamp line's day. Each language's
calendar words are in ``services/enrich/languages/<code>.py``.
"""

from __future__ import annotations

from wirestream.contracts import CleanedArticle, DatedArticle, DateHint, PublishedAt
from wirestream.services.enrich.written_dates.explicit import parse_explicit, stamp_day, swapped_readings
from wirestream.services.enrich.written_dates.expressions import find_dates

__all__ = ["date_parse", "parse_publication"]

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


def date_parse(article: CleanedArticle) -> DatedArticle:
    published = parse_publication(article.date_hints, article.language)
    dates = find_dates(article.text, published.value if published else None, article.language)
    return DatedArticle(**article.model_dump(exclude={"kind"}), published_at=published, dates=dates)
