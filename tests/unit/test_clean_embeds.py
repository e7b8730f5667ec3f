"""clean: embedded social posts leave the text and are kept, with who posted them and when, on ``embeds``."""

from __future__ import annotations

from datetime import date, datetime

from wirestream.services.enrich.clean.embeds import cut_html, cut_text, handle_of, platform_of
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.ingest.fetch.formats import read_article

BODY = (
    "Russia said on Wednesday that two drones had targeted the Kremlin overnight in an attempt on the life of "
    "President Vladimir Putin."
)
AFTER = "Ukraine denied any involvement, and officials in Kyiv suggested the incident had been staged."


def cleaned(raw: str, name: str, now: datetime):
    return clean(read_article(raw.encode(), name=name, uri=f"file:///{name}", received_at=now))


def test_a_tweet_saved_as_text_leaves_the_text_with_its_author_and_day(now):
    text = "\n\n".join(
        [
            BODY,
            "Footage shows a flash over the Senate Palace dome overnight pic.twitter.com/Xk2LmQ7a",
            "— Moscow Watcher (@moscowwatch) May 3, 2023",
            AFTER,
        ]
    )
    article = cleaned(text, "a.txt", now)
    assert "pic.twitter.com" not in article.text and "@moscowwatch" not in article.text
    assert BODY in article.text and AFTER in article.text
    [post] = article.embeds
    assert post.platform == "twitter"
    assert post.author == "Moscow Watcher" and post.handle == "moscowwatch"
    assert post.posted_at == date(2023, 5, 3)
    assert post.text and post.text.startswith("Footage shows a flash")
    assert {r.reason for r in article.removed} == {"embedded social post"}


def test_a_tweet_on_one_line_and_a_bluesky_post():
    cut = cut_text(
        "Explosions heard in central Moscow pic.twitter.com/Q1w2E3r4 — Anna Petrova (@apetrova) May 3, 2023\n"
        + BODY
        + "\nThe dome is lit again tonight.\n— Kyiv Desk (@kyivdesk.bsky.social) May 4, 2023"
    )
    assert cut.text == BODY
    first, second = cut.embeds
    assert (first.platform, first.handle, first.posted_at) == ("twitter", "apetrova", date(2023, 5, 3))
    assert first.text == "Explosions heard in central Moscow pic.twitter.com/Q1w2E3r4"
    assert (second.platform, second.author, second.text) == ("bluesky", "Kyiv Desk", "The dome is lit again tonight.")


def test_instagram_facebook_and_post_addresses_in_text():
    cut = cut_text(
        "\n".join(
            [
                BODY,
                "View this post on Instagram",
                "Smoke over Red Square this morning",
                "A post shared by Red Square Daily (@redsquaredaily) on May 3, 2023 at 4:12am PDT",
                "Posted by Moscow City News on Wednesday, May 3, 2023",
                "https://t.me/rian_ru/201234",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                AFTER,
            ]
        )
    )
    assert cut.text == BODY + "\n" + AFTER
    insta, facebook, telegram, youtube = cut.embeds
    assert (insta.platform, insta.handle, insta.author) == ("instagram", "redsquaredaily", "Red Square Daily")
    assert insta.text == "Smoke over Red Square this morning" and insta.posted_at == date(2023, 5, 3)
    assert (facebook.platform, facebook.author, facebook.posted_at) == (
        "facebook",
        "Moscow City News",
        date(2023, 5, 3),
    )
    assert (telegram.platform, telegram.handle, telegram.url) == ("telegram", "rian_ru", "https://t.me/rian_ru/201234")
    assert youtube.platform == "youtube"


def test_body_lines_that_name_a_network_stay():
    text = "\n".join(
        [
            "Mr Peskov said on Telegram that the Kremlin would respond (@KremlinPress said the same).",
            "A post shared by many users showed the flash.",
            "Posted by the ministry on its website, the statement gave no detail.",
            "See https://t.me/rian_ru/201234 for the agency's video, it said.",
        ]
    )
    cut = cut_text(text)
    assert cut.text == text and cut.embeds == []


