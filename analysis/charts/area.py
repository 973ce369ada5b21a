"""Stacked area chart: parts of a total over time (e.g. refugees by host country)."""

from __future__ import annotations

import pandas as pd

from analysis.charts import style


def stacked_area(frame: pd.DataFrame, *, x: str, series: str, value: str, title: str, units: str,
                 source: str, other: str | None = "other", year_end: bool = False):
    """Stack ``value`` by ``series`` over ``x``; the ``other`` series (if any) is grey and on top.

    Series keep the order of first appearance in ``frame`` (largest first as the
    tables module sorts them). ``year_end``: ``x`` holds years of stocks on 31 December, ticked "end of
    2019". Returns the figure.
    """
    wide = frame.pivot_table(index=x, columns=series, values=value, aggfunc="sum", sort=False).fillna(0.0)
    order = list(dict.fromkeys(frame[series]))
    if other in order:
        order = [s for s in order if s != other] + [other]
    wide = wide[order]
    fig, ax = style.new_figure()
    cols = style.colours(len(order), other=other in order)
    ax.stackplot(wide.index, [wide[c] for c in order], labels=order, colors=cols, alpha=0.9, linewidth=0.3,
                 edgecolor="white")
    style.title(ax, title, units)
    style.format_counts(ax)
    ax.set_xlim(wide.index.min(), wide.index.max())
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("")
    if year_end:
        style.year_end_axis(ax)
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    style.source_line(fig, source)
    return fig
