"""Faults: a download killed mid-file, a reports folder that cannot be written, a full disk.

The download is served by a slow HTTP server on 127.0.0.1 (a real mirror
file in chunks) and killed from outside with SIGKILL or SIGINT. The disk
faults run the real `python -m analysis build` on the small test notebook:
a reports folder that is a file (chmod does not stop root, which CI runs as)
and a file-size limit (RLIMIT_FSIZE, so writes fail with EFBIG like a full disk).
"""

from __future__ import annotations

import hashlib
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from analysis import paths
import local_http
from local_http import serving
from processes import signal_when

MIRROR_FILE = paths.MIRROR / "worldbank_population" / "population.csv"
NOTEBOOKS = paths.ROOT / "tests" / "notebooks"
MANIFEST = paths.ROOT / "tests" / "bad_inputs" / "files" / "manifest_valid.yml"
TRACEBACK = "Traceback (most recent call last)"


class SlowHandler(local_http.Handler):
    """Serves the mirror file at /slow in 32 kB chunks, 0.25 s apart; at /fast all at once."""

    def do_GET(self) -> None:  # noqa: N802
        body = MIRROR_FILE.read_bytes()
        if self.path != "/slow":
            return self.send(body, "text/csv")
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for i in range(0, len(body), 32_768):
                self.wfile.write(body[i:i + 32_768])
                self.wfile.flush()
                time.sleep(0.25)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def server() -> Iterator[str]:
    with serving(SlowHandler) as base:
        yield base


def _download(url: str, target: Path) -> subprocess.Popen:
    code = ("import sys; from analysis.download import download; from analysis.errors import TallyError\n"
            "try:\n    download(sys.argv[1], sys.argv[2], progress=False, retries=1)\n"
            "except TallyError as exc:\n    print(f'error: {exc}', file=sys.stderr); sys.exit(1)\n")
    return subprocess.Popen([sys.executable, "-c", code, url, str(target)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _partials(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.network_local
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_fetch_killed_mid_file_keeps_the_previous_copy(server: str, tmp_path: Path, sig: signal.Signals) -> None:
    target = tmp_path / "raw" / "worldbank_population" / MIRROR_FILE.name
    target.parent.mkdir(parents=True)
    previous = b"a previous good copy, kept byte for byte\n"
    target.write_bytes(previous)
    proc = _download(f"{server}/slow", target)
    signal_when(proc, lambda: any(p.stat().st_size > 0 for p in _partials(target.parent)), sig,   # mid-file
                waiting_for="the download writing its first bytes", communicate_timeout=30)
    assert proc.returncode != 0
    assert target.read_bytes() == previous, "the previous good copy was changed"
    if sig == signal.SIGINT:
        assert _partials(target.parent) == [], "an interrupted download left its partial file"
    else:   # a killed process cannot clean up: its hidden .part file stays until the next download
        assert len(_partials(target.parent)) == 1
    # The next fetch completes, replaces the copy and leaves no partial file (a killed one's is pruned).
    proc = _download(f"{server}/fast", target)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(MIRROR_FILE.read_bytes()).digest()
    assert _partials(target.parent) == []


def _build(root: Path, reports: Path, *args: str, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", "tiny", "--manifest", str(MANIFEST), "--notebooks-dir",
         str(NOTEBOOKS), "--reports-dir", str(reports), *args],
        capture_output=True, text=True, cwd=root, timeout=300, preexec_fn=preexec)


@pytest.mark.parametrize("where", ["file", "under_file"])
def test_a_reports_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("a file where the reports folder should be\n")
    reports = blocker if where == "file" else blocker / "sub"
    done = _build(tmp_path, reports, "--formats", "ipynb")
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert TRACEBACK not in output, output[-3000:]
    assert str(blocker) in output and "error" in output, output[-2000:]
    assert blocker.read_text() == "a file where the reports folder should be\n"


def _limit_file_size() -> None:
    """In the child: files may grow to 16 kB at most; a larger write fails with EFBIG (no SIGXFSZ kill)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, 16_000))


@pytest.mark.slow
def test_a_full_disk_during_a_build_keeps_the_previous_report(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    done = _build(tmp_path, reports, "--formats", "ipynb,html")
    assert done.returncode == 0, done.stderr[-2000:]
    before = {p.relative_to(reports): p.read_bytes() for p in reports.rglob("*") if p.is_file()}
    assert any(len(b) > 16_000 for b in before.values()), "the report is too small for the size limit to bite"
    # the same report again (other parameters would build another folder, reports/tiny-n-9/)
    done = _build(tmp_path, reports, "--formats", "ipynb,html", "--force", preexec=_limit_file_size)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output[-2000:]
    assert TRACEBACK not in output.split("report 'tiny' failed")[0], output[-3000:]
    assert "tiny" in output and ("File too large" in output or "EFBIG" in output or "No space" in output), \
        output[-2000:]
    # The report's own files are unchanged (the index may record the failure).
    tiny = reports / "tiny"
    after = {p.relative_to(reports): p.read_bytes() for p in tiny.iterdir() if not p.name.startswith(".")}
    kept = {k: v for k, v in before.items() if k.parts[0] == "tiny" and not k.name.startswith(".")}
    assert kept and after == kept, "the previous report files changed"
    assert not [p for p in reports.rglob("*") if p.name.endswith(".part")], "a partial file was left"
