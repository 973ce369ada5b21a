"""The claim check on real data: the committed reference tables, and the mirror fetched into a tmp raw folder.

Claims are built from the committed ledger where it has them, or written here
as the extractor would give them (no article text is copied).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import datasets, paths
from analysis.check import match, rules as rules_mod, verdict
from analysis.check.run import CHECK_COLUMNS, check_claims, verdict_counts
from analysis.cli import main
from analysis.errors import DataError
from analysis.sources import ucdp

NEEDED = ["unhcr_population", "idmc_gidd", "ucdp_ged", "ucdp_candidate_2024", "ucdp_country_month",
          "published_tolls"]


@pytest.fixture(scope="module")
def mirror_raw(fetch_mirror) -> Path:
    """A tmp raw folder filled with ``python -m analysis fetch --mirror`` (the real mirror)."""
    return fetch_mirror("raw_check", *NEEDED)


@pytest.fixture(params=["embedded", "mirror"])
def raw(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Either an empty raw folder (embedded reference tables only) or the mirror fetched."""
    if request.param == "mirror":
        return request.getfixturevalue("mirror_raw")
    empty = tmp_path / "raw"
    empty.mkdir()
    return empty


def _claim(**fields) -> dict:
    base = {"claim_id": "t0000000000a", "article": "test", "date": "2024-11-28", "value": math.nan,
            "value_low": math.nan, "value_high": math.nan, "qualifier": "exact", "unit": "people",
            "metric": "killed", "place": "", "period": ""}
    base.update(fields)
    return base


def _seed_displaced() -> dict:
    """The seed's "around 13 million ... since the war began" row from the ledger, else as the extractor gives it."""
    if paths.LEDGER.exists():
        ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
        hit = ledger[(ledger["article"] == "000_seed") & (ledger["metric"] == "displaced")]
        if len(hit):
            row = hit.iloc[0].to_dict()
            for c in ("value", "value_low", "value_high"):
                row[c] = float(row[c]) if row[c] != "" else math.nan
            return row
    return _claim(claim_id="seed13m00000", value=13_000_000.0, qualifier="about", metric="displaced",
                  place="Syria", period="since the war began")


def _one(claim: dict, raw: Path) -> dict:
    out = check_claims(pd.DataFrame([claim]), "SYR", raw=raw)
    assert list(out.columns) == CHECK_COLUMNS
    return out.iloc[0].to_dict()


def _year_end(raw: Path, indicator: str, year: int, partner: str = "", source: str = "unhcr_population") -> float:
    frame = datasets.indicators("SYR", sources=source, indicators=indicator, raw=raw)
    hit = frame[(frame["partner"] == partner) & (frame["admin1_pcode"] == "")
                & (frame["period_end"] == pd.Timestamp(year, 12, 31))]
    return float(hit["value"].iloc[0])


def _between(v0: float, v1: float, on: str, year: int) -> float:
    """Linear interpolation written out here, independently of match.stock_figure."""
    y0, y1 = pd.Timestamp(year, 12, 31), pd.Timestamp(year + 1, 12, 31)
    return v0 + (pd.Timestamp(on) - y0).days / (y1 - y0).days * (v1 - v0)


def test_seed_displaced_consistent_interpolated_between_year_ends(raw: Path) -> None:
    claim = _seed_displaced()
    assert claim["value"] == 13_000_000 and claim["date"] == "2024-11-28"
    row = _one(claim, raw)
    assert row["rule"] == "displaced_total"
    # a stock on 2024-11-28: between the year-ends 2023-12-31 and 2024-12-31, both shown
    assert (row["data_period_start"], row["data_period_end"]) == (pd.Timestamp("2023-12-31"),
                                                                   pd.Timestamp("2024-12-31"))
    expected = sum(_between(_year_end(raw, i, 2023), _year_end(raw, i, 2024), "2024-11-28", 2023)
                   for i in ("refugees", "asylum_seekers", "idps"))
    assert row["data_value"] == pytest.approx(expected)
    assert "6,355,788 at 2023-12-31" in row["data_detail"] and "interpolated linearly to 2024-11-28" in row["data_detail"]
    assert "unhcr_population" in row["dataset"] and "idmc_gidd" in row["dataset"]
    assert "2025.12.1" in row["version"]
    assert row["verdict"] == "consistent" and row["within_range"]
    assert row["ratio"] == pytest.approx(13_000_000 / expected)
    assert row["tolerance"] == pytest.approx(0.2)
    assert not row["provisional"]
    assert row["origin"] == ("raw" if any(raw.iterdir()) else "reference")


