"""Rows of figures, the side-by-side table, and the previous version's figures.

A row is one measure on one set: the product's value, the value of the version
before this work (``baseline.json``, recorded with ``--save-baseline`` on that
version) and each peer's value, all computed the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

BASELINE = Path(__file__).with_name("baseline.json")
PRODUCT = "wirestream"


@dataclass
class Row:
    corpus: str  # the set and its size, e.g. "AEB HTML (113 pages)"
    measure: str  # e.g. "F1 (4-gram shingles)"
    values: dict[str, float | None] = field(default_factory=dict)  # system -> value; PRODUCT first
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.corpus} | {self.measure}"


def load_baseline() -> dict[str, float]:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {}


def save_baseline(rows: list[Row]) -> None:
    previous = load_baseline()
    previous.update({row.key: value for row in rows if (value := row.values.get(PRODUCT)) is not None})
    BASELINE.write_text(json.dumps(previous, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _cell(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if abs(value) <= 1.0 else f"{value:.1f}"


def table(rows: list[Row], markdown: bool = False) -> str:
    """One line per measure: the product, before, then the peers (named in the line)."""
    baseline = load_baseline()
    out = []
    if markdown:
        out.append("| set | measure | wirestream | before | peers, run the same way |")
        out.append("|---|---|---|---|---|")
    for row in rows:
        peers = ", ".join(f"{name} {_cell(v)}" for name, v in row.values.items() if name != PRODUCT)
        before = baseline.get(row.key)
        if markdown:
            out.append(
                f"| {row.corpus} | {row.measure} | **{_cell(row.values.get(PRODUCT))}** | {_cell(before)} | {peers or '—'} |"
            )
        else:
            out.append(
                f"{row.corpus:<38} {row.measure:<30} {_cell(row.values.get(PRODUCT)):>7} "
                f"(before {_cell(before):>5})   {peers}" + (f"   [{row.note}]" if row.note else "")
            )
    return "\n".join(out)
