"""UCDP loaders on the real mirror: sanity values from each folder's SOURCE.md, bad input, downloads."""

from __future__ import annotations

import functools
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis import catalog, paths, schemas
from analysis.errors import DataError, DownloadError, ParameterError
from analysis.sources import gleditsch_ward as gw
from analysis.sources import ucdp

M = paths.MIRROR
UCDP = M / "ucdp"                 # Syria extracts: ucdp_country_year's OWID and poldat files, test fixtures
WORLD = M / "ucdp_world"          # every country: ucdp_ged, ucdp_country_month, ucdp_brd, ucdp_orgvio_cy
CAND24 = M / "ucdp_candidate_2024_11_12"
PACE = WORLD
BRD = WORLD
#: Syria's 2021 candidate events (the same rows as the world file's), used to build corrupted copies.
FILE_2021 = UCDP / "ucdp_candidate_ged_v21_0_1-12_syria_events_2021.csv"
#: The catalogued world file a corrupted copy stands in for.
CAND_2021 = "ucdp_candidate_GEDEvent_v21_01_21_12_world.csv.gz"

pytestmark = pytest.mark.skipif(not UCDP.is_dir(), reason="the shared data mirror is not beside the project")


@functools.lru_cache(maxsize=None)
def _events(dataset: str, folder: str) -> pd.DataFrame:
    return ucdp.load_events(dataset, "SYR", Path(folder))


def ged() -> pd.DataFrame:
    return _events("ucdp_ged", str(WORLD)).copy()


def cand24() -> pd.DataFrame:
    return _events("ucdp_candidate_2024", str(CAND24)).copy()


# ---------------------------------------------------------------- events

def test_candidate_2021_sums_and_types():
    events = ged()
    assert list(events.columns) == schemas.EVENT_COLUMNS
    y2021 = events[events["date_start"].dt.year == 2021]
    assert len(y2021) == 832
    assert y2021["best"].sum() == 1958
    by_type = y2021.groupby("type_of_violence")["best"].agg(["sum", "size"])
    assert by_type.loc[1].tolist() == [1538, 569]
    assert by_type.loc[2].tolist() == [328, 189]
    assert by_type.loc[3].tolist() == [92, 74]
    assert y2021["deaths_civilians"].sum() == 407
    assert events["provisional"].all()
    versions = {f["version"] for f in catalog.files("ucdp_ged") if f.get("provisional")}
    assert set(events["version"]) == versions == {"candidate v21.0.1-12 + v22.0.2"}
    assert events["low"].notna().all() and events["high"].notna().all()
    assert (events["low"] <= events["best"]).all() and (events["best"] <= events["high"]).all()


def test_candidate_feb_2022():
    feb = ged()[ged()["date_start"].between("2022-02-01", "2022-02-28")]
    assert len(feb) == 73 and feb["best"].sum() == 158


def test_admin1_names_and_pcodes_of_2021_events():
    y2021 = ged()[ged()["date_start"].dt.year == 2021]
    assert not y2021["admin1_name"].str.contains("governorate").any()
    by_name = y2021.groupby("admin1_name")["best"].sum()
    assert by_name["Deir ez Zor"] == 389 and by_name["Idlib"] == 285 and by_name["Aleppo"] == 238
    by_code = y2021.groupby("admin1_pcode")["best"].sum()
    assert by_code["SY09"] == 389 and by_code["SY07"] == 285 and by_code["SY02"] == 238 and by_code["SY12"] == 231
    named = y2021[y2021["admin1_name"] != ""]
    assert (named["admin1_pcode"] != "").all(), "every UCDP governorate name has a p-code"
    assert ((y2021["admin1_name"] == "") == (y2021["admin1_pcode"] == "")).all()
    assert y2021["event_id"].map(type).eq(str).all()


def test_candidate_2024_window_and_months():
    events = cand24()
    assert len(events) == 255
    assert events["low"].isna().all() and events["high"].isna().all() and events["date_end"].isna().all()
    window = ucdp.events_window(events, "2024-11-27", "2024-12-08")
    assert (window["events"], window["best"]) == (90, 960)
    assert pd.isna(window["low"]) and window["provisional"]
    assert ucdp.events_window(events, "2024-11-27", "2024-12-08", admin1="Aleppo")["best"] == 357
    assert ucdp.events_window(events, "2024-11-27", "2024-12-08", admin1="SY05")["best"] == 188
    assert ucdp.events_window(events, "2024-11-27", "2024-12-08", admin1="Hamah governorate")["best"] == 188
    month = ucdp.monthly(events, by_type=False).set_index("period_start")["best"]
    assert month[pd.Timestamp("2024-11-01")] == 734 and month[pd.Timestamp("2024-12-01")] == 886