def test_made_up_19_million_is_higher_than_data(raw: Path) -> None:
    claim = dict(_seed_displaced(), claim_id="made0up00019", value=19_000_000.0)
    row = _one(claim, raw)
    assert row["verdict"] == "higher than data"
    assert row["ratio"] > 1.2 and not row["within_range"]
    assert "above the data" in row["reason"]


def test_more_than_the_population_is_implausible(raw: Path) -> None:
    claim = dict(_seed_displaced(), claim_id="made0up00130", value=130_000_000.0)
    row = _one(claim, raw)
    assert row["verdict"] == "implausible"
    assert "likely a typo or extraction error" in row["reason"]
    assert "larger than the whole population of Syria" in row["reason"]
    assert "World Bank WDI population" in row["reason"] and "worldbank_population" not in row["reason"]


def test_ten_times_the_largest_figure_is_implausible(raw: Path) -> None:
    # below Syria's population, far above any figure of killed any dataset holds for it
    claim = _claim(claim_id="made0up00015", value=15_000_000.0, value_low=15_000_000.0, value_high=15_000_000.0,
                   period="since the war began", place="Syria")
    row = _one(claim, raw)
    assert row["verdict"] == "implausible" and "times the largest figure of its kind" in row["reason"]
    assert "any listed dataset holds for Syria" in row["reason"]


def test_vague_figure_is_never_higher_or_lower() -> None:
    got = verdict.compare({"value": 2_000_000, "value_low": 2_000_000, "qualifier": "approx_word"}, 250_000,
                          tolerance=0.25)
    assert got["verdict"] == "not comparable" and "vague" in got["reason"]


def test_a_part_is_never_set_beside_a_total(raw: Path) -> None:
    claim = _claim(claim_id="part00000600", date="2016-06-29", value=600.0, qualifier="about", unit="syrians",
                   place="Syria", period="since September 2014", scope="attack: air strikes")
    row = _one(claim, raw)
    assert row["verdict"] == "not comparable" and "counts a part (attack: air strikes)" in row["reason"]
    assert "UCDP GED events filtered by type of violence" in row["reason"]


def test_a_share_in_percent_is_never_set_beside_a_count(raw: Path) -> None:
    # "more than half of them civilians": 50 is a share of the killed, not 50 people
    claim = _claim(claim_id="share0000050", date="2016-06-29", value=50.0, qualifier="more_than", unit="percent",
                   place="Syria", period="since September 2014")
    row = _one(claim, raw)
    assert row["verdict"] == "not comparable" and "share of a group, in percent" in row["reason"]


def test_a_flow_is_not_a_stock(raw: Path) -> None:
    claim = _claim(claim_id="flow00010900", date="2019-05-10", value=10_900.0, qualifier="about",
                   metric="displaced", period="since March 2019")
    row = _one(claim, raw)
    assert row["verdict"] == "not comparable" and "flow" in row["reason"]


def test_killed_since_the_war_began_is_a_range_of_whole_years(raw: Path) -> None:
    claim = _claim(claim_id="war000400000", date="2016-06-15", value=400_000.0, value_low=400_000.0,
                   value_high=400_000.0, qualifier="more_than", place="Syria", period="since the war began")
    row = _one(claim, raw)
    assert row["rule"] == "killed_years"
    # 2011-03-15 to 2016-06-15: 2012-2015 whole, 2011 and 2016 in part; never a part-year counted whole
    assert math.isnan(row["data_value"]) and math.isnan(row["ratio"])
    assert "only part of 2011, 2016" in row["data_detail"]
    frame = datasets.indicators("SYR", sources="ucdp_orgvio_cy", indicators="deaths", raw=raw)
    frame = frame[frame["note"] == "all types"]
    frame = frame.set_index(frame["period_start"].dt.year)
    low = sum(frame.at[y, "low"] if pd.notna(frame.at[y, "low"]) else frame.at[y, "value"] for y in range(2012, 2016))
    high = sum(frame.at[y, "high"] if pd.notna(frame.at[y, "high"]) else frame.at[y, "value"] for y in range(2011, 2017))
    assert (row["data_low"], row["data_high"]) == (pytest.approx(low), pytest.approx(high))
    assert row["verdict"] == ("higher than data" if 400_000 > high * 1.25 else "consistent")
    assert "definitions:" in row["reason"] and "conservative" in row["reason"]


