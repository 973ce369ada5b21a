"""Build every default report once per test session (shared by the report and browser tests).

Not a test module: ``build_defaults`` is memoised, so ``test_reports_default``
and ``test_browser`` use the same build, made with ``--jobs 2`` into a
temporary reports folder, on the embedded data (an empty raw folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis import paths

_BUILT: dict[str, "DefaultBuild"] = {}


@dataclass
class DefaultBuild:
    reports: Path
    returncode: int
    stdout: str
    stderr: str


def env_for(raw: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TALLY_RAW"] = str(raw)          # nothing fetched: the embedded reference data only
    env.pop("TALLY_REPORTS", None)
    return env


def build_defaults(factory: pytest.TempPathFactory) -> DefaultBuild:
    """Build all reports of reports.yml once; later calls return the same build."""
    if "build" not in _BUILT:
        base = factory.mktemp("default-reports")
        raw = base / "raw"
        raw.mkdir()
        reports = base / "reports"
        done = subprocess.run(
            [sys.executable, "-m", "analysis", "build", "--jobs", "2", "--reports-dir", str(reports)],
            capture_output=True, text=True, cwd=base, env=env_for(raw), timeout=900)
        _BUILT["build"] = DefaultBuild(reports, done.returncode, done.stdout, done.stderr)
        _BUILT["raw"] = raw  # type: ignore[assignment]
    return _BUILT["build"]


def raw_dir() -> Path:
    return _BUILT["raw"]  # type: ignore[return-value]
