"""The direction of dependencies: the kernel (``wirestream``) never imports a stage (``services``).

Stages reach the kernel through the composition root, :mod:`services.registry`, which
hands the CLI, the supervisor, the housekeeper and the ACL rules a
:class:`~wirestream.stages.Pipeline`. Two checks, each able to fail on its own:

* importing every kernel module in a fresh interpreter leaves no ``services`` module
  in ``sys.modules`` (what happens at import time);
* no kernel module names ``services`` in an import statement or an import path string
  anywhere, inside functions too (what would happen later, when a command runs).

``wirestream/__main__.py`` is the one exception: the ``python -m wirestream`` entry
script, which only hands over to the composition root and which nothing imports.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from services.registry import PIPELINE
from wirestream import contracts

ROOT = Path(__file__).resolve().parents[2]
ENTRY_SCRIPTS = {"__main__.py"}

_PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
         if m.name.rsplit(".", 1)[1] != "__main__"]
for name in names:
    importlib.import_module(name)
print(json.dumps({"imported": names, "stages": sorted(m for m in sys.modules if m.split(".")[0] == sys.argv[2])}))
"""


def imported_at_import_time(root: Path, kernel: str, stages: str) -> dict[str, list[str]]:
    """Import every module of ``kernel`` under ``root`` in a fresh interpreter; which ``stages`` modules came along."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, kernel, stages],
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def named_in_source(folder: Path, stages: str) -> list[str]:
    """Every import of ``stages`` (statement or dotted path string) in the ``.py`` files of ``folder``."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path.name in ENTRY_SCRIPTS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names = [node.value]  # import_module("services.x.worker") and the like
            else:
                continue
            for name in names:
                if name == stages or name.startswith(stages + ".") or name.startswith(stages + ":"):
                    found.append(f"{path.relative_to(folder.parent)}:{node.lineno}: {name}")
    return found


def test_importing_the_whole_kernel_imports_no_stage():
    report = imported_at_import_time(ROOT, "wirestream", "services")
    assert {"wirestream.cli", "wirestream.supervisor", "wirestream.acl", "wirestream.runtime"} <= set(
        report["imported"]
    )
    assert report["stages"] == []


def test_no_kernel_module_names_a_stage_even_inside_a_function():
    assert named_in_source(ROOT / "wirestream", "services") == []


def test_both_checks_catch_a_back_edge(tmp_path: Path):
    """A kernel with one module importing a stage (at import time), another inside a function."""
    (tmp_path / "stagepkg").mkdir()
    (tmp_path / "stagepkg" / "__init__.py").write_text("")
    (tmp_path / "stagepkg" / "worker.py").write_text("VALUE = 1\n")
    kernel = tmp_path / "kernelpkg"
    kernel.mkdir()
    (kernel / "__init__.py").write_text("")
    (kernel / "clean.py").write_text("X = 1\n")
    (kernel / "edge.py").write_text("from stagepkg.worker import VALUE\n")
    (kernel / "later.py").write_text(
        "def run():\n    import importlib\n    return importlib.import_module('stagepkg.worker')\n"
    )
    report = imported_at_import_time(tmp_path, "kernelpkg", "stagepkg")
    assert report["stages"] == ["stagepkg", "stagepkg.worker"]
    assert [line.split(": ")[0] for line in named_in_source(kernel, "stagepkg")] == [
        "kernelpkg/edge.py:1",
        "kernelpkg/later.py:3",
    ]


def test_the_registry_names_every_stage_of_the_contracts_in_flow_order():
    assert PIPELINE.names == contracts.STAGE_NAMES
    assert [s.streams for s in PIPELINE.stages] == list(contracts.STAGES)
    for upstream, downstream in zip(PIPELINE.stages, PIPELINE.stages[1:], strict=False):
        assert downstream.streams.input == upstream.streams.output
        assert downstream.input_model is upstream.output_model, f"{downstream.name} reads what {upstream.name} writes"
    assert [s.name for s in PIPELINE.stages if s.uses_store] == ["persist"]
    assert PIPELINE.subscriber_streams == (contracts.ENRICHED, contracts.INCIDENT_PREFIX + "*")
