"""Two builds on one reports folder, a build killed while publishing, a parallel build killed outright (issue 14).

Real `python -m analysis build` runs on the builder's tiny test notebook (tests/notebooks/tiny.ipynb) into a
scratch reports folder. Nothing here asserts a duration: waits are for a state (a line printed, a file written,
a process gone), with a generous limit after which the test fails saying what never happened.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis import paths
from analysis.reports import build as builder
from analysis.reports import stamp as stamps
from tiny_manifest import HEADER, tiny_entry

NOTEBOOKS = paths.ROOT / "tests" / "notebooks"
TRACEBACK = "Traceback (most recent call last)"


def command(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "analysis", "build", "--manifest", str(root / "reports.yml"),
            "--notebooks-dir", str(NOTEBOOKS), "--reports-dir", str(root / "reports"), *args]


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(command(root, *args), capture_output=True, text=True, cwd=root, timeout=600)


def wait_for(check, what: str, limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while not check():
        assert time.monotonic() < deadline, f"{what} never happened"
        time.sleep(0.1)


def agree(folder: Path, name: str) -> dict:
    """The report's ipynb, HTML and stamp are from one build (the same build time); returns the stamp."""
    stamp = json.loads((folder / stamps.STAMP_NAME).read_text())
    nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
    assert nb.metadata["tally"]["stamp"]["built"] == stamp["built"], "the notebook is from another build"
    assert f"<dt>Built</dt><dd>{stamp['built']}</dd>" in (folder / f"{name}.html").read_text(), \
        "the HTML is from another build"
    return stamp


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    (tmp_path / "reports.yml").write_text(HEADER + tiny_entry(formats="[ipynb, html]")
                                          + tiny_entry("second", "Second test report", formats="[ipynb, html]"))
    return tmp_path


@pytest.mark.slow
def test_a_second_build_waits_for_the_first_and_writes_nothing_meanwhile(root: Path) -> None:
    reports = root / "reports"
    reports.mkdir()
    lock = os.open(reports / builder.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(lock, fcntl.LOCK_EX)           # a build of our own holds the folder
    os.pwrite(lock, b"12345\n", 0)
    log = root / "second.err"
    with open(log, "w") as err:
        proc = subprocess.Popen(command(root, "tiny"), stdout=subprocess.PIPE, stderr=err, text=True, cwd=root)
    try:
        wait_for(lambda: "waiting for another build" in log.read_text() or proc.poll() is not None,
                 "the second build saying it waits")
        assert proc.poll() is None, log.read_text()
        assert "process 12345" in log.read_text()
        assert sorted(p.name for p in reports.iterdir()) == [builder.LOCK_NAME], "it wrote while waiting"
    finally:
        os.close(lock)                         # the first build ends
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0, out + log.read_text()
    agree(reports / "tiny", "tiny")


@pytest.mark.slow
def test_two_builds_at_once_leave_every_report_whole(root: Path) -> None:
    procs = [subprocess.Popen(command(root, name), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=root) for name in ("tiny", "second")]
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, out + err
        assert TRACEBACK not in out + err
    reports = root / "reports"
    for name in ("tiny", "second"):
        agree(reports / name, name)
    index = (reports / "index.html").read_text()
    assert index.count('<span class="built">built</span>') == 2, index
    assert not [p for p in reports.rglob("*") if p.name.endswith(".part") or p.name == builder.JOURNAL_NAME]


@pytest.mark.slow
def test_a_build_killed_while_publishing_is_finished_by_the_next_one(root: Path) -> None:
    """The state a SIGKILL between moving the notebook and the HTML into place leaves: the new notebook, the old
    HTML and stamp, the new HTML and stamp staged beside them with the journal naming them. Before the fix the
    next build saw the old stamp, called the mixed report up to date and skipped it, and the staged files stayed."""
    reports = root / "reports"
    assert run(root, "tiny").returncode == 0
    folder = reports / "tiny"
    old = {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".") or p.name == ".stamp.json"}
    done = run(root, "tiny", "--force")          # a newer build of the same report, same inputs
    assert done.returncode == 0, done.stderr
    new = {p.name: p.read_bytes() for p in folder.iterdir() if p.name in old}
    assert json.loads(new[".stamp.json"])["built"] != json.loads(old[".stamp.json"])["built"] or pytest.skip(
        "both builds stamped the same second")
    # Put the old report back, stage the new one as the builder does, and stop after the first move.
    for name, data in old.items():
        (folder / name).write_bytes(data)
    staged = {name: builder._stage(folder, name, lambda part, data=data: part.write_bytes(data))
              for name, data in new.items()}
    stamps.write_json(folder / builder.JOURNAL_NAME, {"report": "tiny", "files": {n: p.name for n, p in staged.items()},
                                                      "remove": ["tiny.pdf", stamps.FAILED_NAME]})
    os.replace(staged["tiny.ipynb"], folder / "tiny.ipynb")
    with pytest.raises(AssertionError):
        agree(folder, "tiny")                    # the mixed report the kill left

    done = run(root, "tiny")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tiny: finished publishing" in done.stdout, done.stdout
    stamp = agree(folder, "tiny")
    assert stamp["built"] == json.loads(new[".stamp.json"])["built"]
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in new} == new
    assert not [p for p in folder.iterdir() if p.name.endswith(".part") or p.name == builder.JOURNAL_NAME]


@pytest.mark.slow
def test_staged_files_of_a_build_killed_before_its_journal_are_removed_and_the_report_kept(root: Path) -> None:
    reports = root / "reports"
    assert run(root, "tiny").returncode == 0
    folder = reports / "tiny"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    builder._stage(folder, "tiny.html", lambda part: part.write_text("half a new report"))   # no journal yet
    done = run(root, "tiny")            # up to date: skipped, and still cleaned (before the fix it was not)
    assert done.returncode == 0, done.stderr
    assert "tiny: up to date, skipped" in done.stdout, done.stdout
    agree(folder, "tiny")
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    assert set(before) == {p.name for p in folder.iterdir()}


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(x) for x in task.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_a_parallel_build_killed_with_sigkill_leaves_no_worker_to_publish(root: Path) -> None:
    """Before the fix the --jobs 2 workers went on after their parent was killed and published afterwards."""
    proc = subprocess.Popen(command(root, "tiny", "second", "--jobs", "2", "-p", "pause=40",
                                    "-p", f"marker={root / 'MARK'}"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root)
    try:
        # both notebooks running (each writes the marker file, then sleeps)
        wait_for(lambda: (root / "MARK").exists() and len(_children(proc.pid)) >= 2 or proc.poll() is not None,
                 "both workers running their notebooks")
        assert proc.poll() is None, proc.communicate()
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        wait_for(lambda: not any(_alive(w) for w in workers), "the orphaned workers ending", limit=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reports = root / "reports"
    published = [p for p in reports.rglob("*") if p.suffix in (".ipynb", ".html") or p.name == ".stamp.json"]
    assert published == [], f"a worker published after its build was killed: {published}"
    # the next build is not blocked by them, completes, and leaves no partial file
    done = run(root, "tiny", "second", "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("tiny", "second"):
        agree(reports / name, name)
    assert not [p for p in reports.rglob("*") if p.name.endswith(".part")]
