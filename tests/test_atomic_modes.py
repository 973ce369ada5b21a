"""Atomic writes publish files readable as any other file the user writes (not mkstemp's private 0600)."""

from __future__ import annotations

import os
from pathlib import Path

from analysis.atomic import write_text


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        import importlib

        import analysis.atomic as atomic

        importlib.reload(atomic)
        target = tmp_path / "ledger.csv"
        atomic.write_text(target, "a\n")
        assert target.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
        importlib.reload(atomic)


def test_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "checks.csv"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    write_text(target, "new\n")
    assert target.read_text() == "new\n" and target.stat().st_mode & 0o777 == 0o640
