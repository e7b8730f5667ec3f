"""date-parse: publication date and in-text dates pinned to the calendar (``logic``), run by ``worker``."""
