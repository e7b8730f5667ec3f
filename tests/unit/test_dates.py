"""date-parse: publication dates from trusted hints, text dates pinned relative to them."""

from __future__ import annotations

from datetime import date

import pytest

from wirestream.contracts import DateHint, PublishedAt
from wirestream.services.enrich.dates.logic import parse_publication
from wirestream.services.enrich.written_dates.explicit import stamp_day
from wirestream.services.enrich.written_dates.expressions import find_dates, nearest_year, resolve_weekday

WED = date(2023, 5, 3)  # the day after the night of the attack
SAT = date(2023, 5, 6)


def day_of(text: str, pub: date | None) -> list[tuple[str, str]]:
    return [(d.text, d.value.isoformat()) for d in find_dates(text, pub)]


def _published(hints: list[DateHint], lang: str | None = None) -> PublishedAt:
    found = parse_publication(hints, lang)
    assert found is not None, hints
    return found


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Ukraine attacked Tuesday night via drones.", WED, [("Tuesday night", "2023-05-02")]),
        ("Kirby told reporters on Thursday.", SAT, [("on Thursday", "2023-05-04")]),
        ("Putin was seen on Wednesday.", WED, [("on Wednesday", "2023-05-03")]),
        ("He will fly out next Monday.", WED, [("next Monday", "2023-05-08")]),
        ("It happened last Wednesday.", WED, [("last Wednesday", "2023-04-26")]),
        ("on the eve of Victory Day, the May 9 Parade", WED, [("Victory Day", "2023-05-09"), ("May 9", "2023-05-09")]),
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
    assert _published(hints).model_dump() == {"value": date(2023, 5, 3), "source": "seed-header"}


def test_impossible_or_partial_dates_are_skipped_for_the_next_hint():
    hints = [
        DateHint(value="2023-02-30", source="seed-header"),
        DateHint(value="May", source="json"),
        DateHint(value="Wed, 03 May 2023 10:00:00 GMT", source="html-meta"),
    ]
    assert _published(hints).model_dump() == {"value": date(2023, 5, 3), "source": "html-meta"}
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
        # the words between day, month and year are the calendar's day_of and month_of
        ("es", "El 3 de mayo de 2023 llegó.", WED, [("3 de mayo de 2023", "2023-05-03", "2023-05-03")]),
        ("es", "En mayo del 2022 llegó.", WED, [("mayo del 2022", "2022-05-01", "2022-05-31")]),
        ("pt", "Em 3 de maio de 2023 chegou.", WED, [("3 de maio de 2023", "2023-05-03", "2023-05-03")]),
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
    assert _published(hints, "fr").value == date(2023, 5, 3)
    assert _published([DateHint(value="Опубликовано: 4 мая 2023", source="text-stamp")], "ru").value == date(2023, 5, 4)


# --- tense and cues ------------------------------------------------------------------------------------

THU = date(2023, 5, 4)
FEB = date(2023, 2, 10)


def spans(text: str, pub: date | None, lang: str = "en") -> list[tuple[str, str, str, str]]:
    return [(d.text, d.start.isoformat(), d.end.isoformat(), d.granularity) for d in find_dates(text, pub, lang)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Peace talks are set to resume Monday in Istanbul.", WED, "2023-05-08"),
        ("The refinery is scheduled to close on Friday for repairs.", WED, "2023-05-05"),
        ("Markets in Moscow will remain closed until Friday.", THU, "2023-05-05"),
        ("On Monday, the board will vote on the grain deal.", WED, "2023-05-08"),
        ("Talks Monday will focus on prisoner exchanges.", WED, "2023-05-08"),
        ("The vote is due on Thursday, officials said.", WED, "2023-05-04"),
        ("Officials said Monday that the talks would resume.", WED, "2023-05-01"),
        ("The Kremlin said on Tuesday that two drones were downed.", WED, "2023-05-02"),
        ("Kyiv denied on Wednesday any role in the attack.", WED, "2023-05-03"),
        ("The agency will publish its findings this Friday.", WED, "2023-05-05"),
        ("He flew to Beijing this past Monday.", WED, "2023-05-01"),
    ],
)
def test_a_weekday_is_ahead_when_its_clause_says_so(text, pub, expected):
    (mention,) = find_dates(text, pub)
    assert mention.value.isoformat() == expected, mention


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The summit is scheduled for Aug. 6 in Jeddah.", FEB, "2023-08-06"),  # far both ways: the future, as said
        ("Russian forces shelled the port on Aug. 6, officials said.", FEB, "2022-08-06"),  # ... the past, as said
        ("Leaders meet in Jeddah on Aug. 6.", date(2023, 2, 1), "2023-08-06"),  # no tense: the publication's year
        ("A parade was announced for May 9.", WED, "2023-05-09"),  # six days off: nearest, whatever the tense
        ("The blast on Dec. 28 killed four people.", date(2024, 1, 3), "2023-12-28"),
        ("Tickets go on sale at 10 a.m. Friday, Dec. 6.", date(2019, 11, 19), "2019-12-06"),
    ],
)
def test_a_month_day_takes_its_nearest_plausible_year(text, pub, expected):
    assert [d.start.isoformat() for d in find_dates(text, pub)] == [expected]


