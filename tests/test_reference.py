"""The committed reference tables: present, valid, small, documented, and reproducible from the mirror."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import catalog, paths, reference, schemas

REF = paths.REFERENCE


@pytest.mark.parametrize("kind", ["indicators", "events"])
def test_tables_exist_and_validate(kind: str):
    frame = reference.read_table(kind, "SYR")
    assert len(frame) > 50
    assert set(frame["origin"]) == {"reference"}


def test_tables_are_small_and_recorded():
    manifest = reference.read_manifest()
    tables = manifest["tables"]
    total = 0
    for name, entry in tables.items():
        path = REF / name
        assert path.is_file(), name
        total += path.stat().st_size
        assert entry["rows"] == len(pd.read_csv(path)), name
        assert entry["sha256"] == catalog.sha256_file(path), name
        assert entry["code_commit"] and entry["built"]
        for item in entry["inputs"]:
            assert item["version"] == catalog.version(item["dataset"])
            expected = {f["name"]: f["sha256"] for f in catalog.files(item["dataset"])}
            assert {f["name"]: f["sha256"] for f in item["files"]} == expected
    assert total < 1_500_000


def test_reference_holds_the_issue_tables():
    ind = reference.read_table("indicators", "SYR")
    have = set(zip(ind["source"], ind["indicator"]))
    for pair in [("unhcr_population", "refugees"), ("unhcr_population", "asylum_seekers"),
                 ("unhcr_population", "idps"), ("unhcr_population", "returned_refugees"),
                 ("idmc_gidd", "idps"), ("idmc_gidd", "new_displacements"),
                 ("worldbank_population", "population")]:
        assert pair in have, pair
    hosts = ind[(ind["indicator"] == "refugees") & (ind["partner"] != "")]
    assert hosts["partner"].nunique() > 50
    dec = ind[(ind["source"] == "unhcr_population") & (ind["indicator"] == "refugees") & (ind["partner"] == "")
              & (ind["period_end"] == pd.Timestamp("2024-12-31"))]
    assert dec["value"].tolist() == [5_952_174]


def test_committed_tables_are_what_the_builder_makes_now(mirror: Path, tmp_path: Path):
    built = reference.build("SYR", mirror=mirror, out=tmp_path, raw=tmp_path / "no-raw", progress=False)
    committed = reference.read_manifest()["tables"]
    for name in built:
        assert name in committed, f"{name} is built but not committed: run `python -m analysis reference`"
        assert (tmp_path / name).read_bytes() == (REF / name).read_bytes(), \
            f"{name} differs from a fresh build: run `python -m analysis reference` and commit"
    syr_tables = {n for n, e in committed.items() if e.get("country") == "SYR"}
    assert syr_tables == set(built)


def test_unknown_country_has_no_reference():
    from analysis.errors import DataError

    with pytest.raises(DataError, match="no reference indicators table for AFG"):
        reference.read_table("indicators", "AFG")
