"""The entity-enrich worker: ``wirestream:dated`` -> ``wirestream:annotated``.

The models run in a work process with a time and memory budget per entry
(:mod:`wirestream.executor`); the entries of one read go to it together and their texts
through spaCy in one ``nlp.pipe`` (``enrich_many``); the fork server loads them once (:func:`load_enricher`)
and this process never imports spaCy (the imports below are inside the functions).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from faststream import FastStream

from wirestream import metrics
from wirestream.context import Process, StageContext
from wirestream.contracts import DatedArticle, EnrichedArticle
from wirestream.executor import Loader, named
from wirestream.lifecycle import run_worker
from wirestream.runtime import stage_app
from wirestream.services.enrich.entities.settings import EntitySettings
from wirestream.setups import offloaded

if TYPE_CHECKING:
    from wirestream.services.enrich.entities.logic import Toolkit

# imported once by the fork server, so that a replaced work process only forks
PRELOAD = ("spacy", "wirestream.services.enrich.entities.logic", "wirestream.services.enrich.incident.logic", __name__)


def load_toolkit(
    model: str,
    registry: str | None,
    incidents: str | None,
    missing: list[str] | None = None,
    languages: str | None = None,
) -> Toolkit:
    """The recognisers of every language (``missing`` collects the models not installed), registry, places.

    ``languages`` (``WIRESTREAM_ENTITY_LANGUAGES``): the other languages whose models are loaded besides
    ``model``'s, comma-separated; ``None``: every one installed. The others fall back to the capitalisation
    recogniser, as a language whose model is not installed does.
    """
    from wirestream.services.enrich.entities.geo import Gazetteer
    from wirestream.services.enrich.entities.logic import Toolkit
    from wirestream.services.enrich.entities.models import EXTRA_SPACY, Recognizer, load_models
    from wirestream.services.enrich.entities.names import NameFinder
    from wirestream.services.enrich.entities.registry import Registry
    from wirestream.services.enrich.incident.logic import load_all

    primary = Recognizer(model)
    skip = {primary.lang}
    if languages is not None:
        wanted = {lang.strip() for lang in languages.split(",") if lang.strip()}
        skip |= {lang for lang in (*EXTRA_SPACY, "ru") if lang not in wanted}
    models, not_installed = load_models(skip=skip)
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
        names=NameFinder(
            gazetteer,
            lambda name: known.lookup(name) is not None,
            lambda name: (entry := known.lookup(name)) is not None and entry.label in ("GPE", "LOC", "FAC"),
        ),
    )


def load_enricher(
    model: str, registry: str | None, incidents: str | None, languages: str | None = None
) -> Callable[[DatedArticle], EnrichedArticle]:
    """The stage's tool, built in the fork server (or the work process): everything loaded once."""
    from wirestream.services.enrich.entities.logic import enrich, enrich_many

    missing: list[str] = []
    tools = load_toolkit(model, registry, incidents, missing, languages)
    if tools.recognize is not None:  # the model's first call is slower: not on an entry's budget
        tools.recognize("Vladimir Putin met officials in Moscow on Wednesday.")
    tool = functools.partial(enrich, tools=tools)
    tool.many = functools.partial(enrich_many, tools=tools)  # type: ignore[attr-defined]  # a read's texts in one nlp.pipe
    tool.description = {  # type: ignore[attr-defined]  # logged by the worker once the work process is ready
        "model": tools.name,
        "known_entities": len(tools.registry.entries),
        "incidents": [i.id for i in tools.incidents],
        "models_not_installed (the capitalisation recogniser reads these languages)": missing,
    }
    # The models and tables just loaded (about 560,000 objects, none of them ever garbage) leave the cyclic
    # collector: a full collection during a long article would otherwise walk all of them, a pause that
    # has nothing to do with the article (and, in the fork server, writes to pages the work processes share).
    gc.collect()
    gc.freeze()
    return tool


def _loader(ctx: StageContext) -> Loader:
    s = EntitySettings()  # read at each start, as the kernel's settings are
    return functools.partial(
        named, f"{__name__}:load_enricher", s.spacy_model, s.entity_registry, s.incidents, s.entity_languages
    )


_offloaded = offloaded(_loader, preload=PRELOAD)


async def setup(ctx: StageContext) -> Process:
    """The offloaded stage; its metrics name the spaCy model it runs (a package: its version without spaCy)."""
    process = await _offloaded(ctx)
    model = EntitySettings().spacy_model
    metrics.set_info(ctx.stage.stage, spacy_model=model, spacy_model_version=metrics.package_version(model))
    return process


def build_app() -> FastStream:
    return stage_app("entity-enrich", DatedArticle, setup, out_model=EnrichedArticle)


if __name__ == "__main__":
    run_worker(build_app())