def test_candidate_2024_matches_the_daily_totals_file():
    daily = pd.read_csv(CAND24 / "ucdp_candidate_syria_daily_totals_2024-10_2024-12.csv", parse_dates=["date_start"])
    ours = ucdp.aggregate_events(cand24(), "D").pivot(index="period_start", columns="violence", values="best")
    ours = ours.fillna(0).reindex(daily["date_start"])
    assert ours["all types"].tolist() == daily["best"].astype(float).tolist()
    assert ours["state-based"].tolist() == daily["best_state_based"].astype(float).tolist()
    assert ours["one-sided"].tolist() == daily["best_one_sided"].astype(float).tolist()


def test_events_window_unknown_governorate_and_reversed_window():
    with pytest.raises(ParameterError, match="Atlantis"):
        ucdp.events_window(cand24(), "2024-11-27", "2024-12-08", admin1="Atlantis")
    with pytest.raises(ParameterError, match="before it starts"):
        ucdp.events_window(cand24(), "2024-12-08", "2024-11-27")


def test_yearly_sums_by_type():
    yearly = ucdp.yearly(ged()).set_index(["period_start", "violence"])
    row = yearly.loc[(pd.Timestamp("2021-01-01"), "all types")]
    assert row["best"] == 1958 and row["events"] == 832
    assert yearly.loc[(pd.Timestamp("2021-01-01"), "non-state"), "best"] == 328
    assert yearly.loc[(pd.Timestamp("2021-01-01"), "all types"), "period_end"] == pd.Timestamp("2021-12-31")


def test_other_country_gives_its_own_rows_not_syria():
    iraq_events = ucdp.load_events("ucdp_ged", "IRQ", WORLD)
    assert len(iraq_events) and set(iraq_events["country"]) == {"IRQ"}
    assert not set(iraq_events["event_id"]) & set(ged()["event_id"])
    # ucdp_country_year is still Syria's extract: no Iraq rows in it.
    assert ucdp.load_indicators("ucdp_country_year", "IRQ", UCDP).empty
    month = ucdp.load_indicators("ucdp_country_month", "IRQ", PACE)
    assert len(month) == 446 + 432 and set(month["country"]) == {"IRQ"}
    iraq = ucdp.load_indicators("ucdp_brd", "IRQ", BRD)
    located = iraq["note"].str.endswith("located in Iraq")
    assert iraq.loc[located, "note"].str.startswith("conflict 259 Iraq: Government").any()
    assert iraq.loc[~located, "note"].str.contains("fought partly in Iraq").all()
    # A state UCDP codes but with no events, no monthly column and no conflict: no rows, no error.
    assert ucdp.load_events("ucdp_ged", "ISL", WORLD).empty
    assert ucdp.load_indicators("ucdp_country_month", "ISL", PACE).empty
    assert ucdp.load_indicators("ucdp_brd", "ISL", BRD).empty


def test_gleditsch_ward_codes():
    assert gw.ucdp_id("SYR") == 652 and gw.iso3_from_code(652) == "SYR"
    assert gw.gw_code("YEM") == 678 and gw.gw_code("VNM") == 816 and gw.ucdp_id("SRB") == 345
    assert gw.iso3_from_name("Syria") == "SYR" and gw.iso3_from_name("DR Congo (Zaire)") == "COD"
    with pytest.raises(ParameterError):
        gw.ucdp_id("syr")
    with pytest.raises(ParameterError, match="Gleditsch-Ward"):
        gw.ucdp_id("GUM")


# ---------------------------------------------------------------- indicators