def test_a_weekday_and_its_date_are_one_mention():
    (mention,) = find_dates("Russia said on Wednesday, May 3, 2023, that it was attacked.", None)
    assert (mention.text, mention.value) == ("Wednesday, May 3, 2023", date(2023, 5, 3))


# --- relative to the publication ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drones were launched two weeks ago.", ("two weeks ago", "2023-04-19", "2023-04-19", "day")),
        ("The depot burned three months ago.", ("three months ago", "2023-02-01", "2023-02-28", "month")),
        ("A year ago the bridge was hit.", ("A year ago", "2022-01-01", "2022-12-31", "year")),
        ("It began a year and two months ago.", ("a year and two months ago", "2022-03-01", "2022-03-31", "month")),
        ("The report is due in two weeks' time.", ("in two weeks' time", "2023-05-17", "2023-05-17", "day")),
        ("Prices rose last year.", ("last year", "2022-01-01", "2022-12-31", "year")),
        ("A decision is expected next month.", ("next month", "2023-06-01", "2023-06-30", "month")),
        ("The plant will reopen next week.", ("next week", "2023-05-08", "2023-05-14", "week")),
        ("The mission ends by the end of the year.", ("by the end of the year", "2023-12-01", "2023-12-31", "range")),
        ("Sales fell at year-end.", ("at year-end", "2023-12-01", "2023-12-31", "range")),
        ("We will know later this week.", ("later this week", "2023-05-04", "2023-05-07", "range")),
    ],
)
def test_relative_expressions_count_from_the_publication(text, expected):
    assert spans(text, WED) == [expected]


# --- relative to the date mentioned before ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The drones struck on May 3. The next morning, Moscow closed its airspace.",
            SAT,
            [("May 3", "2023-05-03"), ("The next morning", "2023-05-04")],
        ),
        (
            "Engels was hit on Dec. 5, and again two days later.",
            date(2023, 1, 10),
            [("Dec. 5", "2022-12-05"), ("two days later", "2022-12-07")],
        ),
        (
            "The Kremlin spoke on May 9. It had met with the generals the day before.",
            SAT,
            [("May 9", "2023-05-09"), ("the day before", "2023-05-08")],
        ),
        (
            "Moscow was hit in 2023, a year earlier than Kyiv had warned.",
            SAT,
            [("2023", "2023-01-01"), ("a year earlier", "2022-01-01")],
        ),
        ("The next day, drones hit Krasnodar.", WED, [("The next day", "2023-05-04")]),
        (
            "The Dow fell on Monday but rebounded later in the day.",
            WED,
            [("on Monday", "2023-05-01"), ("later in the day", "2023-05-01")],
        ),
    ],
)
def test_anaphoric_expressions_count_from_the_previous_date(text, pub, expected):
    assert [(d.text, d.start.isoformat()) for d in find_dates(text, pub)] == expected


def test_a_coarse_previous_date_gives_no_next_day():
    # "the next day" after a year alone has no day to count from: nothing rather than a guess
    assert [d.text for d in find_dates("The fire of 2001 was put out. The next day it rained.", WED)] == ["2001"]


