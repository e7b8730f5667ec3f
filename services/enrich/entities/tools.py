"""entity-enrich's tools, built where they are used: in the stage's work process.

Kept apart from ``worker.py`` so that the work process (and the fork server that
starts it) imports spaCy and the stage logic but not FastStream.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from services.enrich.entities.geo import Gazetteer
from services.enrich.entities.logic import Recognizer, Toolkit, enrich
from services.enrich.entities.registry import Registry
from services.enrich.incident.logic import load_all
from wirestream.contracts import DatedArticle, EnrichedArticle


def load_toolkit(model: str, registry: str | None, incidents: str | None) -> Toolkit:
    return Toolkit(
        recognize=Recognizer(model),
        registry=Registry.from_setting(registry),
        gazetteer=Gazetteer(),
        incidents=load_all(incidents),
    )


def load_enricher(model: str, registry: str | None, incidents: str | None) -> Callable[[DatedArticle], EnrichedArticle]:
    """The stage's tool: the model, registry, gazetteer and incidents, loaded once."""
    tools = load_toolkit(model, registry, incidents)
    if tools.recognize is not None:  # the model's first call is slower: not on an entry's budget
        tools.recognize("Vladimir Putin met officials in Moscow on Wednesday.")
    tool = functools.partial(enrich, tools=tools)
    tool.description = {  # type: ignore[attr-defined]  # logged by the worker once the work process is ready
        "model": tools.name,
        "known_entities": len(tools.registry.entries),
        "incidents": [i.id for i in tools.incidents],
    }
    return tool