def test_country_year_owid_and_poldat():
    table = ucdp.load_indicators("ucdp_country_year", "SYR", UCDP)
    owid = table[table["version"].str.startswith("OWID")]
    assert set(owid["note"]) == set(ucdp.TYPE_NOTES)
    all_types = owid[owid["note"] == "all types"].set_index("period_start")["value"]
    assert all_types[pd.Timestamp("2013-01-01")] == 75193
    assert all_types[pd.Timestamp("2021-01-01")] == 1915
    assert owid.loc[owid["period_start"] == "2022-01-01", "period_end"].eq(pd.Timestamp("2022-02-28")).all()
    poldat = table[table["version"] == "poldat 2024-03-05 (UCDP GED 23.1)"].set_index("period_start")
    assert (poldat["note"] == "state-based").all() and (poldat["indicator"] == "deaths").all()
    assert poldat.loc[pd.Timestamp("2013-01-01"), "value"] == 71970
    assert poldat.loc[pd.Timestamp("2022-01-01"), "value"] == 939
    prio = table[table["version"].str.contains("PRIO")]
    assert (prio["indicator"] == "battle_deaths").all() and prio["period_start"].dt.year.max() == 1988


def test_country_month_both_vintages():
    table = ucdp.load_indicators("ucdp_country_month", "SYR", PACE)
    assert table["version"].nunique() == 2 and (table["note"] == "all types").all()
    new = table[table["version"].str.startswith("GED 25.1")].set_index("period_start")["value"]
    old = table[table["version"].str.startswith("GED 24.1")].set_index("period_start")["value"]
    assert new[pd.Timestamp("2024-11-01")] == 638 and new[pd.Timestamp("2024-12-01")] == 954
    assert new[pd.Timestamp("2025-03-01")] == 1486
    assert old[pd.Timestamp("2024-11-01")] == 633 and old[pd.Timestamp("2024-12-01")] == 886
    assert new[new.index.year == 2024].sum() == 3514
    assert len(new) == 446 and len(old) == 432
    row = table[table["period_start"] == "2024-02-01"].iloc[0]
    assert row["period_end"] == pd.Timestamp("2024-02-29")


def test_brd_conflict_rows():
    table = ucdp.load_indicators("ucdp_brd", "SYR", BRD)
    assert len(table) == 63 and (table["indicator"] == "battle_deaths").all()
    gov = table[table["note"].str.startswith("conflict 299 Syria: Government")].set_index("period_start")
    assert gov.loc[pd.Timestamp("2024-01-01"), "value"] == 1459
    assert gov.loc[pd.Timestamp("2021-01-01"), "value"] == 676
    located = table["note"].str.endswith("located in Syria")
    assert located.sum() == 34
    assert table.loc[~located, "note"].str.contains("fought partly in Syria: whole conflict-year total").all()
    assert (table["low"] <= table["value"]).all() and (table["value"] <= table["high"]).all()


def test_event_datasets_as_monthly_indicators():
    table = ucdp.load_indicators("ucdp_candidate_2024", "SYR", CAND24)
    deaths = table[(table["indicator"] == "deaths") & (table["note"] == "all types")].set_index("period_start")
    assert deaths.loc[pd.Timestamp("2024-12-01"), "value"] == 886
    assert deaths["low"].isna().all()
    events = table[(table["indicator"] == "events") & (table["note"] == "all types")]
    assert events["value"].sum() == 255
    ged_table = ucdp.load_indicators("ucdp_ged", "SYR", WORLD)
    jan = ged_table[(ged_table["period_start"] == "2021-01-01") & (ged_table["indicator"] == "deaths")]
    by_note = jan.set_index("note")["value"]
    assert by_note["all types"] == by_note[["state-based", "non-state", "one-sided"]].sum()


def test_unknown_dataset_and_empty_folder(tmp_path):
    with pytest.raises(ParameterError):
        ucdp.load_events("ucdp_brd", "SYR", BRD)
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SYR", tmp_path)
    assert str(tmp_path) in str(err.value)


# ---------------------------------------------------------------- corrupted copies

def _corrupt(tmp_path: Path, edit) -> Path:
    """A folder holding a corrupted copy of the catalogued 2021 candidate file (Syria's rows, gzip-compressed)."""
    frame = pd.read_csv(FILE_2021, dtype=str, keep_default_na=False)
    frame = edit(frame)
    frame.to_csv(tmp_path / CAND_2021, index=False)
    return tmp_path


def test_missing_column_is_named(tmp_path):
    folder = _corrupt(tmp_path, lambda f: f.drop(columns=["best"]))
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SYR", folder)
    assert CAND_2021 in str(err.value) and "'best'" in str(err.value)