def test_142_fighters_beside_candidate_events_and_published_toll(raw: Path) -> None:
    # The ledger keeps the seed's 142 without place or period; a reviewer would supply them.
    claim = _claim(claim_id="fight0000142", value=142.0, value_low=142.0, value_high=142.0, unit="people",
                   place="Aleppo and Idlib", period="since the offensive began")
    row = _one(claim, raw)
    assert row["rule"] == "killed_window"
    assert (row["window_start"], row["window_end"]) == (pd.Timestamp("2024-11-27"), pd.Timestamp("2024-11-28"))
    assert row["admin1_pcode"] == "SY02,SY07"
    assert row["dataset"] == "ucdp_candidate_2024" and row["provisional"]
    assert "provisional" in row["reason"]
    # the data figure is the sum of the candidate events, computed here independently
    events = datasets.events("SYR", "2024-11-27", "2024-11-28", sources="ucdp_candidate_2024", raw=raw)
    expected = sum(ucdp.events_window(events, "2024-11-27", "2024-11-28", admin1=a)["best"] for a in ("SY02", "SY07"))
    assert expected > 0 and row["data_value"] == expected
    assert row["verdict"] in verdict.VERDICTS[:3]
    assert row["ratio"] == pytest.approx(142 / expected)
    # the monitors' toll for the same window is a second comparison, labelled as such
    assert row["toll_label"] == "published toll"
    assert row["toll_source"] in {"SOHR", "SNHR", "OCHA"}
    assert row["toll_url"].startswith("http") and row["toll_as_of"] >= pd.Timestamp("2024-11-28")
    assert row["toll_value"] > 0


def test_period_no_loaded_data_cover_is_not_comparable_and_names_the_release(raw: Path) -> None:
    claim = _claim(claim_id="idlib2023mar", date="2023-03-22", value=40.0, value_low=40.0, value_high=40.0,
                   place="Idlib", period="on Monday")
    row = _one(claim, raw)
    assert row["window_start"] == pd.Timestamp("2023-03-20")
    assert row["verdict"] == "not comparable"
    assert math.isnan(row["data_value"])
    assert "UCDP GED 25.1 covers 1989-01-01 to 2024-12-31, but it is not loaded" in row["reason"]
    assert "ucdp_ged" not in row["reason"] and "ged251-csv.zip" not in row["reason"]


def test_claim_without_period_is_not_guessed() -> None:
    empty = Path(paths.ROOT / "does-not-exist-raw")
    row = _one(_claim(value=142.0, unit="people"), empty)
    assert row["verdict"] == "not comparable" and "no period" in row["reason"]


def test_fighters_are_not_all_deaths() -> None:
    row = _one(_claim(value=142.0, unit="fighters", place="Aleppo", period="since the offensive began"),
               Path(paths.ROOT / "does-not-exist-raw"))
    assert row["verdict"] == "not comparable" and "counts fighters" in row["reason"]


@pytest.mark.parametrize("qualifier,value,low,high,data,expected", [
    ("at_least", 100, 100, 100, 85, "consistent"),        # 85 >= 100 x (1 - 0.2)
    ("at_least", 100, 100, 100, 70, "higher than data"),
    ("at_least", 100, 100, 100, 900, "consistent"),       # "at least" allows more
    ("at_least", 100, 100, 100, 10_000, "not comparable"),  # ... but 100 says nothing about 10,000
    ("more_than", 100, 100, 100, 79, "higher than data"),
    ("up_to", 100, 100, 100, 500, "lower than data"),
    ("up_to", 100, 100, 100, 3, "consistent"),
    ("range", 60_000, 60_000, 80_000, 90_000, "consistent"),
    ("range", 60_000, 60_000, 80_000, 120_000, "lower than data"),
    ("approx_word", 200, 200, math.nan, 170, "consistent"),   # "hundreds": 200 or more; 170 x 1.25 >= 200
    ("approx_word", 200, 200, math.nan, 100, "not comparable"),   # vague: an open range, never "higher"
    ("exact", 100, 100, 100, 130, "lower than data"),
])
def test_hedges_are_respected(qualifier, value, low, high, data, expected) -> None:
    tol = 0.25 if qualifier == "approx_word" else 0.2
    got = verdict.compare({"value": value, "value_low": low, "value_high": high, "qualifier": qualifier}, data,
                          tolerance=tol)
    assert got["verdict"] == expected, got


