"""`python -m analysis fetch --mirror DIR --raw-dir TMP`: real mirror, real files, a throw-away raw folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import catalog, paths


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TALLY_RAW": "/nonexistent-should-not-be-used"}
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=paths.ROOT, env=env, timeout=300)


def test_fetch_help():
    out = run("fetch", "--help")
    assert out.returncode == 0 and "--mirror" in out.stdout and "--raw-dir" in out.stdout


def test_fetch_every_dataset_the_mirror_holds(mirror: Path, tmp_path: Path):
    raw = tmp_path / "raw"
    out = run("fetch", "--mirror", str(mirror), "--raw-dir", str(raw), "-q")
    assert out.returncode == 0, out.stderr
    for ident in catalog.dataset_ids():
        assert catalog.is_fetched(ident, raw), ident
        assert f"{ident}" in out.stdout
    again = run("fetch", "--mirror", str(mirror), "--raw-dir", str(raw), "-q", "unhcr")
    assert again.returncode == 0 and "up to date" in again.stdout


def partial_mirror(mirror: Path, tmp_path: Path, folders: list[str]) -> Path:
    part = tmp_path / "mirror"
    for folder in folders:
        shutil.copytree(mirror / folder, part / folder)
    return part


def test_datasets_the_mirror_lacks_are_reported_not_failed(mirror: Path, tmp_path: Path):
    part = partial_mirror(mirror, tmp_path, ["worldbank_population", "idmc_gidd"])
    raw = tmp_path / "raw"
    out = run("fetch", "--mirror", str(part), "--raw-dir", str(raw), "-q")
    assert out.returncode == 0, out.stderr
    assert catalog.is_fetched("worldbank_population", raw) and catalog.is_fetched("idmc_gidd", raw)
    assert not catalog.is_fetched("unhcr_population", raw)
    assert "the mirror does not hold:" in out.stdout
    lacking = out.stdout.split("the mirror does not hold:")[1]
    assert "unhcr_population" in lacking and "ucdp_brd" in lacking and "worldbank_population" not in lacking


def test_checksum_mismatch_keeps_the_previous_copy(mirror: Path, tmp_path: Path):
    raw = tmp_path / "raw"
    assert run("fetch", "--mirror", str(mirror), "--raw-dir", str(raw), "-q", "worldbank").returncode == 0
    good = catalog.sha256_file(raw / "worldbank_population" / "population.csv")
    part = partial_mirror(mirror, tmp_path, ["worldbank_population", "idmc_gidd"])
    target = part / "worldbank_population" / "population.csv"
    target.chmod(0o644)
    data = bytearray(target.read_bytes())
    data[100] = ord("7") if data[100] != ord("7") else ord("8")
    target.write_bytes(bytes(data))
    out = run("fetch", "--mirror", str(part), "--raw-dir", str(raw), "--force", "-q", "worldbank", "idmc")
    assert out.returncode == 1
    assert "checksum mismatch" in out.stderr and "population.csv" in out.stderr
    assert "previous copy kept" in out.stderr
    assert catalog.sha256_file(raw / "worldbank_population" / "population.csv") == good
    assert catalog.is_fetched("idmc_gidd", raw), "one failure must not stop the others"
    assert not list((raw / "worldbank_population").glob(".*.part"))


def test_unknown_source_is_a_one_line_error(mirror: Path, tmp_path: Path):
    out = run("fetch", "--mirror", str(mirror), "--raw-dir", str(tmp_path), "nosuchsource")
    assert out.returncode == 1
    assert out.stderr.startswith("error: ") and "unknown source 'nosuchsource'" in out.stderr
    assert "Traceback" not in out.stderr


def test_datasets_listing(mirror: Path, fetched_raw: Path):
    out = run("datasets", "--raw-dir", str(fetched_raw))
    assert out.returncode == 0, out.stderr
    line = next(l for l in out.stdout.splitlines() if l.startswith("unhcr_population"))
    assert line.split()[1:4] == ["unhcr", "yes", "yes"]


@pytest.mark.parametrize("command", ["reference", "datasets"])
def test_other_subcommands_have_help(command: str):
    out = run(command, "--help")
    assert out.returncode == 0 and "usage:" in out.stdout


def test_reference_cli_builds_another_country(mirror: Path, tmp_path: Path):
    out = run("reference", "--mirror", str(mirror), "--country", "AFG", "--out", str(tmp_path), "-q")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "indicators_AFG.csv").is_file() and (tmp_path / "reference.yml").is_file()
    assert not (paths.REFERENCE / "indicators_AFG.csv").exists()
