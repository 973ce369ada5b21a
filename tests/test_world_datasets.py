"""The world files behind ucdp_brd, ucdp_country_month, ucdp_ged, acled_monthly and ocha_cod_pcodes, on the
real mirror: sanity values from ucdp_world/SOURCE.md and acled_world/SOURCE.md as the loaders give them, each
country's rows recomputed from the raw files with the csv module, and "no rows" kept apart from "not fetched".
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import catalog, datasets, paths
from analysis.errors import DataError
from analysis.sources import acled, ocha, ucdp
from analysis.sources import gleditsch_ward as gw

WORLD = paths.MIRROR / "ucdp_world"
ACLED = paths.MIRROR / "acled_world"
OCHA = paths.MIRROR / "ocha_cod_world"
BRD_CSV = WORLD / "ucdp_brd_conf_v25_1.csv"
PACE_251 = WORLD / "pace_conf_all_countries_ged251_plus_candidate_1989-01_2026-02.csv"
ACLED_MO = ACLED / "acled_explorer_ctryMo_all_countries_2021-01_2024-09.csv"
CAND_2021 = WORLD / "ucdp_candidate_GEDEvent_v21_01_21_12_world.csv.gz"
SUDAN_GED = WORLD / "ged_event_subsets" / "ged241_sudan_hdx_conflict_data_sdn.csv.gz"

WORLD_DATASETS = ("ucdp_brd", "ucdp_country_month", "ucdp_ged", "acled_monthly", "ocha_cod_pcodes")
COUNTRIES = ("SDN", "UKR", "COD", "MMR", "YEM", "AFG")
#: ACLED's names for the countries above (acled_world/SOURCE.md).
ACLED_NAMES = {"SDN": "Sudan", "UKR": "Ukraine", "COD": "Democratic Republic of Congo", "MMR": "Myanmar",
               "YEM": "Yemen", "AFG": "Afghanistan", "SYR": "Syria"}

pytestmark = pytest.mark.skipif(not WORLD.is_dir(), reason="the shared data mirror is not beside the project")


@functools.lru_cache(maxsize=None)
def _rows(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    return frame[pd.to_datetime(frame["period_start"]).dt.year == year]


# ---------------------------------------------------------------- the catalog and fetch

def test_the_five_datasets_are_the_world_files_and_fetch_from_the_mirror(fetched_raw):
    for ident in WORLD_DATASETS:
        entry = catalog.dataset(ident)
        assert "countries" not in entry, ident          # no longer a copy of Syria's rows
        assert "syria" not in " ".join(f["name"] for f in entry["files"]).lower(), ident
        for item in entry["files"]:
            source = paths.MIRROR / item["mirror_path"]
            assert source.stat().st_size == item["bytes"] and catalog.sha256_file(source) == item["sha256"]
        assert catalog.is_fetched(ident, fetched_raw), ident
        manifest = catalog.read_manifest(catalog.raw_dir(ident, fetched_raw))
        assert manifest["fetched_by"] == "mirror"
        assert {f["name"] for f in manifest["files"]} == {f["name"] for f in entry["files"]}


def test_every_country_name_in_the_world_files_is_known():
    with open(PACE_251, encoding="utf-8") as fh:
        header = next(csv.reader(fh))[1:]
    assert [h for h in header if gw.iso3_from_name(h) is None] == [""]   # the unnamed, all-zero last column
    names = {row["Country"] for row in _rows(ACLED_MO)}
    unknown = sorted(n for n in names if gw.iso3_from_name(n) is None)
    assert unknown == [], unknown


# ---------------------------------------------------------------- sanity values (SOURCE.md)

def test_brd_sanity_values():
    def conflict(country: str, cid: int) -> pd.Series:
        rows = ucdp.load_indicators("ucdp_brd", country, WORLD)
        rows = rows[rows["note"].str.startswith(f"conflict {cid} ")]
        return rows.set_index(pd.to_datetime(rows["period_start"]).dt.year)["value"]

    assert conflict("UKR", 13243)[2022] == 91502 and conflict("UKR", 13243)[2024] == 75686
    assert conflict("RUS", 13243)[2023] == 75180          # interstate: located in both states
    assert conflict("SDN", 309)[2023] == 5353 and conflict("SDN", 309)[2024] == 4684
    assert conflict("MMR", 222)[2023] == 1682
    assert conflict("ISR", 234)[2023] == 26696
    assert conflict("ETH", 267)[2022] == 162453
    assert sum(1 for r in _rows(BRD_CSV) if r["year"] == "2024") == 61


def test_candidate_events_2021_sanity_values():
    def total(country: str, year: int) -> float:
        events = ucdp.load_events("ucdp_ged", country, WORLD)
        return events.loc[events["date_start"].dt.year == year, "best"].sum()

    assert total("AFG", 2021) == 36396
    assert total("SYR", 2021) == 1958
    assert total("YEM", 2021) == 31048
    assert total("COD", 2021) == 3966
    ukraine = ucdp.load_events("ucdp_ged", "UKR", WORLD)
    feb = ukraine[ukraine["date_start"] >= "2022-02-01"]
    assert feb["best"].sum() == 3858 and feb["provisional"].all()   # candidate v22.0.2, February 2022


def test_final_ged_subsets_replace_candidate_events_for_their_years():
    sudan = ucdp.load_events("ucdp_ged", "SDN", WORLD)
    assert not sudan["provisional"].any()                     # GED 24.1 covers 1989-2023, candidates dropped
    assert set(sudan["version"]) == {"GED 24.1 (Sudan events, HDX UCDP feed)"}
    assert sudan.loc[sudan["date_start"].dt.year == 2023, "best"].sum() == 7751
    assert (sudan["admin1_name"] != "").mean() > 0.9          # admin 1 where the file has it
    myanmar = ucdp.load_events("ucdp_ged", "MMR", WORLD)
    assert myanmar.loc[myanmar["date_start"].dt.year == 2023, "best"].sum() == 3125
    assert not myanmar["provisional"].any() and not myanmar["event_id"].duplicated().any()
    ukraine = ucdp.load_events("ucdp_ged", "UKR", WORLD)
    final = ukraine[~ukraine["provisional"]]
    assert final["date_start"].dt.year.max() == 2021 and final["date_start"].dt.year.min() == 2014
    assert final.loc[final["date_start"].dt.year == 2014, "best"].sum() == 4528
    assert ukraine.loc[ukraine["provisional"], "date_start"].dt.year.eq(2022).all()
    russia = ucdp.load_events("ucdp_ged", "RUS", WORLD)       # UCDP's web export: best_est, MM/DD/YYYY
    assert russia.loc[russia["date_start"].dt.year == 2023, "best"].sum() == 204
    assert russia["date_start"].min() >= pd.Timestamp("1989-01-01")


def test_events_get_ocha_admin1_pcodes_where_the_name_is_known():
    sudan = ucdp.load_events("ucdp_ged", "SDN", WORLD)
    y2023 = sudan[sudan["date_start"].dt.year == 2023]
    by_pcode = y2023.groupby("admin1_pcode")["best"].sum()
    assert by_pcode["SD01"] == y2023.loc[y2023["admin1_name"].str.startswith("Khartoum"), "best"].sum() > 0
    assert (y2023["admin1_pcode"] != "").mean() > 0.9
    # Pre-2011 states now in South Sudan have no Sudanese p-code: name kept, p-code empty.
    old = sudan[sudan["admin1_name"] == "Jonglei state"]
    assert len(old) and (old["admin1_pcode"] == "").all()
    for country, name, pcode in (("UKR", "Donetsk oblast", "UA14"), ("AFG", "Hilmand province", "AF30"),
                                 ("YEM", "al-Ḩudaydah", "YE18"), ("MMR", "Rakhine state", "MMR012"),
                                 ("COD", "Nord Kivu province", None)):
        events = ucdp.load_events("ucdp_ged", country, WORLD)
        hit = events[events["admin1_name"] == name]
        assert len(hit), (country, name)
        codes = set(hit["admin1_pcode"])
        assert len(codes) == 1 and (pcode is None or codes == {pcode}) and codes != {""}, (country, codes)
    assert ocha.cod_admin1_pcode("Bago region", "MMR") is None      # OCHA splits Bago: not guessed
    assert ocha.cod_admin1_pcode("Sana'a City", "YEM") == "YE13" and ocha.cod_admin1_pcode("Sana'a", "YEM") == "YE23"


def test_pace_monthly_sanity_values():
    def year(country: str, y: int) -> float:
        table = ucdp.load_indicators("ucdp_country_month", country, WORLD)
        table = table[table["version"].str.startswith("GED 25.1")]
        return _year(table, y)["value"].sum()

    assert year("SDN", 2023) == 7088
    assert year("UKR", 2022) == 56582
    assert year("SYR", 2016) == 37447
    assert year("ETH", 2022) == 4282
    assert year("SDN", 2025) == 13001 and year("UKR", 2025) == 79409


def test_acled_sanity_values():
    def deaths(country: str, y: int) -> float:
        table = acled.load_indicators("acled_monthly", country, ACLED)
        return _year(table[table["indicator"] == "deaths"], y)["value"].sum()

    assert deaths("SDN", 2023) == 15931
    assert deaths("UKR", 2022) == 33837
    assert deaths("SYR", 2023) == 6319
    assert deaths("MMR", 2023) == 16063
    assert deaths("PSE", 2023) == 22641


def test_ocha_admin1_units_per_country():
    counts = {"SDN": 19, "UKR": 27, "YEM": 22, "AFG": 34, "COD": 26, "MMR": 18, "SYR": 14}
    for country, n in counts.items():
        table = ocha.load_pcodes(country, OCHA)
        assert (table["level"] == 1).sum() == n, country
        assert set(table["country"]) == {country}
    assert ocha.load_pcodes("SDN", OCHA).query("pcode == 'SD19'")["name"].iloc[0] == "Abyei PCA"


# ---------------------------------------------------------------- each country only its own rows

@pytest.mark.parametrize("country", COUNTRIES)
def test_each_dataset_returns_only_the_countrys_rows(country):
    code = gw.ucdp_id(country)

    brd = ucdp.load_indicators("ucdp_brd", country, WORLD)
    expected = [r for r in _rows(BRD_CSV)
                if str(code) in r["gwno_loc"].replace(" ", "").split(",")
                or str(code) in r["gwno_battle"].replace(" ", "").split(",")]
    assert len(brd) == len(expected) and set(brd["country"]) <= {country}
    assert brd["value"].sum() == sum(int(r["bd_best"]) for r in expected)

    month = ucdp.load_indicators("ucdp_country_month", country, WORLD)
    month = month[month["version"].str.startswith("GED 25.1")]
    with open(PACE_251, encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        column = [i for i, h in enumerate(header) if gw.iso3_from_name(h) == country]
        assert len(column) == 1
        values = [float(row[column[0]]) for row in reader]
    assert month["value"].tolist() == values and set(month["country"]) == {country}

    ac = acled.load_indicators("acled_monthly", country, ACLED)
    mine = [r for r in _rows(ACLED_MO) if r["Country"] == ACLED_NAMES[country]]
    assert len(ac) == 2 * len(mine) == 90 and set(ac["country"]) == {country}
    assert ac.loc[ac["indicator"] == "deaths", "value"].sum() == sum(int(r["Deaths"]) for r in mine)

    events = ucdp.load_events("ucdp_ged", country, WORLD)
    assert len(events) and set(events["country"]) == {country}
    candidates = [r for r in _rows(CAND_2021) if r["country_id"] == str(code)]
    in_2021 = events[events["date_start"].dt.year == 2021]
    if country in ("SDN", "MMR", "UKR"):   # a final GED subset replaces the candidate events of 2021
        assert not in_2021["provisional"].any()
    else:
        assert len(in_2021) == len(candidates)
        assert in_2021["best"].sum() == sum(int(r["best"]) for r in candidates)

    pcodes = ocha.load_pcodes(country, OCHA)
    assert len(pcodes) and set(pcodes["country"]) == {country}


def test_datasets_indicators_for_any_country_from_the_fetched_copy(fetched_raw):
    wanted = ["ucdp_brd", "ucdp_country_month", "acled_monthly", "ucdp_ged"]
    for country in COUNTRIES:
        frame = datasets.indicators(country, sources=wanted, raw=fetched_raw)
        assert frame.attrs["origin"] == {d: "raw" for d in wanted}
        assert frame.attrs["errors"] == {} and not frame.attrs["missing"]
        assert set(frame["country"]) == {country} and set(frame["source"]) == set(wanted)


def test_an_event_bound_on_the_wrong_side_of_best_is_left_empty():
    # 652 of Afghanistan's 2021 candidate events have low > best or high < best (e.g. event 374396: best 13,
    # high 12): best is kept, that bound is empty, and the monthly sums still load.
    rows = [r for r in _rows(CAND_2021) if r["country_id"] == "700"]
    wrong = [r for r in rows if int(r["low"]) > int(r["best"]) or int(r["high"]) < int(r["best"])]
    assert len(wrong) == 652
    events = ucdp.load_events("ucdp_ged", "AFG", WORLD).set_index("event_id")
    assert events.loc["374396", "best"] == 13 and pd.isna(events.loc["374396", "high"])
    assert events.loc["374396", "low"] == 13
    assert ((events["low"] <= events["best"]) | events["low"].isna()).all()
    assert ((events["high"] >= events["best"]) | events["high"].isna()).all()
    monthly = ucdp.load_indicators("ucdp_ged", "AFG", WORLD)
    deaths = monthly[(monthly["indicator"] == "deaths") & (monthly["note"] == "all types")]
    assert _year(deaths, 2021)["value"].sum() == 36396


# ---------------------------------------------------------------- no rows is not "not fetched"

def test_a_country_absent_from_the_files_gives_no_rows_and_is_loaded(fetched_raw):
    # Iceland: a state UCDP codes, with no conflict, no PaCE column and no COD.
    frame = datasets.indicators("ISL", sources=["ucdp_brd", "ucdp_country_month"], raw=fetched_raw)
    assert frame.empty and frame.attrs["origin"] == {"ucdp_brd": "raw", "ucdp_country_month": "raw"}
    assert frame.attrs["missing"] == [] and frame.attrs["errors"] == {}
    events = datasets.events("ISL", sources="ucdp_ged", raw=fetched_raw)
    assert events.empty and events.attrs["origin"] == {"ucdp_ged": "raw"}
    assert ocha.load_pcodes("ISL", catalog.raw_dir("ocha_cod_pcodes", fetched_raw)).empty


def test_not_fetched_names_the_fetch_command(empty_raw):
    with pytest.raises(DataError) as err:
        datasets.indicators("SDN", sources=["ucdp_brd", "acled_monthly"], raw=empty_raw)
    assert "python -m analysis fetch --mirror ../shared/data" in str(err.value)
    assert "ucdp_brd acled_monthly" in str(err.value)


# ---------------------------------------------------------------- bad copies: file, row and column named

def test_cut_off_gzip_is_named(tmp_path):
    data = CAND_2021.read_bytes()
    (tmp_path / CAND_2021.name).write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "AFG", tmp_path)
    assert CAND_2021.name in str(err.value) and "fetch it again" in str(err.value)


def test_hdx_file_row_numbers_count_the_hxl_row(tmp_path):
    lines = gzip.decompress(SUDAN_GED.read_bytes()).decode("utf-8")
    frame = pd.read_csv(io.StringIO(lines), dtype=str, keep_default_na=False)
    assert frame.iloc[0]["year"] == "#date+year"
    frame.loc[10, "best"] = "several"       # data row 11 of the file (the HXL row is data row 1)
    frame.to_csv(tmp_path / SUDAN_GED.name, index=False, compression="gzip")
    with pytest.raises(DataError) as err:
        ucdp.load_events("ucdp_ged", "SDN", tmp_path)
    assert (err.value.row, err.value.column) == (11, "best") and SUDAN_GED.name in str(err.value)


def test_two_pace_columns_for_one_country_is_an_error(tmp_path):
    frame = pd.read_csv(PACE_251, dtype=str, keep_default_na=False)
    frame.insert(2, "Sudan ", frame["Sudan"])
    frame = frame.rename(columns={"Sudan ": "Sudan (Republic of)"})
    frame.to_csv(tmp_path / PACE_251.name, index=False)
    with pytest.raises(DataError) as err:
        ucdp.load_indicators("ucdp_country_month", "SYR", tmp_path)
    assert "both name SDN" in str(err.value) and PACE_251.name in str(err.value)


def test_text_in_a_pace_cell_of_another_country_is_named(tmp_path):
    frame = pd.read_csv(PACE_251, dtype=str, keep_default_na=False)
    frame.loc[6, "Yemen (North Yemen)"] = "n/a"
    frame.to_csv(tmp_path / PACE_251.name, index=False)
    with pytest.raises(DataError) as err:
        ucdp.load_indicators("ucdp_country_month", "SYR", tmp_path)
    assert (err.value.row, err.value.column) == (7, "Yemen (North Yemen)")


def test_brd_world_file_with_text_in_bd_best_is_named(tmp_path):
    shutil.copy(BRD_CSV, tmp_path / BRD_CSV.name)
    rows = (tmp_path / BRD_CSV.name).read_text().splitlines()
    cells = next(csv.reader([rows[5]]))
    header = rows[0].split(",")
    cells[header.index("bd_best")] = "lots"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    rows[5] = buf.getvalue().rstrip("\n")
    (tmp_path / BRD_CSV.name).write_text("\n".join(rows) + "\n")
    with pytest.raises(DataError) as err:
        ucdp.load_indicators("ucdp_brd", "SYR", tmp_path)
    assert (err.value.row, err.value.column) == (5, "bd_best") and BRD_CSV.name in str(err.value)


def test_brd_row_whose_low_or_high_contradicts_its_best_keeps_the_best():
    """UCDP's BRD 25.1 has a few conflict-years with a low above (or a high below) the best estimate: that end
    is left empty and the country's file still loads and passes the indicator schema (it used to be refused,
    and Chad's and Turkey's raw copies replaced by the reference tables)."""
    from analysis.schemas import INDICATORS, validate

    chad = ucdp.load_indicators("ucdp_brd", "TCD", WORLD)
    validate(chad, INDICATORS, "ucdp_brd TCD")
    row = chad[chad["note"].str.startswith("conflict 13640 ") & (pd.to_datetime(chad["period_start"]).dt.year == 2015)]
    assert list(row["value"]) == [272]                      # bd_best 272, bd_low 271, bd_high 271
    assert row["low"].iloc[0] == 271 and pd.isna(row["high"].iloc[0])
    turkey = ucdp.load_indicators("ucdp_brd", "TUR", WORLD)
    validate(turkey, INDICATORS, "ucdp_brd TUR")
    row = turkey[turkey["note"].str.startswith("conflict 354 ") & (pd.to_datetime(turkey["period_start"]).dt.year == 1990)]
    assert list(row["value"]) == [526] and pd.isna(row["high"].iloc[0]) and row["low"].iloc[0] == 514
