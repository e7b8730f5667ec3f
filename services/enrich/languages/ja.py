"""Japanese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

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
    "容疑者 被告 教授 准教授"
)
# Titles of an office, written after a person or after an institution ("ペスコフ報道官", "ホワイトハウス報道官"):
# they make a person of kanji only (a katakana word before them may be an institution).
NAME_OFFICE = "報道官 官房長官 長官 総裁 書記長 国務長官 議長 事務総長 司令官"
# Endings of a word for an institution, not a person, before such a title ("外務省報道官", "政府報道官").
# A council ("安全保障会議副議長": the Security Council's deputy chairman) ends in 会議.
NAME_NOT_BEFORE_TITLE = "省 庁 部 国 府 軍 党 会 局 院 所 社 州 県 市 都 道 区 村 町 側 団 会議"
# The words for a newspaper and a magazine before its name ("米紙ニューヨーク・タイムズ", "英誌エコノミスト"): the
# katakana name after one is the publication, no person.
NAME_MEDIA_BEFORE = "紙 誌"
# Words of a newspaper's name after the place it is named for ("ニューヨーク・タイムズ", "ワシントン・ポスト"): the
# place is no place mentioned there.
PLACE_MEDIA_AFTER = "・タイムズ ・ポスト ・ジャーナル タイムズ 大学"  # and a university ("東京大学の小泉悠准教授")
# A country written as one kanji between a foreign name and its title ("バイデン米大統領", "プーチン露大統領").
NAME_COUNTRY_SHORT = "米 露 中 英 仏 独 韓 朝 印 豪 加 伊 宇"

# The gender a transliterated Russian or Ukrainian surname shows (speakers.py): "-ов", "-ев" are フ (ペスコフ,
# ガリャモフ), "-ский" スキー (ゼレンスキー); "-ова", "-ева" ワ (ザハロワ), "-ская" スカヤ.
SURNAME_ENDINGS = {"f": ["ワ", "スカヤ"], "m": ["フ", "スキー"]}

# Quote attribution (services/enrich/entities/quotes/lexicon.py documents each key). Japanese closes a quote with
# the particle と and the speech verb after it (「…」と説明しました), its subject before the quote (岸田総理は「…」と
# 説明) or left out; written without spaces, so a verb is a run of characters (a Han character is one token, a kana
# run another): a two-character verb alone, a one-character stem only with the と before it ("と話しました",
# not 電話).
QUOTES: dict[str, Any] = {
    "verbs": {
        "説明",
        "指摘",
        "強調",
        "主張",
        "表明",
        "発表",
        "批判",
        "言及",
        "回答",
        "反論",
        "証言",
        "発言",
        "明言",
        "報告",
        "否定",
        "要請",
        "要求",
        "述懐",
        "吐露",
        "答弁",
        "と話",
        "と訴",
        "と述",
        "と語",
        "と言",
        "と明",
        "と答",
        "と書",
        "と記",
        "と投稿",
        "と応",
        "と評",
        # an expert's reading ("「…」と分析した"): with its と only, "分析によると" is no speech
        "と分析",
        # condemned ("と非難した"), and "also" said ("とも語った", "とも述べた")
        "非難",
        "とも語",
        "とも述",
        "とも話",
    },
    "forms": set(),
    "weak": {"発表", "報告", "要求", "要請"},
    "framing": set(),
    "addressee": set(),
    "cues": ["によると", "によれば"],
    "cues_after": [],
    "pronouns": {"彼": "m", "彼女": "f", "彼ら": "p"},
    "relative": set(),
    "honorifics": {"氏": None, "さん": None},
    "titles": {
        "総理": None,
        "首相": None,
        "大統領": None,
        "報道官": None,
        "官房長官": None,
        "長官": None,
        "外相": None,
        "大臣": None,
        "議員": None,
        "知事": None,
        "市長": None,
        "議長": None,
        "事務総長": None,
        "大使": None,
        # the offices of NAME_OFFICE too
        "国務長官": None,
        "総裁": None,
        "書記長": None,
        "司令官": None,
    },
    "title_suffixes": [],
    "institutions": {"政府", "外務省", "防衛省", "官邸", "首相官邸", "国防省", "軍", "警察", "大使館", "委員会"},
    "skip": set(),
    "prepositions": set(),
    "abbreviations": set(),
    "pro_drop": True,
    # its names show no gender: a "彼女" with a man of no known gender and a woman named before is unsure
    "genderless_names": True,
    # the speaker stands before the quote and the verb after it; with subject_first, nothing after the verb is
    # its subject
    "verb_final": True,
    "no_unread_attribution": True,
    "subject_first": True,
    "unspaced": True,
    "verb_gender": [],
    # a word ending in the subject or topic particle between a quote's と and the verb is that verb's subject
    # (「…」と野党などが指摘): when it names no one the article names, the speaker is unnamed, not the last one
    "subject_particles": ["が", "は"],
    # a clause's own subject particle and the nominaliser that makes the clause a noun ("ペスコフ氏が関与を主張した
    # ことについて「…」と反論した": the subject of the verb after the quote is elsewhere)
    "embedded_particles": ["が"],
    "nominalisers": ["こと"],
    # the particle between a body and its title ("クレムリンの報道官", "크렘린궁의 대변인"): the office is the same without it
    "genitive_particles": ["の"],
    # "同報道官は", "同大統領は", "同長官は": the same spokesman, president, secretary, the one named before
    "same_prefixes": ["同"],
    "spokesperson": {"報道官"},
    # the particles that close a quote before its speech verb (「…」と主張した, 「…」って言った)
    "quotative": ["と", "って"],
}
