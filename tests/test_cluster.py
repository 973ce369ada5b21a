"""Extraction and report grids on a real Dask cluster: a scheduler and two workers on 127.0.0.1.

The cluster is started with the `dask` command of the project's venv on free
ports and stopped in the fixture's teardown (every process group killed, none
left). Results on the cluster, on a local cluster and in-process must be the
same; a worker killed with SIGKILL in the middle of a run (an extraction, or
a grid of reports) must not change them (its partitions or reports are
redone by another worker).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import paths
from analysis.claims import partitions
from analysis.errors import ParameterError
from tiny_manifest import HEADER, tiny_entry

pytestmark = pytest.mark.slow

FAKES = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
DASK = Path(sys.executable).parent / "dask"
NOTEBOOKS = paths.ROOT / "tests" / "notebooks"

GRID_MANIFEST = HEADER + tiny_entry(formats="[ipynb]") + """\
  squares:
    notebook: tiny.ipynb
    title: Squares
    default: false
    formats: [ipynb]
    parameters_of: tiny
    grid:
      - country: [SYR, IRQ, YEM]
      - {n: [3, 5], label: [three, five]}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(*args: str, log: Path) -> subprocess.Popen:
    return subprocess.Popen([str(DASK), *args], stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            cwd=paths.ROOT, start_new_session=True)


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


