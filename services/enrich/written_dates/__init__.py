"""Dates as a text writes them, read against the calendar: shared by clean and date-parse, no stage itself.

``expressions`` finds every date a text speaks of (:func:`~.expressions.find_dates`); ``explicit`` reads a
full date or a stamp line's day. clean reads them to tell date lines and stamps from prose and to date an
embedded post; date-parse to date the article and the text. Neither stage imports the other
(``tests/unit/test_architecture.py``); each language's calendar words are in ``languages/<code>.py``.
"""
