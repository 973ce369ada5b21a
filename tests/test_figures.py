"""Report tables (analysis.tables) and prose numbers on the real embedded reference data and the mirror."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import datasets, paths, prose
from analysis.errors import DataError, ParameterError
from analysis.schemas import LEDGER_COLUMNS
from analysis.tables import brief, casualties as cas, claims as cl, common, coverage as cov, displacement as disp

WINDOW = ("2024-11-27", "2024-12-08")


@pytest.fixture(scope="module")
def nothing_fetched(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("raw")


@pytest.fixture(scope="module")
def ind(nothing_fetched) -> pd.DataFrame:
    """SYR indicators from the committed reference tables (what `make report` uses)."""
    return datasets.indicators("SYR", raw=nothing_fetched)


@pytest.fixture(scope="module")
def ev(nothing_fetched) -> pd.DataFrame:
    return datasets.events("SYR", raw=nothing_fetched)


@pytest.fixture(scope="module")
def tolls(nothing_fetched) -> pd.DataFrame:
    return datasets.published_tolls("SYR", raw=nothing_fetched)


def _unhcr_total(ind, year: int) -> float:
    rows = ind[(ind["source"] == "unhcr_population") & ind["indicator"].isin(["refugees", "asylum_seekers"])
               & (ind["country"] == "SYR") & (ind["partner"] == "") & (ind["period_end"].dt.year == year)]
    return float(rows["value"].sum())


# ---------------------------------------------------------------- displacement

def test_stacked_area_frame_sums_to_unhcr_total_each_year(ind):
    hosts = disp.refugees_by_host(ind, "SYR", 2011, 2025, top_n=6)
    per_year = hosts.groupby("year")["value"].sum()
    for year in (2013, 2018, 2024, 2025):
        assert per_year[year] == pytest.approx(_unhcr_total(ind, year))
    # UNHCR's own sanity values (SOURCE.md): end-2024 refugees 5,952,174 + asylum-seekers 167,334
    assert per_year[2024] == pytest.approx(5_952_174 + 167_334)


def test_top_hosts_three_gives_four_series_with_other_last(ind):
    hosts = disp.refugees_by_host(ind, "SYR", 2020, 2024, top_n=3)
    names = list(dict.fromkeys(hosts["host"]))
    assert len(names) == 4 and names[-1] == "other"
    last = hosts[hosts["year"] == 2024].set_index("host")["value"]
    assert names[0] == "Türkiye" and last["Türkiye"] == pytest.approx(2_901_478)
    assert last.drop("other").is_monotonic_decreasing
    assert (hosts["value"] >= 0).all()


def test_other_country_from_the_mirror(mirror):
    from analysis.sources import unhcr

    afg = unhcr.load_indicators("unhcr_population", "AFG", mirror / "unhcr_refugees")
    hosts = disp.refugees_by_host(afg, "AFG", 2015, 2024, top_n=4)
    assert hosts["host"].nunique() == 5
    per_year = hosts.groupby("year")["value"].sum()
    rows = afg[afg["indicator"].isin(["refugees", "asylum_seekers"]) & (afg["country"] == "AFG")
               & (afg["partner"] == "") & (afg["period_end"].dt.year == 2024)]
    assert per_year[2024] == pytest.approx(rows["value"].sum())
    idps = disp.idps_by_source(afg, "AFG", 2015, 2024)
    assert set(idps["source"]) == {"unhcr_population"} and (idps["value"] > 0).all()


def test_country_without_reference_is_a_clear_error(nothing_fetched):
    with pytest.raises(DataError, match="AFG"):
        datasets.indicators("AFG", raw=nothing_fetched)
    empty = disp.refugees_by_host(pd.DataFrame(columns=ind_columns()), "AFG", 2011, 2025)
    assert empty.empty and list(empty.columns)[:2] == ["year", "host"]


def ind_columns():
    from analysis.schemas import INDICATOR_COLUMNS

    return INDICATOR_COLUMNS


def test_idps_from_both_sources_and_total_with_range(ind):
    idps = disp.idps_by_source(ind, "SYR", 2022, 2025)
    by = idps.pivot_table(index="year", columns="source", values="value")
    assert by.loc[2024, "unhcr_population"] == pytest.approx(7_408_909)
    assert by.loc[2024, "idmc_gidd"] == pytest.approx(7_409_000, rel=1e-3)
    assert pd.isna(by.loc[2025, "idmc_gidd"])  # IDMC's GRID 2025 stops at 2024
    total = disp.displaced_total(ind, "SYR", 2022, 2025).set_index("year")
    assert total.loc[2023, "value"] == pytest.approx(6_355_788 + 182_954 + 7_248_188)
    assert ((total["low"] <= total["value"]) & (total["value"] <= total["high"])).all()
    assert set(total["source"].iloc[0].split(" + ")) == {"unhcr_population", "idmc_gidd"}


def test_returns_since_2024_and_share(ind):
    back = disp.returns(ind, "SYR", since_year=2024).set_index(["year", "indicator"])["value"]
    assert back[(2024, "returned_refugees")] == pytest.approx(512_718)
    assert back[(2025, "returned_idps")] == pytest.approx(1_964_201)
    share = disp.displaced_share(ind, "SYR", 2011, 2025)
    assert share["share"].between(0, 1).all()
    assert 2025 not in set(share["year"])  # no World Bank population for 2025: left out, not guessed
    assert "worldbank_population" in share["source"].iloc[0]


# ---------------------------------------------------------------- casualties

def test_types_add_up_to_all_types_per_year(ind):
    types = cas.deaths_by_year(ind, "SYR", "2011-01-01", "2021-12-31")
    rows = ind[(ind["source"] == "ucdp_country_year") & (ind["note"] == "all types")
               & ind["version"].isin(types["version"])]
    allt = rows.set_index(rows["period_end"].dt.year)["value"]
    summed = types.groupby("year")["value"].sum()
    assert allt[2013] == pytest.approx(75_193)
    for year in range(2011, 2022):
        assert summed[year] == pytest.approx(allt[year], abs=1)
    assert types["version"].nunique() == 1  # one vintage, never two added together
    assert (types["low"] <= types["value"]).all() and (types["value"] <= types["high"]).all()


def test_partial_year_is_marked_and_monthly_aggregate_has_one_vintage(ind):
    years = cas.deaths_by_year(ind, "SYR", "2011-01-01", "2024-12-31")
    assert years.loc[years["year"] == 2022, "partial"].all()
    assert not years.loc[years["year"] == 2021, "partial"].any()
    monthly = cas.deaths_all_types_by_year(ind, "SYR", "2011-01-01", "2024-12-31")
    assert monthly["version"].nunique() == 1 and (monthly["months"] <= 12).all()


def test_deaths_by_admin1_matches_ucdp_sanity_values(ev):
    areas = cas.deaths_by_admin1(ev, "SYR", "2021-01-01", "2021-12-31").set_index("admin1_pcode")
    assert areas.loc["SY09", "value"] == 389  # Deir ez Zor
    assert areas.loc["SY07", "value"] == 285  # Idlib
    assert areas.loc["SY02", "value"] == 238  # Aleppo
    assert list(areas["value"]) == sorted(areas["value"], reverse=True)
    picked = cas.deaths_by_admin1(ev, "SYR", "2021-01-01", "2021-12-31", admin1=["Idlib", "SY02"])
    assert set(picked["admin1_pcode"]) == {"SY07", "SY02"}


def test_admin1_and_violence_type_parameters():
    assert cas.admin1_codes(["Idlib", "sy02", "Deir ez Zor governorate"], "SYR") == ["SY07", "SY02", "SY09"]
    with pytest.raises(ParameterError, match="Aleppo"):
        cas.admin1_codes(["Narnia"], "SYR")
    assert cas.admin1_codes(["Kabul"], "AFG") == ["AF01"]  # OCHA's global admin-1 list serves any country
    with pytest.raises(DataError, match="FRA"):
        cas.admin1_codes(["Paris"], "FRA")  # a country OCHA has no admin-1 list for
    assert cas.violence_labels([1, "3"]) == ["state-based", "one-sided"]
    with pytest.raises(ParameterError, match="1 \\(state-based\\)"):
        cas.violence_labels([4])


def test_monthly_by_type_only_where_event_data_exist(ind, ev):
    monthly = cas.deaths_by_month(ind, ev, "SYR", "2023-01-01", "2023-12-31")
    assert set(monthly["type"]) == {"all types (monthly aggregate)"}
    nov = cas.deaths_by_month(ind, ev, "SYR", "2024-11-01", "2024-11-30", violence_types=[1])
    by_type = nov.set_index("type")["value"]
    assert by_type["state-based"] == 673 and nov.loc[nov["type"] == "state-based", "provisional"].all()


# ---------------------------------------------------------------- coverage

def test_coverage_says_no_event_data_for_2023(ev):
    notes = cov.coverage(ev, "2023-01-01", "2023-12-31", what="event data", country="SYR")
    assert notes[0].startswith("No loaded dataset has event data for Syria for 2023")
    assert any("candidate v24.0.11" in n and "does not cover 2023" in n for n in notes)
    assert not cov.covered(ev, "2023-01-01", "2023-12-31")
    window = cov.coverage(ev, *WINDOW, what="event data")
    assert any("covers the whole period asked (27 November to 8 December 2024)" in n for n in window)


def test_coverage_names_expected_dataset_that_is_absent():
    empty = pd.DataFrame(columns=["source", "version", "date_start"])
    notes = cov.coverage(empty, "2020-01-01", "2020-12-31", what="event data", country="UKR",
                         expected=["ucdp_candidate_2024"])
    assert "Ukraine" in notes[0] and "nothing is estimated" in notes[0]
    assert "UCDP candidate events" in notes[1] and "holds no event data for Ukraine" in notes[1]
    assert cov.years_text([2019, 2020, 2021, 2024]) == "2019 to 2021 and 2024"


# ---------------------------------------------------------------- brief

def test_before_during_after_and_daily_agree(ev):
    around = brief.deaths_around(ev, "SYR", *WINDOW, places=["Aleppo", "Idlib", "Hama"]).set_index("period")
    assert list(around.index) == ["before", "window", "after"]
    assert (around["days"] == 12).all() and around.loc["window", "days_covered"] == 12
    daily = brief.daily_deaths(ev, "SYR", *WINDOW, places=["Aleppo", "Idlib", "Hama"])
    assert daily["value"].sum() == around.loc["window", "deaths"]
    gone = brief.deaths_around(ev, "SYR", "2023-03-01", "2023-03-10")
    assert gone["deaths"].isna().all() and (gone["days_covered"] == 0).all()


def test_tolls_in_window_are_labelled(tolls):
    deaths = brief.tolls_in_window(tolls, *WINDOW, topic="deaths")
    assert len(deaths) and set(deaths["label"]) == {"published toll"}
    assert deaths.iloc[-1]["source_org"] == "SOHR" and deaths.iloc[-1]["value"] == 910
    assert (deaths["as_of_date"] <= pd.Timestamp(WINDOW[1])).all()
    table = brief.tolls_table(deaths)
    assert set(table["kind"]) == {"published toll"}


def test_displacement_around_window(ind):
    stocks = brief.displacement_around(ind, "SYR", *WINDOW).set_index("year")
    assert list(stocks.index) == [2023, 2024, 2025]
    assert stocks.loc[2024, "returned_refugees"] == pytest.approx(512_718)


# ---------------------------------------------------------------- claims

def _row(article, date, surface, value, metric, place="", start=0, outlet="Test Wire", **extra):
    from analysis.claims.ledger import claim_id

    row = {c: "" for c in LEDGER_COLUMNS}
    row.update(article=article, date=date, surface=surface, value=float(value), value_low=float("nan"),
               value_high=float("nan"), metric=metric, place=place, start=start, end=start + len(surface),
               outlet=outlet, qualifier="exact", claim_id=claim_id(article, start, start + len(surface), value))
    row.update(extra)
    return row


def test_ledger_tables_and_points():
    ledger = pd.DataFrame([
        _row("a1", "2024-11-28", "40 people", 40, "killed", "Aleppo", place_country="SYR"),
        _row("a1", "2024-11-28", "40 people", 40, "killed", "", start=50, repeat_of="x"),
        _row("a2", "2024-12-01", "3,000 families", 3000, "displaced", "Idlib", place_country="SYR"),
        _row("a3", "2024-12-02", "90 dead", 90, "killed", "Kabul", review="rejected", place_country="AFG"),
    ])
    counts = cl.counts_by_metric(ledger).set_index("metric")
    assert counts.loc["killed", "claims"] == 3 and counts.loc["killed", "first reports"] == 2
    pts = cl.claim_points(ledger, cl.DEATH_METRICS, country="SYR")
    assert list(pts["value"]) == [40.0]  # repeat and rejected left out
    assert cl.claim_points(ledger, cl.DEATH_METRICS, country="AFG").empty
    table = cl.ledger_table(ledger)
    assert list(table["who said it"].unique()) == ["not stated"]


def test_a_vague_word_is_a_minimum_in_tables_and_points():
    ledger = pd.DataFrame([
        _row("a1", "2024-11-28", "thousands", 2000, "displaced", "Idlib", qualifier="approx_word", place_country="SYR"),
        _row("a2", "2024-12-01", "3,000 families", 3000, "displaced", "Idlib", place_country="SYR"),
    ])
    ledger.loc[0, "value_low"] = 2000.0
    table = cl.ledger_table(ledger).set_index("figure as written")
    assert table.loc["thousands", "value"] == "thousands (read as at least 2,000)"  # as written, with its minimum
    assert table.loc["3,000 families", "value"] == "3,000"
    pts = cl.claim_points(ledger, cl.DISPLACEMENT_METRICS, country="SYR").set_index("value")
    assert bool(pts.loc[2000.0, "vague"]) and not bool(pts.loc[3000.0, "vague"])


def test_a_share_in_percent_is_shown_as_a_share_and_never_drawn_as_a_count():
    ledger = pd.DataFrame([
        _row("a1", "2024-11-28", "40 people", 40, "killed", "Aleppo", place_country="SYR", unit="people"),
        _row("a1", "2024-11-28", "more than half", 50, "killed", "Aleppo", start=60, place_country="SYR",
             unit="percent", qualifier="more_than"),
    ])
    table = cl.ledger_table(ledger).set_index("figure as written")
    assert table.loc["more than half", "value"] == "more than 50%"
    assert list(cl.claim_points(ledger, cl.DEATH_METRICS, country="SYR")["value"]) == [40.0]
    assert list(cl.largest_figures(ledger, ("killed",))["value"]) == ["40"]


def test_highlight_escapes_markup():
    body = "Intro line.\n<script>alert('x')</script> Officials said 25 people died. Next one."
    start = body.index("25 people")
    out = cl.highlight(body, start, start + len("25 people"))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<mark>25 people</mark>" in out
    assert cl.highlight(body, 5, 500) is None


def test_figure_sentence_read_from_the_article_at_run_time(tmp_path):
    seed = paths.SHARED_ARTICLES / "000_seed.txt"
    if not seed.is_file():
        pytest.skip("shared articles not present")
    from analysis.claims.articles import read_article

    body = read_article(seed).body
    start = body.index("142 fighters")
    ledger = pd.DataFrame([_row("000_seed", "2024-11-28", "142 fighters", 142, "killed", start=start),
                           _row("missing_article", "2024-11-28", "5 people", 5, "killed")])
    found = cl.figure_sentences(ledger, [seed.parent]).set_index("article")
    assert found.loc["000_seed", "found"] and "<mark>142 fighters</mark>" in found.loc["000_seed", "html"]
    assert not found.loc["missing_article", "found"] and "not present" in found.loc["missing_article", "html"]
    html = cl.sentences_html(found.reset_index(), ledger)
    assert html.count("<tr>") == 3


def test_load_claims_bad_path_is_a_parameter_error(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        cl.load_claims(str(tmp_path / "nope"))


# ---------------------------------------------------------------- prose

def test_prose_numbers_and_provenance(ind):
    assert prose.fmt_count(5_952_174) == "5.95 million"
    assert prose.fmt_count(755_426) == "755,426"
    assert prose.fmt_count(13e6) == "13 million"
    assert prose.fmt_count(None) == "no figure"
    assert prose.fmt_share(0.274) == "27%"
    assert prose.fmt_period("2024-11-27", "2024-12-08") == "27 November to 8 December 2024"
    assert prose.fmt_period("2011-01-01", "2024-12-31") == "2011 to 2024"
    hosts = disp.refugees_by_host(ind, "SYR", 2024, 2024)
    q = prose.quote(hosts["value"].sum(), hosts, "end of 2024")
    assert str(q) == "6.12 million" and q.dataset == "unhcr_population"
    assert q.cite.startswith("(UNHCR Refugee Data Finder, ") and q.cite.endswith("end of 2024)")
    assert prose.source_text(hosts).startswith("Source: UNHCR Refugee Data Finder (")
    assert common.year_end_axis(pd.Series(pd.to_datetime(["2024-12-31"])))[0] == pytest.approx(2024.0)


def test_unplaced_claims_belong_to_their_articles_country_and_never_to_a_default():
    ledger = pd.DataFrame([_row("000_seed", "2024-11-28", "142 fighters", 142, "killed")])
    # no place and no placed figure in its article: no country, whatever the report asks (article text not read)
    assert cl.about_country(ledger, "SYR").empty
    assert cl.about_country(ledger, "SYR", [paths.SHARED_ARTICLES]).empty
    placed = pd.concat([ledger, pd.DataFrame([_row("000_seed", "2024-11-28", "40 people", 40, "killed", "Aleppo",
                                                   start=90, place_country="SYR")])], ignore_index=True)
    assert len(cl.about_country(placed, "SYR")) == 2  # the article's country (all its placed figures)
    assert cl.about_country(placed, "UKR").empty


def test_area_labels_keep_names_and_translate_pcodes():
    assert cas.area_labels(["Idlib", "SY02"], "SYR") == ["Idlib", "Aleppo"]


def test_display_escapes_tables_and_turns_missing_data_into_a_note(monkeypatch):
    from analysis import display

    shown = []
    monkeypatch.setattr(display, "_display", shown.append)
    display.table(pd.DataFrame({"outlet": ["<script>x()</script>"], "link": ["https://a.org/b?c=1&d=2"],
                                "value": [5.0]}), "A <b>caption</b>")
    markup = shown[-1].data
    assert "<script>" not in markup and "&lt;script&gt;" in markup and "&lt;b&gt;caption" in markup
    assert "https://a.org/<wbr>b" in markup and "text-align:right" in markup

    def no_data():
        raise DataError("nothing here", path="x.csv")

    def bad_parameter():
        raise ParameterError("bad value")

    frame, problem = display.load(no_data, empty_columns=["a"])
    assert frame.empty and list(frame.columns) == ["a"] and problem == "x.csv: nothing here"
    with pytest.raises(ParameterError):
        display.load(bad_parameter)
