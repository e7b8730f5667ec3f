"""``make bench-adversarial``: does every public text function stay linear on hostile input?

For each target of ``tests/adversarial/targets.py`` (one public stage function and the way
the stage calls it) and each adversarial family of ``tests/adversarial/inputs.py`` that
applies to it, the time of one call at 50,000 and at 500,000 characters, and their ratio:
linear is about 10. A pair is flagged when the ratio is above ``--max-ratio`` (15) on a
time worth measuring, or when the large input takes more than ``--slow`` seconds.

One call's time is the CPU time of the measuring thread (``--clock wall``: the wall clock), the best of
at least two runs at every size, each starting with the collector settled and what the warm-ups loaded out of it
(``tests/adversarial/timing.py`` says why: on main, with the wall clock and the loaded tables in
the collector, the linear name, quote and incident functions showed 15x to 56x).

Measurements run in a child process that the parent kills when one call exceeds
``--timeout`` seconds (reported as ``> T s``): a cubic case costs T, not an hour. The
child is reused between measurements (imports and warm-up once per target), and a new
one is started after a kill. The last line printed is one JSON document of every result.

Usage::

    python -m bench.adversarial                      # every target, every family (an hour or more)
    python -m bench.adversarial -t 'clean.*' -f 'kw:*' --timeout 5
    python -m bench.adversarial --sizes 50000,500000,5000000 -t 'clean.clean[[]html]'
    python -m bench.adversarial --model              # also the targets that load the spaCy model
    python -m bench.adversarial --known              # the known cases of tests/property/test_linear.py
    python -m bench.adversarial -p 'rules.classify|kw:caption-credit' --sizes 5000,10000,20000

To measure another checkout, run this file from a copy of that checkout with these
harness files laid over it (see ``tests/property/README.md``). The full matrix (about 7,000
pairs) takes more than an hour on two busy cores: select with ``-t``/``-f`` while iterating.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import os
import platform
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


# --- the child: measures one call per request -----------------------------------------------------


def _worker() -> None:
    """Read ``{"target", "family", "n"}`` lines on stdin; answer each with a JSON line on stdout."""
    from tests.adversarial.inputs import FAMILIES
    from tests.adversarial.targets import TARGETS
    from tests.adversarial.timing import settle, timed

    out = sys.stdout
    sys.stdout = sys.stderr  # anything the product prints must not corrupt the protocol
    warmed: set[str] = set()
    for line in sys.stdin:
        job = json.loads(line)
        target = TARGETS[job["target"]]
        reply: dict[str, object] = {}
        try:
            if target.name not in warmed:
                with contextlib.suppress(Exception):
                    target.run("Drones over the Kremlin.\n\nDmitry Peskov said on May 3, 2023: “It was an attack.”")
                warmed.add(target.name)
                if job.get("freeze", True):
                    settle()  # what the warm-ups loaded leaves the collector (tests/adversarial/timing.py)
            text = FAMILIES[job["family"]](job["n"])
            args = target.prepare(text)
            _send(out, {"phase": "prepared"})
            times = []
            deadline = time.perf_counter() + job.get("repeat_for", 0.0)
            while True:
                seconds, exc = timed(target.call, args, str(job.get("clock", "cpu")))
                if exc is not None:
                    name = type(exc).__name__
                    reply["outcome"] = "refused" if name in target.expected else "error"
                    reply["error"] = f"{name}: {str(exc)[:200]}"
                times.append(seconds)
                # at least two runs of a call under 2 s at every size: a first run pays for fresh memory
                # (page faults are CPU time) that the best of the small size's many runs never does
                again = len(times) < 2 and seconds < 2.0
                if (time.perf_counter() >= deadline and not again) or len(times) >= 20:
                    break
            reply["seconds"] = min(times)
            reply.setdefault("outcome", "ok")
        except Exception as exc:
            reply = {"outcome": "harness-error", "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
        _send(out, {"phase": "done", **reply})


def _send(out, message: dict[str, object]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


# --- the parent: plans, enforces the timeout, reports ------------------------------------------------


@dataclass
class Measure:
    target: str
    family: str
    n: int
    seconds: float | None  # None: killed at the timeout
    outcome: str  # ok, refused (a documented refusal), error, timeout, harness-error, skipped
    error: str | None = None


class Child:
    """One measuring process; killed (by its own pid) and replaced when a call overruns."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.adversarial", "--worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self.buffer = b""

    def ask(self, job: dict[str, object], timeout: float, prepare_timeout: float) -> dict[str, object] | None:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        prepared = self._read(prepare_timeout)
        if prepared is None:
            return {"outcome": "prepare-timeout"}
        if prepared.get("phase") == "done":  # failed before measuring
            return prepared
        return self._read(timeout)

    def _read(self, timeout: float) -> dict[str, object] | None:
        """The next line of the child, or ``None`` after ``timeout`` seconds without one.

        Reads the pipe's descriptor directly: a buffered reader could hold a second line
        that ``select`` no longer sees, and a fast answer would look like a hang.
        """
        assert self.proc.stdout
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return {"phase": "done", "outcome": "error", "error": f"the child died (exit {self.proc.wait()})"}
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


