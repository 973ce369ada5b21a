"""The casualties report for any country (issue 13): its tables and key facts on the world mirror fetched into
a tmp raw folder, each country naming only its own data and claims; the key facts recomputed from the raw mirror
CSV files by plain csv code (not the project's loaders); "not loaded" failing with the command that loads it;
Syria still served offline by the embedded reference tables; one real build for a country other than Syria.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths, prose
from analysis.claims.ledger import load_ledger
from analysis.errors import DataError
from analysis.tables import casualties as cas, coverage as cov

START, END = "2011-01-01", "2024-12-31"
#: UCDP's own country ids (Gleditsch-Ward codes) and names in the country-year file, written out here so the
#: check does not lean on the project's country table.
UCDP_IDS = {"SYR": (652, "Syria"), "SDN": (625, "Sudan"), "UKR": (369, "Ukraine"), "COD": (490, "DR Congo (Zaire)"),
            "MMR": (775, "Myanmar (Burma)"), "YEM": (678, "Yemen (North Yemen)"), "AFG": (700, "Afghanistan")}
COUNTRIES = list(UCDP_IDS)
ORGVIO_CSV = paths.MIRROR / "ucdp_world" / "ucdp_organizedviolencecy_v25_1.csv"
BRD_CSV = paths.MIRROR / "ucdp_world" / "ucdp_brd_conf_v25_1.csv"
ACLED_CSV = paths.MIRROR / "acled_world" / "acled_explorer_ctryMo_all_countries_2021-01_2024-09.csv"


@pytest.fixture(scope="module")
def mirror_raw(fetch_mirror) -> Path:
    """A tmp raw folder filled with ``python -m analysis fetch --mirror`` (the real mirror)."""
    if not ORGVIO_CSV.is_file():
        pytest.skip(f"the world mirror is not at {paths.MIRROR}")
    return fetch_mirror("raw_casualties")


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return load_ledger()


def _tables(country: str, raw: Path | None) -> dict:
    ind = cas.load_indicators(country, raw=raw)
    yearly = cas.orgvio_by_year(ind, country, START, END)
    monthly = cas.monthly_series(ind, country, START, END)
    brd = cas.brd_by_conflict(ind, country, START, END)
    comparison = cas.yearly_comparison(yearly, monthly)
    return {"indicators": ind, "yearly": yearly, "monthly": monthly, "brd": brd, "comparison": comparison,
            "facts": cas.key_facts(yearly, comparison, brd, country).set_index("fact")}


# ---------------------------------------------------------------- independent readings of the raw files

def _orgvio_rows(country: str) -> dict[int, dict[str, float]]:
    """Year -> {all, low, high, civilians, sb} of ``country`` from UCDP's file, read with the csv module."""
    code, name = UCDP_IDS[country]
    out = {}
    with open(ORGVIO_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if int(row["country_id_cy"]) != code:
                continue
            assert row["country_cy"] == name
            year = int(row["year_cy"])
            if 2011 <= year <= 2024:
                out[year] = {"all": float(row["cumulative_total_deaths_in_orgvio_best_cy"]),
                             "low": float(row["cumulative_total_deaths_in_orgvio_low_cy"]),
                             "high": float(row["cumulative_total_deaths_in_orgvio_high_cy"]),
                             "civilians": float(row["cumulative_total_deaths_civilians_in_orgvio_cy"]),
                             "sb": float(row["sb_total_deaths_best_cy"])}
    return out


def _brd_top_in(country: str) -> tuple[str, float]:
    """(conflict id, battle deaths 2011-2024) of the conflict located in ``country`` with most deaths."""
    code = str(UCDP_IDS[country][0])
    totals: dict[str, float] = defaultdict(float)
    with open(BRD_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if code in re.findall(r"\d+", row["gwno_loc"]) and 2011 <= int(row["year"]) <= 2024:
                totals[row["conflict_id"]] += float(row["bd_best"])
    best = max(totals, key=totals.get)
    return best, totals[best]


def _acled_years(country_name: str) -> dict[int, tuple[int, float]]:
    """Year -> (months held, reported fatalities) from ACLED's world month file."""
    months: Counter = Counter()
    deaths: dict[int, float] = defaultdict(float)
    with open(ACLED_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["Country"] == country_name:
                year = int(row["Event.month"][:4])
                months[year] += 1
                deaths[year] += float(row["Deaths"])
    return {y: (months[y], deaths[y]) for y in months}


# ---------------------------------------------------------------- the tables for every country

@pytest.mark.parametrize("country", COUNTRIES)
def test_tables_compute_and_name_only_their_country(mirror_raw: Path, country: str) -> None:
    t = _tables(country, mirror_raw)
    assert len(t["yearly"]) == 14 * 4  # 2011-2024, three types and all types
    assert set(t["indicators"]["country"]) == {country}
    for key in ("yearly", "monthly", "brd"):
        frame = t[key]
        assert not len(frame) or set(frame["source"]) <= set(cas.REPORT_SOURCES)
    # every fact names its source as readers read it, never an internal id
    assert 3 <= len(t["facts"]) <= 5
    for text in t["facts"]["text"].tolist() + t["facts"]["source"].tolist():
        assert not re.search(r"\b(ucdp|acled)_[a-z_]+\b", text), text
    # the mirror's BRD, monthly and ACLED files hold every country: loaded, and only this country's rows
    assert t["indicators"].attrs["not_loaded"] == {}
    for ident in (cas.BRD, cas.COUNTRY_MONTH, cas.ACLED):
        rows = t["indicators"][t["indicators"]["source"] == ident]
        assert len(rows) and set(rows["country"]) == {country}, ident
        assert f"python -m analysis fetch {ident}" in cov.load_command(ident)
    assert len(t["brd"]) and len(t["monthly"])


@pytest.mark.parametrize("country", COUNTRIES)
def test_key_facts_match_the_raw_files(mirror_raw: Path, country: str) -> None:
    facts = _tables(country, mirror_raw)["facts"]
    rows = _orgvio_rows(country)
    assert sorted(rows) == list(range(2011, 2025))
    total = sum(r["all"] for r in rows.values())
    assert facts.loc["total", "value"] == total
    assert f"**{prose.fmt_count(total)}**" in facts.loc["total", "text"]
    assert f"{prose.fmt_count(sum(r['low'] for r in rows.values()))} to " \
           f"{prose.fmt_count(sum(r['high'] for r in rows.values()))}" in facts.loc["total", "text"]
    peak = max(rows, key=lambda y: rows[y]["all"])
    assert facts.loc["peak", "value"] == rows[peak]["all"] and f"**{peak}**" in facts.loc["peak", "text"]
    civilians = sum(r["civilians"] for r in rows.values())
    assert facts.loc["civilians", "value"] == civilians
    assert f"({round(100 * civilians / total)}%)" in facts.loc["civilians", "text"]


def test_syria_facts_beside_acled_and_brd_match_the_raw_files(mirror_raw: Path) -> None:
    facts = _tables("SYR", mirror_raw)["facts"]
    acled = {y: d for y, (n, d) in _acled_years("Syria").items() if n == 12}
    assert sorted(acled) == [2021, 2022, 2023]
    assert facts.loc["acled", "value"] == sum(acled.values())
    ucdp = sum(_orgvio_rows("SYR")[y]["all"] for y in acled)
    assert f"UCDP recorded {prose.fmt_count(ucdp)}" in facts.loc["acled", "text"]
    assert facts.loc["acled", "period"] == "2021 to 2023"
    conflict, deaths = _brd_top_in("SYR")
    assert conflict == "299" and facts.loc["conflict", "value"] == deaths


def test_monthly_series_never_mixes_with_yearly_and_says_what_it_holds(mirror_raw: Path) -> None:
    t = _tables("SYR", mirror_raw)
    ucdp_label, acled_label = "UCDP, all types (monthly aggregate)", "ACLED reported fatalities"
    assert set(t["monthly"]["series"]) == {ucdp_label, acled_label}
    held = cas.months_held(t["monthly"], acled_label, START, END)
    assert (held["held"], held["asked"], held["partial_years"]) == (45, 168, [2024])
    assert cov.months_text(held) == "45 of the 168 months asked"
    assert cas.months_held(t["monthly"], ucdp_label, START, END)["held"] == 168
    comp = t["comparison"].set_index("year")
    # the monthly aggregate drops events spanning two months: its sums fall below the yearly totals
    assert (comp["ucdp_monthly_sum"] <= comp["ucdp"]).all()
    assert comp.loc[2016, "ucdp"] == _orgvio_rows("SYR")[2016]["all"] == 53_891
    # ACLED is given only for whole years (2024 stops in September)
    assert pd.isna(comp.loc[2024, "acled"]) and pd.notna(comp.loc[2023, "acled"])


def test_partial_years_are_marked_and_left_out_of_totals(mirror_raw: Path) -> None:
    ind = cas.load_indicators("SDN", raw=mirror_raw)
    yearly = cas.orgvio_by_year(ind, "SDN", "2022-03-01", "2024-06-30")
    assert sorted(set(yearly.loc[yearly["partial"], "year"])) == [2022, 2024]
    facts = cas.key_facts(yearly, cas.yearly_comparison(yearly, cas.monthly_series(ind, "SDN", "2022-03-01",
                                                                                     "2024-06-30")),
                          cas.brd_by_conflict(ind, "SDN", "2022-03-01", "2024-06-30"), "SDN").set_index("fact")
    assert facts.loc["total", "value"] == _orgvio_rows("SDN")[2023]["all"] == 7_837
    assert facts.loc["total", "period"] == "2023"


@pytest.mark.parametrize("country", COUNTRIES)
def test_claims_belong_to_a_country_only_when_the_article_says_so(ledger: pd.DataFrame, country: str) -> None:
    mine = cas.claims_about(ledger, country)
    # independent reading: the claim's own place_country, else the country of two thirds of the article's
    # placed figures, else none
    placed = ledger[ledger["place_country"] != ""]
    article_country = {}
    for article, group in placed.groupby("article"):
        top, n = Counter(group["place_country"]).most_common(1)[0]
        if n >= 2 / 3 * len(group):
            article_country[article] = top
    expected = ledger[[(pc or article_country.get(a, "")) == country
                       for pc, a in zip(ledger["place_country"], ledger["article"])]]
    assert sorted(mine["claim_id"]) == sorted(expected["claim_id"])
    if country != "SYR":
        assert not (mine["place_country"] == "SYR").any()


def test_syria_offline_on_the_embedded_tables(tmp_path: Path, mirror_raw: Path) -> None:
    empty = tmp_path / "raw"
    empty.mkdir()
    offline = _tables("SYR", empty)
    assert set(offline["indicators"].attrs["origin"].values()) == {"reference"}
    online = _tables("SYR", mirror_raw)
    pd.testing.assert_series_equal(offline["facts"]["value"], online["facts"]["value"])


def test_not_loaded_fails_naming_the_command(tmp_path: Path) -> None:
    empty = tmp_path / "raw"
    empty.mkdir()
    with pytest.raises(DataError, match=r"not loaded for Sudan: run `python -m analysis fetch --mirror "
                                        r"\.\./shared/data`.*`python -m analysis fetch ucdp_orgvio_cy`"):
        cas.load_indicators("SDN", raw=empty)


def test_a_figure_cut_off_by_the_axis_is_said_on_the_chart() -> None:
    from analysis.charts import series, style

    fig, ax = style.new_figure()
    points = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-02-01"]), "value": [10.0, 5000.0],
                           "low": [None, None], "high": [None, None], "label": ["a", "b"], "vague": [False, True]})
    series.overlay_points(ax, points)
    ax.set_ylim(0, 100)
    assert series.mark_cut_off(ax, points) == 1
    assert any("1 reported figure above the axis (largest 5,000)" in t.get_text() for t in ax.texts)
    # the vague figure is a hollow triangle, never a filled point
    assert any(getattr(c, "get_facecolor", None) is not None and len(c.get_facecolor()) == 0 for c in ax.collections)


# ---------------------------------------------------------------- one real build beside the default

@pytest.mark.slow
def test_sudan_report_builds_with_the_mirror(mirror_raw: Path, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    env = dict(os.environ, TALLY_RAW=str(mirror_raw))
    env.pop("TALLY_REPORTS", None)
    done = subprocess.run([sys.executable, "-m", "analysis", "build", "casualties", "-p", "country=SDN",
                           "--reports-dir", str(reports), "--formats", "ipynb,html"],
                          capture_output=True, text=True, cwd=paths.ROOT, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    page = next(reports.glob("casualties*/casualties*.html")).read_text(encoding="utf-8")
    body = page.split("<main>", 1)[-1].split(">Sources<", 1)[0]
    assert "Deaths in Sudan, 2011 to 2024" in body
    rows = _orgvio_rows("SDN")
    assert prose.fmt_count(sum(r["all"] for r in rows.values())) in body
    prose_only = re.sub(r"<code>.*?</code>", "", body, flags=re.S)  # commands name datasets by id, prose never
    for ident in ("ucdp_country_month", "acled_monthly", "ucdp_orgvio_cy", "ucdp_brd"):
        assert ident not in prose_only
    assert "not loaded for Sudan" not in body  # BRD, monthly and ACLED are the world files: all loaded
    assert "ACLED" in body
