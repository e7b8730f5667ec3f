"""Logging: structlog, JSON lines in containers and pipes, readable on a terminal.

Standard-library loggers (FastStream's among them) are rendered by the same
processors, so a worker's output is one format throughout.
"""

from __future__ import annotations

import logging
import sys
from typing import Literal

import structlog

_SECRET_KEYS = ("password", "secret", "token")


def without_password(url: str) -> str:
    """``url`` with its user and password (everything before the host's ``@``) shown as ``***``."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}***@{rest.rsplit('@', 1)[1]}" if sep and "@" in rest else url


def _redact(_: object, __: str, event: dict) -> dict:
    """Never print credentials, whatever a caller passes."""
    for key, value in list(event.items()):
        if isinstance(value, str) and "://" in value and "@" in value:
            event[key] = without_password(value)
        elif any(s in key.lower() for s in _SECRET_KEYS):
            event[key] = "***"
    return event


def configure(fmt: Literal["auto", "json", "console"] = "auto", level: str = "INFO") -> None:
    if fmt == "auto":
        fmt = "console" if sys.stderr.isatty() else "json"
    shared: list = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact,
    ]
    renderer = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        # a line below the level is dropped first, before the timestamp and the rest are made for it
        processors=[structlog.stdlib.filter_by_level, *shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info if fmt == "json" else (lambda _l, _m, e: e),
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # FastStream logs every message at INFO; keep that at DEBUG-worthy volume.
    logging.getLogger("wirestream.faststream").setLevel(max(logging.WARNING, root.level))


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)
