"""Relative phrases in every language, read through each language's CALENDAR (issue 11).

Short self-written phrases, one shape per test: hours, minutes and seconds; "about"; decimals;
digits glued to their unit; long quantities; and prose that must stay no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirestream.services.enrich.lexicon import language
from wirestream.services.enrich.written_dates.expressions import find_dates

WED = date(2023, 5, 3)


def found(text: str, lang: str, pub: date = WED) -> list[tuple[str, str, str]]:
    return [(d.text, d.start.isoformat(), d.end.isoformat()) for d in find_dates(text, pub, lang)]


# --- hours, minutes, seconds: the day they fall on, the publication's time taken as noon --------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "day"),
    [
        ("en", "The blast came 2 hours ago.", "2 hours ago", "2023-05-03"),
        ("en", "The blast came 30 hours ago.", "30 hours ago", "2023-05-02"),  # noon minus 30 h: the day before
        ("en", "Polls open 20 hours from now.", "20 hours from now", "2023-05-04"),
        ("ru", "Взрыв прогремел 2 часа назад.", "2 часа назад", "2023-05-03"),
        ("ru", "Взрыв прогремел 36 часов назад.", "36 часов назад", "2023-05-02"),
        ("ru", "Взрыв прогремел минуту назад.", "минуту назад", "2023-05-03"),  # a unit form alone: one
        ("uk", "Вибух стався годину тому.", "годину тому", "2023-05-03"),
        ("uk", "Вибух стався 40 годин тому.", "40 годин тому", "2023-05-01"),
        ("de", "Vor 3 Stunden brannte es.", "Vor 3 Stunden", "2023-05-03"),
        ("fr", "Il y a 40 minutes, un drone a frappé.", "Il y a 40 minutes", "2023-05-03"),
        ("es", "Hace 5 horas hubo un ataque.", "Hace 5 horas", "2023-05-03"),
        ("pt", "Há 2 horas houve um ataque.", "Há 2 horas", "2023-05-03"),
        ("it", "Tre ore fa è esploso un deposito.", "Tre ore fa", "2023-05-03"),
        ("pl", "Atak nastąpił 15 minut temu.", "15 minut temu", "2023-05-03"),
        ("pl", "Wyniki będą za 30 godzin.", "za 30 godzin", "2023-05-04"),
        ("tr", "Saldırı 3 saat önce oldu.", "3 saat önce", "2023-05-03"),
        ("id", "Ledakan terjadi 3 jam lalu.", "3 jam lalu", "2023-05-03"),
        ("zh", "3小时前发生了爆炸。", "3小时前", "2023-05-03"),
        ("zh", "30分钟前发生了爆炸。", "30分钟前", "2023-05-03"),
        ("nl", "De aanval was 3 uur geleden.", "3 uur geleden", "2023-05-03"),
    ],
)
def test_hours_minutes_and_seconds_name_the_day_they_fall_on(lang, text, phrase, day):
    assert found(text, lang) == [(phrase, day, day)]


def test_hours_later_count_from_the_date_before():
    assert found("Drones hit Moscow on May 1. Four hours later the airport closed.", "en") == [
        ("May 1", "2023-05-01", "2023-05-01"),
        ("Four hours later", "2023-05-01", "2023-05-01"),
    ]
    assert found("Saldırı 1 Mayıs'ta oldu, 20 saat sonra liman kapandı.", "tr")[-1] == (
        "20 saat sonra",
        "2023-05-02",
        "2023-05-02",
    )


# --- approximate quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "day"),
    [
        ("en", "It ended about three weeks ago.", "about three weeks ago", "2023-04-12"),
        ("de", "Vor etwa zwei Wochen gab es Explosionen.", "Vor etwa zwei Wochen", "2023-04-19"),
        ("ru", "Это было около трёх недель назад.", "около трёх недель назад", "2023-04-12"),
        ("fr", "Il y a environ trois semaines, Kiev a démenti.", "Il y a environ trois semaines", "2023-04-12"),
        ("es", "Hace cerca de dos semanas hubo ataques.", "Hace cerca de dos semanas", "2023-04-19"),
        ("it", "Circa due settimane fa ci fu un attacco.", "Circa due settimane fa", "2023-04-19"),
        ("tr", "Yaklaşık iki hafta önce saldırı oldu.", "Yaklaşık iki hafta önce", "2023-04-19"),
        ("zh", "约两周前发生了袭击。", "约两周前", "2023-04-19"),
        ("nl", "Ongeveer twee weken geleden was het stil.", "Ongeveer twee weken geleden", "2023-04-19"),
    ],
)
def test_an_approximate_quantity_is_the_same_phrase(lang, text, phrase, day):
    assert found(text, lang) == [(phrase, day, day)]


# --- decimals, digits glued to their unit, long quantities -------------------------------------------


def test_a_decimal_quantity_counts_in_the_finer_unit():
    # 1.5 days from noon: midnight exactly, counted to the nearer day; 1,5 Jahre: 18 months (a month mention)
    assert found("The talks began on May 1 and ended 1.5 days later.", "en")[-1] == (
        "1.5 days later",
        "2023-05-02",
        "2023-05-02",
    )
    assert found("Vor 1,5 Jahren begann es.", "de") == [("Vor 1,5 Jahren", "2021-11-01", "2021-11-30")]
    assert found("Il y a 2,5 heures, rien.", "fr") == [("Il y a 2,5 heures", "2023-05-03", "2023-05-03")]


def test_digits_may_be_glued_to_their_unit():
    assert found("Vor 48h brannte es.", "de") == [("Vor 48h", "2023-05-01", "2023-05-01")]
    assert found("The post went up 3d ago.", "en") == [("3d ago", "2023-04-30", "2023-04-30")]


def test_a_quantity_of_seven_parts_is_one_phrase():
    text = "To było 1 rok, 2 miesiące, 1 tydzień, 3 dni, 4 godziny, 5 minut i 6 sekund temu."
    assert found(text, "pl") == [
        ("1 rok, 2 miesiące, 1 tydzień, 3 dni, 4 godziny, 5 minut i 6 sekund temu", "2022-02-21", "2022-02-21")
    ]


# --- prose that is no date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Talks ended two days later than planned."),
        ("en", "He tried a second time."),
        ("en", "It was a second earlier attempt."),  # "a second": an ordinal, not a unit
        ("en", "Both sides spoke for 3 hours."),  # a duration, no marker
        ("en", "In an hour-long speech he spoke."),
        ("en", "The 24-hour news cycle moved on."),
        ("en", "Output rose 1.5 times."),
        ("fr", "Dans une seconde phase, rien ne change."),
        ("es", "Un segundo después del gol, nada."),
        ("ru", "Он говорил 2 часа."),
        ("tr", "Toplantı saat 10'da başladı."),
        ("zh", "会议持续了3小时。"),
    ],
)
def test_durations_and_ordinals_are_not_dates(lang, text):
    assert find_dates(text, WED, lang) == []


# --- "in two weeks": a date only in a clause about the future, and not after "the first", "highest" ------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Talks will resume in two weeks.", [("in two weeks", "2023-05-17", "2023-05-17")]),
        ("en", "The plant is scheduled to reopen in three months.", [("in three months", "2023-08-01", "2023-08-31")]),
        ("id", "Pemilu akan digelar dalam dua minggu.", [("dalam dua minggu", "2023-05-17", "2023-05-17")]),
        ("en", "Prices hit their highest level in two years.", []),  # no future: a span
        ("en", "It will be the first meeting in two years.", []),  # future, but "the first ... in": a span
        ("en", "Inflation will reach its highest level in a decade.", []),
        ("en", "He will give an hour-long speech in an hour-long slot.", []),
        ("id", "Ini akan menjadi pertemuan pertama dalam dua tahun.", []),
    ],
)
def test_in_a_quantity_is_ahead_only_in_a_future_clause(lang, text, expected):
    assert found(text, lang) == expected


# --- halves: "полгода", "pół roku", "vor einem halben Jahr"; "полтора года": a year and a half -----------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Полгода назад Кремль молчал.", ("Полгода назад", "2022-11-01", "2022-11-30")),
        ("ru", "Это было полтора года назад.", ("полтора года назад", "2021-11-01", "2021-11-30")),
        ("ru", "Полчаса назад был взрыв.", ("Полчаса назад", "2023-05-03", "2023-05-03")),
        ("uk", "Півроку тому все змінилося.", ("Півроку тому", "2022-11-01", "2022-11-30")),
        ("pl", "Pół roku temu był atak.", ("Pół roku temu", "2022-11-01", "2022-11-30")),
        ("pl", "Półtora roku temu był atak.", ("Półtora roku temu", "2021-11-01", "2021-11-30")),
        ("de", "Vor einem halben Jahr begann es.", ("Vor einem halben Jahr", "2022-11-01", "2022-11-30")),
        ("de", "Vor anderthalb Jahren begann es.", ("Vor anderthalb Jahren", "2021-11-01", "2021-11-30")),
        ("en", "Half a year ago it began.", ("Half a year ago", "2022-11-01", "2022-11-30")),
    ],
)
def test_half_a_unit_and_one_and_a_half(lang, text, expected):
    assert found(text, lang) == [expected]


# --- sub-day offsets ahead: counted from noon, a midnight exactly goes to the nearer day ---------------


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("Polls will close in 2 hours.", "in 2 hours", "2023-05-03"),
        ("Polls will close in 15 hrs.", "in 15 hrs", "2023-05-04"),
        ("Polls will close in 1.5 days.", "in 1.5 days", "2023-05-04"),  # noon + 36 h: the end of May 4
        ("Polls will close 36 hours from now.", "36 hours from now", "2023-05-04"),
        ("Polls will close in 2 mins.", "in 2 mins", "2023-05-03"),
    ],
)
def test_hours_ahead_name_the_day_they_fall_in(text, phrase, day):
    assert found(text, "en") == [(phrase, day, day)]


# --- "in a week" opening its clause, with no tense about it: ahead ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in a week", [("in a week", "2023-05-10", "2023-05-10")]),
        ("en", "In three weeks, the new line opens.", [("In three weeks", "2023-05-24", "2023-05-24")]),
        ("en", "“In a decade, this town is a city.”", [("In a decade", "2033-01-01", "2033-12-31")]),
        ("id", "Dalam 10 hari", [("Dalam 10 hari", "2023-05-13", "2023-05-13")]),
        ("en", "In two years, output rose by half.", []),  # past: a span
        ("en", "Output doubled in two years.", []),
        ("en", "Sales are up in a week of promotions.", []),  # not at the clause's start
    ],
)
def test_in_a_quantity_opening_a_clause_with_no_tense_is_ahead(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will be freed after 4 days.", [("after 4 days", "2023-05-07", "2023-05-07")]),
        ("after 4 days", [("after 4 days", "2023-05-07", "2023-05-07")]),
        ("He was freed after 4 days.", []),
        ("Talks will resume after four days of recess.", []),
        ("It will be the first rise after two years.", []),
    ],
)
def test_after_a_quantity_is_ahead_like_in(text, expected):
    assert found(text, "en") == expected


# --- compound quantities: a plus sign, a comma glued to the next part --------------------------------


def test_compound_quantities_join_by_plus_and_by_a_glued_comma():
    assert found("It will open in 1 decade +2 years.", "en") == [("in 1 decade +2 years", "2035-01-01", "2035-12-31")]
    assert found("It will open in 1 year, 09 months,01 weeks.", "en") == [
        ("in 1 year, 09 months,01 weeks", "2025-02-10", "2025-02-10")
    ]
    assert found("It will open in 1 year, 1 month, 1 week, 1 day, 1 hour and 1 minute.", "en") == [
        ("in 1 year, 1 month, 1 week, 1 day, 1 hour and 1 minute", "2024-06-11", "2024-06-11")
    ]
    assert found("Some 1,000 days ago nothing.", "en") == []  # "000 days ago" is no quantity


# --- issue 11: weeks, months, years ago, and "a year earlier" after a date, in every claimed language -----

_AGO = [
    ("en", "It happened three weeks ago.", "three weeks ago", "2023-04-12", "2023-04-12"),
    ("en", "It happened two months ago.", "two months ago", "2023-03-01", "2023-03-31"),
    ("ru", "Это было пять лет назад.", "пять лет назад", "2018-01-01", "2018-12-31"),
    ("uk", "Це сталося три тижні тому.", "три тижні тому", "2023-04-12", "2023-04-12"),
    ("de", "Das war vor zwei Monaten.", "vor zwei Monaten", "2023-03-01", "2023-03-31"),
    ("fr", "C'était il y a cinq ans.", "il y a cinq ans", "2018-01-01", "2018-12-31"),
    ("fr", "Il y a moins de 3 heures, rien.", "Il y a moins de 3 heures", "2023-05-03", "2023-05-03"),
    ("es", "Ocurrió hace tres semanas.", "hace tres semanas", "2023-04-12", "2023-04-12"),
    ("pt", "Foi há dois meses.", "há dois meses", "2023-03-01", "2023-03-31"),
    ("it", "Era cinque anni fa.", "cinque anni fa", "2018-01-01", "2018-12-31"),
    ("pl", "Stało się to trzy tygodnie temu.", "trzy tygodnie temu", "2023-04-12", "2023-04-12"),
    ("tr", "İki ay önce oldu.", "İki ay önce", "2023-03-01", "2023-03-31"),  # dotted capital İ
    ("id", "Itu lima tahun lalu.", "lima tahun lalu", "2018-01-01", "2018-12-31"),
    ("zh", "三周前发生。", "三周前", "2023-04-12", "2023-04-12"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "start", "end"), _AGO)
def test_weeks_months_years_ago_in_every_language(lang, text, phrase, start, end):
    assert found(text, lang) == [(phrase, start, end)]


_EARLIER = [
    ("en", "On 3 May 2020 it began. A year earlier it was calm.", "A year earlier", "2019"),
    ("ru", "3 мая 2020 года начали. Годом ранее было тихо.", "Годом ранее", "2019"),
    ("ru", "3 мая 2020 года начали. Двумя годами позже всё изменилось.", "Двумя годами позже", "2022"),
    ("uk", "3 травня 2020 року почали. Роком раніше було тихо.", "Роком раніше", "2019"),
    ("de", "Am 3. Mai 2020 begann es. Ein Jahr zuvor war es ruhig.", "Ein Jahr zuvor", "2019"),
    ("fr", "Le 3 mai 2020, tout a commencé. Un an plus tôt, c'était calme.", "Un an plus tôt", "2019"),
    ("es", "El 3 de mayo de 2020 empezó. Un año antes todo estaba en calma.", "Un año antes", "2019"),
    ("pt", "Em 3 de maio de 2020 começou. Um ano antes estava calmo.", "Um ano antes", "2019"),
    ("it", "Il 3 maggio 2020 iniziò. Un anno prima era calmo.", "Un anno prima", "2019"),
    ("pl", "3 maja 2020 r. zaczęło się. Rok wcześniej było spokojnie.", "Rok wcześniej", "2019"),
    ("id", "Pada 3 Mei 2020 dimulai. Setahun sebelumnya tenang.", "Setahun sebelumnya", "2019"),
    ("zh", "2020年5月3日开始。一年后很平静。", "一年后", "2021"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "year"), _EARLIER)
def test_a_year_earlier_counts_from_the_date_before(lang, text, phrase, year):
    assert found(text, lang)[-1] == (phrase, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Мост открыли на год раньше срока."),  # earlier than planned, no date
        ("ru", "С каждым годом всё хуже."),
        ("uk", "Міст відкрили на рік раніше терміну."),
        ("es", "Un año antes de la guerra nada cambió."),  # before the war: not the date before
        ("pt", "Um ano antes da guerra nada mudou."),
        ("it", "Un anno dopo la guerra nulla cambiò."),
        ("it", "Un anno prima delle elezioni nulla cambiò."),
    ],
)
def test_earlier_than_something_else_is_no_date(lang, text):
    assert find_dates(text, WED, lang) == []


# --- German "morgen": tomorrow as written, "Morgen" the morning unless it opens a sentence --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Gipfel beginnt morgen.", [("morgen", "2023-05-04", "2023-05-04")]),
        ("Morgen beginnt der Gipfel.", [("Morgen", "2023-05-04", "2023-05-04")]),
        ("Es regnete. Morgen wird es besser.", [("Morgen", "2023-05-04", "2023-05-04")]),
        ("Am Morgen brannte es.", []),
        ("Guten Morgen, Berlin.", []),
        ("Die Stadt von morgen.", []),
        ("Sie will das lieber heute als morgen.", [("heute", "2023-05-03", "2023-05-03")]),
        ("Er will lieber morgen als übermorgen gehen.", [("übermorgen", "2023-05-05", "2023-05-05")]),
        ("Heute Morgen brannte es.", [("Heute", "2023-05-03", "2023-05-03")]),
    ],
)
def test_german_morgen_is_tomorrow_by_its_case(text, expected):
    assert found(text, "de") == expected


# --- number words past ten: the tens, and a ten with a unit after it ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "year"),
    [
        ("en", "It happened twenty-five years ago.", "twenty-five years ago", "1998"),
        ("en", "It happened a hundred years ago.", "a hundred years ago", "1923"),
        ("ru", "Это было около тридцати лет назад.", "около тридцати лет назад", "1993"),
        ("ru", "Это было двадцать пять лет назад.", "двадцать пять лет назад", "1998"),
        ("uk", "Це було сорок років тому.", "сорок років тому", "1983"),
        ("de", "Das war vor zwanzig Jahren.", "vor zwanzig Jahren", "2003"),
        ("fr", "C'était il y a vingt et un ans.", "il y a vingt et un ans", "2002"),
        ("es", "Fue hace treinta y cinco años.", "hace treinta y cinco años", "1988"),
        ("pt", "Foi há vinte e cinco anos.", "há vinte e cinco anos", "1998"),
        ("it", "Era trenta anni fa.", "trenta anni fa", "1993"),
        ("pl", "To było dwadzieścia pięć lat temu.", "dwadzieścia pięć lat temu", "1998"),
        ("tr", "Yirmi beş yıl önce oldu.", "Yirmi beş yıl önce", "1998"),
        ("id", "Itu dua puluh lima tahun lalu.", "dua puluh lima tahun lalu", "1998"),
    ],
)
def test_tens_and_a_ten_with_a_unit_are_numbers(lang, text, phrase, year):
    assert found(text, lang) == [(phrase, f"{year}-01-01", f"{year}-12-31")]


def test_two_numbers_that_make_no_compound_leave_the_second_alone():
    assert found("It was two and three years ago.", "en") == [("three years ago", "2020-01-01", "2020-12-31")]


# --- "the beginning of the year": its first month, as "the end of the year" is its last -----------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Prices rose since the beginning of the year.",
            [("the beginning of the year", "2023-01-01", "2023-01-31")],
        ),
        ("en", "By the start of this month talks stalled.", [("the start of this month", "2023-05-01", "2023-05-10")]),
        ("en", "At the start of the year 2005 it was calm.", []),  # another year's start: not this one
        ("de", "Seit Jahresbeginn stiegen die Preise.", [("Seit Jahresbeginn", "2023-01-01", "2023-01-31")]),
        ("ru", "В начале этого года было тихо.", [("В начале этого года", "2023-01-01", "2023-01-31")]),
        ("fr", "Depuis le début de l'année, rien.", [("Depuis le début de l'année", "2023-01-01", "2023-01-31")]),
        ("es", "A principios de este año hubo ataques.", [("A principios de este año", "2023-01-01", "2023-01-31")]),
    ],
)
def test_the_beginning_of_the_year_is_its_first_month(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Prices have risen 5% since the start of the year.",
            [("the start of the year", "2023-01-01", "2023-01-31")],
        ),
        (
            "en",
            "The law will take effect at the start of the year.",
            [("at the start of the year", "2024-01-01", "2024-01-31")],
        ),
        ("de", "Seit Jahresbeginn stiegen die Preise.", [("Seit Jahresbeginn", "2023-01-01", "2023-01-31")]),
        ("de", "Zum Jahresbeginn erleben wir eine Katastrophe.", []),  # no tense: this January or the next?
    ],
)
def test_the_beginning_of_the_year_said_late_in_a_year_follows_the_clause(lang, text, expected):
    assert found(text, lang, date(2023, 11, 2)) == expected


def test_a_since_word_of_the_language_makes_the_start_of_the_year_this_january_late_in_a_year():
    # no tense cue in the clause: only the language's ``since`` word ("depuis") says the period looks back
    assert found("Rien de neuf depuis le début de l'année.", "fr", date(2023, 11, 2)) == [
        ("depuis le début de l'année", "2023-01-01", "2023-01-31")
    ]
    assert language("fr").since == ("depuis",) and not language("it").since


def test_the_tens_and_units_of_a_language_are_read_once():
    from dataclasses import replace

    from wirestream.services.enrich.written_dates.expressions import _tens_and_ones

    english = language("en")
    tens, ones = _tens_and_ones(english)
    assert tens["twenty"] == 20 and ones["five"] == 5 and "twelve" not in tens | ones
    assert _tens_and_ones(english)[0] is tens  # the same tables, not rebuilt for each number
    other = replace(english, numbers={"zwanzig": 20, "eins": 1})
    assert _tens_and_ones(other) == ({"zwanzig": 20}, {"eins": 1})  # another calendar under the code: its own


# --- "later" needs a date before it -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Brücke wurde nie gebaut. Hundert Jahre später ist alles anders."),
        ("en", "The mill burned down. A hundred years later, a museum stands there."),
        ("en", "He was arrested, and two days later he was released."),
        ("fr", "L'usine a fermé. Dix ans plus tard, le quartier a changé."),
    ],
)
def test_a_later_with_no_date_before_is_no_date(lang, text):
    assert found(text, lang) == []


def test_a_later_counts_from_the_date_before_it():
    assert found("Die Brücke wurde im Jahr 1916 gebaut. Hundert Jahre später ist alles anders.", "de")[-1] == (
        "Hundert Jahre später",
        "2016-01-01",
        "2016-12-31",
    )


def test_a_later_in_a_future_clause_counts_from_the_publication():
    assert found("Two weeks later, the new rules will apply.", "en") == [
        ("Two weeks later", "2023-05-17", "2023-05-17")
    ]


def test_a_later_that_also_says_in_counts_from_the_publication():
    assert found("Seçim 3 gün sonra yapılacak.", "tr") == [("3 gün sonra", "2023-05-06", "2023-05-06")]


def test_an_earlier_with_no_date_before_counts_from_the_publication():
    assert found("Two years earlier, the plant had closed.", "en") == [
        ("Two years earlier", "2021-01-01", "2021-12-31")
    ]
