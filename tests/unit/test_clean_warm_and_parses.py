"""clean's two first-use and per-page costs (round s37): a new work process builds dateparser's tables before it
takes entries, and an HTML page is parsed once for every reading of it. Pages written for the tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree
import pytest

from tests.factories import RECEIVED
from wirestream.contracts import FetchedArticle, Source

BODY = (
    "<p>The council met on Tuesday evening to discuss the new bridge over the river, which has been closed to "
    "traffic for most of the year.</p>"
    "<p>Residents said the detour added twenty minutes to every trip into town, and the mayor promised a decision "
    "before the end of the month.</p>"
    "<p>Engineers told the meeting that the repairs would take at least another six weeks once the money was "
    "found, and that the cost had doubled since the spring.</p>"
)
PAGE = (
    "<html><head><title>Bridge repairs delayed again | Valley Post</title>"
    '<meta property="article:published_time" content="2023-05-03"></head><body>'
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
    f"<article><h1>Bridge repairs delayed again</h1>{BODY}</article>"
    "<footer>Copyright Valley Post. All rights reserved.</footer></body></html>"
)
LAYOUT_PAGE = PAGE.replace("<article>", "<table><tr><td>").replace("</article>", "</td></tr></table>")


def html_article(page: str) -> FetchedArticle:
    source = Source(
        uri="file:///page.html", name="page.html", sha256="0" * 64, size=len(page), format="html",
        encoding="utf-8", received_at=RECEIVED,
    )  # fmt: skip
    return FetchedArticle(id="page", source=source, content=page, content_is_html=True)


@pytest.fixture
def page_parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The lengths of the texts lxml parses (every lxml.html and trafilatura parse goes through etree.fromstring)."""
    seen: list[int] = []
    parse = lxml.etree.fromstring

    def counting(text: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(len(text))
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(lxml.etree, "fromstring", counting)
    yield seen


def whole_page(seen: list[int], page: str) -> int:
    """The parses of the whole page (trafilatura's fallbacks parse small pieces of their own output too)."""
    return sum(1 for n in seen if n >= 0.9 * len(page))


def test_clean_parses_an_html_page_once_for_lxml_and_once_for_trafilatura(page_parses):
    """Size check, layout tables, three extractions and the metadata, the furniture model's view, the title and the
    visible lines: one lxml.html parse (copied where a reader changes it) and trafilatura's own (its parser drops
    comments; it copies a tree it is given before changing it). Ten before (13 with a table on the page)."""
    from wirestream.services.enrich.clean.logic import clean

    cleaned = clean(html_article(PAGE))
    assert "doubled since the spring" in cleaned.text
    assert whole_page(page_parses, PAGE) == 2


def test_a_layout_table_costs_a_tree_of_its_own_and_trafilatura_reads_both_versions(page_parses):
    """A page laid out in a table: its blocks are rewritten on a parse of their own (the shared tree stays as it is),
    and trafilatura reads the rewritten page for the text and the page as it is for the metadata."""
    from wirestream.services.enrich.clean.logic import clean

    cleaned = clean(html_article(LAYOUT_PAGE))
    assert "doubled since the spring" in cleaned.text
    assert whole_page(page_parses, LAYOUT_PAGE) == 4


def test_a_parsed_page_reads_as_the_page_does_and_stays_unchanged():
    """Sharing the parse changes nothing: the same text, metadata and furniture cut from a :class:`Page` as from the
    HTML, and the shared tree is the same after every reader but the last."""
    import lxml.html

    from wirestream.services.enrich.clean import pages
    from wirestream.services.enrich.clean.furniture.html import second_opinion
    from wirestream.services.enrich.clean.logic import html_to_text

    for html in (PAGE, LAYOUT_PAGE):
        page = pages.Page(html)
        assert page.doc is not None
        before = lxml.html.tostring(page.doc)
        assert html_to_text(page) == html_to_text(html)
        precise = html_to_text(html)[0]
        assert second_opinion(page, precise) == second_opinion(html, precise)
        assert pages.extract_options(page) == pages.extract_options(html)
        assert page.element_count == pages.element_count(html)
        assert page.for_extractor == pages.without_layout_tables(html)
        assert lxml.html.tostring(page.doc) == before
        released = page.release()
        assert page.doc is not released and lxml.html.tostring(page.doc) == before  # parsed again when asked


FRESH = textwrap.dedent(
    """
    import sys
    from dateparser.languages.dictionary import Dictionary
    from dateparser.languages.loader import default_loader
    if sys.argv[1] == "warm":
        from wirestream.services.enrich.clean import warm
        warm.warm_up()
    built = sum(len(patterns) for patterns in Dictionary._split_regex_cache.values())
    print(built, len(list(default_loader.get_locales())))
    """
)


def fresh(*args: str) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", FRESH, *args], capture_output=True, text=True, check=True, timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    built, locales = out.stdout.split()
    return int(built), int(locales)


def test_the_warm_up_builds_every_locale_that_htmldate_s_date_parser_may_read():
    """htmldate hands a string its patterns cannot read to dateparser with no language given: the first such string
    in a process built all 205 locales' patterns (about 1.7 s of CPU). The warm-up builds them, in a fresh process."""
    built, locales = fresh("cold")
    assert built == 0 and locales > 200
    built, locales = fresh("warm")
    assert built == locales


def test_returning_runs_the_warm_up_before_it_gives_the_tool(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from tests.stagefns import WARM_MARK_ENV
    from wirestream.executor import returning

    mark = tmp_path / "warm"
    monkeypatch.setenv(WARM_MARK_ENV, str(mark))
    tool = returning("tests.stagefns:relay", None, warm="tests.stagefns:mark_warm")
    assert mark.read_text() == "warm"
    assert tool.__name__ == "relay"


def test_the_clean_worker_warms_up_with_the_html_page_and_dateparser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from wirestream.executor import _resolve
    from wirestream.services.enrich.clean import warm, worker

    monkeypatch.setenv("WIRESTREAM_REDIS_URL", "redis://127.0.0.1:1")  # never reached: the app is only built
    monkeypatch.setenv("WIRESTREAM_HOME", str(tmp_path))

    given: dict[str, Any] = {}
    real = worker.pure

    def pure(function: Any, warm_input: Any = None, warm: str | None = None) -> Any:
        given.update(function=function, warm_input=warm_input, warm=warm)
        return real(function, warm_input, warm)

    monkeypatch.setattr(worker, "pure", pure)
    worker.build_app()
    assert given["warm_input"] is worker.WARM_UP
    assert _resolve(given["warm"]) is warm.warm_up


async def test_the_warm_up_is_done_before_the_worker_subscribes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The app's start-up waits for the work process's tool, warm-up included, before its broker subscribes."""
    import fakeredis
    from faststream.redis import RedisBroker

    from tests.stagefns import WARM_MARK_ENV
    from wirestream import lifecycle
    from wirestream.contracts import CleanedArticle
    from wirestream.runtime import stage_app
    from wirestream.settings import Settings
    from wirestream.setups import pure

    server = fakeredis.FakeServer()
    monkeypatch.setattr(lifecycle, "connect", lambda url, timeout: fakeredis.FakeAsyncRedis(server=server))
    mark = tmp_path / "warm"
    monkeypatch.setenv(WARM_MARK_ENV, str(mark))  # a spawned work process starts with this environment
    settings = Settings(
        redis_url="redis://127.0.0.1:1", home=tmp_path, log_format="console", executor_start_method="spawn"
    )
    subscribed_warm: list[bool] = []

    async def starting(self: RedisBroker, *args: Any, **kwargs: Any) -> None:
        subscribed_warm.append(mark.exists())  # the broker starts its subscribers here; no server is needed after

    monkeypatch.setattr(RedisBroker, "start", starting)
    app = stage_app(
        "clean", FetchedArticle, pure("tests.stagefns:relay", warm="tests.stagefns:mark_warm"), settings,
        out_model=CleanedArticle,
    )  # fmt: skip
    async with app:  # FastStream's start-up as in production: the app's start-up hooks, then the broker
        pass
    assert subscribed_warm == [True]
