"""UCDP's official country-year file (organised violence, v25.1) on the real mirror: sanity values from
ucdp_world/SOURCE.md, country codes, zero and absent years, malformed copies, the facade and a download."""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis import catalog, datasets, paths, schemas
from analysis.errors import DataError, DownloadError, ParameterError
from analysis.sources import gleditsch_ward as gw
from analysis.sources import ucdp

ID = "ucdp_orgvio_cy"
WORLD = paths.MIRROR / "ucdp_world"
FILE = WORLD / "ucdp_organizedviolencecy_v25_1.csv"

pytestmark = pytest.mark.skipif(not FILE.is_file(), reason="the shared data mirror is not beside the project")


@functools.lru_cache(maxsize=None)
def _load(country: str) -> pd.DataFrame:
    return ucdp.load_indicators(ID, country, WORLD)


def load(country: str) -> pd.DataFrame:
    return _load(country).copy()


def cell(frame: pd.DataFrame, year: int, note: str = "all types", indicator: str = "deaths") -> pd.Series:
    rows = frame[(frame["period_start"] == pd.Timestamp(f"{year}-01-01")) & (frame["note"] == note)
                 & (frame["indicator"] == indicator)]
    assert len(rows) == 1, (year, note, indicator, len(rows))
    return rows.iloc[0]


# ---------------------------------------------------------------- sanity values (SOURCE.md)

def test_syria_2016_by_type():
    syr = load("SYR")
    assert list(syr.columns) == schemas.INDICATOR_COLUMNS
    assert cell(syr, 2016)["value"] == 53_891
    assert cell(syr, 2016, "state-based")["value"] == 44_939
    assert cell(syr, 2016, "non-state")["value"] == 7_939 and cell(syr, 2016, "one-sided")["value"] == 1_013
    row = cell(syr, 2016)
    assert (row["low"], row["high"]) == (52_024, 56_218)
    assert row["period_end"] == pd.Timestamp("2016-12-31") and row["unit"] == "deaths"
    assert (row["source"], row["version"], row["origin"], row["partner"], row["admin1_pcode"]) == \
        (ID, "25.1", "raw", "", "")
    civ = cell(syr, 2016, indicator="deaths_civilians")
    assert civ["value"] == 14_293 and pd.isna(civ["low"]) and pd.isna(civ["high"])


def test_sudan_2023_and_ukraine_2022():
    sdn, ukr = load("SDN"), load("UKR")
    assert cell(sdn, 2023)["value"] == 7_837 and cell(sdn, 2023, "state-based")["value"] == 5_353
    assert cell(sdn, 2024)["value"] == 7_103
    assert cell(ukr, 2022)["value"] == 92_615 and cell(ukr, 2022, "state-based")["value"] == 91_485
    assert [cell(ukr, y)["value"] for y in (2023, 2024)] == [75_393, 68_116]


def test_other_sanity_values():
    assert [cell(load("ETH"), y)["value"] for y in (2021, 2022)] == [129_516, 165_025]
    assert cell(load("BFA"), 2023)["value"] == 6_122


def test_every_series_per_year_and_all_types_is_the_sum():
    syr = load("SYR")
    assert len(syr) == 36 * 5
    per_year = syr.groupby(syr["period_start"].dt.year).size()
    assert per_year.index.tolist() == list(range(1989, 2025)) and (per_year == 5).all()
    deaths = syr[syr["indicator"] == "deaths"].pivot(index="period_start", columns="note", values="value")
    assert set(deaths.columns) == set(ucdp.TYPE_NOTES)
    assert (deaths["all types"] == deaths[["state-based", "non-state", "one-sided"]].sum(axis=1)).all()
    civ = syr[syr["indicator"] == "deaths_civilians"].set_index("period_start")["value"]
    assert (civ <= deaths["all types"]).all()
    assert set(syr.loc[syr["indicator"] == "deaths_civilians", "note"]) == {"all types"}


# ---------------------------------------------------------------- countries

def test_gleditsch_ward_names_map_to_iso3():
    raw = pd.read_csv(FILE, usecols=["country_id_cy", "country_cy"]).drop_duplicates().set_index("country_cy")
    for name, iso3 in (("Myanmar (Burma)", "MMR"), ("DR Congo (Zaire)", "COD"), ("Israel", "ISR"),
                       ("Russia (Soviet Union)", "RUS"), ("Yemen (North Yemen)", "YEM")):
        assert gw.iso3_from_name(name) == iso3, name
        assert gw.iso3_from_code(raw.loc[name, "country_id_cy"]) == iso3, name
        assert gw.ucdp_id(iso3) == raw.loc[name, "country_id_cy"], name
    assert cell(load("MMR"), 2023)["value"] == 3_065
    assert cell(load("COD"), 2024)["value"] == 5_409
    isr = load("ISR")   # Gaza and the West Bank are under Israel in UCDP
    assert [cell(isr, y)["value"] for y in (2023, 2024)] == [27_434, 21_476]


