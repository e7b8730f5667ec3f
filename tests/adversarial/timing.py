"""How the adversarial harness times one call, shared by ``make bench-adversarial`` and the growth guards.

The unit tests that hold a function linear on a hostile input without a natural count of its work use
:func:`growth_ratio` (ten times the input, a ratio of CPU times, never a duration).

Two things made linear functions look super-linear (the 227 pairs of ``names``, ``quotes.marks``
and ``incident`` flagged on main at 15x-56x or over 3 s: main's same code measured this way, at a
load of 5 on two cores, has 217 at or under 15x, 10 at 15.5x-20x, linear when timed at 62k, 125k,
250k and 500k characters):

* the wall clock: on two cores shared with other processes, the small size kept the best of many
  runs and the large size had one, so whatever else ran during that one counted as growth. The
  CPU time of the calling thread does not count other processes;
* the cyclic collector: a full collection walks every object the process holds, and the
  measuring process holds every table the targets measured before loaded (registry, gazetteer,
  name tables, models). The collection that lands in a large call costs the process's heap, not
  the call's work. :func:`settle` takes what is loaded out of the collector (``gc.freeze``, as
  the entity-enrich work process does after loading, ``worker.load_enricher``) and each timed
  call starts with empty young generations.
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.thread_time, "wall": time.perf_counter}


def settle() -> None:
    """Everything alive now (the loaded tables, the warm-up's caches) leaves the collector's generations."""
    gc.collect()
    gc.freeze()


def timed(call: Callable[[Any], Any], args: Any, clock: str = "cpu") -> tuple[float, Exception | None]:
    """The seconds one ``call(args)`` takes on ``clock``, and the exception it raised, if any."""
    now = CLOCKS[clock]
    gc.collect()  # every call starts with empty young generations, whatever ran before it
    start = now()
    try:
        call(args)
    except Exception as exc:
        return now() - start, exc
    return now() - start, None


# --- the growth check of the unit tests: a ratio of CPU times, never a duration -----------------------------------

# ten times the input: linear is about 10 (up to ~23 where the small size fits the caches), quadratic about 100
MAX_GROWTH = 25.0
TICK = 1e-4  # CPU seconds under which a call's time is the clock's and the caches', not its work's: read as this
STOP = 2 * MAX_GROWTH  # a large call past this many times the small one's CPU is stopped there: it has grown too much


class Outgrown(BaseException):
    """The call ran past its CPU allowance (a ``BaseException``: no ``except Exception`` of the code swallows it)."""


_TIMERS = {"cpu": (signal.ITIMER_PROF, signal.SIGPROF), "wall": (signal.ITIMER_REAL, signal.SIGALRM)}


@contextmanager
def interrupted(
    seconds: float, error: type[BaseException], message: str, clock: str = "cpu", again: float = 0.05
) -> Iterator[None]:
    """Interrupt the block with ``error(message)`` once it has run ``seconds`` on ``clock`` (``cpu``: the process's CPU
    time, a profiling timer, which neither the machine's speed nor its load moves as much as the wall; ``wall``: real
    time). Regex matching and Python code both stop.

    The timer fires again every ``again`` seconds after the first expiry, and a block that still ends normally after
    expiry raises on exit: an interrupt that lands in a garbage-collector callback is only printed by Python, never
    raised. The error is raised again from here, so its traceback has line numbers (one raised mid-instruction may
    not, which pytest cannot print). ``error`` should be a ``BaseException`` no ``except Exception`` swallows."""
    timer, signum = _TIMERS[clock]
    expired = False

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        expired = True
        signal.setitimer(timer, again)
        raise error(message)

    previous = signal.signal(signum, expire)
    signal.setitimer(timer, seconds)
    try:
        yield
    except error:
        expired = True
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, previous)
    if expired:
        raise error(message) from None


def cpu_allowance(seconds: float) -> AbstractContextManager[None]:
    """Interrupt the block with :class:`Outgrown` once the process has used ``seconds`` of CPU in it."""
    return interrupted(seconds, Outgrown, f"past {seconds:.3f} s of CPU")


def growth(make: Callable[[int], Any], call: Callable[[Any], Any], n: int, factor: int = 10) -> tuple[float, float]:
    """The best CPU seconds of three ``call(make(n))`` and of two ``call(make(factor * n))``, after a warm-up call
    (what the first call loads is not growth) and with what is loaded frozen out of the collector (:func:`settle`).

    Each size's calls are stopped once one has used :data:`STOP` times the best of the size ``factor`` times smaller
    (one call at ``n // factor`` first; a second at least): a super-linear function fails in seconds instead of
    running for hours. The pair returned is then that smaller size's best and the time the call was stopped at (a
    lower bound, already twice :data:`MAX_GROWTH` times that best)."""
    sizes = ((max(1, n // factor), 1), (n, 3), (factor * n, 2))
    call(make(sizes[0][0]))
    settle()
    try:
        best: list[float] = []
        for size, repeat in sizes:
            args = make(size)  # not timed: building the input is not the case
            allowance = max(STOP * max(best[-1], TICK), 1.0) if best else None
            times = []
            for _ in range(repeat):
                times.append(_allowed(call, args, allowance))
                if times[-1] == allowance:
                    return best[-1], times[-1]
            best.append(min(times))
        return best[1], best[2]
    finally:
        gc.unfreeze()


def _timed(call: Callable[[Any], Any], args: Any) -> float:
    seconds, exc = timed(call, args)
    if exc is not None:
        raise exc
    return seconds


def _allowed(call: Callable[[Any], Any], args: Any, allowance: float | None) -> float:
    """:func:`_timed` stopped at ``allowance`` CPU seconds (if any), which it then returns."""
    if allowance is None:
        return _timed(call, args)
    try:
        with cpu_allowance(allowance):
            return _timed(call, args)
    except Outgrown:
        return allowance


def growth_ratio(make: Callable[[int], Any], call: Callable[[Any], Any], n: int) -> float:
    """How many times the CPU time of ``call`` grows for ten times the input ``make(n)``: a ratio of times, never a
    duration, so neither the machine's speed nor its load moves it (``property/test_linear.py``'s measure). A ratio
    over :data:`MAX_GROWTH` is measured once more, the best of both kept (a busy machine's caches), unless a call had
    to be stopped. A time under :data:`TICK` counts as :data:`TICK` (a call that answers at once at both
    sizes grows 1x): choose ``n`` so that the small call takes well over :data:`TICK`, or a quadratic one could still
    look flat."""
    small, large = growth(make, call, n)
    if MAX_GROWTH * max(small, TICK) < large < STOP * max(small, TICK):
        again = growth(make, call, n)
        small, large = min(small, again[0]), min(large, again[1])
    return max(large, TICK) / max(small, TICK)
