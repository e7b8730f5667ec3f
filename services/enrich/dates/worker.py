"""The date-parse worker: ``wirestream:cleaned`` -> ``wirestream:dated``."""

from __future__ import annotations

import asyncio

from faststream import FastStream

from services.enrich.dates.logic import date_parse
from wirestream.contracts import CleanedArticle, DatedArticle
from wirestream.runtime import Process, StageContext, stage_app


async def setup(_: StageContext) -> Process:
    async def process(article: CleanedArticle) -> DatedArticle:
        return date_parse(article)

    return process


def build_app() -> FastStream:
    return stage_app("date-parse", CleanedArticle, setup, out_model=DatedArticle)


if __name__ == "__main__":
    asyncio.run(build_app().run())
