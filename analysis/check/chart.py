"""Chart of the claim check: each claim as a point beside the dataset figure and its range."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.charts import style

#: One colour per verdict (Okabe-Ito), the same wherever verdicts are drawn.
VERDICT_COLOURS = {"consistent": "#009E73", "higher than data": "#D55E00", "lower than data": "#0072B2"}


def claims_vs_data(checks: pd.DataFrame, *, title: str, source: str, label: str = "label", log: bool | None = None):
    """One row per comparable claim: the data figure (hollow circle) with its low-high range and tolerance
    (grey bar), and the claim (filled point, coloured by verdict; a line to the right for "at least").

    ``checks`` needs the check columns and ``label``. Log scale when values span more than two orders
    of magnitude (or when ``log`` is True).
    """
    rows = checks[checks["verdict"] != "not comparable"].reset_index(drop=True)
    height = max(3.0, 0.34 * len(rows) + 1.6)
    fig, ax = style.new_figure((10.0, height))
    y = np.arange(len(rows))[::-1]
    tol = rows["tolerance"].fillna(0)
    lo = np.fmin(rows["data_low"].fillna(rows["data_value"]), rows["data_value"]) * (1 - tol)
    hi = np.fmax(rows["data_high"].fillna(rows["data_value"]), rows["data_value"]) * (1 + tol)
    ax.hlines(y, lo, hi, color="#CCCCCC", linewidth=7, zorder=1, label="data range and tolerance")
    ax.scatter(rows["data_value"], y, facecolor="white", edgecolor="#000000", s=46, linewidth=1.3, zorder=3,
               label="dataset figure")
    point = rows["value_low"].where(rows["qualifier"] == "approx_word", rows["value"]).fillna(rows["value"])
    for verdict, colour in VERDICT_COLOURS.items():
        mask = (rows["verdict"] == verdict).to_numpy()
        if mask.any():
            ax.scatter(point[mask], y[mask], color=colour, s=44, zorder=4, label=f"claim: {verdict}",
                       edgecolor="white", linewidth=0.6)
    open_up = rows["qualifier"].isin(["at_least", "more_than", "approx_word"]).to_numpy()
    for yy, x in zip(y[open_up], point[open_up]):
        ax.annotate("", xy=(x * 1.6, yy), xytext=(x, yy), zorder=2,
                    arrowprops={"arrowstyle": "->", "color": "#555555", "linewidth": 1})
    values = pd.concat([point, rows["data_value"], lo, hi]).astype(float)
    values = values[values > 0]
    if log is None:
        log = len(values) > 1 and values.max() / values.min() > 100
    units = "people (claims and dataset figures)"
    if log and len(values):
        ax.set_xscale("log")
        units += ", log scale"
    else:
        ax.set_xlim(left=0)
    style.format_counts(ax, "x")
    ax.set_yticks(y)
    ax.set_yticklabels(rows[label].tolist(), fontsize=9)
    ax.grid(axis="x", color="#DDDDDD")
    ax.grid(axis="y", visible=False)
    style.title(ax, title, units)
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=3, frameon=False, fontsize=9)
    style.source_line(fig, source)
    return fig
