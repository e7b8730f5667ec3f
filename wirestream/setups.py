"""How a stage's work is run: the :data:`~wirestream.context.Setup` functions a worker is built with.

* :func:`pure` and :func:`offloaded`: the work runs in a child process
  (:mod:`wirestream.executor`) with a time and memory budget per entry
  (:func:`budget_of`), so the event loop, the heartbeat and the claiming never wait on
  a slow input, and a pathological one is stopped and parked instead of hanging the worker;
* :func:`in_process`: on the event loop, without a budget (tests and tiny functions).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel

from wirestream.context import Process, Setup, StageContext, current_batch, current_entry
from wirestream.executor import Budget, Executor, Loader, StageSkipped, returning
from wirestream.settings import Settings


def budget_of(settings: Settings) -> Budget:
    """The time and memory budget of one entry, from the settings."""
    return Budget(
        floor_seconds=settings.stage_timeout_seconds,
        seconds_per_100kb=settings.stage_seconds_per_100kb,
        ceiling_seconds=max(settings.stage_timeout_max_seconds, settings.stage_timeout_seconds),
        memory_mb=settings.stage_memory_mb,
    )


def offloaded(make_loader: Callable[[StageContext], Loader], preload: Sequence[str] = ()) -> Setup:
    """The setup of a stage whose work runs in a child process with a budget per entry.

    ``make_loader(ctx)`` returns a picklable loader (a module-level function, or a
    ``functools.partial`` of one) that builds the stage's tool in the child;
    ``preload`` names modules the fork server imports once, so that a restarted
    child does not import them again.
    """

    async def setup(ctx: StageContext) -> Process:
        executor = Executor(
            ctx.stage.stage,
            make_loader(ctx),
            budget_of(ctx.settings),
            start_method=ctx.settings.executor_start_method,
            preload=tuple(preload),
            log=ctx.log,
        )
        await executor.start()
        ctx.executor = executor
        ctx.on_shutdown.append(executor.close)

        async def process(message: Any) -> Any:
            entry = current_entry.get()
            size = entry.size if entry is not None else len(message.model_dump_json())
            return await executor.run(message, size)

        async def many(messages: list[Any]) -> list[Any]:
            """The inputs of one read in one exchange with the work process (its tool's ``many`` if it has
            one), each with its own budget: one result or :class:`~wirestream.executor.StageError` each."""
            entries = current_batch.get()
            if entries is None or len(entries) != len(messages):
                sizes = [len(m.model_dump_json()) for m in messages]
            else:
                sizes = [e.size for e in entries]
            items = list(zip(messages, sizes, strict=True))
            outcomes = await executor.run_many(items)
            # inputs not run because the work process was lost on an earlier one go again at once, in a new
            # one (each round settles at least the input it was lost on), not after a claimer's wait
            skipped = [i for i, o in enumerate(outcomes) if isinstance(o.error, StageSkipped)]
            while skipped and len(skipped) < len(items):
                ctx.liveness.progress()
                again = await executor.run_many([items[i] for i in skipped])
                for i, outcome in zip(skipped, again, strict=True):
                    outcomes[i] = outcome
                before, skipped = len(skipped), [i for i in skipped if isinstance(outcomes[i].error, StageSkipped)]
                if len(skipped) == before:
                    break
            return [o.value if o.ok else o.error for o in outcomes]

        process.many = many  # type: ignore[attr-defined]
        return process

    return setup


def pure(function: Callable[[Any], BaseModel] | str, warm_input: Any = None, warm: str | None = None) -> Setup:
    """The setup of a stage that is one pure, module-level function, run with a budget per entry.

    ``function`` may be given as ``"module:name"``, so that only the work process imports
    it (the worker's own process stays small). ``warm_input`` is a sample input the work
    process runs once before it takes entries, and ``warm`` (``"module:name"``) a function it
    calls once then (see :func:`wirestream.executor.returning`).
    """
    module = function.partition(":")[0] if isinstance(function, str) else function.__module__
    return offloaded(lambda _ctx: functools.partial(returning, function, warm_input, warm), preload=(module,))


def in_process(function: Callable[[Any], BaseModel]) -> Setup:
    """A pure function run on the event loop, without a budget: for tests and tiny functions only."""

    async def setup(_: StageContext) -> Process:
        async def process(message: Any) -> BaseModel:
            return function(message)

        return process

    return setup
