"""ACLED monthly loader on the real mirror, bad input, and the credential rule."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import catalog, paths, schemas
from analysis.errors import DataError, DownloadError
from analysis.sources import acled

ACLED = paths.MIRROR / "acled_world"   # every country (ACLED Explorer country-month aggregates)
TOTALS = ACLED / "acled_explorer_ctryMo_all_countries_2021-01_2024-09.csv"

pytestmark = pytest.mark.skipif(not ACLED.is_dir(), reason="the shared data mirror is not beside the project")


def test_monthly_deaths_and_events():
    table = acled.load_indicators("acled_monthly", "SYR", ACLED)
    assert list(table.columns) == schemas.INDICATOR_COLUMNS
    deaths = table[table["indicator"] == "deaths"]
    events = table[table["indicator"] == "events"]
    assert (deaths["note"] == "ACLED reported fatalities").all() and (events["note"] == "ACLED events").all()
    assert len(deaths) == len(events) == 45
    assert deaths["value"].sum() == 22757 and events["value"].sum() == 46819
    per_year = deaths.groupby(deaths["period_start"].dt.year)["value"].sum()
    assert per_year.to_dict() == {2021: 6113, 2022: 6089, 2023: 6319, 2024: 4236}
    months_2024 = deaths[deaths["period_start"].dt.year == 2024].set_index("period_start")["value"]
    assert months_2024[pd.Timestamp("2024-03-01")] == 738
    assert (deaths["period_end"] == deaths["period_start"] + pd.offsets.MonthEnd(0)).all()
    assert set(table["version"]) == {catalog.version("acled_monthly")}


def test_by_event_type_agrees_with_totals():
    split = acled.load_by_event_type("SYR", ACLED)
    deaths = split[split["indicator"] == "deaths"]
    assert deaths["note"].str.startswith("ACLED reported fatalities: ").all()
    assert deaths["note"].nunique() == 6
    assert deaths["value"].sum() == 22757
    assert split.loc[split["indicator"] == "events", "value"].sum() == 46819


def test_other_country_gives_only_its_rows_and_an_uncovered_one_none():
    iraq = acled.load_indicators("acled_monthly", "IRQ", ACLED)
    assert len(iraq) == 90 and set(iraq["country"]) == {"IRQ"}
    syria = acled.load_indicators("acled_monthly", "SYR", ACLED)
    assert not iraq.set_index(["indicator", "period_start"])["value"].equals(
        syria.set_index(["indicator", "period_start"])["value"])
    # A country ACLED's files have no row for (UCDP codes it, ACLED's names do not include it): no rows.
    assert acled.load_indicators("acled_monthly", "ZZZ", ACLED).empty


def test_a_download_for_one_country_is_not_fetched_for_another(tmp_path):
    from analysis import catalog

    events = pd.DataFrame({"event_date": ["2024-11-27"], "event_type": ["Battles"], "fatalities": ["12"]})
    totals, by_type = acled.monthly_tables(events, "Syria")
    written = []
    for frame, kind in ((totals, "ctryMo"), (by_type, "ctryMoEv")):
        path = tmp_path / f"acled_api_{kind}_syr_2024-11_2024-11.csv"
        frame.to_csv(path, index=False)
        written.append(path)
    catalog.write_manifest(tmp_path, "acled_monthly", "download", "https://acleddata.com/api", written)
    assert acled.load_indicators("acled_monthly", "SYR", tmp_path)["value"].sum() == 13
    with pytest.raises(DataError, match="not fetched for this country") as err:
        acled.load_indicators("acled_monthly", "SDN", tmp_path)
    assert "python -m analysis fetch" in str(err.value)


def test_text_in_deaths_names_file_row_and_column(tmp_path):
    lines = TOTALS.read_text().splitlines()
    head, *rows = lines
    cells = rows[2].split(",")
    cells[3] = "n/a"
    rows[2] = ",".join(cells)
    (tmp_path / TOTALS.name).write_text("\n".join([head, *rows]) + "\n")
    with pytest.raises(DataError) as err:
        acled.load_indicators("acled_monthly", "SYR", tmp_path)
    assert TOTALS.name in str(err.value) and (err.value.row, err.value.column) == (3, "Deaths")


def test_duplicate_month_and_missing_column(tmp_path):
    frame = pd.read_csv(TOTALS, dtype=str)
    pd.concat([frame, frame.iloc[[5]]]).to_csv(tmp_path / TOTALS.name, index=False)
    with pytest.raises(DataError, match="duplicate row") as err:
        acled.load_indicators("acled_monthly", "SYR", tmp_path)
    assert err.value.row == len(frame) + 1
    frame.drop(columns=["Events"]).to_csv(tmp_path / TOTALS.name, index=False)
    with pytest.raises(DataError, match="'Events'"):
        acled.load_indicators("acled_monthly", "SYR", tmp_path)


def test_no_table_in_folder(tmp_path):
    with pytest.raises(DataError) as err:
        acled.load_indicators("acled_monthly", "SYR", tmp_path)
    assert str(tmp_path) in str(err.value)


def test_credentials_come_only_from_the_environment():
    with pytest.raises(DownloadError) as err:
        acled.credentials({})
    text = str(err.value)
    assert "ACLED_ACCESS_TOKEN" in text and "ACLED_EMAIL" in text and "ACLED_KEY" in text
    with pytest.raises(DownloadError):
        acled.credentials({"ACLED_EMAIL": "someone@example.org"})
    token = acled.credentials({"ACLED_ACCESS_TOKEN": "abc"})
    assert token["headers"] == {"Authorization": "Bearer abc"}
    legacy = acled.credentials({"ACLED_EMAIL": "someone@example.org", "ACLED_KEY": "k"})
    assert legacy["params"] == {"email": "someone@example.org", "key": "k"}


def test_download_without_credentials_fails_clearly(tmp_path, monkeypatch):
    for name in acled.CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(DownloadError, match="ACLED_ACCESS_TOKEN"):
        acled.download("acled_monthly", tmp_path, progress=False)
    assert not list(tmp_path.iterdir())


def test_monthly_tables_round_trip_through_the_loader(tmp_path):
    # Events written by hand (not ACLED data): two months, two event types.
    events = pd.DataFrame({
        "event_date": ["2024-11-27", "2024-11-30", "2024-12-01", "2024-12-08"],
        "event_type": ["Battles", "Battles", "Explosions/Remote violence", "Battles"],
        "fatalities": ["12", "0", "3", "5"],
    })
    totals, by_type = acled.monthly_tables(events, "Syria")
    totals.to_csv(tmp_path / "acled_api_ctryMo_syr_2024-11_2024-12.csv", index=False)
    by_type.to_csv(tmp_path / "acled_api_ctryMoEv_syr_2024-11_2024-12.csv", index=False)
    table = acled.load_indicators("acled_monthly", "SYR", tmp_path).set_index(["indicator", "period_start"])
    assert table.loc[("deaths", pd.Timestamp("2024-11-01")), "value"] == 12
    assert table.loc[("events", pd.Timestamp("2024-12-01")), "value"] == 2
    split = acled.load_by_event_type("SYR", tmp_path)
    assert set(split["note"]) >= {"ACLED reported fatalities: Battles", "ACLED events: Explosions/Remote violence"}


def test_a_newer_table_in_the_same_folder_wins_for_shared_months(tmp_path):
    shutil.copy(TOTALS, tmp_path / TOTALS.name)
    events = pd.DataFrame({"event_date": ["2024-09-03"], "event_type": ["Battles"], "fatalities": ["7"]})
    totals, _ = acled.monthly_tables(events, "Syria")
    totals.to_csv(tmp_path / "acled_explorer_ctryMo_zzz_later.csv", index=False)
    table = acled.load_indicators("acled_monthly", "SYR", tmp_path)
    sep = table[(table["indicator"] == "deaths") & (table["period_start"] == "2024-09-01")]
    assert sep["value"].tolist() == [7]
