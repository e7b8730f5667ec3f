"""The entity-enrich worker: ``wirestream:dated`` -> ``wirestream:annotated``."""

from __future__ import annotations

import asyncio

from faststream import FastStream

from services.enrich.entities.geo import Gazetteer
from services.enrich.entities.logic import Recognizer, Toolkit, enrich
from services.enrich.entities.registry import Registry
from services.enrich.incident.logic import load_all
from wirestream.contracts import DatedArticle, EnrichedArticle
from wirestream.runtime import Process, StageContext, run_worker, stage_app


def load_toolkit(model: str, registry: str | None, incidents: str | None) -> Toolkit:
    return Toolkit(
        recognize=Recognizer(model),
        registry=Registry.from_setting(registry),
        gazetteer=Gazetteer(),
        incidents=load_all(incidents),
    )


async def setup(ctx: StageContext) -> Process:
    settings = ctx.settings
    tools = await asyncio.to_thread(load_toolkit, settings.spacy_model, settings.entity_registry, settings.incidents)
    ctx.log.info(
        "model loaded",
        model=tools.name,
        known_entities=len(tools.registry.entries),
        incidents=[i.id for i in tools.incidents],
    )

    async def process(article: DatedArticle) -> EnrichedArticle:
        return enrich(article, tools)

    return process


def build_app() -> FastStream:
    return stage_app("entity-enrich", DatedArticle, setup, out_model=EnrichedArticle)


if __name__ == "__main__":
    run_worker(build_app())
