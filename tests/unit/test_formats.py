"""fetch: every supported input becomes an article; anything else a readable refusal."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from wirestream.services.ingest.fetch.formats import Unreadable, article_id, read_article


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


def test_fetch_has_no_backtracking_pattern():
    """Every regular expression in fetch's modules is either RE2 or on this list, each linear by construction."""
    import re

    from wirestream.services.ingest.fetch import formats, inbox, worker

    linear = {
        formats._SURROGATE.pattern,  # a single character class: it cannot backtrack
        # used with match(): anchored, one optional run then literals, so at most one retreat per character
        formats.SEED_HEADER.pattern,
    }
    found = {
        f"{module.__name__}.{name}": value.pattern
        for module in (formats, inbox, worker)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    }
    assert set(found.values()) <= linear, found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Drones over the Kremlin\n\nText.", "Drones over the Kremlin"),
        ("\n\n  # Closing hashes ##  \nText.", "Closing hashes"),
        ("# C# and F#\r\nText.", "C# and F"),
        ("## A second-level heading\n", None),
        ("#hashtag\n", None),
        ("#\nNot a title\n", None),
        ("Text first\n# Heading later\n", None),
        ("# a" + " " * 13_000 + "b\n", None),  # a 13 KB line is not a title (the old pattern took an hour here)
    ],
)
def test_markdown_title(text, title):
    from wirestream.services.ingest.fetch.formats import markdown_title

    assert markdown_title(text) == title


def test_lone_surrogates_become_replacement_characters(now):
    raw = b'{"title": "T \\ud800", "url": "https://e.org/\\udc00", "text": "Body \\udfff."}'
    article = read(raw, "s.json", now)
    assert (article.title, article.url, article.content) == ("T \ufffd", "https://e.org/\ufffd", "Body \ufffd.")
    article.model_dump_json().encode("utf-8")


def test_the_size_check_comes_before_any_parsing(now):
    with pytest.raises(Unreadable, match="more than the limit of 1,000"):
        read_article(b"# " + b"a" * 2000, name="x.md", uri="file:///x.md", received_at=now, max_chars=1000)
    with pytest.raises(Unreadable, match="the JSON document has"):
        read_article(b'{"text": "' + b"a" * 3_000_000 + b'"}', name="x.json", uri="file:///x.json",
                     received_at=now, max_chars=1000, max_html_chars=1000)  # fmt: skip


@pytest.mark.parametrize("letter", ["x", "д", "\U0001f4f0"])
def test_long_names_are_fitted_with_their_extension_and_kept_apart(letter):
    import os

    from wirestream.services.ingest.fetch.inbox import fit_name

    name = letter * (255 // len(letter.encode()) - 2) + ".md"
    a, b = fit_name(name, 200), fit_name(name[:-4] + "z.md", 200)
    assert len(os.fsencode(a)) <= 200 and a.endswith(".md") and a != b
    assert a.encode("utf-8")  # cut on a character boundary
    assert fit_name("short.txt", 200) == "short.txt"
