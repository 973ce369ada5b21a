"""Mutation testing of the core modules with mutmut: ``make mutate`` (slow; not part of ``make test``).

For each module in :data:`MODULES` the project's tracked files are copied into a fresh folder (the
working tree is never touched: mutmut writes its mutated copies under that folder's ``mutants/``),
mutmut 3 is told to mutate that one file and to run only the tests listed for it, with one worker,
and the outcome of every mutant is read back. ``benchmarks/mutation.md`` gets the score per module
and every surviving mutant with its diff; a survivor listed in ``benchmarks/mutation_equivalent.yml``
(its function and mutated line, with the reason it changes nothing a caller can observe) is marked
equivalent and counted as killed in the adjusted score.

    python -m benchmarks.mutate                     # every module
    python -m benchmarks.mutate verdict params      # some (by short name)
    python -m benchmarks.mutate --keep              # keep the work folders (printed) to inspect
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from analysis import paths
from analysis.atomic import write_text

HERE = Path(__file__).resolve().parent
RESULTS_MD = HERE / "mutation.md"
EQUIVALENT_YML = HERE / "mutation_equivalent.yml"

#: short name -> (the file mutated, the tests run against its mutants). The tests are the fast ones
#: that exercise the module directly; slow end-to-end tests (test_check.py's pipeline runs on the
#: mirror, test_check_audit.py's 131 verdicts: about 5 s a mutant) would cost half an hour a module and
#: are left out.
MODULES: dict[str, tuple[str, list[str]]] = {
    "verdict": ("analysis/check/verdict.py", [
        "tests/test_check.py::test_vague_figure_is_never_higher_or_lower",
        "tests/test_check.py::test_hedges_are_respected",
        "tests/test_check.py::test_data_low_high_range_counts_as_within",
        "tests/test_check.py::test_vague_figure_is_consistent_only_within_an_order_of_magnitude",
        "tests/test_check.py::test_a_range_from_zero_neither_confirms_nor_contradicts",
        "tests/test_verdict_edges.py",
    ]),
    "numbers": ("analysis/claims/numbers.py", [
        "tests/test_numbers.py",
        "tests/test_numbers_edges.py",
    ]),
    "params": ("analysis/reports/params.py", [
        "tests/test_params.py",
        "tests/test_params_edges.py",
    ]),
    "atomic": ("analysis/atomic.py", [
        "tests/test_atomic_modes.py",
        "tests/test_atomic_edges.py",
    ]),
    "download": ("analysis/download.py", [
        "tests/test_download.py",
        "tests/test_download_edges.py",
        "tests/test_download_mutants.py",
    ]),
}

#: Extra pytest arguments per module. mutmut runs the tests several times in one process (to map tests to
#: functions, then a clean run); test_download.py's retry test counts requests in a class attribute that
#: outlives one run, so it fails the second time: it is left out here (test_download_edges.py covers a
#: retried fault the same way with a fresh count per test).
EXTRA_ARGS: dict[str, list[str]] = {
    "download": ["--deselect", "tests/test_download.py::test_a_passing_fault_is_retried"],
}

KILLED = {"killed", "timeout", "caught by type check", "segfault"}


def project_files() -> list[str]:
    """Tracked files and new files not ignored (a new test counts before it is committed)."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                         cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout
    return [f for f in out.splitlines() if f and (paths.ROOT / f).is_file()]


