"""fetch: every supported input becomes an article; anything else a readable refusal."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from services.ingest.fetch.formats import Unreadable, article_id, read_article


def read(raw: bytes, name: str, now: datetime):
    return read_article(raw, name=name, uri=f"file:///inbox/{name}", received_at=now)


def test_seed_header_is_read_as_a_date_hint(seed_paths, now):
    article = read(seed_paths[0].read_bytes(), seed_paths[0].name, now)
    assert article.source.format == "seed"
    assert [(h.value, h.source) for h in article.date_hints] == [("2023-05-06", "seed-header")]
    assert article.content.startswith(" date 2023-05-06")  # clean removes it, recording why
    assert len(article.id) == 32


def test_json_fields(now):
    doc = {
        "title": "Drones over the Kremlin",
        "text": "Two drones were shot down.",
        "url": "https://example.org/a",
        "published_at": "2023-05-03T09:00:00Z",
    }
    article = read(json.dumps(doc).encode(), "a.json", now)
    assert article.title == "Drones over the Kremlin"
    assert article.url == "https://example.org/a"
    assert article.content == "Two drones were shot down."
    assert not article.content_is_html
    assert [(h.value, h.source) for h in article.date_hints] == [("2023-05-03T09:00:00Z", "json")]


def test_json_with_html_body(now):
    article = read(json.dumps({"html": "<p>Text</p>"}).encode(), "b.json", now)
    assert article.content_is_html and article.content == "<p>Text</p>"


@pytest.mark.parametrize(
    ("raw", "name", "reason"),
    [
        (b"", "empty.txt", "empty"),
        (b"  \n\t \n", "blank.txt", "only whitespace"),
        (b"\x00\x01\x02\x03binary", "x.txt", "binary"),
        (b"{not json", "bad.json", "invalid JSON"),
        (b"[1, 2, 3]", "list.json", "must be an object"),
        (b'{"title": "no body"}', "nobody.json", "no non-empty 'text' or 'html'"),
        (b" date 2023-05-03 \n\n  ", "header-only.txt", "no article text"),
        (b" date 2023-05-03 ", "header-only2.txt", "no article text"),
    ],
)
def test_unreadable_inputs_say_why(raw, name, reason, now):
    with pytest.raises(Unreadable, match=reason):
        read(raw, name, now)


def test_encodings_are_detected(now):
    text = "Der Kreml sagte, die Drohnen seien über Moskau abgeschossen worden. Präsident Putin blieb unverletzt."
    utf16 = read(text.encode("utf-16"), "de.txt", now)
    latin1 = read(text.encode("latin-1"), "de.txt", now)
    utf8 = read(text.encode("utf-8"), "de.txt", now)
    assert utf16.content == latin1.content == utf8.content == text
    assert utf16.source.encoding == "utf-16"
    assert utf16.id == latin1.id == utf8.id


def test_id_ignores_spacing_and_line_endings(now):
    a = read(b"Two drones.\r\n\r\nShot down.", "a.txt", now)
    b = read(b"Two  drones.\n\nShot down.\n", "b.txt", now)
    c = read(b"Three drones.\n\nShot down.\n", "c.txt", now)
    assert a.id == b.id != c.id
    assert article_id("x") == article_id(" X ")


def test_format_by_extension_and_sniffing(now):
    assert read(b"<html><body><p>Hi there</p></body></html>", "page.htm", now).content_is_html
    assert read(b"<!DOCTYPE html><html><p>Hi</p></html>", "noext", now).source.format == "html"
    assert read(b'{"text": "hello"}', "noext2", now).source.format == "json"
    md = read(b"# Drone attack\n\nText of the article.", "a.md", now)
    assert md.source.format == "markdown" and md.title == "Drone attack"
