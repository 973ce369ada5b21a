"""A light admin-1 map: areas filled by a value, from the committed simplified OCHA boundaries.

Plain matplotlib polygons (via :func:`analysis.sources.ocha.draw_areas`), no
geopandas. Boundaries are administrative only; they do not show control.
"""

from __future__ import annotations

from typing import Mapping

from analysis.charts import style


def admin1_map(country: str, values: Mapping[str, float], *, title: str, units: str, source: str,
               cmap: str = "Blues", label_top: int = 5, names: Mapping[str, str] | None = None):
    """Fill each admin-1 area of ``country`` by ``values`` (p-code → number); None if no boundaries are embedded."""
    from analysis.errors import DataError
    from analysis.sources import ocha

    try:
        areas = ocha.load_boundaries(country)
    except DataError:
        return None
    fig, ax = style.new_figure((7.0, 6.0))
    coll = ocha.draw_areas(ax, areas, values, cmap=cmap, edgecolor="#777777", linewidth=0.6)
    cbar = fig.colorbar(coll, ax=ax, shrink=0.6, pad=0.02)
    cbar.ax.yaxis.set_major_formatter(__import__("matplotlib.ticker").ticker.FuncFormatter(style.human_number))
    cbar.outline.set_visible(False)
    top = sorted(((v, k) for k, v in values.items() if k in areas and v), reverse=True)[:label_top]
    for v, code in top:
        area = areas[code]
        x0, y0, x1, y1 = area.bounds
        ax.annotate((names or {}).get(code, area.name), ((x0 + x1) / 2, (y0 + y1) / 2), ha="center",
                    va="center", fontsize=8.5, color="#111111",
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.7))
    ax.set_axis_off()
    ax.grid(False)
    style.title(ax, title, units)
    style.source_line(fig, source + " Boundaries: OCHA COD-AB (administrative only, not territorial control).")
    return fig
