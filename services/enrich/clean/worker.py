"""The clean worker: ``wirestream:fetched`` -> ``wirestream:cleaned``."""

from __future__ import annotations

from faststream import FastStream

from services.enrich.clean.logic import clean
from wirestream.contracts import CleanedArticle, FetchedArticle
from wirestream.runtime import pure, run_worker, stage_app


def build_app() -> FastStream:
    return stage_app("clean", FetchedArticle, pure(clean), out_model=CleanedArticle)


if __name__ == "__main__":
    run_worker(build_app())
