"""Admin-1 areas in report tables (issue 13 review): one area is one row under its OCHA p-code name, whatever
spelling the event data use, and an area that lies in another country is never a row of the report's country.
Events are built here; names and p-codes come from the committed OCHA tables (data/reference)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.schemas import EVENT_COLUMNS
from analysis.tables import areas, casualties as cas


def _events(country: str, rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    """Events of ``country``: (admin-1 name as written, p-code as loaded, deaths, date)."""
    out = []
    for i, (name, pcode, best, date) in enumerate(rows):
        out.append({
            "source": "ucdp_ged", "event_id": str(i + 1), "date_start": pd.Timestamp(date), "date_end": pd.Timestamp(date),
            "country": country, "admin1_name": name, "admin1_pcode": pcode, "type_of_violence": 1,
            "conflict_name": "c", "side_a": "a", "side_b": "b", "best": best, "low": best, "high": best,
            "deaths_civilians": 0.0, "latitude": 0.0, "longitude": 0.0, "where_prec": 1, "provisional": False,
            "origin": "raw", "version": "test"})
    return pd.DataFrame(out, columns=EVENT_COLUMNS)


@pytest.mark.parametrize("country, a, b, pcode, official", [
    ("UKR", "Kiev Special Republican city", "Kyiv Special Republican city", "UA80", "Kyiv"),
    ("SDN", "Southern Kordofan state", "South Kordofan state", "SD07", "South Kordofan"),
    ("SDN", "Gedarif state", "Gedaref", "SD12", "Gedaref"),
    ("UKR", "Mykolayiv oblast", "Mykolaiv", "UA48", "Mykolaivska"),
])
def test_two_spellings_are_one_row_named_by_the_pcode(country, a, b, pcode, official):
    ev = _events(country, [(a, "", 10.0, "2020-03-01"), (b, pcode, 5.0, "2020-04-01"), ("", "", 1.0, "2020-05-01")])
    table = cas.deaths_by_admin1(ev, country, "2020-01-01", "2020-12-31")
    assert list(table["admin1_name"]) == [official, areas.UNKNOWN]
    assert list(table["admin1_pcode"]) == [pcode, ""]
    assert list(table["value"]) == [15.0, 1.0] and list(table["events"]) == [2, 1]


def test_areas_of_another_country_are_not_rows_of_the_report_country():
    ev = _events("SDN", [("Jonglei state", "", 40.0, "2011-02-01"), ("Unity state", "", 2.0, "2011-03-01"),
                         ("North Darfur state", "", 7.0, "2011-02-01")])
    table = cas.deaths_by_admin1(ev, "SDN", "2011-01-01", "2011-12-31")
    assert list(table["admin1_name"]) == ["North Darfur"]
    assert set(table["admin1_pcode"].str[:2]) == {"SD"}
    away = cas.deaths_elsewhere(ev, "SDN", "2011-01-01", "2011-12-31")
    assert list(away["now_in"]) == ["SSD"] and away["value"].iloc[0] == 42.0 and away["events"].iloc[0] == 2
    assert away["areas"].iloc[0] == "Jonglei and Unity"  # most deaths first, OCHA names


def test_skeleton_ignores_transliteration_but_keeps_different_areas_apart():
    assert areas.skeleton("Gedarif state") == areas.skeleton("Gedaref")
    assert areas.skeleton("North Darfur") != areas.skeleton("South Darfur")
    assert areas.pcode("Western Darfur state", "SDN") == "SD04"
    assert areas.pcode("Atlantis", "SDN") == ""
    assert areas.other_country("North Darfur", "SDN") == ""  # Sudan's own area is not another country's


def test_syria_keeps_its_gazetteer_names():
    ev = _events("SYR", [("Idlib governorate", "SY07", 3.0, "2016-01-01"), ("Idleb", "", 2.0, "2016-02-01")])
    table = cas.deaths_by_admin1(ev, "SYR", "2016-01-01", "2016-12-31")
    assert len(table) == 1 and table["admin1_pcode"].iloc[0] == "SY07" and table["value"].iloc[0] == 5.0


@pytest.fixture(scope="module")
def ucdp_events_raw(fetch_mirror) -> Path:
    """UCDP's events fetched from the offline mirror into a raw folder of the test's own."""
    return fetch_mirror("areas_raw", "ucdp_ged", "ucdp_candidate_2024")


@pytest.mark.parametrize("country", ["SDN", "UKR"])
def test_fetched_event_data_give_one_row_per_area_of_the_country(country, ucdp_events_raw):
    """On UCDP's events fetched from the world mirror: every named area is an OCHA area of the country, one
    row each; the raw names hold several spellings of one area, so the test can fail."""
    from analysis import datasets

    ev = datasets.events(country, raw=ucdp_events_raw)
    assert len(ev[ev["country"] == country]), f"no events for {country} in the mirror's UCDP files"
    table = cas.deaths_by_admin1(ev, country, "2011-01-01", "2024-12-31")
    named = table[table["admin1_name"] != areas.UNKNOWN]
    assert named["admin1_pcode"].str.len().gt(0).all()
    assert named["admin1_pcode"].is_unique and named["admin1_name"].is_unique
    prefix = {"SDN": "SD", "UKR": "UA"}[country]
    assert named["admin1_pcode"].str.startswith(prefix).all()
    raw_names = ev.groupby("admin1_pcode")["admin1_name"].nunique()
    assert (raw_names > 1).any() or country == "SDN"  # Kiev/Kyiv in Ukraine's raw names
    if country == "SDN":  # UCDP's pre-2011 Sudan events in today's South Sudan are kept apart
        away = cas.deaths_elsewhere(ev, country, "2011-01-01", "2024-12-31")
        assert "SSD" in set(away["now_in"])


def test_an_area_ocha_splits_is_named_as_its_parts_together():
    ev = _events("MMR", [("Shan state", "", 4.0, "2022-01-01"), ("Kachin state", "", 1.0, "2022-01-02")])
    table = cas.deaths_by_admin1(ev, "MMR", "2022-01-01", "2022-12-31")
    assert list(table["admin1_name"]) == ["Shan (East, North and South together)", "Kachin"]
