"""Calendar words of the languages news about an incident appears in.

Shared by clean (to recognise a line that is only a date stamp) and date-parse (to
pin date expressions to the calendar). Plain data: a language is added by adding
its entry to :data:`LANGUAGES`.

Month forms are lower case and include the inflected forms a date takes in that
language ("3 мая", "3 травня"); weekday forms are regular expressions over lower
case text, because Slavic weekdays change their ending ("в среду", "у середу").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

# Chinese, Japanese and Korean characters: scripts written without spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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


def _months(*names: str) -> dict[str, int]:
    """``names`` are twelve '|'-separated groups of forms, January first."""
    return {form: i + 1 for i, group in enumerate(names) for form in group.split("|")}


def _weekdays(*stems: str) -> dict[str, int]:
    return {stem: i for i, stem in enumerate(stems)}


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in [
        Language(
            "en",
            _months(
                "january|jan",
                "february|feb",
                "march|mar",
                "april|apr",
                "may",
                "june|jun",
                "july|jul",
                "august|aug",
                "september|sept|sep",
                "october|oct",
                "november|nov",
                "december|dec",
            ),
            _weekdays("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "tomorrow": 1},
            ("next",),
            day_first=False,
        ),
        Language(
            "ru",
            _months(
                "января|январь",
                "февраля|февраль",
                "марта|март",
                "апреля|апрель",
                "мая|май",
                "июня|июнь",
                "июля|июль",
                "августа|август",
                "сентября|сентябрь",
                "октября|октябрь",
                "ноября|ноябрь",
                "декабря|декабрь",
            ),
            _weekdays(
                r"понедельник[аеу]?",
                r"вторник[аеу]?",
                r"сред[аыуе]",
                r"четверг[аеу]?",
                r"пятниц[аыуе]",
                r"суббот[аыуе]",
                r"воскресень[еяю]",
            ),
            {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1},
            ("следующ", "ближайш", "предстоящ"),
            night_before=r"(?:в|на)\s+ночь\s+на",
            year_words=r"\s*(?:года|г\.)",
        ),
        Language(
            "uk",
            _months(
                "січня|січень",
                "лютого|лютий",
                "березня|березень",
                "квітня|квітень",
                "травня|травень",
                "червня|червень",
                "липня|липень",
                "серпня|серпень",
                "вересня|вересень",
                "жовтня|жовтень",
                "листопада|листопад",
                "грудня|грудень",
            ),
            _weekdays(
                r"понеділ(?:ок|ка|ку)",
                r"вівтор(?:ок|ка|ку)",
                r"серед[аиуі]",
                r"четвер(?:га|гу)?",
                r"п['’ʼ]?ятниц[яіюе]",
                r"субот[аиуі]",
                r"неділ[яіюе]",
            ),
            {"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1},
            ("наступн",),
            night_before=r"(?:в|у)\s+ночі?\s+на|уночі\s+на",
            year_words=r"\s*(?:року|р\.)",
        ),
        Language(
            "es",
            _months(
                "enero|ene",
                "febrero|feb",
                "marzo|mar",
                "abril|abr",
                "mayo|may",
                "junio|jun",
                "julio|jul",
                "agosto|ago",
                "septiembre|setiembre|sept|sep",
                "octubre|oct",
                "noviembre|nov",
                "diciembre|dic",
            ),
            _weekdays(r"lunes", r"martes", r"mi[ée]rcoles", r"jueves", r"viernes", r"s[áa]bado", r"domingo"),
            {"anteayer": -2, "anoche": -1, "ayer": -1, "hoy": 0},
            ("próximo", "proximo", "que viene"),
        ),
        Language(
            "pt",
            _months(
                "janeiro",
                "fevereiro",
                "março|marco",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ),
            _weekdays(
                r"segunda-feira",
                r"terça-feira",
                r"quarta-feira",
                r"quinta-feira",
                r"sexta-feira",
                r"sábado",
                r"domingo",
            ),
            {"anteontem": -2, "ontem": -1, "hoje": 0, "amanhã": 1},
            ("próxim",),
        ),
        Language(
            "fr",
            _months(
                "janvier",
                "février|fevrier",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août|aout",
                "septembre",
                "octobre",
                "novembre",
                "décembre|decembre",
            ),
            _weekdays(r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"),
            {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1},
            ("prochain",),
        ),
        Language(
            "it",
            _months(
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ),
            _weekdays(
                r"luned[ìi]", r"marted[ìi]", r"mercoled[ìi]", r"gioved[ìi]", r"venerd[ìi]", r"sabato", r"domenica"
            ),
            {"ieri": -1, "oggi": 0, "domani": 1, "stanotte": 0},
            ("prossim",),
        ),
        Language(
            "de",
            _months(
                "januar|jänner|jan",
                "februar|feb",
                "märz|maerz",
                "april|apr",
                "mai",
                "juni",
                "juli",
                "august|aug",
                "september|sept|sep",
                "oktober|okt",
                "november|nov",
                "dezember|dez",
            ),
            _weekdays(r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag|sonnabend", r"sonntag"),
            {"vorgestern": -2, "gestern": -1, "heute": 0},
            ("kommend", "nächst", "naechst"),
            night_before=r"in\s+der\s+nacht\s+(?:zum|zu|auf\s+den)",
        ),
        Language(
            "pl",
            _months(
                "stycznia|styczeń",
                "lutego|luty",
                "marca|marzec",
                "kwietnia|kwiecień",
                "maja|maj",
                "czerwca|czerwiec",
                "lipca|lipiec",
                "sierpnia|sierpień",
                "września|wrzesień",
                "października|październik",
                "listopada|listopad",
                "grudnia|grudzień",
            ),
            _weekdays(
                r"poniedziałek|poniedziałku",
                r"wtorek|wtorku",
                r"środ[aęy]",
                r"czwartek|czwartku",
                r"piąt(?:ek|ku)",
                r"sobot[aęy]",
                r"niedziel[aęi]",
            ),
            {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1},
            ("przyszł", "następn"),
            night_before=r"w\s+nocy\s+z\s+\w+\s+na",
        ),
        Language(
            "tr",
            _months(
                "ocak",
                "şubat",
                "mart",
                "nisan",
                "mayıs",
                "haziran",
                "temmuz",
                "ağustos",
                "eylül",
                "ekim",
                "kasım",
                "aralık",
            ),
            _weekdays(
                r"pazartesi", r"salı", r"çarşamba", r"perşembe", r"cuma(?!rtesi)", r"cumartesi", r"pazar(?!tesi)"
            ),
            {"dün": -1, "bugün": 0, "yarın": 1},
            ("gelecek", "önümüzdeki"),
            year_words=r"(?:\s*yılı)?",
        ),
        Language(
            "id",
            _months(
                "januari|jan",
                "februari|feb",
                "maret|mar",
                "april|apr",
                "mei",
                "juni|jun",
                "juli|jul",
                "agustus|agu|agt",
                "september|sep",
                "oktober|okt",
                "november|nov",
                "desember|des",
            ),
            _weekdays(
                r"senin",
                r"selasa",
                r"rabu",
                r"kamis",
                r"jum['’]?at",
                r"sabtu",
                r"minggu(?!\s+(?:lalu|depan|ini|ke|pertama|kedua|terakhir))",
            ),
            {"kemarin": -1, "hari ini": 0, "besok": 1},
            ("depan",),
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
