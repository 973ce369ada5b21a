"""Chart of the claim check: each claim as a point beside the dataset figure and its range."""

from __future__ import annotations

import math

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


#: Colour of a verdict not in :data:`VERDICT_COLOURS` (e.g. "implausible").
OTHER_VERDICT_COLOUR = "#CC79A7"


def verdict_colour(verdict: str) -> str:
    """The house colour of a verdict (one for any verdict the palette does not name)."""
    return VERDICT_COLOURS.get(str(verdict), OTHER_VERDICT_COLOUR)


def claim_against_series(series: pd.DataFrame, claim: pd.Series | dict, *, title: str, units: str, source: str,
                         size: tuple[float, float] = (7.5, 3.1)):
    """One comparable claim against the data around its date.

    ``series`` has ``date``, ``value``, ``low``, ``high`` and ``compared`` (the figure the claim was set
    beside); ``claim`` a figures row (``claim_at``, ``value``, ``value_low``, ``value_high``,
    ``qualifier``, ``verdict``, ``data_value``, ``data_low``, ``data_high``, ``tolerance``). Black line:
    the data (grey band: low-high); hollow circle: the compared figure, its grey bar widened by the
    tolerance; filled point: the claim, coloured by verdict, with an arrow for a minimum ("at least") or
    maximum ("up to") and a bar for a range.
    """
    from analysis.check.verdict import claim_interval, claim_point

    fig, ax = style.new_figure(size)
    rows = series.sort_values("date")
    ax.plot(rows["date"], rows["value"], color="#000000", linewidth=1.6, marker="o" if len(rows) < 25 else None,
            markersize=3, zorder=2, label="data")
    band = rows.dropna(subset=["low", "high"])
    if len(band) and (band["high"] > band["low"]).any():
        ax.fill_between(band["date"], band["low"], band["high"], color="#BBBBBB", alpha=0.45, linewidth=0,
                        zorder=1, label="data low-high")
    get = claim.get
    value, low, high = get("data_value"), get("data_low"), get("data_high")
    tol = float(get("tolerance")) if pd.notna(get("tolerance")) else 0.0
    compared = rows[rows["compared"]]
    when = compared["date"].iloc[0] if len(compared) else pd.Timestamp(get("data_period_end"))
    lo = min(v for v in (value, low) if pd.notna(v)) * (1 - tol)
    hi = max(v for v in (value, high) if pd.notna(v)) * (1 + tol)
    ax.vlines([when], [lo], [hi], color="#CCCCCC", linewidth=7, zorder=1.5, label="compared figure ± tolerance")
    ax.scatter([when], [value], facecolor="white", edgecolor="#000000", s=48, linewidth=1.3, zorder=3,
               label="compared figure")
    at = pd.Timestamp(get("claim_at")) if pd.notna(get("claim_at")) else when
    q = str(get("qualifier") or "")
    point = claim_point(get("value"), get("value_low"), q)
    c_lo, c_hi = claim_interval(get("value"), get("value_low"), get("value_high"), q)
    colour = verdict_colour(str(get("verdict")))
    top = max([v for v in (hi, point, rows["value"].max()) if pd.notna(v)] or [1.0])
    if math.isfinite(c_hi) and c_hi > c_lo:
        ax.vlines([at], [c_lo], [c_hi], color=colour, linewidth=2, zorder=3.5)
    if not math.isfinite(c_hi):
        ax.annotate("", xy=(at, point + 0.25 * top), xytext=(at, point), zorder=3.5,
                    arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 1.3})
    elif c_lo == 0 and c_hi > 0:
        ax.annotate("", xy=(at, point * 0.6), xytext=(at, point), zorder=3.5,
                    arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 1.3})
    ax.scatter([at], [point], color=colour, s=58, zorder=4, edgecolor="white", linewidth=0.6,
               label=f"claim: {get('verdict')}")
    ax.set_ylim(bottom=0, top=top * 1.32)
    style.format_counts(ax, "y")
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    style.title(ax, title, units)
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside right upper", frameon=False, fontsize=8.5)
    style.source_line(fig, source)
    return fig
