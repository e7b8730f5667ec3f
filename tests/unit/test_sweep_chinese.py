"""A construction sweep of Chinese news writing (simplified and traditional script), through the full product: each
test one construction on a short passage of its own (quotes and their speakers, people, places)."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.registry import simplified


def read(toolkit, text: str) -> tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]]]:
    article = enrich(dated(text, "zh"), toolkit)
    quotes = [(q.text, q.speaker, q.verb) for q in article.quotes]
    return quotes, [(e.label, e.name) for e in article.entities]


def speakers(toolkit, text: str) -> list[str | None]:
    return [speaker for _, speaker, _ in read(toolkit, text)[0]]


def people(toolkit, text: str) -> list[str]:
    return [name for label, name in read(toolkit, text)[1] if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title, then a dotted name whose first part holds characters place names seldom do, its last one too
        ("军事专家亚历山大·赫拉姆奇欣说：“这次袭击是一次严重的挑衅。”", "亚历山大·赫拉姆奇欣"),
        ("政治学家德米特里•奥列什金表示：“克里姆林宫需要一个借口。”", "德米特里•奥列什金"),
        ("分析人士谢尔盖‧马尔科夫称：“这是演给国内观众看的。”", "谢尔盖‧马尔科夫"),
        ("乌克兰议员奥列克西・贡恰连科写道：“我们与此事无关。”", "奥列克西・贡恰连科"),
        ("阿拉伯问题专家穆罕默德·阿里说：“中东国家都在关注。”", "穆罕默德·阿里"),
    ],
)
def test_a_dotted_foreign_name_after_a_title_is_whole_and_the_speaker(toolkit, text: str, name: str) -> None:
    assert people(toolkit, text) == [name]
    assert speakers(toolkit, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("俄罗斯军事分析师瓦西里·卡申告诉记者：“无人机是从北方飞来的。”", "瓦西里·卡申"),
        ("居民伊琳娜·彼得罗娃告诉记者：“天空中出现了火光。”", "伊琳娜·彼得罗娃"),
    ],
)
def test_a_short_quote_after_told_and_the_one_spoken_to_is_a_quote(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一位目击者安娜说：“我听到了两声巨响。”", "安娜"),
        ("军事观察员李明对本报记者说：“这种小型无人机很难拦截。”", "李明"),
        ("复旦大学教授张伟表示：“事件可能导致冲突升级。”", "张伟"),
    ],
)
def test_a_witness_an_observer_or_a_professor_before_a_name_titles_it(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("梅德韦杰夫在电报上发文称：“除了消灭泽连斯基，别无选择。”", "梅德韦杰夫"),
        ("乌克兰国家安全与国防委员会秘书达尼洛夫在接受采访时表示：“这是俄罗斯的挑衅。”", "达尼洛夫"),
    ],
)
def test_a_foreign_name_before_where_it_spoke_and_the_verb_is_the_speaker(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


def test_a_place_qualifying_an_unnamed_official_after_a_cue_is_no_speaker(toolkit) -> None:
    assert speakers(toolkit, "路透社援引一名美国官员的话说：“我们无法证实这一说法。”") == [None]


def test_a_quote_split_by_its_cue_is_two_quotes_of_one_speaker(toolkit) -> None:
    quotes, _ = read(toolkit, "“这是一次恐怖袭击，”佩斯科夫说，“我们将作出回应。”")
    assert [speaker for _, speaker, _ in quotes] == ["Dmitry Peskov", "Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "speaker", "entities"),
    [
        ("克里姆林宮發言人佩斯科夫表示：「總統沒有受傷。」", "Dmitry Peskov", {("FAC", "Kremlin")}),
        ("烏克蘭總統澤連斯基說：「我們沒有攻擊莫斯科。」", "Volodymyr Zelensky", {("GPE", "Ukraine")}),
        ("俄羅斯外交部發言人扎哈羅娃稱：『這是恐怖主義行為。』", "Maria Zakharova", {("GPE", "Russia")}),
    ],
)
def test_traditional_script_reads_as_simplified(toolkit, text: str, speaker: str, entities: set) -> None:
    quotes, found = read(toolkit, text)
    assert [s for _, s, _ in quotes] == [speaker]
    assert entities <= set(found)
    assert not [name for label, name in found if label == "PERSON" and name != speaker]


def test_simplified_keeps_the_length_and_other_scripts() -> None:
    assert simplified("烏克蘭總統說") == "乌克兰总统说"
    assert simplified("Peskov said") == "Peskov said"
    assert len(simplified("克里姆林宮發言人")) == len("克里姆林宮發言人")


@pytest.mark.parametrize(
    "text",
    [
        "美国情报官员告诉《纽约时报》：“乌克兰可能参与其中。”",
        "俄罗斯中部城市沃罗涅日的居民说：“我们看到了无人机。”",
    ],
)
def test_a_place_qualifying_an_unnamed_holder_of_a_title_is_no_speaker(toolkit, text: str) -> None:
    assert speakers(toolkit, text) == [None]


def test_a_place_a_title_and_a_name_still_give_the_name(toolkit) -> None:
    assert speakers(toolkit, "英国首相苏纳克表示：“英国支持乌克兰自卫。”") == ["苏纳克"]


def test_a_foreign_name_with_two_last_characters_before_its_verb_is_whole(toolkit) -> None:
    assert speakers(toolkit, "乌克兰外交部发言人尼科连科说：“这是俄罗斯的假旗行动。”") == ["尼科连科"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("华盛顿邮报援引泄露的文件报道称，乌克兰曾计划袭击。", "Washington"),
        ("纽约时报报道说，美国情报部门认为袭击是乌克兰所为。", "New York City"),
    ],
)
def test_a_newspaper_named_for_a_place_mentions_no_place(toolkit, text: str, place: str) -> None:
    _, found = read(toolkit, text)
    assert ("GPE", place) not in found
    assert ("GPE", "Ukraine") in found


def test_a_town_before_the_suffix_of_its_region_is_the_place(toolkit) -> None:
    _, found = read(toolkit, "位于图拉州的一个村庄遭到无人机袭击。")
    assert ("GPE", "Tula") in found
    _, found = read(toolkit, "广州和杭州的企业")  # a town's own name ending in the suffix, whole
    assert {("GPE", "Guangzhou"), ("GPE", "Hangzhou")} <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("沙特王储穆罕默德·本·萨勒曼表示：“我们呼吁和平。”", "穆罕默德·本·萨勒曼"),  # three parts
        ("俄罗斯国防部发言人科纳申科夫中将说：“所有无人机都被击落。”", "科纳申科夫"),  # a rank after the name
    ],
)
def test_a_foreign_name_of_three_parts_or_before_a_rank_is_whole(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text) == [name]


def test_a_name_before_posted_is_a_person_a_pronoun_later_resolves_to(toolkit) -> None:
    text = "梅德韦杰夫发文称，现在需要消灭泽连斯基。他写道：“没有其他选择。”"
    assert speakers(toolkit, text) == ["梅德韦杰夫"]  # not "梅德韦杰夫发文"


def test_a_pronoun_and_a_verb_written_with_dao_continue_the_speaker(toolkit) -> None:
    text = "泽连斯基说：“我们没有攻击普京。”他补充道：“我们在保卫自己的领土。”"
    assert speakers(toolkit, text) == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_japanese_kanji_are_read_as_written_before_simplified(toolkit) -> None:
    article = enrich(dated("ガザ北部のジャバリヤ難民キャンプで攻撃があった。", "ja"), toolkit)
    assert ("GPE", "ジャバリヤ") in {(e.label, e.name) for e in article.entities}


def test_a_body_speaking_in_its_statement_is_no_person(toolkit) -> None:
    assert people(toolkit, "阿富汗塔利班在声明中说，他们谴责暴力。") == []
