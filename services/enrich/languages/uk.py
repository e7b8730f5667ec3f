"""Ukrainian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from wirestream.services.enrich.languages.calendar import (
    DAY,
    MONTH,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    easter,
    fixed,
    number_words,
    weekday_forms,
)

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "uk",
    cldr_months("uk"),
    weekday_forms(
        r"понеділ(?:ок|ка|ку)",
        r"вівтор(?:ок|ка|ку)",
        r"серед[аиуі]",
        r"четвер(?:га|гу)?",
        r"п['’ʼ]?ятниц[яіюе]",
        r"субот[аиуі]",
        r"неділ[яіюе]",
    ),
    {"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1, "післязавтра": 2},
    ("наступн",),
    night_before=r"(?:в|у)\s+ночі?\s+на|уночі\s+на",
    year_words=r"\s*(?:року|р\.)",
    future_cues=r"(?<!\w)(?:буде|будуть|відбудеться|відбудуться|пройде|пройдуть|планує\w*|має\s+намір|"
    r"мають\s+намір|запланован\w*|розпочнеться)(?!\w)",
    past_cues=r"(?<!\w)(?:минул\w+)(?!\w)",
    numbers=number_words(
        "один|одну", "два|дві", "три", "чотири", "п'ять|пʼять", "шість", "сім", "вісім", "дев'ять", "десять"
    ),
    units={
        r"д(?:ень|ні|нів|оби|обу)": DAY,
        r"тиж(?:день|ні|нів|ня)": WEEK,
        r"місяц(?:ь|і|ів|я)": MONTH,
        r"р(?:ік|оки|оків|оку)": YEAR,
    },
    one_unit={r"добу": DAY, r"тиждень": WEEK, r"місяць": MONTH, r"рік": YEAR},
    ago=(r"{q}\s+тому",),
    ahead=(r"через\s+{q}",),
    later={r"{q}\s+по\s+тому": 1, r"через\s+{q}\s+після\s+цього": 1},
    periods={
        r"(?:на\s+)?минул(?:ого|ому)\s+тижн[яі]": (WEEK, -1),
        r"(?:на\s+)?ц(?:ього|ьому)\s+тижн[яі]": (WEEK, 0),
        r"(?:на\s+)?наступн(?:ого|ому)\s+тижн[яі]": (WEEK, 1),
        r"минулого\s+місяця": (MONTH, -1),
        r"цього\s+місяця": (MONTH, 0),
        r"наступного\s+місяця": (MONTH, 1),
        r"минулого\s+року|торік": (YEAR, -1),
        r"цього\s+року": (YEAR, 0),
        r"наступного\s+року": (YEAR, 1),
    },
    anaphora={
        r"напередодні(?=\s*(?:[,.;:!?)»”]|$)|\s+(?:ввечері|увечері|вранці|уранці|вдень|вночі|уночі|пізно|в|"
        r"у|на|він|вона|вони|було|були|також|теж|вже|повідом\w*|заяв\w*)(?!\w))": -1,
        r"дн[её]м\s+раніше": -1,
        r"наступного\s+дня": 1,
        r"того\s+ж\s+дня|того\s+самого\s+дня": 0,
    },
    holidays={
        r"Д(?:ень|ня|ню|нем)\s+Незалежності": fixed(8, 24),
        r"Д(?:ень|ня|ню|нем)\s+Перемоги": fixed(5, 9),
        r"Д(?:ень|ня|ню|нем)\s+Конституції": fixed(6, 28),
        r"(?<!\w)на\s+Новий\s+рік": fixed(1, 1),
        r"(?<!\w)на\s+Великдень|Великодн\w+\s+неділ\w+": easter(0, "orthodox"),
    },
    years=r"(?<![\d.])(?P<core>{year})\s*(?:році|року|р\.)(?!\w)",
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True
