"""English names whose frames in the article contradict the recogniser's label (round s25b): a company's frame
makes an organisation, a work's word before a title makes a work, a one-word "person" that opens a company the
article names is the company, a lone given name labelled a place beside a person who bears it is that person."""

from __future__ import annotations

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.entities import frames
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str, nth: int = 0) -> RawEntity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return RawEntity(span, label, start, start + len(span))


def _labels(found: list[RawEntity], text: str, toolkit) -> list[str]:
    return [e.label for e in frames._framed(found, text, "en", toolkit.gazetteer)]


def test_a_name_with_a_company_frame_is_an_organisation_at_every_mention(toolkit):
    text = "Zorvex is set to raise $12bn. Zorvex shares closed in New York on Tuesday at $185."
    found = [_at(text, "Zorvex", "GPE"), _at(text, "Zorvex", "GPE", 1), _at(text, "New York", "GPE")]
    assert _labels(found, text, toolkit) == ["ORG", "ORG", "GPE"]
    text = "Tmall, the retail site owned by Zorvex, responded."
    assert _labels([_at(text, "Zorvex", "GPE")], text, toolkit) == ["ORG"]
    text = "A Zorvex spokesperson declined to comment. Zorvex’s revenue rose."
    assert _labels([_at(text, "Zorvex", "GPE"), _at(text, "Zorvex’s", "GPE")], text, toolkit) == ["ORG", "ORG"]
    text = "He is the CEO of Halvorsen Brandt and shares in Halvorsen Brandt rose."
    assert _labels([_at(text, "Halvorsen Brandt", "PERSON")], text, toolkit) == ["ORG"]


def test_staff_at_a_name_make_it_an_organisation(toolkit):
    # people work at a firm, not at a person: "analysts at", and a firm coordinated right after the first
    text = "Analysts at Halvorsen Brandt and Morgan Stanley said defence stocks gained."
    found = [_at(text, "Halvorsen Brandt", "PERSON"), _at(text, "Morgan Stanley", "PERSON")]
    assert _labels(found, text, toolkit) == ["ORG", "ORG"]
    text = "Engineers at Elon Musk's company met Elon Musk on Monday."  # a person's possessive: his company's staff
    assert _labels([_at(text, "Elon Musk", "PERSON"), _at(text, "Elon Musk", "PERSON", 1)], text, toolkit) == [
        "PERSON",
        "PERSON",
    ]


def test_a_persons_or_a_known_places_possessive_is_no_company_frame(toolkit):
    text = "Musk’s shares in the firm were sold. Elon Musk said so."
    found = [_at(text, "Musk’s", "PERSON"), _at(text, "Elon Musk", "PERSON")]
    assert _labels(found, text, toolkit) == ["PERSON", "PERSON"]
    text = "Hong Kong shares fell and China’s revenue from tariffs rose."
    found = [_at(text, "Hong Kong", "GPE"), _at(text, "China’s", "GPE")]
    assert _labels(found, text, toolkit) == ["GPE", "GPE"]
    text = "A Smith spokesperson said Smith would attend."
    assert _labels([_at(text, "Smith", "PERSON", 1)], text, toolkit) == ["PERSON"]


def test_a_title_after_a_works_word_is_a_work(toolkit):
    text = "The book was called The Dragon Waiting. The Dragon Waiting is a cabinet of wonders."
    found = [_at(text, "The Dragon Waiting", "LOC"), _at(text, "The Dragon Waiting", "LOC", 1)]
    assert _labels(found, text, toolkit) == ["WORK_OF_ART", "WORK_OF_ART"]
    text = "She read his novel Marlow Heights twice."
    assert _labels([_at(text, "Marlow Heights", "PERSON")], text, toolkit) == ["WORK_OF_ART"]
    text = "She told the show Marlow Heights was hers. He lives in Marlow Heights."
    assert _labels([_at(text, "Marlow Heights", "GPE", 1)], text, toolkit) == ["GPE"]


def test_a_one_word_person_opening_a_company_is_the_company(toolkit):
    text = "The deal was backed by The Quillan Group. Quillan already held a stake."
    found = [_at(text, "The Quillan Group", "ORG"), _at(text, "Quillan", "PERSON", 1)]
    assert _labels(found, text, toolkit) == ["ORG", "ORG"]
    text = "Trump Holdings bought it. Donald Trump said Trump would stay."
    found = [_at(text, "Trump Holdings", "ORG"), _at(text, "Donald Trump", "PERSON"), _at(text, "Trump", "PERSON", 2)]
    assert _labels(found, text, toolkit) == ["ORG", "PERSON", "PERSON"]


def test_a_lone_given_name_beside_its_person_is_the_person(toolkit):
    text = "The band led by Ann Wilson played. As I listened to Ann sing, I cried."
    found = [_at(text, "Ann Wilson", "PERSON"), _at(text, "Ann", "GPE", 1)]
    assert _labels(found, text, toolkit) == ["PERSON", "PERSON"]
    text = "The trip to Ann went well."
    assert _labels([_at(text, "Ann", "GPE")], text, toolkit) == ["GPE"]