def prepare(work: Path, module: str, tests: list[str], extra: list[str] = ()) -> None:
    """A copy of the project in ``work`` with a [tool.mutmut] section for ``module``."""
    for rel in project_files():
        dest = work / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(paths.ROOT / rel, dest)
    # the tests run in work/mutants, whose ../shared must be the offline mirror's folder
    (work / "shared").symlink_to(paths.SHARED.resolve(), target_is_directory=True)
    undecorate(work / module)
    tests = [t for t in tests if (work / t.split("::")[0]).exists()]
    top = sorted({Path(rel).parts[0] for rel in project_files()} - {"analysis"})
    section = {
        "source_paths": ["analysis"],
        "only_mutate": [module],
        "also_copy": top,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", *extra],
        "pytest_add_cli_args_test_selection": tests,
    }
    lines = ["", "[tool.mutmut]"] + [f"{k} = {json.dumps(v)}" for k, v in section.items()]
    with open(work / "pyproject.toml", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


_DECORATED = re.compile(r"^@(contextlib\.contextmanager|lru_cache\([^)]*\))\n(?=def (\w+)\()", re.M)


def undecorate(path: Path) -> list[str]:
    """Let mutmut reach decorated top-level functions in the work copy (never the source).

    mutmut 3 does not mutate a decorated function. In the copy, ``@contextlib.contextmanager`` is applied
    after the module's last line instead (``f = contextlib.contextmanager(f)``: the same object for
    every caller, who looks ``f`` up at call time), and ``@lru_cache`` is left out (it only saves time,
    and a reading cached before a mutant ran would hide that mutant). Returns the functions changed.
    """
    text = path.read_text(encoding="utf-8")
    names, tail = [], []
    for m in _DECORATED.finditer(text):
        names.append(m.group(2))
        if m.group(1).startswith("contextlib"):
            tail.append(f"{m.group(2)} = contextlib.contextmanager({m.group(2)})")
    text = _DECORATED.sub("", text)
    if tail:
        text = text.rstrip("\n") + "\n\n\n" + "\n".join(tail) + "\n"
    path.write_text(text, encoding="utf-8")
    return names


def mutmut(work: Path, *args: str, log=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=work, text=True,
                          stdout=log or subprocess.PIPE, stderr=subprocess.STDOUT if log else subprocess.PIPE)


def outcomes(work: Path, module: str) -> dict[str, str]:
    """Mutant name -> status, read from mutmut's .meta file for the module."""
    from mutmut.stats import status_by_exit_code

    meta = json.loads((work / "mutants" / (module + ".meta")).read_text())
    return {name: status_by_exit_code[code] for name, code in meta["exit_code_by_key"].items()}


_DIFFS = """
import json, sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
names = json.loads(sys.stdin.read())
print(json.dumps({n: get_diff_for_mutant(n, path=sys.argv[1]) for n in names}))
"""


def diffs_of(work: Path, module: str, names: list[str]) -> dict[str, str]:
    """Each mutant's diff (the changed lines with a little context), read in one process."""
    out = subprocess.run([sys.executable, "-c", _DIFFS, module], cwd=work, input=json.dumps(names),
                         capture_output=True, text=True, check=True).stdout
    return {name: "\n".join(ln for ln in diff.splitlines() if not ln.startswith(("---", "+++"))).strip()
            for name, diff in json.loads(out).items()}


def changed_lines(diff: str) -> tuple[str, str]:
    """The removed and added lines of a mutant's diff, whitespace-stripped: its key with the function."""
    minus = " | ".join(ln[1:].strip() for ln in diff.splitlines() if ln.startswith("-"))
    plus = " | ".join(ln[1:].strip() for ln in diff.splitlines() if ln.startswith("+"))
    return minus, plus


def function_of(name: str) -> str:
    """``analysis.atomic.x_atomic_path__mutmut_12`` -> ``atomic_path``."""
    tail = name.rsplit(".", 1)[-1]
    tail = re.sub(r"__mutmut_\d+$", "", tail)
    return re.sub(r"^(?:xǁ\w+?ǁ|x_)", "", tail, count=1)


def load_equivalent() -> list[dict]:
    if not EQUIVALENT_YML.exists():
        return []
    return yaml.safe_load(EQUIVALENT_YML.read_text(encoding="utf-8")) or []


def equivalent_reason(short: str, name: str, diff: str, table: list[dict]) -> str | None:
    minus, plus = changed_lines(diff)
    for entry in table:
        if entry.get("module") != short:
            continue
        if entry.get("function") and entry["function"] != function_of(name):
            continue
        to = entry.get("to", "")
        if entry.get("from", "").strip() == minus and plus in ([to] if isinstance(to, str) else to):
            return entry["reason"]
    return None


def run_module(short: str, keep: bool) -> dict:
    module, tests = MODULES[short]
    work = Path(tempfile.mkdtemp(prefix=f"tally-mutate-{short}-"))
    started = time.monotonic()
    try:
        prepare(work, module, tests, EXTRA_ARGS.get(short, []))
        log_path = work / "mutmut.log"
        with open(log_path, "w") as log:
            proc = mutmut(work, "run", "--max-children", "1", log=log)
        if proc.returncode != 0 or not (work / "mutants" / (module + ".meta")).exists():
            tail = log_path.read_text(errors="replace")[-3000:]
            raise SystemExit(f"error: mutmut failed on {module} (exit {proc.returncode}):\n{tail}")
        status = outcomes(work, module)
        left = sorted((n for n, st in status.items() if st not in KILLED),
                      key=lambda n: (n.rsplit("__mutmut_", 1)[0], int(n.rsplit("_", 1)[-1])))
        diffs = diffs_of(work, module, left)
        survivors = [{"name": n, "status": status[n], "diff": diffs[n]} for n in left]
        return {"module": module, "tests": tests, "pytest_args": EXTRA_ARGS.get(short, []), "total": len(status),
                "killed": sum(st in KILLED for st in status.values()),
                "timeouts": sum(st == "timeout" for st in status.values()),
                "survivors": survivors, "seconds": round(time.monotonic() - started)}
    finally:
        if keep:
            print(f"{short}: work folder kept at {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def mark_equivalent(results: dict[str, dict]) -> None:
    """Set each survivor's ``equivalent`` reason from the hand-kept table (None when not listed)."""
    table = load_equivalent()
    for short, r in results.items():
        for s in r["survivors"]:
            s["equivalent"] = equivalent_reason(short, s["name"], s["diff"], table)


def score(r: dict) -> tuple[float, float]:
    eq = sum(1 for s in r["survivors"] if s.get("equivalent"))
    raw = r["killed"] / r["total"] if r["total"] else 1.0
    adj = (r["killed"] + eq) / r["total"] if r["total"] else 1.0
    return raw, adj


def render(results: dict[str, dict], version: str, baseline: dict | None = None) -> str:
    lines = ["# Mutation testing", "",
             f"`make mutate` (`python -m benchmarks.mutate`), mutmut {version}, one worker; written "
             f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC from the last run of each module "
             "(`benchmarks/mutation.json`).",
             "Each module's mutants are run against the tests listed under it. *Killed* counts mutants a "
             "test failed on (or that timed out); the adjusted score also counts the survivors marked "
             "equivalent below (no change a caller can observe; reasons in `benchmarks/mutation_equivalent.yml`).",
             "A mutant whose tests run past mutmut's time limit counts as killed (*timed out*: a loop or a long "
             "sleep; on a busy machine it can also be a slow run).",
             "", "| module | mutants | killed | timed out | equivalent | survived | score | adjusted | time |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for short, r in results.items():
        raw, adj = score(r)
        eq = sum(1 for s in r["survivors"] if s.get("equivalent"))
        lines.append(f"| `{r['module']}` | {r['total']} | {r['killed']} | {r.get('timeouts', '?')} | {eq} | "
                     f"{len(r['survivors']) - eq} | "
                     f"{raw:.0%} | {adj:.0%} | {r['seconds']} s |")
    if baseline:
        lines += ["", baseline.get("note", "Before:"), "",
                  "| module | mutants | killed | score | adjusted |", "|---|---:|---:|---:|---:|"]
        for short, b in baseline.get("modules", {}).items():
            lines.append(f"| `{MODULES[short][0]}` | {b['total']} | {b['killed']} | {b['killed'] / b['total']:.0%} | "
                         f"{(b['killed'] + b['equivalent']) / b['total']:.0%} |")
    for short, r in results.items():
        lines += ["", f"## `{r['module']}`", "", "Tests: " + ", ".join(f"`{t}`" for t in r["tests"])]
        if r.get("pytest_args"):
            lines.append("; pytest arguments: `" + " ".join(r["pytest_args"]) + "` (see `EXTRA_ARGS` in `benchmarks/mutate.py`)")
        lines.append("")
        if not r["survivors"]:
            lines.append("No survivors.")
        for s in r["survivors"]:
            tag = f"equivalent: {s['equivalent']}" if s["equivalent"] else s["status"]
            lines += [f"* `{s['name']}` ({tag})", "", "  ```diff"]
            lines += ["  " + ln for ln in s["diff"].splitlines()] + ["  ```"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.mutate", description=__doc__.split("\n")[0])
    ap.add_argument("modules", nargs="*", metavar="MODULE",
                    help=f"short names: {', '.join(MODULES)} (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the work folders")
    ap.add_argument("--out", type=Path, default=RESULTS_MD, help="results file (default: %(default)s)")
    ap.add_argument("--render", action="store_true",
                    help="only rewrite the results file from the last run (after editing the equivalents)")
    args = ap.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        ap.error(f"unknown module {unknown[0]!r}: choose from {', '.join(MODULES)}")
    try:
        from importlib.metadata import version
        ver = version("mutmut")
    except Exception:  # noqa: BLE001
        print("error: mutmut is not installed (pip install -r requirements-mutate.txt)", file=sys.stderr)
        return 1
    names = [] if args.render else (args.modules or list(MODULES))
    results: dict[str, dict] = {}
    for short in names:
        print(f"mutating {MODULES[short][0]} ...", file=sys.stderr, flush=True)
        results[short] = run_module(short, args.keep)
        mark_equivalent(results)
        raw, adj = score(results[short])
        print(f"  {results[short]['total']} mutants, score {raw:.0%}, adjusted {adj:.0%} "
              f"({results[short]['seconds']} s)", file=sys.stderr, flush=True)
        cache = args.out.with_suffix(".json")
        old = json.loads(cache.read_text()) if cache.exists() else {}
        old[short] = {**results[short], "survivors": [{k: v for k, v in s.items() if k != "equivalent"}
                                                       for s in results[short]["survivors"]]}
        write_text(cache, json.dumps(old, indent=1) + "\n")
    cache = args.out.with_suffix(".json")
    if not cache.exists():
        print(f"error: {cache} is missing: run the modules first", file=sys.stderr)
        return 1
    merged = json.loads(cache.read_text())
    ordered = {k: merged[k] for k in MODULES if k in merged}
    mark_equivalent(ordered)
    write_text(args.out, render(ordered, ver, merged.get("_baseline")))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
