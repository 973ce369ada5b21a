"""World Bank population loader on the real mirror (worldbank_population/SOURCE.md)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from analysis import paths, schemas
from analysis.errors import DataError
from analysis.sources import worldbank

FOLDER = paths.MIRROR / "worldbank_population"
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="the shared data mirror is not beside the project")


def by_year(country: str) -> pd.Series:
    f = worldbank.load_indicators("worldbank_population", country, FOLDER)
    schemas.validate(f, schemas.INDICATORS, "wb")
    return f.set_index(f["period_start"].dt.year)["value"]


def test_syria_population_matches_source_md():
    s = by_year("SYR")
    assert s[2024] == 24_672_760
    assert s[2011] == 22_878_098
    assert s[2016] == 19_193_834
    assert s[2010] == 22_482_421
    assert s.index.min() == 1960 and s.index.max() == 2024 and len(s) == 65


def test_rows_are_mid_year_population():
    f = worldbank.load_indicators("worldbank_population", "SYR", FOLDER)
    assert set(f["indicator"]) == {"population"} and set(f["unit"]) == {"people"}
    assert (f["period_start"].dt.strftime("%m-%d") == "07-01").all()
    assert (f["period_start"] == f["period_end"]).all()


def test_another_country():
    rows = {int(r["Year"]): int(r["Value"]) for r in csv.DictReader(open(FOLDER / "population.csv", encoding="utf-8"))
            if r["Country Code"] == "DEU"}
    s = by_year("deu")
    assert len(s) == len(rows) and s[2024] == rows[2024] > 80_000_000


def test_country_without_rows(tmp_path):
    (tmp_path / "population.csv").write_text("Country Name,Country Code,Year,Value\nSyria,SYR,2024,1\n")
    with pytest.raises(DataError, match="no World Bank population rows for DEU"):
        worldbank.load_indicators("worldbank_population", "DEU", tmp_path)
