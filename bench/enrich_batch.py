"""Is batching entity-enrich's spaCy work worth it? Measured in one process, on real pages.

The articles are the third-party pages of ``../shared/corpora`` (``aeb`` and
``trafilatura_eval``) taken through the product's own fetch reader, clean and
date-parse, so entity-enrich sees what it sees in the pipeline; only English ones
(the language the configured spaCy model reads) are kept. Then, on those texts:

* spaCy (NER only, as the stage loads it): one text at a time vs ``nlp.pipe`` with
  batch sizes 8 and 16, texts/s;
* ``enrich()`` one article at a time, and the share of its time spent in spaCy
  (the rest: label correction, registry, grouping, geocoding, quotes, incident);
* ``enrich()`` over batches of 8 and 16 whose texts went through ``nlp.pipe``
  together (what a stage processing a read's entries together would run);
* spaCy and ``enrich()`` as the stage loaded the model before it dropped the shared
  ``tok2vec`` nothing listens to (and that the output is the same).

Figures are CPU seconds of this process (``time.process_time``, steadier than wall
time on a machine other work shares) and each mode is repeated, the best run
kept. Ends with one JSON line. Usage: ``python -m bench.enrich_batch [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import platform
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bench.eval import corpora


def articles(source: str = "pages", limit: int | None = None) -> list[Any]:
    """English articles as entity-enrich receives them: the corpora's news pages, or MEANTIME's texts."""
    from wirestream.services.enrich.clean.logic import clean
    from wirestream.services.enrich.dates.logic import date_parse
    from wirestream.services.ingest.fetch.formats import read_article

    now = datetime.now(UTC)
    out = []
    sets = (
        [("meantime_en", "input_txt", "txt")]
        if source == "meantime"
        else [
            ("aeb", "input", "html"),
            ("trafilatura_eval", "input", "html"),
        ]
    )
    for corpus, key, suffix in sets:
        for case in corpora.cases(corpus):
            if suffix == "html" and case.get("format", "html") != "html":
                continue
            try:
                raw = corpora.raw(corpus, case, key)
                name = f"{case['id']}.{suffix}"
                fetched = read_article(raw, name=name, uri=f"file:///{name}", received_at=now)
                dated = date_parse(clean(fetched))
            except Exception:  # a page the product refuses (too short, not an article) is not a text to time
                continue
            if (dated.language or "").split("-")[0] == "en" and len(dated.text) >= 300:
                out.append(dated)
            if limit is not None and len(out) >= limit:
                return out
    return out


class Replay:
    """A recogniser answering from what one ``nlp.pipe`` call over a batch's texts found."""

    def __init__(self, recognizer: Any, texts: list[str]) -> None:
        from wirestream.services.enrich.entities.models import SPACY_LABELS, RawEntity

        self.lang, self.name = recognizer.lang, recognizer.name
        self.found: dict[str, list[Any]] = {}
        for text, doc in zip(texts, recognizer.nlp.pipe(texts, batch_size=len(texts)), strict=True):
            labelled = ((e, SPACY_LABELS.get(e.label_, e.label_)) for e in doc.ents)
            self.found[text] = [RawEntity(e.text, lab, e.start_char, e.end_char) for e, lab in labelled if lab]

    def __call__(self, text: str) -> list[Any]:
        return self.found[text]


def enrich_batch(batch: list[Any], tools: Any) -> list[Any]:
    """``enrich`` of each article, their texts through spaCy together: what a batching stage would run."""
    from wirestream.services.enrich.entities.logic import enrich

    replay = Replay(tools.recognize, [a.text for a in batch])
    batched = dataclasses.replace(tools, recognize=replay)
    return [enrich(a, batched) for a in batch]


