"""How the adversarial harness times one call, shared by ``make bench-adversarial`` and the growth guard.

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
import time
from collections.abc import Callable
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
