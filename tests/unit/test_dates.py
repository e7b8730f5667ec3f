"""date-parse: publication dates from trusted hints, text dates pinned relative to them."""

from __future__ import annotations

from datetime import date

import pytest

from services.enrich.dates.logic import find_dates, nearest_year, parse_publication, resolve_weekday, stamp_day
from wirestream.contracts import DateHint

WED = date(2023, 5, 3)  # the day after the night of the attack
SAT = date(2023, 5, 6)


def day_of(text: str, pub: date | None) -> list[tuple[str, str]]:
    return [(d.text, d.value.isoformat()) for d in find_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Ukraine attacked Tuesday night via drones.", WED, [("Tuesday night", "2023-05-02")]),
        ("Kirby told reporters on Thursday.", SAT, [("on Thursday", "2023-05-04")]),
        ("Putin was seen on Wednesday.", WED, [("on Wednesday", "2023-05-03")]),
        ("He will fly out next Monday.", WED, [("next Monday", "2023-05-08")]),
        ("It happened last Wednesday.", WED, [("last Wednesday", "2023-04-26")]),
        ("on the eve of Victory Day, the May 9 Parade", WED, [("May 9", "2023-05-09")]),
        ("Officials said yesterday and again today.", WED, [("yesterday", "2023-05-02"), ("today", "2023-05-03")]),
        ("The refinery burned 3 days ago.", SAT, [("3 days ago", "2023-05-03")]),
        (
            "The report of 3 May 2023 and May 4, 2023.",
            None,
            [("3 May 2023", "2023-05-03"), ("May 4, 2023", "2023-05-04")],
        ),
        ("Filed 2023-05-03.", None, [("2023-05-03", "2023-05-03")]),
    ],
)
def test_expressions_resolve_to_the_right_day(text, pub, expected):
    assert day_of(text, pub) == expected


def test_ranges_carry_start_and_end():
    (week,) = find_dates("Russia accused Ukraine earlier this week.", SAT)
    assert (week.granularity, week.start, week.end) == ("range", date(2023, 5, 1), date(2023, 5, 5))
    (few,) = find_dates("A few days ago, a refinery was hit.", SAT)
    assert (few.granularity, few.start, few.end) == ("range", date(2023, 5, 1), date(2023, 5, 4))
    (last,) = find_dates("Talks failed last week.", WED)
    assert (last.granularity, last.start, last.end) == ("week", date(2023, 4, 24), date(2023, 4, 30))
    (month,) = find_dates("in May 2023", None)
    assert (month.granularity, month.start, month.end) == ("month", date(2023, 5, 1), date(2023, 5, 31))


def test_no_dates_invented_from_ordinary_words():
    text = "We may know more now. It may be the second attack. Officials said it was a must-see. May I ask?"
    assert find_dates(text, WED) == []


def test_relative_expressions_need_a_publication_date():
    assert find_dates("It happened on Tuesday, a few days ago.", None) == []


def test_year_rollover_picks_the_nearest_year():
    assert nearest_year(12, 28, date(2024, 1, 3)) == date(2023, 12, 28)
    assert nearest_year(1, 2, date(2023, 12, 30)) == date(2024, 1, 2)
    assert nearest_year(2, 29, date(2023, 3, 1)) == date(2024, 2, 29)


def test_weekday_rules():
    assert resolve_weekday(2, WED, "") == WED  # the publication day itself
    assert resolve_weekday(2, WED, "last") == date(2023, 4, 26)
    assert resolve_weekday(2, WED, "next") == date(2023, 5, 10)


def test_publication_date_trusts_header_then_json_then_html():
    hints = [
        DateHint(value="2023-05-04T08:00:00+00:00", source="html-meta"),
        DateHint(value="2023-05-03", source="seed-header"),
    ]
    assert parse_publication(hints).model_dump() == {"value": date(2023, 5, 3), "source": "seed-header"}


def test_impossible_or_partial_dates_are_skipped_for_the_next_hint():
    hints = [
        DateHint(value="2023-02-30", source="seed-header"),
        DateHint(value="May", source="json"),
        DateHint(value="Wed, 03 May 2023 10:00:00 GMT", source="html-meta"),
    ]
    assert parse_publication(hints).model_dump() == {"value": date(2023, 5, 3), "source": "html-meta"}
    assert parse_publication([DateHint(value="soon", source="json")]) is None


