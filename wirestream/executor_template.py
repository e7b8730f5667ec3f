"""The stage's tool, built once in the fork server, so that each work process starts with it loaded.

:class:`wirestream.executor.Executor` (start method ``forkserver``) puts its pickled
loader in ``WIRESTREAM_EXECUTOR_TEMPLATE`` and lists this module among the fork
server's preloads. Imported there, the module builds the tool; every work process
forked from the server finds it already in memory (shared copy-on-write), so
replacing a killed process costs a fork instead of loading a spaCy model again.
A work process whose loader differs from the template's (another stage in the same
test process) loads its own. Nothing here may raise: the fork server must start.
"""

from __future__ import annotations

import base64
import os
import pickle
from typing import Any

ENV = "WIRESTREAM_EXECUTOR_TEMPLATE"

KEY: bytes | None = None
TOOL: Any = None
ERROR: str | None = None


def _build() -> None:
    global KEY, TOOL, ERROR
    raw = os.environ.get(ENV)
    if not raw:
        return
    try:
        key = base64.b64decode(raw)
        TOOL = pickle.loads(key)()
        KEY = key
    except BaseException as exc:  # the work processes will load for themselves, and report the error
        KEY, TOOL, ERROR = None, None, f"{type(exc).__name__}: {exc}"


def tool_for(key: bytes) -> Any:
    """The prebuilt tool if ``key`` is the pickle of the loader it was built with, else ``None``."""
    if TOOL is None or KEY is None or key != KEY:
        return None
    return TOOL


_build()
