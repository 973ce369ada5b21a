"""Dask: corpus extraction and report grids in-process, with local worker processes and on a local cluster.

Every run is the real command line (``python -m analysis claims extract`` /
``python -m analysis build``) in a fresh process; its wall-clock time is
measured, and every 0.1 s its process tree (driver, Dask scheduler, nannies,
workers, kernels) is sampled: the summed resident set size gives "peak
memory", the summed CPU time of every process seen gives "CPU seconds"
(less sensitive than wall-clock time to other work on a shared machine).

1. Extraction: FA-KES (``../shared/articles/fakes/fakes.csv``, 804 rows)
   replicated to ``TALLY_BENCH_ARTICLES`` articles (default 1,000,000, as
   the issue asks; set a smaller number for a quick run) in one temporary
   CSV (streamed to disk, never committed), read in partitions of
   ``TALLY_BENCH_PARTITION`` rows (default 2,000); in-process, then
   ``--scheduler local`` with 1 and 2 workers. The three CSV ledgers must be
   byte-identical (compared by sha256).
2. The project's example grid ``casualties_by_governorate`` (reports.yml:
   14 governorates x 2 years = 28 reports, ipynb + HTML + PDF, on the
   embedded data) built with ``--jobs 1``, ``--jobs 2`` and
   ``--scheduler local --jobs 2``.
3. The same number of reports of the builder's tiny test notebook (ipynb
   only): what the grid machinery and a kernel start cost per report.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from analysis import paths

FAKES = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
NOTEBOOKS = paths.ROOT / "tests" / "notebooks"
ARTICLES = int(os.environ.get("TALLY_BENCH_ARTICLES", "1000000"))
PARTITION = int(os.environ.get("TALLY_BENCH_PARTITION", "2000"))
GRID_ENTRY = "casualties_by_governorate"
COUNTRIES = ["SYR", "IRQ", "YEM", "AFG", "SOM", "SDN", "LBY", "MLI", "NGA", "COD", "UKR", "MMR", "ETH", "LBN"]


def _sample(proc: psutil.Process, cpu: dict[tuple[int, float], float]) -> int:
    """Summed RSS of ``proc`` and its descendants; records each process's CPU seconds in ``cpu``."""
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            with p.oneshot():
                total += p.memory_info().rss
                times = p.cpu_times()
                cpu[(p.pid, p.create_time())] = times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def measure(cmd: list[str], cwd: Path) -> dict:
    """Run ``cmd``: wall-clock seconds, CPU seconds and peak summed RSS (MB) of its process tree."""
    started = time.perf_counter()
    popen = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(popen.pid)
    peak = 0
    cpu: dict[tuple[int, float], float] = {}
    while popen.poll() is None:
        peak = max(peak, _sample(proc, cpu))
        time.sleep(0.1)
    out, err = popen.communicate()
    seconds = time.perf_counter() - started
    if popen.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:6])} ... failed: {err.strip()[-800:]}")
    return {"seconds": seconds, "cpu_seconds": sum(cpu.values()), "peak_mb": peak / 2**20,
            "stdout": out, "stderr": err}


def replicate(n: int, target: Path) -> int:
    """FA-KES rows repeated until ``n`` rows, streamed to ``target`` (one copy in memory); returns FA-KES's rows."""
    import pandas as pd

    frame = pd.read_csv(FAKES, dtype=str, keep_default_na=False)
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(frame.head(0).to_csv(index=False))
        body = frame.to_csv(index=False, header=False)
        whole, rest = divmod(n, len(frame))
        for _ in range(whole):
            fh.write(body)
        if rest:
            fh.write(frame.head(rest).to_csv(index=False, header=False))
    return len(frame)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tiny_manifest(size: int) -> str:
    """A manifest with one grid of ``size`` reports (countries x n) of the tiny test notebook, not a default."""
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


@dataclass
class Runs:
    """The measured runs: one table row each, and what the failed ones said."""

    table: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def attempt(self, run: str, items: int, cmd: list[str], cwd: Path) -> dict | None:
        """Measure one run and add its row; a run that fails is a row saying so (the others still run)."""
        try:
            r = measure(cmd, cwd)
        except RuntimeError as exc:
            self.failures.append(f"{run}: {exc}")
            self.table.append({"run": run, "items": items, "seconds": "failed (see the summary)"})
            return None
        self.table.append(_row(run, items, r))
        return r


def _row(run: str, items: int, r: dict) -> dict:
    return {"run": run, "items": items, "seconds": round(r["seconds"], 1), "items/s": round(items / r["seconds"], 2),
            "CPU seconds, all processes": round(r["cpu_seconds"], 1),
            "items per CPU-s": round(items / max(r["cpu_seconds"], 1e-9), 2),
            "peak RSS, all processes (MB)": round(r["peak_mb"], 1)}


