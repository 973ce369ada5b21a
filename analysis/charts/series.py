"""Lines with a low–high band, and reported figures overlaid as labelled points."""

from __future__ import annotations

import pandas as pd

from analysis.charts import style


def band_series(frame: pd.DataFrame, *, x: str, series: str | None, value: str, title: str, units: str,
                source: str, low: str | None = "low", high: str | None = "high", log: bool = False,
                colours: dict[str, str] | None = None, styles: dict[str, str] | None = None, ax=None,
                marker: str | None = "o", line_label: str | None = None, band_label: str = "low–high",
                year_axis: bool = False, break_gaps: pd.Timedelta | None = None):
    """One line per ``series`` (or a single line) with a shaded low–high band where both are given.

    Returns the figure (drawn on ``ax`` when given).
    """
    if ax is None:
        fig, ax = style.new_figure()
    else:
        fig = ax.figure
    groups = [(None, frame)] if series is None else list(frame.groupby(series, sort=False))
    banded = False
    for i, (name, rows) in enumerate(groups):
        rows = rows.sort_values(x)
        if break_gaps is not None and len(rows) > 1:
            gaps = rows[x].diff() > break_gaps
            if gaps.any():  # a missing row between two stretches: no line drawn across the gap
                fill = rows.loc[gaps, [x]].assign(**{x: rows.loc[gaps, x] - pd.Timedelta(days=1)})
                rows = pd.concat([rows, fill]).sort_values(x)
        colour = (colours or {}).get(name) or style.type_colour(name) or style.PALETTE[i % len(style.PALETTE)]
        ax.plot(rows[x], rows[value], color=colour, label=name if name is not None else line_label, linestyle=(styles or {}).get(name, "-"),
                marker=marker if len(rows) < 40 else None, markersize=3.5, linewidth=2)
        if low and high and low in rows and high in rows:
            band = rows.dropna(subset=[low, high])
            if len(band) and (band[high] > band[low]).any():
                ax.fill_between(band[x], band[low], band[high], color=colour, alpha=0.18, linewidth=0,
                                label=None if banded else (f"band: {band_label}" if name else band_label))
                banded = True
    style.title(ax, title, units)
    if log:
        ax.set_yscale("log")
    else:
        ax.set_ylim(bottom=0)
    style.format_counts(ax)
    ax.set_xlabel("")
    if year_axis:
        ax.xaxis.get_major_locator().set_params(integer=True)
    if series is not None or (low and high) or line_label:
        style.legend_outside(ax)
    style.source_line(fig, source)
    return fig


def _num(v) -> float:
    """A plotted x value as matplotlib's float (dates become day numbers)."""
    import matplotlib.dates as mdates

    try:
        return float(v)
    except (TypeError, ValueError):
        return float(mdates.date2num(pd.Timestamp(v)))


def overlay_points(ax, points: pd.DataFrame, *, x: str = "date", value: str = "value", label: str = "label",
                   name: str = "reported figure (claims ledger)", max_labels: int = 6) -> None:
    """Reported figures as black diamonds at their dates; the ``max_labels`` largest carry a short label
    (all of them when there are few)."""
    if points is None or points.empty:
        return
    many = len(points) > 20
    vague = points["vague"].fillna(False).astype(bool) if "vague" in points else pd.Series(False, index=points.index)
    exact = points[~vague]
    if len(exact):
        ax.scatter(exact[x], exact[value], marker="D", s=18 if many else 36, color=style.CLAIM_COLOUR,
                   alpha=0.6 if many else 1.0, zorder=5, label=name, linewidths=0)
    if vague.any():
        # a vague word ("thousands") is only a minimum: a hollow triangle pointing up, never a diamond
        ax.scatter(points.loc[vague, x], points.loc[vague, value], marker="^", s=30 if many else 46,
                   facecolor="none", edgecolor=style.CLAIM_COLOUR, zorder=5, linewidths=1.1,
                   label="vague word (at least its minimum reading)")
    if "low" in points and "high" in points:
        rng = points.dropna(subset=["low", "high"])
        ax.vlines(rng[x], rng["low"], rng["high"], color=style.CLAIM_COLOUR, linewidth=1, zorder=4)
    ax.autoscale_view()
    lo, hi = ax.get_xlim()
    labelled = points.nlargest(max_labels, value)  # largest first: they win any overlap
    scale = ax.figure.dpi / 72.0
    boxes: list[tuple[float, float, float, float]] = []  # placed labels (x0, x1, y0, y1) in pixels
    for r in labelled.itertuples():
        text = str(getattr(r, label))
        text = text if len(text) <= 42 else text[:41] + "…"
        xv, yv = getattr(r, x), getattr(r, value)
        right = (_num(xv) - lo) / (hi - lo) > 0.6
        try:
            px, py = ax.transData.transform((_num(xv), float(yv)))
        except (TypeError, ValueError):
            continue
        width, height = 5.0 * len(text) * scale, 12 * scale
        for dy in (7, -15, 19):  # above the point, below it, higher up
            x0 = px - (7 * scale + width) if right else px + 7 * scale
            y0 = py + dy * scale
            box = (x0, x0 + width, y0, y0 + height)
            if not any(box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in boxes):
                boxes.append(box)
                ax.annotate(text, (xv, yv), xytext=(-7 if right else 7, dy), textcoords="offset points",
                            fontsize=8.5, color="#222222", ha="right" if right else "left", va="bottom",
                            bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.7))
                break  # placed; a label that fits nowhere is left out, its point stays
    style.legend_outside(ax)
    mark_cut_off(ax, points, value=value)


def mark_cut_off(ax, points: pd.DataFrame, *, value: str = "value") -> int:
    """Say on the chart how many reported figures lie above (or below) the axis, with the largest one;
    call it once the axis limits are final. Returns the number cut off."""
    if points is None or points.empty:
        return 0
    bottom, top = ax.get_ylim()
    vals = pd.to_numeric(points[value], errors="coerce")
    above, below = vals[vals > top], vals[vals < bottom]
    parts = []
    if len(above):
        parts.append(f"▲ {len(above)} reported figure{'s' if len(above) != 1 else ''} above the axis "
                     f"(largest {above.max():,.0f}), not drawn")
    if len(below):
        parts.append(f"▼ {len(below)} below the axis, not drawn")
    if parts:
        ax.text(0.99, 0.99, "; ".join(parts), transform=ax.transAxes, ha="right", va="top", fontsize=8.5,
                color="#222222", bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="#999999", alpha=0.9))
    return len(above) + len(below)
