"""``python -m bench.eval [SUITE...] [-v] [--limit N] [--half a|b|c|d|e|f|g|h|abcde] [--markdown] [--save-baseline]``.

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make eval", description=__doc__)
    parser.add_argument("suites", nargs="*", help=f"any of {', '.join(SUITES)} (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the product's misses")
    parser.add_argument("--limit", type=int, help="at most N cases per set (a quick look)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--save-baseline", action="store_true", help="record the product's figures as 'before'")
    parser.add_argument(
        "--half",
        choices=("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "abc", "abcd", "abcde"),
        help="quotes: only half a or b of the other-language articles (a fixed split by article id), set c"
        " (tests/quotes/set_c.txt), d (set_d.txt) or e (set_e.txt), all five ('abcde', the development data;"
        " 'abcd', 'abc' the older ones), or set f (tests/quotes/set_f.txt, round s20's check, development data"
        " since s21; its English quotes are always scored apart as 'English, set f'), or 'g' for no"
        " other-language article (set g, tests/quotes/set_g.txt, is English development data, always scored as"
        " 'English, set g', its misses listed with -v; 'i' likewise for set i, tests/quotes/set_i.txt, round s22), or the check set h (tests/quotes/set_h.txt, round s21;"
        " its misses are never listed; its English quotes are always scored apart as 'English, set h (check)'),"
        " or the check set j (tests/quotes/set_j.txt, round s23; the same, 'English, set j (check)')",
    )
    args = parser.parse_args(argv)
    if args.half:
        os.environ["WIRESTREAM_QUOTE_HALF"] = args.half
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
