"""Norwegian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Norwegian_Bokmal"
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("og",)
