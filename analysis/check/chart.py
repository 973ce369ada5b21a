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


def _claim_panel(ax, series: pd.DataFrame, claim: pd.Series | dict) -> None:
    """Draw one comparable claim against the data around its date on ``ax`` (see :func:`claims_against_series`)."""
    from analysis.check.verdict import claim_interval, claim_point

    rows = series.sort_values("date")
    ax.plot(rows["date"], rows["value"], color="#000000", linewidth=1.4, marker="o" if len(rows) < 25 else None,
            markersize=2.5, zorder=2, label="data around the claim's date")
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
    ax.vlines([when], [lo], [hi], color="#CCCCCC", linewidth=6, zorder=1.5, label="compared figure ± tolerance")
    ax.scatter([when], [value], facecolor="white", edgecolor="#000000", s=40, linewidth=1.2, zorder=3,
               label="compared figure")
    at = pd.Timestamp(get("claim_at")) if pd.notna(get("claim_at")) else when
    q = str(get("qualifier") or "")
    point = claim_point(get("value"), get("value_low"), q)
    c_lo, c_hi = claim_interval(get("value"), get("value_low"), get("value_high"), q)
    verdict = str(get("verdict"))
    colour = verdict_colour(verdict)
    top = max([v for v in (hi, point, rows["value"].max()) if pd.notna(v)] or [1.0])
    if math.isfinite(c_hi) and c_hi > c_lo:
        ax.vlines([at], [c_lo], [c_hi], color=colour, linewidth=2, zorder=3.5)
    if not math.isfinite(c_hi):                       # "at least", "more than", a vague word: a minimum
        ax.annotate("", xy=(at, point + 0.25 * top), xytext=(at, point), zorder=3.5,
                    arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 1.2})
    elif c_lo == 0 and c_hi > 0:                      # "up to", "less than": a maximum
        ax.annotate("", xy=(at, point * 0.6), xytext=(at, point), zorder=3.5,
                    arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 1.2})
    ax.scatter([at], [point], color=colour, s=50, zorder=4, edgecolor="white", linewidth=0.6,
               label=f"claim: {verdict}")
    ax.set_ylim(bottom=0, top=top * 1.32)
    style.format_counts(ax, "y")
    style.date_axis(ax, minticks=3, maxticks=6)
    ax.tick_params(labelsize=8.5)


def claims_against_series(panels: list[tuple[pd.Series | dict, pd.DataFrame, str]], *, units: str, source: str,
                          ncols: int = 2, panel_size: tuple[float, float] = (3.9, 2.3)):
    """Small multiples: one panel per comparable claim, ``(claim row, series, panel title)``, in one figure.

    In each panel the black line is the data around the claim's date (``series``: ``date``, ``value``,
    ``low``, ``high``, ``compared``), a grey band its low-high range; the hollow circle is the figure the
    claim was compared with, its grey bar that figure's range widened by the rule's tolerance; the filled
    point is the claim (``claim_at``, ``value``, ``value_low``, ``value_high``, ``qualifier``), coloured
    by its verdict, with an arrow for a minimum ("at least") or a maximum ("up to") and a bar for a range.
    Each panel has its own scale (``units`` on the left-hand axes). One legend, above the panels, and one
    source line for the whole figure.
    """
    n = len(panels)
    cols = max(1, min(ncols, n))
    rows = math.ceil(n / cols)
    fig, axes = style.new_figure((panel_size[0] * cols, panel_size[1] * rows + 0.9))
    fig.clear()
    grid = fig.subplots(rows, cols, squeeze=False)
    seen: dict[str, object] = {}
    for ax, (claim, series, title) in zip(grid.flat, panels):
        _claim_panel(ax, series, claim)
        ax.set_title(title, loc="left", fontsize=10, fontweight="bold")
        for handle, label in zip(*ax.get_legend_handles_labels()):
            seen.setdefault(label, handle)
    for ax in list(grid.flat)[n:]:
        ax.set_visible(False)
    for ax in grid[:, 0]:
        ax.set_ylabel(units, fontsize=9, color="#444444")
    fig.legend(list(seen.values()), list(seen.keys()), loc="outside upper center", ncol=3, frameon=False,
               fontsize=8.5)
    style.source_line(fig, source)
    return fig


def claim_against_series(series: pd.DataFrame, claim: pd.Series | dict, *, title: str, units: str, source: str,
                         size: tuple[float, float] = (7.5, 3.1)):
    """One comparable claim against the data around its date, as a figure of its own (the drawing of a
    panel of :func:`claims_against_series`)."""
    fig, ax = style.new_figure(size)
    _claim_panel(ax, series, claim)
    style.title(ax, title, units)
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside right upper", frameon=False, fontsize=8.5)
    style.source_line(fig, source)
    return fig
