"""Showing report pieces in a notebook: prose, numbered figures and tables, coverage notes.

Notebooks stay short: they compute with :mod:`analysis.tables`, draw with
:mod:`analysis.charts`, and hand the results to these helpers, which number
figures and tables, add captions, and render tables as escaped HTML.
"""

from __future__ import annotations

import html
import io
import warnings
from itertools import count
from typing import Callable, Iterable

import pandas as pd

from analysis.errors import DataError

# Notebook kernels have no ipywidgets: tqdm's notice about it would land in the report as stderr.
warnings.filterwarnings("ignore", message="IProgress not found")

_figures = count(1)
_tables = count(1)


def _display(obj) -> None:
    from IPython.display import display

    display(obj)


def md(text: str) -> None:
    """Show Markdown prose (computed by the caller)."""
    from IPython.display import Markdown

    _display(Markdown(text))


def csv_link(frame: pd.DataFrame, name: str) -> str:
    """An HTML link that downloads ``frame`` as ``name`` (CSV, UTF-8), the data inside the link itself, so a
    self-contained HTML report carries the data of each chart and table with no file beside it."""
    import base64

    data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    href = "data:text/csv;charset=utf-8;base64," + base64.b64encode(data).decode("ascii")
    return (f'<a class="tally-csv" download="{html.escape(name)}" href="{href}">'
            f"data as CSV ({len(frame):,} row{'s' if len(frame) != 1 else ''})</a>")


def figure(fig, caption: str, data: pd.DataFrame | None = None) -> None:
    """Show a chart as an embedded PNG (its title and caption as alt text) with "Figure N." and the caption
    below, and the chart's ``data`` as a CSV link when given; the figure is closed afterwards."""
    import matplotlib.pyplot as plt

    from IPython.display import Image

    if fig is None:
        return
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=150, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    number = next(_figures)
    title = " — ".join(t for t in (ax.get_title(loc="left") for ax in fig.axes) if t)
    alt = f"Figure {number}. {title}. {caption}" if title else f"Figure {number}. {caption}"
    _display(Image(data=buffer.getvalue(), format="png", width=int(fig.get_figwidth() * 96), alt=alt))
    md(f"*Figure {number}. {caption}*")
    if data is not None:
        from IPython.display import HTML

        _display(HTML(f"<p>{csv_link(data, f'figure-{number}.csv')}</p>"))


def table(frame: pd.DataFrame, caption: str, *, formats: dict[str, Callable] | None = None,
          max_rows: int = 60) -> None:
    """Show ``frame`` as an HTML table (every cell escaped) under "Table N. caption"."""
    from IPython.display import HTML

    shown = frame.head(max_rows).copy()
    for col, fn in (formats or {}).items():
        if col in shown:
            shown[col] = [fn(v) for v in shown[col]]
    numeric = {c: pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
               for c in frame.columns}
    align = ['right' if numeric.get(c, False) else 'left' for c in shown.columns]
    head = "".join(f'<th style="text-align:{a}">{html.escape(str(c))}</th>' for c, a in zip(shown.columns, align))
    body = []
    for row in shown.itertuples(index=False):
        cells = "".join(f'<td style="text-align:{a}">{_cell(v)}</td>' for v, a in zip(row, align))
        body.append(f"<tr>{cells}</tr>")
    number = next(_tables)
    more = (f"{len(frame) - max_rows:,} more rows not shown; all {len(frame):,} are in the CSV. "
            if len(frame) > max_rows else "")
    link = csv_link(frame, f"table-{number}.csv")
    # the caption never ends a page with its table on the next one (print: break-after avoided)
    _display(HTML(f'<p style="break-after:avoid"><strong>Table {number}.</strong> {html.escape(caption)}</p>'
                  f'<table class="tally-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
                  f"<p><em>{more}</em>{link}</p>"))


def _cell(value) -> str:
    """Escaped cell text; long URLs may break after each "/" so narrow columns stay readable in print."""
    text = html.escape("" if _missing(value) else str(value))
    if text.startswith(("http://", "https://")):
        scheme, _, rest = text.partition("://")
        text = scheme + "://" + rest.replace("/", "/<wbr>").replace("?", "<wbr>?").replace("&amp;", "<wbr>&amp;")
    return text


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def note(sentences: Iterable[str], title: str = "What the data cover") -> None:
    """A coverage or caveat note: a bold title and one bullet per sentence."""
    items = [s for s in sentences if s]
    if not items:
        return
    md(f"**{title}.**\n\n" + "\n".join(f"- {s}" for s in items))


def load(fn: Callable, *args, empty_columns: list[str] | None = None, **kwargs) -> tuple[pd.DataFrame, str | None]:
    """Call a data loader; when the data fall short (a :class:`DataError`) return an empty frame and the
    error's message instead of failing. A bad parameter (:class:`ParameterError`) still stops the report."""
    try:
        return fn(*args, **kwargs), None
    except DataError as exc:
        return pd.DataFrame(columns=empty_columns or []), str(exc)


def sources(*frames: pd.DataFrame, caption: str = "Datasets used in this report.", record: bool = True) -> None:
    """A table of every dataset behind ``frames`` (via :func:`analysis.datasets.provenance`): its title,
    producer, version, origin, licence, file checksums and catalog id; the same datasets are recorded for the
    build stamp (:func:`analysis.reports.stamp.record_datasets`), so stamp and table agree (``record=False``
    for a notebook that records a narrower set itself)."""
    from analysis import catalog, datasets
    from analysis.reports.stamp import record_datasets

    # a frame names its datasets in a `source` column (indicators, events) or only in its attrs (published tolls,
    # whose `source_org` is the monitor, not a dataset)
    used = [f for f in frames if f is not None and len(f) and ("source" in f or f.attrs.get("origin"))]
    parts = [datasets.provenance(f) for f in used]
    if not parts:
        return
    if record:
        record_datasets(*used)
    prov = pd.concat(parts, ignore_index=True).drop_duplicates("dataset")

    def short(files: str) -> str:
        hashes = [p.split(" sha256:")[1][:8] for p in str(files).split("; ") if " sha256:" in p]
        if not hashes:
            return ""
        return f"{len(hashes)} file{'s' if len(hashes) != 1 else ''}, sha256 " + ", ".join(hashes[:3]) + \
            (", …" if len(hashes) > 3 else "")

    shown = prov[["dataset", "producer", "version", "origin", "licence", "files", "reference_table"]].copy()
    shown["files"] = shown["files"].map(short)
    shown.insert(0, "title", [_title(catalog, d) for d in shown["dataset"]])
    shown = shown[["title", "producer", "version", "origin", "licence", "files", "reference_table", "dataset"]]
    shown = shown.rename(columns={"files": "files (first 8 hex of sha256)", "reference_table": "read from",
                                  "dataset": "catalog id"})
    # a column blank in every row (no dataset read from a reference table: "read from") says nothing to a reader
    blank = [c for c in shown.columns if shown[c].map(lambda v: _missing(v) or str(v).strip() == "").all()]
    table(shown.drop(columns=blank), caption)


def _title(catalog, ident: str) -> str:
    try:
        return str(catalog.dataset(ident).get("title") or ident)
    except Exception:  # noqa: BLE001 - an id the catalog does not hold is shown as it is
        return ident


def html_block(markup: str) -> None:
    """Show HTML the caller built with every text part escaped (e.g. :func:`analysis.tables.claims.sentences_html`)."""
    from IPython.display import HTML

    _display(HTML(markup))
