"""Czech: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

NAME_PERSON_ENDINGS = ("ovi", "em", "a", "u", "e")
