"""clean: the publication date comes from the article's own stamp, never from a related story's date."""

from __future__ import annotations

from datetime import date, datetime

from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.clean.stamps import by_position, is_date_line, page_stamps
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.ingest.fetch.formats import read_article

BODY = (
    "Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of "
    "President Vladimir Putin, and that both had been brought down by electronic warfare systems."
)
MORE = "Ukraine denied any involvement, and officials in Kyiv suggested the incident had been staged."


def published(raw: str, name: str, now: datetime) -> date | None:
    article = date_parse(clean(read_article(raw.encode(), name=name, uri=f"file:///{name}", received_at=now)))
    return article.published_at.value if article.published_at else None


def test_a_page_saved_as_text_takes_the_stamp_at_its_headline_not_a_related_story(now):
    text = "\n".join(
        [
            "Drones over the Kremlin | Evening Wire",
            "Tuesday, 9 May 2023",  # the masthead's date: the day the page was saved
            "Home",
            "Drones over the Kremlin",
            "By Anna Petrova",
            "3 May 2023, 10:14",
            BODY,
            MORE,
            "Related stories",
            "Moscow bans drone flights over the city",
            "4 May 2023",
            "Kyiv denies any role in the attack",
            "2 May 2023",
        ]
    )
    assert published(text, "page.txt", now) == date(2023, 5, 3)


def test_a_stamp_that_says_published_wins_wherever_it_stands(now):
    text = "\n\n".join(
        ["Drones over the Kremlin", BODY, "12 May 2023", MORE, "Published: 3 May 2023", "Comments", "8 May 2023"]
    )
    assert published(text, "a.txt", now) == date(2023, 5, 3)


def test_dates_only_in_a_related_list_far_below_come_after_the_near_ones():
    lines = ["Headline of the story", BODY, "Related", "Another story", "4 May 2023", "Yet another", "2 May 2023"]
    assert by_position(["2 May 2023", "4 May 2023", "Updated 5 May 2023"], lines, 0) == [
        "4 May 2023",
        "2 May 2023",
        "Updated 5 May 2023",
    ]
    assert page_stamps(lines, 0, lambda: "en") == []  # none is at the headline, none says "published"


def test_html_the_date_line_under_the_headline_beats_metadata_that_disagrees(now):
    html = f"""<html><head><title>Drones over the Kremlin</title>
    <meta property="article:published_time" content="2023-05-04T02:11:03+00:00"></head><body>
    <article><h1>Drones over the Kremlin</h1><time datetime="2023-05-03T22:11:03-04:00">May 3, 2023</time>
    <p>{BODY}</p><p>{MORE}</p></article>
    <aside><h3>Related</h3><ul><li>Moscow bans drone flights</li><li>April 30, 2023</li></ul></aside></body></html>"""
    assert published(html, "page.html", now) == date(2023, 5, 3)
    # without such a line, the metadata's day
    no_line = html.replace('<time datetime="2023-05-03T22:11:03-04:00">May 3, 2023</time>', "")
    assert published(no_line, "page.html", now) == date(2023, 5, 4)


def test_date_lines():
    for line in ("3 May 2023, 10:14", "1. Februar 2022 , Daniel Dillenburg", "By Anna Petrova, May 3, 2023"):
        assert is_date_line(line, "de" if "Februar" in line else "en"), line
    for line in ("Russia said on May 3, 2023 that drones had hit the Kremlin.", "May 2023", "Page 3 of 12"):
        assert not is_date_line(line, "en"), line


def test_a_date_line_in_capitals_at_the_headline_counts():
    lines = ["Kremlin says drones were downed", "By Anna Petrova", "08:44, 3 NOV 2023", BODY]
    assert page_stamps(lines, 0, lambda: "en") == ["08:44, 3 NOV 2023"]
