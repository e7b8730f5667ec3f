"""Calendar words of the languages news about an incident appears in.

Read by ``services/enrich/written_dates/`` for clean (to recognise a line that is only a date
stamp, or a dateline) and date-parse (to pin date expressions to the calendar). Each language's words are the
``CALENDAR`` of its module in ``services/enrich/languages/`` (what the entries mean:
``languages/calendar.py``); this module gathers them.

It also holds the social platforms every stage knows by the same list: their hosts (clean's embedded posts,
``clean/embeds.py``) and the names articles write them by (entity-enrich: "en Twitter" is no place, "on
Telegram" no person).
"""

from __future__ import annotations

import re
from functools import cache

from wirestream import writing_systems
from wirestream.services.enrich import languages
from wirestream.services.enrich.languages.calendar import Holiday, Language, easter, fixed, nth

__all__ = [
    "CJK",
    "GLUED",
    "LANGUAGES",
    "LOWERCASE_WEEKDAYS",
    "PLATFORMS",
    "PLATFORM_NAMES",
    "Holiday",
    "Language",
    "easter",
    "fixed",
    "language",
    "nth",
]

# Chinese, Japanese and Korean characters (wirestream.writing_systems): scripts written without spaces between words.
CJK = writing_systems.CJK

# Scripts in which a name or term stands inside a run of letters, not between spaces: CJK (Korean attaches its
# particles: "드론이"), Thai, Lao, Khmer and Myanmar ("โจมตีเครมลิน"). A term written in one is matched anywhere.
GLUED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")

LANGUAGES: dict[str, Language] = languages.table("CALENDAR")

# Social platforms: host (without "www.", "m.", "mobile.") -> platform
PLATFORMS = {
    "twitter.com": "twitter",
    "x.com": "twitter",
    "pic.twitter.com": "twitter",
    "t.co": "twitter",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "fb.watch": "facebook",
    "youtube.com": "youtube",
    "youtube-nocookie.com": "youtube",
    "youtu.be": "youtube",
    "tiktok.com": "tiktok",
    "bsky.app": "bluesky",
    "threads.net": "threads",
    "vk.com": "vk",
    "reddit.com": "reddit",
}
# The names of each platform as articles write them, folded: one of them alone is the platform, an organisation,
# never a place or a person ("publicó en Twitter", "wrote on Telegram"). "X" is left out: one letter is too often
# something else ("Mr X", "Generation X").
_PLATFORM_WRITTEN = {
    "twitter": ("Twitter",),
    "telegram": ("Telegram",),
    "instagram": ("Instagram",),
    "facebook": ("Facebook",),
    "youtube": ("YouTube",),
    "tiktok": ("TikTok",),
    "bluesky": ("Bluesky",),
    "threads": ("Threads",),
    "vk": ("VK", "VKontakte", "ВКонтакте"),
    "reddit": ("Reddit",),
}
PLATFORM_NAMES = frozenset(
    name.casefold() for platform in set(PLATFORMS.values()) for name in _PLATFORM_WRITTEN[platform]
)

# Languages whose weekday names are written with a capital only at a sentence start:
# their weekdays are matched in any case. English ("may", "sunday") and Turkish and
# Indonesian (capitalised names; "pazar" is also a market, "minggu" a week) are not.
LOWERCASE_WEEKDAYS = {code for code, lower in languages.table("LOWERCASE_WEEKDAYS").items() if lower}


def language(code: str | None) -> Language:
    """The calendar words of ``code``, English when the language is unknown."""
    return LANGUAGES.get((code or "en").split("-")[0].lower(), LANGUAGES["en"])


@cache
def all_month_forms() -> frozenset[str]:
    return frozenset(form for lang in LANGUAGES.values() for form in lang.months)


@cache
def weekday_regex() -> re.Pattern[str]:
    """Any weekday of any language, abbreviations included (for stamp lines)."""
    stems = [stem for lang in LANGUAGES.values() for stem in lang.weekdays]
    stems += ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    return re.compile(r"(?:" + "|".join(stems) + r")\.?", re.I)


@cache
def _day_of_month() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, all_month_forms()), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])\d{{1,2}}\.?\s*(?:de\s+)?(?:{months})(?!\w)"  # 3 May, 3. Mai, 3 de mayo
        rf"|(?<!\w)(?:{months})\.?\s+\d{{1,2}}(?!\d)"  # May 3
        r"|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d(?!\d)"  # 3.5.2023
        r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]",  # 5月3日
        re.I,
    )


def names_a_day(line: str) -> bool:
    """Whether ``line`` holds a day of a month ("MOSCOW, May 3 -"): a dateline, not a header to cut."""
    return bool(_day_of_month().search(line))
