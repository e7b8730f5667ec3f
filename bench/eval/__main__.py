"""``python -m bench.eval [SUITE...] [-v] [--limit N] [--half SET] [--dev-only] [--markdown] [--save-baseline]``.

Runs each suite on the development splits in ``../shared/corpora/`` and prints one
line per measure: the product, the version before (``baseline.json``) and the peers.
Without the corpora it says so and exits 0 (a user's clone may not have them).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time

from bench.eval import corpora
from bench.eval.quotes import CHECK_SETS, HALF_ENV, HALVES
from bench.eval.report import save_baseline, table

# suite name -> module with ``run(verbose, limit) -> list[Row]``
SUITES = {
    "extraction": "bench.eval.extraction",
    "metadata": "bench.eval.metadata",
    "dates": "bench.eval.dates",
    "entities": "bench.eval.entities",
    "quotes": "bench.eval.quotes",
    "names": "bench.eval.names",
    "relevance": "bench.eval.relevance",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="make eval", description=__doc__)
    parser.add_argument("suites", nargs="*", help=f"any of {', '.join(SUITES)} (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the product's misses")
    parser.add_argument("--limit", type=int, help="at most N cases per set (a quick look)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--save-baseline", action="store_true", help="record the product's figures as 'before'")
    parser.add_argument(
        "--half",
        choices=HALVES,  # the quote eval's own sets: a new set there is a choice here
        help="quotes: only these other-language articles: half a or b (a fixed split by article id), one listed"
        " set (tests/quotes/set_<letter>.txt; tests/quotes/README.md says what each is), or 'abcde' (with 'abcd',"
        " 'abc': the first development sets together); English articles are scored in their rows whatever it says"
        " ('g' and 'i' keep no other-language article). The check sets"
        f" ({', '.join(sorted(CHECK_SETS))}) are read as aggregates only: their misses are never listed",
    )
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="names and quotes: score the development articles only; the check sets are not run, so not even their"
        " aggregate rows are printed (for tuning; what a developer must not read cannot be read by accident)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.half:
        os.environ[HALF_ENV] = args.half
    if args.dev_only:
        os.environ[corpora.DEV_ONLY_ENV] = "1"
    if args.dev_only and args.save_baseline:
        parser.error("--save-baseline records every row: not with --dev-only")
    unknown = set(args.suites) - set(SUITES)
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(sorted(unknown))}; known: {', '.join(SUITES)}")
    if not corpora.available():
        print(f"make eval: skipped, {corpora.CorporaMissing.__doc__} ({corpora.ENV}, or ../shared/corpora)")
        return 0
    rows = []
    for name in args.suites or SUITES:
        started = time.perf_counter()
        print(f"-- {name}", file=sys.stderr, flush=True)
        rows += importlib.import_module(SUITES[name]).run(verbose=args.verbose, limit=args.limit)
        print(f"   {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(table(rows, markdown=args.markdown))
    if args.save_baseline:
        save_baseline(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
