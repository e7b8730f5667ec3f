"""Stop 34, Arabic, Hebrew and Chinese wire copy on the Kremlin drone incident: one behaviour each, on short
self-written lines. The people in the attribution tests are invented names given to the rules as entities: what is
tested is the reading of the clause (a title's construct body, an acronym's gershayim, a statement's issuer, a
cue's clause, which verb a quote gets), not the registry."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import ents, rules_speakers
from wirestream.services.enrich.entities.names import NameFinder
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.quotes.marks import scan


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def _people(finder, text: str, language: str) -> list[str]:
    return [f.text for f in finder(text, language) if f.label == "PERSON"]


# --- Hebrew: a title in the construct state and the body it governs --------------------------------


def test_the_body_a_hebrew_title_governs_is_no_person(finder):
    # "יו"ר הדומה" (the Duma's chairman): "הדומה" is the title's noun, not a name; the name comes after it
    assert "הדומה" not in _people(finder, 'יו"ר הדומה יוסי לוי דרש לנקום.', "he")
    assert _people(finder, "דובר המשטרה יוסי לוי מסר כי החקירה נמשכת.", "he") == ["יוסי לוי"]
    assert "הדובר" not in _people(finder, 'יו"ר הדובר אמר', "he")  # nothing after the noun: no name at all
    assert _people(finder, "הנשיא יוסי לוי אמר", "he") == ["יוסי לוי"]  # a title with the article: the name follows


def test_a_hebrew_title_its_body_and_a_name_bind_the_name_to_the_title():
    # "דובר הדומה יוסי לוי …. הוא אמר": the pronoun is the person the title phrase introduced
    text = 'דובר הדומה יוסי לוי דרש לנקום. הוא אמר: "זהו פיגוע טרור נגד הנשיא".'
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]
    # a weak verb ("כתב", wrote) after a title, the council it serves and its noun: the name is the subject
    text = 'סגן יו"ר מועצת הביטחון יוסי לוי כתב: "לא נותרה ברירה אלא לחסל את זלנסקי". הדברים נכתבו בטלגרם.'
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]


# --- Hebrew: gershayim typed as a plain double mark inside a quote ---------------------------------


def test_a_hebrew_acronyms_gershayim_inside_a_quote_do_not_close_it():
    text = 'דובר הקרמלין יוסי לוי אמר כי "צה"ל לא היה מעורב בתקיפה על הקרמלין" והוסיף כי מוסקבה תגיב.'
    assert [q.text for q in scan(text)] == ['צה"ל לא היה מעורב בתקיפה על הקרמלין']
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]
    # a plain mark between Latin letters still closes ('"Hello"said'), and a quote of one acronym stays one
    assert [q.text for q in scan('He said "Hello"said nobody.')] == ["Hello"]


# --- Arabic: "it came in the statement" -----------------------------------------------------------------


def test_an_arabic_statement_it_came_in_gives_the_body_named_after_it():
    # "وجاء في بيان الكرملين أن «…»" (and it came in the Kremlin's statement that …): the Kremlin speaks
    text = 'وجاء في بيان الكرملين أن "الرئيس لم يصب بأذى في الهجوم". وقال المتحدث إن روسيا سترد.'
    labels = {"الكرملين": "ORG"}
    assert rules_speakers(text, "ar", **labels) == ["الكرملين"]
    assert [q.verb for q in find_quotes(text, ents(text, **labels), "ar")] == ["وجاء"]


def test_an_arabic_statement_with_no_issuer_is_the_body_that_announced_it_before():
    # "أعلن الكرملين …. وجاء في البيان: «…»": the verb opens the sentence before, the Kremlin its only body
    text = 'أعلن الكرملين أن طائرتين استهدفتا مقر الرئيس. وجاء في البيان: "نعتبر هذه الأعمال عملا إرهابيا مخططا له".'
    assert rules_speakers(text, "ar", الكرملين="ORG") == ["الكرملين"]
    # with no body named before, nobody (not a guess)
    text = 'سمع دوي انفجارين فوق المدينة. وجاء في البيان: "نعتبر هذه الأعمال عملا إرهابيا مخططا له".'
    assert rules_speakers(text, "ar") == [None]


# --- Chinese: which verb, and a cue before a clause of its own ------------------------------------------


def test_a_chinese_quote_a_colon_hands_over_keeps_the_verb_before_it():
    # "佩斯科夫说：“……。”他还表示，……": the quote closed its sentence; "表示" belongs to the next one
    text = "克里姆林宫发言人佩斯科夫说：“普京总统没有受伤。”他还表示，俄罗斯将作出回应。"
    assert [q.verb for q in find_quotes(text, ents(text, 佩斯科夫="PERSON"), "zh")] == ["说"]
    # with no colon before, the verb after the quote is its attribution
    text = "“普京总统没有受伤。”佩斯科夫说。"
    assert [q.verb for q in find_quotes(text, ents(text, 佩斯科夫="PERSON"), "zh")] == ["说"]
    text = "佩斯科夫对记者表示：“这是一次有计划的恐怖袭击。”"
    assert [q.verb for q in find_quotes(text, ents(text, 佩斯科夫="PERSON"), "zh")] == ["表示"]


@pytest.mark.parametrize("verb", ["说", "对记者表示"], ids=["shuo", "biaoshi"])
def test_a_chinese_according_to_cue_before_a_clause_with_its_own_speaker(verb):
    # "据塔斯社报道，…沃洛金说：“…”": TASS reports what Volodin said; Volodin speaks
    text = f"据塔斯社报道，俄罗斯国家杜马主席沃洛金{verb}：“必须使用能够阻止基辅恐怖政权的武器。”"
    labels = {"沃洛金": "PERSON", "塔斯社": "ORG"}
    assert rules_speakers(text, "zh", **labels) == ["沃洛金"]
    # the cue alone before the quote: the agency
    text = "据塔斯社报道，“必须使用能够阻止基辅恐怖政权的武器。”"
    assert rules_speakers(text, "zh", **labels) == ["塔斯社"]


# --- places: the registry's names of the incident's sites in the languages of the wire copy ------------------


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ko", "모스크바 붉은광장에서는 행사 준비가 계속됐다. 크렘린궁은 이를 밝혔다.", "Red Square"),
        ("ja", "攻撃は赤の広場に面したクレムリンで起きた。政府が発表した。", "Red Square"),
        ("ar", "حاولت طائرتان مسيرتان مهاجمة قصر مجلس الشيوخ في الكرملين. ولم يصب أحد.", "Senate Palace"),
        ("he", "שני כלי טיס פגעו בארמון הסנאט בקרמלין. איש לא נפגע.", "Senate Palace"),
    ],
    ids=["ko", "ja", "ar", "he"],
)
def test_the_incidents_sites_in_korean_japanese_arabic_and_hebrew(toolkit, language, text, place):
    from tests.unit.test_entities_languages import dated, people_and_places
    from wirestream.services.enrich.entities.logic import enrich

    assert place in people_and_places(enrich(dated(text, language), toolkit))[1]
