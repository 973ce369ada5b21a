"""The report builder on small test notebooks (tests/notebooks/), a temporary manifest and reports folder.

Every build runs `python -m analysis build` in a subprocess, from a working
directory outside the project, so paths must resolve from the project root.
The real reports/ folder is never touched.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import paths
from analysis.reports.render import external_refs
from processes import signal_when
from tiny_manifest import HEADER, tiny_entry

NOTEBOOKS = paths.ROOT / "tests" / "notebooks"

MANIFEST = HEADER + tiny_entry() + """\
  failing:
    notebook: failing.ipynb
    title: Failing test report
    parameters:
      n: {type: int, default: 1}
"""

HEAVY = ("papermill", "nbconvert", "nbclient", "jupyter_client", "weasyprint", "ipykernel")


def run_build(root: Path, *args: str, importtime: bool = False, timeout: float = 300) -> subprocess.CompletedProcess:
    cmd = [sys.executable] + (["-X", "importtime"] if importtime else []) + [
        "-m", "analysis", "build", "--manifest", str(root / "reports.yml"),
        "--notebooks-dir", str(root / "notebooks"), "--reports-dir", str(root / "reports"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=timeout)


def imported(stderr: str) -> set[str]:
    """Top-level module names from `-X importtime` output."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch project: manifest, copies of the test notebooks, and a first build of tiny + failing."""
    root = tmp_path_factory.mktemp("buildproject")
    (root / "reports.yml").write_text(MANIFEST)
    shutil.copytree(NOTEBOOKS, root / "notebooks")
    done = run_build(root, "--jobs", "2")
    root.joinpath("first_build.json").write_text(json.dumps(
        {"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr}))
    return root


def first(project: Path) -> dict:
    return json.loads((project / "first_build.json").read_text())


def test_one_failing_notebook_does_not_stop_the_others(project: Path) -> None:
    done = first(project)
    assert done["returncode"] == 1
    err = done["stderr"]
    assert "report 'failing' failed (notebook failing.ipynb)" in err
    assert "cell 3: raise ValueError('deliberate failure written for the test')" in err
    assert "ValueError: deliberate failure written for the test" in err
    assert "tiny: built" in done["stdout"]
    for fmt in ("ipynb", "html", "pdf"):
        assert (project / "reports" / "tiny" / f"tiny.{fmt}").stat().st_size > 1000
    # The failed report publishes nothing but its failure record.
    assert sorted(p.name for p in (project / "reports" / "failing").iterdir()) == [".failed.json"]


def test_executed_notebook_has_parameters_stamp_and_ran_from_the_project_root(project: Path) -> None:
    nb = nbformat.read(project / "reports" / "tiny" / "tiny.ipynb", as_version=4)
    assert "tally-stamp" in nb.cells[0].metadata.get("tags", [])
    assert "Parameters:" in nb.cells[0].source and "`n` = 4" in nb.cells[0].source
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'country = "SYR"' in injected[0].source
    text = json.dumps(nb)
    assert "root_is_cwd=True" in text
    assert not any(c.get("outputs") and any(o.get("output_type") == "error" for o in c.outputs)
                   for c in nb.cells if c.cell_type == "code")


def test_html_is_self_contained_with_stamp_chart_and_table(project: Path) -> None:
    page = (project / "reports" / "tiny" / "tiny.html").read_text()
    # Independent check: no script/link/img/iframe fetches anything over http(s).
    tags = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", page, flags=re.I)
    for tag in tags:
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", tag, flags=re.I), tag[:200]
    assert external_refs(page) == []
    assert "require.js" not in page and "MathJax" not in page and "<link" not in page
    images = re.findall(r'<img[^>]+src="data:image/png;base64,([A-Za-z0-9+/=]{1000,})"', page)
    assert len(images) == 1
    assert "<table" in page and "square" in page                   # the DataFrame
    assert "tally-stamp" in page and "Tiny test report" in page
    for label in ("Parameters", "Data versions", "Code version", "Built"):
        assert label in page
    assert re.search(r"[0-9a-f]{40}(\+dirty)?|unknown", page)
    assert "UCDP GED candidate events" in page and "ucdp_ged<" not in page  # datasets by name in the stamp
    # stderr (warnings) stays in the notebook, out of the report.
    assert "a note the test writes to stderr" not in page
    assert "a note the test writes to stderr" in (project / "reports" / "tiny" / "tiny.ipynb").read_text()
    # No input cells: code does not appear.
    assert "plt.subplots" not in page and "import matplotlib" not in page


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) not installed") if not _ci() else pytest.fail(f"{name} missing in CI")
    return path


def _ci() -> bool:
    import os
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def test_pdf_has_pages_text_and_images(project: Path) -> None:
    pdf = project / "reports" / "tiny" / "tiny.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 1
    assert "A4" in info or re.search(r"Page size:\s+595(\.\d+)? x 841", info)
    text = subprocess.run([_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Tiny test report" in text and "A tiny test report" in text and "square" in text
    listing = subprocess.run([_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout
    assert sum(1 for line in listing.splitlines()[2:] if " image " in line) >= 1


def test_index_lists_reports_with_status_and_links(project: Path) -> None:
    page = (project / "reports" / "index.html").read_text()
    assert external_refs(page) == []
    assert 'href="tiny/tiny.html"' in page and 'href="tiny/tiny.pdf"' in page and 'href="tiny/tiny.ipynb"' in page
    assert "Tiny test report" in page and "Failing test report" in page
    assert 'class="failed"' in page and "deliberate failure written for the test" in page
    assert "n: 4" in page and "country: SYR" in page
    assert "ucdp_ged" in page


def test_noop_rebuild_starts_no_kernel_and_imports_no_papermill(project: Path) -> None:
    before = outputs(project / "reports" / "tiny")
    mtimes = {p.name: p.stat().st_mtime_ns for p in (project / "reports" / "tiny").iterdir()}
    done = run_build(project, "tiny", importtime=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tiny: up to date, skipped" in done.stdout
    assert "0 built, 1 skipped, 0 failed" in done.stdout
    mods = imported(done.stderr)
    assert "analysis" in mods                  # the importtime output was parsed
    assert not mods & set(HEAVY), mods & set(HEAVY)
    assert outputs(project / "reports" / "tiny") == before
    assert {p.name: p.stat().st_mtime_ns for p in (project / "reports" / "tiny").iterdir()} == mtimes


def test_two_countries_live_side_by_side_and_both_are_in_the_index(project: Path) -> None:
    before = outputs(project / "reports" / "tiny")
    done = run_build(project, "tiny", "-p", "country=SDN", "--formats", "ipynb,html")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tiny-sdn: built" in done.stdout
    # Syria's report (the defaults) is untouched, byte for byte; Sudan's has its own folder, name and title.
    assert outputs(project / "reports" / "tiny") == before
    folder = project / "reports" / "tiny-sdn"
    assert sorted(p.name for p in folder.iterdir()) == [".stamp.json", "tiny-sdn.html", "tiny-sdn.ipynb"]
    stamp = json.loads((folder / ".stamp.json").read_text())
    assert stamp["report"] == "tiny-sdn" and stamp["entry"] == "tiny"
    assert stamp["title"] == "Tiny test report — Sudan" and stamp["parameters"]["country"] == "SDN"
    page = (folder / "tiny-sdn.html").read_text()
    assert "<title>Tiny test report — Sudan</title>" in page and "label=first country=SDN" in page
    index = (project / "reports" / "index.html").read_text()
    for name in ("tiny", "tiny-sdn"):
        assert f'href="{name}/{name}.html"' in index
    assert "Tiny test report — Sudan" in index and "country: SDN" in index and "country: SYR" in index
    # Each is found again by its own stamp: skipped (or, when other engineers' code changed meanwhile,
    # rebuilt for that reason only, never as "not built yet").
    again = run_build(project, "tiny", "-p", "country=SDN", "--formats", "ipynb,html")
    assert "tiny-sdn: up to date, skipped" in again.stdout or "tiny-sdn (code changed)" in again.stdout, \
        again.stdout + again.stderr[-2000:]
    again = run_build(project, "tiny")
    assert "tiny: up to date, skipped" in again.stdout or "tiny (code changed)" in again.stdout, again.stdout


def test_changed_parameter_or_notebook_rebuilds_and_force_too(project: Path) -> None:
    # Other parameters: another report (tiny-n-6), built; the same again is skipped.
    done = run_build(project, "--formats", "ipynb", "tiny", "-p", "n=6")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tiny-n-6: built" in done.stdout and "not built yet" in done.stdout
    nb = nbformat.read(project / "reports" / "tiny-n-6" / "tiny-n-6.ipynb", as_version=4)
    assert "`n` = 6" in nb.cells[0].source
    assert run_build(project, "--formats", "ipynb", "tiny", "-p", "n=6").stdout.count("skipped") >= 1
    # Fewer formats: the HTML and PDF of the earlier build would be stale, so they are gone.
    done = run_build(project, "--formats", "ipynb", "tiny")
    assert "tiny: built" in done.stdout and "formats changed" in done.stdout, done.stdout + done.stderr[-2000:]
    assert sorted(p.name for p in (project / "reports" / "tiny").iterdir()) == [".stamp.json", "tiny.ipynb"]
    # Change the notebook: a new markdown cell.
    path = project / "notebooks" / "tiny.ipynb"
    source = nbformat.read(path, as_version=4)
    source.cells.append(nbformat.v4.new_markdown_cell("A closing note added by the test."))
    nbformat.write(source, path)
    done = run_build(project, "--formats", "ipynb", "tiny", "-p", "n=6")
    assert "tiny-n-6: built" in done.stdout and "(notebook changed)" in done.stdout, done.stdout + done.stderr[-2000:]
    assert "A closing note added by the test." in (project / "reports" / "tiny-n-6" / "tiny-n-6.ipynb").read_text()
    done = run_build(project, "--formats", "ipynb", "tiny", "-p", "n=6", "--force")
    assert "tiny-n-6: built" in done.stdout and "(--force)" in done.stdout


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A scratch project with one good build of tiny, shared by the interruption tests."""
    root = tmp_path_factory.mktemp("interrupted")
    (root / "reports.yml").write_text(MANIFEST)
    shutil.copytree(NOTEBOOKS, root / "notebooks")
    done = run_build(root, "tiny")
    assert done.returncode == 0, done.stderr[-2000:]
    return root, outputs(root / "reports" / "tiny")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_build_keeps_the_previous_report(good_build: tuple[Path, dict[str, bytes]],
                                                     tmp_path: Path, sig: signal.Signals) -> None:
    root, before = good_build
    assert outputs(root / "reports" / "tiny") == before
    marker = tmp_path / "running"
    cmd = [sys.executable, "-m", "analysis", "build", "tiny", "--manifest", str(root / "reports.yml"),
           "--notebooks-dir", str(root / "notebooks"), "--reports-dir", str(root / "reports"),
           "-p", "pause=60", "-p", f"marker={marker}", "-p", "n=7"]
    proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the marker is written by a cell: the notebook is executing, the kernel is up
    _out, err = signal_when(proc, marker.exists, sig, waiting_for="the notebook starting", timeout=120, poll=0.1)
    assert proc.returncode != 0
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "interrupted" in err
    # The previous report is intact, byte for byte, and nothing partial is left.
    assert outputs(root / "reports" / "tiny") == before
    leftovers = [p for p in (root / "reports").rglob("*") if p.name.endswith(".part") or p.name.startswith(".tiny")]
    assert leftovers == []
    # The interrupted parameters' own report (tiny-...) published nothing.
    assert [p for p in (root / "reports").glob("tiny-*/*") if p.suffix in (".ipynb", ".html", ".pdf")] == []
    if sig == signal.SIGKILL:
        # The stamp still describes the previous build: the interrupted parameters are built next time.
        done = run_build(root, "tiny", "-p", "n=7", "--formats", "ipynb")
        assert done.returncode == 0 and "tiny-n-7: built" in done.stdout, done.stderr[-2000:]


def test_missing_notebook_fails_that_report_only(tmp_path: Path) -> None:
    root = tmp_path
    (root / "notebooks").mkdir()
    shutil.copy(NOTEBOOKS / "empty.ipynb", root / "notebooks" / "empty.ipynb")
    (root / "reports.yml").write_text(
        "version: 1\nreports:\n  ghost:\n    notebook: ghost.ipynb\n    formats: [ipynb]\n"
        "  empty:\n    notebook: empty.ipynb\n    formats: [ipynb]\n    parameters:\n"
        "      x: {type: int, default: 0}\n")
    done = run_build(root, "--jobs", "2")
    assert done.returncode == 1
    assert "report 'ghost' failed (notebook ghost.ipynb)" in done.stderr
    assert "notebook not found" in done.stderr
    assert "empty: built" in done.stdout
    assert (root / "reports" / "empty" / "empty.ipynb").is_file()
    assert not (root / "reports" / "ghost" / "ghost.ipynb").exists()


@pytest.mark.parametrize("snippet, external", [
    ('<script src="https://cdnjs.example.org/require.js"></script>', True),
    ("<link rel=stylesheet href=//fonts.example.org/x.css>", True),
    ('<img alt="" src="http://example.org/a.png">', True),
    ("<style>@import url('https://example.org/a.css');</style>", True),
    ('<div style="background: url(https://example.org/b.png)"></div>', True),
    ('<img src="data:image/png;base64,iVBORw0KGgo=">', False),
    ('<a href="https://www.unhcr.org/refugee-statistics/">UNHCR</a>', False),   # a link is not fetched
    ('<img src="figure.png">', False),
])
def test_external_refs_finds_what_a_browser_would_fetch(snippet: str, external: bool) -> None:
    assert bool(external_refs(f"<html><body>{snippet}</body></html>")) is external
