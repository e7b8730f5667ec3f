"""The date-parse worker: ``wirestream:cleaned`` -> ``wirestream:dated``."""

from __future__ import annotations

from faststream import FastStream

from services.enrich.dates.logic import date_parse
from wirestream.contracts import CleanedArticle, DatedArticle
from wirestream.runtime import pure, run_worker, stage_app


def build_app() -> FastStream:
    return stage_app("date-parse", CleanedArticle, pure(date_parse), out_model=DatedArticle)


if __name__ == "__main__":
    run_worker(build_app())
