"""Timeline of reported figures by article date (how a toll grew over days)."""

from __future__ import annotations

import pandas as pd

from analysis.charts import style


def claims_timeline(points: pd.DataFrame, *, title: str, units: str, source: str, by: str = "metric",
                    log: bool | None = None, window: tuple | None = None, tolls: pd.DataFrame | None = None,
                    join: tuple[str, ...] = ()):
    """Each reported figure as a point at its article date, one colour per ``by`` group; the groups named
    in ``join`` (e.g. "killed") are joined in date order to show a toll as it grew.

    ``tolls`` (columns date, value, label) are drawn as hollow squares labelled
    "published toll". ``log`` defaults to a log scale when values span more than
    two orders of magnitude. ``window`` (start, end) is shaded.
    """
    from matplotlib.lines import Line2D

    from analysis.charts.series import claim_kinds, draw_claims, kind_handles

    fig, ax = style.new_figure()
    groups = list(points.groupby(by, sort=True)) if len(points) else []
    handles = []
    for i, (name, rows) in enumerate(groups):
        rows = rows.sort_values("date")
        colour = _metric_colour(str(name)) or style.PALETTE[i % len(style.PALETTE)]
        if name in join:
            ax.plot(rows["date"], rows["value"], color=colour, linewidth=1, alpha=0.6)
        # by kind: an exact figure a filled diamond, "at least" an arrow up, "up to" down, "about" hollow,
        # a range a line (analysis.charts.series.draw_claims); never a vague figure as an exact point
        draw_claims(ax, rows, colour=colour, size=28 if len(points) > 200 else 40, legend=False,
                    alpha=0.75 if len(points) > 200 else 1.0)
        handles.append(Line2D([], [], linestyle="none", marker="s", color=colour, markersize=7, label=str(name)))
    if len(points):
        handles += kind_handles(claim_kinds(points), colour="#444444")
    if tolls is not None and len(tolls):
        handles.append(ax.scatter(tolls["date"], tolls["value"], marker="s", s=42, facecolor="none",
                                  edgecolor=style.CLAIM_COLOUR, linewidth=1.3, zorder=5, label="published toll"))
    if window is not None:
        handles.append(ax.axvspan(pd.Timestamp(window[0]), pd.Timestamp(window[1]), color="#EEEEEE", zorder=0,
                                  label="window"))
    values = pd.concat([points["value"] if len(points) else pd.Series(dtype=float),
                        tolls["value"] if tolls is not None and len(tolls) else pd.Series(dtype=float)])
    values = values[values > 0]
    if log is None:
        log = len(values) > 1 and values.max() / values.min() > 100
    if log and len(values):
        ax.set_yscale("log")
        units = f"{units} (log scale)"
    else:
        ax.set_ylim(bottom=0)
        style.format_counts(ax)
    style.title(ax, title, units)
    style.date_axis(ax, minticks=4, maxticks=9)
    ax.set_xlabel("article date")
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, frameon=False)
    style.source_line(fig, source)
    return fig


def _metric_colour(name: str) -> str | None:
    """The house colour of a metric given as its id ("killed") or as readers read it ("people killed")."""
    if name in style.METRIC_COLOURS:
        return style.METRIC_COLOURS[name]
    from analysis.tables.claims import METRIC_LABELS

    by_label = {label: metric for metric, label in METRIC_LABELS.items()}
    return style.METRIC_COLOURS.get(by_label.get(name, ""))

