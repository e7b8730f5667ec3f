"""The direction of dependencies: the kernel (``wirestream``) never imports a stage (``wirestream.services``).

The stages ship inside the one distribution namespace, as ``wirestream.services`` (the
``services/`` folder at the top of the repository; ``wirestream/services`` links to it), so
nothing installs a bare ``services`` package. The kernel is every other ``wirestream`` module.

Stages reach the kernel through the composition root, :mod:`wirestream.services.registry`, which
hands the CLI, the supervisor, the housekeeper and the ACL rules a
:class:`~wirestream.stages.Pipeline`. Two checks, each able to fail on its own:

* importing every kernel module in a fresh interpreter leaves no ``wirestream.services`` module
  in ``sys.modules`` (what happens at import time);
* no kernel module names ``wirestream.services`` in an import statement or an import path string
  anywhere, inside functions too (what would happen later, when a command runs).

``wirestream/__main__.py`` is the one exception: the ``python -m wirestream`` entry
script, which only hands over to the composition root and which nothing imports.

Stages do not import each other either: what two stages both need (``services/enrich/written_dates/``,
``languages/``, ``lexicon.py``...) is a module of their area that is no stage's folder. A stage's folder is
the package of the worker the registry builds it from; a third check fails when one stage's folder names
another's (an import statement, relative ones too, or a dotted path string).
"""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

from wirestream import contracts
from wirestream.services.registry import PIPELINE
from wirestream.stages import Stage

ROOT = Path(__file__).resolve().parents[2]
ENTRY_SCRIPTS = {"__main__.py"}
STAGES = "wirestream.services"

_PROBE = """
import importlib, json, os, pkgutil, sys
package = importlib.import_module(sys.argv[1])
stages = sys.argv[2]
def staged(name):
    return name == stages or name.startswith(stages + ".")
def walk(path, prefix):  # pkgutil.walk_packages would import the stages to look inside them
    for m in pkgutil.iter_modules(path, prefix):
        if staged(m.name) or m.name.rsplit(".", 1)[1] == "__main__":
            continue
        yield m.name
        if m.ispkg:
            yield from walk([os.path.join(path[0], m.name.rsplit(".", 1)[1])], m.name + ".")
names = list(walk(package.__path__, package.__name__ + "."))
for name in names:
    importlib.import_module(name)
print(json.dumps({"imported": names, "stages": sorted(m for m in sys.modules if staged(m))}))
"""


def imported_at_import_time(root: Path, kernel: str, stages: str) -> dict[str, list[str]]:
    """Import every module of ``kernel`` (but ``stages``, which may sit inside it) in a fresh interpreter.

    Returns the kernel modules imported and which ``stages`` modules came along.
    """
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


def named_in_source(folder: Path, stages: str, exact_strings: bool = True) -> list[str]:
    """Every import of ``stages`` (statement or dotted path string) in the kernel's ``.py`` files.

    ``folder`` is the kernel package's folder; the stages' own folder inside it is skipped.
    With ``exact_strings`` false, a string that is just the name (a dictionary key) is no import.
    """
    found = []
    inner = folder.joinpath(*stages.split(".")[1:]) if stages.startswith(folder.name + ".") else None
    for path in sorted(folder.rglob("*.py")):
        if path.name in ENTRY_SCRIPTS or (inner is not None and path.is_relative_to(inner)):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if not exact_strings and node.value == stages:
                    continue
                names = [node.value]  # import_module("wirestream.services.x.worker") and the like
            else:
                continue
            for name in names:
                if name == stages or name.startswith(stages + ".") or name.startswith(stages + ":"):
                    found.append(f"{path.relative_to(folder.parent)}:{node.lineno}: {name}")
    return found


def stage_packages(stages: Iterable[Stage]) -> dict[str, str]:
    """Each stage's package: the one holding the ``worker`` module its registry builder imports (read, not run)."""
    packages = {}
    for stage in stages:
        tree = ast.parse(textwrap.dedent(inspect.getsource(stage.worker)))
        (worker,) = {
            n.module
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module is not None and n.module.endswith(".worker")
        }
        packages[stage.name] = worker.rsplit(".", 1)[0]
    return packages


