"""Japanese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# Written in CJK characters: names reads its places character by character.
SCRIPT = "cjk"
# Words for a place after a foreign name in katakana: refugee camp, district, state/oblast, village, airport
# ("ジャバリヤ難民キャンプ", "ドネツク州"): the katakana word is a place no data names.
PLACE_AFTER_KATAKANA = ("難民キャンプ", "地区", "州", "村", "空港")
CLDR_COUNTRY_NAMES = True
# The reporter in a dateline ("【エルサレム＝酒井圭吾】", place＝reporter): a person, the group ``name``.
NAME_BYLINE = r"【[^＝】\n]{1,12}＝(?P<name>[\u4e00-\u9fff\u3040-\u30ff]{2,8})】"
