"""The bad-input corpus (tests/bad_inputs/cases.yml) through the real command line.

One parametrised test: each case runs its command in a subprocess on the bad
input (beside a valid one where the command takes several) and checks that
the exit code is the expected one, the message names the file (and the row or
field where it applies), no Python traceback reaches the user, and the valid
input beside it was still processed. Large inputs (a 50 MB article, an
enormous parameter list, a report grid of 10**8 combinations, a manifest of 2,000 reports) are made at test time.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from analysis import catalog, paths

HERE = paths.ROOT / "tests" / "bad_inputs"
FILES = HERE / "files"
CASES: list[dict[str, Any]] = yaml.safe_load((HERE / "cases.yml").read_text(encoding="utf-8"))["cases"]
TRACEBACK = "Traceback (most recent call last)"
TIMEOUT = 120
#: Cases run at once (each is its own process).
WORKERS = 4


def _mirror_folder(filename: str) -> tuple[str, Path]:
    """(dataset id, mirror folder) of the catalogued mirror file named ``filename``."""
    for ident, entry in catalog.load_catalog().items():
        for f in entry["files"]:
            if Path(f["mirror_path"]).name == filename:
                return ident, paths.MIRROR / Path(f["mirror_path"]).parent
    raise KeyError(filename)


def _mutate(source: Path, target_dir: Path, spec: dict[str, Any]) -> Path:
    """Write a damaged copy of the mirror file ``source`` into ``target_dir``; return its path."""
    data = source.read_bytes()
    target = target_dir / source.name
    op = spec["op"]
    if op == "truncate":
        cut = int(len(data) * spec["fraction"])
        while data[cut - 1:cut] in (b"\n", b","):   # cut inside a value, not on a boundary
            cut += 1
        target.write_bytes(data[:cut])
    elif op == "utf16":
        target.write_bytes(data.decode("utf-8").encode("utf-16"))
    elif op == "empty":
        target.write_bytes(b"")
    elif op == "bytes":
        target.write_bytes(spec["text"].encode())
    elif op == "rename_bytes":
        target.unlink(missing_ok=True)
        target = target_dir / spec["to"]
        target.write_bytes(spec["text"].encode())
    else:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        header, body = rows[0], rows[1:]
        if op == "header_only":
            body = []
        elif op == "drop_column":
            i = header.index(spec["column"])
            rows = [[v for j, v in enumerate(r) if j != i] for r in rows]
            header, body = rows[0], rows[1:]
        elif op == "add_column":
            header = header + [spec["column"]]
            body = [r + ["x"] for r in body]
        elif op == "set_cell":
            body[spec["row"] - 1][header.index(spec["column"])] = spec["value"]
        elif op == "duplicate_row":
            body.insert(spec["row"], list(body[spec["row"] - 1]))
        else:
            raise ValueError(f"unknown mutation {op!r}")
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([header] + body)
        target.write_text(out.getvalue(), encoding="utf-8")
    return target


def _generate(name: str, tmp: Path) -> Path:
    """Inputs too large to commit, made here in bounded time."""
    if name == "big_article":
        target = tmp / "article_50mb.txt"
        line = b"At least 3 people were killed and 12 were wounded in the town, the monitor said. " * 12 + b"\n"
        with open(target, "wb") as fh:
            fh.write(b"TITLE: Fifty megabytes\n\n")
            for _ in range(50 * 1024 * 1024 // len(line) + 1):
                fh.write(line)
        return target
    if name == "figure_wall":
        # just under the 2 MB limit: figures in clauses with no full stop (one "sentence" of 2 MB before it was cut)
        target = tmp / "article_figure_wall.txt"
        clause = "Shelling went on through the night in the eastern districts, residents said, and 12 civilians were killed; "
        target.write_text("TITLE: No full stop\n\n" + (clause * (1_990_000 // len(clause))), encoding="utf-8")
        return target
    if name == "grid_parameters":
        target = tmp / "grid.yml"
        target.write_text("places: [" + ", ".join(f"p{i}" for i in range(60_000)) + "]\n"
                          "n: [" + ", ".join(str(i) for i in range(20_000)) + "]\n")
        return target
    if name == "grid_manifest":
        target = tmp / "manifest_grid.yml"
        target.write_text(
            "version: 1\nreports:\n  tiny:\n    notebook: tiny.ipynb\n    title: Tiny\n    formats: [ipynb]\n"
            "    parameters:\n      label: {type: str, default: first}\n"
            "      n: {type: int, default: 4, min: 1, max: 50}\n      when: {type: date, default: '2024-11-27'}\n"
            "      places: {type: 'list[str]', default: []}\n    grid:\n"
            f"      n: {list(range(1, 51))}\n      label: {[f'l{i}' for i in range(200)]}\n"
            f"      when: {[f'2024-{m:02d}-{d:02d}' for m in range(1, 5) for d in range(1, 26)]}\n"
            f"      places: {[f'p{i}' for i in range(100)]}\n")
        return target
    if name == "many_reports_manifest":
        target = tmp / "manifest_2000_reports.yml"
        entry = "  r{i}:\n    notebook: tiny.ipynb\n    title: Report {i}\n    formats: [ipynb]\n" \
                "    parameters:\n      n: {{type: int, default: {n}, min: 1, max: 50}}\n"
        target.write_text("version: 1\nreports:\n" + "".join(entry.format(i=i, n=i % 50 + 1) for i in range(2_000)))
        return target
    if name == "fifo_article":
        target = tmp / "article_pipe.txt"
        os.mkfifo(target)  # nothing ever writes to it: reading it would wait for ever
        return target
    if name == "device_article":
        target = tmp / "article_zero.txt"
        target.symlink_to("/dev/zero")  # endless bytes
        return target
    if name == "folder_broken_link":
        folder = tmp / "folder_with_broken_link"
        folder.mkdir()
        (folder / "article_gone.txt").symlink_to(tmp / "no_such_file.txt")
        return folder
    if name == "wide_reviews_header":
        target = tmp / "reviews_10000_columns.csv"
        names = ["claim_id", "action", "field", "new_value", "reviewer", "date", "note"]
        target.write_text(",".join(names + [f"extra_column_{i}" for i in range(10_000)]) + "\n")
        return target
    if name == "missing_path":
        return tmp / "no_such_article.txt"
    if name == "conflicting_reviews":
        target = tmp / "reviews_conflicting.csv"
        target.write_text("claim_id,action,field,new_value,reviewer,date,note\n"
                          "{id},accept,,,E1,2026-11-20,looks right\n"
                          "{id},reject,,,E2,2026-11-24,not a conflict figure\n"
                          "{id},correct,metric,wounded,E1,2026-11-21,first correction\n"
                          "{id},correct,metric,displaced,E2,2026-11-22,second correction\n")
        return target
    raise ValueError(f"unknown generator {name!r}")


def _good_ids() -> list[str]:
    """Claim ids of the valid article, for reviews that must match a figure."""
    from analysis.claims.articles import read_article
    from analysis.claims.extract import extract_article
    from analysis.claims.ledger import claim_id

    return [claim_id(r["article"], r["start"], r["end"], r["value"])
            for r in extract_article(read_article(FILES / "good_article.txt"))]


def _input(case: dict[str, Any], tmp: Path) -> Path | None:
    gen = case.get("generate")
    if isinstance(gen, str):
        return _generate(gen, tmp)
    if case.get("file"):
        target = tmp / case["file"]
        shutil.copyfile(FILES / case["file"], target)
        return target
    return None


@dataclass
class Prepared:
    """One case ready to run: its command, the input's path and the checks on the valid input beside it."""

    case: dict[str, Any]
    cmd: list[str]
    cwd: Path
    given: Path | None
    checks: list[Callable[[subprocess.CompletedProcess], object]] = field(default_factory=list)


