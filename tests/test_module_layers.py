"""Library code and notebooks never import a command-line module (the brief's style rule): what a table, a
report or a notebook needs from a CLI lives in the module it belongs to, and the CLI imports it from there."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from analysis import paths

#: The command-line modules: argument parsing and printing, and the entry point that registers them.
CLI_MODULES = {"analysis.cli", "analysis.__main__"} | {
    "analysis." + ".".join(p.relative_to(paths.ROOT / "analysis").with_suffix("").parts)
    for p in (paths.ROOT / "analysis").rglob("*.py")
    if p.stem == "cli" or p.stem.endswith("_cli")
}


def _imported(source: str, module: str) -> set[str]:
    """Every module ``source`` imports (``from X import Y`` gives X and X.Y), relative imports resolved
    against ``module``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")[:-node.level]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return found


def _library_modules() -> list[tuple[str, Path]]:
    out = []
    for p in sorted((paths.ROOT / "analysis").rglob("*.py")):
        name = "analysis." + ".".join(p.relative_to(paths.ROOT / "analysis").with_suffix("").parts)
        name = name.removesuffix(".__init__")
        if name not in CLI_MODULES:
            out.append((name, p))
    return out


def test_the_rule_knows_the_cli_modules():
    assert {"analysis.cli", "analysis.claims.cli", "analysis.check.article_cli"} <= CLI_MODULES


def test_the_import_reader_sees_a_cli_import():
    # the check itself must be able to fail: a module that imports a CLI, plainly or relatively
    assert "analysis.claims.cli" in _imported("from analysis.claims.cli import run_extraction", "analysis.tables.x")
    assert "analysis.claims.cli" in _imported("from . import cli", "analysis.claims.batch")
    assert "analysis.claims.cli" in _imported("from .cli import x", "analysis.claims.batch")


@pytest.mark.parametrize("name,path", _library_modules(), ids=lambda v: v if isinstance(v, str) else "")
def test_library_module_imports_no_cli(name: str, path: Path):
    bad = _imported(path.read_text(encoding="utf-8"), name) & CLI_MODULES
    assert not bad, f"{paths.relative(path)} imports the command-line module(s) {sorted(bad)}"


@pytest.mark.parametrize("path", sorted(paths.NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebook_imports_no_cli(path: Path):
    nb = nbformat.read(path, as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code" and not c.source.lstrip().startswith(("%", "!")))
    bad = _imported(source, "notebook") & CLI_MODULES
    assert not bad, f"{path.name} imports the command-line module(s) {sorted(bad)}"
