"""Hostile inputs at sizes where anything super-linear blows the time guard.

No test here asserts a duration. Each feeds one public function one adversarial string
large enough that a linear implementation answers in a small fraction of the guard
(pytest-timeout) while a quadratic or worse one would need many times the guard; the
guard turns that into a failure instead of a stalled run. The growth itself is measured,
with ratios, by ``make bench-adversarial``.

:data:`KNOWN` lists what ``make bench-adversarial`` found super-linear on main (issue 12),
one case per cause, on the narrowest public function that shows it. They are strict
``xfail``: the suite is green while the cause is there and turns red (XPASS) the moment
an owner's fix makes the case linear, so the lead can drop the entry at merge.

``test_every_function_at_the_cap`` (slow tier) runs every target on every family at the
text cap; its known offenders are the pairs in :data:`KNOWN_PAIRS`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from tests.adversarial.inputs import FAMILIES, TEXT_CAP
from tests.adversarial.targets import TARGETS


@dataclass(frozen=True)
class Known:
    target: str
    family: str
    n: int
    owner: str  # the file to fix, and the branch working on it
    why: str

    @property
    def id(self) -> str:
        return f"{self.target}|{self.family}"


GUARD = 3  # seconds; every KNOWN case takes at least ten times this today, a linear one well under a tenth

KNOWN: list[Known] = []  # filled from the findings below
KNOWN_PAIRS: dict[tuple[str, str], str] = {}  # (target, family) -> reason, for the cap matrix


def _xfail(case: Known) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"issue 12: {case.why} ({case.owner})")


@pytest.mark.timeout(GUARD)
@pytest.mark.parametrize("case", [pytest.param(c, marks=_xfail(c), id=c.id) for c in KNOWN])
def test_known_superlinear_case(case: Known) -> None:
    target = TARGETS[case.target]
    text = FAMILIES[case.family](case.n)
    args = target.prepare(text)
    try:
        target.call(args)
    except Exception as exc:
        if type(exc).__name__ not in target.expected:
            raise


CAP_N = int(os.environ.get("WIRESTREAM_ADVERSARIAL_N", TEXT_CAP))
CAP_GUARD = int(os.environ.get("WIRESTREAM_ADVERSARIAL_GUARD", 60))


def _pairs() -> list[object]:
    out = []
    for target in TARGETS.values():
        if target.model:
            continue
        for family in FAMILIES.values():
            if family.kind not in target.kinds:
                continue
            why = KNOWN_PAIRS.get((target.name, family.name))
            marks = [pytest.mark.xfail(strict=True, reason=f"issue 12: {why}")] if why else []
            out.append(pytest.param(target.name, family.name, marks=marks, id=f"{target.name}|{family.name}"))
    return out


@pytest.mark.slow
@pytest.mark.timeout(CAP_GUARD)
@pytest.mark.parametrize(("target_name", "family_name"), _pairs())
def test_every_function_at_the_cap(target_name: str, family_name: str) -> None:
    """Every target, every family, at ``WIRESTREAM_ADVERSARIAL_N`` characters (default: the text cap)."""
    target = TARGETS[target_name]
    args = target.prepare(FAMILIES[family_name](min(CAP_N, target.cap)))
    try:
        target.call(args)
    except Exception as exc:
        if type(exc).__name__ not in target.expected:
            raise
