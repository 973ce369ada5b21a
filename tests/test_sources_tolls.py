"""Published tolls on the real mirror: labelled as published tolls, values and errors."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import catalog, paths, schemas
from analysis.errors import DataError
from analysis.sources import tolls

TOLLS = paths.MIRROR / "syria_published_tolls_late2024"
DEATHS = "syria_death_tolls_published_2024-09_2025-08.csv"
DISPLACED = "syria_displacement_published_2024-12.csv"

pytestmark = pytest.mark.skipif(not TOLLS.is_dir(), reason="the shared data mirror is not beside the project")


def load(folder=TOLLS, country="SYR"):
    return tolls.load_tolls("published_tolls", country, folder)


def test_both_tables_labelled_as_published_tolls():
    table = load()
    assert list(table.columns) == schemas.TOLL_COLUMNS
    assert len(table) == 33
    assert (table["label"] == "published toll").all()
    assert table["topic"].value_counts().to_dict() == {"deaths": 22, "displacement": 9, "returns": 2}
    assert table["url"].str.startswith("http").all()
    assert set(table["version"]) == {catalog.version("published_tolls")}


def test_sohr_offensive_toll_and_snhr_months():
    table = load()
    sohr = table[(table["source_org"] == "SOHR") & (table["period_start"] == "2024-11-27")]
    final = sohr[sohr["as_of_date"] == sohr["as_of_date"].max()].iloc[0]
    assert final["value"] == 910 and final["as_of_date"] == pd.Timestamp("2024-12-08")
    assert final["period_end"] == pd.Timestamp("2024-12-08")
    assert "civilians 138" in final["note"]
    assert sorted(sohr["value"]) == [242, 417, 514, 910]
    snhr = table[(table["source_org"] == "SNHR") & (table["metric"] == "civilian deaths documented")]
    months = snhr[snhr["period_start"].dt.day.eq(1) & (snhr["period_end"] - snhr["period_start"]).dt.days.lt(31)]
    assert months.set_index("period_start")["value"].to_dict() == {
        pd.Timestamp("2024-09-01"): 50, pd.Timestamp("2024-10-01"): 89,
        pd.Timestamp("2024-11-01"): 71, pd.Timestamp("2024-12-01"): 503}
    assert snhr[snhr["period_end"] - snhr["period_start"] > pd.Timedelta(days=300)]["value"].tolist() == [1264]


def test_displacement_ranges_and_month_only_dates():
    table = load()
    displaced = table[table["topic"] == "displacement"]
    assert displaced["value"].max() == 1_100_000
    ranged = displaced[displaced["value_high"].notna()]
    assert ranged[["value", "value_high"]].drop_duplicates().values.tolist() == [[800000, 1000000]]
    month_only = table[table["note"].str.contains("as_of_date given as a month only")]
    assert len(month_only) == 2
    assert (month_only["as_of_date"].dt.day == 1).all()
    assert displaced["period_start"].isna().all()


def test_other_country_is_empty_with_a_note():
    table = load(country="IRQ")
    assert table.empty and list(table.columns) == schemas.TOLL_COLUMNS
    assert "only for SYR" in table.attrs["note"] and "IRQ" in table.attrs["note"]


def test_bad_value_names_file_row_and_column(tmp_path):
    shutil.copy(TOLLS / DISPLACED, tmp_path / DISPLACED)
    frame = pd.read_csv(TOLLS / DEATHS, dtype=str, keep_default_na=False)
    frame.loc[6, "value"] = "several hundred"
    frame.to_csv(tmp_path / DEATHS, index=False)
    with pytest.raises(DataError) as err:
        load(tmp_path)
    assert DEATHS in str(err.value) and (err.value.row, err.value.column) == (7, "value")


def test_negative_value_and_bad_range(tmp_path):
    shutil.copy(TOLLS / DEATHS, tmp_path / DEATHS)
    frame = pd.read_csv(TOLLS / DISPLACED, dtype=str, keep_default_na=False)
    frame.loc[1, "value_high"] = "5000"      # below its low end of 800,000
    frame.to_csv(tmp_path / DISPLACED, index=False)
    with pytest.raises(DataError) as err:
        load(tmp_path)
    assert DISPLACED in str(err.value) and "value_high >= value" in str(err.value)
    frame = pd.read_csv(TOLLS / DISPLACED, dtype=str, keep_default_na=False)
    frame.loc[3, "value"] = "-1"
    frame.to_csv(tmp_path / DISPLACED, index=False)
    with pytest.raises(DataError) as err:
        load(tmp_path)
    assert (err.value.row, err.value.column) == (4, "value")


def test_missing_file_and_no_download(tmp_path):
    shutil.copy(TOLLS / DEATHS, tmp_path / DEATHS)
    with pytest.raises(DataError, match=DISPLACED):
        load(tmp_path)
    with pytest.raises(NotImplementedError, match="no download endpoint"):
        tolls.download("published_tolls", tmp_path)
