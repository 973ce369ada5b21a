"""Labels of reported figures on a chart never overlap each other (issue 13: in the Myanmar casualties report
"192 (Assistance Association for Political…" was drawn over "at least 54 (UN Human Rights Office)", because the
notebook set the legend, title and tick format after the labels were placed, which narrowed the plot under
them). The chart is built as the casualties notebook builds it, from the committed claims ledger, and the
labels are measured as saved."""

from __future__ import annotations

import io

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from matplotlib.text import Annotation  # noqa: E402

from analysis.charts import series  # noqa: E402
from analysis.claims.ledger import load_ledger  # noqa: E402
from analysis.tables import casualties as cas, claims as cl  # noqa: E402


def _label_boxes(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")  # as the report saves it: the final layout
    renderer = fig.canvas.get_renderer()
    return [(a.get_text(), a.get_window_extent(renderer)) for a in fig.axes[0].texts if isinstance(a, Annotation)]


@pytest.mark.parametrize("country", ["MMR", "SYR"])
def test_reported_toll_labels_do_not_overlap(country: str) -> None:
    killed = cl.select_claims(cas.claims_about(load_ledger(), country), metrics=cl.DEATH_METRICS,
                              start="2011-01-01", end="2024-12-31")
    killed, _ = cl.set_apart(load_ledger(), killed)
    points = cl.claim_points(killed, cl.DEATH_METRICS)
    points = points[points["value"] > 0]
    assert len(points) >= 6, f"the ledger holds too few tolls about {country} for the test"
    fig = series.reported_figures_chart(points, title=f"Death tolls about {country}", units="people killed",
                                        source="Source: claims ledger")
    boxes = _label_boxes(fig)
    assert len(boxes) >= 3, boxes
    axes = fig.axes[0].get_window_extent()
    for i, (text, a) in enumerate(boxes):
        assert a.x0 >= axes.x0 - 1 and a.x1 <= axes.x1 + 1, f"{text!r} runs out of the plot"
        for other, b in boxes[i + 1:]:
            assert not a.overlaps(b), f"{text!r} overlaps {other!r}"


def _tick_labels(fig) -> list[str]:
    fig.savefig(io.BytesIO(), format="png", bbox_inches="tight")
    return [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]


def test_tolls_of_a_few_weeks_are_ticked_by_month_and_year() -> None:
    """Afghanistan's tolls in the ledger come from articles of a few weeks: each tick names a month and its
    year ("Apr 2017"), never a bare day of the month ("15") with the year set apart."""
    killed = cl.select_claims(cas.claims_about(load_ledger(), "AFG"), metrics=cl.DEATH_METRICS,
                              start="2011-01-01", end="2024-12-31")
    killed, _ = cl.set_apart(load_ledger(), killed)
    points = cl.claim_points(killed, cl.DEATH_METRICS)
    points = points[points["value"] > 0]
    assert len(points) >= 1, "the ledger holds no toll about Afghanistan"
    assert points["date"].max() - points["date"].min() < pd.Timedelta(days=120)
    labels = _tick_labels(series.reported_figures_chart(points, title="Death tolls about AFG",
                                                        units="people killed", source="Source: claims ledger"))
    assert labels, "no tick labels"
    for label in labels:
        month, year = label.split()
        assert month in {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}, label
        assert year.isdigit() and len(year) == 4, label