# --- holidays ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pub", "lang", "expected"),
    [
        ("Shoppers queued on Thanksgiving Day.", date(2023, 11, 25), "en", "2023-11-23"),
        ("Stores opened early on Black Friday.", date(2023, 11, 25), "en", "2023-11-24"),
        ("Missiles hit Kyiv on Christmas Eve.", date(2023, 1, 2), "en", "2022-12-24"),
        ("The parade marks Victory Day.", WED, "en", "2023-05-09"),
        ("Putin will attend Orthodox Easter services.", date(2023, 4, 1), "en", "2023-04-16"),
        ("Churches were full on Easter Sunday.", date(2023, 4, 12), "en", "2023-04-09"),
        ("The truce held over Christmas 2022.", None, "en", "2022-12-25"),
        ("Parties on New Year's Eve were cancelled.", date(2023, 1, 3), "en", "2022-12-31"),
        ("Парад ко Дню Победы отменён.", WED, "ru", "2023-05-09"),
        ("Die Waffenruhe galt bis Heiligabend.", date(2022, 12, 20), "de", "2022-12-24"),
        ("Le cessez-le-feu a été rompu à Noël.", date(2022, 12, 27), "fr", "2022-12-25"),
        ("Zafer Bayramı töreni yapıldı.", date(2023, 9, 1), "tr", "2023-08-30"),
    ],
)
def test_holidays_are_named_days(text, pub, lang, expected):
    assert [d.start.isoformat() for d in find_dates(text, pub, lang)] == [expected]


# --- other languages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Удар был нанесён три дня назад.", ("три дня назад", "2023-04-30", "2023-04-30")),
        ("ru", "На прошлой неделе Кремль молчал.", ("На прошлой неделе", "2023-04-24", "2023-04-30")),
        ("uk", "Це сталося два тижні тому.", ("два тижні тому", "2023-04-19", "2023-04-19")),
        ("de", "Vor zwei Wochen gab es Explosionen.", ("Vor zwei Wochen", "2023-04-19", "2023-04-19")),
        ("de", "Vergangene Woche sprach Scholz.", ("Vergangene Woche", "2023-04-24", "2023-04-30")),
        ("fr", "Il y a deux semaines, Moscou a été visée.", ("Il y a deux semaines", "2023-04-19", "2023-04-19")),
        ("fr", "La semaine dernière, Kiev a démenti.", ("La semaine dernière", "2023-04-24", "2023-04-30")),
        ("es", "Hace tres días hubo ataques.", ("Hace tres días", "2023-04-30", "2023-04-30")),
        ("pt", "Há duas semanas houve um ataque.", ("Há duas semanas", "2023-04-19", "2023-04-19")),
        ("it", "Due settimane fa ci fu un attacco.", ("Due settimane fa", "2023-04-19", "2023-04-19")),
        ("pl", "Dwa tygodnie temu doszło do ataku.", ("Dwa tygodnie temu", "2023-04-19", "2023-04-19")),
        ("tr", "Geçen hafta saldırı oldu.", ("Geçen hafta", "2023-04-24", "2023-04-30")),
        ("id", "Serangan terjadi dua minggu lalu.", ("dua minggu lalu", "2023-04-19", "2023-04-19")),
        ("zh", "上周克里姆林宫遭到袭击。", ("上周", "2023-04-24", "2023-04-30")),
        ("zh", "两周前发生了袭击。", ("两周前", "2023-04-19", "2023-04-19")),
    ],
)
def test_other_languages_count_back_from_the_publication(lang, text, expected):
    assert [(d.text, d.start.isoformat(), d.end.isoformat()) for d in find_dates(text, WED, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "3 мая Кремль заявил об атаке. Накануне в Москве было тихо.", ["2023-05-03", "2023-05-02"]),
        ("ru", "Накануне в Кремле заявили об атаке.", ["2023-05-02"]),  # no date before: the publication's eve
        ("fr", "Le 3 mai, Moscou a accusé Kiev. La veille, Zelensky était à Helsinki.", ["2023-05-03", "2023-05-02"]),
        ("de", "Am 3. Mai griff die Ukraine an. Am Vortag war es ruhig.", ["2023-05-03", "2023-05-02"]),
        ("zh", "5月3日克里姆林宫遭袭，次日俄方召开会议。", ["2023-05-03", "2023-05-04"]),
    ],
)
def test_the_day_before_counts_from_the_previous_date(lang, text, expected):
    assert [d.start.isoformat() for d in find_dates(text, SAT if lang != "ru" or "3 мая" in text else WED, lang)] == (
        expected
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Gespräche werden am Montag fortgesetzt.", "2023-05-08"),
        ("ru", "Встреча состоится в понедельник.", "2023-05-08"),
        ("fr", "La réunion aura lieu lundi à Genève.", "2023-05-08"),
        ("es", "La reunión será el lunes.", "2023-05-08"),
        ("ru", "В понедельник Кремль заявил об атаке.", "2023-05-01"),
    ],
)
def test_other_languages_put_a_weekday_ahead_on_a_future_cue(lang, text, expected):
    assert [d.start.isoformat() for d in find_dates(text, WED, lang)] == [expected]


