"""Embedded social media posts: out of the article's text, kept as evidence on ``embeds``.

A post embedded in a page is not the article's own text, but it is what analysts want
to see next to it (who posted what, when). Two inputs:

* HTML: the embed's markup (a tweet's ``blockquote.twitter-tweet``, Bluesky's,
  Instagram's and TikTok's cards, a Telegram widget's ``data-telegram-post``,
  Facebook's ``fb-post``, a YouTube frame) is read and taken out of the page before the
  main text is extracted, so no extractor keeps half of it.
* Text: the lines such an embed leaves in a page saved as text: the post's text over
  "— Name (@handle) May 3, 2023" (X/Twitter, Bluesky), "A post shared by Name (@handle)"
  (Instagram), "Posted by Name on Wednesday, May 3, 2023" (Facebook), or a line that is
  nothing but a post's address (Telegram, X, Instagram, YouTube, TikTok...).

Every pattern is anchored and bounded (no nested quantifiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import SplitResult, parse_qs, urlsplit

import lxml.etree
import lxml.html

from wirestream.contracts import Embed, Removal
from wirestream.services.enrich.lexicon import PLATFORMS  # host -> platform, one list with entity-enrich's
from wirestream.services.enrich.written_dates.explicit import parse_explicit, stamp_day

REASON = "embedded social post"
MAX_POST_CHARS = 400  # a post's text above its attribution line: longer lines are the article's own
MAX_TEXT_CHARS = 2000  # what is kept of an embed's text

# "— Dmitry Peskov (@KremlinPress) May 3, 2023": X/Twitter's and Bluesky's attribution line.
# Spaces are single in normalised text: " ?" and an author that starts with a letter keep every match linear.
ATTRIBUTION = re.compile(
    r"^[—–-] ?(?P<author>[^()\s][^()\n]{0,79}?) ?\(@(?P<handle>[\w.-]{1,60}+)\) ?(?P<rest>[^\n]{0,80})$"
)
# The same after the post's text on one line: "... pic.twitter.com/AbC — Name (@handle) May 3, 2023".
INLINE = re.compile(
    r"^(?P<text>[^\n]{1,600}?(?:pic\.twitter\.com/\w{1,40}+|https?://t\.co/\w{1,40}+)) ?"
    r"[—–-] ?(?P<author>[^()\s][^()\n]{0,79}?) ?\(@(?P<handle>[\w.-]{1,60}+)\) ?(?P<rest>[^\n]{0,80})$",
    re.I,
)
POSTED_BY = re.compile(r"[—–-] ?([^()\s—–][^()—–\n]{0,79}?) ?\(@([\w.-]{1,60}+)\)")  # inside a quoted post
INSTAGRAM_CREDIT = re.compile(
    r"^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|публикация от|"
    r"una publicación compartida por) (?P<author>[^()\s][^()\n]{0,79}?) ?\(@(?P<handle>[\w.]{1,60}+)\)"
    r" ?(?P<rest>[^\n]{0,80})$",
    re.I,
)
INSTAGRAM_WIDGET = re.compile(r"^(?:view this post on instagram|dieser beitrag auf instagram ansehen)\W{0,3}$", re.I)
# Facebook's fallback names the weekday ("... on Wednesday, May 3, 2023"); a site's own byline does not.
FACEBOOK_CREDIT = re.compile(
    r"^Posted by (?P<author>[^\n]{1,80}?) on (?P<rest>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [^\n]{6,40})$"
)
POST_URL = re.compile(r"^(?P<url>https?://[^\s/]{1,80}/[^\s]{1,300})$")
# The address of one post (not of an account, a search or a page): what an embed leaves as a bare line.
POST_PATH = {
    "twitter": re.compile(r"^/\w{1,30}/status(?:es)?/\d"),
    "telegram": re.compile(r"^/(?:s/)?\w{3,40}/\d{1,12}/?$"),
    "instagram": re.compile(r"^/(?:[\w.]{1,30}/)?(?:p|reel|tv)/[\w-]{5,40}/?$"),
    "facebook": re.compile(r"^/[\w.-]{1,80}/(?:posts|videos|photos|permalink)/|^/(?:watch|permalink\.php|story\.php)"),
    "tiktok": re.compile(r"^/@[\w.-]{1,60}/video/\d"),
    "bluesky": re.compile(r"^/profile/[\w.:-]{1,80}/post/"),
    "threads": re.compile(r"^/@[\w.-]{1,60}/post/"),
    "vk": re.compile(r"^/wall-?\d{1,20}_\d"),
}


def _split(url: str) -> SplitResult:
    """``urlsplit`` that reads a malformed address (``http://[x``, an unclosed IPv6 bracket) as no address."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - raises on a bad bracketed host
        return parts
    except ValueError:
        return urlsplit("")


def is_post_address(url: str) -> bool:
    """``url`` points at one post of a social network (not at an account, a search or a page)."""
    platform, parts = platform_of(url), _split(url)
    if platform == "youtube":
        if (parts.hostname or "").endswith("youtu.be"):
            return len(parts.path) > 1
        return "v=" in parts.query or bool(re.match(r"^/(?:shorts|embed|live)/[\w-]{6,20}", parts.path))
    pattern = POST_PATH.get(platform or "")
    return bool(pattern and pattern.match(parts.path))


TWEET_STATUS = re.compile(r"^/(?P<handle>\w{1,30})/status(?:es)?/\d{1,25}")


def platform_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (_split(url if "//" in url else f"https://{url}").hostname or "").lower()
    host = re.sub(r"^(?:www|m|mobile|web)\.", "", host)
    return PLATFORMS.get(host)


def handle_of(url: str | None) -> str | None:
    """The account an address belongs to, when the address says it."""
    if not url:
        return None
    parts = _split(url)
    platform, path = platform_of(url), parts.path
    if platform == "twitter" and (m := TWEET_STATUS.match(path)):
        return None if m["handle"] == "i" else m["handle"]
    if platform == "telegram" and (m := re.match(r"^/(?:s/)?(\w{3,40})/\d{1,12}", path)):
        return m.group(1)
    if platform in {"tiktok", "youtube", "threads"} and (m := re.match(r"^/@([\w.-]{1,60})", path)):
        return m.group(1)
    if platform == "bluesky" and (m := re.match(r"^/profile/([\w.:-]{1,80})/", path)):
        return m.group(1)
    return None


def _day(text: str | None) -> date | None:
    """The day a post's date line names ("May 3, 2023", "3 May 2023", an ISO time)."""
    text = (text or "").strip()
    if not text:
        return None
    return stamp_day(text, None) or parse_explicit(text)


def _text(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value[:MAX_TEXT_CHARS] or None


def _embed(platform: str, **fields: object) -> Embed:
    return Embed(platform=platform, **{k: v for k, v in fields.items() if v})


# --- text -------------------------------------------------------------------------------------


@dataclass
class Cut:
    """A text without its embedded posts, the posts, and the lines that went."""

    text: str
    embeds: list[Embed] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


def _previous(lines: list[str | None], i: int, jumps: list[int]) -> int | None:
    """The nearest line above ``i`` still in the text, across at most one blank line.

    ``jumps``: for each line, a line above it the lines taken out (``None``) in between can be skipped to (at first
    the one right above; :func:`_kept_at`). Walking back over every line taken out, for each attribution line, was
    quadratic in a run of attribution lines (500,000 characters of them: 4.7 s)."""
    blanks = 0
    j = i - 1
    while j >= 0:
        line = lines[j]
        if line is None:
            j = _kept_at(lines, j, jumps)
            continue
        if not line.strip():
            blanks += 1
            if blanks > 1:
                return None
        else:
            return j
        j -= 1
    return None


def _kept_at(lines: list[str | None], j: int, jumps: list[int]) -> int:
    """The nearest line at or above ``j`` not taken out (-1: none), by ``jumps``, each jump walked then made
    to land there at once (the next walk from any of them takes one step)."""
    kept = j
    while kept >= 0 and lines[kept] is None:
        kept = jumps[kept]
    while j > kept:
        up = jumps[j]
        jumps[j] = kept
        j = up
    return kept


def cut_text(text: str) -> Cut:
    """Take the embedded posts out of a text, one line at a time."""
    lines: list[str | None] = list(text.split("\n"))
    jumps = list(range(-1, len(lines) - 1))  # see _previous
    result = Cut(text="")

    def take(i: int) -> str:
        line = lines[i] or ""
        lines[i] = None
        result.removed.append(Removal(text=line, reason=REASON))
        return line

    for i, raw in enumerate(list(lines)):
        line = (raw or "").strip()
        if not line or len(line) > 800:
            continue
        if m := INLINE.match(line):
            take(i)
            rest = m["rest"]
            result.embeds.append(
                _embed(
                    "twitter",
                    author=_text(m["author"]),
                    handle=m["handle"],
                    posted_at=_day(rest),
                    text=_text(m["text"]),
                    url=_first_url(rest),
                )
            )
        elif m := ATTRIBUTION.match(line):
            j = _previous(lines, i, jumps)
            above = (lines[j] or "").strip() if j is not None else ""
            post = take(j) if j is not None and 0 < len(above) <= MAX_POST_CHARS else None
            take(i)
            handle = m["handle"]
            url = next((u for u in (_first_url(m["rest"]), _first_url(post)) if platform_of(u)), None)
            result.embeds.append(
                _embed(
                    "bluesky" if handle.endswith(".bsky.social") else platform_of(url) or "twitter",
                    author=_text(m["author"]),
                    handle=handle,
                    posted_at=_day(m["rest"]),
                    text=_text(post),
                    url=url,
                )
            )
        elif m := INSTAGRAM_CREDIT.match(line):
            j = _previous(lines, i, jumps)
            caption = None
            if j is not None and not INSTAGRAM_WIDGET.match((lines[j] or "").strip()):
                k = _previous(lines, j, jumps)
                if k is not None and INSTAGRAM_WIDGET.match((lines[k] or "").strip()):
                    caption = take(j)  # the caption between the widget's label and its credit
                    j = k
            if j is not None and INSTAGRAM_WIDGET.match((lines[j] or "").strip()):
                take(j)
            take(i)
            result.embeds.append(
                _embed(
                    "instagram",
                    author=_text(m["author"]),
                    handle=m["handle"],
                    posted_at=_day(m["rest"]),
                    text=_text(caption),
                    url=f"https://www.instagram.com/{m['handle']}/",
                )
            )
        elif (m := FACEBOOK_CREDIT.match(line)) and (day := _day(m["rest"])):
            take(i)
            result.embeds.append(_embed("facebook", author=_text(m["author"]), posted_at=day))
        elif (m := POST_URL.match(line)) and is_post_address(m["url"]) and (platform := platform_of(m["url"])):
            take(i)
            result.embeds.append(_embed(platform, handle=handle_of(m["url"]), url=m["url"]))
    result.text = "\n".join(line for line in lines if line is not None)
    return result


_URL = re.compile(r"https?://[^\s)\"'<>]{1,300}")


def _first_url(text: str | None) -> str | None:
    m = _URL.search(text or "")
    return m.group(0) if m else None


# --- HTML -------------------------------------------------------------------------------------

# A page holds an embed only if one of these is in its source: the DOM is parsed for nothing else.
HTML_MARKERS = (
    "twitter-tweet",
    "twitter-video",
    "data-tweet-id",
    "bluesky-embed",
    "instagram-media",
    "tiktok-embed",
    "telegram-post",
    "fb-post",
    "fb-video",
    "facebook.com/plugins/post.php",
    "facebook.com/plugins/video.php",
    "youtube.com/embed/",
    "youtube-nocookie.com/embed/",
    "reddit-embed",
)
_EMBED_XPATH = (
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'twitter-video') "
    "or contains(@class, 'bluesky-embed') or contains(@class, 'instagram-media') "
    "or contains(@class, 'tiktok-embed') or contains(@class, 'telegram-post') or contains(@class, 'reddit-embed')]"
    " | //*[@data-telegram-post] | //*[@data-tweet-id]"
    " | //div[contains(@class, 'fb-post') or contains(@class, 'fb-video')][@data-href]"
    " | //iframe[contains(@src, 'facebook.com/plugins/post.php') or contains(@src, 'facebook.com/plugins/video.php') "
    "or contains(@src, 'youtube.com/embed/') "
    "or contains(@src, 'youtube-nocookie.com/embed/')]"
)


def _classes(element: lxml.html.HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


def _links(element: lxml.html.HtmlElement) -> list[str]:
    return [a.get("href") for a in element.iter("a") if a.get("href")]


def _status_link(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The last link of a quoted post: on X, Twitter and Bluesky, its date, pointing at the post."""
    anchors = [a for a in element.iter("a") if a.get("href")]
    return anchors[-1] if anchors else None


def _quoted_post(element: lxml.html.HtmlElement) -> Embed:
    """X/Twitter and Bluesky: ``<p>text</p>— Name (@handle) <a href=post>May 3, 2023</a>``."""
    paragraphs = [" ".join(" ".join(p.itertext()).split()) for p in element.iter("p")]
    text = " ".join(p for p in paragraphs if not ATTRIBUTION.match(p))  # some sites wrap the attribution in <p>
    link = _status_link(element)
    url = _post_address(link.get("href")) if link is not None else None
    attribution = " ".join(element.text_content().split())
    m = POSTED_BY.search(attribution)
    platform = "bluesky" if "bluesky-embed" in (element.get("class") or "") else "twitter"
    return _embed(
        platform,
        author=_text(m.group(1)) if m else None,
        handle=m.group(2) if m else handle_of(url),
        posted_at=_day(link.text_content()) if link is not None else None,
        text=_text(text),
        url=url,
    )


def _post_address(url: str | None) -> str | None:
    """A post's address without the tracking query the embed code adds ("?ref_src=twsrc%5Etfw")."""
    if url and platform_of(url) in {"twitter", "bluesky", "instagram", "tiktok"}:
        return url.split("?", 1)[0]
    return url


def _instagram(element: lxml.html.HtmlElement) -> Embed:
    url = element.get("data-instgrm-permalink") or next(iter(_links(element)), None)
    texts = [" ".join(p.text_content().split()) for p in element.iter("p")]
    credit = next((t for t in texts if INSTAGRAM_CREDIT.match(t)), None)
    m = INSTAGRAM_CREDIT.match(credit) if credit else None
    caption = [t for t in texts if t and t != credit and not INSTAGRAM_WIDGET.match(t)]
    times = [t.get("datetime") for t in element.iter("time") if t.get("datetime")]
    return _embed(
        "instagram",
        author=_text(m["author"]) if m else None,
        handle=m["handle"] if m else None,
        posted_at=_day(times[0]) if times else (_day(m["rest"]) if m else None),
        text=_text(" ".join(caption)),
        url=_post_address(url),
    )


def _tiktok(element: lxml.html.HtmlElement) -> Embed:
    url = element.get("cite") or next(iter(_links(element)), None)
    author = next((a.text_content().strip() for a in element.iter("a") if (a.get("title") or "").startswith("@")), None)
    text = " ".join(" ".join(p.itertext()) for p in element.iter("p"))
    return _embed(
        "tiktok", handle=(author or "").lstrip("@") or handle_of(url), text=_text(text), url=_post_address(url)
    )


def _frame(element: lxml.html.HtmlElement) -> Embed | None:
    src = element.get("src") or ""
    if "facebook.com/plugins/" in src:
        href = next(iter(parse_qs(_split(src).query).get("href", [])), None)
        return _embed("facebook", url=href)
    m = re.search(r"/embed/([\w-]{6,20})", src)
    if m:
        return _embed("youtube", text=_text(element.get("title")), url=f"https://www.youtube.com/watch?v={m.group(1)}")
    return None


def _read(element: lxml.html.HtmlElement) -> Embed | None:
    classes = _classes(element)
    if element.get("data-telegram-post"):
        post = element.get("data-telegram-post") or ""
        return _embed("telegram", handle=post.split("/")[0] or None, url=f"https://t.me/{post}")
    if element.get("data-tweet-id") and element.tag != "blockquote":
        return _embed("twitter", url=f"https://twitter.com/i/status/{element.get('data-tweet-id')}")
    if element.tag == "iframe":
        return _frame(element)
    if "instagram-media" in classes:
        return _instagram(element)
    if "tiktok-embed" in classes:
        return _tiktok(element)
    if element.get("data-href"):
        return _embed("facebook", url=element.get("data-href"), text=_text(element.text_content()))
    if classes & {"telegram-post"}:
        url = next((u for u in _links(element) if platform_of(u) == "telegram"), None)
        return _embed("telegram", handle=handle_of(url), text=_text(element.text_content()), url=url)
    if any(c.startswith("reddit-embed") for c in classes):
        url = next(iter(_links(element)), None)
        return _embed("reddit", text=_text(element.text_content()), url=url)
    return _quoted_post(element)


def _attached(element: lxml.html.HtmlElement, doc: lxml.html.HtmlElement) -> bool:
    root = element
    while (parent := root.getparent()) is not None:
        root = parent
    return root is doc


def cut_html(html: str) -> tuple[str, list[Embed], list[Removal]]:
    """The page without its embedded posts (for the extractor), the posts, and their removals."""
    source = html.lower()
    if not any(marker in source for marker in HTML_MARKERS):  # plain substring tests: fast on big pages
        return html, [], []
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html, [], []
    embeds: list[Embed] = []
    removed: list[Removal] = []
    for element in doc.xpath(_EMBED_XPATH):
        if not _attached(element, doc):  # inside an embed already taken
            continue
        embed = _read(element)
        if embed is not None:
            embeds.append(embed)
            removed.append(Removal(text=embed.text or embed.url or embed.platform, reason=REASON))
        element.drop_tree()
    if not embeds:
        return html, [], []
    return lxml.html.tostring(doc, encoding="unicode"), embeds, removed