@pytest.mark.parametrize(
    ("lang", "text", "pub", "expected"),
    [
        (
            "ru",
            "В ночь на среду Киев попытался атаковать Кремль.",
            WED,
            [("В ночь на среду", "2023-05-02", "2023-05-03")],
        ),
        (
            "ru",
            "Вчера, 3 мая 2023 года, в четверг.",
            date(2023, 5, 4),
            [
                ("Вчера", "2023-05-03", "2023-05-03"),
                ("3 мая 2023 года", "2023-05-03", "2023-05-03"),
                ("четверг", "2023-05-04", "2023-05-04"),
            ],
        ),
        (
            "uk",
            "у вівторок ввечері, 9 травня",
            WED,
            [("вівторок", "2023-05-02", "2023-05-02"), ("9 травня", "2023-05-09", "2023-05-09")],
        ),
        (
            "es",
            "Moscú, 3 may (EFE).- El martes pasado",
            WED,
            [("3 may", "2023-05-03", "2023-05-03"), ("martes", "2023-05-02", "2023-05-02")],
        ),
        (
            "fr",
            "mardi prochain, le 9 mai",
            WED,
            [("mardi prochain", "2023-05-09", "2023-05-09"), ("9 mai", "2023-05-09", "2023-05-09")],
        ),
        (
            "de",
            "in der Nacht zum Mittwoch, am 9. Mai",
            WED,
            [("in der Nacht zum Mittwoch", "2023-05-02", "2023-05-03"), ("9. Mai", "2023-05-09", "2023-05-09")],
        ),
        (
            "tr",
            "Salı gecesi, 27 Nisan'da",
            WED,
            [("Salı", "2023-05-02", "2023-05-02"), ("27 Nisan", "2023-04-27", "2023-04-27")],
        ),
        (
            "id",
            "pada Rabu (3/5/2023)",
            WED,
            [("Rabu", "2023-05-03", "2023-05-03"), ("3/5/2023", "2023-05-03", "2023-05-03")],
        ),
        (
            "zh",
            "新华社莫斯科5月3日电 总统新闻局3日发表声明，周二晚",
            WED,
            [
                ("5月3日", "2023-05-03", "2023-05-03"),
                ("3日", "2023-05-03", "2023-05-03"),
                ("周二", "2023-05-02", "2023-05-02"),
            ],
        ),
        ("zh", "30日晚", WED, [("30日", "2023-04-30", "2023-04-30")]),
        (
            "en",
            "Filed 04/05/2023 and 13/05/2023.",
            WED,
            [("04/05/2023", "2023-05-04", "2023-05-04"), ("13/05/2023", "2023-05-13", "2023-05-13")],
        ),
    ],
)
def test_other_languages(lang, text, pub, expected):
    assert [(d.text, d.start.isoformat(), d.end.isoformat()) for d in find_dates(text, pub, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Er war hier und heute nicht erreichbar."),  # "heute" is today: but "hier" is not yesterday in German
        ("id", "Minggu lalu, harga naik."),  # "minggu lalu" is last week, not Sunday
        ("tr", "pazar yerinde kalabalık vardı"),  # a market, not Sunday
        ("es", "Mar adentro, la flota esperaba."),
        ("fr", "Mars et Vénus"),
    ],
)
def test_other_languages_invent_nothing(lang, text):
    found = [d.text for d in find_dates(text, WED, lang)]
    assert found in ([], ["heute"])


def test_publication_from_a_stamp_line_in_the_article_language():
    hints = [DateHint(value="Publié le 03/05/2023 à 15h02 - Mis à jour le 04/05/2023", source="text-stamp")]
    assert parse_publication(hints, "fr").value == date(2023, 5, 3)
    assert parse_publication([DateHint(value="Опубликовано: 4 мая 2023", source="text-stamp")], "ru").value == date(
        2023, 5, 4
    )


def test_a_date_line_clean_trusts_more_comes_before_the_metadata():
    # clean lists the date line at the headline first: the publisher's local day, where the metadata has UTC's
    hints = [
        DateHint(value="November 8, 2023", source="text-stamp"),
        DateHint(value="2023-11-09T02:11:03+00:00", source="html-meta"),
        DateHint(value="Nov 7, 2023", source="text-stamp"),
    ]
    assert parse_publication(hints, "en").model_dump() == {"value": date(2023, 11, 8), "source": "text-stamp"}
    # the input's own date still comes first
    assert parse_publication([*hints, DateHint(value="2023-11-10", source="json")]).value == date(2023, 11, 10)
    # an older message (metadata listed first) reads as it did
    assert parse_publication(hints[1:], "en").model_dump() == {"value": date(2023, 11, 9), "source": "html-meta"}


def test_a_swappable_stamp_is_read_the_way_the_metadata_says():
    hints = [DateHint(value="11/01/2021", source="text-stamp"), DateHint(value="2021-11-01", source="html-meta")]
    assert parse_publication(hints, "de").model_dump() == {"value": date(2021, 11, 1), "source": "html-meta"}
    hints = [DateHint(value="13/01/2021", source="text-stamp"), DateHint(value="2021-11-01", source="html-meta")]
    assert parse_publication(hints, "de").value == date(2021, 1, 13)


@pytest.mark.parametrize(
    ("stamp", "lang", "day"),
    [
        ("08:44, 3 NOV 2023", "en", date(2023, 11, 3)),
        ("2023/11/02 22:27", "ja", date(2023, 11, 2)),
        ("10.12.19", "fr", date(2019, 12, 10)),
        ("Publié le 02/11/23 à 16h33", "fr", date(2023, 11, 2)),
        ("26 | 01 | 2022", "de", date(2022, 1, 26)),
        ("November 9, 20235:01 AM ET", "en", date(2023, 11, 9)),
        ("Published on August 19, 2019August 19, 2019 • 319 Likes", "en", date(2019, 8, 19)),
        ("mardi 5 juin 2018", "en", date(2018, 6, 5)),
        ("Erschienen am: 01.11.2023", "de", date(2023, 11, 1)),
    ],
)
def test_stamp_lines_in_the_forms_pages_print_them(stamp, lang, day):
    assert stamp_day(stamp, lang) == day


def test_a_stamp_without_a_full_date_gives_none():
    assert stamp_day("Updated 3 hours ago", "en") is None
    assert stamp_day("May 2023", "en") is None
    assert stamp_day("31.02.23", "de") is None
