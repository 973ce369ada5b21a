"""Security: YAML is loaded safely, parameters stay data, report names and outputs stay under reports/.

The code-execution checks watch for a file the payload would create; the
build check runs the real command line on the small test notebook.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import ParameterError
from analysis.reports import params
from analysis.reports.manifest import load_manifest

NOTEBOOKS = paths.ROOT / "tests" / "notebooks"
MANIFEST = paths.ROOT / "tests" / "bad_inputs" / "files" / "manifest_valid.yml"

#: Patterns that must not appear in the package or the notebooks' sources.
FORBIDDEN = {
    "shell=True": re.compile(r"shell\s*=\s*True"),
    "eval(": re.compile(r"(?<![\w.])eval\("),
    "exec(": re.compile(r"(?<![\w.])exec\("),
    "os.system": re.compile(r"\bos\.(system|popen)\("),
    "yaml.load( without SafeLoader": re.compile(r"\byaml\.(load|load_all)\((?![^)]*SafeLoader)"),
    "yaml.unsafe_load / full_load": re.compile(r"\byaml\.(unsafe_load|full_load|unsafe_load_all|full_load_all)\("),
    "yaml.Loader / UnsafeLoader": re.compile(r"\byaml\.(Loader|UnsafeLoader|FullLoader)\b"),
    "pickle.load": re.compile(r"\bpickle\.loads?\("),
}


def _sources() -> list[Path]:
    files = sorted((paths.ROOT / "analysis").rglob("*.py")) + sorted((paths.ROOT / "notebooks").glob("*.py"))
    bench = paths.ROOT / "benchmarks"
    if bench.is_dir():
        # our code only: not the benchmark's own environments (benchmarks/.venv-duckling, git-ignored)
        files += sorted(p for p in bench.rglob("*.py") if not any(part.startswith(".") for part in
                                                                    p.relative_to(bench).parts))
    return files


@pytest.mark.parametrize("label", list(FORBIDDEN))
def test_no_dangerous_call_in_the_package(label: str) -> None:
    pattern = FORBIDDEN[label]
    hits = []
    for path in _sources():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                hits.append(f"{paths.relative(path)}:{n}: {line.strip()}")
    assert hits == [], f"{label} found:\n" + "\n".join(hits)


def test_the_scan_sees_a_dangerous_line() -> None:
    """The patterns are not blind: each catches a line written to match it."""
    samples = {
        "shell=True": "subprocess.run(cmd, shell=True)", "eval(": "x = eval(text)", "exec(": "exec(code)",
        "os.system": "os.system('ls')", "yaml.load( without SafeLoader": "yaml.load(fh)",
        "yaml.unsafe_load / full_load": "yaml.full_load(fh)", "yaml.Loader / UnsafeLoader": "Loader=yaml.Loader",
        "pickle.load": "pickle.loads(blob)",
    }
    for label, line in samples.items():
        assert FORBIDDEN[label].search(line), label
    assert not FORBIDDEN["yaml.load( without SafeLoader"].search("yaml.load(fh, Loader=yaml.SafeLoader)")
    assert not FORBIDDEN["eval("].search("model.eval()") and not FORBIDDEN["eval("].search("literal_eval(x)")


PAYLOADS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/name:os.system",
    "!!python/module:os",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_yaml_tags_are_rejected_in_parameters_and_manifests(payload: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    tagged = payload.format(marker=marker)
    with pytest.raises(ParameterError, match="tags"):
        params.parse_yaml(f"label: {tagged}")
    pfile = tmp_path / "p.yml"
    pfile.write_text(f"label: {tagged}\n")
    with pytest.raises(ParameterError, match="p.yml"):
        params.parse_yaml_file(pfile)
    manifest = tmp_path / "reports.yml"
    manifest.write_text(f"version: 1\nreports:\n  tiny: {tagged}\n")
    with pytest.raises(ParameterError, match="reports.yml"):
        load_manifest(manifest, NOTEBOOKS)
    assert not marker.exists()


@pytest.mark.parametrize("name", ["../x", "../../etc/passwd", "/etc", "/tmp/x", "a/b", "..", ".", "", "x\x00y",
                                  "a\\b", "Tiny", "tiny ", "~root", "$HOME", "reports/../x"])
def test_report_names_that_are_paths_are_rejected(name: str) -> None:
    with pytest.raises(ParameterError, match="not valid"):
        params.check_report_name(name)


def test_a_notebook_path_outside_the_notebooks_folder_is_rejected(tmp_path: Path) -> None:
    for bad in ("../../../etc/passwd", "/etc/passwd", "../tests/notebooks/tiny.ipynb"):
        manifest = tmp_path / "reports.yml"
        manifest.write_text(f"version: 1\nreports:\n  tiny:\n    notebook: {json.dumps(bad)}\n    title: T\n"
                            "    parameters: {}\n")
        with pytest.raises(ParameterError, match="reports.yml"):
            load_manifest(manifest, NOTEBOOKS)


def _build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", "tiny", "--manifest", str(MANIFEST), "--notebooks-dir",
         str(NOTEBOOKS), "--reports-dir", str(root / "reports"), "--formats", "ipynb", *args],
        capture_output=True, text=True, cwd=root, timeout=300)


def _injected(notebook: Path) -> dict[str, object]:
    """Names assigned in papermill's injected-parameters cell, read as literals (never executed)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
    tree = ast.parse("".join(cell["source"]))
    out = {}
    for node in tree.body:
        assert isinstance(node, ast.Assign), f"the injected cell holds a statement that is not an assignment: " \
                                             f"{ast.unparse(node)}"
        out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


@pytest.mark.slow
def test_parameters_are_strings_never_code(tmp_path: Path) -> None:
    """-p and -y values that look like Python (or try to break out of the string) stay strings; nothing runs."""
    root = tmp_path / "project"
    root.mkdir()
    pwned = tmp_path / "pwned"
    label = f"__import__('os').system('touch {pwned}')"
    breakout = f'x"\nimport os; os.system("touch {pwned}")\n#'
    done = _build(root, "-p", f"label={label}", "-p", f"marker=", "-y", f"places: [{json.dumps(breakout)}]")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not pwned.exists(), "a parameter ran as code"
    # non-default parameters: the report has its own folder, tiny-<slug> (never a path made of the values)
    built = sorted((root / "reports").glob("tiny-*/tiny-*.ipynb"))
    assert len(built) == 1 and re.fullmatch(r"tiny-[a-z0-9-]+", built[0].parent.name), built
    values = _injected(built[0])
    assert values["label"] == label and values["places"] == [breakout]
    # An int parameter given code is refused, not evaluated.
    done = _build(root, "-p", f"n=__import__('os').system('touch {pwned}')")
    assert done.returncode == 1 and "parameter 'n'" in done.stderr and "Traceback" not in done.stderr
    assert not pwned.exists()
    # Everything the build wrote is under the reports folder.
    written = sorted(p.relative_to(root).parts[0] for p in root.rglob("*") if p.is_file())
    assert set(written) == {"reports"}, written