def _extract_runs(tmp: Path, runs: Runs) -> tuple[int, int, bool, int]:
    """The three extraction modes on the replicated corpus; (articles, FA-KES rows, identical, figures)."""
    py = sys.executable
    corpus = tmp / "corpus.csv"
    n, source_rows = ARTICLES, replicate(ARTICLES, corpus)
    modes = {"in-process": [], "local cluster, 1 worker": ["--scheduler", "local", "--workers", "1"],
             "local cluster, 2 workers": ["--scheduler", "local", "--workers", "2"]}
    digests, figures = set(), 0
    for label, extra in modes.items():
        out = tmp / label.replace(" ", "_").replace(",", "")
        out.mkdir()
        print(f"  extract {n:,} articles, {label} ...", file=sys.stderr, flush=True)
        r = runs.attempt(f"extract {n:,} articles, {label}", n,
                         [py, "-m", "analysis", "claims", "extract", str(corpus), "--out", str(out / "claims.csv"),
                          "--parquet", str(out / "parts"), "--partition-size", str(PARTITION), "--no-progress",
                          *extra], tmp)
        if r is not None:
            digests.add(_sha256(out / "claims.csv"))
            figures = json.loads((out / "parts" / "_SUCCESS").read_text())["claims"]
        shutil.rmtree(out)                  # a million articles' ledger is gigabytes: one mode at a time
    corpus.unlink()
    return n, source_rows, len(digests) == 1, figures


def _grid_runs(root: Path, manifest: Path, notebooks: Path, entry: str, size: int, label: str,
               runs: Runs) -> None:
    py = sys.executable
    builds = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
              "local cluster, 2 workers": ["--scheduler", "local", "--jobs", "2"]}
    for mode, extra in builds.items():
        reports = root / ("reports_" + mode.replace(" ", "_").replace(",", "").replace("-", ""))
        print(f"  {label}, {mode} ...", file=sys.stderr, flush=True)
        runs.attempt(f"{label}, {mode}", size, [py, "-m", "analysis", "build", entry, "--manifest", str(manifest),
                                                "--notebooks-dir", str(notebooks), "--reports-dir", str(reports),
                                                *extra], root)


def run() -> dict:
    """All three measurements; a dict for results.md and results.json."""
    from analysis.reports.manifest import load_manifest

    if not FAKES.is_file():
        raise FileNotFoundError(f"FA-KES corpus not found at {FAKES}")
    grid = [r.name for r in load_manifest().values() if r.group == GRID_ENTRY]
    tmp = Path(tempfile.mkdtemp(prefix="tally-cluster-bench-"))
    runs = Runs()
    try:
        n, source_rows, same, figures = _extract_runs(tmp, runs)
        root = tmp / "grid"
        root.mkdir()
        _grid_runs(root, paths.MANIFEST, paths.NOTEBOOKS, GRID_ENTRY, len(grid),
                   f"grid of {len(grid)} reports ({GRID_ENTRY}: ipynb, HTML, PDF)", runs)
        tiny = tmp / "tiny"
        tiny.mkdir()
        (tiny / "reports.yml").write_text(tiny_manifest(len(grid)))
        shutil.copytree(NOTEBOOKS, tiny / "notebooks")
        _grid_runs(tiny, tiny / "reports.yml", tiny / "notebooks", "squares", len(grid),
                   f"grid of {len(grid)} tiny test reports (ipynb only)", runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    table = runs.table
    rate = {row["run"]: row.get("items/s") for row in table}
    inproc, one, two = (row.get("items/s") or float("nan") for row in table[:3])
    summary = [
        f"Corpus: {n:,} articles (FA-KES x{n / source_rows:,.1f}, streamed to a temporary CSV), partitions of "
        f"{PARTITION:,} rows; {figures:,} figures extracted in each mode.",
        f"The extraction modes that finished wrote {'byte-identical' if same else 'DIFFERENT'} CSV ledgers (sha256).",
        f"Extraction: in-process {inproc:,.0f} articles/s; a local cluster of 1 worker "
        f"{one:,.0f}/s, of 2 workers {two:,.0f}/s "
        f"({two / inproc:.2f}x in-process; the machine has 2 cores and the driver "
        "reads and ships the partitions, so 2 workers can gain at most 2x).",
        f"The {len(grid)}-report grid is the project's example `{GRID_ENTRY}` (reports.yml) on the embedded data; "
        f"the tiny-report grid shows what the machinery and a kernel start cost per report.",
        "Times include starting Python and, for the local cluster, the scheduler and worker processes. "
        "CPU seconds and peak RSS are summed over the whole process tree (driver, scheduler, nannies, workers, "
        "kernels), sampled every 0.1 s; the machine is shared with other work (load average in the header).",
    ]
    summary += [f"FAILED: {text[:600]}" for text in runs.failures]
    return {"title": "Dask: corpus extraction and report grids (issue 7)", "summary": summary, "table": table,
            "rates": rate, "articles": n, "figures": figures, "partition_size": PARTITION, "grid": len(grid),
            "identical": same, "failures": runs.failures}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1, default=str))
