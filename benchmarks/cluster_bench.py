"""Dask: corpus extraction and a report grid in-process, with local worker processes and on a local cluster.

Every run is the real command line (``python -m analysis claims extract`` /
``python -m analysis build``) in a fresh process; its wall-clock time is
measured and its memory sampled every 0.1 s as the summed resident set size
of the whole process tree (driver, Dask scheduler, nannies, workers,
kernels), so "peak memory" is what the machine had to hold.

1. Extraction: FA-KES (``../shared/articles/fakes/fakes.csv``, 804 rows)
   replicated to ``TALLY_BENCH_ARTICLES`` articles (default 16,080: 20
   copies) in one temporary CSV (never committed), read in partitions of
   ``TALLY_BENCH_PARTITION`` rows (default 2,000); in-process, then
   ``--scheduler local`` with 1 and 2 workers. The issue asks for 1,000,000
   articles; that is about an hour per mode on this machine at the measured
   rate, so the size actually run is recorded in the results.
2. A grid of ``TALLY_BENCH_GRID`` reports (default 28: 7 countries x 4
   values of ``n``) of the builder's tiny test notebook (ipynb only), built
   with ``--jobs 1``, ``--jobs 2`` and ``--scheduler local --jobs 2``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from analysis import paths

FAKES = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
NOTEBOOKS = paths.ROOT / "tests" / "notebooks"
ARTICLES = int(os.environ.get("TALLY_BENCH_ARTICLES", "16080"))
PARTITION = int(os.environ.get("TALLY_BENCH_PARTITION", "2000"))
GRID = int(os.environ.get("TALLY_BENCH_GRID", "28"))
COUNTRIES = ["SYR", "IRQ", "YEM", "AFG", "SOM", "SDN", "LBY", "MLI", "NGA", "COD", "UKR", "MMR", "ETH", "LBN"]


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def measure(cmd: list[str], cwd: Path) -> dict:
    """Run ``cmd``; wall-clock seconds and the peak summed RSS of its process tree (MB)."""
    started = time.perf_counter()
    popen = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(popen.pid)
    peak = 0
    while popen.poll() is None:
        peak = max(peak, _tree_rss(proc))
        time.sleep(0.1)
    out, err = popen.communicate()
    seconds = time.perf_counter() - started
    if popen.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:6])} ... failed: {err.strip()[-800:]}")
    return {"seconds": seconds, "peak_mb": peak / 2**20, "stdout": out, "stderr": err}


def replicate(n: int, target: Path) -> int:
    """FA-KES rows repeated until ``n`` rows, written to ``target``; returns the rows written."""
    import pandas as pd

    frame = pd.read_csv(FAKES, dtype=str, keep_default_na=False)
    copies = -(-n // len(frame))
    pd.concat([frame] * copies, ignore_index=True).head(n).to_csv(target, index=False)
    return n


def grid_manifest(size: int) -> str:
    """A manifest with one grid of ``size`` reports (countries x n), not a default."""
    ns = [3, 4, 5, 6]
    countries = COUNTRIES[: max(1, -(-size // len(ns)))]
    if len(countries) * len(ns) != size:
        ns = [3]
        countries = COUNTRIES[:size]
    return (
        "version: 1\nreports:\n  squares:\n    notebook: tiny.ipynb\n    title: Squares\n    default: false\n"
        "    formats: [ipynb]\n    parameters:\n"
        "      label: {type: str, default: first}\n      n: {type: int, default: 4, min: 1, max: 50}\n"
        "      country: {type: iso3, default: SYR}\n      pause: {type: float, default: 0.0, min: 0}\n"
        "      marker: {type: str, default: \"\"}\n"
        f"    grid:\n      country: [{', '.join(countries)}]\n      n: [{', '.join(map(str, ns))}]\n"
    )


def run() -> dict:
    """Both measurements; a dict for results.md and results.json."""
    if not FAKES.is_file():
        raise FileNotFoundError(f"FA-KES corpus not found at {FAKES}")
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="tally-cluster-bench-"))
    table = []
    try:
        corpus = tmp / "corpus.csv"
        n = replicate(ARTICLES, corpus)
        extract = {"in-process": [], "local cluster, 1 worker": ["--scheduler", "local", "--workers", "1"],
                   "local cluster, 2 workers": ["--scheduler", "local", "--workers", "2"]}
        ledgers = {}
        for label, extra in extract.items():
            out = tmp / label.replace(" ", "_").replace(",", "")
            out.mkdir()
            r = measure([py, "-m", "analysis", "claims", "extract", str(corpus), "--out", str(out / "claims.csv"),
                         "--parquet", str(out / "parts"), "--partition-size", str(PARTITION), "--no-progress",
                         *extra], cwd=tmp)
            ledgers[label] = (out / "claims.csv").read_bytes()
            table.append({"run": f"extract {n:,} articles, {label}", "items": n, "seconds": round(r["seconds"], 1),
                          "items/s": round(n / r["seconds"], 1), "peak RSS, all processes (MB)": round(r["peak_mb"], 1)})
        same = len(set(ledgers.values())) == 1
        root = tmp / "grid"
        root.mkdir()
        (root / "reports.yml").write_text(grid_manifest(GRID))
        shutil.copytree(NOTEBOOKS, root / "notebooks")
        builds = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
                  "local cluster, 2 workers": ["--scheduler", "local", "--jobs", "2"]}
        for label, extra in builds.items():
            reports = root / ("reports_" + label.replace(" ", "_").replace(",", "").replace("-", ""))
            r = measure([py, "-m", "analysis", "build", "squares", "--manifest", str(root / "reports.yml"),
                         "--notebooks-dir", str(root / "notebooks"), "--reports-dir", str(reports), *extra], cwd=root)
            built = sum(1 for p in reports.iterdir() if p.is_dir() and (p / ".stamp.json").is_file())
            if built != GRID:
                raise RuntimeError(f"grid {label}: {built} of {GRID} reports built")
            table.append({"run": f"grid of {GRID} reports, {label}", "items": GRID, "seconds": round(r["seconds"], 1),
                          "items/s": round(GRID / r["seconds"], 2), "peak RSS, all processes (MB)": round(r["peak_mb"], 1)})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rate = {row["run"]: row["items/s"] for row in table}
    first = table[0]
    summary = [
        f"Corpus actually run: {n:,} articles (FA-KES x{n / 804:.1f}), partitions of {PARTITION:,} rows; "
        f"the issue's 1,000,000 articles would take about {1_000_000 / first['items/s'] / 60:,.0f} minutes "
        "in-process at this rate and was not run (set TALLY_BENCH_ARTICLES=1000000 to run it).",
        f"The three extraction modes wrote {'byte-identical' if same else 'DIFFERENT'} CSV ledgers.",
        f"Grid: {GRID} reports of the tiny test notebook (ipynb only, a kernel start per report).",
        "Times include starting Python, and for the local cluster the scheduler and worker processes; "
        "the machine has 2 cores and is shared with other work (load average in the header), so "
        "2 workers can gain at most 2x. Peak memory is the summed RSS of the whole process tree.",
    ]
    return {"title": "Dask: corpus extraction and report grids (issue 7)", "summary": summary, "table": table,
            "rates": rate, "articles": n, "partition_size": PARTITION, "grid": GRID, "identical": same}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1, default=str))
