"""Hypothesis profiles and the time guard of the property suite.

``WIRESTREAM_HYPOTHESIS=thorough`` runs many more examples (nightly, or before a merge
that touches text rules); the default ``fast`` profile keeps the suite under a minute.
No test asserts a duration: Hypothesis' per-example deadline is off, and the only time
limit is pytest-timeout's guard, which turns a hang into a failure.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    "derandomize": False,
    "print_blob": True,
}
settings.register_profile("fast", max_examples=25, **_COMMON)
settings.register_profile("thorough", max_examples=1000, **_COMMON)
settings.load_profile(os.environ.get("WIRESTREAM_HYPOTHESIS", "fast"))

GUARD_SECONDS = 60  # default per-test guard; a test may set its own


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/property/" in str(item.fspath).replace(os.sep, "/") and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(GUARD_SECONDS))
