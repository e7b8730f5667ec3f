"""The clean worker: ``wirestream:fetched`` -> ``wirestream:cleaned``.

The cleaning itself runs in a work process with a time and memory budget per entry
(:func:`wirestream.setups.pure`); this process only imports the contracts.
"""

from __future__ import annotations

from datetime import UTC, datetime

from faststream import FastStream

from wirestream.contracts import CleanedArticle, FetchedArticle, Source
from wirestream.lifecycle import run_worker
from wirestream.runtime import stage_app
from wirestream.setups import pure

# run once in each new work process: the language identifier loads its model on first use
WARM_UP = FetchedArticle(
    id="warm-up",
    source=Source(
        uri="file:///warm-up.txt",
        name="warm-up.txt",
        sha256="0" * 64,
        size=120,
        format="text",
        encoding="utf-8",
        received_at=datetime(2023, 5, 3, tzinfo=UTC),
    ),
    content="Two drones were shot down over the Kremlin overnight, officials in Moscow said on Wednesday.",
)
WARM = "wirestream.services.enrich.clean.warm:warm_up"


def build_app() -> FastStream:
    return stage_app(
        "clean",
        FetchedArticle,
        # the HTML path and dateparser's tables too, before the worker subscribes (see clean/warm.py)
        pure("wirestream.services.enrich.clean.logic:clean", WARM_UP, warm=WARM),
        out_model=CleanedArticle,
    )


if __name__ == "__main__":
    run_worker(build_app())