def test_text_in_a_number_column_names_file_row_and_column(tmp_path):
    def edit(f):
        f.loc[4, "best"] = "many"
        return f
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SYR", _corrupt(tmp_path, edit))
    assert (err.value.row, err.value.column) == (5, "best")
    assert CAND_2021 in str(err.value) and "many" in str(err.value)


def test_negative_count_names_row(tmp_path):
    def edit(f):
        f.loc[9, "deaths_civilians"] = "-3"
        return f
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SYR", _corrupt(tmp_path, edit))
    assert (err.value.row, err.value.column) == (10, "deaths_civilians")
    assert "negative" in str(err.value)


def test_duplicate_event_id_names_row(tmp_path):
    def edit(f):
        f.loc[7, "id"] = f.loc[2, "id"]
        return f
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SYR", _corrupt(tmp_path, edit))
    assert "duplicate event id" in str(err.value) and err.value.column == "id"


# ---------------------------------------------------------------- downloads

def test_a_file_that_is_not_a_zip_is_a_clear_error(tmp_path):
    fake = tmp_path / "ged251-csv.zip"
    fake.write_text("<!DOCTYPE html><html><body>Maintenance</body></html>")
    with pytest.raises(DownloadError) as err:
        ucdp.check_zip(fake)
    assert "ged251-csv.zip" in str(err.value) and "not a zip" in str(err.value) and "HTML" in str(err.value)
    with pytest.raises(DownloadError):
        ucdp.load_events_from_download("SYR", tmp_path)


@pytest.mark.network_local
def test_download_falls_back_from_404_and_keeps_good_copy(static_site, tmp_path, monkeypatch):
    root, base = static_site
    (root / "ged").mkdir()
    (root / "candidateged").mkdir()
    # The mirror's real candidate events, packed as UCDP packs a GED release.
    with zipfile.ZipFile(root / "ged" / "ged251-csv.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(FILE_2021, "GEDEvent_v25_1.csv")
    shutil.copy(UCDP / "ucdp_candidate_ged_v22_0_2_syria_events_2022_02.csv",
                root / "candidateged" / "GEDEvent_v25_0_1.csv")
    monkeypatch.setattr(ucdp, "GED_URL", base + "/ged/ged{v}-csv.zip")
    monkeypatch.setattr(ucdp, "CANDIDATE_URL", base + "/candidateged/GEDEvent_v{major}_0_{month}.csv")
    dest = tmp_path / "raw"
    written = ucdp.download("ucdp_ged", dest, progress=False)
    assert [p.name for p in written] == ["ged251-csv.zip", "GEDEvent_v25_0_1.csv"]
    events = ucdp.load_events("ucdp_ged", "SYR", dest)
    final = events[~events["provisional"]]
    assert final["best"].sum() == 1958 and set(final["version"]) == {"GED 25.1"}
    assert events.loc[events["provisional"], "version"].eq("candidate 25.0.1").all()
    year = ucdp.load_indicators("ucdp_country_year", "SYR", dest)
    cell = year[(year["note"] == "all types") & (year["period_start"] == pd.Timestamp("2021-01-01"))]
    assert cell["value"].tolist() == [1958]

    # The server now answers with an HTML page: an error naming the file; the good zip stays.
    good = (dest / "ged251-csv.zip").read_bytes()
    (root / "ged" / "ged251-csv.zip").write_text("<html>gone</html>")
    with pytest.raises(DownloadError) as err:
        ucdp.download("ucdp_country_year", dest, progress=False)
    assert "ged251-csv.zip" in str(err.value) and "not a zip" in str(err.value)
    assert (dest / "ged251-csv.zip").read_bytes() == good
    assert not list(dest.glob("*.new"))


@pytest.mark.network_local
def test_download_with_no_version_available_names_the_urls(static_site, tmp_path, monkeypatch):
    root, base = static_site
    monkeypatch.setattr(ucdp, "BRD_URL", base + "/brd/ucdp-brd-conf-{v}-csv.zip")
    with pytest.raises(DownloadError) as err:
        ucdp.download("ucdp_brd", tmp_path / "raw", progress=False)
    assert "404" in str(err.value) and "ucdp-brd-conf-241-csv.zip" in str(err.value)
