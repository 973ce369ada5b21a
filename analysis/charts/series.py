"""Lines with a low–high band, and reported figures overlaid as labelled points."""

from __future__ import annotations

import pandas as pd

from analysis.charts import style


def band_series(frame: pd.DataFrame, *, x: str, series: str | None, value: str, title: str, units: str,
                source: str, low: str | None = "low", high: str | None = "high", log: bool = False,
                colours: dict[str, str] | None = None, styles: dict[str, str] | None = None, ax=None,
                marker: str | None = "o", line_label: str | None = None, band_label: str = "low–high",
                year_axis: bool = False, break_gaps: pd.Timedelta | None = None, year_end: bool = False):
    """One line per ``series`` (or a single line) with a shaded low–high band where both are given.

    ``year_end``: ``x`` holds years whose values are stocks on 31 December: ticks read "end of 2019"
    (:func:`analysis.charts.style.year_end_axis`). Returns the figure (drawn on ``ax`` when given).
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
    if year_end:
        style.year_end_axis(ax)
    elif year_axis:
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


#: How a reported figure is drawn, by its kind (``analysis.tables.claims.figure_kind``): only an exact figure is
#: a filled point; a minimum is an arrow up from it, a maximum an arrow down, an approximate figure a hollow
#: diamond, a range a line from its low to its high end.
KIND_LABELS = {
    "exact": "reported figure, exact", "at least": "at least / more than (arrow up: open above)",
    "at most": "up to / less than (arrow down: open below)", "about": "about (hollow: approximate)",
    "range": "range (line from low to high)",
}


def _arrow(up: bool):
    """A marker path: a bar at the figure and an arrow from it, up or down (the figure is the bar)."""
    from matplotlib.path import Path

    d = 1 if up else -1
    verts = [(-0.45, 0), (0.45, 0), (0, 0), (0, d * 1.0), (-0.35, d * 0.62), (0, d * 1.0), (0.35, d * 0.62)]
    codes = [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.LINETO]
    return Path(verts, codes)


def claim_kinds(points: pd.DataFrame) -> pd.Series:
    """Each point's kind (column ``kind``; "exact" when absent; a ``vague`` point is "at least")."""
    kind = points["kind"].astype(str) if "kind" in points else pd.Series("exact", index=points.index)
    if "vague" in points:
        kind = kind.where(~points["vague"].fillna(False).astype(bool), "at least")
    return kind


def kind_handles(kinds, colour: str | None = None) -> list:
    """Legend entries (proxies) for the kinds of reported figures in ``kinds``, in :data:`KIND_LABELS` order."""
    from matplotlib.lines import Line2D

    colour = colour or style.CLAIM_COLOUR
    present = set(kinds)
    out = []
    for k, text in KIND_LABELS.items():
        if k not in present:
            continue
        if k == "exact":
            h = Line2D([], [], linestyle="none", marker="D", color=colour, markersize=6)
        elif k in ("at least", "at most"):
            h = Line2D([], [], linestyle="none", marker=_arrow(k == "at least"), markersize=11,
                       markerfacecolor="none", markeredgecolor=colour, markeredgewidth=1.2)
        elif k == "about":
            h = Line2D([], [], linestyle="none", marker="D", markersize=6, markerfacecolor="none",
                       markeredgecolor=colour)
        else:
            h = Line2D([], [], color=colour, linewidth=1.4, marker="_", markersize=8)
        h.set_label(text)
        out.append(h)
    return out


def draw_claims(ax, points: pd.DataFrame, *, x: str = "date", value: str = "value", colour: str | None = None,
                size: float = 36, alpha: float = 1.0, label: str | None = None, legend: bool = True) -> None:
    """Reported figures on ``ax`` by kind (column ``kind``; all "exact" when absent): exact figures as filled
    diamonds, minimums ("at least", "more than", a vague word) as arrows pointing up from the figure, maximums
    ("up to") as arrows pointing down, approximate figures ("about") as hollow diamonds and ranges as lines
    from ``low`` to ``high``. A vague or open-ended figure is never drawn as an exact point. ``label`` names
    the exact points in the legend (default :data:`KIND_LABELS`); the other kinds are named once each."""
    if points is None or points.empty:
        return
    colour = colour or style.CLAIM_COLOUR
    kind = claim_kinds(points)
    seen = {t for t in ax.get_legend_handles_labels()[1]}

    def name(k: str, text: str | None = None) -> str | None:
        text = text or KIND_LABELS[k]
        if not legend or text in seen:
            return None
        seen.add(text)
        return text

    exact = points[kind == "exact"]
    if len(exact):
        ax.scatter(exact[x], exact[value], marker="D", s=size, color=colour, alpha=alpha, zorder=5,
                   label=name("exact", label), linewidths=0)
    for k, up in (("at least", True), ("at most", False)):
        rows = points[kind == k]
        if len(rows):
            ax.scatter(rows[x], rows[value], marker=_arrow(up), s=size * 4.5, facecolor="none", edgecolor=colour,
                       linewidths=1.2, alpha=alpha, zorder=5, label=name(k))
    about = points[kind == "about"]
    if len(about):
        ax.scatter(about[x], about[value], marker="D", s=size, facecolor="none", edgecolor=colour, linewidths=1.1,
                   alpha=alpha, zorder=5, label=name("about"))
    rng = points[kind == "range"]
    if len(rng) and "low" in rng and "high" in rng:
        rng = rng.dropna(subset=["low", "high"])
        if len(rng):
            ax.vlines(rng[x], rng["low"], rng["high"], color=colour, linewidth=1.4, alpha=alpha, zorder=4,
                      label=name("range"))
            ax.scatter(list(rng[x]) * 2, list(rng["low"]) + list(rng["high"]), marker="_", s=size * 1.2,
                       color=colour, linewidths=1.4, alpha=alpha, zorder=4)


