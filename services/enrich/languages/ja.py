"""Japanese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# Written in CJK characters: names reads its places character by character.
SCRIPT = "cjk"
CLDR_COUNTRY_NAMES = True
# The reporter in a dateline ("【エルサレム＝酒井圭吾】", place＝reporter): a person, the group ``name``.
NAME_BYLINE = r"【[^＝】\n]{1,12}＝(?P<name>[\u4e00-\u9fff\u3040-\u30ff]{2,8})】"
