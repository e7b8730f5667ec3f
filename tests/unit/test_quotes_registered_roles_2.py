"""A registered office as a quote's speaker where the title reader must keep the body the phrase names in other
word orders than "the Kremlin spokesman": written without spaces before the title (Chinese "克里姆林宫发言人"),
after the title in "the spokesman in the name of" (Arabic "المتحدث باسم الكرملين"), governed by the title with no
"of" (Indonesian "juru bicara Kremlin", Persian ezafe "سخنگوی کرملین") or in the construct state (Hebrew "דובר
הקרמלין"). Never for an office no one the article names holds, a plural, an indefinite or another gender's office,
nor for one two named people hold.

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.registry import Registry

PESKOV = "Dmitry Peskov"


def speakers(toolkit, text: str, language: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, language), toolkit).quotes]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "佩斯科夫周三回答了记者的提问。克里姆林宫发言人表示：“这是一次恐怖袭击。”"),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. وقال المتحدث باسم الكرملين: "كان هذا عملا إرهابيا".'),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. "كان هذا عملا إرهابيا"، قال المتحدث باسم الكرملين.'),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. "كان هذا عملا إرهابيا"، وفقا للمتحدث باسم الكرملين.'),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. "كان هذا عملا إرهابيا"، بحسب المتحدث باسم الكرملين.'),
        ("fa", "از پسکوف روز چهارشنبه درباره پهپادها پرسیده شد. سخنگوی کرملین گفت: «این یک اقدام تروریستی بود.»"),
        ("id", 'Peskov ditanya soal drone pada hari Rabu. "Ini adalah aksi teror," kata juru bicara Kremlin.'),
        ("he", 'פסקוב נשאל על הרחפנים ביום רביעי. "זה היה מעשה טרור", אמר דובר הקרמלין.'),
    ],
)
def test_the_office_named_around_its_body_is_the_registered_holders(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) == [PESKOV]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an office no one the article names holds
        ("zh", "佩斯科夫周三回答了记者的提问。五角大楼发言人表示：“这是一次恐怖袭击。”"),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. وقال المتحدث باسم البنتاغون: "كان هذا عملا إرهابيا".'),
        ("fa", "از پسکوف روز چهارشنبه درباره پهپادها پرسیده شد. سخنگوی پنتاگون گفت: «این یک اقدام تروریستی بود.»"),
        ("id", 'Peskov ditanya soal drone pada hari Rabu. "Ini adalah aksi teror," kata juru bicara Pentagon.'),
        ("he", 'פסקוב נשאל על הרחפנים ביום רביעי. "זה היה מעשה טרור", אמר דובר המשטרה.'),
        # a plural: a group of spokesmen
        ("zh", "佩斯科夫周三回答了记者的提问。克里姆林宫发言人们表示：“这是一次恐怖袭击。”"),
        ("id", 'Peskov ditanya soal drone pada hari Rabu. "Ini adalah aksi teror," kata para juru bicara Kremlin.'),
        ("he", 'פסקוב נשאל על הרחפנים ביום רביעי. "זה היה מעשה טרור", אמרו דוברי הקרמלין.'),
        # a word before the office that makes it someone else's: one of several, a former holder
        ("zh", "佩斯科夫周三回答了记者的提问。一名克里姆林宫发言人表示：“这是一次恐怖袭击。”"),
        ("zh", "佩斯科夫周三回答了记者的提问。前克里姆林宫发言人表示：“这是一次恐怖袭击。”"),
        ("id", 'Peskov ditanya soal drone pada hari Rabu. "Ini adalah aksi teror," kata seorang juru bicara Kremlin.'),
        # the office of another gender
        ("he", 'פסקוב נשאל על הרחפנים ביום רביעי. "זה היה מעשה טרור", אמרה דוברת הקרמלין.'),
    ],
)
def test_near_misses_name_no_one(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Arabic without the article: "a spokesman in the name of the Kremlin", one of several
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. وقال متحدث باسم الكرملين: "كان هذا عملا إرهابيا".'),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. وقال المتحدثون باسم الكرملين: "كان هذا عملا إرهابيا".'),
        ("ar", 'سُئل بيسكوف عن الطائرات يوم الأربعاء. وقالت المتحدثة باسم الكرملين: "كان هذا عملا إرهابيا".'),
        ("fa", "از پسکوف روز چهارشنبه درباره پهپادها پرسیده شد. سخنگویان کرملین گفتند: «این یک اقدام تروریستی بود.»"),
    ],
)
def test_an_indefinite_plural_or_feminine_office_is_not_the_holders(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) != [PESKOV]  # the body itself may speak: no one person


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "佩斯科夫和索罗金周三回答了记者的提问。克里姆林宫发言人表示：“这是一次恐怖袭击。”"),
        ("ar", 'سُئل بيسكوف وسوروكين يوم الأربعاء. وقال المتحدث باسم الكرملين: "كان هذا عملا إرهابيا".'),
        ("fa", "از پسکوف و سوروکین روز چهارشنبه پرسیده شد. سخنگوی کرملین گفت: «این یک اقدام تروریستی بود.»"),
        ("id", 'Peskov dan Sorokin ditanya pada hari Rabu. "Ini adalah aksi teror," kata juru bicara Kremlin.'),
        ("he", 'פסקוב וסורוקין נשאלו ביום רביעי. "זה היה מעשה טרור", אמר דובר הקרמלין.'),
    ],
)
def test_an_office_two_named_people_hold_is_neither_ones(toolkit, tmp_path: Path, language: str, text: str) -> None:
    extra = tmp_path / "cast.toml"
    extra.write_text(
        '[[entity]]\nid = "person/ivan-sorokin"\nname = "Ivan Sorokin"\nlabel = "PERSON"\n'
        'aliases = ["Sorokin", "索罗金", "سوروكين", "سوروکین", "סורוקין"]\n'
        'roles = ["克里姆林宫发言人", "المتحدث باسم الكرملين", "سخنگوی کرملین", "juru bicara Kremlin", "דובר הקרמלין"]\n'
    )
    tools = replace(toolkit, registry=Registry([extra]))
    assert speakers(tools, text, language) != [PESKOV]
    assert speakers(tools, text, language) != ["Ivan Sorokin"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            'Peskov ditanya soal drone pada hari Rabu. "Ini adalah aksi teror," kata juru bicara Kremlin. '
            '"Kami akan membalas," kata juru bicara Kremlin.',
        ),
        (
            "zh",
            "佩斯科夫周三回答了记者的提问。克里姆林宫发言人表示：“这是一次恐怖袭击。”克里姆林宫发言人还表示：“我们会回应。”",
        ),
    ],
)
def test_every_quote_the_office_cues_is_the_holders(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) == [PESKOV, PESKOV]
