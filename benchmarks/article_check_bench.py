"""``python -m analysis check ARTICLE``: wall time from the command to its HTML and PDF, and where it goes.

One article of our own (a header block and five sentences about displacement and fighting in Syria,
with figures that are compared and figures that are not) is checked by the real command in a fresh
process, ``REPEATS`` times after one warm-up run, each into a new folder, in two data configurations:
the embedded reference tables alone (an empty raw folder), and the copies fetched into ``data/raw``
when this machine has any (the section says how many). Wall time is measured outside the process, from
its start to its exit with the ipynb, HTML and PDF written, and so is the CPU time of every process
involved (the command, the child it forks, the kernel).

Inside, the command's own step timings are recorded. It reads the article, forks a child that extracts
and checks the figures and writes the notebook's input, and meanwhile starts the kernel (which imports
the notebook's modules at once) and imports papermill; then it waits for the child and builds
(notebook execute, with nbconvert and WeasyPrint imported meanwhile; HTML, PDF, publish) and shuts the
kernel down. "python start, imports and exit" is the wall time outside those steps. The child's steps
overlap the command's.

Nothing is asserted; the figures go to benchmarks/results.md (target: under 5 s).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

REPEATS = 5
TARGET_SECONDS = 5.0
#: A niceness to run the command at (``TALLY_BENCH_NICE=-10``; below 0 needs root), to measure it on a
#: machine shared with other work: its processes (the command, its child, the kernel) then come first.
NICE = os.environ.get("TALLY_BENCH_NICE", "")

#: Our own article (not copied from anywhere): figures the check compares and figures it does not.
ARTICLE = """Date: 2024-12-02
Outlet: Tally Benchmark Wire
Title: Families leave Aleppo as the front moves south

ALEPPO, 2 December 2024 -- Across Syria, around 7.2 million people are internally displaced, aid groups working in the north said on Monday.
Some 750,000 Syrian refugees live in Lebanon, according to the same groups.
At least 60 civilians were killed in Aleppo since the offensive began, medical workers said.
Volunteers said 35 schools in the city had been turned into shelters.
Aid workers said more than 48,000 people had been displaced from Aleppo and Idlib since the offensive began.
"""

#: Runs the command as `python -m analysis check` does, and writes its step timings to a JSON file.
_RUNNER = """
import json, sys, time
import analysis.check.article_run as run
original = run.check_article
def timed(*args, **kwargs):
    done = original(*args, **kwargs)
    with open(sys.argv[1], "w") as fh:
        json.dump({"timings": done.timings, "seconds": done.seconds, "figures": done.summary["figures"],
                   "compared": done.summary["compared"], "files": sorted(done.reports)}, fh)
    return done
