"""The entity-enrich worker: ``wirestream:dated`` -> ``wirestream:annotated``."""

from __future__ import annotations

import asyncio

from faststream import FastStream

from services.enrich.entities.geo import Gazetteer
from services.enrich.entities.logic import Toolkit, enrich
from services.enrich.entities.models import Recognizer, load_models
from services.enrich.entities.names import NameFinder
from services.enrich.entities.registry import Registry
from services.enrich.incident.logic import load_all
from wirestream.contracts import DatedArticle, EnrichedArticle
from wirestream.runtime import Process, StageContext, run_worker, stage_app


def load_toolkit(model: str, registry: str | None, incidents: str | None, missing: list[str] | None = None) -> Toolkit:
    """The recognisers of every language (``missing`` collects the models not installed), registry, places."""
    primary = Recognizer(model)
    models, not_installed = load_models(skip={primary.lang})
    if missing is not None:
        missing.extend(not_installed)
    gazetteer = Gazetteer()
    known = Registry.from_setting(registry)
    return Toolkit(
        recognize=primary,
        registry=known,
        gazetteer=gazetteer,
        incidents=load_all(incidents),
        models=models,
        names=NameFinder(gazetteer, lambda name: known.lookup(name) is not None),
    )


async def setup(ctx: StageContext) -> Process:
    settings = ctx.settings
    missing: list[str] = []
    tools = await asyncio.to_thread(
        load_toolkit, settings.spacy_model, settings.entity_registry, settings.incidents, missing
    )
    for reason in missing:
        ctx.log.warning("model not installed, the capitalisation recogniser reads this language", reason=reason)
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
