"""UNHCR loader on the real mirror: sanity values from unhcr_refugees/SOURCE.md."""

from __future__ import annotations

import csv
import functools
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths, schemas
from analysis.errors import DataError, ParameterError
from analysis.sources import unhcr

FOLDER = paths.MIRROR / "unhcr_refugees"
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="the shared data mirror is not beside the project")


@functools.lru_cache(maxsize=None)
def _load(country: str, folder: str) -> pd.DataFrame:
    return unhcr.load_indicators("unhcr_population", country, Path(folder))


def total(frame: pd.DataFrame, indicator: str, year: int) -> float:
    rows = frame[(frame["indicator"] == indicator) & (frame["partner"] == "")
                 & (frame["period_end"] == pd.Timestamp(f"{year}-12-31"))]
    assert len(rows) == 1, (indicator, year, len(rows))
    return float(rows["value"].iloc[0])


def test_syria_totals_match_source_md():
    f = _load("SYR", str(FOLDER))
    assert total(f, "refugees", 2024) == 5_952_174
    assert total(f, "asylum_seekers", 2024) == 167_334
    assert total(f, "idps", 2024) == 7_408_909
    assert total(f, "returned_refugees", 2024) == 512_718
    assert total(f, "returned_idps", 2024) == 513_896
    assert total(f, "refugees", 2014) == 3_887_490
    assert total(f, "refugees", 2025) == 4_865_764
    assert total(f, "idps", 2016) == 6_325_978


def test_refugees_by_host_country_end_2024():
    f = _load("SYR", str(FOLDER))
    rows = f[(f["indicator"] == "refugees") & (f["country"] == "SYR")
             & (f["period_end"] == pd.Timestamp("2024-12-31")) & (f["partner"] != "")]
    by_host = rows.set_index("partner")["value"]
    assert by_host["TUR"] == 2_901_478
    assert by_host["LBN"] == 755_426
    assert by_host["DEU"] == 725_102
    assert by_host["JOR"] == 611_473
    assert by_host["IRQ"] == 303_611
    assert by_host["EGY"] == 147_797
    assert by_host.sum() == 5_952_174
    asylum = f[(f["indicator"] == "asylum_seekers") & (f["partner"] == "DEU")
               & (f["period_end"] == pd.Timestamp("2024-12-31"))]
    assert asylum["value"].tolist() == [62_959]


def test_periods_units_and_schema():
    f = _load("SYR", str(FOLDER))
    schemas.validate(f, schemas.INDICATORS, "unhcr")
    stocks = f[f["indicator"].isin(["refugees", "asylum_seekers", "idps"])]
    assert (stocks["period_start"] == stocks["period_end"]).all()
    assert (stocks["period_end"].dt.strftime("%m-%d") == "12-31").all()
    flows = f[f["indicator"].isin(["returned_refugees", "resettlement", "new_asylum_applications"])]
    assert (flows["period_start"].dt.strftime("%m-%d") == "01-01").all()
    assert set(f["unit"]) == {"people"}
    assert set(f["origin"]) == {"raw"} and set(f["version"]) == {"2025.12.1"}
    assert f.attrs["tables"] == {"population": "population_syria.csv", "solutions": "solutions_syria.csv",
                                 "flows": "flows_syria.csv"}
    # Every year of the population table with a Syrian-origin row has a refugee total.
    years = {int(r["year"]) for r in csv.DictReader(open(FOLDER / "population_syria.csv", encoding="utf-8"))
             if r["coo_iso"] == "SYR"}
    totals = f[(f["indicator"] == "refugees") & (f["partner"] == "") & (f["country"] == "SYR")]
    assert set(totals["period_end"].dt.year) == years


def test_solutions_and_flows():
    f = _load("SYR", str(FOLDER))
    for indicator in ("resettlement", "naturalisation", "new_refugee_arrivals", "new_asylum_applications"):
        assert (f["indicator"] == indicator).any(), indicator
    assert total(f, "resettlement", 2024) > 0


def test_full_table_gives_the_same_syria_figures(tmp_path: Path):
    shutil.copy(FOLDER / "population_all.csv", tmp_path / "population_all.csv")
    f = unhcr.load_indicators("unhcr_population", "SYR", tmp_path)
    assert f.attrs["tables"] == {"population": "population_all.csv"}
    assert f.attrs["tables_absent"] == ["solutions", "flows"]
    assert total(f, "refugees", 2024) == 5_952_174
    assert total(f, "idps", 2023) == 7_248_188


def test_another_country_from_the_full_table():
    f = _load("AFG", str(FOLDER))
    expected = sum(int(r["refugees"] or 0)
                   for r in csv.DictReader(open(FOLDER / "population_all.csv", encoding="utf-8"))
                   if r["coo_iso"] == "AFG" and r["year"] == "2024")
    assert expected > 1_000_000
    assert total(f, "refugees", 2024) == expected
    assert set(f.loc[f["partner"] == "", "country"]) == {"AFG"}


def test_unknown_country_and_missing_table(tmp_path: Path):
    with pytest.raises(ParameterError, match="unknown country code 'XQZ'"):
        unhcr.load_indicators("unhcr_population", "XQZ", FOLDER)
    with pytest.raises(DataError, match="no population table"):
        unhcr.load_indicators("unhcr_population", "SYR", tmp_path)
