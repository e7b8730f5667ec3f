"""Quotes of wire copy in Chinese, Japanese and Korean: short quotes a speech verb attributes at once, quotation
marks after full-width punctuation, Korean's quotative endings, and registered people in these scripts."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import ents, rules_speakers
from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.registry import Registry


def quoted(text: str, language: str, **labels: str) -> list[str]:
    return [q.text for q in find_quotes(text, ents(text, **labels), language)]


def test_a_short_chinese_quote_after_a_speech_verb_and_a_colon_is_a_quote() -> None:
    text = "发言人李明3日表示：“这是一次恐怖袭击。”"
    assert rules_speakers(text, "zh", 李明="PERSON") == ["李明"]


def test_a_short_chinese_quote_before_its_speaker_and_verb_is_a_quote() -> None:
    text = "“这是一次挑衅，”李明说。"
    assert rules_speakers(text, "zh", 李明="PERSON") == ["李明"]


@pytest.mark.parametrize(
    "text", ["李明3日表示，“这是挑衅。”", "李明3日表示，“这是挑衅”。", "李明说，“这是挑衅！”他们会回应。"]
)
def test_a_short_chinese_quote_a_speech_verb_and_a_comma_open_is_its_sentence_and_a_quote(text: str) -> None:
    assert rules_speakers(text, "zh", 李明="PERSON") == ["李明"]


@pytest.mark.parametrize("text", ["李明表示，“一带一路”倡议是开放的。", "李明表示，“一带一路”，各国代表出席了会议。"])
def test_a_short_quoted_term_opening_the_clause_after_a_speech_verb_and_a_comma_is_no_quote(text: str) -> None:
    assert quoted(text, "zh", 李明="PERSON") == []


def test_a_straight_quotation_mark_after_a_full_width_colon_opens_a_quote() -> None:
    assert quoted('李明表示："这是一次恐怖袭击。"', "zh", 李明="PERSON") == ["这是一次恐怖袭击。"]


def test_a_short_quoted_term_without_a_speech_verb_is_no_quote() -> None:
    assert quoted("他提出了“一带一路”倡议，各国代表出席了会议。", "zh") == []


def test_a_short_japanese_quote_closed_by_a_speech_verb_is_a_quote() -> None:
    assert quoted("山田報道官は「米国が背後にいる」と主張した。", "ja", 山田="PERSON") == ["米国が背後にいる"]


@pytest.mark.parametrize(
    "text",
    [
        '김철수 대변인은 3일 기자들에게 "대통령은 다치지 않았다"고 말했다.',
        '김철수 대변인은 "이것은 테러 행위다"라고 밝혔다.',
    ],
)
def test_a_korean_quote_closed_by_its_quotative_ending_and_verb_is_its_subjects(text: str) -> None:
    assert rules_speakers(text, "ko", 김철수="PERSON") == ["김철수"]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("ペスコフ", "Dmitry Peskov"),
        ("페스코프", "Dmitry Peskov"),
        ("ゼレンスキー", "Volodymyr Zelensky"),
        ("젤렌스키", "Volodymyr Zelensky"),
        ("扎哈罗娃", "Maria Zakharova"),
    ],
)
def test_registered_people_are_known_in_their_japanese_korean_and_chinese_spellings(alias: str, name: str) -> None:
    known = Registry().lookup(alias)
    assert known is not None and known.name == name


@pytest.mark.parametrize(
    ("ending", "verb"), [("と述べた。", "述べた"), ("と語った。", "語った"), ("と主張した。", "主張")]
)
def test_a_japanese_verb_is_given_as_written_without_the_quotative_particle(ending: str, verb: str) -> None:
    text = "山田報道官は「米国がこの攻撃の背後にいることは明らかだ」" + ending
    assert [q.verb for q in find_quotes(text, ents(text, 山田="PERSON"), "ja")] == [verb]


def test_a_japanese_country_before_the_person_and_title_is_no_part_of_the_subject() -> None:
    # "ウクライナのゼレンスキー": katakana, hiragana, katakana are three words, not one run
    text = "ウクライナのゼレンスキー大統領は「我々はプーチンやモスクワを攻撃していない」と述べた。"
    assert rules_speakers(text, "ja", ウクライナ="GPE", ゼレンスキー="PERSON") == ["ゼレンスキー"]


def test_a_short_japanese_quote_closed_by_a_verb_listed_with_its_particle_is_a_quote() -> None:
    assert quoted("山田報道官は「確認できない」と述べた。", "ja", 山田="PERSON") == ["確認できない"]


@pytest.mark.parametrize(
    "text",
    [
        # the body, its title written on and the name: the name is the sentence's subject, so "他" later is his
        "外交部发言人李明表示，我国将作出回应。“这是一次恐怖袭击。”他说。",
        "俄罗斯总统李明表示，我国将作出回应。“这是一次恐怖袭击。”他说。",
    ],
)
def test_a_chinese_body_before_a_title_and_a_name_is_not_the_subject_a_pronoun_resolves_to(text: str) -> None:
    assert rules_speakers(text, "zh", 外交部="ORG", 俄罗斯="GPE", 李明="PERSON") == ["李明"]


def test_a_chinese_body_before_a_name_with_no_title_between_stays_the_subject() -> None:
    text = "外交部李明表示，我国将作出回应。“这是一次恐怖袭击。”他说。"  # no title: nothing makes 李明 the subject
    assert rules_speakers(text, "zh", 外交部="ORG", 李明="PERSON") == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the country and the region qualify the governor: he is the subject "他" and the unstated one resolve to
        ("俄罗斯别尔哥罗德州州长李明3日说，一架无人机坠毁。他表示：“没有人员伤亡。”", "zh"),
        ("ロシア南部ベルゴロド州の山田知事は3日、無人機が墜落したと明らかにした。「死傷者はいない」と述べた。", "ja"),
    ],
)
def test_places_opening_a_subject_qualify_the_titled_person_who_is_its_head(text: str, language: str) -> None:
    labels = {
        "俄罗斯": "GPE",
        "别尔哥罗德": "GPE",
        "李明": "PERSON",
        "ロシア": "GPE",
        "ベルゴロド": "GPE",
        "山田": "PERSON",
    }
    assert rules_speakers(text, language, **labels) == [("李明" if language == "zh" else "山田")]


def test_a_chinese_quote_a_speech_verb_and_its_comma_hand_over_is_not_the_next_sentences(toolkit) -> None:
    # "克宫" (the Kremlin, as Chinese wire copy shortens it) opening the next sentence and its verb does not take the
    # quote the spokesman's "表示，" handed over (one character a token: the verb is read in the text)
    text = "克宫发言人佩斯科夫表示，“普京总统没有受伤，他在工作。”克宫称：“这是一次有计划的恐怖袭击。”"
    article = enrich(dated(text, "zh"), toolkit)
    assert [q.speaker_id for q in article.quotes] == ["person/dmitry-peskov", "place/moscow-kremlin"]


def test_the_russian_presidential_office_in_japanese_is_the_kremlin(toolkit) -> None:
    text = "ロシア大統領府は「計画的なテロ行為とみなす」と発表した。"
    assert [q.speaker_id for q in enrich(dated(text, "ja"), toolkit).quotes] == ["place/moscow-kremlin"]
