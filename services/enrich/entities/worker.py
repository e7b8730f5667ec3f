"""The entity-enrich worker: ``wirestream:dated`` -> ``wirestream:annotated``.

The model runs in a work process with a time and memory budget per entry
(:mod:`wirestream.executor`), which loads it once (``tools.py``); this process
never imports spaCy.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from faststream import FastStream

from wirestream.contracts import DatedArticle, EnrichedArticle
from wirestream.executor import Loader, named
from wirestream.runtime import StageContext, offloaded, run_worker, stage_app

if TYPE_CHECKING:
    from services.enrich.entities.logic import Toolkit

TOOLS = "services.enrich.entities.tools"
# imported once by the fork server, so that a replaced work process only loads the model
PRELOAD = ("spacy", TOOLS)


def load_toolkit(model: str, registry: str | None, incidents: str | None) -> Toolkit:
    """The toolkit in this process (tests, the evaluation, the benchmark)."""
    from services.enrich.entities.tools import load_toolkit as load

    return load(model, registry, incidents)


def _loader(ctx: StageContext) -> Loader:
    s = ctx.settings
    return functools.partial(named, f"{TOOLS}:load_enricher", s.spacy_model, s.entity_registry, s.incidents)


setup = offloaded(_loader, preload=PRELOAD)


def build_app() -> FastStream:
    return stage_app("entity-enrich", DatedArticle, setup, out_model=EnrichedArticle)


if __name__ == "__main__":
    run_worker(build_app())
