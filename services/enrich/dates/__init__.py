"""date-parse: publication date and in-text dates pinned to the calendar (``logic``), run by ``worker``.

How a date is read from text is shared with clean: ``services/enrich/written_dates/``.
"""
