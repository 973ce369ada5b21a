"""Horizontal bar chart of a ranked table (e.g. admin-1 areas with most deaths)."""

from __future__ import annotations

import pandas as pd

from analysis.charts import style


def ranked_bars(frame: pd.DataFrame, *, label: str, value: str, title: str, units: str, source: str,
                low: str | None = None, high: str | None = None, colour: str | None = None,
                highlight: list[str] | None = None):
    """Bars largest on top, value printed at each bar end; error bars for low–high where given."""
    rows = frame.sort_values(value, ascending=True)
    height = max(2.5, 0.42 * len(rows) + 1.4)
    fig, ax = style.new_figure((style.FIGSIZE[0], height))
    base = colour or style.PALETTE[0]
    cols = [style.PALETTE[1] if highlight and str(v) in highlight else base for v in rows[label]]
    ax.barh(rows[label].astype(str), rows[value], color=cols)
    if low and high and low in rows and high in rows and rows[[low, high]].notna().all(axis=None):
        ax.errorbar(rows[value], rows[label].astype(str),
                    xerr=[rows[value] - rows[low], rows[high] - rows[value]], fmt="none", ecolor="#333333",
                    capsize=3, linewidth=1)
    for y, v in zip(rows[label].astype(str), rows[value]):
        ax.annotate(style.human_number(v) if v >= 10_000 else f"{v:,.0f}", (v, y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=9)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    style.title(ax, title, units)
    style.format_counts(ax, "x")
    ax.set_ylabel("")
    ax.margins(x=0.12)
    style.source_line(fig, source)
    return fig


def grouped_bars(frame: pd.DataFrame, *, x: str, series: str, value: str, title: str, units: str, source: str):
    """Vertical bars for a few periods (``x``), one bar per ``series`` side by side, values printed on top."""
    wide = frame.pivot_table(index=x, columns=series, values=value, aggfunc="sum", sort=False).fillna(0.0)
    fig, ax = style.new_figure()
    n = len(wide.columns)
    width = 0.8 / max(n, 1)
    positions = range(len(wide.index))
    for i, col in enumerate(wide.columns):
        xs = [p - 0.4 + width * (i + 0.5) for p in positions]
        bars = ax.bar(xs, wide[col], width=width * 0.95, label=str(col), color=style.PALETTE[i % len(style.PALETTE)])
        for b, v in zip(bars, wide[col]):
            ax.annotate(style.human_number(v), (b.get_x() + b.get_width() / 2, v), xytext=(0, 3),
                        textcoords="offset points", ha="center", fontsize=9)
    ax.set_xticks(list(positions), [str(v) for v in wide.index])
    style.title(ax, title, units)
    style.format_counts(ax)
    ax.margins(y=0.12)
    style.legend_outside(ax, loc="upper left")
    style.source_line(fig, source)
    return fig
