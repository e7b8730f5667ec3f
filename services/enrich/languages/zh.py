"""Chinese: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.calendar import DAY, MONTH, WEEK, YEAR, Language, easter, fixed, number_words

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "zh",
    {},  # Chinese dates are written with numbers (5月3日): they have patterns of their own
    {},
    {"前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今日": 0, "今晚": 0, "明天": 1, "后天": 2},
    future_cues=r"将|将会|将于|计划|预计|定于|拟于|即将",
    numbers=number_words("一", "两|兩|二", "三", "四", "五", "六", "七", "八", "九", "十"),
    units={r"天": DAY, r"(?:个|個)?(?:星期|礼拜|禮拜)|周|週": WEEK, r"(?:个|個)月": MONTH, r"年": YEAR},
    ago=(r"{q}\s*(?:以前|之前|前)",),
    later={r"{q}\s*(?:以后|之后|后|後)": 1},
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
)
