"""What a new clean work process does once before it takes entries (the worker subscribes after it).

A page's first cleaning in a process paid for what its libraries build on first use: above all
dateparser's tables. htmldate (``trafilatura.extract_metadata`` -> ``htmldate.find_date`` with
``extensive_search=True``) hands a date-like string its own patterns cannot read to dateparser's
``DateDataParser(languages=None, locales=None)`` with the parsers ``custom-formats`` and
``absolute-time``; with no language given, dateparser checks the string against every locale (205),
compiling each locale's word-splitting patterns with the ``regex`` module on first use: about 1.7 s
of CPU (15 s under cProfile) on the first such string, 10-25 ms on each after. Which locales a page
needs is not known before it is read, and the string's result is clean's ``html-meta`` hint, so the
call is kept as it is (no output changes) and its tables are built here instead, in the fork server
the work processes are forked from: a work process replaced after a crash starts with them built.
"""

from __future__ import annotations

from wirestream.services.enrich.clean import places
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.clean.samples import HTML

# Read by no locale (every locale is tried, so each one's patterns are built); written here.
NO_DATE = "wirestream warm-up 3 qzxv 2023"


def date_parser_tables() -> None:
    """Build what htmldate's dateparser call builds on first use: every locale's patterns, and the month names."""
    from htmldate.extractors import get_external_parser, month_words

    get_external_parser().get_date_data(NO_DATE)
    month_words()


def warm_up() -> None:
    """Clean an HTML page once, then build dateparser's tables (:func:`date_parser_tables`) and the place index
    a dateline's line is read with (:func:`places.build`: about 0.4 s of CPU and 13 MB, once in the fork server)."""
    clean(HTML)
    date_parser_tables()
    places.build()