run.check_article = timed
from analysis.cli import main
sys.exit(main(sys.argv[2:]))
"""

#: Steps of this process, in order (they add up to the command's own time) ...
_MAIN_STEPS = ["read", "kernel start", "builder imports", "waiting for the check", "build: notebook execute",
               "build: html", "build: pdf", "build: publish", "build: other", "kernel shutdown"]
#: ... and of the forked child, which runs alongside "kernel start" and "builder imports".
_CHILD_STEPS = ["extract", "check", "write inputs"]


def _once(source: Path, out: Path, record: Path, env: dict[str, str]) -> tuple[float, dict]:
    before = os.times()
    started = time.perf_counter()
    nice = ["nice", "-n", NICE] if NICE else []
    done = subprocess.run([*nice, sys.executable, "-c", _RUNNER, str(record), "check", str(source), "--out", str(out)],
                          capture_output=True, text=True, cwd=paths.ROOT, env=env)
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"python -m analysis check failed: {done.stderr[-1500:]}")
    info = json.loads(record.read_text(encoding="utf-8"))
    # the command, its forked child and its kernel are all waited for: their CPU is in the children's times
    info["cpu"] = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, info


def _fetched(raw: Path) -> list[str]:
    return sorted(p.name for p in raw.iterdir() if p.is_dir() and not p.name.startswith(".")) if raw.is_dir() else []


def _row(label: str, wall: float, got: dict, load: float) -> dict:
    t = dict(got["timings"])
    t["build: other"] = t.get("build", 0.0) - sum(v for k, v in t.items() if k.startswith("build: "))
    row = {"run": label, "wall seconds": round(wall, 2),
           "python start, imports and exit": round(wall - got["seconds"] - t.get("kernel shutdown", 0.0), 2)}
    for step in _MAIN_STEPS:
        row[step.replace("build: ", "")] = round(t.get(step, 0.0), 2)
    for step in _CHILD_STEPS:
        row[f"child: {step}"] = round(t.get(step, 0.0), 2)
    row["CPU seconds, all processes"] = round(got["cpu"], 2)
    row["load (1 min) at start"] = round(load, 2)
    return row


def _configuration(name: str, source: Path, tmp: Path, env: dict[str, str]) -> tuple[list[dict], dict, list[str]]:
    """Runs of one data configuration: the table rows (runs and their median) and the summary lines."""
    first_wall, _ = _once(source, tmp / f"{name}-warmup", tmp / f"{name}-warmup.json", env)
    runs = []
    for i in range(REPEATS):
        load = os.getloadavg()[0]
        wall, info = _once(source, tmp / f"{name}-{i}", tmp / f"{name}-{i}.json", env)
        runs.append((wall, info, load))
    rows = [_row(f"{name}: run {i}", wall, got, load) for i, (wall, got, load) in enumerate(runs, start=1)]
    middle = {"run": f"{name}: median of {REPEATS}"}
    for key in rows[0]:
        if key != "run":
            middle[key] = round(statistics.median(r[key] for r in rows), 2)
    walls = [w for w, _, _ in runs]
    median = statistics.median(walls)
    own = [k for k in middle if k not in ("run", "wall seconds", "CPU seconds, all processes", "load (1 min) at start")
           and not k.startswith("child: ")]
    shares = sorted(((k, middle[k]) for k in own), key=lambda kv: -kv[1])
    met = "met" if median < TARGET_SECONDS else "NOT met"
    lines = [
        f"**{name}**: wall time from the command to its ipynb, HTML and PDF: median {median:.2f} s of {REPEATS} "
        f"runs (best {min(walls):.2f} s, worst {max(walls):.2f} s; the warm-up run before them {first_wall:.2f} s); "
        f"target under {TARGET_SECONDS:.0f} s: **{met}**; CPU time of all processes (the command, its child, the "
        f"kernel) median {middle['CPU seconds, all processes']:.2f} s; load average (1 min) before each run: "
        + ", ".join(f"{l:.2f}" for _, _, l in runs),
        f"{name}: where the wall time goes (median): "
        + "; ".join(f"{k} {v:.2f} s ({v / median:.0%})" for k, v in shares[:6]),
    ]
    return rows + [middle], runs[0][1], lines


def run() -> dict:
    """Time the command on one article, with the data as on this machine and with the reference tables only."""
    raw = Path(os.environ.get("TALLY_RAW", paths.RAW))
    fetched = _fetched(raw)
    with tempfile.TemporaryDirectory(prefix="tally-bench-article-") as tmpdir:
        tmp = Path(tmpdir)
        source = tmp / "aleppo_families.txt"
        source.write_text(ARTICLE, encoding="utf-8")
        empty = tmp / "raw-empty"
        empty.mkdir()
        configurations = [("reference tables", {**os.environ, "TALLY_RAW": str(empty)})]
        if fetched:
            configurations.append(("fetched data", {**os.environ, "TALLY_RAW": str(raw)}))
        table, lines, info = [], [], {}
        for name, env in configurations:
            rows, info, said = _configuration(name, source, tmp, env)
            table += rows
            lines += said
    return {
        "title": "Checking one article (python -m analysis check ARTICLE)",
        "summary": [
            f"one article of {len(ARTICLE.split())} words (ours), {info['figures']} figures found, {info['compared']} "
            f"set beside a dataset figure; outputs: {', '.join(info['files'])}",
            "data: **reference tables** = the embedded tables in data/reference (an empty raw folder); "
            + (f"**fetched data** = the copies fetched into {paths.relative(raw)} on this machine ({len(fetched)} "
               "datasets, read through the per-country Parquet copies the loaders keep beside them, made by the "
               "warm-up run when missing)" if fetched else
               "nothing is fetched into data/raw on this machine"),
            *lines,
            "each run is a fresh process (`python -m analysis check FILE --out DIR`); right after reading, the "
            "command forks a child that extracts and checks (columns 'child: ...') while it starts the kernel, "
            "which imports the notebook's modules meanwhile, and imports papermill ('builder imports'); it then "
            "waits for the child ('waiting for the check') and builds, importing nbconvert and WeasyPrint while "
            "the kernel runs the notebook; the columns without 'child' add up to the wall time; on a machine whose "
            "other core is busy the wall time approaches the CPU time",
            *([f"the command ran at niceness {NICE} (TALLY_BENCH_NICE): the machine was shared with other work "
               "(the load averages above), and its processes came first"] if NICE else []),
        ],
        "table": table,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
