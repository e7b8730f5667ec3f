"""Learned artefacts shipped inside the enrich packages: JSON weights trained by ``make train``.

The furniture models (clean), the English label judge and the quote ranker (entities) each ship a small JSON
file beside their code; this reads one, so every stage reads them the same way (package data, UTF-8, nothing
downloaded).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def shipped(package: str, name: str) -> dict[str, Any] | None:
    """The JSON artefact ``name`` shipped in ``package``, or None when the package has no such file."""
    path = resources.files(package).joinpath(name)
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
