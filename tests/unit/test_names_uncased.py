"""People and places in scripts without capital letters (``services/enrich/entities/uncased.py``): one
behaviour each, on short self-written lines in Arabic, Persian, Hindi and Hebrew.

The scores on real articles are ``python -m bench.eval names`` (rows ar, fa, hi).
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities import uncased
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def people(finder, text, language):
    return [f.text for f in finder(text, language) if f.label == "PERSON"]


def places(finder, text, language):
    return [(f.text, f.name) for f in finder(text, language) if f.label == "GPE"]


def test_the_four_languages_are_read_as_uncased():
    assert {"ar", "fa", "hi", "he"} <= uncased.LANGUAGES
    assert not {"en", "ru", "zh"} & uncased.LANGUAGES


# --- places ---------------------------------------------------------------------------------------


def test_arabic_places_with_their_prefixes_read_off(finder):
    found = places(finder, "وصل الوفد إلى بيروت قادما من بالرياض وللقاهرة.", "ar")
    assert found == [("بيروت", None), ("بالرياض", "الرياض"), ("وللقاهرة", "القاهرة")]


def test_an_arabic_adjective_is_no_town(finder):
    # "السوري" (Syrian) with its article read off is a town's alternate name: an adjective keeps its article.
    assert places(finder, "قال المسؤول السوري في دمشق", "ar") == [("دمشق", None)]


def test_hebrew_places_with_one_or_two_prefixes_and_two_words(finder):
    found = places(finder, "הוא נסע מירושלים ובתל אביב פגש את שגריר ישראל", "he")
    assert found == [("מירושלים", "ירושלים"), ("ובתל אביב", "תל אביב"), ("ישראל", None)]


def test_hindi_places_with_separate_postpositions_and_a_region_of_two_words(finder):
    found = places(finder, "उत्तर प्रदेश के लखनऊ में और दिल्ली से भारत लौटे", "hi")
    assert [text for text, _ in found] == ["उत्तर प्रदेश", "लखनऊ", "दिल्ली", "भारत"]


def test_persian_country_names_come_from_cldr(finder):
    assert places(finder, "روسیه و ترکیه درباره سوریه گفتگو کردند", "fa") == [
        ("روسیه", None),
        ("ترکیه", None),
        ("سوریه", None),
    ]


def test_a_town_whose_name_is_a_word_needs_a_locative_cue(finder):
    # "اندیشه" is a town of 100,000 people and the word "thought"; "در" (in) before it makes it the town.
    assert places(finder, "این اندیشه تازه است", "fa") == []
    assert places(finder, "او در اندیشه زندگی می کند", "fa") == [("اندیشه", None)]


def test_a_country_that_reads_as_an_adjective_needs_a_cue(finder):
    # "مالی" is Mali and "financial": alone after a noun it is the adjective.
    assert places(finder, "نظام مالی کشور", "fa") == []
    assert places(finder, "سربازان در مالی ماندند", "fa") == [("مالی", None)]


def test_a_weekday_is_no_town(finder):
    # "دوشنبه" is Monday and Dushanbe, even after "در" (on Monday).
    assert places(finder, "جلسه در دوشنبه و در تهران برگزار شد", "fa") == [("تهران", None)]


def test_persian_ezafe_after_a_long_vowel_is_read_off_not_the_adjective_ending(finder):
    assert places(finder, "در کانادای غربی", "fa") == [("کانادای", "کانادا")]
    assert places(finder, "شرکت ایرانی در تهران", "fa") == [("تهران", None)]


def test_a_town_listed_after_another_place(finder):
    assert places(finder, "در تهران و یزد دستگیر شدند", "fa") == [("تهران", None), ("یزد", None)]


# --- people ---------------------------------------------------------------------------------------


def test_arabic_title_adjective_and_a_foreign_name(finder):
    assert people(finder, "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات انتهت.", "ar") == ["سيرغي لافروف"]


def test_an_arabic_given_name_opening_a_name_of_three_words(finder):
    assert people(finder, "وصل أحمد ساير داودزي إلى دبي.", "ar") == ["أحمد ساير داودزي"]


def test_no_person_from_a_title_before_words_of_the_sentence(finder):
    # After the title: a clause ("and its ministers returned ..."), a source: no name, when unsure no person.
    assert people(finder, "ورئيس وزرائها عاد لارتداء ربطة العنق.", "ar") == []
    assert people(finder, "قال مصدر مطلع إن الشرطة فتحت تحقيقا.", "ar") == []
    assert people(finder, "قال الرئيس جو بايدن إن", "ar") == ["جو بايدن"]


def test_a_given_name_after_a_number_is_a_number_word(finder):
    # "هزار" (thousand) is also a given name in Faker's Persian data.
    assert people(finder, "۵۰ هزار میلیارد تومان", "fa") == []
    assert people(finder, "سرهنگ علی رضایی گفت", "fa") == ["علی رضایی"]


def test_persian_title_then_country_then_name(finder):
    found = people(finder, "رئیس‌جمهور روسیه ولادیمیر پوتین در مسکو سخن گفت", "fa")
    assert found == ["ولادیمیر پوتین"]


def test_persian_speaker_clause_before_the_verb(finder):
    assert people(finder, "بازار.\nقالیباف اصل گفت: ارزش معاملات بالا رفت.", "fa") == ["قالیباف اصل"]
    assert people(finder, "بازار.\nمقام ایرانی گفت: ارزش معاملات بالا رفت.", "fa") == []  # an adjective


def test_hindi_title_and_a_name_closed_by_a_postposition(finder):
    assert people(finder, "प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में कहा", "hi") == ["नरेंद्र मोदी"]


def test_hebrew_title_with_its_article_and_a_name_of_two_words(finder):
    assert people(finder, "אמר השר יאיר לפיד בתל אביב", "he") == ["יאיר לפיד"]
    assert people(finder, "ראש הממשלה בנימין נתניהו אמר", "he") == ["בנימין נתניהו"]


def test_a_hebrew_adjective_between_title_and_name_is_passed_over(finder):
    # "the Turkish foreign minister": the adjective (article, relational ending) is no word of the name
    assert people(finder, "אמר שר החוץ הטורקי יוסף דמיר בבירה", "he") == ["יוסף דמיר"]


def test_a_geresh_inside_a_hebrew_word_keeps_the_foreign_name_whole(finder):
    # צ' and ג' write "ch" and "j": "צ'לבי" is one word, not "צ'" and "לבי"
    assert people(finder, "אמר השר ג'מאל צ'לבי בבירה", "he") == ["ג'מאל צ'לבי"]


def test_a_name_does_not_run_over_a_line_or_into_latin_letters(finder):
    assert people(finder, "بقلم أحمد محمد\nNovember 2020", "ar") == ["أحمد محمد"]
    assert people(finder, "صحيفة Le Parisien الفرنسية", "ar") == []


def test_the_registry_confirms_a_name_the_dictionary_knows(toolkit):
    # Two words of the dictionary ("mountain", "the sun") after a title: a person only when the registry knows it.
    plain = NameFinder(toolkit.gazetteer)
    registered = NameFinder(toolkit.gazetteer, known=lambda name: name == "جبل الشمس")
    text = "قال الكاتب جبل الشمس"
    assert people(registered, text, "ar") == ["جبل الشمس"]
    assert people(plain, text, "ar") == []


def _sentences(k: int) -> str:
    return " ".join(["قال الرئيس جو بايدن في باريس."] * k)


def test_reading_is_linear_in_words(finder):
    # Every word is looked at a bounded number of times: ten times the sentences, about ten times the CPU time.
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    ratio = growth_ratio(_sentences, lambda text: finder(text, "ar"), 200)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the words (linear is about 10)"
    found = finder(_sentences(400), "ar")  # a long text of names and places still reads
    assert len([f for f in found if f.label == "PERSON"]) == 400
    assert len([f for f in found if f.label == "GPE"]) == 400


def test_a_small_town_only_after_a_place_noun(finder):
    # Tonekabon (37,000 people): after "شهرستان" (the county of) a place; after "در" (in) alone, too small to trust.
    assert places(finder, "پلیس شهرستان تنکابن اعلام کرد", "fa") == [("تنکابن", None)]
    assert places(finder, "او در تنکابن بود", "fa") == []


def test_a_place_noun_with_its_article_is_the_noun(finder):
    # "المدينة" is "the city" before it is Medina; "الرياض" is Riyadh.
    assert places(finder, "يعيش بالمدينة منذ سنوات وفي الرياض", "ar") == [("الرياض", None)]


def test_a_persian_family_name_after_a_given_name_but_no_adjective(finder):
    assert people(finder, "مهدی حسینی در تهران بود", "fa") == ["مهدی حسینی"]
    assert people(finder, "نظام بانکی کشور", "fa") == []  # "the banking system": "بانک" and its adjective


def test_short_country_names_and_continents_in_every_script(finder):
    # "अमेरिका" (America) is no CLDR name; "चीन" is three letters with its vowel sign; Europe is a continent.
    assert [t for t, _ in places(finder, "अमेरिका और चीन के बीच यूरोप", "hi")] == ["अमेरिका", "चीन", "यूरोप"]
    assert places(finder, 'בארה"ב ובאירופה', "he") == [('בארה"ב', 'ארה"ב'), ("ובאירופה", "אירופה")]


def test_a_word_of_descent_before_a_given_name_is_part_of_the_name(finder):
    assert people(finder, "دیروز سید مهدی حسینی آمد", "fa") == ["سید مهدی حسینی"]


def test_a_persian_family_name_ends_with_a_part_written_apart(finder):
    assert people(finder, "سرهنگ علی کریمی فر گفت: پلیس آماده است.", "fa") == ["علی کریمی فر"]
    assert people(finder, "سرگرد رضا احمدی نژاد فرمانده پلیس شهر گفت: همه آمدند.", "fa") == ["رضا احمدی نژاد"]
    assert people(finder, "سرهنگ علی کریمی فرمانده پلیس گفت: همه آمدند.", "fa") == ["علی کریمی"]  # a word, no part


def test_an_arabic_stop_word_with_a_preposition_written_on_ends_a_name(finder):
    # "ببعض" is "with" and "some": the sentence goes on after the name
    assert people(finder, "وشعر كريم ناصف ببعض التعب بعد العرض.", "ar") == ["كريم ناصف"]


def test_a_known_name_is_found_with_a_prefix_written_on():
    known = {"الكرملين", "كيربي", "כיכר האדומה"}.__contains__
    text = "رسالة للكرملين وأخرى لكيربي"
    assert [(text[a:b], n) for a, b, n in uncased.prefixed_names(text, "ar", known)] == [
        ("للكرملين", "الكرملين"),  # "for the": لل stands for ل and ال
        ("لكيربي", "كيربي"),
    ]
    text = "המצעד בכיכר האדומה ייערך"
    assert [(text[a:b], n) for a, b, n in uncased.prefixed_names(text, "he", known)] == [
        ("בכיכר האדומה", "כיכר האדומה")
    ]
    assert uncased.prefixed_names("بالكرملين", "en", known) == []  # a language written with capitals


def test_a_persian_name_before_a_comma_and_a_title_is_a_person_though_a_word_of_it_is_a_town(finder):
    # Wang Wenbin: "وین" alone is Vienna, "بین" alone "between"; the apposition after the comma says who he is
    text = "وانگ وین بین، سخنگوی وزارت امور خارجه چین، گفت که پکن نگران است."
    assert "وانگ وین بین" in people(finder, text, "fa")
    assert ("وین", "Vienna") not in [(t, n) for t, n in places(finder, text, "fa")]
    text = "کاوه آهنگران، عضو کمیسیون امنیت ملی مجلس، می‌گوید که پاسخ داده خواهد شد."
    assert people(finder, text, "fa") == ["کاوه آهنگران"]
    # a day opening the clause is no name: its words are words of the dictionary
    assert people(finder, "روز چهارشنبه، رئیس دولت گفت که پاسخ داده خواهد شد.", "fa") == []


def test_a_name_after_according_to_is_a_person(finder):
    # "in the words of" (Hebrew), "and according to" (Arabic, "and" written on): the name right after it
    assert people(finder, 'לדברי מיכאילו פודולאק, "אוקראינה לא תוקפת".', "he") == ["מיכאילו פודולאק"]
    assert people(finder, 'وبحسب ميخائيلو بودولاك، فإن "أوكرانيا لا تهاجم".', "ar") == ["ميخائيلو بودولاك"]
