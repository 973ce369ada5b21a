"""Notebooks that stop early or run too long, and the cell timeout setting (issue 14).

Each build is the real `python -m analysis build` in a subprocess, on notebooks the test writes into a scratch
project (a manifest, a notebooks folder, a reports folder); the project's own reports/ is never touched.
papermill calls a notebook that ran `sys.exit(0)` a success (the kernel answers "ok" and the cells after it are
left "pending"): the builder must count it a failed report, keep the previous good copy, and say which cell.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

TRACEBACK = "Traceback (most recent call last)"


def write_notebook(path: Path, *cells: str) -> None:
    """A notebook with a ``parameters`` cell (``label``) and the given code cells."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "tally", "display_name": "Tally (project)", "language": "python"}
    params = nbformat.v4.new_code_cell('label = "first"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# A test notebook"), params]
    nb.cells += [nbformat.v4.new_code_cell(source) for source in cells]
    nbformat.write(nb, str(path))


def manifest(*names: str) -> str:
    lines = ["version: 1", "reports:"]
    for name in names:
        lines += [f"  {name}:", f"    notebook: {name}.ipynb", f"    title: Report {name}", "    formats: [ipynb, html]",
                  "    parameters:", "      label: {type: str, default: first}"]
    return "\n".join(lines) + "\n"


def build(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--manifest", str(root / "reports.yml"), "--notebooks-dir",
         str(root / "notebooks"), "--reports-dir", str(root / "reports"), *args],
        capture_output=True, text=True, cwd=root, timeout=600, env={**os.environ, **(env or {})})


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "notebooks").mkdir()
    return tmp_path


@pytest.mark.slow
def test_exit_raise_and_timeout_fail_only_their_reports(project: Path) -> None:
    nbs = project / "notebooks"
    write_notebook(nbs / "good.ipynb", "print('all cells ran', label)")
    write_notebook(nbs / "exits.ipynb", "print('before')", "print('a good report')")
    write_notebook(nbs / "raises.ipynb", "print('before')", "print('a good report')")
    write_notebook(nbs / "slow.ipynb", "print('before')")
    (project / "reports.yml").write_text(manifest("good", "exits", "raises", "slow"))
    first = build(project, env={"TALLY_CELL_TIMEOUT": "5"})
    assert first.returncode == 0, first.stdout + first.stderr
    reports = project / "reports"
    kept = {name: files(reports / name) for name in ("exits", "raises", "slow")}
    assert all(f"{name}.html" in kept[name] for name in kept)

    # Now each of three notebooks goes wrong in its own way; the good one is unchanged.
    write_notebook(nbs / "exits.ipynb", "print('before')", "import sys\nsys.exit(0)", "print('never run')")
    write_notebook(nbs / "raises.ipynb", "print('before')", "raise SystemExit('stop here')", "print('never run')")
    write_notebook(nbs / "slow.ipynb", "print('before')", "import time\ntime.sleep(600)  # longer than the limit",
                   "print('never run')")
    done = build(project, "--force", env={"TALLY_CELL_TIMEOUT": "5"})
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert TRACEBACK not in output, output
    assert "good: built" in done.stdout, output
    assert "report 'exits' failed" in output and "failing cell 3: import sys" in output, output
    assert "SystemExit: 0" in output and "exited before its last cell" in output, output
    assert "report 'raises' failed" in output and "failing cell 3: raise SystemExit('stop here')" in output, output
    assert "report 'slow' failed" in output and "failing cell 3: import time" in output, output
    assert "longer than 5 s (TALLY_CELL_TIMEOUT)" in output, output
    assert "3 report(s) failed: " in output
    for name in ("exits", "raises", "slow"):
        after = files(reports / name)
        record = json.loads(after.pop(".failed.json"))
        assert record["cell"].startswith("cell 3:"), record
        # the previous good report is kept byte for byte: the truncated one was not published
        assert after == {k: v for k, v in kept[name].items() if k != ".failed.json"}, name
        assert not [p for p in (reports / name).iterdir() if p.name.endswith(".part")]
    index = (reports / "index.html").read_text()
    assert index.count('<span class="failed">failed</span>') == 3, index
    assert "SystemExit: 0" in index and "TALLY_CELL_TIMEOUT" in index


@pytest.mark.parametrize("value", ["abc", "0", "-5", "1.5", "1e3", " "])
def test_a_bad_cell_timeout_is_a_clear_error_before_anything_runs(project: Path, value: str) -> None:
    write_notebook(project / "notebooks" / "good.ipynb", "print('ran')")
    (project / "reports.yml").write_text(manifest("good"))
    done = build(project, env={"TALLY_CELL_TIMEOUT": value})
    output = done.stdout + done.stderr
    if not value.strip():          # blank: unset, the default applies
        assert done.returncode == 0, output
        return
    assert done.returncode != 0, output
    assert TRACEBACK not in output, output
    assert f"TALLY_CELL_TIMEOUT={value!r} is not accepted" in output and "whole number of seconds" in output, output
    assert not (project / "reports" / "good").exists(), "a report was built with an unchecked timeout"


def test_the_cell_timeout_reaches_the_executor(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.reports import build as builder

    monkeypatch.setenv("TALLY_CELL_TIMEOUT", "37")
    assert builder.cell_timeout() == 37
    # a job made elsewhere (a single-article check) takes the setting too
    job = builder.Job("t", "T", Path("t.ipynb"), "t.ipynb", {}, ("ipynb",), Path("out"), {})
    assert job.cell_timeout == 37
    monkeypatch.delenv("TALLY_CELL_TIMEOUT")
    assert builder.cell_timeout() == builder.CELL_TIMEOUT == 900


def test_a_parameter_the_notebook_never_sets_fails_that_report(project: Path) -> None:
    """Before the fix papermill passed `colour` and the notebook ignored it: the report was built, titled and
    stamped with a value it never used."""
    write_notebook(project / "notebooks" / "good.ipynb", "print('ran', label)")
    write_notebook(project / "notebooks" / "partial.ipynb", "print('ran', label)")
    (project / "reports.yml").write_text(manifest("good", "partial")
                                         + "      colour: {type: str, default: blue}\n")
    done = build(project, "--formats", "ipynb")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert TRACEBACK not in output, output
    assert "report 'partial' failed (notebook partial.ipynb)" in output, output
    assert "reports.yml declares parameter(s) colour that the parameters cell of partial.ipynb does not set" \
        in output, output
    assert "good: built" in output
    assert sorted(p.name for p in (project / "reports" / "partial").iterdir()) == [".failed.json"]
    assert "colour" in (project / "reports" / "index.html").read_text()