def test_south_yemen_is_not_yemen():
    # "Yemen (South Yemen)" (680, 1989-1990) has no ISO3 code; YEM is UCDP's 678 (North Yemen, then Yemen).
    yem = load("YEM")
    assert yem["period_start"].dt.year.min() == 1989 and len(yem) == 36 * 5
    assert gw.iso3_from_code(680) is None


def test_zero_years_are_kept_and_years_before_a_state_are_absent():
    syr = load("SYR")
    quiet = syr[syr["period_start"].dt.year == 1995]
    assert len(quiet) == 5 and (quiet["value"] == 0).all()
    assert (quiet.loc[quiet["indicator"] == "deaths", ["low", "high"]] == 0).all().all()
    ssd = load("SSD")
    assert ssd["period_start"].dt.year.min() == 2011 and len(ssd) == 14 * 5
    assert load("UKR")["period_start"].dt.year.min() == 1991


def test_a_bound_that_contradicts_best_is_left_empty():
    rus = load("RUS")
    sb = cell(rus, 2024, "state-based")   # UCDP: low 6,314, best 7,673, high 5,823
    assert (sb["value"], sb["low"]) == (7_673, 6_314) and pd.isna(sb["high"])
    assert pd.isna(cell(rus, 2024)["high"]) and cell(rus, 2024)["value"] == 7_819
    os_ = cell(load("COL"), 2020, "one-sided")   # UCDP: low 158, best 146, high 217
    assert pd.isna(os_["low"]) and (os_["value"], os_["high"]) == (146, 217)


def test_the_contradictory_bounds_counted_in_the_catalog_notes():
    # catalog notes and README: "9 country-years (16 series-years)"; each loads with that bound empty.
    raw = pd.read_csv(FILE)
    bad = pd.concat([(raw[lo] > raw[b]) | (raw[hi] < raw[b]) for b, lo, hi in ucdp.ORGVIO_SERIES.values()],
                    axis=1)
    assert int(bad.to_numpy().sum()) == 16 and int(bad.any(axis=1).sum()) == 9
    emptied = 0
    for cid in raw.loc[bad.any(axis=1), "country_id_cy"].unique():
        frame = load(gw.iso3_from_code(cid))
        deaths = frame[frame["indicator"] == "deaths"]
        emptied += int(deaths["low"].isna().sum() + deaths["high"].isna().sum())
    assert emptied == 16


def test_a_country_ucdp_cannot_code_is_a_parameter_error():
    with pytest.raises(ParameterError, match="Gleditsch-Ward"):
        ucdp.load_indicators(ID, "GUM", WORLD)


# ---------------------------------------------------------------- malformed copies

def _copy(tmp_path: Path, edit) -> Path:
    frame = pd.read_csv(FILE, dtype=str, keep_default_na=False)
    edit(frame).to_csv(tmp_path / FILE.name, index=False)
    return tmp_path


def test_missing_column_names_the_file_and_column(tmp_path: Path):
    folder = _copy(tmp_path, lambda f: f.drop(columns=["sb_total_deaths_best_cy"]))
    with pytest.raises(DataError) as err:
        ucdp.load_indicators(ID, "SYR", folder)
    assert str(folder / FILE.name) in str(err.value) and "'sb_total_deaths_best_cy'" in str(err.value)


def test_negative_number_names_the_file_row_and_column(tmp_path: Path):
    def edit(f: pd.DataFrame) -> pd.DataFrame:
        f.loc[40, "ns_total_deaths_low_cy"] = "-5"   # a row of another country: the whole file is checked
        return f
    folder = _copy(tmp_path, edit)
    with pytest.raises(DataError) as err:
        ucdp.load_indicators(ID, "SYR", folder)
    assert (err.value.row, err.value.column) == (41, "ns_total_deaths_low_cy")
    assert "negative" in str(err.value) and str(folder / FILE.name) in str(err.value)


