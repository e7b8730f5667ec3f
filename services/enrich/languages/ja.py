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
# People in unspaced text (names.py, NameFinder._cjk_people): titles and honorifics written after a person's
# name only ("プーチン大統領", "上川外相", "岸田氏"); the longest is tried first.
NAME_AFTER = (
    "大統領 副大統領 首相 総理 総理大臣 外相 外務大臣 大臣 防衛相 国防相 財務相 議員 知事 市長 氏 さん 選手 監督 "
    "容疑者 被告 教授"
)
# Titles of an office, written after a person or after an institution ("ペスコフ報道官", "ホワイトハウス報道官"):
# they make a person of kanji only (a katakana word before them may be an institution).
NAME_OFFICE = "報道官 官房長官 長官 総裁 書記長 国務長官 議長 事務総長 司令官"
# Endings of a word for an institution, not a person, before such a title ("外務省報道官", "政府報道官").
NAME_NOT_BEFORE_TITLE = "省 庁 部 国 府 軍 党 会 局 院 所 社 州 県 市 都 道 区 村 町 側 団"
# A country written as one kanji between a foreign name and its title ("バイデン米大統領", "プーチン露大統領").
NAME_COUNTRY_SHORT = "米 露 中 英 仏 独 韓 朝 印 豪 加 伊 宇"