def overlay_points(ax, points: pd.DataFrame, *, x: str = "date", value: str = "value", label: str = "label",
                   name: str = "reported figure (claims ledger)", max_labels: int = 6,
                   legend_right: bool = False) -> None:
    """Reported figures at their dates, drawn by kind (:func:`draw_claims`: an exact figure a black diamond,
    a minimum an arrow up, a maximum an arrow down, "about" a hollow diamond, a range a line); the
    ``max_labels`` largest carry a short label (all of them when there are few).

    Call it last, once title, source line, scale, limits and tick format are set: labels are placed (and kept
    apart, measured as drawn) where the plot finally is; ``legend_right`` puts the legend right of the plot
    (never over a point) before they are placed."""
    if points is None or points.empty:
        return
    many = len(points) > 20
    draw_claims(ax, points, x=x, value=value, size=18 if many else 36, alpha=0.6 if many else 1.0,
                label=f"{name}, exact")
    ax.autoscale_view()
    lo, hi = ax.get_xlim()
    labelled = points.nlargest(max_labels, value)  # largest first: they win any overlap
    if len(labelled):
        # the legend first and the layout done, so labels are placed where the plot finally is (a legend
        # outside the plot narrows it) and none runs into the legend
        _legend(ax, legend_right)
        ax.figure.canvas.draw()
    scale = ax.figure.dpi / 72.0
    renderer = ax.figure.canvas.get_renderer() if len(labelled) else None
    x_left, x_right = ax.transAxes.transform((0, 0))[0], ax.transAxes.transform((1, 0))[0]
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
        # a label never runs past the plot into the legend or the margin: it goes on the side that has room
        if not right and px + 7 * scale + width > x_right:
            right = True
        if right and px - 7 * scale - width < x_left:
            right = False
        for dy in (7, -15, 19):  # above the point, below it, higher up
            x0 = px - (7 * scale + width) if right else px + 7 * scale
            y0 = py + dy * scale
            box = (x0, x0 + width, y0, y0 + height)
            if any(_overlap(box, b) for b in boxes):
                continue
            note = ax.annotate(text, (xv, yv), xytext=(-7 if right else 7, dy), textcoords="offset points",
                               fontsize=8.5, color="#222222", ha="right" if right else "left", va="bottom",
                               bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.8), zorder=7)
            note.set_in_layout(False)  # a label never moves the plot it was placed on
            if renderer is not None:  # the label as drawn, not as estimated, must clear the others
                ext = note.get_window_extent(renderer)
                box = (ext.x0, ext.x1, ext.y0, ext.y1)
                if any(_overlap(box, b) for b in boxes):
                    note.remove()
                    continue
            boxes.append(box)
            break  # placed; a label that fits nowhere is left out, its point stays
    _legend(ax, legend_right)  # "best" place: chosen again now that the labels are on the plot
    mark_cut_off(ax, points, value=value)


def _legend(ax, right: bool) -> None:
    if right and ax.get_legend_handles_labels()[1]:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, frameon=False)
    else:
        style.legend_outside(ax)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


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


#: Widest date range (padding included) whose axis is ticked month by month, each month named with its year.
NARROW_SPAN_DAYS = 190


def reported_figures_chart(points: pd.DataFrame, *, title: str, units: str, source: str):
    """Reported figures (:func:`analysis.tables.claims.claim_points`, values above zero) on a log scale at their
    article dates, the largest labelled: the figure. Everything that sizes the plot (scale, limits, ticks,
    title, source line, legend right of the plot) is set before the labels are placed, so none moves them
    onto each other afterwards."""
    fig, ax = style.new_figure()
    ax.set_yscale("log")
    ax.set_ylim(0.5, float(points[points["value"] > 0]["value"].max()) * 8)  # room above the largest for its label
    span = pd.Timedelta(days=30)
    first, last = points["date"].min() - span, points["date"].max() + span
    ax.set_xlim(first, last)
    # a few weeks of articles: a tick at each month's start, named with its year ("Apr 2017")
    style.date_axis(ax, maxticks=8, month_starts=last - first <= pd.Timedelta(days=NARROW_SPAN_DAYS))
    style.format_counts(ax)
    style.title(ax, title, units)
    style.source_line(fig, source)
    overlay_points(ax, points, legend_right=True)
    return fig
