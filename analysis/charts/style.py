"""The house style of every chart: one palette, one size, one way to credit sources.

Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies and distinct in greyscale print); fonts are large enough to read
on an A4 page; grids are light and horizontal; no boxes, no 3-D, no shadows.
"""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import seaborn as sns
from matplotlib.figure import Figure

#: Okabe & Ito (2008) colour-blind-safe palette, black last.
PALETTE = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
]
#: Grey for the residual category ("other") and for context lines.
GREY = "#9A9A9A"
#: Colour of reported figures (claims) overlaid on data: black points read in any print.
CLAIM_COLOUR = "#000000"
#: One colour per UCDP type of violence, the same in every chart.
TYPE_COLOURS = {
    "state-based": PALETTE[0], "non-state": PALETTE[1], "one-sided": PALETTE[2], "all types": "#000000",
}


#: One colour per claim metric, the same in every chart (deaths warm, displacement blue-green, rest grey).
METRIC_COLOURS = {
    "killed": "#D55E00", "wounded": "#E69F00", "casualties": "#CC79A7", "displaced": "#0072B2",
    "refugees": "#56B4E9", "idps": "#009E73", "returned": "#F0E442", "missing": "#000000",
    "detained": "#555555", "captured": "#777777", "destroyed": "#999999", "other": "#BBBBBB",
}


def type_colour(label: str) -> str | None:
    """The house colour of a type-of-violence label (also "state-based (provisional)"), else None."""
    for key, colour in TYPE_COLOURS.items():
        if str(label).startswith(key):
            return colour
    return None


#: Standard figure size in inches (fits an A4 page with margins) and a wide variant.
FIGSIZE = (8.0, 4.5)
FIGSIZE_TALL = (8.0, 6.0)
DPI = 110


def apply_style() -> None:
    """Set the house style for every chart drawn after this call."""
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font_scale=1.0)
    plt.rcParams.update({
        "figure.figsize": FIGSIZE,
        "figure.dpi": DPI,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.labelsize": 11,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "grid.color": "#DDDDDD",
        "grid.linewidth": 0.8,
        "legend.frameon": False,
        "legend.fontsize": 10,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    })


def colours(n: int, *, other: bool = False) -> list[str]:
    """``n`` house colours; the last is grey when ``other`` (a residual category)."""
    base = [PALETTE[i % len(PALETTE)] for i in range(n - (1 if other else 0))]
    return base + ([GREY] if other else [])


def human_number(value: float, _pos: int | None = None) -> str:
    """Label for a count, three significant digits at most: 1,500 → "1.5k", 1,964,201 → "1.96M", 2e6 → "2M"."""
    v = abs(value)
    if v >= 1_000_000:
        return f"{value / 1_000_000:.3g}M"
    if v >= 1_000:
        return f"{value / 1_000:.3g}k"
    return f"{value:.0f}"


def format_counts(ax, axis: str = "y") -> None:
    """Label ``axis`` of ``ax`` in thousands (k) and millions (M)."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(mticker.FuncFormatter(human_number))


def format_percent(ax, axis: str = "y", decimals: int = 0) -> None:
    """Label ``axis`` of ``ax`` as percentages of values given as fractions."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(mticker.PercentFormatter(1.0, decimals=decimals))


def new_figure(size: tuple[float, float] = FIGSIZE):
    """A figure and axes in the house style."""
    apply_style()
    return plt.subplots(figsize=size, layout="constrained")


def title(ax, text: str, units: str | None = None) -> None:
    """Title a chart; the units go on a second, lighter line."""
    ax.set_title(text, loc="left", fontweight="bold", pad=22 if units else 8)
    if units:
        ax.text(0, 1.015, units, transform=ax.transAxes, ha="left", va="bottom",
                fontsize=10, color="#444444")


def source_line(fig_or_ax, text: str) -> None:
    """Write ``Source: text`` under the chart, left-aligned, small and grey."""
    fig = fig_or_ax if isinstance(fig_or_ax, Figure) else fig_or_ax.figure
    label = text if text.lower().startswith("source") else f"Source: {text}"
    fig.text(0.01, -0.01, label, ha="left", va="top", fontsize=8.5, color="#444444", wrap=True)


def legend_outside(ax, **kwargs) -> None:
    """A legend without a frame: inside the plot ("best" place) for up to four entries, else to the right."""
    handles, labels = ax.get_legend_handles_labels()
    if not labels:
        return
    if len(labels) <= 4:
        ax.legend(loc=kwargs.pop("loc", "best"), framealpha=0.85, frameon=True, edgecolor="none", **kwargs)
    else:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, **kwargs)


def date_axis(ax, *, minticks: int = 5, maxticks: int = 8, month_starts: bool = False) -> None:
    """Date ticks on the x axis, one rule for every chart with dates.

    By default the ticks are chosen for the range (between ``minticks`` and ``maxticks``) and labelled
    concisely: "2017", "Apr", "15", with the year or month set once beside the axis. With
    ``month_starts`` (a range of a few months), every month's start is ticked and named with its year
    ("Apr 2017"): the automatic ticks would be half-months ("Apr", "15", "May", "15")."""
    import matplotlib.dates as mdates

    if month_starts:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        return
    locator = mdates.AutoDateLocator(minticks=minticks, maxticks=maxticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def year_end_axis(ax, axis: str = "x") -> None:
    """Mark a year axis as year-ends: whole-year ticks labelled "end of 2019" (a stock counted on 31 December
    of that year, not in the middle of it) and a note under the axis saying so."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(mticker.MaxNLocator(integer=True, nbins=6))
    # two lines ("end of" over the year), so the labels of a dozen year-ends never run into each other
    target.set_major_formatter(mticker.FuncFormatter(lambda v, _pos: f"end of\n{int(round(v))}"
                                                     if abs(v - round(v)) < 1e-6 else ""))
    label = "stocks on 31 December of each year"
    if axis == "x":
        ax.set_xlabel(label, fontsize=9, color="#444444")
    else:
        ax.set_ylabel(label, fontsize=9, color="#444444")