def test_frames_are_english_only_and_leave_the_registrys_names(toolkit):
    text = "Zorvex shares closed higher."
    found = [_at(text, "Zorvex", "GPE")]
    assert [e.label for e in frames._framed(found, text, "fr", toolkit.gazetteer)] == ["GPE"]
    known = RawEntity("Zorvex", "GPE", 0, 6, "Q1")
    assert _labels([known], text, toolkit) == ["GPE"]


def _zorvex(k: int) -> tuple[list[RawEntity], str]:
    text = "Zorvex shares " * k + "owned by " * k + "x" * (5 * k)
    return [RawEntity("Zorvex", "GPE", i * 14, i * 14 + 6) for i in range(0, k, 7)], text


def test_frames_are_linear_on_hostile_text(toolkit):
    ratio = growth_ratio(_zorvex, lambda a: frames._framed(a[0], a[1], "en", toolkit.gazetteer), 2_000)
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the names and text (linear is about 10)"


def test_a_given_name_the_article_places_or_a_big_citys_name_stays_a_place(toolkit):
    text = "Ann Wilson flew home. Prices in Ann rose."
    found = [_at(text, "Ann Wilson", "PERSON"), _at(text, "Ann", "GPE", 1)]
    assert _labels(found, text, toolkit) == ["PERSON", "GPE"]
    text = "Paris Hilton arrived. Paris was cold."
    found = [_at(text, "Paris Hilton", "PERSON"), _at(text, "Paris", "GPE", 1)]
    assert _labels(found, text, toolkit) == ["PERSON", "GPE"]


def test_an_unknown_one_word_place_no_mention_places_is_no_place(toolkit):
    text = "As of October, Zorvexia had a fleet of 270 aircraft. Zorvexia is the top buyer."
    found = [_at(text, "Zorvexia", "GPE"), _at(text, "Zorvexia", "GPE", 1)]
    assert _labels(found, text, toolkit) == ["ORG", "ORG"]
    text = "Zorvexia is small. The raid in Zorvexia killed two."
    found = [_at(text, "Zorvexia", "GPE"), _at(text, "Zorvexia", "GPE", 1)]
    assert _labels(found, text, toolkit) == ["GPE", "GPE"]
    text = "HAYWARD, Calif. (AP) — Fires near Zorvexia. Delhi’s Quorath area is busy. Marquand, Calif. is small."
    found = [_at(text, "HAYWARD", "GPE"), _at(text, "Quorath", "GPE"), _at(text, "Marquand", "GPE")]
    assert _labels(found, text, toolkit) == ["GPE", "GPE", "GPE"]


def test_a_person_headed_by_a_platforms_name_is_no_person(toolkit):
    text = "What can you do? A Twitter Thread by Ann Wilson."
    found = [_at(text, "Twitter Thread", "PERSON"), _at(text, "Ann Wilson", "PERSON")]
    assert _labels(found, text, toolkit) == ["ORG", "PERSON"]


def test_a_frame_on_a_mention_of_another_label_names_the_thing(toolkit):
    text = "The book was called The Dragon Waiting. In The Dragon Waiting, a woman waits."
    found = [_at(text, "The Dragon Waiting", "WORK_OF_ART"), _at(text, "The Dragon Waiting", "LOC", 1)]
    assert _labels(found, text, toolkit) == ["WORK_OF_ART", "WORK_OF_ART"]
    text = "Zorvex’s revenue rose. In Zorvex, Zorvex works."
    found = [_at(text, "Zorvex’s", "ORG"), _at(text, "Zorvex", "GPE", 1), _at(text, "Zorvex", "PERSON", 2)]
    assert _labels(found, text, toolkit) == ["ORG", "ORG", "PERSON"]


def test_the_skys_places_need_no_placing(toolkit):
    text = "Water is hard to find beyond the planet. Earth is wet and Mars is dry."
    found = [_at(text, "Earth", "LOC"), _at(text, "Mars", "LOC")]
    assert _labels(found, text, toolkit) == ["LOC", "LOC"]


def test_a_market_analyst_for_a_name_or_an_apposition_calling_it_a_firm_makes_it_an_organisation(toolkit):
    text = "Ada Quill, an equity strategist for Halvorsen Brandt, said stocks fell."
    assert _labels([_at(text, "Halvorsen Brandt", "PERSON")], text, toolkit) == ["ORG"]
    text = "The deal went to Zorvex Brandt, a Canadian car parts company. Its rivals sued."
    assert _labels([_at(text, "Zorvex Brandt", "PERSON")], text, toolkit) == ["ORG"]
    # a political strategist works for a person; a company director is a person
    text = "Ada Quill, a campaign strategist for Halvorsen Brandt, said the race was close."
    assert _labels([_at(text, "Halvorsen Brandt", "PERSON")], text, toolkit) == ["PERSON"]
    text = "Halvorsen Brandt, a company director, said no."
    assert _labels([_at(text, "Halvorsen Brandt", "PERSON")], text, toolkit) == ["PERSON"]
    # someone's work for a firm: the firm's noun after a preposition is not what the apposition calls the name
    text = "Halvorsen Brandt, a lawyer for the company, said the firm would appeal."
    assert _labels([_at(text, "Halvorsen Brandt", "PERSON")], text, toolkit) == ["PERSON"]