def test_data_low_high_range_counts_as_within() -> None:
    got = verdict.compare({"value": 150, "qualifier": "exact"}, 100, 80, 160, tolerance=0.0)
    assert got["within_range"] and got["verdict"] == "consistent"
    got = verdict.compare({"value": 170, "qualifier": "exact"}, 100, 80, 160, tolerance=0.0)
    assert not got["within_range"] and got["verdict"] == "higher than data"


@pytest.mark.parametrize("period,date,start,end", [
    ("on Monday", "2016-06-22", "2016-06-20", "2016-06-20"),
    ("in 2016", "2017-04-01", "2016-01-01", "2016-12-31"),
    ("last year", "2017-04-01", "2016-01-01", "2016-12-31"),
    ("in March 2012", "2016-01-10", "2012-03-01", "2012-03-31"),
    ("in March 2011", "2011-12-10", "2011-03-01", "2011-03-31"),
    ("since the war began", "2024-11-28", "2011-03-15", "2024-11-28"),
    ("over the past five years", "2016-07-01", "2011-07-01", "2016-07-01"),
    ("yesterday", "2024-11-28", "2024-11-27", "2024-11-28"),
])
def test_claim_windows(period, date, start, end) -> None:
    anchors = rules_mod.load_rules().anchors
    w = match.claim_window(period, date, anchors, "SYR")
    assert (w.start, w.end) == (pd.Timestamp(start), pd.Timestamp(end)), w


def test_unknown_period_and_other_country_anchor_give_no_window() -> None:
    anchors = rules_mod.load_rules().anchors
    assert match.claim_window("at some point", "2024-11-28", anchors, "SYR") is None
    assert match.claim_window("since the war began", "2024-11-28", anchors, "YEM") is None


def test_places() -> None:
    assert match.resolve_place("Syria's Idlib", "SYR").admin1 == ("SY07",)
    assert match.resolve_place("Lebanon", "SYR").host == "LBN"
    assert match.resolve_place("Manbij", "SYR").unresolved == "Manbij"
    assert match.resolve_place("", "YEM").country == "YEM"


def test_refugees_in_host_country(raw: Path) -> None:
    claim = _claim(claim_id="lebanon00001", date="2024-11-28", value=800_000.0, qualifier="about",
                   unit="refugees", metric="refugees", place="Lebanon", period="")
    row = _one(claim, raw)
    assert row["rule"] == "refugees_in_host" and row["host"] == "LBN" and row["country"] == "SYR"
    expected = _between(_year_end(raw, "refugees", 2023, "LBN"), _year_end(raw, "refugees", 2024, "LBN"),
                        "2024-11-28", 2023)
    assert row["data_value"] == pytest.approx(expected)


def test_article_country_from_its_places() -> None:
    from analysis.check.run import article_countries

    ledger = pd.DataFrame({"article": ["a", "a", "a", "b", "b", "c"],
                           "place_country": ["SDN", "SDN", "TCD", "SDN", "TCD", ""]})
    got = article_countries(ledger)
    assert got["a"][0] == "SDN" and got["b"][0] == "" and "several countries" in got["b"][1]
    assert "c" not in got
    row = check_claims(pd.DataFrame([_claim(article="c")]), None).iloc[0]
    assert row["verdict"] == "not comparable" and "no country" in row["reason"]