def prepare(case: dict[str, Any], tmp_path: Path) -> Prepared:
    """Make the case's input and its command under ``tmp_path``."""
    command = case["command"]
    given = _input(case, tmp_path)
    mutation = case["generate"].get("mutate") if isinstance(case.get("generate"), dict) else None
    fill = lambda a: a.replace("{input}", str(given)) if given else a  # noqa: E731
    cli = [sys.executable, "-m", "analysis"]
    checks: list[Callable[[subprocess.CompletedProcess], object]] = []

    if command == "extract":
        out = tmp_path / "claims.csv"
        cmd = cli + ["claims", "extract", str(FILES / "good_article.txt"), str(given), "--out", str(out), "--no-progress"]
        checks.append(lambda done: out.is_file() and "good_article," in out.read_text(encoding="utf-8")
                      or pytest.fail("the valid article beside the bad one was not extracted"))
    elif command == "loader":
        ident, folder = _mirror_folder(mutation["file"])
        assert ident == case["dataset"]
        copy = tmp_path / folder.name
        shutil.copytree(folder, copy)
        given = _mutate(folder / mutation["file"], copy, mutation)
        valid = "worldbank_population"
        cmd = [sys.executable, str(HERE / "load.py"), f"{case['dataset']}={copy}",
               f"{valid}={paths.MIRROR / 'worldbank_population'}"]
        checks.append(lambda done: f"{valid}: " in done.stdout
                      or pytest.fail("the valid dataset beside the bad one was not loaded"))
    elif command == "fetch":
        mirror, raw = tmp_path / "mirror", tmp_path / "raw"
        ident, folder = _mirror_folder(mutation["file"])
        for name in (folder.name, catalog.dataset("ocha_cod_pcodes")["mirror_dir"]):
            shutil.copytree(paths.MIRROR / name, mirror / name)
        given = _mutate(folder / mutation["file"], mirror / folder.name, mutation)
        cmd = cli + ["fetch", "--mirror", str(mirror), "--raw-dir", str(raw), "-q", ident, "ocha_cod_pcodes"]
        checks.append(lambda done: catalog.is_fetched("ocha_cod_pcodes", raw)
                      or pytest.fail("the valid dataset beside the bad one was not fetched"))
        damaged = raw / ident / given.name
        checks.append(lambda done: not damaged.exists() or pytest.fail(f"the damaged file reached {damaged}"))
    elif command == "reviews":
        folder = tmp_path / "articles"
        folder.mkdir()
        shutil.copyfile(FILES / "good_article.txt", folder / "good_article.txt")
        if "{id}" in given.read_text(encoding="utf-8", errors="replace"):  # a review of the valid article's figure
            given.write_text(given.read_text().replace("{id}", _good_ids()[0]))
        ledger = tmp_path / "ledger.csv"
        previous = b"claim_id\nprevious ledger, must survive\n"
        ledger.write_bytes(previous)
        cmd = cli + ["claims", "build", "--articles", str(folder), "--ledger", str(ledger), "--reviews", str(given),
                     "--no-progress"]
        if case["valid"] == "ledger_written":
            checks.append(lambda done: "good_article," in ledger.read_text(encoding="utf-8")
                          or pytest.fail("the ledger of the valid article was not written"))
        else:
            checks.append(lambda done: ledger.read_bytes() == previous
                          or pytest.fail("the previous ledger was overwritten after a failure"))
    elif command == "ledger":
        cmd = cli + ["claims", "show", "--ledger", str(given), "--articles", str(FILES / "good_article.txt")]
    elif command == "build":
        manifest = given if case.get("manifest") else FILES / "manifest_valid.yml"
        reports = tmp_path / "reports"
        cmd = cli + ["build", "--manifest", str(manifest), "--notebooks-dir", str(paths.ROOT / "tests" / "notebooks"),
                     "--reports-dir", str(reports), *[fill(a) for a in case.get("args", [])]]
        if case["exit"] != 0:
            checks.append(lambda done: not reports.exists() or not any(reports.rglob("*.ipynb"))
                          or pytest.fail("a rejected build still wrote a report"))
    else:
        raise ValueError(f"unknown command {command!r}")
    return Prepared(case, cmd, tmp_path, given, checks)


