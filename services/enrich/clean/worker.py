"""The clean worker: ``wirestream:fetched`` -> ``wirestream:cleaned``."""

from __future__ import annotations

import asyncio

from faststream import FastStream

from services.enrich.clean.logic import clean
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.runtime import Process, StageContext, stage_app


async def setup(_: StageContext) -> Process:
    async def process(article: FetchedArticle) -> CleanedArticle:
        return clean(article)

    return process


def build_app() -> FastStream:
    return stage_app("clean", FetchedArticle, setup, out_model=CleanedArticle)


if __name__ == "__main__":
    asyncio.run(build_app().run())
