"""Run the benchmark modules and merge their results into results.json and results.md."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from analysis import paths
from analysis.atomic import write_text

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "results.md"


def discover() -> list[str]:
    """Names of the benchmark modules: ``benchmarks/<name>_bench.py``."""
    return sorted(p.stem[: -len("_bench")] for p in HERE.glob("*_bench.py"))


def uncommitted(folder: str = "analysis") -> list[str]:
    """Files under ``folder`` that differ from the commit (changed or new): the code measured is not HEAD's."""
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--", folder],
                             cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return sorted(line[3:].strip() for line in out.splitlines() if line.strip())


def machine() -> dict:
    """Where and when a benchmark ran."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "uncommitted": uncommitted(),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 100 else f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def columns(table: list[dict]) -> list[str]:
    """Every column of the table's rows, in the order they first appear."""
    return list(dict.fromkeys(key for row in table for key in row))


def render(results: dict) -> str:
    """results.md from the merged results (one section per module, sorted)."""
    out = ["# Benchmark results", "", "Written by `python -m benchmarks` (`make bench`); do not edit by hand.", ""]
    for name in sorted(results):
        res = results[name]
        out.append(f"## {res.get('title', name)}")
        out.append("")
        env = res.get("machine", {})
        if env:
            dirty = env.get("uncommitted") or []
            code = f"commit `{env.get('commit')}`" + (
                f" plus uncommitted changes to {len(dirty)} file(s) under analysis/ "
                f"({', '.join(f'`{d}`' for d in dirty[:6])}{', ...' if len(dirty) > 6 else ''})" if dirty else "")
            out.append(
                f"Run {env.get('date')} at {code}, Python {env.get('python')}, "
                f"{env.get('cpus')} CPUs ({env.get('platform')}), load average {env.get('load_average')} at the end."
            )
            out.append("")
        for line in res.get("summary", []):
            out.append(f"- {line}")
        table = res.get("table") or []
        if table:
            cols = res.get("columns") or columns(table)
            out.append("")
            out.append("| " + " | ".join(cols) + " |")
            out.append("|" + "|".join("---" for _ in cols) + "|")
            for row in table:
                out.append("| " + " | ".join(_cell(row.get(c, "")) for c in cols) + " |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the named (default: all) benchmark modules; merge and write results."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"modules to run (default all: {', '.join(discover())})")
    parser.add_argument("--render", action="store_true",
                        help="run nothing: write results.md again from results.json")
    args = parser.parse_args(argv)
    if args.render:
        write_text(RESULTS_MD, render(json.loads(RESULTS_JSON.read_text(encoding="utf-8"))))
        print(f"wrote {paths.relative(RESULTS_MD)}", file=sys.stderr)
        return 0
    names = args.names or discover()
    unknown = [n for n in names if n not in discover()]
    if unknown:
        print(f"error: no benchmark module {unknown} in {HERE}", file=sys.stderr)
        return 1
    results = json.loads(RESULTS_JSON.read_text(encoding="utf-8")) if RESULTS_JSON.exists() else {}
    failed = 0
    for name in names:
        print(f"benchmark {name} ... (load average {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)
        module = importlib.import_module(f"benchmarks.{name}_bench")
        try:
            res = module.run()
        except Exception as exc:  # one benchmark failing does not lose the others' results
            print(f"error: benchmarks/{name}_bench.py: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
            continue
        res["machine"] = machine()
        if res.get("table"):               # results.json sorts keys: keep the table's column order
            res.setdefault("columns", columns(res["table"]))
        results[name] = res
        for line in res.get("summary", []):
            print(f"  {line}", file=sys.stderr)
    write_text(RESULTS_JSON, json.dumps(results, indent=2, sort_keys=True, default=str) + "\n")
    write_text(RESULTS_MD, render(results))
    print(f"wrote {paths.relative(RESULTS_MD)} and {paths.relative(RESULTS_JSON)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