def _named(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The dotted names an AST node imports or spells out: ``from a import b`` names ``a`` and ``a.b``, a relative
    import is resolved against ``module`` (the file's own dotted name), a string is taken as it is."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = module.split(".")[: len(module.split(".")) - node.level + is_package]
            base = ".".join([*parts, *([node.module] if node.module else [])])
        return [base, *(f"{base}.{a.name}" for a in node.names)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]  # pure("wirestream.services.x.logic:f"), import_module("...") and the like
    return []


def stages_naming_stages(root: Path, packages: Iterable[str]) -> list[str]:
    """Every place a stage's package (a dotted name under ``root``) imports or names another stage's package."""
    found: list[tuple[str, int, str]] = []
    packages = sorted(packages)
    for package in packages:
        folder = root.joinpath(*package.split(".")).resolve()  # wirestream/services links to services/
        others = [p for p in packages if p != package]
        for path in sorted(folder.rglob("*.py")):
            is_package = path.name == "__init__.py"
            parts = path.relative_to(folder).with_suffix("").parts
            module = ".".join([package, *(parts[:-1] if is_package else parts)])
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
                if not isinstance(node, (ast.stmt, ast.expr)):
                    continue
                hits = [
                    name
                    for name in _named(node, module, is_package)
                    if any(name == other or name.startswith((other + ".", other + ":")) for other in others)
                ]
                if hits:
                    found.append((str(path.relative_to(root.resolve())), node.lineno, hits[0]))
    return [f"{path}:{line}: {name}" for path, line, name in sorted(found)]


def test_importing_the_whole_kernel_imports_no_stage():
    report = imported_at_import_time(ROOT, "wirestream", STAGES)
    assert {"wirestream.cli", "wirestream.supervisor", "wirestream.acl", "wirestream.runtime"} <= set(
        report["imported"]
    )
    assert report["stages"] == []


def test_no_kernel_module_names_a_stage_even_inside_a_function():
    assert named_in_source(ROOT / "wirestream", STAGES) == []


def test_both_checks_catch_a_back_edge(tmp_path: Path):
    """Laid out like the project: the stages' folder beside the kernel, linked into it.

    One kernel module imports a stage at import time, another inside a function; the stage's
    own module importing the kernel is the allowed direction and is not reported.
    """
    stages = tmp_path / "stages"
    stages.mkdir()
    (stages / "__init__.py").write_text("")
    (stages / "worker.py").write_text("from kernelpkg.clean import X\nVALUE = X\n")
    kernel = tmp_path / "kernelpkg"
    kernel.mkdir()
    (kernel / "services").symlink_to("../stages")
    (kernel / "__init__.py").write_text("")
    (kernel / "clean.py").write_text("X = 1\n")
    (kernel / "edge.py").write_text("from kernelpkg.services.worker import VALUE\n")
    (kernel / "later.py").write_text(
        "def run():\n    import importlib\n    return importlib.import_module('kernelpkg.services.worker')\n"
    )
    report = imported_at_import_time(tmp_path, "kernelpkg", "kernelpkg.services")
    assert report["imported"] == ["kernelpkg.clean", "kernelpkg.edge", "kernelpkg.later"]
    assert report["stages"] == ["kernelpkg.services", "kernelpkg.services.worker"]
    assert [line.split(": ")[0] for line in named_in_source(kernel, "kernelpkg.services")] == [
        "kernelpkg/edge.py:1",
        "kernelpkg/later.py:3",
    ]
    (kernel / "edge.py").write_text("EDGE = None\n")
    (kernel / "later.py").write_text("LATER = None\n")
    assert imported_at_import_time(tmp_path, "kernelpkg", "kernelpkg.services")["stages"] == []
    assert named_in_source(kernel, "kernelpkg.services") == []


def test_no_stage_imports_another_stage():
    packages = stage_packages(PIPELINE.stages)
    assert set(packages) == set(PIPELINE.names)
    assert "wirestream.services.enrich.dates" in packages.values()
    for package in packages.values():
        assert ROOT.joinpath(*package.split("."), "worker.py").is_file(), package
    assert stages_naming_stages(ROOT, packages.values()) == []


def test_no_service_imports_another_service():
    """The three services (``services/ingest``, ``services/enrich``, ``services/store``) share only the kernel: none
    imports or names another (the store's duplicate detector once read the CJK pattern from enrich's lexicon)."""
    services = [
        f"{STAGES}.{path.name}" for path in sorted((ROOT / "services").iterdir()) if (path / "__init__.py").is_file()
    ]
    assert services == [f"{STAGES}.enrich", f"{STAGES}.ingest", f"{STAGES}.store"]
    assert stages_naming_stages(ROOT, services) == []


def test_the_stage_check_catches_imports_of_a_stage_in_every_form(tmp_path: Path):
    """Two stage folders and a shared module beside them: every way one stage can name the other is reported
    (absolute, relative, the package itself, a path string), and importing the shared module is not."""
    area = tmp_path / "pkg" / "area"
    for folder in (area, area / "one", area / "two"):
        folder.mkdir(parents=True)
        (folder / "__init__.py").write_text("")
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (area / "shared.py").write_text("X = 1\n")
    (area / "two" / "logic.py").write_text("from pkg.area.shared import X\nY = X\n")
    (area / "one" / "logic.py").write_text(
        "from pkg.area.shared import X\n"
        "from pkg.area.two.logic import Y\n"
        "from ..two import logic\n"
        "from pkg.area import two\n"
        "import pkg.area.two.logic\n"
        "WORK = 'pkg.area.two.logic:Y'\n"
        "NOT_IT = 'pkg.area.twofold'\n"
    )
    (area / "one" / "__init__.py").write_text("from .logic import X\nfrom . import logic\n")
    packages = ("pkg.area.one", "pkg.area.two")
    assert [hit.split(": ")[0] for hit in stages_naming_stages(tmp_path, packages)] == [
        "pkg/area/one/logic.py:2",
        "pkg/area/one/logic.py:3",
        "pkg/area/one/logic.py:4",
        "pkg/area/one/logic.py:5",
        "pkg/area/one/logic.py:6",
    ]
    (area / "one" / "logic.py").write_text("from pkg.area.shared import X\nfrom ..shared import X as Z\n")
    assert stages_naming_stages(tmp_path, packages) == []


def test_nothing_imports_a_bare_services_package():
    """The stages are ``wirestream.services``: a bare ``services`` would load every module twice."""
    assert [
        hit
        for folder in ("services", "tests", "bench")
        for hit in named_in_source(ROOT / folder, "services", exact_strings=False)
        if "tests/unit/test_architecture.py" not in hit
    ] == []


def test_the_registry_names_every_stage_of_the_contracts_in_flow_order():
    assert PIPELINE.names == contracts.STAGE_NAMES
    assert [s.streams for s in PIPELINE.stages] == list(contracts.STAGES)
    for upstream, downstream in zip(PIPELINE.stages, PIPELINE.stages[1:], strict=False):
        assert downstream.streams.input == upstream.streams.output
        assert downstream.input_model is upstream.output_model, f"{downstream.name} reads what {upstream.name} writes"
    assert [s.name for s in PIPELINE.stages if s.uses_store] == ["persist"]
    assert PIPELINE.subscriber_streams == (contracts.ENRICHED, contracts.INCIDENT_PREFIX + "*")


def stage_names_spelled(folder: Path, names: Iterable[str]) -> list[str]:
    """Every string literal in the kernel's ``.py`` files that is a stage's name (``"clean"``, ``"entity-enrich"``),
    f-string parts included: what the kernel knows of a stage comes from the :class:`~wirestream.stages.Pipeline`.

    ``folder`` is the kernel package's folder; its ``services`` (the stages' link) and the entry script are skipped.
    The one place a stage's name may be spelled is the message contract of its streams, a
    ``StageStreams(stage=..., group=...)`` call (``wirestream/contracts.py``): the streams both neighbours of a
    stage read and write, which the registry's stages are checked against."""
    names = set(names)
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path.name in ENTRY_SCRIPTS or path.relative_to(folder).parts[0] == "services":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        contract = {
            id(value)
            for call in ast.walk(tree)
            if isinstance(call, ast.Call)
            and getattr(call.func, "id", getattr(call.func, "attr", None)) == "StageStreams"
            for value in [*call.args, *(k.value for k in call.keywords)]
        }
        hits = sorted(
            (node.lineno, node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in contract
        )
        found += [f"{path.relative_to(folder.parent)}:{line}: {value!r}" for line, value in hits]
    return found


def test_no_kernel_module_spells_a_stage_name():
    """A new stage is its folder and one entry in the registry: a kernel table keyed by stage names
    (heartbeats, replicas' cost and memory) would leave it silently half-supported."""
    assert stage_names_spelled(ROOT / "wirestream", PIPELINE.names) == []


def test_the_stage_name_check_catches_keys_tuples_and_f_strings(tmp_path: Path):
    kernel = tmp_path / "kernelpkg"
    kernel.mkdir()
    (kernel / "services").mkdir()
    (kernel / "services" / "worker.py").write_text("NAME = 'clean'\n")  # the stages may name themselves
    (kernel / "costs.py").write_text("COST = {'clean': 1.0}\nALL = ('clean', 'persist')\n")
    (kernel / "late.py").write_text(
        "def f(x):\n    return f\"{x}:\" if x else 'persist'\nKEY = f\"clean{0}\"\nOK = 'cleaner'\n"
    )
    (kernel / "contracts.py").write_text("S = (StageStreams(stage='clean', input='a', group='clean', output='b'),)\n")
    assert [hit.split(": ")[0] for hit in stage_names_spelled(kernel, ("clean", "persist"))] == [
        "kernelpkg/costs.py:1",
        "kernelpkg/costs.py:2",
        "kernelpkg/costs.py:2",
        "kernelpkg/late.py:2",
        "kernelpkg/late.py:3",
    ]
