"""Stage work in a child process the worker can kill: every entry bounded in time and memory.

A stage's CPU-heavy function (clean, date-parse, entity-enrich, fetch's file reader)
must not run on the worker's event loop: a pathological input would stop the
heartbeat, the claiming of stale entries and the shutdown with it, and nothing
could interrupt it. An :class:`Executor` keeps one child process that loads the
stage's tools once (entity-enrich's spaCy model takes seconds) and then serves
requests over a pipe, one batch at a time:

* **time**: each input gets ``budget.seconds(size)`` of wall-clock time (a floor,
  plus so many seconds per 100 KB, up to a ceiling); a child that has not answered
  by then is killed (SIGKILL) and the input fails with :class:`StageTimeout`;
* **memory**: once its tools are loaded the child caps its own address space
  (``RLIMIT_AS``) at what it uses then plus ``budget.memory_mb``; an input that
  needs more fails with :class:`StageMemory` (Python's ``MemoryError``, or the child
  dying of it) and the child is replaced, since an allocation failure can leave a
  library in a bad state;
* a killed or crashed child is replaced in the background, so the worker keeps
  consuming; the replacement loads the tools again (``last_start_seconds``).

The worker waits for its child's answers on the event loop (the pipe is watched with
``add_reader``, not a thread per exchange), and a pydantic model crosses the pipe as its
JSON (the form it has on the streams anyway) instead of a pickle, which costs several
times more for an article: both were a measurable share of a worker's own CPU per entry.

The protocol is batch-shaped so that a stage processes the entries of one read
together (:mod:`wirestream.batching`): :meth:`Executor.run_many` takes several inputs
and returns one :class:`Outcome` per input. The child reports each result as soon as
it has it, and the deadlines are cumulative (input *k* must be done within the sum
of the first *k* budgets), so when a child is killed mid-batch the results it
already sent are kept, the input it was on is blamed, and the inputs after it are
reported as :class:`StageSkipped` (not run: retry them). A tool may offer
``many(items)`` (an iterator of results or exceptions, in order) to batch; without
it the child calls the tool once per input. entity-enrich's tool has one (its texts
through one ``nlp.pipe``, which ``bench/enrich_batch.py`` measured at under 10% of the
stage's time); what the batch saves most is the worker's own cost per exchange. A tool
whose ``many`` computes every result before yielding the first must finish the batch
within the first input's budget (entity-enrich's spaCy pass over 16 articles takes well
under the 10 s floor); if it does not, the first input is blamed and the others skipped,
and the claimer retries each of them alone.

Start method: ``forkserver`` by default. The worker's own process runs an asyncio
loop, a Redis connection pool and helper threads, so forking it directly is unsafe
(a lock held by another thread at fork time stays locked in the child);
``spawn`` is safe but starts a fresh interpreter, re-imports everything and loads
the tools again at each restart (seconds for spaCy). The fork server is a separate
process started once (by exec, so it inherits none of the worker's threads or
sockets); it imports the stage's heavy modules (``preload``) and builds the tool
once (:mod:`wirestream.executor_template`), and each child is forked from it with
the tool already in memory, so replacing a killed child costs a fork.
``WIRESTREAM_EXECUTOR_START_METHOD`` switches to ``spawn`` (the only choice off Linux).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ctypes
import functools
import importlib
import multiprocessing
import os
import pickle
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any, NamedTuple

# What a loader returns: a callable from one input to one result, optionally with ``many``.
Tool = Callable[[Any], Any]
Loader = Callable[[], Tool]  # must be picklable: a module-level function, or functools.partial of one

LOAD_TIMEOUT_SECONDS = 600.0
INLINE_SEND_BYTES = 32 * 1024  # a request this small fits the pipe's buffer: written without a thread
TEMPLATE_MODULE = "wirestream.executor_template"
TEMPLATE_ENV = "WIRESTREAM_EXECUTOR_TEMPLATE"
_template_claimed = False  # this process's fork server has a template (or another executor's)


# --- errors ----------------------------------------------------------------------
class StageError(Exception):
    """An input the executor could not turn into a result; ``reason`` says why, in one word."""

    reason = "error"
    permanent = False

    def __init__(self, message: str, *, error_type: str | None = None, details: str = "") -> None:
        super().__init__(message)
        self.error_type = error_type or type(self).__name__
        self.details = details


class StageTimeout(StageError):
    """The input took longer than its budget; the child was killed."""

    reason = "timeout"


class StageMemory(StageError):
    """The input needed more memory than its budget."""

    reason = "memory"


class StageCrash(StageError):
    """The child died while working on the input (a signal, or an exit it did not choose)."""

    reason = "crash"


class StageSkipped(StageError):
    """Not run: the child was lost on an earlier input of the same batch. Retry it."""

    reason = "skipped"


class StageFailed(StageError):
    """The stage function raised; ``error_type`` is its exception's class name."""

    def __init__(self, message: str, *, error_type: str, permanent: bool, details: str = "") -> None:
        super().__init__(message, error_type=error_type, details=details)
        self.permanent = permanent
        self.reason = "permanent" if permanent else "error"