def _matches(name: str, patterns: list[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


def plan(targets: list[str], families: list[str], model: bool, only: list[str] | None = None) -> list[tuple[str, str]]:
    from tests.adversarial.inputs import FAMILIES
    from tests.adversarial.targets import TARGETS

    if only:
        return [(t, f) for t, f in (p.split("|", 1) for p in only) if t in TARGETS and f in FAMILIES]
    pairs = []
    for target in TARGETS.values():
        if not _matches(target.name, targets) or (target.model and not model):
            continue
        for family in FAMILIES.values():
            if family.kind in target.kinds and _matches(family.name, families):
                pairs.append((target.name, family.name))
    return pairs


def run(args: argparse.Namespace) -> list[Measure]:
    from tests.adversarial.targets import TARGETS

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    results: list[Measure] = []
    child: Child | None = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the finally below kills the child too
    pairs = plan(args.targets, args.families, args.model, args.pair)
    started = time.monotonic()
    try:
        for i, (target, family) in enumerate(pairs):
            previous: Measure | None = None
            for n in args.sizes:
                if n > TARGETS[target].cap:
                    continue
                if previous is not None and previous.outcome in ("timeout", "prepare-timeout", "skipped"):
                    results.append(Measure(target, family, n, None, "skipped", f"{previous.n:,} already > T"))
                    previous = results[-1]
                    continue
                child = child or Child(env)
                job = {
                    "target": target,
                    "family": family,
                    "n": n,
                    "repeat_for": args.repeat_for if n == min(args.sizes) else 0,
                    "clock": args.clock,
                    "freeze": not args.no_freeze,
                }
                reply = child.ask(job, args.timeout, args.prepare_timeout)
                if reply is None or reply.get("outcome") == "prepare-timeout":
                    child.kill()
                    child = None
                    outcome = "timeout" if reply is None else "prepare-timeout"
                    results.append(Measure(target, family, n, None, outcome))
                else:
                    results.append(
                        Measure(
                            target,
                            family,
                            n,
                            reply.get("seconds"),  # type: ignore[arg-type]
                            str(reply["outcome"]),
                            reply.get("error"),  # type: ignore[arg-type]
                        )
                    )
                previous = results[-1]
                if args.progress and (previous.outcome not in ("ok", "refused") or (previous.seconds or 0) > args.slow):
                    shown = f"{previous.seconds:.2f} s" if previous.seconds is not None else previous.outcome
                    print(f"  ! {target} {family} n={n:,}: {shown} {previous.error or ''}", file=sys.stderr, flush=True)
            if args.progress and (i + 1) % 50 == 0:
                print(f"  {i + 1}/{len(pairs)} pairs, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        if child is not None:
            child.kill()
    return results


def _fmt(m: Measure | None, timeout: float) -> str:
    if m is None:
        return "-"
    if m.seconds is None:
        return f"> {timeout:g} s" if m.outcome in ("timeout", "skipped") else m.outcome
    return f"{m.seconds:.3f} s"


def summarise(results: list[Measure], args: argparse.Namespace) -> list[dict[str, Any]]:
    small, large = min(args.sizes), sorted(args.sizes)[1] if len(args.sizes) > 1 else min(args.sizes)
    by_pair: dict[tuple[str, str], dict[int, Measure]] = {}
    for m in results:
        by_pair.setdefault((m.target, m.family), {})[m.n] = m
    rows: list[dict[str, Any]] = []
    for (target, family), sizes in by_pair.items():
        a, b = sizes.get(small), sizes.get(large)
        ratio = None
        if a and b and a.seconds and b.seconds:
            ratio = b.seconds / max(a.seconds, 1e-6)
        reasons = []
        if any(m.outcome in ("timeout", "prepare-timeout", "skipped") for m in sizes.values()):
            reasons.append("timeout")
        if ratio is not None and ratio > args.max_ratio and b and (b.seconds or 0) >= args.min_seconds:
            reasons.append(f"ratio {ratio:.0f}x")
        if any((m.seconds or 0) > args.slow for m in sizes.values()):
            reasons.append(f"> {args.slow:g} s")
        errors = [m for m in sizes.values() if m.outcome in ("error", "harness-error")]
        if errors:
            reasons.append("error: " + str(errors[0].error))
        rows.append(
            {
                "target": target,
                "family": family,
                "seconds": {str(n): m.seconds for n, m in sorted(sizes.items())},
                "outcomes": {str(n): m.outcome for n, m in sorted(sizes.items())},
                "ratio": round(ratio, 1) if ratio is not None else None,
                "flag": "; ".join(reasons) or None,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-t", "--targets", action="append", default=[], help="glob over target names (repeatable)")
    parser.add_argument("-f", "--families", action="append", default=[], help="glob over family names (repeatable)")
    parser.add_argument(
        "-p", "--pair", action="append", default=[], help="one 'target|family' pair (repeatable; replaces -t/-f)"
    )
    parser.add_argument(
        "--known", action="store_true", help="the pairs tests/property/test_linear.py holds as known cases"
    )
    parser.add_argument("--sizes", default="50000,500000", help="comma-separated input sizes in characters")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds one call may take before it is killed")
    parser.add_argument("--prepare-timeout", type=float, default=60.0, help="seconds to build one call's arguments")
    parser.add_argument("--repeat-for", type=float, default=0.2, help="repeat the small size this long, keep the min")
    parser.add_argument("--max-ratio", type=float, default=15.0, help="flag a large/small ratio above this")
    parser.add_argument(
        "--min-seconds", type=float, default=0.25, help="ignore ratios below this time at the large size"
    )
    parser.add_argument("--slow", type=float, default=3.0, help="flag anything slower than this (seconds)")
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="time one call by the measuring thread's CPU time (default) or the wall clock",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave what each target's warm-up loaded in the collector's generations",
    )
    parser.add_argument("--model", action="store_true", help="include the targets that load the spaCy model")
    parser.add_argument("--all", action="store_true", help="print every pair, not only the flagged ones")
    parser.add_argument("--progress", action="store_true", help="progress on stderr")
    args = parser.parse_args(argv)
    if args.worker:
        _worker()
        return 0
    args.sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.known:
        from tests.property.test_linear import KNOWN

        args.pair += [k.id for k in KNOWN]
    started = time.monotonic()
    results = run(args)
    rows = summarise(results, args)
    flagged = [r for r in rows if r["flag"]]
    shown = rows if args.all else flagged
    print(f"{'target':34} {'family':28} " + " ".join(f"{n:>11,}" for n in args.sizes) + "   ratio  flag")
    for r in shown:
        cells = []
        for n in args.sizes:
            s, o = r["seconds"].get(str(n)), r["outcomes"].get(str(n))
            cells.append(f"{_fmt(Measure('', '', n, s, o or '-'), args.timeout) if o else '-':>11}")
        ratio = f"{r['ratio']:>6.1f}x" if r["ratio"] is not None else "      -"
        print(f"{r['target']:34} {r['family']:28} " + " ".join(cells) + f" {ratio}  {r['flag'] or ''}")
    elapsed = time.monotonic() - started
    print(f"{len(rows)} pairs measured, {len(flagged)} flagged, in {elapsed:.0f} s")
    print(
        json.dumps(
            {
                "bench": "adversarial",
                "python": platform.python_version(),
                "sizes": args.sizes,
                "timeout": args.timeout,
                "max_ratio": args.max_ratio,
                "slow": args.slow,
                "elapsed": round(elapsed, 1),
                "flagged": len(flagged),
                "results": rows,
            },
            separators=(",", ":"),
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
