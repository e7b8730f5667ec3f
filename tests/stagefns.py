"""Stage functions for tests, at module level so that a stage's work process can import them.

Each behaves according to the article id, so one worker can meet good and bad entries.
"""

from __future__ import annotations

import time

from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.services.enrich.clean.logic import clean


def broken(article: FetchedArticle) -> CleanedArticle:
    raise RuntimeError("a bug in clean")


def relay(article: FetchedArticle) -> FetchedArticle:
    """The article back, titled ``relayed``; for ``unsound-*`` a model that does not validate again
    (its size a word: ``model_copy`` does not check it)."""
    if article.id.startswith("unsound"):
        return article.model_copy(update={"source": article.source.model_copy(update={"size": "many"})})
    return article.model_copy(update={"title": "relayed"})


def hostile(article: FetchedArticle) -> CleanedArticle:
    """``hang-*`` sleeps for ever, ``spin-*`` loops on the CPU, ``hog-*`` allocates without end,
    ``slow-*`` takes three seconds; anything else is cleaned normally."""
    if article.id.startswith("hang"):
        time.sleep(10_000)
    if article.id.startswith("spin"):
        while True:
            pass
    if article.id.startswith("slow"):
        time.sleep(3)
    if article.id.startswith("hog"):
        chunks = []
        while True:
            chunks.append(bytearray(8 * 1024 * 1024))
    return clean(article)


def blocking_app(redis_url: str, home: str):
    """A clean worker whose function runs on the event loop (``in_process``) and spins on one entry."""
    import asyncio
    from pathlib import Path

    import redis

    from tests.factories import fetched_article
    from wirestream import contracts
    from wirestream.runtime import stage_app
    from wirestream.settings import Settings
    from wirestream.setups import in_process

    client = redis.Redis.from_url(redis_url)
    client.xgroup_create(contracts.FETCHED, "clean", id="0", mkstream=True)
    client.xadd(contracts.FETCHED, {"__data__": fetched_article("spin-on-the-loop").model_dump_json()})
    client.close()
    settings = Settings(
        redis_url=redis_url, home=Path(home), log_format="console", stall_seconds=2, shutdown_grace_seconds=5
    )
    asyncio.set_event_loop(asyncio.new_event_loop())
    return stage_app("clean", FetchedArticle, in_process(hostile), settings, out_model=CleanedArticle)


def numbers(x: int) -> int:
    """A toy tool: doubles; ``-1`` is permanent poison, ``13`` hangs, ``99`` kills its process."""
    import os

    from wirestream.errors import PermanentError

    if x == -1:
        raise PermanentError("negative")
    if x == 13:
        time.sleep(10_000)
    if x == 99:
        os._exit(9)
    return 2 * x


class Batcher:
    """A tool that takes a batch at once (as ``nlp.pipe`` would) and yields results in order."""

    def __call__(self, x: int) -> int:
        return numbers(x)

    def many(self, items: list[int]):
        for x in items:
            try:
                yield numbers(x)
            except Exception as exc:
                yield exc


def load_batcher() -> Batcher:
    return Batcher()


def load_where():
    """A tool that tells in which process it was loaded and in which it runs."""
    import os

    loaded_in = os.getpid()
    return lambda _: (loaded_in, os.getpid())


def template_probe() -> None:
    """Run in a fresh process: two work processes in turn, the first killed; prints what they report."""
    import asyncio
    import json

    from wirestream.executor import Executor

    async def main() -> None:
        ex = Executor("probe", load_where)
        await ex.start()
        first = await ex.run(None, 1)
        ex._child.kill()  # type: ignore[union-attr]
        second = await ex.run(None, 1)
        print("PROBE", json.dumps([first, second, ex.starts]), flush=True)
        await ex.close()

    asyncio.run(main())


def parse_hostile(request):
    """fetch's parser, except that a file starting with ``hang`` never finishes."""
    from wirestream.services.ingest.fetch.formats import read_article

    raw, options = request
    if raw.startswith(b"hang"):
        time.sleep(10_000)
    return read_article(raw, **options)


WARM_MARK_ENV = "WIRESTREAM_TEST_WARM_MARK"


def mark_warm() -> None:
    """A warm-up that leaves a file where ``WIRESTREAM_TEST_WARM_MARK`` says (the work process's environment)."""
    import os
    from pathlib import Path

    Path(os.environ[WARM_MARK_ENV]).write_text("warm")