def test_text_in_a_number_and_a_broken_sum_are_named(tmp_path: Path):
    def text(f: pd.DataFrame) -> pd.DataFrame:
        f.loc[3, "cumulative_total_deaths_civilians_in_orgvio_cy"] = "many"
        return f
    with pytest.raises(DataError, match="not a number: 'many'") as err:
        ucdp.load_indicators(ID, "SYR", _copy(tmp_path, text))
    assert err.value.row == 4 and FILE.name in str(err.value)

    def broken(f: pd.DataFrame) -> pd.DataFrame:
        row = f.index[(f["country_cy"] == "Syria") & (f["year_cy"] == "2016")][0]
        f.loc[row, "cumulative_total_deaths_in_orgvio_best_cy"] = "53892"
        return f
    with pytest.raises(DataError, match="not the sum of the three types") as err:
        ucdp.load_indicators(ID, "SYR", _copy(tmp_path, broken))
    assert err.value.column == "cumulative_total_deaths_in_orgvio_best_cy"


def test_duplicate_country_year_and_empty_folder(tmp_path: Path):
    folder = _copy(tmp_path, lambda f: pd.concat([f, f.iloc[[5]]], ignore_index=True))
    with pytest.raises(DataError, match="a second row for country_id 700 in 1994"):
        ucdp.load_indicators(ID, "SYR", folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError) as err:
        ucdp.load_indicators(ID, "SYR", empty)
    assert FILE.name in str(err.value) and str(empty) in str(err.value)


# ---------------------------------------------------------------- catalog, facade, reference

def test_catalog_entry_matches_the_mirror():
    entry = catalog.dataset(ID)
    assert entry["version"] == "25.1" and entry["module"] == "analysis.sources.ucdp"
    assert entry["licence"] == "CC BY 4.0" and entry["mirror_dir"] == "ucdp_world"
    [f] = catalog.files(ID)
    assert f["bytes"] == FILE.stat().st_size and f["sha256"] == catalog.sha256_file(FILE)
    assert all("organizedviolencecy" in u for u in entry["download_urls"])


def test_facade_lists_it_as_an_indicator_dataset_only():
    assert ID in datasets.indicator_datasets() and ID not in datasets.event_datasets()


def test_facade_raw_and_reference_agree(fetched_raw: Path, empty_raw: Path):
    raw = datasets.indicators("SYR", sources=ID, raw=fetched_raw)
    assert raw.attrs["origin"] == {ID: "raw"}
    ref = datasets.indicators("SYR", sources=ID, raw=empty_raw)
    assert ref.attrs["origin"] == {ID: "reference"}
    cols = ["indicator", "note", "period_start", "period_end", "value", "low", "high", "version"]
    def tidy(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[cols].sort_values(cols[:3]).reset_index(drop=True)
    pd.testing.assert_frame_equal(tidy(raw), tidy(ref))
    prov = datasets.provenance(ref, raw=empty_raw).set_index("dataset").loc[ID]
    assert prov["version"] == "25.1" and "indicators_SYR.csv" in prov["reference_table"]
    assert f"{FILE.name} sha256:{catalog.sha256_file(FILE)}" == prov["files"]
    assert cell(ref, 2016)["value"] == 53_891
    assert set(datasets.indicators("SYR", indicators="deaths_civilians", raw=empty_raw)["source"]) == {ID}


# ---------------------------------------------------------------- download

@pytest.mark.network_local
def test_download_falls_back_to_251_and_loads_the_zip(static_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root, base = static_site
    (root / "organizedviolencecy").mkdir()
    # The mirror's real file, packed as UCDP packs the release; 26.1 is not there (HTTP 404).
    with zipfile.ZipFile(root / "organizedviolencecy" / "organizedviolencecy-251-csv.zip", "w",
                         zipfile.ZIP_DEFLATED) as zf:
        zf.write(FILE, "organizedviolencecy_v25_1.csv")
    monkeypatch.setattr(ucdp, "ORGVIO_URL", base + "/organizedviolencecy/organizedviolencecy-{v}-csv.zip")
    dest = tmp_path / "raw"
    written = ucdp.download(ID, dest, progress=False)
    assert [p.name for p in written] == ["organizedviolencecy-251-csv.zip"]
    syr = ucdp.load_indicators(ID, "SYR", dest)
    assert cell(syr, 2016)["value"] == 53_891 and set(syr["version"]) == {"25.1"}

    good = (dest / "organizedviolencecy-251-csv.zip").read_bytes()
    (root / "organizedviolencecy" / "organizedviolencecy-251-csv.zip").write_text("<html>maintenance</html>")
    with pytest.raises(DownloadError) as err:
        ucdp.download(ID, dest, progress=False)
    assert "organizedviolencecy-251-csv.zip" in str(err.value) and "not a zip" in str(err.value)
    assert (dest / "organizedviolencecy-251-csv.zip").read_bytes() == good
