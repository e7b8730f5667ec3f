"""Czech: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Name finding (services/enrich/entities/names.py describes each table).
NAME_PERSON_ENDINGS = ("ovi", "em", "a", "u", "e")

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# A word starting with a role is the role in a case ending (mluvčího).
NAME_CASE_ENDINGS = True
CLDR_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
PLACE_CASE_ENDINGS = (
    ("ě", "a"), ("y", "a"), ("u", "a"), ("ou", "a"), ("e", "a"), ("ě", ""), ("u", ""), ("a", ""),
    ("u", "o"), ("a", "o"), ("ech", "y"),  # Německu, Slovenska: Německo, Slovensko; Klatovech: Klatovy
)  # fmt: skip
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = ("moře", "jezero", "záliv", "hory", "průliv")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("a",)

# Surname endings that show a person's gender (Nováková), read whatever the article's language.
SURNAME_ENDINGS = {"f": ["ová"]}
