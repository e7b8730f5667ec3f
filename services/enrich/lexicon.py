"""Calendar words of the languages news about an incident appears in.

Shared by clean (to recognise a line that is only a date stamp, or a dateline) and
date-parse (to pin date expressions to the calendar). Plain data: a language is added
by adding its entry to :data:`LANGUAGES`.

Month forms are lower case: CLDR's names (Babel: the format form, which is the genitive
where a language inflects it, "3 мая", and the stand-alone form, "май") plus the
abbreviations and spellings news uses. Weekday forms are regular expressions over lower
case text, because Slavic weekdays change their ending ("в среду", "у середу").

The other entries are regular expressions too, matched in any case unless said
otherwise: relative phrases ("vor {q}", where ``{q}`` is a quantity: a number word or
digits and a unit, or a unit form that means one by itself, "неделю"), periods ("на
прошлой неделе"), words that refer to the date mentioned just before ("накануне",
"la veille"), tense cues, and holidays (matched as written: they are names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from babel.dates import get_month_names

# Chinese, Japanese and Korean characters: scripts written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Holiday:
    """A named day: fixed (month, day), Easter-based (days after Easter), or the n-th weekday of a month."""

    month: int = 0
    day: int = 0
    easter: str | None = None  # "western" or "orthodox": ``shift`` days after that Easter Sunday
    weekday: int | None = None  # with ``nth``: the n-th (1..5, -1 last) such weekday of ``month``
    nth: int = 0
    shift: int = 0  # days after the day so found (Black Friday: Thanksgiving + 1)


def fixed(month: int, day: int) -> Holiday:
    return Holiday(month=month, day=day)


def easter(shift: int = 0, church: str = "western") -> Holiday:
    return Holiday(easter=church, shift=shift)


def nth(month: int, weekday: int, n: int, shift: int = 0) -> Holiday:
    return Holiday(month=month, weekday=weekday, nth=n, shift=shift)


@dataclass(frozen=True)
class Language:
    code: str
    months: dict[str, int]  # lower-case form -> 1..12
    weekdays: dict[str, int]  # regex over lower-case text -> 0 (Monday)..6
    relative_days: dict[str, int] = field(default_factory=dict)  # "yesterday" -> -1
    next_words: tuple[str, ...] = ()  # a weekday with one of these before or after it is the coming one
    night_before: str | None = None  # regex: "the night before <weekday or date>" (in der Nacht zum)
    day_first: bool = True  # 3/5/2023 is 3 May
    year_words: str = ""  # regex of words that may follow a year ("года", "yılı")
    # Tense: the nearest cue before a weekday or a month-day in its clause (else the first after it)
    # says whether it is ahead of the publication or behind it.
    future_cues: str = ""  # "will", "wird", "будет"
    past_cues: str = ""  # "said", "was"
    weak_past_cues: str = ""  # "-ed": past unless a cue above says otherwise ("should be completed")
    numbers: dict[str, int] = field(default_factory=dict)  # number words: "zwei" -> 2, "einer" -> 1
    units: dict[str, str] = field(default_factory=dict)  # regex of a unit's forms -> day, week, month, year, decade
    one_unit: dict[str, str] = field(default_factory=dict)  # forms that mean one unit alone ("неделю")
    ago: tuple[str, ...] = ()  # regex templates with {q}: "vor {q}" (before the publication)
    ahead: tuple[str, ...] = ()  # "через {q}" (after the publication)
    later: dict[str, int] = field(default_factory=dict)  # "{q} später" -> 1: after (-1 before) the date before
    periods: dict[str, tuple[str, int | str]] = field(default_factory=dict)  # "на прошлой неделе" -> (week, -1)
    anaphora: dict[str, int] = field(default_factory=dict)  # "накануне" -> -1: days from the date before
    story_day: tuple[str, ...] = ()  # "later in the day": the day last named, or the publication (market reports)
    holidays: dict[str, Holiday] = field(default_factory=dict)  # case-sensitive regex -> the day
    years: str = ""  # regex with {year}: a year alone ("в {year} году", "in {year}")


def _cldr_months(locale: str, *extra: str) -> dict[str, int]:
    """CLDR's wide month names (format and stand-alone), and ``extra``: twelve '|'-separated groups."""
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for i, name in get_month_names("wide", context, locale).items():
            months.setdefault(name.lower(), i)
    for i, group in enumerate(extra):
        for form in filter(None, group.split("|")):
            months.setdefault(form, i + 1)
    return months


def _numbers(*groups: str) -> dict[str, int]:
    """Number words: ``groups`` are '|'-separated forms of one, two, three..."""
    return {form: i + 1 for i, group in enumerate(groups) for form in group.split("|")}


def _weekdays(*stems: str) -> dict[str, int]:
    return {stem: i for i, stem in enumerate(stems)}


