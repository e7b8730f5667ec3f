"""Quote attribution in Arabic, Persian and Hebrew wire copy: verb-first clauses with "and" written onto the verb,
Persian light verbs, and the agencies' spellings of the registered cast. The people in the attribution tests are
invented names, given to the rules as entities: what is tested is the reading of the clause, not the registry."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import ents, rules_speakers
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.quotes.language import load
from wirestream.services.enrich.entities.quotes.text import Layout, tokens
from wirestream.services.enrich.entities.registry import Registry


def test_an_arabic_verb_with_and_written_onto_it_opens_a_verb_first_attribution() -> None:
    text = 'وقال المتحدث باسم الوزارة سامي حداد للصحفيين: "هذا عمل إرهابي مخطط له ضد الدولة".'
    assert rules_speakers(text, "ar", سامي_حداد="PERSON") == ["سامي حداد"]
    assert [q.verb for q in find_quotes(text, ents(text, سامي_حداد="PERSON"), "ar")] == ["وقال"]


def test_an_arabic_verb_after_the_quote_and_its_arabic_comma_gives_the_subject_after_it() -> None:
    text = '"لم نهاجم أحدا في هذه الحرب"، قال الرئيس سامي حداد في المؤتمر.'
    assert rules_speakers(text, "ar", سامي_حداد="PERSON") == ["سامي حداد"]


def test_the_and_letter_is_read_off_only_before_a_listed_word() -> None:
    ar = load("ar")
    assert ar.is_verb("وقال") and ar.is_verb("فأضاف") and ar.verb_lemma("وقالت") == "قالت"
    assert not ar.is_verb("وقت")  # "time": و and a word no verb list holds
    assert ar.gender_of_verb("وقالت") == "f"


def test_a_full_stop_before_an_uncased_letter_ends_the_sentence() -> None:
    # the sentence before names someone else: the verb-first clause after its full stop is its own sentence
    text = 'وأضاف أن الرئيس كمال نور لم يصب بأذى. وقال الوزير سامي حداد: "لا يمكننا تأكيد صحة هذه الادعاءات بأي شكل".'
    assert rules_speakers(text, "ar", كمال_نور="PERSON", سامي_حداد="PERSON") == ["سامي حداد"]
    layout = Layout(text, [], frozenset())
    assert [text[cut:].split()[0] for cut in layout.sentences[:1]] == ["وقال"]
    assert not Layout("التقى د. سامي حداد الوزير.", [], frozenset()).sentences[:-1]  # "د." (doctor) is an initial
    assert len(Layout("هل هذا صحيح؟ قال الوزير ذلك.", [], frozenset()).sentences) == 2  # the Arabic question mark


def test_a_hebrew_acronym_with_gershayim_is_one_word_of_a_title() -> None:
    # 'יו"ר' (chairman) written with a plain double quote: one word, a title, not a quotation mark and two words
    text = 'סגן יו"ר המועצה יוסי לוי אמר: "לא נותרה שום ברירה אחרת מלבד זו".'
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]
    assert [t.text for t in tokens('יו"ר המועצה')] == ['יו"ר', "המועצה"]


def test_an_arabic_agency_reporting_a_name_his_saying_gives_the_name() -> None:
    # "the agency reported from Sami Haddad his saying": Haddad speaks, though "from" governs his name
    text = 'ونقلت الوكالة الوطنية عن سامي حداد قوله: "الوزير لم يكن في المبنى وقت الهجوم".'
    labels = {"الوكالة_الوطنية": "ORG", "سامي_حداد": "PERSON"}
    assert rules_speakers(text, "ar", **labels) == ["سامي حداد"]
    assert [q.verb for q in find_quotes(text, ents(text, **labels), "ar")] == ["قوله"]


def test_a_hebrew_impersonal_passive_gives_the_body_named_after_it() -> None:
    # "it was reported from the foreign ministry": the ministry speaks, not the person named before
    text = 'יוסי לוי אמר שהשר לא נפגע. נמסר ממשרד החוץ: "אנו רואים בפעולות אלה מעשה טרור מתוכנן".'
    labels = {"יוסי_לוי": "PERSON", "משרד_החוץ": "ORG"}
    assert rules_speakers(text, "he", **labels) == ["משרד החוץ"]
    assert [q.verb for q in find_quotes(text, ents(text, **labels), "he")] == ["נמסר"]


def test_a_hebrew_verb_before_its_subject_after_the_quote() -> None:
    text = '"זה היה מעשה טרור מתוכנן נגד המדינה", אמר הדובר יוסי לוי.'
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]


def test_a_hebrew_subject_verb_and_colon_before_the_quote() -> None:
    text = 'השר יוסי לוי אמר לכתבים: "התגובה תהיה בזמן ובמקום המתאימים".'
    assert rules_speakers(text, "he", יוסי_לוי="PERSON") == ["יוסי לוי"]
    assert [q.verb for q in find_quotes(text, ents(text, יוסי_לוי="PERSON"), "he")] == ["אמר"]


def test_a_persian_noun_and_light_verb_report_speech() -> None:
    text = "رضا احمدی به خبرنگاران اظهار داشت: «پاسخ ما در زمان و مکان مناسب خواهد بود»."
    assert rules_speakers(text, "fa", رضا_احمدی="PERSON") == ["رضا احمدی"]
    fa = load("fa")
    assert fa.light_verb("داشت", "اظهار") and not fa.light_verb("داشت", "خانه")  # "had a house": no speech


def test_a_persian_according_to_cue_names_the_speaker() -> None:
    text = "به گفته رضا احمدی، مشاور وزیر، «ما هیچ ربطی به این حادثه نداریم و حمله نمی‌کنیم»."
    assert rules_speakers(text, "fa", رضا_احمدی="PERSON") == ["رضا احمدی"]


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("دميتري بيسكوف", "person/dmitry-peskov"),
        ("فولوديمير زيلينسكي", "person/volodymyr-zelensky"),
        ("جون كيربي", "person/john-kirby"),
        ("فياتشيسلاف فولودين", "person/vyacheslav-volodin"),
        ("پسکوف", "person/dmitry-peskov"),
        ("زلنسکی", "person/volodymyr-zelensky"),
        ("پودولیاک", "person/mykhailo-podolyak"),
        ("דמיטרי פסקוב", "person/dmitry-peskov"),
        ("ג'ון קירבי", "person/john-kirby"),
        ("أنتوني بلينكن", "person/antony-blinken"),
        ("واشنطن", "place/washington"),
        ("الساحة الحمراء", "place/red-square"),
        ("میدان سرخ", "place/red-square"),
        ("البيت الأبيض", "org/white-house"),
        ("مجلس الدوما", "org/state-duma"),
        ("ريا نوفوستي", "org/ria-novosti"),
        ("המכון לחקר המלחמה", "org/institute-for-the-study-of-war"),
    ],
)
def test_the_incidents_cast_is_known_as_arabic_persian_and_hebrew_agencies_spell_it(written, known):
    entry = Registry.from_setting(None).lookup(written)
    assert entry is not None and entry.id == known


def test_a_registered_name_with_a_prefix_written_on_is_the_registered_one(toolkit) -> None:
    from tests.unit.test_registry_quotes_incident import dated
    from wirestream.services.enrich.entities.logic import enrich

    article = enrich(dated("שאלה נשלחה לפסקוב ולקרמלין.", "he"), toolkit)
    assert {e.id for e in article.entities} == {"person/dmitry-peskov", "place/moscow-kremlin"}  # not Pskov


def test_a_persian_member_of_a_council_is_no_body_that_speaks() -> None:
    # "شورای" (the council of) heads a body's name, not a speaker's phrase: "عضو شورای عالی" is a member of it
    text = "عضو شورای عالی این احتمال را رد نمی‌کند و می‌گوید: «من نمی‌توانم از جانب اعضای دیگر نظری بدهم»."
    assert rules_speakers(text, "fa") == [None]
