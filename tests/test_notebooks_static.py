"""Every notebook: one `parameters` cell, no committed outputs, a matching jupytext pair, the project kernel,
and parameters that agree with the reports manifest."""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import nbformat
import pytest
import yaml

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
MINE = ["claims", "displacement", "casualties", "offensive_brief"]


def test_the_four_report_notebooks_exist():
    names = {p.stem for p in NOTEBOOKS}
    assert set(MINE) <= names


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_parameters_cell_first_and_no_outputs(path: Path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: {len(tagged)} cells tagged 'parameters'"
    assert _code_cells(nb)[0] is tagged[0], f"{path.name}: the parameters cell is not the first code cell"
    for cell in _code_cells(nb):
        assert cell.get("outputs", []) == [], f"{path.name}: committed outputs"
        assert cell.get("execution_count") is None, f"{path.name}: committed execution counts"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_project_kernel(path: Path):
    spec = nbformat.read(path, as_version=4).metadata.get("kernelspec", {})
    assert spec.get("name") == "tally" and spec.get("display_name") == "Tally (project)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_jupytext_pair_agrees(path: Path):
    script = path.with_suffix(".py")
    assert script.is_file(), f"{path.name} has no py:percent pair"
    text = script.read_text(encoding="utf-8")
    assert "formats: ipynb,py:percent" in text
    from_py = jupytext.reads(text, fmt="py:percent")
    from_nb = nbformat.read(path, as_version=4)
    pairs = list(zip(from_py.cells, from_nb.cells))
    assert len(from_py.cells) == len(from_nb.cells), f"{path.name}: cell count differs from {script.name}"
    for i, (a, b) in enumerate(pairs):
        assert (a.cell_type, a.source) == (b.cell_type, b.source), f"{path.name}: cell {i} differs from {script.name}"


def _parameters(path: Path) -> dict:
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    values = {}
    for node in ast.parse(cell.source).body:
        assert isinstance(node, ast.Assign), f"{path.name}: the parameters cell holds only assignments"
        values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


@pytest.mark.parametrize("name", MINE)
def test_parameters_match_the_manifest(name: str):
    manifest = yaml.safe_load(paths.MANIFEST.read_text(encoding="utf-8"))
    entry = manifest["reports"][name]
    declared = {k: v["default"] for k, v in entry["parameters"].items()}
    in_notebook = _parameters(paths.NOTEBOOKS / entry["notebook"])
    assert set(declared) == set(in_notebook)
    for key, value in in_notebook.items():
        manifest_value = declared[key]
        if entry["parameters"][key]["type"] == "date":
            manifest_value = str(manifest_value)
        assert manifest_value == value, f"{name}.{key}: manifest {manifest_value!r}, notebook {value!r}"


@pytest.mark.parametrize("name", MINE)
def test_notebooks_stay_thin(name: str):
    """Logic lives in the package: no function or class definitions in a report notebook."""
    text = (paths.NOTEBOOKS / f"{name}.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
