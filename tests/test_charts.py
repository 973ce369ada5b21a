"""Charts in the house style: titles, units, source lines, series and colours, on real reference data."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, PolyCollection

from analysis import datasets, prose
from analysis.charts import area, bar, choropleth, series, style, timeline
from analysis.tables import casualties as cas, displacement as disp

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def ind(tmp_path_factory):
    return datasets.indicators("SYR", raw=tmp_path_factory.mktemp("raw"))


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts] \
        + [ax.get_title(loc="left") for ax in fig.axes]


def test_house_style_is_colour_blind_safe_and_labels_counts():
    style.apply_style()
    cycle = [c.upper() for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
    assert cycle[:3] == ["#0072B2", "#E69F00", "#009E73"]  # Okabe-Ito
    assert style.human_number(2_900_000) == "2.9M" and style.human_number(1_500) == "1.5k"
    assert style.colours(3, other=True)[-1] == style.GREY
    assert style.type_colour("state-based (provisional)") == style.TYPE_COLOURS["state-based"]


def test_stacked_area_has_title_units_source_and_other_in_grey(ind):
    hosts = disp.refugees_by_host(ind, "SYR", 2011, 2025, top_n=3)
    fig = area.stacked_area(hosts, x="year", series="host", value="value", title="Refugees by host",
                            units="people", source=prose.source_text(hosts))
    texts = _texts(fig)
    assert "Refugees by host" in texts and "people" in texts
    assert any(t.startswith("Source: UNHCR Refugee Data Finder") for t in texts)
    ax = fig.axes[0]
    polys = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(polys) == 4
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "other" and len(legend) == 4
    assert matplotlib.colors.to_hex(polys[-1].get_facecolor()[0]) == style.GREY.lower()
    matplotlib.pyplot.close(fig)


def test_band_series_draws_band_and_claim_points(ind):
    years = cas.deaths_by_year(ind, "SYR", "2011-01-01", "2021-12-31", [1])
    fig = series.band_series(years, x="year", series="type", value="value", title="Deaths", units="deaths",
                             source="Source: test", year_axis=True)
    ax = fig.axes[0]
    assert any(isinstance(c, PolyCollection) for c in ax.collections)  # the low-high band
    points = pd.DataFrame({"x": [2013.5], "value": [100_000.0], "label": ["100,000 dead (Test Wire)"]})
    series.overlay_points(ax, points, x="x")
    assert any(isinstance(c, PathCollection) for c in ax.collections)
    assert any("100,000 dead" in t.get_text() for t in ax.texts)
    assert ax.get_ylim()[0] == 0
    matplotlib.pyplot.close(fig)


def test_bars_sorted_with_values():
    frame = pd.DataFrame({"area": ["A", "B", "C"], "value": [5.0, 50.0, 20.0]})
    fig = bar.ranked_bars(frame, label="area", value="value", title="Deaths by area", units="deaths",
                          source="Source: test", highlight=["C"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "C", "B"]  # largest on top
    assert {t.get_text() for t in ax.texts} >= {"5", "50", "20"}
    matplotlib.pyplot.close(fig)


def test_timeline_switches_to_log_scale_and_marks_published_tolls():
    pts = pd.DataFrame({"date": pd.to_datetime(["2024-11-28", "2024-12-02", "2024-11-29"]),
                        "value": [142.0, 514.0, 13e6], "metric": ["killed", "killed", "displaced"]})
    tolls = pd.DataFrame({"date": pd.to_datetime(["2024-12-08"]), "value": [910.0], "label": ["SOHR: 910"]})
    fig = timeline.claims_timeline(pts, title="Reported", units="reported figure", source="Source: test",
                                   tolls=tolls, window=("2024-11-27", "2024-12-08"), join=("killed",))
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    assert "published toll" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(ax.lines) == 1  # only the killed figures are joined
    matplotlib.pyplot.close(fig)


def test_admin1_map_draws_governorates_and_is_none_without_boundaries():
    fig = choropleth.admin1_map("SYR", {"SY02": 300.0, "SY07": 50.0}, title="Map", units="deaths",
                                source="Source: test.")
    assert fig is not None
    polys = [c for c in fig.axes[0].collections if isinstance(c, PolyCollection)]
    assert polys and len(polys[0].get_paths()) >= 14
    assert any("Aleppo" in t.get_text() for t in fig.axes[0].texts)
    matplotlib.pyplot.close(fig)
    assert choropleth.admin1_map("AFG", {}, title="Map", units="deaths", source="Source: test.") is None


def test_a_vague_figure_is_drawn_as_a_minimum_not_a_point(ind):
    years = cas.deaths_by_year(ind, "SYR", "2011-01-01", "2021-12-31", [1])
    fig = series.band_series(years, x="year", series="type", value="value", title="Deaths", units="deaths",
                             source="Source: test", year_axis=True)
    ax = fig.axes[0]
    points = pd.DataFrame({"x": [2013.5, 2015.5], "value": [100_000.0, 2_000.0],
                           "label": ["100,000 dead (Test Wire)", "thousands (Test Wire)"], "vague": [False, True]})
    series.overlay_points(ax, points, x="x")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "at least / more than (arrow up: open above)" in legend  # a minimum: an arrow, not a point
    assert "reported figure (claims ledger), exact" in legend
    matplotlib.pyplot.close(fig)


@pytest.mark.parametrize("month_starts, start, end, expected", [
    (True, "2017-03-20", "2017-06-10", ["Apr 2017", "May 2017", "Jun 2017"]),
    (False, "2012-01-01", "2019-01-01", ["2012", "2014", "2016", "2018"]),
])
def test_date_axis_names_months_with_their_year_or_ticks_by_range(month_starts, start, end, expected):
    fig, ax = style.new_figure()
    ax.plot(pd.to_datetime([start, end]), [1, 2])
    ax.set_xlim(pd.Timestamp(start), pd.Timestamp(end))
    style.date_axis(ax, minticks=3, maxticks=6, month_starts=month_starts)
    fig.canvas.draw()
    lo, hi = ax.get_xlim()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text() and lo <= t.get_position()[0] <= hi]
    assert labels == expected
