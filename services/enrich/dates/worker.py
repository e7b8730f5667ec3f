"""The date-parse worker: ``wirestream:cleaned`` -> ``wirestream:dated``.

Date parsing runs in a work process with a time and memory budget per entry
(:func:`wirestream.setups.pure`); this process only imports the contracts.
"""

from __future__ import annotations

from faststream import FastStream

from wirestream.contracts import CleanedArticle, DatedArticle
from wirestream.lifecycle import run_worker
from wirestream.runtime import stage_app
from wirestream.setups import pure


def build_app() -> FastStream:
    return stage_app(
        "date-parse", CleanedArticle, pure("wirestream.services.enrich.dates.logic:date_parse"), out_model=DatedArticle
    )


if __name__ == "__main__":
    run_worker(build_app())
