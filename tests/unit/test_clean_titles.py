"""clean: the title is the article's headline, never a button, a label, a date or the site's name."""

from __future__ import annotations

from datetime import datetime

import lxml.html

from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.clean.titles import html_title, text_title
from wirestream.services.ingest.fetch.formats import read_article

BODY = (
    "Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of "
    "President Vladimir Putin, and that both had been brought down by electronic warfare systems."
)
MORE = "Ukraine denied any involvement, and officials in Kyiv suggested the incident had been staged."


def cleaned(raw: str, name: str, now: datetime):
    return clean(read_article(raw.encode(), name=name, uri=f"file:///{name}", received_at=now))


def page(head: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>{BODY}</p></body></html>")


def test_the_site_name_is_cut_from_the_metadata_title_when_the_page_names_its_site():
    doc = page('<meta property="og:site_name" content="World News">', "<h2>Latest</h2>")
    assert html_title(doc, "Drones hit Kremlin | World News", None, None) == "Drones hit Kremlin"
    # the address says it
    assert html_title(page("", ""), "Drones hit Kremlin - worldnews.com", None, None) == "Drones hit Kremlin"
    assert (
        html_title(page("", ""), "Drones hit Kremlin – The Daily Planet", None, "https://www.dailyplanet.com/x")
        == "Drones hit Kremlin"
    )
    # a prefix, at a colon too
    doc = page('<meta property="og:site_name" content="BDZV">', "")
    assert html_title(doc, "BDZV: Zeitungen zeigen Titelseite zur Pressefreiheit", None, None) == (
        "Zeitungen zeigen Titelseite zur Pressefreiheit"
    )
    # the page's own headline in <h1> shows which part is the headline
    doc = page("", "<h1>Drones hit Kremlin</h1>")
    assert html_title(doc, "Drones hit Kremlin · Evening Wire", None, None) == "Drones hit Kremlin"


def test_without_evidence_the_metadata_title_stays_whole():
    doc = page("", "<h2>Latest</h2>")
    assert html_title(doc, "Brexit: talks resume in Brussels", None, None) == "Brexit: talks resume in Brussels"
    assert html_title(doc, "Kyiv - Moscow: a night of drones", None, None) == "Kyiv - Moscow: a night of drones"


def test_a_section_label_or_site_name_gives_way_to_the_headline():
    doc = page(
        "<title>Zeitungen zeigen Titelseite zur Pressefreiheit</title>",
        '<nav><a href="/">Start</a><a href="/presse">Pressemitteilungen</a></nav>'
        "<h1>Zeitungen zeigen Titelseite zur Pressefreiheit</h1>",
    )
    assert html_title(doc, "Pressemitteilungen", None, None) == "Zeitungen zeigen Titelseite zur Pressefreiheit"
    doc = page(
        '<meta property="og:site_name" content="Evening Wire"><title>Drones hit Kremlin</title>',
        "<h1>Drones hit Kremlin</h1>",
    )
    assert html_title(doc, "Evening Wire", None, None) == "Drones hit Kremlin"


def test_a_page_saved_as_text_takes_the_headline_its_title_line_repeats(now):
    text = "\n".join(
        [
            "Drones hit Kremlin, Moscow says | Evening Wire",
            "Evening Wire",
            "Home",
            "World",
            "Drones hit Kremlin, Moscow says",
            BODY,
            MORE,
        ]
    )
    article = cleaned(text, "page.txt", now)
    assert article.title == "Drones hit Kremlin, Moscow says"
    assert article.title_source == "page-title"
    assert "Drones hit Kremlin" not in article.text
    assert {"page title", "title repeated in text"} <= {r.reason for r in article.removed}
    # a site's name repeated in the page's header is no headline
    assert text_title(["Drones hit Kremlin, Moscow says | Evening Wire", "Evening Wire", BODY]) is None


def test_a_button_a_label_or_the_site_name_over_the_headline_is_not_the_title(now):
    for over in ("Watch Now", "File Photo", "Show More", "Home / World / Europe", "Wed 3 May 2023 17.26 BST"):
        article = cleaned(f"{over}\n\nKremlin says drones were downed over Moscow\n\n{BODY}\n\n{MORE}", "a.txt", now)
        assert article.title == "Kremlin says drones were downed over Moscow", over
    text = f"The Moscow Times\n\nKremlin says drones were downed over Moscow\n\n{BODY}\n\n© 2023 The Moscow Times"
    article = cleaned(text, "b.txt", now)
    assert article.title == "Kremlin says drones were downed over Moscow"
    assert article.title_source == "first-line"
    assert any(r.reason == "site name" and r.text == "The Moscow Times" for r in article.removed)


def test_a_menu_entry_or_the_site_name_repeated_is_no_headline():
    assert text_title(["Home", "Home", "News", BODY]) is None
    lines = ["Menu | Kremlin Daily Online", "Kremlin Daily Online", BODY, "© 2023 Kremlin Daily Online"]
    assert text_title(lines) is None