class Cluster:
    """A scheduler and its workers, started as `dask scheduler` / `dask worker` processes."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler = _start("scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard",
                                log=logs / "scheduler.log")
        self.workers: list[subprocess.Popen] = []

    def add_worker(self) -> subprocess.Popen:
        n = len(self.workers)
        proc = _start("worker", self.address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
                      "--no-dashboard", "--name", f"w{n}", log=self.logs / f"worker{n}.log")
        self.workers.append(proc)
        return proc

    def wait_for(self, n: int) -> None:
        from distributed import Client

        with Client(self.address, timeout="30s") as client:
            client.wait_for_workers(n, timeout=60)

    def alive_workers(self) -> int:
        from distributed import Client

        with Client(self.address, timeout="30s") as client:
            return len(client.scheduler_info()["workers"])

    def tasks_on(self, name: str) -> list[str]:
        """Keys of the tasks the scheduler has given worker ``name`` (running or queued there)."""
        from distributed import Client

        with Client(self.address, timeout="30s") as client:
            by_name = {w["name"]: addr for addr, w in client.scheduler_info()["workers"].items()}
            return [str(k) for k in client.processing().get(by_name.get(name), ())]

    def stop(self) -> None:
        for proc in self.workers + [self.scheduler]:
            _stop(proc)
        groups = [p.pid for p in self.workers + [self.scheduler]]
        deadline = time.monotonic() + 15       # a nanny's worker process may take a moment after it
        while any(_group_alive(g) for g in groups) and time.monotonic() < deadline:
            time.sleep(0.1)
        for pgid in groups:
            if _group_alive(pgid):
                os.killpg(pgid, signal.SIGKILL)
        time.sleep(0.5)
        left = [g for g in groups if _group_alive(g)]
        assert not left, f"processes left after stopping the cluster: groups {left}"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory):
    if not FAKES.is_file():
        pytest.skip(f"the FA-KES corpus is not at {FAKES}")
    logs = tmp_path_factory.mktemp("dask-logs")
    c = Cluster(logs)
    try:
        c.add_worker()
        c.add_worker()
        c.wait_for(2)
        yield c
    finally:
        c.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """FA-KES twice over (1,608 rows) in a temporary CSV: long enough to kill a worker in the middle."""
    if not FAKES.is_file():
        pytest.skip(f"the FA-KES corpus is not at {FAKES}")
    folder = tmp_path_factory.mktemp("corpus")
    frame = pd.read_csv(FAKES, dtype=str, keep_default_na=False)
    target = folder / "fakes2.csv"
    pd.concat([frame, frame], ignore_index=True).to_csv(target, index=False)
    return target


@pytest.fixture(scope="module")
def in_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("inproc")
    summary = partitions.run([corpus], out / "parts", partition_size=40, csv_out=out / "claims.csv")
    assert summary["failed"] == 0 and summary["articles"] == 1608
    return out / "parts", out / "claims.csv"


def _extract(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "analysis", "claims", "extract", str(corpus), "--out", str(out / "claims.csv"),
           "--parquet", str(out / "parts"), "--partition-size", "40", "--no-progress", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=out)


def _same_ledger(a: tuple[Path, Path], b: tuple[Path, Path]) -> None:
    assert a[1].read_bytes() == b[1].read_bytes()
    pd.testing.assert_frame_equal(partitions.read_parts(a[0]), partitions.read_parts(b[0]))
    files_a = sorted(p.name for p in a[0].glob("part-*.parquet"))
    assert files_a == sorted(p.name for p in b[0].glob("part-*.parquet")) and len(files_a) == 41


def test_in_process_partitions_match_the_plain_extraction(in_process: tuple[Path, Path]) -> None:
    from analysis.claims.batch import run_extraction

    claims, _meta, failed, read = run_extraction([FAKES], progress=False)
    ours = partitions.read_parts(in_process[0])
    assert failed == 0 and read == 804
    first = ours[ours["article"].str.match(r"fakes2-(\d{1,3})-") &
                 (ours["article"].str.extract(r"fakes2-(\d+)-")[0].astype(int) < 804)]
    assert len(first) == len(claims) > 1000
    expected = claims["article"].str.replace("fakes-", "fakes2-", n=1)
    assert first["article"].tolist() == expected.tolist()
    assert first["value"].tolist() == pytest.approx(claims["value"].tolist(), nan_ok=True)
    assert first["sentence"].tolist() == claims["sentence"].tolist()
    manifest = json.loads((in_process[0] / "_SUCCESS").read_text())
    assert manifest["articles"] == 1608 and manifest["claims"] == 2 * len(claims)


def test_extraction_on_the_cluster_is_identical(cluster: Cluster, corpus: Path, in_process: tuple[Path, Path],
                                                tmp_path: Path) -> None:
    proc = _extract(corpus, tmp_path, "--scheduler", cluster.address)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "41 Parquet parts" in err
    _same_ledger(in_process, (tmp_path / "parts", tmp_path / "claims.csv"))


def test_extraction_on_a_local_cluster_is_identical(corpus: Path, in_process: tuple[Path, Path],
                                                    tmp_path: Path) -> None:
    proc = _extract(corpus, tmp_path, "--scheduler", "local", "--workers", "2")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    _same_ledger(in_process, (tmp_path / "parts", tmp_path / "claims.csv"))


def test_bad_scheduler_is_one_error_line(tmp_path: Path) -> None:
    proc = _extract(FAKES, tmp_path, "--scheduler", "host:8786")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.strip().splitlines()[-1].startswith("error: --scheduler 'host:8786'")
    assert "Traceback" not in err and not (tmp_path / "claims.csv").exists()


def _run_build(root: Path, reports: str, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "analysis", "build", "--manifest", str(root / "reports.yml"),
           "--notebooks-dir", str(root / "notebooks"), "--reports-dir", str(root / reports), *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=240)


def _grid_outputs(reports: Path) -> dict[str, tuple]:
    """Per report: its parameters, input fingerprint and the text its cells printed."""
    out = {}
    for folder in sorted(p for p in reports.iterdir() if p.is_dir()):
        stamp = json.loads((folder / ".stamp.json").read_text())
        nb = nbformat.read(folder / f"{folder.name}.ipynb", as_version=4)
        printed = [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout"]
        out[folder.name] = (stamp["parameters"], stamp["inputs"], printed)
    return out


def test_grid_on_the_cluster_matches_the_local_build(cluster: Cluster, tmp_path: Path) -> None:
    root = tmp_path
    (root / "reports.yml").write_text(GRID_MANIFEST)
    shutil.copytree(NOTEBOOKS, root / "notebooks")
    here = _run_build(root, "here", "squares", "--jobs", "2")
    assert here.returncode == 0, here.stderr
    there = _run_build(root, "cluster", "squares", "--scheduler", cluster.address)
    assert there.returncode == 0, there.stderr
    assert "on Dask" in there.stdout and "6 built, 0 skipped, 0 failed" in there.stdout
    a, b = _grid_outputs(root / "here"), _grid_outputs(root / "cluster")
    assert sorted(a) == ["squares-irq-3", "squares-irq-5", "squares-syr-3", "squares-syr-5",
                         "squares-yem-3", "squares-yem-5"]
    assert a == b
    assert "country=YEM" in "".join(a["squares-yem-5"][2]) and a["squares-yem-5"][0]["n"] == 5
    index = (root / "cluster" / "index.html").read_text()
    assert index.count("Grid squares: 6 report(s)") == 1
    assert index.index("Grid squares") < index.index("squares-irq-3") < index.index("squares-yem-5")
    again = _run_build(root, "cluster", "squares", "--scheduler", cluster.address)
    assert again.returncode == 0 and "0 built, 6 skipped" in again.stdout and "on Dask" not in again.stdout


def test_an_enormous_grid_is_refused_with_the_limit(tmp_path: Path) -> None:
    from analysis.reports.manifest import load_manifest

    big = GRID_MANIFEST.replace("- country: [SYR, IRQ, YEM]", "- n: [" + ", ".join(map(str, range(1, 51))) + "]")
    big = big.replace("- {n: [3, 5], label: [three, five]}", "- label: [" + ", ".join(f"l{i}" for i in range(30)) + "]")
    (tmp_path / "reports.yml").write_text(big)
    with pytest.raises(ParameterError, match=r"1,500 reports, above the limit of 1,000"):
        load_manifest(tmp_path / "reports.yml", NOTEBOOKS)


def test_a_worker_killed_mid_run_is_survived(cluster: Cluster, corpus: Path, in_process: tuple[Path, Path],
                                             tmp_path: Path) -> None:
    proc = _extract(corpus, tmp_path, "--scheduler", cluster.address)
    victim = cluster.workers[0]
    parts = tmp_path / "parts"
    deadline = time.monotonic() + 60
    while len(list(parts.glob("part-*.parquet"))) < 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None and not (parts / "_SUCCESS").exists(), "the run ended before the kill"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    _same_ledger(in_process, (parts, tmp_path / "claims.csv"))
    assert cluster.alive_workers() == 1


def test_a_worker_killed_mid_grid_is_survived(cluster: Cluster, tmp_path: Path) -> None:
    """A worker SIGKILLed while it builds a grid report: its report is built again elsewhere, same outputs."""
    slow = GRID_MANIFEST.replace("pause: {type: float, default: 0.0, min: 0}", "pause: {type: float, default: 1.5, min: 0}")
    assert slow.count("default: 1.5") == 1                # declared by tiny, taken by squares (parameters_of)
    (tmp_path / "reports.yml").write_text(slow)
    shutil.copytree(NOTEBOOKS, tmp_path / "notebooks")
    here = _run_build(tmp_path, "here", "squares", "--jobs", "2")
    assert here.returncode == 0, here.stderr
    before = cluster.alive_workers()
    victim = cluster.add_worker()
    victim_name = f"w{len(cluster.workers) - 1}"
    cluster.wait_for(before + 1)
    reports = tmp_path / "cluster"
    cmd = [sys.executable, "-m", "analysis", "build", "squares", "--manifest", str(tmp_path / "reports.yml"),
           "--notebooks-dir", str(tmp_path / "notebooks"), "--reports-dir", str(reports),
           "--scheduler", cluster.address]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    deadline = time.monotonic() + 120
    lost: list[str] = []
    while time.monotonic() < deadline and proc.poll() is None:
        if list(reports.glob("*/.stamp.json")):
            lost = [k for k in cluster.tasks_on(victim_name) if k.startswith("tally-build-")]
            if lost:
                break
        time.sleep(0.05)
    built_before_kill = len(list(reports.glob("*/.stamp.json")))
    assert proc.poll() is None and lost and built_before_kill < 6, "the grid ended before the kill"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert "6 built, 0 skipped, 0 failed" in out
    assert _grid_outputs(tmp_path / "here") == _grid_outputs(reports)
    assert not list(reports.glob("*/.*.part")), "a killed worker's partial file was left in a report folder"
    assert cluster.alive_workers() == before
