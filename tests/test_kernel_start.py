"""A kernel that fails to start is started again; a notebook that fails is not run twice.

The kernel is a real kernelspec (in a temporary JUPYTER_PATH) whose launcher
records each start in a file and exits before the kernel starts while it has
been told to fail: the way a kernel that lost a race for a TCP port looks to
the builder (it never answers).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.reports import build

NOTEBOOKS = paths.ROOT / "tests" / "notebooks"

LAUNCHER = """\
import os, sys
with open(os.environ["TALLY_TEST_STARTS"], "a") as fh:
    fh.write("start\\n")
with open(os.environ["TALLY_TEST_STARTS"]) as fh:
    starts = len(fh.readlines())
if starts <= int(os.environ["TALLY_TEST_FAIL_STARTS"]):
    sys.exit(3)
from ipykernel import kernelapp
kernelapp.launch_new_instance()
"""


@pytest.fixture
def flaky(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Set how many starts fail; returns a function giving the number of starts so far."""
    launcher = tmp_path / "launcher.py"
    launcher.write_text(LAUNCHER)
    spec = tmp_path / "jupyter" / "kernels" / "flaky"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, str(launcher), "-f", "{connection_file}"],
        "display_name": "flaky (tests)", "language": "python"}))
    starts = tmp_path / "starts.txt"
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("TALLY_TEST_STARTS", str(starts))

    def fail(n: int):
        monkeypatch.setenv("TALLY_TEST_FAIL_STARTS", str(n))
        return lambda: len(starts.read_text().splitlines()) if starts.exists() else 0
    return fail


def _job(tmp_path: Path, notebook: str) -> build.Job:
    return build.Job(name="flaky_report", title="Flaky", notebook=NOTEBOOKS / notebook, notebook_rel=notebook,
                     params={"n": 3} if notebook == "tiny.ipynb" else {}, formats=("ipynb",),
                     out_dir=tmp_path / "reports" / "flaky_report", fingerprint={}, kernel="flaky")


def test_a_kernel_that_fails_to_start_once_is_started_again(flaky, tmp_path: Path) -> None:
    count = flaky(1)
    result = build.build_one(_job(tmp_path, "tiny.ipynb"))
    assert result.status == "built", result.error
    assert result.kernel_starts == 2 and count() == 2
    assert (tmp_path / "reports" / "flaky_report" / "flaky_report.ipynb").is_file()


def test_a_kernel_that_never_starts_fails_the_report_after_the_attempts(flaky, tmp_path: Path) -> None:
    count = flaky(99)
    result = build.build_one(_job(tmp_path, "tiny.ipynb"))
    assert result.status == "failed" and "Kernel died before replying" in result.error
    assert count() == build.KERNEL_START_ATTEMPTS == 3
    assert not (tmp_path / "reports" / "flaky_report").exists()


def test_a_failing_notebook_is_not_run_again(flaky, tmp_path: Path) -> None:
    count = flaky(0)
    result = build.build_one(_job(tmp_path, "failing.ipynb"))
    assert result.status == "failed" and result.cell.startswith("cell ")
    assert count() == 1