def _write_rules(tmp_path: Path, change) -> Path:
    import yaml

    doc = yaml.safe_load(rules_mod.RULES_FILE.read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("change,words", [
    (lambda d: d["rules"][1].update(tolerance=5), "tolerance"),
    (lambda d: d["rules"][1].update(metrics=["eaten"]), "metrics"),
    (lambda d: d["rules"][0]["components"][0].update(sources=["no_such_dataset"]), "no_such_dataset"),
    (lambda d: d["rules"][2].update(colour="red"), "colour"),
    (lambda d: d["rules"][6]["covered_by"][0].update(file="ged999-csv.zip"), "ged999"),
    (lambda d: d["rules"][3].update(period_keywords=["(unclosed"]), "regular expression"),
])
def test_bad_rule_names_file_and_rule(tmp_path: Path, change, words) -> None:
    path = _write_rules(tmp_path, change)
    with pytest.raises(DataError) as err:
        rules_mod.load_rules(path)
    text = str(err.value)
    assert str(path) in text and "rule " in text and words in text


def test_rules_file_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "rules.yml"
    path.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(DataError, match="not valid YAML"):
        rules_mod.load_rules(path)


def test_cli_checks_committed_ledger_on_embedded_data(tmp_path: Path, capsys) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    out = tmp_path / "checks.csv"
    assert main(["claims", "check", "--out", str(out), "--raw-dir", str(raw)]) == 0
    checks = pd.read_csv(out, dtype=str, keep_default_na=False)
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    assert list(checks.columns) == CHECK_COLUMNS
    assert list(checks["claim_id"]) == list(ledger["claim_id"])
    assert set(checks["verdict"]) <= set(verdict.VERDICTS)
    counts = checks["verdict"].value_counts()
    assert counts.get("consistent", 0) > 0 and counts.get("not comparable", 0) > 0
    assert (checks["reason"] != "").all()
    # reasons are for readers: dataset names, not catalog ids; no rule ids (they are the `rule` column), no file
    # names of the project, no Python values
    internal = "|".join([r"\b[a-z]+_[a-z0-9_]+\b", r"\.yml\b", r"python -m", r"\b(?:True|False|None|nan)\b"])
    leaked = checks.loc[checks["reason"].str.contains(internal, regex=True), "reason"]
    assert leaked.empty, leaked.head().tolist()
    assert not set(checks["rule"]) - {""} & set(" ".join(checks["reason"]).split())
    seed = checks[(checks["article"] == "000_seed") & (checks["metric"] == "displaced")]
    assert seed["verdict"].tolist() == ["consistent"]
    assert "claims checked" in capsys.readouterr().err


def test_cli_bad_rules_is_one_line_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "rules.yml"
    bad.write_text("version: 1\nrules: []\n", encoding="utf-8")
    small = tmp_path / "ledger.csv"
    pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False).head(3).to_csv(small, index=False)
    assert main(["claims", "check", "--ledger", str(small), "--rules", str(bad), "--out",
                 str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(bad) in err and not (tmp_path / "o.csv").exists()


def test_verdict_counts_order() -> None:
    frame = pd.DataFrame({"verdict": ["consistent", "not comparable", "consistent"]})
    assert verdict_counts(frame).to_dict() == {"consistent": 2, "higher than data": 0, "lower than data": 0,
                                               "implausible": 0, "not comparable": 1}


def test_stock_on_the_date_the_claim_names(raw: Path) -> None:
    claim = _claim(claim_id="idps20150930", date="2016-07-14", value=6_500_000.0, qualifier="about",
                   metric="idps", period="September 30 2015")
    row = _one(claim, raw)
    assert row["rule"] == "idps_stock"
    # on 2015-09-30 (not the article's date): between the year-ends 2014 and 2015
    assert (row["data_period_start"], row["data_period_end"]) == (pd.Timestamp("2014-12-31"),
                                                                   pd.Timestamp("2015-12-31"))
    expected = _between(_year_end(raw, "idps", 2014), _year_end(raw, "idps", 2015), "2015-09-30", 2014)
    assert row["data_value"] == pytest.approx(expected)


def test_stock_just_after_a_year_end_is_that_year_end(raw: Path) -> None:
    claim = _claim(claim_id="idps20160110", date="2016-01-10", value=6_500_000.0, qualifier="about", metric="idps")
    row = _one(claim, raw)
    assert row["data_period_start"] == row["data_period_end"] == pd.Timestamp("2015-12-31")
    assert row["data_value"] == _year_end(raw, "idps", 2015)


def test_cli_with_the_mirror_fetched(mirror_raw: Path, tmp_path: Path) -> None:
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    small = tmp_path / "ledger.csv"
    ledger[ledger["article"] == "000_seed"].to_csv(small, index=False)
    out = tmp_path / "checks.csv"
    assert main(["claims", "check", "--ledger", str(small), "--out", str(out), "--raw-dir", str(mirror_raw)]) == 0
    checks = pd.read_csv(out, dtype=str, keep_default_na=False)
    seed = checks[checks["metric"] == "displaced"].iloc[0]
    assert seed["verdict"] == "consistent" and seed["origin"] == "raw"


def test_summary_for_a_report_section() -> None:
    from analysis.check import summary

    ledger = pd.DataFrame([_seed_displaced(), dict(_seed_displaced(), claim_id="made0up00019", value=19e6),
                           dict(_seed_displaced(), claim_id="made0up00130", value=130e6),
                           _claim(claim_id="old000000001", date="2016-01-05", value=5.0)])
    s = summary(ledger, "SYR", start="2024-11-27", end="2024-12-08",
                raw=Path(paths.ROOT / "does-not-exist-raw"))
    assert len(s["checks"]) == 3  # the 2016 claim is outside the window
    assert s["counts"].to_dict() == {"consistent": 1, "higher than data": 1, "lower than data": 0,
                                     "implausible": 1, "not comparable": 0}
    assert s["text"].startswith("Of 3 figures") and "1 is consistent" in s["text"] and "1 is implausible" in s["text"]
    assert list(s["table"]["verdict"]) == ["higher than data", "implausible", "consistent"]  # what to see first
    assert s["table"]["data (source; period)"].str.contains("UNHCR").sum() == 2


def test_war_start_year_alone_years_later_is_not_read() -> None:
    anchors = rules_mod.load_rules().anchors
    assert match.claim_window("in 2011", "2016-06-20", anchors, "SYR") is None  # since 2011, or in 2011?
    w = match.claim_window("in 2011", "2011-11-20", anchors, "SYR")
    assert (w.start, w.end) == (pd.Timestamp("2011-01-01"), pd.Timestamp("2011-11-20"))
    w = match.claim_window("in 2012", "2016-06-20", anchors, "SYR")
    assert (w.start, w.end) == (pd.Timestamp("2012-01-01"), pd.Timestamp("2012-12-31"))
    assert match.claim_window("in March 2011", "2014-04-09", anchors, "SYR") is None
    w = match.claim_window("in May 2011", "2014-04-09", anchors, "SYR")
    assert (w.start, w.end) == (pd.Timestamp("2011-05-01"), pd.Timestamp("2011-05-31"))


def test_vague_figure_is_consistent_only_within_an_order_of_magnitude() -> None:
    claim = {"value": 2_000, "value_low": 2_000, "qualifier": "approx_word"}  # "thousands"
    assert verdict.compare(claim, 9_000, tolerance=0.2)["verdict"] == "consistent"
    far = verdict.compare(claim, 6_500_000, tolerance=0.2)
    assert far["verdict"] == "not comparable" and "2,000 to 20,000" in far["reason"]


def test_a_range_from_zero_neither_confirms_nor_contradicts() -> None:
    # a window inside one year: yearly data bound it from above only
    got = verdict.compare({"value": 3_000, "qualifier": "at_least"}, math.nan, 0, 43_000, tolerance=0.25)
    assert got["verdict"] == "not comparable" and "only bound" in got["reason"]
    got = verdict.compare({"value": 90_000, "qualifier": "exact"}, math.nan, 0, 43_000, tolerance=0.25)
    assert got["verdict"] == "higher than data"


def test_country_names_the_gazetteer_knows() -> None:
    for name, iso3 in (("Turkey", "TUR"), ("Russia", "RUS"), ("DR Congo", "COD"), ("Ivory Coast", "CIV")):
        assert match.resolve_place(name, "SYR") == match.Place(iso3, host=iso3)


def test_a_stock_is_lower_only_when_it_claims_the_whole(raw: Path) -> None:
    part = _one(_claim(claim_id="idps00000002", date="2016-02-16", value=2_000_000.0, metric="idps"), raw)
    assert part["verdict"] == "not comparable" and "may count a part" in part["reason"]
    whole = _one(_claim(claim_id="disp00000003", date="2016-02-16", value=3_000_000.0, metric="displaced",
                        place="Syria", period="since the war began"), raw)
    assert whole["verdict"] == "lower than data"


def test_whose_refugees_must_be_readable(raw: Path) -> None:
    either = _one(_claim(claim_id="refu00000001", date="2016-02-16", value=900_000.0, metric="refugees",
                         place="Syria", place_country="SYR"), raw)
    assert either["verdict"] == "not comparable" and "fled from or where they fled to" in either["reason"]
    flow = _one(_claim(claim_id="refu00000002", date="2016-02-16", value=90_000.0, metric="refugees"), raw)
    assert flow["verdict"] == "not comparable" and "flow" in flow["reason"]
    named = _one(_claim(claim_id="refu00000003", date="2014-10-01", value=3_000_000.0, qualifier="more_than",
                        value_low=3_000_000.0, metric="refugees", unit="syrians"), raw)
    assert named["rule"] == "refugees_total" and named["verdict"] == "consistent"


def test_provisional_data_never_contradict() -> None:
    row = {"value": 500.0, "value_low": 500.0, "value_high": 500.0, "qualifier": "exact", "unit": "people",
           "metric": "killed"}
    rules = rules_mod.load_rules()
    rule = next(r for r in rules.rules if r.id == "killed_window")
    from analysis.check.run import Matched, judge

    m = Matched({"data_value": 20.0, "data_low": 15.0, "data_high": 30.0, "provisional": True}, rule=rule,
                detail="20 deaths in 3 UCDP events")
    out = judge(row, m, rules, lambda iso3: pytest.fail("no data needed"))
    assert out["verdict"] == "not comparable" and "provisional" in out["reason"]


def test_largest_figure_needs_a_real_figure() -> None:
    ind = datasets.indicators("SYR", raw=Path(paths.ROOT / "does-not-exist-raw"))
    tiny = ind[(ind["source"] == "unhcr_population") & (ind["partner"] == "")].head(1).assign(
        country="QAT", value=128.0, indicator="asylum_seekers")
    plaus = rules_mod.load_rules().plausibility
    assert match.implausible(30_000, "displaced", "QAT", tiny, plaus, pd.Timestamp("2017-04-02")) is None


def test_claims_about_a_country_come_from_places_and_articles() -> None:
    from analysis.check.run import claims_about

    ledger = pd.DataFrame({"article": ["a", "a", "a", "a", "b", "c"],
                           "place_country": ["SYR", "SYR", "", "TUR", "", "LBN"],
                           "metric": ["killed", "killed", "killed", "refugees", "killed", "refugees"]})
    got = claims_about(ledger, "SYR")
    # article a is Syria's (two of its three placed figures), so its unplaced claim and its refugees in Turkey
    # are kept; article b names no country; article c is Lebanon's
    assert got.index.size == 4 and set(got["place_country"]) == {"SYR", "", "TUR"}


def test_summary_for_a_report_section_takes_only_the_countrys_claims() -> None:
    """A claim of an article that names no country is not the report's country's (issue 13: never by default)."""
    from analysis.check import summary

    stray = dict(_seed_displaced(), claim_id="nocountry001", article="made_up_wire_story", place="",
                 place_country="")
    ledger = pd.DataFrame([_seed_displaced(), stray])
    s = summary(ledger, "SYR", raw=Path(paths.ROOT / "does-not-exist-raw"))
    assert list(s["checks"]["claim_id"]) == [_seed_displaced()["claim_id"]]


@pytest.mark.parametrize("period", ["since the protests began", "since the start of the protests",
                                    "since the uprising broke out", "since it erupted", "since the revolution"])
def test_syrias_war_anchor_reads_the_protests_and_an_eruption(period: str) -> None:
    anchors = rules_mod.load_rules().anchors
    w = match.claim_window(period, "2015-06-01", anchors, "SYR")
    assert w is not None and w.anchored and w.start == pd.Timestamp("2011-03-15"), period
    assert match.claim_window(period, "2015-06-01", anchors, "SDN") is None or not match.claim_window(
        period, "2015-06-01", anchors, "SDN").anchored   # Syria's anchor is Syria's only