@dataclass(frozen=True)
class Budget:
    """How long, and how much memory beyond the loaded tools, one input may take."""

    floor_seconds: float = 10.0
    seconds_per_100kb: float = 60.0
    ceiling_seconds: float = 300.0
    memory_mb: int = 2048

    def seconds(self, size_bytes: int) -> float:
        return min(max(self.floor_seconds, self.seconds_per_100kb * size_bytes / 100_000), self.ceiling_seconds)


@dataclass
class Outcome:
    """One input's result, or why there is none."""

    value: Any = None
    error: StageError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value


# --- what crosses the pipe ---------------------------------------------------------
class ModelJSON(NamedTuple):
    """A pydantic model as its class (``module:qualname``) and its JSON: cheaper than its pickle."""

    model: str
    json: str


def encode(value: Any) -> Any:
    """``value`` as it is sent: a pydantic model as :class:`ModelJSON`, anything else as it is (pickled).
    A model JSON cannot hold (a lone surrogate in a text) is pickled too."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        cls = type(value)
        try:
            return ModelJSON(f"{cls.__module__}:{cls.__qualname__}", value.model_dump_json())
        except (ValueError, TypeError):
            return value
    return value


def decode(value: Any) -> Any:
    """The value :func:`encode` was given (a model validated again from its JSON); raises if it is not one."""
    if isinstance(value, ModelJSON):
        module, _, qualname = value.model.partition(":")
        cls: Any = importlib.import_module(module)
        for part in qualname.split("."):
            cls = getattr(cls, part)
        return cls.model_validate_json(value.json)
    return value


# --- the child -------------------------------------------------------------------
def _resolve(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


def named(reference: str, *args: Any) -> Tool:
    """A loader given as ``"module:function"`` and its arguments: only the work process imports it."""
    return _resolve(reference)(*args)


def returning(function: Callable[[Any], Any] | str, warm_input: Any = None, warm: str | None = None) -> Tool:
    """The loader of a stage that is one pure function (or its ``"module:name"``, imported here,
    in the work process only). With ``warm_input`` the function runs once on it now, so that
    what it loads lazily (a language model, say) is not charged to the first entry's budget;
    ``warm`` (``"module:name"`` of a function without arguments) runs once after it, for what one
    sample input does not reach. Both run before the worker subscribes (its start-up waits for the tool)."""
    resolved = _resolve(function) if isinstance(function, str) else function
    if warm_input is not None:
        with contextlib.suppress(Exception):
            resolved(warm_input)
    if warm is not None:
        with contextlib.suppress(Exception):
            _resolve(warm)()
    return resolved


def _die_with_parent() -> None:
    """Ask Linux to kill this child when the worker that started it dies, whatever the reason."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _vm_size() -> int | None:
    try:
        with open(f"/proc/{os.getpid()}/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _cap_memory(memory_mb: int) -> int | None:
    """Cap the address space at what is mapped now plus the budget; returns the cap in bytes."""
    if memory_mb <= 0:
        return None
    try:
        import resource
    except ImportError:  # not on this platform: the container's limit is the only bound
        return None
    current = _vm_size()
    if current is None:
        return None
    cap = current + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    return cap


def _is_permanent(exc: BaseException) -> bool:
    from pydantic import ValidationError

    from wirestream.errors import PermanentError

    return isinstance(exc, (PermanentError, ValidationError))


class _Undecodable(NamedTuple):
    error: Exception


def _results(tool: Tool, items: list[Any]) -> Iterator[Any]:
    """The tool's result (or exception) for each input, in order; an input that does not decode is its error."""
    decoded: list[Any] = []
    for item in items:
        try:
            decoded.append(decode(item))
        except Exception as exc:
            decoded.append(_Undecodable(exc))
    produced = _run(tool, [d for d in decoded if not isinstance(d, _Undecodable)])
    for item in decoded:
        if isinstance(item, _Undecodable):
            yield item.error
            continue
        result = next(produced, _Undecodable)
        if result is _Undecodable:  # the tool gave fewer results than inputs
            return
        yield result


def _run(tool: Tool, items: list[Any]) -> Iterator[Any]:
    many = getattr(tool, "many", None)
    if many is not None:
        yield from many(items)
        return
    for item in items:
        try:
            yield tool(item)
        except MemoryError:
            raise
        except Exception as exc:
            yield exc


def _child_main(conn: Connection, loader: Loader, memory_mb: int, key: bytes = b"") -> None:
    """Load the tools, cap the memory, then answer ``("run", items)`` requests until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the worker; it decides
    _die_with_parent()
    started = time.perf_counter()
    try:
        template = sys.modules.get(TEMPLATE_MODULE)  # built in the fork server, if this is its loader
        tool = template.tool_for(key) if template is not None else None
        if tool is None:
            tool = loader()
    except BaseException as exc:
        conn.send(("load-failed", type(exc).__name__, str(exc), traceback.format_exc()))
        return
    cap = _cap_memory(memory_mb)
    conn.send(("ready", time.perf_counter() - started, cap, getattr(tool, "description", None)))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        _, items = request
        try:
            for index, result in enumerate(_results(tool, items)):
                if isinstance(result, BaseException):
                    if isinstance(result, MemoryError):
                        raise result
                    conn.send(
                        (
                            "err",
                            index,
                            type(result).__name__,
                            str(result)[:4000],
                            _is_permanent(result),
                            "".join(traceback.format_exception(result))[-4000:],
                        )
                    )
                else:
                    conn.send(("ok", index, encode(result)))
        except MemoryError:
            with contextlib.suppress(Exception):
                conn.send(("memory", -1))
            os._exit(3)  # a fresh child: an allocation failure may leave a library half-updated
        conn.send(("done",))


def _preload(modules: Sequence[str]) -> None:  # for spawn, where the fork server cannot do it
    for name in modules:
        importlib.import_module(name)


# --- the parent ------------------------------------------------------------------
@dataclass
class _Child:
    process: Any  # multiprocessing.Process
    conn: Connection
    cap: int | None = None

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            if self.process.is_alive():
                self.process.kill()
        with contextlib.suppress(Exception):
            self.process.join(10)
        with contextlib.suppress(Exception):
            self.conn.close()

    def death(self) -> str:
        """Why the child is gone, for an error message."""
        self.process.join(5)
        code = self.process.exitcode
        if code is None:
            return "the child stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"the child was killed by {name}"
        return f"the child exited with status {code}"


@dataclass
class Executor:
    """One child process running a stage's tool, with a time and memory budget per input."""

    name: str
    loader: Loader
    budget: Budget = field(default_factory=Budget)
    start_method: str = "forkserver"
    preload: Sequence[str] = ()
    template: bool = True  # forkserver: build the tool once in the fork server (see executor_template)
    log: Any = None
    starts: int = 0
    last_start_seconds: float | None = None
    description: Any = None  # what the tool says of itself (its ``description``), once a work process is ready
    _child: _Child | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _starting: asyncio.Task[None] | None = None
    _closed: bool = False
    _loader_key: bytes | None = None

    # --- lifecycle -------------------------------------------------------------
    def _context(self) -> Any:
        method = self.start_method
        if method not in multiprocessing.get_all_start_methods():
            method = "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            # a child imports the parent's main module again unless it is a package's __main__ (python -m
            # wirestream); the `wirestream` console script's one import is the composition root, whose modules
            # the stage's own preloads bring (preloading "__main__" does nothing on Python 3.11: the server is
            # not told the path). The CLI (typer, rich) was preloaded here: ~0.1 s of CPU per start, for nothing
            preload = list(self.preload)
            # the fork server is one per process: the first executor's tool becomes its template
            # (the variable may come from a parent process: it is overwritten, never trusted)
            global _template_claimed
            if self.template and not _template_claimed:
                _template_claimed = True
                os.environ[TEMPLATE_ENV] = base64.b64encode(self._key()).decode()
                preload.append(TEMPLATE_MODULE)
            context.set_forkserver_preload(preload)
        return context

    def _key(self) -> bytes:
        """The loader's pickle, made once here: a pickle made in another process may differ (set order)."""
        if self._loader_key is None:
            self._loader_key = pickle.dumps(self.loader)
        return self._loader_key

    def _spawn_blocking(self) -> _Child:
        context = self._context()
        parent_end, child_end = context.Pipe(duplex=True)
        loader: Loader = self.loader
        if self.start_method == "spawn" and self.preload:
            loader = functools.partial(_then, functools.partial(_preload, tuple(self.preload)), self.loader)
        process = context.Process(
            target=_child_main,
            args=(child_end, loader, self.budget.memory_mb, self._key()),
            name=f"{self.name}-work",
            daemon=True,
        )
        started = time.perf_counter()
        process.start()
        child_end.close()
        child = _Child(process, parent_end)
        if not parent_end.poll(LOAD_TIMEOUT_SECONDS):
            child.kill()
            raise RuntimeError(f"{self.name}: the work process did not load its tools within {LOAD_TIMEOUT_SECONDS} s")
        try:
            message = parent_end.recv()
        except (EOFError, OSError):
            reason = child.death()
            child.kill()
            raise RuntimeError(f"{self.name}: the work process died while loading its tools ({reason})") from None
        if message[0] == "load-failed":
            child.kill()
            raise RuntimeError(
                f"{self.name}: loading the stage's tools failed: {message[1]}: {message[2]}\n{message[3]}"
            )
        child.cap = message[2]
        self.description = message[3]
        self.last_start_seconds = time.perf_counter() - started
        self.starts += 1
        if self.log is not None:
            self.log.info(
                "work process ready",
                pid=process.pid,
                start_method=context.get_start_method(),
                seconds=round(self.last_start_seconds, 2),
                address_space_cap_mb=None if child.cap is None else child.cap // (1024 * 1024),
                restarts=self.starts - 1,
                **({"tool": message[3]} if message[3] else {}),
            )
        return child

    async def start(self) -> float:
        """Start the child and wait until its tools are loaded; returns how long that took."""
        async with self._lock:
            await self._ensure_child()
        return self.last_start_seconds or 0.0

    async def _ensure_child(self) -> _Child:
        if self._starting is not None:
            task, self._starting = self._starting, None
            with contextlib.suppress(Exception):
                await task  # a failed background start is retried right below
        if self._child is None or not self._child.process.is_alive():
            if self._child is not None:
                self._child.kill()
            self._child = None
            self._child = await asyncio.to_thread(self._spawn_blocking)
        return self._child

    def _replace_soon(self) -> None:
        """Start the next child in the background, so it loads while the worker goes on."""
        if self._closed:
            return

        async def start() -> None:
            self._child = await asyncio.to_thread(self._spawn_blocking)

        self._starting = asyncio.get_running_loop().create_task(start())

    async def close(self) -> None:
        self._closed = True
        if self._starting is not None:
            self._starting.cancel()
        child, self._child = self._child, None
        if child is not None:
            await asyncio.to_thread(child.kill)

    # --- work ------------------------------------------------------------------
    async def run(self, item: Any, size: int) -> Any:
        """One input's result; raises a :class:`StageError` when there is none."""
        (outcome,) = await self.run_many([(item, size)])
        return outcome.unwrap()

    async def run_many(self, items: Sequence[tuple[Any, int]]) -> list[Outcome]:
        """One :class:`Outcome` per ``(input, size in bytes)``, in order."""
        if not items:
            return []
        async with self._lock:
            child = await self._ensure_child()
            try:
                outcomes, lost = await self._exchange(child, items)
            except BaseException:
                # cancelled (the worker is stopping) or broken: the child may be mid-input; do not reuse it
                self._child = None
                await asyncio.to_thread(child.kill)
                raise
            if lost:
                self._child = None
                self._replace_soon()
            return outcomes

    async def _exchange(self, child: _Child, items: Sequence[tuple[Any, int]]) -> tuple[list[Outcome], bool]:
        """Send one batch and collect its results against cumulative deadlines, on the event loop."""
        outcomes: list[Outcome | None] = [None] * len(items)
        budgets = [self.budget.seconds(size) for _, size in items]
        started = time.monotonic()
        try:
            request = bytes(ForkingPickler.dumps(("run", [encode(item) for item, _ in items])))
            if len(request) <= INLINE_SEND_BYTES:
                child.conn.send_bytes(request)
            else:  # a write larger than the pipe's buffer waits for the child to read it: not on the loop
                await asyncio.to_thread(child.conn.send_bytes, request)
        except (OSError, EOFError, ValueError):
            reason = await asyncio.to_thread(child.death)
            await asyncio.to_thread(child.kill)
            return self._fill(outcomes, StageSkipped(f"not run: {reason} before the input reached it")), True
        done = 0  # results received so far (they come in order)
        while True:
            deadline = started + sum(budgets[: done + 1]) if done < len(items) else started + sum(budgets) + 10
            remaining = deadline - time.monotonic()
            try:
                ready = remaining > 0 and await _readable(child.conn, remaining)
                message = child.conn.recv() if ready else None
            except (EOFError, OSError):
                reason = await asyncio.to_thread(child.death)
                await asyncio.to_thread(child.kill)
                if done < len(items):
                    died = _death_error(reason, child.cap)
                    outcomes[done] = Outcome(error=died)
                return self._fill(outcomes, StageSkipped(f"not run: {reason} on an earlier input")), True
            if message is None:
                await asyncio.to_thread(child.kill)
                if done < len(items):
                    outcomes[done] = Outcome(
                        error=StageTimeout(
                            f"gave up after {budgets[done]:.0f} s (budget for {items[done][1]:,} bytes: "
                            "WIRESTREAM_STAGE_TIMEOUT_SECONDS, WIRESTREAM_STAGE_SECONDS_PER_100KB); "
                            "the work process was killed"
                        )
                    )
                return self._fill(
                    outcomes, StageSkipped("not run: the work process was killed on an earlier input")
                ), True
            kind = message[0]
            if kind == "done":
                return self._fill(outcomes, StageSkipped("not run: the tool returned fewer results than inputs")), False
            if kind == "memory":
                await asyncio.to_thread(child.kill)
                outcomes[done] = Outcome(
                    error=StageMemory(
                        f"needed more than its memory budget of {self.budget.memory_mb} MB "
                        "(WIRESTREAM_STAGE_MEMORY_MB) beyond the loaded tools"
                    )
                )
                return self._fill(outcomes, StageSkipped("not run: the work process ran out of memory earlier")), True
            index = message[1]
            if kind == "ok":
                outcomes[index] = _decoded(message[2])
            else:
                _, _, error_type, text, permanent, details = message
                outcomes[index] = Outcome(
                    error=StageFailed(text, error_type=error_type, permanent=permanent, details=details)
                )
            done = index + 1

    @staticmethod
    def _fill(outcomes: list[Outcome | None], error: StageError) -> list[Outcome]:
        return [o if o is not None else Outcome(error=error) for o in outcomes]


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait, on the event loop, until the pipe has something to read; ``False`` after ``timeout`` seconds.
    The child writes each answer at once, so reading it once readable waits at most for the rest of it."""
    if conn.poll(0):
        return True
    loop = asyncio.get_running_loop()
    readable: asyncio.Future[bool] = loop.create_future()
    fd = conn.fileno()

    def ready() -> None:
        if not readable.done():
            readable.set_result(True)

    loop.add_reader(fd, ready)
    try:
        return await asyncio.wait_for(readable, timeout)
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)


def _decoded(value: Any) -> Outcome:
    """A result from the child; one that does not decode fails like the stage (it could not be published)."""
    try:
        return Outcome(value=decode(value))
    except Exception as exc:
        return Outcome(
            error=StageFailed(
                f"the stage's result did not validate again: {exc}"[:4000],
                error_type=type(exc).__name__,
                permanent=True,
                details="".join(traceback.format_exception(exc))[-4000:],
            )
        )


def _then(first: Callable[[], Any], second: Loader) -> Tool:
    first()
    return second()


def _death_error(reason: str, cap: int | None) -> StageError:
    if "SIGKILL" in reason:  # not ours (we kill only on a deadline): the kernel's OOM killer, most likely
        return StageMemory(f"{reason} while working on this input (most likely the system ran out of memory)")
    if cap is not None and ("SIGSEGV" in reason or "SIGABRT" in reason):
        return StageMemory(f"{reason} while working on this input (a failed allocation under the memory cap, likely)")
    return StageCrash(f"{reason} while working on this input")


def run_all(tool: Tool, items: Iterable[Any]) -> list[Any]:
    """The tool's results in process, the way the child computes them (for tests and benchmarks)."""
    return list(_results(tool, list(items)))
