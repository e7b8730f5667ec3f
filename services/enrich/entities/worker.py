"""The entity-enrich worker: ``wirestream:dated`` -> ``wirestream:annotated``."""

from __future__ import annotations

import asyncio

from faststream import FastStream

from services.enrich.entities.logic import Recognizer, enrich
from wirestream.contracts import DatedArticle, EnrichedArticle
from wirestream.runtime import Process, StageContext, run_worker, stage_app


async def setup(ctx: StageContext) -> Process:
    recognize = await asyncio.to_thread(Recognizer, ctx.settings.spacy_model)
    ctx.log.info("model loaded", model=recognize.name)

    async def process(article: DatedArticle) -> EnrichedArticle:
        return enrich(article, recognize)

    return process


def build_app() -> FastStream:
    return stage_app("entity-enrich", DatedArticle, setup, out_model=EnrichedArticle)


if __name__ == "__main__":
    run_worker(build_app())