def best_of(repeat: int, run: Callable[[], Any]) -> float:
    """The smallest CPU time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--source", choices=["pages", "meantime"], default="pages", help="which texts")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--model", default=None, help="spaCy model (default: WIRESTREAM_SPACY_MODEL)")
    args = parser.parse_args()

    from wirestream.services.enrich.entities import logic
    from wirestream.services.enrich.entities.settings import EntitySettings
    from wirestream.services.enrich.entities.worker import load_toolkit

    model = args.model or EntitySettings().spacy_model
    docs = articles(args.source, args.limit)
    texts = [a.text for a in docs]
    words = sum(len(t.split()) for t in texts)
    tools = load_toolkit(model, None, None)
    recognize = tools.recognize
    if recognize is None:
        raise SystemExit(f"no spaCy recogniser loaded for {model!r}")
    nlp = recognize.nlp
    for t in texts[:3]:
        nlp(t)  # warm

    # as the stage loaded it before: the shared tok2vec, which nothing kept listens to, still ran
    import copy

    import spacy

    from wirestream.services.enrich.entities.models import SPACY_EXCLUDE

    before = copy.copy(recognize)
    before.nlp = spacy.load(model, exclude=SPACY_EXCLUDE)
    for t in texts[:3]:
        before.nlp(t)

    n = len(texts)
    spacy_before = best_of(args.repeat, lambda: [before.nlp(t) for t in texts])
    spacy_one = best_of(args.repeat, lambda: [nlp(t) for t in texts])
    spacy_pipe = {b: best_of(args.repeat, functools.partial(_pipe, nlp, texts, b)) for b in (8, 16)}

    # enrich one at a time, and how much of it is the recogniser's call
    spent = {"spacy": 0.0}

    timed = recognize  # narrowed: the class below sees this name, not the optional attribute

    class Timed:
        lang, name = timed.lang, timed.name

        def __call__(self, text: str) -> Any:
            started = time.process_time()
            try:
                return timed(text)
            finally:
                spent["spacy"] += time.process_time() - started

    tools.recognize = Timed()  # type: ignore[assignment]
    started = time.process_time()
    for a in docs:
        logic.enrich(a, tools)
    enrich_profiled = time.process_time() - started
    spacy_share = spent["spacy"] / enrich_profiled
    tools.recognize = recognize

    enrich_one = best_of(args.repeat, lambda: [logic.enrich(a, tools) for a in docs])
    now = [logic.enrich(a, tools).model_dump() for a in docs]
    tools.recognize = before
    enrich_before = best_of(args.repeat, lambda: [logic.enrich(a, tools) for a in docs])
    same = now == [logic.enrich(a, tools).model_dump() for a in docs]
    tools.recognize = recognize
    result: dict[str, Any] = {
        "source": args.source,
        "articles": n,
        "words": words,
        "model": recognize.name,
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "pipes_before": before.nlp.pipe_names,
        "pipes_now": nlp.pipe_names,
        "spacy_before_per_s": round(n / spacy_before, 1),
        "spacy_one_per_s": round(n / spacy_one, 1),
        "spacy_pipe8_per_s": round(n / spacy_pipe[8], 1),
        "spacy_pipe16_per_s": round(n / spacy_pipe[16], 1),
        "enrich_before_per_s": round(n / enrich_before, 1),
        "enrich_one_per_s": round(n / enrich_one, 1),
        "enrich_gain": round(enrich_before / enrich_one - 1, 3),
        "enrich_same_output": same,
        "enrich_spacy_share": round(spacy_share, 3),
    }
    together = [r.model_dump() for i in range(0, n, 16) for r in enrich_batch(docs[i : i + 16], tools)]
    result["enrich_batched_same_output"] = now == together
    for b in (8, 16):
        batches = [docs[i : i + b] for i in range(0, n, b)]
        seconds = best_of(args.repeat, functools.partial(_enrich_batches, batches, tools))
        result[f"enrich_batched{b}_per_s"] = round(n / seconds, 1)
        result[f"enrich_batched{b}_gain"] = round(enrich_one / seconds - 1, 3)
    print(json.dumps(result))


def _pipe(nlp: Any, texts: list[str], batch_size: int) -> list[Any]:
    return list(nlp.pipe(texts, batch_size=batch_size))


def _enrich_batches(batches: list[list[Any]], tools: Any) -> list[Any]:
    return [enrich_batch(batch, tools) for batch in batches]


if __name__ == "__main__":
    main()
