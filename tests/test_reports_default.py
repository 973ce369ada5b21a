"""Every default report of reports.yml builds on the embedded data: ipynb, HTML, PDF and the index."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import nbformat
import pytest

from analysis.reports.manifest import load_manifest
from analysis.reports.render import external_refs
from default_reports import build_defaults, env_for, raw_dir

pytestmark = pytest.mark.slow

REPORTS = {name: report for name, report in load_manifest().items() if report.default}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return build_defaults(tmp_path_factory)


def test_every_default_report_builds(built) -> None:
    assert built.returncode == 0, built.stdout + built.stderr[-4000:]
    assert f"{len(REPORTS)} built, 0 skipped, 0 failed" in built.stdout


@pytest.mark.parametrize("name", list(REPORTS))
def test_executed_notebook_has_no_errors(built, name: str) -> None:
    path = built.reports / name / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert "tally-stamp" in nb.cells[0].metadata.get("tags", [])
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"{name}: {output.get('ename')}: {output.get('evalue')}"
    defaults = {k: spec.default for k, spec in REPORTS[name].params.items()}
    assert nb.metadata["tally"]["stamp"]["parameters"] == defaults


@pytest.mark.parametrize("name", list(REPORTS))
def test_html_holds_charts_and_tables_and_fetches_nothing(built, name: str) -> None:
    page = (built.reports / name / f"{name}.html").read_text()
    assert external_refs(page) == []
    for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, flags=re.I):
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", tag, flags=re.I), tag[:200]
    main = page.split("<main>", 1)[1]
    charts = re.findall(r'<img[^>]+src="data:image/(?:png|svg\+xml);base64,', main) + re.findall(r"<svg\b", main)
    assert len(charts) >= 1, f"{name}: no chart in the HTML"
    assert "<table" in main, f"{name}: no table in the HTML"
    assert "<h1" in main, f"{name}: no title"
    assert "Traceback" not in main
    assert REPORTS[name].title in page


@pytest.mark.parametrize("name", list(REPORTS))
def test_pdf_has_pages_images_and_text(built, name: str) -> None:
    pdf = built.reports / name / f"{name}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert REPORTS[name].title.split(":")[0] in text
    assert "Code version" in text and "Parameters" in text
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert sum(" image " in line for line in listing.splitlines()[2:]) >= 1, f"{name}: no image in the PDF"


def test_index_lists_every_report(built) -> None:
    page = (built.reports / "index.html").read_text()
    assert external_refs(page) == []
    for name, report in REPORTS.items():
        for fmt in report.formats:
            assert f'href="{name}/{name}.{fmt}"' in page
    assert page.count('class="built"') == len(REPORTS)
    assert 'class="failed"' not in page


def test_second_build_rebuilds_nothing(built) -> None:
    assert built.returncode == 0
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "analysis", "build", "--reports-dir", str(built.reports)],
        capture_output=True, text=True, env=env_for(raw_dir()), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"0 built, {len(REPORTS)} skipped, 0 failed" in done.stdout, done.stdout
    assert "papermill" not in done.stderr and "nbconvert" not in done.stderr and "jupyter_client" not in done.stderr


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_chart_of_the_notebook_reaches_html_and_pdf(built, name: str) -> None:
    nb = nbformat.read(built.reports / name / f"{name}.ipynb", as_version=4)
    removed = {"remove-cell", "remove_cell", "hide"}
    pngs = sum(1 for cell in nb.cells if not removed & set(cell.metadata.get("tags", []))
               for out in cell.get("outputs", []) if "image/png" in out.get("data", {}))
    tables = sum(1 for cell in nb.cells if not removed & set(cell.metadata.get("tags", []))
                 for out in cell.get("outputs", []) if "<table" in str(out.get("data", {}).get("text/html", "")))
    main = (built.reports / name / f"{name}.html").read_text().split("<main>", 1)[1]
    assert main.count('src="data:image/png;base64,') == pngs >= 1
    assert main.count("<table") >= tables
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(built.reports / name / f"{name}.pdf")],
                                 capture_output=True, text=True, check=True).stdout
        assert sum(" image " in line for line in listing.splitlines()[2:]) >= pngs


@pytest.mark.parametrize("name", ["offensive_brief", "claim_check"])
def test_stamp_lists_only_the_datasets_the_report_used(built, name: str) -> None:
    from analysis import catalog

    nb = nbformat.read(built.reports / name / f"{name}.ipynb", as_version=4)
    stamp = nb.metadata["tally"]["stamp"]
    assert stamp["datasets_recorded"] is True
    assert 0 < len(stamp["data_versions"]) < len(catalog.dataset_ids())
    main = (built.reports / name / f"{name}.html").read_text().split("<main>", 1)[1]
    for ident in stamp["data_versions"]:              # each is in the report's own sources table
        assert ident in main, f"{name}: {ident} in the stamp, not in the report"
    assert "application/vnd.tally.datasets+json" not in json.dumps(nb)
    page = (built.reports / name / f"{name}.html").read_text()
    assert f"<title>{stamp['title']}</title>" in page
