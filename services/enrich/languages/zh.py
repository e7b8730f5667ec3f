"""Chinese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    SECOND,
    WEEK,
    YEAR,
    Language,
    easter,
    fixed,
    number_words,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "zh",
    {},  # Chinese dates are written with numbers (5月3日): they have patterns of their own
    {},
    {"前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今日": 0, "今晚": 0, "明天": 1, "后天": 2},
    future_cues=r"将|将会|将于|计划|预计|定于|拟于|即将",
    numbers=number_words("一", "二|两|兩", "三", "四", "五", "六", "七", "八", "九", "十"),
    units={
        r"天": DAY,
        r"(?:个|個)?(?:星期|礼拜|禮拜)|周|週": WEEK,
        r"(?:个|個)月": MONTH,
        r"年": YEAR,
        r"(?:个|個)?(?:小时|小時|钟头|鐘頭)": HOUR,
        r"分钟|分鐘": MINUTE,
        r"秒钟|秒鐘|秒": SECOND,
    },
    about=r"约|約|大约|大約|将近|將近|近",
    ago=(r"{q}\s*(?:以前|之前|前)",),
    later={r"{q}\s*(?:以后|之后|后|後)": 1},
    later_from_now=True,
    periods={
        r"上(?:个|個)?(?:星期|礼拜|禮拜)|上周|上週": (WEEK, -1),
        r"本周|这周|這週|本週|这(?:个|個)星期|本星期": (WEEK, 0),
        r"下(?:个|個)?(?:星期|礼拜|禮拜)|下周|下週": (WEEK, 1),
        r"上(?:个|個)?月": (MONTH, -1),
        r"本月|这(?:个|個)月": (MONTH, 0),
        r"下(?:个|個)?月": (MONTH, 1),
        r"去年": (YEAR, -1),
        r"今年": (YEAR, 0),
        r"明年": (YEAR, 1),
    },
    anaphora={r"前一天": -1, r"次日|翌日|第二天": 1, r"当天|當天|同日|当日|當日": 0},
    holidays={
        r"元旦": fixed(1, 1),
        r"平安夜": fixed(12, 24),
        r"圣诞节|聖誕節|圣诞|聖誕": fixed(12, 25),
        r"国庆节|國慶節|国庆日": fixed(10, 1),
        r"劳动节|勞動節": fixed(5, 1),
        r"胜利日|勝利日": fixed(5, 9),
        r"复活节|復活節": easter(0),
    },
    years=r"(?<!\d)(?P<core>{year})\s*年(?!\s*\d{{1,2}}\s*月)",
    cjk=True,
)

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "分享(?:到)?",
        "广告",
    ),
    share=("分享",),
    promo=(
        "关注我们",
        "扫码关注",
    ),
    read_also=(
        "相关(?:阅读|新闻|报道)",
        "延伸阅读",
        "推荐阅读",
    ),
    link_list=("相关阅读",),
    tags=("标签",),
    byline_roles=(
        "责任编辑",
        "编辑",
        "记者",
        "作者",
        "来源",
    ),
    photo=(r"图片?(?:来源)?\s*[:：]",),
    captions=("图说",),
    syndication=("版权所有",),
    stamp=(
        "发布(?:时间|日期)",
        "更新(?:时间|日期)",
    ),
    updated=("更新",),
    home=("首页",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "更多 查看 阅读 观看 登录 注册 订阅 分享 打印 收藏 关注 菜单 搜索 首页 返回 顶部 下一页 上一页 关闭 "
    "视频 图片 图集 广告 评论 回复 账号 密码 隐私 联系 相关 热门 最新 推荐 下载 客户端"
)
# Function characters (jusText has no Chinese list).
FUNCTION_CHARS = "的了是在和与也就都而及其这那之为以于被把对从到着过说但将"

# The gender a transliterated Russian or Ukrainian surname shows (speakers.py): "-ов", "-ев" are 夫 (佩斯科夫,
# 加利亚莫夫), "-ский" 斯基 (泽连斯基); "-ова", "-ева" 娃 (扎哈罗娃), "-ая" 娅. A "她" is not the man named last.
SURNAME_ENDINGS = {"f": ["娃", "娅"], "m": ["夫", "斯基"]}

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    "verbs": {
        "说",
        "表示",
        "指出",
        "称",
        "强调",
        "声称",
        "透露",
        "写道",
        "回应",
        "告诉",
        "认为",
        "宣布",
        "补充",
        "坦言",
        "直言",
        "警告",
        "提到",
        "介绍",
        "回答",
        "说道",
        "称道",
        "表态",
        "重申",
        "声明",
        "解释",
        "批评",
        "呼吁",
        "承认",
        "否认",
        "谴责",
        "评论",
        "问道",
        "证实",
        "披露",
        # the same verbs in traditional characters (Taiwanese and Hong Kong papers)
        "說",
        "稱",
        "強調",
        "聲稱",
        "寫道",
        "回應",
        "告訴",
        "認為",
        "宣佈",
        "補充",
        "介紹",
        "說道",
        "稱道",
        "表態",
        "聲明",
        "解釋",
        "批評",
        "呼籲",
        "承認",
        "否認",
        "譴責",
        "評論",
        "問道",
        "證實",
        # a verb with its "道" ("他补充道：")
        "补充道",
        "補充道",
        "答道",
    },
    "forms": set(),
    "weak": {"认为", "介绍", "提到", "评论", "批评", "呼吁", "称", "認為", "介紹", "評論", "批評", "呼籲", "稱"},
    "framing": {"称之为", "稱之為"},
    # verbs whose following noun is the one spoken to ("告诉记者：“…”")
    "addressee": {"告诉", "告訴"},
    "cues": ["据", "援引", "根据", "據", "根據"],
    "cues_after": [],
    "pronouns": {"他": "m", "她": "f", "他们": "p", "她们": "p", "它": "n", "他們": "p", "她們": "p"},
    # its names show no gender: a "她" with a man of no known gender and a woman named before is unsure
    "genderless_names": True,
    "relative": set(),
    "honorifics": {"先生": "m", "女士": "f"},
    "titles": {
        "发言人": None,
        "发言人们": "p",  # spokesmen: a group, no one person
        "总统": None,
        "部长": None,
        "外长": None,
        "总理": None,
        "主席": None,
        "大使": None,
        "顾问": None,
        "市长": None,
        "官员": None,
        "专家": None,
        "分析人士": None,
        "秘书长": None,
        "将军": None,
        "司令": None,
        "代表": None,
        "负责人": None,
        "议员": None,
        "总书记": None,
        "首相": None,
        "国务卿": None,
        "消息人士": None,
        # the names finder's titles too (NAME_TITLES): a governor, a speaker, a press secretary
        "州长": None,
        "州長": None,
        "省长": None,
        "议长": None,
        "副总统": None,
        "新闻秘书": None,
        # experts and witnesses quoted by name ("分析师瓦西里", "教授张伟")
        "分析师": None,
        "教授": None,
        "学者": None,
        "研究员": None,
        "观察员": None,
        "评论员": None,
        "目击者": None,
        "居民": None,
        # traditional characters
        "發言人": None,
        "發言人們": "p",
        "總統": None,
        "部長": None,
        "外長": None,
        "總理": None,
        "顧問": None,
        "市長": None,
        "官員": None,
        "專家": None,
        "秘書長": None,
        "將軍": None,
        "負責人": None,
        "議員": None,
        "國務卿": None,
        "省長": None,
        "議長": None,
        "副總統": None,
        "新聞秘書": None,
        "分析師": None,
        "學者": None,
        "研究員": None,
        "觀察員": None,
        "目擊者": None,
    },
    "title_suffixes": [],
    "institutions": {
        "外交部",
        "国防部",
        "政府",
        "克里姆林宫",
        "办公室",
        "机构",
        "研究所",
        "军方",
        "国务院",
        "白宫",
        "五角大楼",
        "新闻处",
        "部",
        "委员会",
        "大使馆",
        "通讯社",
        "声明",
        # traditional characters
        "克里姆林宮",
        "國防部",
        "通訊社",
        "五角大樓",
        "委員會",
        "軍方",
        "大使館",
        "國務院",
        "白宮",
        "機構",
        "新聞處",
        "聲明",
        "辦公室",
    },
    "skip": set(),
    "prepositions": {"在", "对", "向", "给", "跟", "和", "与", "从", "對", "給", "與", "從"},
    "abbreviations": set(),
    "pro_drop": True,
    "verb_final": False,
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    # the rules read every clause that runs on after the quote's comma: none is an unread attribution
    "no_unread_attribution": True,
    # the subject of a speech verb comes before it: the words after "said" start the reported clause
    "subject_first": True,
    # written without spaces: a speech verb is a run of characters, words are not lemmatised
    "unspaced": True,
    "verb_gender": [],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"发言人", "發言人"},
}

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# Written in CJK characters: names reads its places character by character.
SCRIPT = "cjk"
CLDR_COUNTRY_NAMES = True
# The reporter in a dateline ("〔記者巫其倫／台北報導〕"): a person, the group ``name``.
NAME_BYLINE = r"[〔\[(（【]\s*(?:記者|记者)(?P<name>[\u4e00-\u9fff]{2,3})\s*[／/]"
# People in unspaced text (names.py, NameFinder._cjk_people). Titles written before a name ("俄罗斯总统普京",
# "外长王毅"), both scripts; the longest is tried first.
NAME_TITLES = (
    "总统 總統 副总统 副總統 总理 總理 首相 主席 发言人 發言人 外长 外長 部长 部長 国务卿 國務卿 大使 议员 議員 "
    "秘书长 秘書長 总书记 總書記 司令 将军 將軍 市长 市長 州长 州長 主任 教练 教練 球员 球員 女王 国王 國王 "
    "新闻秘书 新聞秘書 顾问 顧問 议长 議長 助理 "
    # experts, witnesses and residents quoted by name ("军事专家亚历山大·…", "分析人士谢尔盖", "目击者安娜")
    "专家 專家 分析师 分析師 人士 教授 学者 學者 研究员 研究員 观察员 觀察員 秘书 秘書 目击者 目擊者 居民 "
    # a discipline's scholar ("政治学家阿巴斯·…", "经济学家"), a commentator ("政治评论员亚历山大·…")
    "学家 學家 评论员 評論員 评论家 評論家 "
    "王储 王儲 王子 亲王 親王"
)
# The characters of women's foreign names in the standard transliteration (Xinhua's tables: -ova 娃, -ya 娅, -na 娜,
# Ma- 玛, -li- 丽 莉, -lin- 琳, -ni- 妮, -sha- 莎, -vi- 薇, -fu- 芙, -dai- 黛, -lei- 蕾): place names, where the other
# transliteration characters are read from, seldom hold them ("扎哈罗娃", "玛丽亚").
NAME_FEMININE_CHARS = "娃 娅 娜 玛 丽 莉 琳 妮 莎 薇 芙 黛 蕾"
# Words of a newspaper's or broadcaster's name right after the place it is named for ("华盛顿邮报", "纽约时报"): the
# place is no place mentioned there.
PLACE_MEDIA_AFTER = (
    "时报 時報 邮报 郵報 日报 日報 晚报 晚報 周报 週報 电视台 電視台 电台 電台 通讯社 通訊社 新闻网 新聞網 "
    # and a university named for its city ("东京大学", "莫斯科大学"): the university, no place mentioned
    "大学 大學"
)
# Words after a title that are what the office holds, no name, though their first character is a surname ("总统官邸":
# the president's residence, not a person "官邸"; "总统任期": his term).
NAME_NOT_NAMES = "官邸 官員 官员 任期 任内 任內 任上"
# Honorifics and titles written after a name ("普京总统", "王先生").
NAME_AFTER = "先生 女士 总统 總統 总理 總理 主席 夫人 教授 博士 上将 上將 中将 中將 少将 少將 上校 大校"
# Speech verbs written right after the speaker's name ("佩斯科夫表示", "王毅说").
NAME_SPEECH_VERBS = (
    "说 說 表示 称 稱 指出 强调 強調 透露 宣布 宣佈 认为 認為 告诉 告訴 回应 回應 写道 寫道 警告 "
    "声称 聲稱 宣称 宣稱 证实 證實 否认 否認 呼吁 呼籲 补充 補充 坦言 "
    # posting: "梅德韦杰夫发文称"
    "发文 發文 撰文 发帖 發帖"
)
