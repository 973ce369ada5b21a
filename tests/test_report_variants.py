"""Two countries of one real report, built into one reports folder, live side by side (issue 13, item 4).

The displacement report for Syria (the defaults) and for Sudan, on the mirror fetched into a temporary
raw folder (`python -m analysis fetch --mirror`): each keeps its own folder, title and index entry.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mirror_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tmp raw folder filled with ``python -m analysis fetch --mirror`` (the real mirror)."""
    if not (paths.MIRROR / "unhcr_population").is_dir() and not (paths.MIRROR / "unhcr_refugees").is_dir():
        pytest.skip(f"the shared data mirror is not at {paths.MIRROR}")
    raw = tmp_path_factory.mktemp("raw_variants")
    assert main(["fetch", "--mirror", str(paths.MIRROR), "--raw-dir", str(raw), "-q"]) == 0
    return raw


def _build(raw: Path, reports: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TALLY_RAW": str(raw)}
    env.pop("TALLY_REPORTS", None)
    return subprocess.run([sys.executable, "-m", "analysis", "build", "displacement", "--formats", "ipynb,html",
                           "--reports-dir", str(reports), *args],
                          capture_output=True, text=True, cwd=reports.parent, env=env, timeout=600)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_syria_and_sudan_side_by_side(mirror_raw: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    done = _build(mirror_raw, reports)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    syria = _files(reports / "displacement")
    done = _build(mirror_raw, reports, "-p", "country=SDN")
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "displacement-sdn: built" in done.stdout
    # Syria's report is byte for byte what it was; Sudan's is beside it.
    assert _files(reports / "displacement") == syria
    sudan = reports / "displacement-sdn"
    assert {"displacement-sdn.ipynb", "displacement-sdn.html", ".stamp.json"} <= set(_files(sudan))
    stamps = {name: json.loads((reports / name / ".stamp.json").read_text())
              for name in ("displacement", "displacement-sdn")}
    assert stamps["displacement"]["parameters"]["country"] == "SYR"
    assert stamps["displacement-sdn"]["parameters"]["country"] == "SDN"
    assert stamps["displacement-sdn"]["title"] == "Displacement — Sudan"
    assert stamps["displacement-sdn"]["entry"] == "displacement"
    page = (sudan / "displacement-sdn.html").read_text()
    assert "<title>Displacement — Sudan</title>" in page and "Sudan" in page.split("<main>", 1)[1]
    # The index lists both, each with its parameters and links.
    index = (reports / "index.html").read_text()
    for name in ("displacement", "displacement-sdn"):
        assert f'href="{name}/{name}.html"' in index
    rows = re.findall(r"<tr>.*?</tr>", index, flags=re.S)
    sdn = [r for r in rows if "displacement-sdn/" in r]
    syr = [r for r in rows if 'href="displacement/' in r]
    assert len(sdn) == 1 and "Displacement — Sudan" in sdn[0] and "country: SDN" in sdn[0]
    assert len(syr) == 1 and "country: SYR" in syr[0] and 'class="built"' in syr[0]
    # Building Syria again (skipped, or rebuilt when the code changed meanwhile) leaves Sudan as it was.
    sudan_files = _files(sudan)
    done = _build(mirror_raw, reports)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "displacement-sdn" not in done.stdout
    assert _files(sudan) == sudan_files
    assert "displacement-sdn/displacement-sdn.html" in (reports / "index.html").read_text()


def test_an_event_brief_is_titled_from_its_parameters_everywhere(mirror_raw: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    env = {**os.environ, "TALLY_RAW": str(mirror_raw)}
    env.pop("TALLY_REPORTS", None)
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "offensive_brief", "--formats", "ipynb,html",
         "--reports-dir", str(reports), "-p", "event_name=Kharkiv counteroffensive", "-p", "country=UKR",
         "-p", "places=Kharkiv", "-p", "window_start=2022-09-06", "-p", "window_end=2022-10-02"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    name = "offensive_brief-ukr-kharkiv-counteroffensive-2022-09-06-2022-10-02-kharkiv"
    title = "Event brief: Kharkiv counteroffensive, 6 September 2022 to 2 October 2022 — places Kharkiv, Ukraine"
    stamp = json.loads((reports / name / ".stamp.json").read_text())
    assert stamp["title"] == title and stamp["entry"] == "offensive_brief"
    page = (reports / name / f"{name}.html").read_text()
    assert f"<title>{title}</title>" in page                                    # the page
    assert re.search(r"<h1[^>]*>" + re.escape(title), page)                     # the notebook's own heading
    assert page.count(title) >= 3                                               # and the stamp block
    assert "Aleppo" not in title and "Aleppo offensive" not in page
    index = (reports / "index.html").read_text()
    assert title in index and f'href="{name}/{name}.html"' in index
    # its stamp lists the datasets behind its figures, not the whole catalog
    assert stamp["datasets_recorded"] is True and "ocha_cod_boundaries" not in stamp["data_versions"]
