"""Exports: CSV, Parquet and HXL CSV for claims, indicators and checks, and a data package that validates."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.cli import main
from analysis.errors import DataError
from analysis.exports import TABLES, check_package, validate_package, write_exports


@pytest.fixture(scope="module")
def small_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed ledger's first articles (with the seed), to keep the check quick."""
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    keep = ledger[ledger["article"].isin(ledger["article"].drop_duplicates().head(25))]
    path = tmp_path_factory.mktemp("ledger") / "ledger.csv"
    keep.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def exported(small_ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw_empty")
    out = tmp_path_factory.mktemp("exports")
    write_exports(out, ledger=small_ledger, country="SYR", raw=raw)
    return out


def _rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_every_table_in_every_format(exported: Path, small_ledger: Path) -> None:
    n_claims = len(pd.read_csv(small_ledger, dtype=str))
    for name in TABLES:
        plain = pd.read_csv(exported / f"{name}.csv", dtype=str, keep_default_na=False)
        parquet = pd.read_parquet(exported / f"{name}.parquet")
        assert len(plain) == len(parquet) > 0
        assert list(plain.columns) == list(parquet.columns)
        hxl = _rows(exported / f"{name}_hxl.csv")
        assert len(hxl) == len(plain) + 2  # header, hashtags, rows
    assert len(pd.read_csv(exported / "claims.csv")) == n_claims
    assert len(pd.read_csv(exported / "checks.csv")) == n_claims


def test_hxl_second_row_with_low_and_high_tags(exported: Path) -> None:
    header, tags = _rows(exported / "claims_hxl.csv")[:2]
    assert all(t.startswith("#") for t in tags) and len(tags) == len(header)
    tag = dict(zip(header, tags))
    assert tag["value_killed"] == "#affected+killed"
    assert tag["value_low_killed"] == "#affected+killed+low"
    assert tag["value_high_killed"] == "#affected+killed+high"
    assert tag["date"] == "#date+reported" and tag["outlet"].startswith("#meta+source")
    assert tag["place"] == "#loc+name" and tag["place_country"] == "#country+code"
    assert tag["place_admin1"] == "#adm1+name"
    header, tags = _rows(exported / "indicators_hxl.csv")[:2]
    tag = dict(zip(header, tags))
    assert tag["low"] == "#indicator+value+low" and tag["high"] == "#indicator+value+high"
    assert tag["admin1_pcode"] == "#adm1+code" and tag["admin1_name"] == "#adm1+name"
    assert tag["country"] == "#country+code" and tag["source"] == "#meta+source"
    header, tags = _rows(exported / "checks_hxl.csv")[:2]
    assert "#status+verdict" in tags and "#affected+num+published_toll" in tags
    # spread values: each row's claim sits in its metric's column only
    claims = pd.read_csv(exported / "claims_hxl.csv", skiprows=[1])
    killed = claims[claims["value_killed"].notna()]
    assert len(killed) and killed["value_wounded"].isna().all()


def test_datapackage_validates(exported: Path) -> None:
    assert validate_package(exported / "datapackage.json") == []
    check_package(exported / "datapackage.json")
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"claims", "indicators", "checks", "claims-hxl", "checks-parquet"} <= names
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    types = {f["name"]: f["type"] for f in claims["schema"]["fields"]}
    assert types["value"] == "number" and types["start"] == "integer" and types["claim_id"] == "string"
    assert types["place_country"] == "string" and types["place_admin1"] == "string"
    checks = next(r for r in package["resources"] if r["name"] == "checks")
    types = {f["name"]: f["type"] for f in checks["schema"]["fields"]}
    assert types["within_range"] == "boolean" and types["window_start"] == "date"


def _copy(exported: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pkg"
    out.mkdir(parents=True)
    for f in exported.iterdir():
        (out / f.name).write_bytes(f.read_bytes())
    return out


def _rehash(out: Path, name: str) -> None:
    """Update a resource's size and hash so only the content problem remains."""
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for res in desc["resources"]:
        if res["path"] == name:
            data = (out / name).read_bytes()
            res["bytes"] = len(data)
            res["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    (out / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")


def test_a_broken_table_fails_validation(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    rows = _rows(out / "claims.csv")
    col = rows[0].index("start")
    rows[3][col] = "twelve"
    with open(out / "claims.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    problems = validate_package(out / "datapackage.json")
    assert any("hash" in p or "bytes" in p for p in problems)  # the file no longer matches the descriptor
    _rehash(out, "claims.csv")
    problems = validate_package(out / "datapackage.json")
    assert problems and "row 4, field 'start'" in problems[0] and "not a valid integer" in problems[0]
    with pytest.raises(DataError, match="does not validate"):
        check_package(out / "datapackage.json")


def test_duplicate_key_missing_column_and_bad_descriptor_fail(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    rows = _rows(out / "checks.csv")
    rows.append(rows[1])
    with open(out / "checks.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    _rehash(out, "checks.csv")
    assert any("duplicated" in p for p in validate_package(out / "datapackage.json"))

    out = _copy(exported, tmp_path / "b")
    frame = pd.read_csv(out / "indicators.csv", dtype=str, keep_default_na=False).drop(columns=["high"])
    frame.to_csv(out / "indicators.csv", index=False)
    _rehash(out, "indicators.csv")
    assert any("header" in p for p in validate_package(out / "datapackage.json"))

    out = _copy(exported, tmp_path / "c")
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][0]["schema"]["fields"][0]["type"] = "text"  # not a Table Schema type
    (out / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    assert any(p.startswith("descriptor:") for p in validate_package(out / "datapackage.json"))


def test_export_cli(small_ledger: Path, tmp_path: Path, capsys) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--ledger", str(small_ledger), "--raw-dir", str(raw)]) == 0
    assert (out / "datapackage.json").is_file() and (out / "checks_hxl.csv").is_file()
    assert "validates" in capsys.readouterr().err