def test_embeds_in_html_are_read_from_their_markup_and_not_left_in_the_text(now):
    html = f"""<html><head><title>Drones over the Kremlin</title></head><body><article><h1>Drones over the Kremlin</h1>
    <p>{BODY}</p>
    <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Flash over the Senate Palace dome
    <a href="https://t.co/Xk2LmQ7a">pic.twitter.com/Xk2LmQ7a</a></p>&mdash; Moscow Watcher (@moscowwatch)
    <a href="https://twitter.com/moscowwatch/status/1653614045611638784">May 3, 2023</a></blockquote>
    <script async src="https://platform.twitter.com/widgets.js"></script>
    <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CrxYz12/?utm_source=ig_embed">
    <a href="https://www.instagram.com/p/CrxYz12/">View this post on Instagram</a>
    <p><a href="https://www.instagram.com/p/CrxYz12/">A post shared by Red Square Daily (@redsquaredaily)</a></p>
    </blockquote>
    <script async src="https://telegram.org/js/telegram-widget.js" data-telegram-post="rian_ru/201234"></script>
    <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Drone over the Kremlin: the video"></iframe>
    <p>{AFTER}</p></article></body></html>"""
    article = cleaned(html, "page.html", now)
    assert "Senate Palace dome" not in article.text and "Instagram" not in article.text
    assert BODY in article.text and AFTER in article.text
    tweet, insta, telegram, youtube = article.embeds
    assert tweet.platform == "twitter" and tweet.handle == "moscowwatch" and tweet.author == "Moscow Watcher"
    assert tweet.posted_at == date(2023, 5, 3)
    assert tweet.url == "https://twitter.com/moscowwatch/status/1653614045611638784"
    assert tweet.text and tweet.text.startswith("Flash over the Senate Palace dome")
    assert (insta.platform, insta.handle, insta.url) == (
        "instagram",
        "redsquaredaily",
        "https://www.instagram.com/p/CrxYz12/",
    )
    assert (telegram.platform, telegram.handle, telegram.url) == ("telegram", "rian_ru", "https://t.me/rian_ru/201234")
    assert (youtube.url, youtube.text) == (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "Drone over the Kremlin: the video",
    )
    assert not any("Senate Palace" in r.text for r in article.removed if r.reason == "outside the main content")


def test_a_page_without_embeds_is_left_as_it_is():
    html = "<html><body><p>No posts here, and a link to <a href='https://twitter.com'>Twitter</a>.</p></body></html>"
    assert cut_html(html) == (html, [], [])


def test_platform_and_handle_from_an_address():
    assert platform_of("https://mobile.twitter.com/a/status/1") == "twitter"
    assert platform_of("https://x.com/KremlinPress/status/1653614045611638784") == "twitter"
    assert handle_of("https://x.com/KremlinPress/status/1653614045611638784") == "KremlinPress"
    assert handle_of("https://t.me/s/rian_ru/201234") == "rian_ru"
    assert handle_of("https://www.tiktok.com/@news.daily/video/7228") == "news.daily"
    assert platform_of("https://example.com/twitter.com/x") is None


def test_links_to_accounts_and_a_site_byline_are_not_embeds():
    text = "\n".join(
        [
            "https://www.facebook.com/WorldNewsDesk/",
            "https://twitter.com/worldnewsdesk",
            "https://www.youtube.com/results?search_query=kremlin",
            "Posted by Michael Ellis on May 3, 2023, 6:21 AM EDT",
        ]
    )
    cut = cut_text(text)
    assert cut.embeds == [] and cut.text == text


def test_a_facebook_like_button_is_no_embed():
    html = (
        "<html><body><p>Text of the article, long enough to be one.</p>"
        '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fexample.com%2Fa"></iframe>'
        "</body></html>"
    )
    assert cut_html(html)[1] == []


def test_a_post_in_another_language_keeps_its_day_and_no_foreign_link_as_its_address():
    cut = cut_text("Le dôme du Sénat vu cette nuit https://example.com/galerie\n— Anne Dupont (@adupont) 3 mai 2023")
    [post] = cut.embeds
    assert post.posted_at == date(2023, 5, 3)
    assert post.url is None


def test_embeds_flow_to_the_end_and_older_messages_without_them_still_validate(now):
    from wirestream.contracts import CleanedArticle, EnrichedArticle

    text = f"{BODY}\n\nFlash over the dome pic.twitter.com/Xk2LmQ7a\n— Moscow Watcher (@moscowwatch) May 3, 2023"
    article = cleaned(text, "a.txt", now)
    data = article.model_dump(mode="json")
    assert data["embeds"][0]["handle"] == "moscowwatch" and data["embeds"][0]["posted_at"] == "2023-05-03"
    enriched = EnrichedArticle.model_validate({**data, "kind": "enriched"})
    assert enriched.embeds == article.embeds
    older = {k: v for k, v in data.items() if k != "embeds"}
    assert CleanedArticle.model_validate(older).embeds == []


def test_a_malformed_address_in_a_page_is_no_post():
    from wirestream.services.enrich.clean import embeds

    assert embeds.platform_of("]( ") is None
    assert not embeds.is_post_address("http://[twitter.com/x/status/1")
    assert embeds.handle_of("https://[x") is None