# --- what must not become a date --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Richardson told USA Today he was sorry."),
        ("en", "The 2000 troops crossed the border."),
        ("en", "Prices hit their highest level in two years."),
        ("en", "The bill rose 1.5 days later than planned."),
        ("en", "They decorated the Christmas tree."),
        ("en", "A ship sailed to Easter Island."),
        ("en", "Theresa May said little in May's cabinet."),
        ("en", "The vote came the day before the election."),
        ("ru", "Накануне визита Путина Кремль молчал."),  # the eve of a visit, not of a date
        ("fr", "Les ventes de la veille de la fête ont chuté."),
    ],
)
def test_words_that_are_not_dates(lang, text):
    assert find_dates(text, WED, lang) == []


# --- dateline -------------------------------------------------------------------------------------


def test_a_dateline_line_stays_in_the_text_with_its_date():
    from datetime import UTC, datetime

    from wirestream.services.enrich.clean.logic import clean
    from wirestream.services.enrich.dates.logic import date_parse
    from wirestream.services.ingest.fetch.formats import read_article

    raw = (
        b'{"published_at": "2023-05-03", "text": "Kremlin says drones attacked Putin residence\\n\\n'
        b"MOSCOW, May 3 -\\n\\nRussia said on Wednesday that Ukraine had tried to attack the Kremlin with drones "
        b'overnight, calling it an assassination attempt."}'
    )
    fetched = read_article(raw, name="a.json", uri="file:///a.json", received_at=datetime(2023, 5, 3, tzinfo=UTC))
    article = date_parse(clean(fetched))
    assert article.text.startswith("MOSCOW, May 3 -")
    assert (article.dates[0].text, article.dates[0].value) == ("May 3", date(2023, 5, 3))


# --- how the finder works -------------------------------------------------------------------------


def test_many_dates_are_each_found_once():
    text = "2023-05-03 " * 16000  # the overlap test is a sweep: this once took quadratic time
    found = find_dates(text, WED)
    assert len(found) == 16000
    assert found[-1].offset == 15999 * 11


def test_rules_read_in_lower_case_are_written_in_lower_case():
    from re import _constants, _parser  # type: ignore[attr-defined]  # typeshed omits the private modules

    from wirestream.services.enrich.written_dates.expressions import rules_for

    def letters(items):
        for op, av in items:
            if op is _constants.LITERAL:
                yield chr(av)
            elif op is _constants.BRANCH:
                for branch in av[1]:
                    yield from letters(branch)
            elif op is _constants.SUBPATTERN:
                yield from letters(av[3])
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                yield from letters(av[2])

    for code in ("en", "ru", "uk", "de", "fr", "es", "pt", "it", "pl", "tr", "id", "zh"):
        for rule in rules_for(code):
            if not rule.cased:
                upper = {c for c in letters(_parser.parse(rule.pattern.pattern)) if c != c.lower()}
                assert not upper, (code, rule.pattern.pattern[:80])


def test_a_date_line_clean_trusts_more_comes_before_the_metadata():
    # clean lists the date line at the headline first: the publisher's local day, where the metadata has UTC's
    hints = [
        DateHint(value="November 8, 2023", source="text-stamp"),
        DateHint(value="2023-11-09T02:11:03+00:00", source="html-meta"),
        DateHint(value="Nov 7, 2023", source="text-stamp"),
    ]
    assert _published(hints, "en").model_dump() == {"value": date(2023, 11, 8), "source": "text-stamp"}
    # the input's own date still comes first
    assert _published([*hints, DateHint(value="2023-11-10", source="json")]).value == date(2023, 11, 10)
    # an older message (metadata listed first) reads as it did
    assert _published(hints[1:], "en").model_dump() == {"value": date(2023, 11, 9), "source": "html-meta"}


def test_a_swappable_stamp_is_read_the_way_the_metadata_says():
    hints = [DateHint(value="11/01/2021", source="text-stamp"), DateHint(value="2021-11-01", source="html-meta")]
    assert _published(hints, "de").model_dump() == {"value": date(2021, 11, 1), "source": "html-meta"}
    hints = [DateHint(value="13/01/2021", source="text-stamp"), DateHint(value="2021-11-01", source="html-meta")]
    assert _published(hints, "de").value == date(2021, 1, 13)


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
