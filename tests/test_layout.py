"""The floor plan: every module is where its import name says, and every import points down."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "ls_factcheck"

# Lowest first. A module may import from a lower layer, and from its own package; never from a
# package of its own layer or above.
LAYERS = (
    ("ls_factcheck.labels", "ls_factcheck.problems", "ls_factcheck.json_items"),
    ("ls_factcheck.schema",),
    ("ls_factcheck.preannotate", "ls_factcheck.studio"),
    ("ls_factcheck.grouping",),
    ("ls_factcheck.memory",),
    ("ls_factcheck.ingest", "ls_factcheck.backend", "ls_factcheck.export"),
    ("ls_factcheck.evaluation",),
    ("ls_factcheck.demo",),
    ("ls_factcheck.cli",),
)


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        found.append((".".join(parts[:-1] if parts[-1] == "__init__" else parts), path))
    return found


def unit(module: str) -> str:
    """The layered unit a module belongs to: its sub-package, or the top-level module itself."""
    return ".".join(module.split(".")[:2])


def layer(module: str) -> int:
    return next(n for n, units in enumerate(LAYERS) if unit(module) in units)


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize(("name", "path"), modules(), ids=[name for name, _ in modules()])
def test_every_library_module_imports_by_its_file_path(name, path):
    assert Path(importlib.import_module(name).__file__).resolve() == path


def test_a_checkout_that_was_never_installed_imports_the_library_from_its_folders():
    # -S leaves out site-packages, and with it the editable install's path hooks.
    probe = ("import ls_factcheck, ls_factcheck.labels as labels; "
             "print(ls_factcheck.__file__); print(labels.CLAIM)")
    done = subprocess.run([sys.executable, "-S", "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [str(PACKAGE / "__init__.py"), "CLAIM"]


def test_every_module_belongs_to_a_layer():
    unknown = sorted({unit(name) for name, _ in modules() if name != "ls_factcheck"} - {u for units in LAYERS for u in units})
    assert unknown == []


@pytest.mark.parametrize(("name", "path"), modules(), ids=[name for name, _ in modules()])
def test_every_import_points_down_the_layers(name, path):
    if name == "ls_factcheck":
        return
    upward = sorted(target for target in imported_modules(path)
                    if target.startswith("ls_factcheck.") and unit(target) != unit(name)
                    and any(unit(target) in units for units in LAYERS) and layer(target) >= layer(name))
    assert upward == [], f"{name} (layer {layer(name)}) imports from its own layer or above"


def test_no_code_folder_is_mapped_under_another_import_name():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"ls_factcheck.label_config": "label_config"}
    assert list((REPO / "label_config").glob("*.py")) == []  # the interface XML only: data, not code


def test_the_installed_packages_are_exactly_the_folders_of_the_library():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {name for name, path in modules() if path.name == "__init__.py"}
    library = REPO / "ls_factcheck"
    data = {".".join(("ls_factcheck", *d.relative_to(library).parts)) for d in library.rglob("*")
            if d.is_dir() and d.name != "__pycache__" and not (d / "__init__.py").exists()}
    assert set(setuptools["packages"]) == folders | data | {"ls_factcheck.label_config"}


def test_harnesses_stay_out_of_the_package():
    for name, path in modules():
        reached = {target.split(".")[0] for target in imported_modules(path)}
        assert not reached & {"tools", "tests", "benchmarks", "argparse"}, name


def test_each_module_file_name_and_class_name_exists_once():
    files = Counter(path.name for _, path in modules() if path.name != "__init__.py")
    classes = Counter(node.name for _, path in modules()
                      for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.ClassDef))
    assert [name for name, n in files.items() if n > 1] == []
    assert [name for name, n in classes.items() if n > 1] == []
