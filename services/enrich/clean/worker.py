"""The clean worker: ``wirestream:fetched`` -> ``wirestream:cleaned``.

The cleaning itself runs in a work process with a time and memory budget per entry
(:func:`wirestream.setups.pure`); this process only imports the contracts.
"""

from __future__ import annotations

from faststream import FastStream

from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.lifecycle import run_worker
from wirestream.runtime import stage_app
from wirestream.services.enrich.clean.samples import TEXT
from wirestream.setups import pure

# run once in each new work process (see clean/samples.py)
WARM_UP = TEXT
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