_DAY, _WEEK, _MONTH, _YEAR, _DECADE = "day", "week", "month", "year", "decade"
_END = r"(?=\s*(?:[,.;:!?)»”\"]|$))"  # the phrase ends a clause ("two days before.", not "before the vote")

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in [
        Language(
            "en",
            _cldr_months("en", "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sept|sep", "oct", "nov", "dec"),
            _weekdays("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            {
                "yesterday": -1,
                "last night": -1,
                "today": 0,
                "tonight": 0,
                "this morning": 0,
                "tomorrow": 1,
                "the day before yesterday": -2,
                "the day after tomorrow": 2,
                "day after tomorrow": 2,
            },
            ("next",),
            day_first=False,
            future_cues=(
                r"\b(?:will|shall|won['’]t|set\s+to|(?:is|are)\s+due|due(?=\s+$)|expected\s+(?:to|on)|scheduled|slated|"
                r"plans?\s+to|planning\s+to|planned\s+for|(?:is|are)\s+to|going\s+to|ahead\s+of|in\s+time\s+for|"
                r"upcoming|until|till|by(?=\s+$)|postponed|deadline|should|could|might|must)\b|['’]ll\b"
            ),
            past_cues=(
                r"\b(?:said|told|was|were|had|did|ago|since|began|came|went|made|held|met|won|lost|fell|rose|hit|"
                r"struck|took|left|saw|became|gave|got|sold|bought|led|paid|ran|spoke|wrote|broke|brought|found|"
                r"kept|sent|spent|stood|thought|knew|grew|flew|shot|fought|caught|sought|sank|quit)\b"
            ),
            weak_past_cues=(
                r"\b(?=\w{2,}ed\b)(?!(?:scheduled|expected|planned|slated|postponed|delayed|proposed|needed|intended|"
                r"aimed|called)\b)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )\w+"
            ),
            numbers=_numbers(
                "a|an|one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
            )
            | {"fifteen": 15, "twenty": 20},
            units={r"days?": _DAY, r"weeks?": _WEEK, r"months?": _MONTH, r"years?": _YEAR, r"decades?": _DECADE},
            ago=(r"{q}\s+ago",),
            ahead=(r"{q}\s+from\s+now", r"in\s+{q}(?:['’]s?)?\s+time"),
            later={
                r"{q}\s+(?:later|afterwards?|after" + _END + ")": 1,
                r"{q}\s+(?:earlier|before" + _END + "|prior" + _END + ")": -1,
            },
            periods={
                r"(?:late\s+)?last\s+week": (_WEEK, -1),
                r"this\s+week": (_WEEK, 0),
                r"(?:early\s+)?next\s+week": (_WEEK, 1),
                r"earlier\s+this\s+week": (_WEEK, "earlier"),
                r"later\s+this\s+week": (_WEEK, "later"),
                r"last\s+month": (_MONTH, -1),
                r"this\s+month": (_MONTH, 0),
                r"next\s+month": (_MONTH, 1),
                r"earlier\s+this\s+month": (_MONTH, "earlier"),
                r"later\s+this\s+month": (_MONTH, "later"),
                r"last\s+year": (_YEAR, -1),
                r"this\s+year": (_YEAR, 0),
                r"next\s+year": (_YEAR, 1),
                r"earlier\s+this\s+year": (_YEAR, "earlier"),
                r"later\s+this\s+year": (_YEAR, "later"),
                r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?(?:year[-\s]end|end\s+of\s+(?:the|this)\s+year)": (
                    _YEAR,
                    "end",
                ),
                r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+month": (_MONTH, "end"),
                r"(?:by\s+|at\s+|before\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week": (_WEEK, "end"),
                r"(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:last|the\s+previous)\s+year": (_YEAR, "end-1"),
                r"(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+next\s+year": (_YEAR, "end+1"),
            },
            anaphora={
                r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)": 1,
                r"(?:a|one)\s+day\s+later": 1,
                r"the\s+day\s+after" + _END: 1,
                r"the\s+(?:previous|prior)\s+(?:day|morning|afternoon|evening|night)": -1,
                r"the\s+(?:day|night|evening)\s+before" + _END: -1,
                r"(?:a|one)\s+day\s+(?:earlier|before" + _END + ")": -1,
                r"(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)": 0,
                r"(?:later|earlier)\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)": 0,
                r"that\s+same\s+day": 0,
            },
            story_day=(
                r"(?:later|earlier|late|early)\s+in\s+the\s+day",
                r"(?:for|over)\s+the\s+day" + _END,
                r"(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing|start|"
                r"starts|started|starting)\s+the\s+day",
            ),
            holidays={
                r"Christmas\s+Eve": fixed(12, 24),
                r"Christmas\s+Day": fixed(12, 25),
                r"(?:(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|"
                r"(?<=\bsince )|(?<=\bover )|(?<=\bfor )|(?<=\bduring ))Christmas(?!\s+(?:Eve|Day|season|holidays?|"
                r"period|shopping|break|week|tree|market|lights|card|message|address|truce|ceasefire|Island))": fixed(
                    12, 25
                ),
                r"Orthodox\s+Christmas(?:\s+Day)?": fixed(1, 7),
                r"Boxing\s+Day": fixed(12, 26),
                r"New\s+Year['’]s\s+Eve": fixed(12, 31),
                r"New\s+Year['’]s(?:\s+Day)?": fixed(1, 1),
                r"Thanksgiving(?:\s+Day)?(?!\s+(?:weekend|holiday|week|season|break|period|travel))": nth(11, 3, 4),
                r"Black\s+Friday": nth(11, 3, 4, shift=1),
                r"Cyber\s+Monday": nth(11, 3, 4, shift=4),
                r"Memorial\s+Day(?!\s+weekend)": nth(5, 0, -1),
                r"Labor\s+Day(?!\s+weekend)": nth(9, 0, 1),
                r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day": nth(1, 0, 3),
                r"Presidents['’]?\s+Day": nth(2, 0, 3),
                r"(?:Russia['’]s\s+)?Victory\s+Day": fixed(5, 9),
                r"V-?E\s+Day": fixed(5, 8),
                r"(?:Ukraine['’]s|Ukrainian)\s+Independence\s+Day": fixed(8, 24),
                r"Fourth\s+of\s+July": fixed(7, 4),
                r"Russia\s+Day": fixed(6, 12),
                r"(?:National\s+)?Unity\s+Day": fixed(11, 4),
                r"Defender\s+of\s+the\s+Fatherland\s+Day": fixed(2, 23),
                r"(?:International\s+)?Women['’]s\s+Day": fixed(3, 8),
                r"Valentine['’]s\s+Day": fixed(2, 14),
                r"(?:(?<=\bon )|(?<=\bat )|(?<=\bfor )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|"
                r"(?<=\bsince ))Halloween": fixed(10, 31),
                r"(?:Armistice|Remembrance|Veterans['’]?)\s+Day": fixed(11, 11),
                r"Bastille\s+Day": fixed(7, 14),
                r"Orthodox\s+Easter(?:\s+Sunday)?": easter(0, "orthodox"),
                r"Easter\s+Sunday": easter(0),
                r"Easter\s+Monday": easter(1),
                r"Good\s+Friday": easter(-2),
                r"(?:(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|"
                r"(?<=\bsince )|(?<=\bover ))Easter(?!\s+(?:Sunday|Monday|weekend|"
                r"holidays?|break|week|period|egg|Island|truce|ceasefire))": easter(0),
            },
            # a year after a preposition ("in 2007", "mid-2011", "from 2009 to 2011"), tested behind the year so
            # that the search skips to the digits; or "the 2014 annexation"
            years=(
                r"(?P<core>{year})(?:"
                r"(?<=\bin \d{4})|(?<=\bsince \d{4})|(?<=\bby \d{4})|(?<=\buntil \d{4})|(?<=\btill \d{4})|"
                r"(?<=\bbefore \d{4})|(?<=\bafter \d{4})|(?<=\bfrom \d{4})|(?<=\bbetween \d{4})|"
                r"(?<=\bthrough \d{4})|(?<=\bduring \d{4})|(?<=\bof \d{4})|(?<=\bearly \d{4})|(?<=\blate \d{4})|"
                r"(?<=\bmid \d{4})|(?<=\baround \d{4})|(?<=\bthroughout \d{4})|(?<=\bfiscal \d{4})|"
                r"(?<=\bthe end of \d{4})|(?<=\bthe start of \d{4})|(?<=\bmid-\d{4})|(?<=\d{4} to \d{4})|"
                r"(?<=\d{4} and \d{4})|(?<=\d{4}-\d{4})|(?<=\d{4}–\d{4})|"
                r"(?<=\bthe \d{4})(?=\s+(?:election|elections|season|model|version|settlement|agreement|accord|"
                r"budget|law|war|attacks?|crisis|games|olympics|world\s+cup|campaign|edition|census|summit|invasion|"
                r"annexation|revolution|coup|uprising|referendum|earthquake|tsunami|floods?|fire|protests|ceasefire|"
                r"deal|treaty|report|quarter|fiscal\s+year|financial\s+year|model\s+year)\b))"
                r"(?![\w%]|[.,:/]\d|\s*(?:%|per\s*cent|percent|people|points|troops|km|miles|tonnes|tons|votes))"
            ),
        ),
        Language(
            "ru",
            _cldr_months("ru"),
            _weekdays(
                r"понедельник[аеу]?",
                r"вторник[аеу]?",
                r"сред[аыуе]",
                r"четверг[аеу]?",
                r"пятниц[аыуе]",
                r"суббот[аыуе]",
                r"воскресень[еяю]",
            ),
            {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2},
            ("следующ", "ближайш", "предстоящ"),
            night_before=r"(?:в|на)\s+ночь\s+на",
            year_words=r"\s*(?:года|г\.)",
            future_cues=r"(?<!\w)(?:будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру\w+|намерен\w*|"
            r"собира\w+|предстоящ\w*|начн[её]тся|откро\w+ся)(?!\w)",
            past_cues=r"(?<!\w)(?:прошл\w+|минувш\w+)(?!\w)",
            numbers=_numbers(
                "один|одну|одного",
                "два|две|двух",
                "три|трех|трёх",
                "четыре",
                "пять",
                "шесть",
                "семь",
                "восемь",
                "девять",
                "десять",
            ),
            units={
                r"дн(?:я|ей)|день|сутки|суток": _DAY,
                r"недел[юиья]|недель": _WEEK,
                r"месяц(?:а|ев)?": _MONTH,
                r"год(?:а)?|лет": _YEAR,
            },
            one_unit={r"сутки": _DAY, r"неделю": _WEEK, r"месяц": _MONTH, r"год": _YEAR},
            ago=(r"{q}\s+(?:тому\s+)?назад",),
            ahead=(r"через\s+{q}",),
            later={r"спустя\s+{q}": 1, r"{q}\s+спустя": 1},
            periods={
                r"на\s+(?:прошлой|минувшей)\s+неделе": (_WEEK, -1),
                r"на\s+этой\s+неделе": (_WEEK, 0),
                r"на\s+(?:следующей|будущей)\s+неделе": (_WEEK, 1),
                r"в\s+(?:прошлом|минувшем)\s+месяце": (_MONTH, -1),
                r"в\s+этом\s+месяце": (_MONTH, 0),
                r"в\s+следующем\s+месяце": (_MONTH, 1),
                r"в\s+(?:прошлом|минувшем)\s+году": (_YEAR, -1),
                r"в\s+этом\s+году": (_YEAR, 0),
                r"в\s+следующем\s+году": (_YEAR, 1),
                r"(?:до\s+|к\s+)?конц[уае]\s+(?:этого\s+|текущего\s+)?года": (_YEAR, "end"),
            },
            anaphora={
                r"накануне(?=\s*(?:[,.;:!?)»”]|$)|\s+(?:вечером|утром|дн[её]м|ночью|поздно|в|во|на|он|она|они|"
                r"было|были|был|была|также|тоже|уже|сообщ\w*|заяв\w*)(?!\w))": -1,
                r"дн[её]м\s+ранее": -1,
                r"за\s+день\s+до\s+этого": -1,
                r"на\s+следующ(?:ий\s+день|ее\s+утро)": 1,
                r"на\s+другой\s+день": 1,
                r"дн[её]м\s+позже": 1,
                r"в\s+тот\s+же\s+день": 0,
            },
            holidays={
                r"Д(?:ень|ня|ню|н[её]м)\s+(?:Великой\s+)?Победы": fixed(5, 9),
                r"Д(?:ень|ня|ню|н[её]м)\s+России": fixed(6, 12),
                r"Д(?:ень|ня|ню|н[её]м)\s+народного\s+единства": fixed(11, 4),
                r"Д(?:ень|ня|ню|н[её]м)\s+защитника\s+Отечества": fixed(2, 23),
                r"Международн\w+\s+женск\w+\s+д(?:ень|ня|ню|н[её]м)": fixed(3, 8),
                r"(?:в\s+)?канун\w*\s+Нового\s+года": fixed(12, 31),
                r"(?<!\w)на\s+Новый\s+год": fixed(1, 1),
                r"Рождеств[оау]\s+Христов[оау]|(?<!\w)(?:на|в)\s+Рождество": fixed(1, 7),
                r"(?<!\w)на\s+Пасху|Пасх(?:а|и|у|е)\s+Христов\w*": easter(0, "orthodox"),
            },
            years=r"(?<![\d.])(?P<core>{year})\s*(?:году|года|г\.)(?!\w)",
        ),
        Language(
            "uk",
            _cldr_months("uk"),
            _weekdays(
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
            numbers=_numbers(
                "один|одну", "два|дві", "три", "чотири", "п'ять|пʼять", "шість", "сім", "вісім", "дев'ять", "десять"
            ),
            units={
                r"д(?:ень|ні|нів|оби|обу)": _DAY,
                r"тиж(?:день|ні|нів|ня)": _WEEK,
                r"місяц(?:ь|і|ів|я)": _MONTH,
                r"р(?:ік|оки|оків|оку)": _YEAR,
            },
            one_unit={r"добу": _DAY, r"тиждень": _WEEK, r"місяць": _MONTH, r"рік": _YEAR},
            ago=(r"{q}\s+тому",),
            ahead=(r"через\s+{q}",),
            later={r"{q}\s+по\s+тому": 1, r"через\s+{q}\s+після\s+цього": 1},
            periods={
                r"(?:на\s+)?минул(?:ого|ому)\s+тижн[яі]": (_WEEK, -1),
                r"(?:на\s+)?ц(?:ього|ьому)\s+тижн[яі]": (_WEEK, 0),
                r"(?:на\s+)?наступн(?:ого|ому)\s+тижн[яі]": (_WEEK, 1),
                r"минулого\s+місяця": (_MONTH, -1),
                r"цього\s+місяця": (_MONTH, 0),
                r"наступного\s+місяця": (_MONTH, 1),
                r"минулого\s+року|торік": (_YEAR, -1),
                r"цього\s+року": (_YEAR, 0),
                r"наступного\s+року": (_YEAR, 1),
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
        ),
        Language(
            "es",
            _cldr_months(
                "es", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre|sept|sep", "oct", "nov", "dic"
            ),
            _weekdays(r"lunes", r"martes", r"mi[ée]rcoles", r"jueves", r"viernes", r"s[áa]bado", r"domingo"),
            {"anteayer": -2, "anoche": -1, "ayer": -1, "hoy": 0, "pasado mañana": 2},
            ("próximo", "proximo", "que viene"),
            future_cues=r"(?<!\w)(?:será|serán|va\s+a|van\s+a|tendrá|tendrán|prevé|previst[oa]s?|está\s+previsto|"
            r"deberá|deberán|celebrará|se\s+celebrará|hasta)(?!\w)"
            r"|(?<!\w)\w{3,}(?:ará|erá|irá|arán|erán|irán)(?!\w)",
            past_cues=r"(?<!\w)(?:pasad[oa]|anterior|había|habían|fue|fueron|dijo|(?:ha|han)\s+\w{2,}(?:ado|ido)|\w{3,}(?:ó|aron|ieron))(?!\w)",
            numbers=_numbers("un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
            | {"quince": 15},
            units={r"d[íi]as?": _DAY, r"semanas?": _WEEK, r"mes(?:es)?": _MONTH, r"años?": _YEAR},
            ago=(r"hace\s+{q}",),
            ahead=(r"dentro\s+de\s+{q}",),
            later={r"{q}\s+(?:después|más\s+tarde)": 1, r"{q}\s+antes" + _END: -1},
            periods={
                r"la\s+semana\s+pasada": (_WEEK, -1),
                r"esta\s+semana": (_WEEK, 0),
                r"la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:que\s+viene|próxima)": (_WEEK, 1),
                r"el\s+mes\s+pasado": (_MONTH, -1),
                r"este\s+mes": (_MONTH, 0),
                r"el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+que\s+viene": (_MONTH, 1),
                r"el\s+año\s+pasado": (_YEAR, -1),
                r"este\s+año": (_YEAR, 0),
                r"el\s+(?:próximo|proximo)\s+año|el\s+año\s+que\s+viene": (_YEAR, 1),
                r"(?:a\s+)?finales\s+de\s+(?:este\s+)?año": (_YEAR, "end"),
            },
            anaphora={
                r"la\s+víspera(?!\s+(?:de|del)\b)": -1,
                r"el\s+día\s+(?:anterior|antes)": -1,
                r"un\s+día\s+antes" + _END: -1,
                r"al\s+día\s+siguiente|el\s+día\s+(?:siguiente|después)": 1,
                r"el\s+mismo\s+día|ese\s+mismo\s+día": 0,
            },
            holidays={
                r"Nochebuena": fixed(12, 24),
                r"(?:el\s+día\s+de\s+)?Navidad(?!es)": fixed(12, 25),
                r"Nochevieja": fixed(12, 31),
                r"(?:el\s+día\s+de\s+)?Año\s+Nuevo": fixed(1, 1),
                r"D[íi]a\s+de\s+la\s+Victoria": fixed(5, 9),
                r"Viernes\s+Santo": easter(-2),
                r"Domingo\s+de\s+(?:Pascua|Resurrección)": easter(0),
            },
            years=r"(?<!\w)(?:en|desde|hasta|a\s+finales\s+de|a\s+principios\s+de)\s+(?:el\s+)?(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "pt",
            _cldr_months("pt", "", "", "marco"),
            _weekdays(
                r"segunda-feira",
                r"terça-feira",
                r"quarta-feira",
                r"quinta-feira",
                r"sexta-feira",
                r"sábado",
                r"domingo",
            ),
            {"anteontem": -2, "ontem": -1, "hoje": 0, "amanhã": 1, "depois de amanhã": 2},
            ("próxim",),
            future_cues=r"(?<!\w)(?:será|serão|vai|vão|deve|deverá|deverão|previst[oa]s?|terá|terão|acontecerá|"
            r"até)(?!\w)"
            r"|(?<!\w)\w{3,}(?:ará|erá|irá|arão|erão|irão)(?!\w)",
            past_cues=r"(?<!\w)(?:passad[oa]|anterior|havia|foi|foram|disse|\w{3,}(?:ou|aram|eram|iram))(?!\w)",
            numbers=_numbers(
                "um|uma", "dois|duas", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"
            )
            | {"quinze": 15},
            units={r"dias?": _DAY, r"semanas?": _WEEK, r"m[êe]s|meses": _MONTH, r"anos?": _YEAR},
            ago=(r"h[áa]\s+{q}", r"{q}\s+atrás"),
            ahead=(r"dentro\s+de\s+{q}", r"daqui\s+a\s+{q}"),
            later={r"{q}\s+(?:depois|mais\s+tarde)": 1, r"{q}\s+antes" + _END: -1},
            periods={
                r"(?:na\s+|a\s+)?semana\s+passada": (_WEEK, -1),
                r"(?:n?esta)\s+semana": (_WEEK, 0),
                r"(?:na\s+)?próxima\s+semana": (_WEEK, 1),
                r"(?:no\s+|o\s+)?mês\s+passado": (_MONTH, -1),
                r"(?:n?este)\s+mês": (_MONTH, 0),
                r"(?:no\s+)?próximo\s+mês": (_MONTH, 1),
                r"(?:no\s+|o\s+)?ano\s+passado": (_YEAR, -1),
                r"(?:n?este)\s+ano": (_YEAR, 0),
                r"(?:no\s+)?próximo\s+ano": (_YEAR, 1),
            },
            anaphora={
                r"na\s+véspera(?!\s+(?:de|da|do|dos|das)\b)": -1,
                r"no\s+dia\s+anterior": -1,
                r"no\s+dia\s+seguinte": 1,
                r"no\s+mesmo\s+dia": 0,
            },
            holidays={
                r"[Vv]éspera\s+de\s+Natal": fixed(12, 24),
                r"\b(?:no|do|dia\s+de)\s+Natal": fixed(12, 25),
                r"\b(?:no|dia\s+de)\s+Ano\s+Novo": fixed(1, 1),
                r"Dia\s+da\s+Vitória": fixed(5, 9),
                r"Sexta-feira\s+Santa": easter(-2),
                r"\b(?:na|[Dd]omingo\s+de)\s+Páscoa": easter(0),
            },
            years=r"(?<!\w)(?:em|desde|até)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "fr",
            _cldr_months("fr", "", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"),
            _weekdays(r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"),
            {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2},
            ("prochain",),
            future_cues=r"(?<!\w)(?:sera|seront|aura\s+lieu|auront\s+lieu|doit|doivent|devrait|devraient|va|vont|"
            r"prévue?s?|se\s+tiendra|se\s+tiendront|jusqu['’]à)(?!\w)"
            r"|(?<!\w)\w{3,}(?:era|eront|ira|iront)(?!\w)",
            past_cues=r"(?<!\w)(?:derni[eè]re?|passée?|précédente?|avait|avaient|était|étaient|fut|furent|(?:a|ont)\s+(?:été|\w{2,}(?:é|ée|és|ées|is|it)))(?!\w)",
            numbers=_numbers("un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
            | {"quinze": 15},
            units={r"jours?": _DAY, r"semaines?": _WEEK, r"mois": _MONTH, r"ans?|années?": _YEAR},
            ago=(r"il\s+y\s*a\s+{q}",),
            ahead=(r"dans\s+{q}",),
            later={r"{q}\s+plus\s+tard": 1, r"{q}\s+(?:plus\s+tôt|auparavant)": -1},
            periods={
                r"la\s+semaine\s+(?:dernière|passée)": (_WEEK, -1),
                r"cette\s+semaine": (_WEEK, 0),
                r"la\s+semaine\s+prochaine": (_WEEK, 1),
                r"le\s+mois\s+(?:dernier|passé)": (_MONTH, -1),
                r"ce\s+mois-ci": (_MONTH, 0),
                r"le\s+mois\s+prochain": (_MONTH, 1),
                r"l['’](?:an|année)\s+(?:dernier|dernière|passé|passée)": (_YEAR, -1),
                r"cette\s+année": (_YEAR, 0),
                r"l['’](?:an|année)\s+prochaine?": (_YEAR, 1),
                r"(?:d['’]ici\s+(?:la\s+)?|à\s+la\s+)?fin\s+(?:de\s+l['’]année|d['’]année)": (_YEAR, "end"),
            },
            anaphora={
                r"l['’]avant-veille(?!\s+(?:de|du|des|d['’]))": -2,
                r"la\s+veille(?!\s+(?:de|du|des|d['’]))": -1,
                r"le\s+lendemain(?!\s+(?:de|du|des|d['’]))": 1,
                r"le\s+surlendemain(?!\s+(?:de|du|des|d['’]))": 2,
                r"le\s+jour\s+même|le\s+même\s+jour|ce\s+jour-là": 0,
            },
            holidays={
                r"(?:la\s+)?veille\s+de\s+Noël|réveillon\s+de\s+Noël": fixed(12, 24),
                r"(?:le\s+jour\s+de\s+|à\s+)Noël": fixed(12, 25),
                r"(?:le\s+)?jour\s+de\s+l['’]An|(?:le\s+)?Nouvel\s+An": fixed(1, 1),
                r"(?:la\s+)?Saint-Sylvestre": fixed(12, 31),
                r"(?:la\s+)?Toussaint": fixed(11, 1),
                r"(?:le\s+)?lundi\s+de\s+Pâques": easter(1),
                r"(?:le\s+)?[Vv]endredi\s+saint": easter(-2),
                r"(?:le\s+jour\s+de\s+|à\s+)Pâques|(?:le\s+)?dimanche\s+de\s+Pâques": easter(0),
            },
            years=r"(?<!\w)(?:en|depuis|jusqu['’]en|début|fin|mi-)\s*(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "it",
            _cldr_months("it"),
            _weekdays(
                r"luned[ìi]", r"marted[ìi]", r"mercoled[ìi]", r"gioved[ìi]", r"venerd[ìi]", r"sabato", r"domenica"
            ),
            {
                "l'altro ieri": -2,
                "l’altro ieri": -2,
                "ieri": -1,
                "oggi": 0,
                "domani": 1,
                "stanotte": 0,
                "dopodomani": 2,
            },
            ("prossim",),
            future_cues=r"(?<!\w)(?:sarà|saranno|si\s+terrà|si\s+terranno|dovrà|dovranno|dovrebbe|previst[oaie]|"
            r"andrà|fino\s+a)(?!\w)"
            r"|(?<!\w)\w{3,}(?:erà|irà|eranno|iranno)(?!\w)",
            past_cues=r"(?<!\w)(?:scors[oa]|passat[oa]|precedente|aveva|avevano|era|erano|fu|(?:ha|hanno|è|sono)\s+(?:stat[oaie]|\w{2,}(?:ato|uto|ito|ata|uta|ita)))(?!\w)",
            numbers=_numbers(
                "un|uno|una|un'", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"
            )
            | {"quindici": 15},
            units={r"giorn[oi]": _DAY, r"settiman[ae]": _WEEK, r"mes[ei]": _MONTH, r"ann[oi]": _YEAR},
            ago=(r"{q}\s+fa",),
            ahead=(r"(?:tra|fra)\s+{q}",),
            later={r"{q}\s+(?:dopo|più\s+tardi)" + _END: 1, r"{q}\s+prima" + _END: -1},
            periods={
                r"la\s+settimana\s+scorsa|la\s+scorsa\s+settimana": (_WEEK, -1),
                r"questa\s+settimana": (_WEEK, 0),
                r"la\s+prossima\s+settimana|la\s+settimana\s+prossima": (_WEEK, 1),
                r"il\s+mese\s+scorso|lo\s+scorso\s+mese": (_MONTH, -1),
                r"questo\s+mese": (_MONTH, 0),
                r"il\s+prossimo\s+mese|il\s+mese\s+prossimo": (_MONTH, 1),
                r"l['’]anno\s+scorso|lo\s+scorso\s+anno": (_YEAR, -1),
                r"quest['’]anno": (_YEAR, 0),
                r"il\s+prossimo\s+anno|l['’]anno\s+prossimo": (_YEAR, 1),
            },
            anaphora={
                r"il\s+giorno\s+(?:prima|precedente)(?!\s+(?:di|del|della|dell['’]))": -1,
                r"la\s+vigilia(?!\s+(?:di|del|della|dell['’]))": -1,
                r"il\s+giorno\s+(?:dopo|seguente|successivo)(?!\s+(?:il|la|lo|l['’]|di|del|della))": 1,
                r"l['’]indomani(?!\s+(?:di|del|della|dell['’]))": 1,
                r"lo\s+stesso\s+giorno": 0,
            },
            holidays={
                r"(?:la\s+)?[Vv]igilia\s+di\s+Natale": fixed(12, 24),
                r"\ba\s+Natale|(?:il\s+)?giorno\s+di\s+Natale": fixed(12, 25),
                r"Capodanno": fixed(1, 1),
                r"San\s+Silvestro": fixed(12, 31),
                r"(?:la\s+)?Festa\s+della\s+Liberazione": fixed(4, 25),
                r"(?:la\s+)?Festa\s+della\s+Repubblica": fixed(6, 2),
                r"(?:il\s+)?Giorno\s+della\s+Vittoria": fixed(5, 9),
                r"Venerd[ìi]\s+Santo": easter(-2),
                r"Pasquetta|[Ll]uned[ìi]\s+dell['’]Angelo": easter(1),
                r"\ba\s+Pasqua|(?:la\s+)?domenica\s+di\s+Pasqua": easter(0),
            },
            years=r"(?<!\w)(?:nel|dal|entro\s+il|fino\s+al)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "de",
            _cldr_months("de", "jänner|jan", "feb", "maerz", "apr", "", "", "", "aug", "sept|sep", "okt", "nov", "dez"),
            _weekdays(r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag|sonnabend", r"sonntag"),
            {"vorgestern": -2, "gestern": -1, "heute": 0, "übermorgen": 2},
            ("kommend", "nächst", "naechst"),
            night_before=r"in\s+der\s+nacht\s+(?:zum|zu|auf\s+den)",
            future_cues=r"(?<!\w)(?:wird|werden|soll|sollen|will|wollen|geplant|plant|planen|bevorstehend\w*|"
            r"bis\s+zum|bis)(?!\w)",
            past_cues=r"(?<!\w)(?:vergangenen?|letzten?|vorigen?|hatte|hatten|war|waren|wurde|wurden|sagte|erklärte)(?!\w)",
            numbers=_numbers(
                "ein|eine|einer|einem|einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"
            ),
            units={r"tag(?:e|en)?": _DAY, r"wochen?": _WEEK, r"monat(?:e|en)?": _MONTH, r"jahr(?:e|en)?": _YEAR},
            ago=(r"vor\s+{q}",),
            ahead=(r"in\s+{q}",),
            later={r"{q}\s+(?:später|danach|darauf)": 1, r"{q}\s+(?:früher|zuvor|vorher)": -1},
            periods={
                r"(?:in\s+der\s+)?(?:vergangenen?|letzten?|vorigen?)\s+woche": (_WEEK, -1),
                r"(?:diese|in\s+dieser)\s+woche": (_WEEK, 0),
                r"(?:in\s+der\s+)?(?:nächsten?|kommenden?)\s+woche": (_WEEK, 1),
                r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+monat": (_MONTH, -1),
                r"(?:diesen|in\s+diesem)\s+monat": (_MONTH, 0),
                r"(?:im\s+)?(?:nächsten|kommenden)\s+monat": (_MONTH, 1),
                r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+jahr|(?:vergangenes|letztes|voriges)\s+jahr|im\s+vorjahr": (
                    _YEAR,
                    -1,
                ),
                r"(?:dieses|in\s+diesem)\s+jahr": (_YEAR, 0),
                r"(?:im\s+)?(?:nächsten|kommenden)\s+jahr|(?:nächstes|kommendes)\s+jahr": (_YEAR, 1),
                r"(?:bis\s+)?(?:zum\s+)?(?:jahresende|ende\s+des\s+jahres)": (_YEAR, "end"),
            },
            anaphora={
                r"am\s+vortag|tags\s+zuvor|einen\s+tag\s+(?:zuvor|vorher|früher)": -1,
                r"am\s+(?:nächsten|folgenden)\s+(?:tag|morgen)|am\s+folgetag|tags\s+darauf|einen\s+tag\s+später": 1,
                r"am\s+(?:selben|gleichen)\s+tag": 0,
            },
            holidays={
                r"Heiligabend|Heiligen\s+Abend": fixed(12, 24),
                r"(?:(?:ersten?|1\.)\s+)?Weihnachts(?:feier)?tag|\b(?:an|zu)\s+Weihnachten": fixed(12, 25),
                r"Silvester": fixed(12, 31),
                r"Neujahr(?:stag)?": fixed(1, 1),
                r"Tag\s+der\s+(?:Deutschen\s+)?Einheit": fixed(10, 3),
                r"Tag\s+der\s+Befreiung": fixed(5, 8),
                r"Tag\s+des\s+Sieges|Siegestag": fixed(5, 9),
                r"Karfreitag": easter(-2),
                r"Ostermontag": easter(1),
                r"Ostersonntag|\b(?:an|zu)\s+Ostern": easter(0),
                r"Pfingstsonntag": easter(49),
                r"Pfingstmontag": easter(50),
            },
            years=r"(?<!\w)(?:im\s+jahre?|seit|bis|anfang|ende|mitte)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "pl",
            _cldr_months("pl"),
            _weekdays(
                r"poniedziałek|poniedziałku",
                r"wtorek|wtorku",
                r"środ[aęy]",
                r"czwartek|czwartku",
                r"piąt(?:ek|ku)",
                r"sobot[aęy]",
                r"niedziel[aęi]",
            ),
            {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2},
            ("przyszł", "następn"),
            night_before=r"w\s+nocy\s+z\s+\w+\s+na",
            future_cues=r"(?<!\w)(?:będzie|będą|odbędzie\s+się|odbędą\s+się|ma\s+się|mają\s+się|planuje\w*|"
            r"zaplanowan\w*|do)(?!\w)",
            past_cues=r"(?<!\w)(?:zeszł\w+|ubiegł\w+|ostatni\w*)(?!\w)",
            numbers=_numbers(
                "jeden|jedną|jednego",
                "dwa|dwie|dwóch",
                "trzy",
                "cztery",
                "pięć",
                "sześć",
                "siedem",
                "osiem",
                "dziewięć",
                "dziesięć",
            ),
            units={
                r"dzień|dni|dnia": _DAY,
                r"tydzień|tygodni(?:e|a)?": _WEEK,
                r"miesiąc(?:e|a)?|miesięcy": _MONTH,
                r"rok(?:u)?|lata|lat": _YEAR,
            },
            one_unit={r"tydzień": _WEEK, r"miesiąc": _MONTH, r"rok": _YEAR},
            ago=(r"{q}\s+temu",),
            ahead=(r"za\s+{q}",),
            later={r"{q}\s+później": 1, r"{q}\s+wcześniej": -1},
            periods={
                r"w\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\s+tygodniu": (_WEEK, -1),
                r"w\s+tym\s+tygodniu": (_WEEK, 0),
                r"w\s+(?:przyszłym|następnym)\s+tygodniu": (_WEEK, 1),
                r"w\s+(?:zeszłym|ubiegłym|minionym)\s+miesiącu": (_MONTH, -1),
                r"w\s+tym\s+miesiącu": (_MONTH, 0),
                r"w\s+(?:przyszłym|następnym)\s+miesiącu": (_MONTH, 1),
                r"w\s+(?:zeszłym|ubiegłym|minionym)\s+roku": (_YEAR, -1),
                r"w\s+tym\s+roku": (_YEAR, 0),
                r"w\s+(?:przyszłym|następnym)\s+roku": (_YEAR, 1),
            },
            anaphora={
                r"dzień\s+wcześniej|poprzedniego\s+dnia|dzień\s+przed\s+tym": -1,
                r"dzień\s+później|następnego\s+dnia|nazajutrz": 1,
                r"tego\s+samego\s+dnia": 0,
            },
            holidays={
                r"Wigili[aięą]": fixed(12, 24),
                r"Boże(?:go)?\s+Narodzeni[ae]": fixed(12, 25),
                r"Nowy\s+Rok|Nowego\s+Roku": fixed(1, 1),
                r"Sylwester\w*": fixed(12, 31),
                r"Dzie[ńn]\s+Zwycięstwa|Dnia\s+Zwycięstwa": fixed(5, 9),
                r"Święt\w+\s+Niepodległości": fixed(11, 11),
                r"Wielk\w+\s+Piąt\w+": easter(-2),
                r"Wielkanoc\w*": easter(0),
            },
            years=r"(?<![\d.])(?P<core>{year})\s*(?:roku|r\.)(?!\w)",
        ),
        Language(
            "tr",
            _cldr_months("tr"),
            _weekdays(
                r"pazartesi", r"salı", r"çarşamba", r"perşembe", r"cuma(?!rtesi)", r"cumartesi", r"pazar(?!tesi)"
            ),
            {"dün": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2, "öbür gün": 2},
            ("gelecek", "önümüzdeki"),
            year_words=r"(?:\s*yılı)?",
            future_cues=r"(?<!\w)(?:\w+(?:ecek|acak)\w*|planlan\w+|bekleniyor)(?!\w)",
            past_cues=r"(?<!\w)(?:geçen|geçtiğimiz)(?!\w)",
            numbers=_numbers("bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on")
            | {"on beş": 15},
            units={r"gün": _DAY, r"hafta": _WEEK, r"ay": _MONTH, r"yıl|sene": _YEAR},
            ago=(r"{q}\s+önce",),
            ahead=(r"{q}\s+(?:içinde|içerisinde)",),
            later={r"{q}\s+sonra": 1},
            periods={
                r"geçen\s+hafta\w*": (_WEEK, -1),
                r"bu\s+hafta\w*": (_WEEK, 0),
                r"(?:gelecek|önümüzdeki)\s+hafta\w*|haftaya": (_WEEK, 1),
                r"geçen\s+ay\w*": (_MONTH, -1),
                r"bu\s+ay\w*": (_MONTH, 0),
                r"(?:gelecek|önümüzdeki)\s+ay\w*": (_MONTH, 1),
                r"geçen\s+(?:yıl|sene)\w*": (_YEAR, -1),
                r"bu\s+(?:yıl|sene)\w*": (_YEAR, 0),
                r"(?:gelecek|önümüzdeki)\s+(?:yıl|sene)\w*": (_YEAR, 1),
            },
            anaphora={r"ertesi\s+gün\w*": 1, r"aynı\s+gün\w*": 0},
            holidays={
                r"Zafer\s+Bayram\w*": fixed(8, 30),
                r"Cumhuriyet\s+Bayram\w*": fixed(10, 29),
                r"Yılbaşı\s+gecesi\w*": fixed(12, 31),
                r"Noel\w*": fixed(12, 25),
                r"Paskalya\w*": easter(0),
            },
            years=r"(?<![\d.])(?P<core>{year})(?:\s*(?:yılı\w*|senesi\w*)|['’](?:de|da|te|ta|den|dan|ten|tan)\b)",
        ),
        Language(
            "id",
            _cldr_months("id", "jan", "feb", "mar", "apr", "", "jun", "jul", "agu|agt", "sep", "okt", "nov", "des"),
            _weekdays(
                r"senin",
                r"selasa",
                r"rabu",
                r"kamis",
                r"jum['’]?at",
                r"sabtu",
                r"minggu(?!\s+(?:lalu|depan|ini|ke|pertama|kedua|terakhir))",
            ),
            {"kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2},
            ("depan",),
            future_cues=r"(?<!\w)(?:akan|direncanakan|dijadwalkan|rencananya|hingga)(?!\w)",
            past_cues=r"(?<!\w)(?:lalu|kemarin)(?!\w)",
            numbers=_numbers("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"),
            units={r"hari": _DAY, r"minggu|pekan": _WEEK, r"bulan|bln": _MONTH, r"tahun|thn": _YEAR},
            one_unit={r"sehari": _DAY, r"seminggu|sepekan": _WEEK, r"sebulan": _MONTH, r"setahun": _YEAR},
            ago=(r"{q}\s+(?:yang\s+)?lalu",),
            ahead=(r"dalam\s+{q}\s+(?:ke\s+depan|mendatang)", r"{q}\s+(?:ke\s+depan|mendatang)"),
            later={r"{q}\s+kemudian": 1, r"{q}\s+sebelumnya": -1},
            periods={
                r"(?:minggu|pekan)\s+lalu": (_WEEK, -1),
                r"(?:minggu|pekan)\s+ini": (_WEEK, 0),
                r"(?:minggu|pekan)\s+depan": (_WEEK, 1),
                r"bulan\s+lalu": (_MONTH, -1),
                r"bulan\s+ini": (_MONTH, 0),
                r"bulan\s+depan": (_MONTH, 1),
                r"tahun\s+lalu": (_YEAR, -1),
                r"tahun\s+ini": (_YEAR, 0),
                r"tahun\s+depan": (_YEAR, 1),
            },
            anaphora={
                r"sehari\s+sebelumnya": -1,
                r"keesokan\s+harinya|hari\s+berikutnya": 1,
                r"(?:pada\s+)?hari\s+yang\s+sama": 0,
            },
            holidays={
                r"Hari\s+Kemerdekaan": fixed(8, 17),
                r"\b[Hh]ari\s+Natal": fixed(12, 25),
                r"\b[Mm]alam\s+Tahun\s+Baru": fixed(12, 31),
                r"Jumat\s+Agung": easter(-2),
                r"\b[Hh]ari\s+Paskah": easter(0),
            },
            years=r"(?<!\w)(?:pada|sejak|tahun)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
        ),
        Language(
            "zh",
            {},  # Chinese dates are written with numbers (5月3日): they have patterns of their own
            {},
            {"前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今日": 0, "今晚": 0, "明天": 1, "后天": 2},
            future_cues=r"将|将会|将于|计划|预计|定于|拟于|即将",
            numbers=_numbers("一", "两|兩|二", "三", "四", "五", "六", "七", "八", "九", "十"),
            units={r"天": _DAY, r"(?:个|個)?(?:星期|礼拜|禮拜)|周|週": _WEEK, r"(?:个|個)月": _MONTH, r"年": _YEAR},
            ago=(r"{q}\s*(?:以前|之前|前)",),
            later={r"{q}\s*(?:以后|之后|后|後)": 1},
            periods={
                r"上(?:个|個)?(?:星期|礼拜|禮拜)|上周|上週": (_WEEK, -1),
                r"本周|这周|這週|本週|这(?:个|個)星期|本星期": (_WEEK, 0),
                r"下(?:个|個)?(?:星期|礼拜|禮拜)|下周|下週": (_WEEK, 1),
                r"上(?:个|個)?月": (_MONTH, -1),
                r"本月|这(?:个|個)月": (_MONTH, 0),
                r"下(?:个|個)?月": (_MONTH, 1),
                r"去年": (_YEAR, -1),
                r"今年": (_YEAR, 0),
                r"明年": (_YEAR, 1),
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
        ),
    ]
}

# Languages whose weekday names are written with a capital only at a sentence start:
# their weekdays are matched in any case. English ("may", "sunday") and Turkish and
# Indonesian (capitalised names; "pazar" is also a market, "minggu" a week) are not.
LOWERCASE_WEEKDAYS = {"ru", "uk", "es", "pt", "fr", "it", "pl"}


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
