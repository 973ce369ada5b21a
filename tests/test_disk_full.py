"""A full disk: the ledger and the exports fail in one line naming the file, and the previous copy survives.

Needs a small tmpfs (mount, usually root in a container that allows it); skipped with the reason otherwise.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from analysis import paths
from analysis.cli import main


@pytest.fixture()
def small_disk(tmp_path: Path):
    where = tmp_path / "small"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)


def test_ledger_on_a_full_disk(small_disk: Path, capsys) -> None:
    ledger = small_disk / "ledger.csv"
    ledger.write_text("claim_id\nprevious ledger\n")
    code = main(["claims", "build", "--no-progress", "--articles", str(paths.SHARED_ARTICLES / "dev"),
                 "--ledger", str(ledger)])
    err = capsys.readouterr().err
    assert code == 1 and f"error: {ledger}: No space left on device" in err and "Traceback" not in err
    assert ledger.read_text() == "claim_id\nprevious ledger\n"
    assert [p.name for p in small_disk.iterdir()] == ["ledger.csv"]  # no .part left behind


def test_exports_on_a_full_disk(small_disk: Path, capsys) -> None:
    code = main(["export", "--out", str(small_disk / "exports")])
    err = capsys.readouterr().err
    assert code == 1 and "No space left on device" in err and str(small_disk) in err and "Traceback" not in err
