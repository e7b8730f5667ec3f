"""Japanese and Korean put a quote's speaker before it, in the phrase the subject or topic particle closes
("ペスコフ報道官は「…」と述べた", "대변인은 "…"고 말했다"). That phrase is the speaker, not the sentence's first name,
and a phrase that names no one the article names (another office) is someone unnamed, not the last person named. A
title written right after a name is that name's ("ペスコフ大統領報道官", "페스코프 대변인이"), so the title alone
later is his. An Arabic office fronted before its verb ("المتحدث باسم الكرملين قال:") is its registered holder's, as it
is after the verb.

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PESKOV = "Dmitry Peskov"


def speakers(toolkit, text: str, language: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, language), toolkit).quotes]


def test_the_japanese_phrase_the_topic_particle_closes_is_the_speaker_not_the_first_name(toolkit) -> None:
    text = "ロシアの攻撃について、ペスコフ報道官は「攻撃は容認できない」と述べた。"
    assert speakers(toolkit, text, "ja") == [PESKOV]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an office the article's named person does not hold: someone unnamed, not Peskov
        ("ja", "ドミトリー・ペスコフ大統領報道官は記者団に語った。官房長官は「攻撃は容認できない」と述べた。"),
        (
            "ja",
            "ドミトリー・ペスコフ大統領報道官は記者団に語った。米国防総省の報道官は「攻撃は容認できない」と述べた。",
        ),
        ("ja", "プーチン大統領は記者団に語った。大統領報道官は「攻撃は容認できない」と述べた。"),
        ("ko", '블라디미르 푸틴 대통령이 기자들에게 말했다. 국방부 장관은 "공격은 용납할 수 없다"고 말했다.'),
        ("ko", '블라디미르 푸틴 대통령이 기자들에게 말했다. 대변인은 "공격은 용납할 수 없다"고 말했다.'),
    ],
)
def test_an_office_no_named_person_holds_before_the_quote_is_someone_unnamed(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "ドミトリー・ペスコフ大統領報道官は記者団に語った。大統領報道官は「攻撃は容認できない」と述べた。"),
        ("ja", "ドミトリー・ペスコフ報道官は記者団に語った。大統領報道官は「攻撃は容認できない」と述べた。"),
        ("ko", '드미트리 페스코프 대변인이 기자들에게 말했다. 대변인은 "공격은 용납할 수 없다"고 말했다.'),
        # the office the alias registry gives him, where the article names him without it
        ("ja", "ペスコフ氏は記者団に語った。大統領報道官は「攻撃は容認できない」と述べた。"),
        ("ko", '페스코프는 기자들에게 말했다. 크렘린궁 대변인은 "공격은 용납할 수 없다"고 말했다.'),
    ],
)
def test_a_title_written_after_the_name_or_registered_to_him_is_his_when_it_speaks_alone(
    toolkit, language: str, text: str
) -> None:
    assert speakers(toolkit, text, language) == [PESKOV]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # near misses keep their old reading: a left-out subject, a pronoun, the president's own title
        ("ja", "ドミトリー・ペスコフ大統領報道官は記者団に語った。「攻撃は容認できない」と述べた。"),
        ("ja", "ドミトリー・ペスコフ大統領報道官は記者団に語った。彼は「攻撃は容認できない」と述べた。"),
        ("ko", '드미트리 페스코프 대변인이 기자들에게 말했다. 그는 "공격은 용납할 수 없다"고 말했다.'),
    ],
)
def test_a_left_out_subject_or_a_pronoun_still_gives_the_last_person(toolkit, language: str, text: str) -> None:
    assert speakers(toolkit, text, language) == [PESKOV]


def test_the_presidents_own_title_after_his_name_is_his(toolkit) -> None:
    text = "プーチン大統領は記者団に語った。大統領は「攻撃は容認できない」と述べた。"
    assert speakers(toolkit, text, "ja") == ["Vladimir Putin"]


@pytest.mark.parametrize(
    "text",
    [
        'سُئل بيسكوف عن الطائرات يوم الأربعاء. والمتحدث باسم الكرملين قال: "كان هذا عملا إرهابيا".',
        'سُئل بيسكوف عن الطائرات يوم الأربعاء. المتحدث باسم الكرملين قال: "كان هذا عملا إرهابيا".',
    ],
)
def test_a_fronted_arabic_office_in_the_name_of_its_body_is_the_registered_holders(toolkit, text: str) -> None:
    # the subject before the verb: "the spokesman in the name of the Kremlin said:", not the Kremlin
    assert speakers(toolkit, text, "ar") == [PESKOV]


@pytest.mark.parametrize(
    "text",
    [
        'سُئل بيسكوف عن الطائرات يوم الأربعاء. المتحدث باسم البنتاغون قال: "كان هذا عملا إرهابيا".',
        'قال بوتين يوم الأربعاء. المتحدث باسم الكرملين قال: "كان هذا عملا إرهابيا".',
    ],
)
def test_a_fronted_arabic_office_no_named_person_holds_is_not_his(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "ar") != [PESKOV]
    assert speakers(toolkit, text, "ar") != ["Vladimir Putin"]
