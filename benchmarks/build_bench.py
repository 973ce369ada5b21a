"""Report builder timings: cold build, no-op rebuild, and each report's cost over the papermill floor.

1. Cold build of every default report (``python -m analysis build --force``
   into a temporary reports folder), one at a time and with ``--jobs 2``:
   wall time of the whole command, as a user sees it.
2. No-op rebuild: the same command again with nothing changed (best of 3);
   it starts no kernel and imports neither papermill nor nbconvert.
3. Per report, in this one process after a warm-up (imports paid): the
   floor is an empty notebook (``tests/notebooks/empty.ipynb``) executed by
   papermill with the project's kernel; then the same empty notebook through
   the whole builder (papermill + HTML + PDF + publish), and each default
   report through the builder. "Over floor" is report time minus the floor.

Nothing here is asserted: the figures go to benchmarks/results.md.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

EMPTY = paths.ROOT / "tests" / "notebooks" / "empty.ipynb"
REPEATS = 3


def _command(reports: Path, *extra: str) -> float:
    env = dict(os.environ)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "analysis", "build", "--reports-dir", str(reports), *extra],
                          capture_output=True, text=True, env=env, cwd=paths.ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"build failed: {done.stderr[-1500:]}")
    return seconds


def _floor(kernel: str, tmp: Path) -> float:
    import papermill

    times = []
    for i in range(REPEATS + 1):
        started = time.perf_counter()
        papermill.execute_notebook(str(EMPTY), str(tmp / f"empty-{i}.ipynb"), kernel_name=kernel,
                                   cwd=str(paths.ROOT), progress_bar=False, log_output=False)
        if i:                                  # the first run pays the imports
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def _through_builder(job_for, name: str) -> float:
    from analysis.reports.build import build_one

    times = []
    for _ in range(2):
        result = build_one(job_for(name))
        if result.status != "built":
            raise RuntimeError(f"{name}: {result.error}")
        times.append(result.seconds)
    return min(times)


def run() -> dict:
    """Time the builder; return the results for benchmarks/results.md."""
    from analysis.reports import render
    from analysis.reports.build import Job, ensure_kernel, plan
    from analysis.reports.manifest import load_manifest

    reports = {name: r for name, r in load_manifest().items() if r.default}   # what a plain build builds
    with tempfile.TemporaryDirectory(prefix="tally-bench-") as tmpdir:
        tmp = Path(tmpdir)
        cold_1 = _command(tmp / "r1", "--force")
        cold_2 = _command(tmp / "r2", "--force", "--jobs", "2")
        noop = min(_command(tmp / "r2") for _ in range(REPEATS))

        kernel = ensure_kernel()
        floor = _floor(kernel, tmp)
        code, data = render.code_version(), render.data_versions()
        defaults = {n: {k: s.default for k, s in r.params.items()} for n, r in reports.items()}
        jobs, _ = plan(list(reports.values()), defaults, tmp / "r3", paths.MANIFEST, force=True)
        by_name = {j.name: j for j in jobs}

        def job_for(name: str) -> Job:
            if name == "empty":
                base = by_name[next(iter(by_name))]
                return Job(name="empty", title="Empty", notebook=EMPTY, notebook_rel="empty.ipynb", params={},
                           formats=base.formats, out_dir=tmp / "r3" / "empty", fingerprint=base.fingerprint,
                           kernel=kernel, code_version=code, data_versions=data)
            job = by_name[name]
            job.kernel, job.code_version, job.data_versions = kernel, code, data
            return job

        empty_built = _through_builder(job_for, "empty")
        table = [{"report": "empty notebook, papermill only (floor)", "seconds": round(floor, 2),
                  "over floor (s)": 0.0}]
        table.append({"report": "empty notebook, whole builder (papermill + HTML + PDF)",
                      "seconds": round(empty_built, 2), "over floor (s)": round(empty_built - floor, 2)})
        for name in reports:
            seconds = _through_builder(job_for, name)
            table.append({"report": name, "seconds": round(seconds, 2), "over floor (s)": round(seconds - floor, 2)})
    return {
        "title": "Report builder (python -m analysis build)",
        "summary": [
            f"cold build of all {len(reports)} default reports, --jobs 1: {cold_1:.1f} s wall",
            f"cold build of all {len(reports)} default reports, --jobs 2: {cold_2:.1f} s wall",
            f"no-op rebuild (nothing changed, no kernel): {noop:.2f} s wall (best of {REPEATS})",
            f"floor, empty notebook through papermill in one warm process: {floor:.2f} s (median of {REPEATS})",
            "per report below: best of 2 in one warm process (imports already paid)",
        ],
        "table": table,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