def _run(prepared: Prepared) -> subprocess.CompletedProcess | str:
    """The case's command; a string saying so when it ran over its time."""
    timeout = prepared.case.get("timeout", TIMEOUT)
    try:
        return subprocess.run(prepared.cmd, capture_output=True, text=True, cwd=prepared.cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"the command did not finish within {timeout} s: {' '.join(prepared.cmd)[:300]}"


@pytest.fixture(scope="module")
def corpus_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Prepared, Any]]:
    """Every case prepared, then run WORKERS at a time (the commands are independent processes)."""
    prepared = [prepare(c, tmp_path_factory.mktemp(c["id"][:40])) for c in CASES]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        done = list(pool.map(_run, prepared))
    return {p.case["id"]: (p, d) for p, d in zip(prepared, done)}


def _params() -> list:
    """One pytest param per case; a case with ``xfail`` is a strict expected failure (a known bug)."""
    return [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=c["xfail"])] if c.get("xfail") else [])
            for c in CASES]


@pytest.mark.parametrize("case", _params())
def test_bad_input(case: dict[str, Any], corpus_results) -> None:
    prepared, done = corpus_results[case["id"]]
    if isinstance(done, str):
        pytest.fail(done)
    output = done.stdout + done.stderr
    assert TRACEBACK not in output, f"a traceback reached the user:\n{output[-3000:]}"
    assert done.returncode == case["exit"], f"exit {done.returncode}, expected {case['exit']}:\n{output[-2000:]}"
    name = prepared.given.name if prepared.given else ""
    for want in case.get("expect", []):
        want = want.replace("{name}", name)
        assert want in output, f"{want!r} not in the message:\n{output[-2000:]}"
    for check in prepared.checks:
        check(done)
    for pwned in ("/tmp/tally-pwned-by-param", "/tmp/tally-pwned-by-yaml", "/tmp/tally-pwned-by-manifest"):
        assert not Path(pwned).exists(), f"{pwned} was created: input ran as code"
