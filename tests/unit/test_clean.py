"""clean: boilerplate goes (recorded with a reason), every body sentence stays."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirestream.errors import PermanentError
from wirestream.services.enrich.clean.logic import clean, normalise
from wirestream.services.ingest.fetch.formats import read_article


def cleaned(raw: bytes | str, name: str, now: datetime):
    data = raw.encode() if isinstance(raw, str) else raw
    return clean(read_article(data, name=name, uri=f"file:///{name}", received_at=now))


def test_seed_one_loses_header_and_repeated_lede_only(seed_paths, now):
    article = cleaned(seed_paths[0].read_bytes(), seed_paths[0].name, now)
    reasons = [r.reason for r in article.removed]
    assert reasons == ["seed header", "duplicated lede"]
    assert article.text.startswith("Russia has accused Ukraine")
    assert "date 2023-05-06" not in article.text
    # the sentence the lede repeated is still in its own paragraph, once
    assert article.text.count("Although Russia has not released any evidence") == 1
    assert article.text.endswith("shape the course of the situation in Ukraine.")
    assert article.language == "en"


def test_a_short_item_is_read_in_its_headline_language_too(now):
    # one wire sentence alone reads as Luxembourgish to the identifier (it did, and lost every entity): the headline
    # above it is in the same language and tips it
    article = cleaned("Drones over the Kremlin\n\nChechen leader Ramzan Kadyrov vowed revenge.\n", "brief.txt", now)
    assert article.title == "Drones over the Kremlin"
    assert article.text == "Chechen leader Ramzan Kadyrov vowed revenge."
    assert article.language == "en"


def test_seed_two_loses_promo_credit_and_lede(seed_paths, now):
    article = cleaned(seed_paths[1].read_bytes(), seed_paths[1].name, now)
    reasons = {r.reason for r in article.removed}
    assert reasons == {"seed header", "promo", "photo credit", "duplicated lede"}
    assert "REGISTER DOMAIN NAMES" not in article.text
    assert "Shutter Stock" not in article.text
    assert article.text.startswith("MOSCOW – Following unconfirmed videos")
    assert article.text.count("Officials allege that Ukrainian forces") == 1
    assert "Koffler also noted that an unknown third party" in article.text
    assert "“terrorist action”" in article.text  # curly quotes survive


def test_html_main_text_without_page_chrome(now):
    html = """<html><head><title>Drones hit Kremlin | World News</title>
    <meta property="article:published_time" content="2023-05-03T10:00:00Z"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Drones hit Kremlin</h1>
    <p>Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of President Vladimir Putin.</p>
    <p>The Kremlin press service said the drones were disabled by electronic warfare systems and no one was hurt.</p>
    <p>Ukraine denied any involvement, and officials in Kyiv suggested the incident had been staged.</p>
    </article>
    <footer>Copyright 2023 World News. All rights reserved. Subscribe to our newsletter.</footer>
    </body></html>"""
    article = cleaned(html, "page.html", now)
    assert "two drones had targeted the Kremlin" in article.text
    assert "officials in Kyiv suggested" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.title and "Drones hit Kremlin" in article.title
    assert any(h.source == "html-meta" and h.value.startswith("2023-05-03") for h in article.date_hints)


def test_html_without_text_is_a_permanent_error(now):
    with pytest.raises(PermanentError, match="no article text"):
        cleaned("<html><body><script>var x = 1;</script></body></html>", "empty.html", now)


def test_mojibake_and_spacing_are_repaired():
    assert normalise("The Kremlinâ€™s statement\u00a0 said   so.\r\n\r\n\r\n\r\nNext.") == (
        "The Kremlin’s statement said so.\n\nNext."
    )


def test_headline_on_first_line_becomes_title(now):
    article = cleaned(
        "Kremlin says drones shot down\n\nTwo drones were shot down over Moscow, officials said.", "a.txt", now
    )
    assert article.title == "Kremlin says drones shot down"
    assert article.title_source == "first-line"
    assert article.text == "Two drones were shot down over Moscow, officials said."


def test_without_title_the_first_sentence_is_used_and_marked(seed_paths, now):
    article = cleaned(seed_paths[0].read_bytes(), seed_paths[0].name, now)
    assert article.title_source == "first-sentence"
    assert article.title.startswith("Russia has accused Ukraine")


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Drones over Moscow\n\nBody.", "Drones over Moscow\n\nBody."),
        ("  ## Drones over Moscow ##  \nBody.", "Drones over Moscow\nBody."),  # closing sequence cut
        ("#\nBody.", "\nBody."),  # an empty heading goes, the next line stays a line
        ("####### Seven is no heading", "####### Seven is no heading"),
        ("See [the report](https://example.org/a) now.", "See the report now."),
        ("![A drone](https://example.org/d.jpg)", "A drone"),
        ("[Moscow](https://en.wikipedia.org/wiki/Moscow_(city)) said", "Moscow said"),  # one level of parentheses
        ("[[[ unclosed [ brackets", "[[[ unclosed [ brackets"),
        ("**Bold** and _italic_", "Bold and italic"),
    ],
)
def test_markdown_to_text(markdown, text):
    from wirestream.services.enrich.clean.logic import markdown_to_text

    assert markdown_to_text(markdown) == text


def test_copies_go_and_paragraphs_sharing_most_words_stay():
    from wirestream.services.enrich.clean.logic import remove_boilerplate

    lede = "Officials in the city said a drone was seen over the river on Tuesday before it fell near the wall."
    other = "Officials in the city said a drone was seen over the river on Tuesday and nobody was hurt there."
    body = "The mayor said the flights would be banned over the city until further notice, starting on Friday."
    cleaning = remove_boilerplate("\n\n".join([lede, lede, body, other, body]))
    assert cleaning.text.split("\n\n") == [lede, other, body]  # the later, in-place copy of each is kept
    assert [r.reason for r in cleaning.removed] == ["duplicated lede", "duplicate paragraph"]
    # A paragraph that a longer one kept above already says goes too.
    cleaning = remove_boilerplate("\n\n".join([f"{lede} {body}", other, lede]))
    assert cleaning.text.split("\n\n") == [f"{lede} {body}", other]


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII line\n\n\n\nand another\twith a tab",
        "CafÃ© and â€œquotesâ€\x9d\nplain line after it\nÐ¿Ñ€Ð¸Ð²ÐµÑ‚",  # mojibake between plain lines
        "Tom &amp; Jerry\nplain\n<b>bold</b> &amp; more\nJerry &amp; Tom",  # a '<' stops entity unescaping after it
        "a\r\nb\r\rc\x1b[31m red\nd\u2028e",
    ],
)
def test_normalise_repairs_as_ftfy_does(text):
    import ftfy

    from wirestream.services.enrich.clean.logic import _fix_unicode

    assert _fix_unicode(text) == ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)


def test_a_page_of_more_elements_than_any_article_is_refused_with_its_reason():
    from wirestream.services.enrich.clean import pages
    from wirestream.services.enrich.clean.logic import html_to_text

    with pytest.raises(PermanentError, match="HTML elements, more than the 100,000"):
        html_to_text("<html><body><ul>" + "<li>a</li>" * pages.MAX_ELEMENTS + "</ul></body></html>")
    assert pages.extract_options("<html><body><p>a</p></body></html>") == {"fast": False}
    assert pages.extract_options("<p>a</p>" * (pages.FALLBACK_MAX_ELEMENTS + 1)) == {"fast": True}


def test_an_article_set_in_a_layout_table_keeps_its_paragraphs():
    from wirestream.services.enrich.clean import pages
    from wirestream.services.enrich.clean.logic import html_to_text

    paragraphs = [
        f"Paragraph {n} of the hearing report holds enough words to be read as the body of an article by anyone."
        for n in range(1, 9)
    ]
    cell = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><body><table><tr><td>menu</td><td>{cell}</td></tr></table></body></html>"
    assert "<table" not in pages.without_layout_tables(page)
    text = html_to_text(page)[0]
    assert [line for line in text.splitlines() if line.startswith("Paragraph")] == paragraphs


def test_a_data_table_and_a_page_without_tables_are_left_as_they_are():
    from wirestream.services.enrich.clean import pages

    data = "<html><body><p>Results:</p><table><tr><td>Kyiv</td><td>3</td></tr></table></body></html>"
    assert pages.without_layout_tables(data) == data
    plain = "<html><body><p>No table here.</p></body></html>"
    assert pages.without_layout_tables(plain) == plain


def test_a_table_around_a_layout_table_is_read_as_blocks_too():
    from wirestream.services.enrich.clean import pages

    inner = "<table><tr><td><p>One.</p><p>Two.</p></td></tr></table>"
    page = f"<html><body><table><tr><td>{inner}</td></tr></table><table><tr><td>1</td></tr></table></body></html>"
    out = pages.without_layout_tables(page)
    assert out.count("<table") == 1 and "<p>One.</p>" in out  # the data table after them stays
