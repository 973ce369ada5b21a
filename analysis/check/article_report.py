"""The pieces of the one-article report (``notebooks/article_check``), computed from its prepared check.

Every number in a sentence is computed here from the figures table, never
typed. Anything that comes from the article (title, outlet, text, place
names) is HTML-escaped: a page's markup never reaches the report.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterator

import pandas as pd

from analysis.check.article import Prepared, has_data
from analysis.check.verdict import VERDICTS

#: Background of a figure's mark in the article text, by verdict (tints of the chart colours).
MARK_COLOURS = {"consistent": "#C8EBDD", "higher than data": "#F6D2BD", "lower than data": "#C9DEF0",
                "not comparable": "#E4E4E4"}
#: Mark of a verdict the table above does not name (e.g. "implausible").
OTHER_MARK = "#F0CFE2"
#: A verdict in a sentence ("2 are consistent with it").
_VERDICT_WORDS = {"consistent": "consistent with it", "higher than data": "higher than the data",
                  "lower than data": "lower than the data"}


def _english(value: Any, field: str) -> str:
    """A claim's ``place`` or ``period`` in English (an Arabic article's are read as the check reads them); ""
    when the claim has none."""
    from analysis.tables import english

    text = _text(value)
    return "" if not text else (english.place(text) if field == "place" else english.period(text))


def _text(value: Any) -> str:
    try:
        if value is None or pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _col(frame: pd.DataFrame, name: str, default: Any = "") -> pd.Series:
    """Column ``name`` of ``frame`` or ``default`` for every row (columns are read by name, extras ignored)."""
    return frame[name] if name in frame else pd.Series([default] * len(frame), index=frame.index, dtype=object)


def verdict_counts(figures: pd.DataFrame) -> pd.Series:
    """Figures per verdict: the known verdicts in their order first, then any other, only those present."""
    counts = _col(figures, "verdict").astype(str).value_counts()
    order = [v for v in VERDICTS if v in counts] + sorted(v for v in counts.index if v not in VERDICTS)
    return counts.reindex(order)


def comparable(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures that were set beside a dataset figure."""
    return figures[has_data(figures)]


def not_compared(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures that were not set beside a dataset figure ("not comparable", "implausible", ...)."""
    return figures[~has_data(figures)]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def heading(prepared: Prepared) -> str:
    """The report's title as escaped HTML: ``<h1>Article check: TITLE</h1>``."""
    title = str(prepared.article.get("title") or prepared.article.get("id") or "article")
    return f"<h1>Article check: <span{_direction(title)}>{html.escape(title)}</span></h1>"


def _direction(text: str) -> str:
    """`` dir="rtl" lang="ar"`` for text mostly in Arabic script (laid out right to left, shaped with an Arabic
    font), else ""."""
    from analysis.claims.articles import article_language

    return ' dir="rtl" lang="ar"' if article_language("", text) == "ar" else ""


def key_facts(prepared: Prepared) -> str:
    """Key facts as an escaped HTML list: the article (outlet, date, source), figures found, verdicts,
    datasets, when it was checked."""
    from analysis import prose
    from analysis.check.sections import used_datasets

    a, figures = prepared.article, prepared.figures
    esc = html.escape
    source = str(a.get("source") or "")
    shown = (f'<a href="{esc(source)}">{esc(source)}</a>' if source.startswith(("http://", "https://"))
             else f"<code>{esc(source)}</code>")
    date = str(a.get("date") or "")
    note = f" ({esc(a['date_note'])})" if a.get("date_note") else ""
    counts = verdict_counts(figures)
    verdicts = ", ".join(f"{n:,} {esc(v)}" for v, n in counts.items()) or "none"
    repeats = int((_col(figures, "repeat_of").astype(str) != "").sum())
    data = used_datasets(comparable(figures)) if len(figures) else pd.DataFrame(columns=["source", "version"])
    named = "; ".join(esc(prose.dataset_label(s, v)) for s, v in zip(data["source"], data["version"])) or \
        "none (no figure could be compared)"
    items = [
        f"<b>Article</b>: {esc(str(a.get('title') or a.get('id')))}"
        + (f", {esc(str(a['outlet']))}" if a.get("outlet") else ""),
        f"<b>Dated</b>: {esc(date) if date else 'no date found'}{note}",
        f"<b>Read from</b>: {shown}",
        f"<b>Figures found</b>: {len(figures):,}" + (f" ({_plural(repeats, 'repeat')} of an earlier figure)"
                                                    if repeats else ""),
        f"<b>Verdicts</b>: {verdicts}",
        f"<b>Compared with</b>: {named}",
        f"<b>Checked</b>: {esc(prepared.checked)}" + (
            f"; figures whose place names no country are taken to be about "
            f"{esc(prose.country_name(prepared.country))}" if prepared.country else ""),
    ]
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def summary(prepared: Prepared) -> str:
    """Two or three computed sentences: how many figures, how many comparable, how they came out."""
    figures = prepared.figures
    n = len(figures)
    if n == 0:
        return ("Tally found no reported figure in this article (a count of people killed, displaced, "
                "detained and so on), so there is nothing to check.")
    compared, rest = comparable(figures), not_compared(figures)
    out = [f"Tally found {_plural(n, 'reported figure')} in this article."]
    if len(compared) == 0:
        out.append(f"None could be set beside a comparable dataset figure; {'its reason is' if n == 1 else 'the reasons are'} "
                   "listed below, with what data would make each checkable.")
        return " ".join(out)
    counts = verdict_counts(compared)
    parts = [f"{int(k):,} {'is' if int(k) == 1 else 'are'} {_VERDICT_WORDS.get(v, v)}" for v, k in counts.items()]
    out.append(f"{len(compared):,} of them could be set beside a comparable dataset figure: " + _join(parts) + ".")
    if len(rest):
        kinds = verdict_counts(rest)
        what = "" if list(kinds.index) == ["not comparable"] else \
            " (" + _join([f"{int(k):,} {v}" for v, k in kinds.items()]) + ")"
        out.append(f"The other {_plural(len(rest), 'figure')} {'was' if len(rest) == 1 else 'were'} not compared{what}; "
                   f"{'its reason is' if len(rest) == 1 else 'the reasons are'} listed below.")
    return " ".join(out)


def _join(parts: list[str]) -> str:
    from analysis import prose

    return prose.join_words(parts)


def highlighted_html(prepared: Prepared) -> str:
    """The article's text as escaped HTML, each figure's characters ``start:end`` in a ``<mark>`` coloured by
    its verdict and numbered as in the tables. A span that does not hold the figure's surface, or overlaps
    an earlier one, is left unmarked (the tables still list it)."""
    body = str(prepared.article.get("body") or "")
    figures = prepared.figures.sort_values(["start", "end"], kind="stable") if len(prepared.figures) else prepared.figures
    pieces, pos = [], 0
    for row in figures.to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        if start < pos or end > len(body) or start >= end or body[start:end] != str(row.get("surface", body[start:end])):
            continue
        verdict = _text(row.get("verdict"))
        colour = MARK_COLOURS.get(verdict, OTHER_MARK)
        pieces.append(html.escape(body[pos:start]))
        pieces.append(f'<mark style="background:{colour};padding:0 0.12em;border-radius:2px" '
                      f'title="#{int(row["n"])}: {html.escape(verdict, quote=True)}">{html.escape(body[start:end])}'
                      f'<sup style="font-size:0.7em;font-weight:bold">{int(row["n"])}</sup></mark>')
        pos = end
    pieces.append(html.escape(body[pos:]))
    text = "".join(pieces)
    paragraphs = [p.strip("\n").replace("\n", "<br>") for p in text.split("\n\n") if p.strip()]
    paragraphs = [f'<p{_direction(re.sub(r"<[^>]+>", "", p))}>{p}</p>' for p in paragraphs]  # by its words
    present = list(verdict_counts(figures).index) if len(figures) else []
    legend = " ".join(f'<mark style="background:{MARK_COLOURS.get(v, OTHER_MARK)};padding:0 0.3em">{html.escape(v)}</mark>'
                      for v in present) or "none (no figure found)"
    return ('<div style="border-left:3px solid #c9ced4;padding:0.2rem 0.9rem;margin:0.6rem 0;font-size:0.95em">'
            + "".join(paragraphs) + "</div>"
            + f'<p style="font-size:0.8em">Marks: {legend}; the small number is the figure\'s row in the tables.</p>')


def _count(v: Any) -> str:
    from analysis import prose

    return "" if v is None or pd.isna(v) or v == "" else prose.fmt_count(float(v))


def _period(start: Any, end: Any) -> str:
    from analysis import prose

    return "" if pd.isna(start) or pd.isna(end) or start == "" or end == "" else prose.fmt_period(start, end)


def claim_words(row: pd.Series) -> str:
    """A figure in words ("more than 48,000 people displaced"), as the claim check tables write it."""
    from analysis.check.sections import claim_text

    return claim_text(row)


def dataset_words(version: str) -> str:
    """The check's ``version`` ("unhcr_population 2025.12.1; idmc_gidd GRID 2025") as readable names with
    their versions ("UNHCR Refugee Data Finder (2025.12.1); IDMC GIDD (GRID 2025)")."""
    from analysis import prose

    labels = []
    for part in str(version or "").split("; "):
        ident, _, ver = part.strip().partition(" ")
        if ident:
            labels.append(prose.dataset_label(ident, ver))
    return "; ".join(labels)


def evidence_table(prepared: Prepared) -> pd.DataFrame:
    """Each figure's verdict and evidence: the claim (place, period), the data figure, its dataset and
    version, its period, the ratio, the rule's tolerance and the reason."""
    f = prepared.figures
    columns = ["#", "claim (place, period)", "verdict", "data figure", "dataset (version)", "data period",
               "ratio", "tolerance", "reason"]
    if f.empty:
        return pd.DataFrame(columns=columns)
    data = [_count(v) + (f" ({_count(lo)}-{_count(hi)})" if _count(lo) and _count(hi) and _count(lo) != _count(hi)
                         else "")
            for v, lo, hi in zip(_col(f, "data_value", None), _col(f, "data_low", None), _col(f, "data_high", None))]
    where = [", ".join(x for x in (_english(p, "place"), _english(q, "period")) if x)
             for p, q in zip(_col(f, "place"), _col(f, "period"))]
    return pd.DataFrame(dict(zip(columns, [
        f["n"].values,
        [claim_words(r) + (f" ({w})" if w else "") for (_, r), w in zip(f.iterrows(), where)],
        [_text(v) + (" (provisional data)" if p is True else "")
         for v, p in zip(_col(f, "verdict"), _col(f, "provisional", False))],
        data,
        [dataset_words(_text(v)) for v in _col(f, "version")],
        [_period(s, e) for s, e in zip(_col(f, "data_period_start", None), _col(f, "data_period_end", None))],
        ["" if _text(r) == "" else f"{float(r):.2g}" for r in _col(f, "ratio", None)],
        ["" if _text(t) == "" else f"±{float(t):.0%}" for t in _col(f, "tolerance", None)],
        _col(f, "reason").map(_text).values,
    ])))


def not_comparable_table(prepared: Prepared) -> pd.DataFrame:
    """The figures that could not be compared: why, and what data (or wording) would make each checkable."""
    rows = not_compared(prepared.figures)
    return pd.DataFrame({
        "#": rows["n"].values if len(rows) else [],
        "figure": rows["surface"].values if len(rows) else [],
        "claim": [claim_words(r) for _, r in rows.iterrows()],
        "verdict": _col(rows, "verdict").map(_text).values,
        "why not compared": _col(rows, "reason").map(_text).values,
        "what would make it checkable": _col(rows, "hint").map(_text).values,
    })


def chart_items(prepared: Prepared, limit: int = 12) -> Iterator[tuple[pd.Series, pd.DataFrame]]:
    """``(figure row, its series)`` for each comparable figure with a data series, in the article's order
    (repeats of an earlier figure left out), at most ``limit``."""
    f = comparable(prepared.figures)
    shown = 0
    for _, row in f.iterrows():
        if shown >= limit:
            return
        if _text(row.get("repeat_of")):
            continue
        series = prepared.series[prepared.series["claim_id"] == row["claim_id"]]
        if len(series):
            shown += 1
            yield row, series


def chart_title(row: pd.Series) -> str:
    """A chart panel's title: ``#n: the claim in words``."""
    return f"#{int(row['n'])}: {claim_words(row)}"


def chart_panels(prepared: Prepared, limit: int = 12) -> list[tuple[pd.Series, pd.DataFrame, str]]:
    """``(figure row, its series, panel title)`` for :func:`analysis.check.chart.claims_against_series`."""
    return [(row, series, chart_title(row)) for row, series in chart_items(prepared, limit)]


def _panel_words(row: pd.Series) -> str:
    from analysis import prose

    when = _period(row.get("data_period_start"), row.get("data_period_end"))
    tol = _text(row.get("tolerance"))
    return (f"#{int(row['n'])} {_text(row.get('series_what'))}, compared with {prose.fmt_count(row.get('data_value'))}"
            + (f" ({when}" + (f", ±{float(tol):.0%}" if tol else "") + ")" if when else "")
            + f": {_text(row.get('verdict'))}")


def chart_caption(row: pd.Series) -> str:
    """The caption of one claim's chart, computed: what the line is, the compared figure, the verdict."""
    return f"Reported figure {_panel_words(row)}."


def panels_caption(panels: list[tuple[pd.Series, pd.DataFrame, str]]) -> str:
    """The caption of the small multiples, computed: how to read a panel, then each panel's series, the
    figure its claim was compared with and the verdict."""
    return ("Each panel is a figure of the article (filled point, coloured by its verdict; an arrow marks a "
            "minimum such as \"at least\", a bar a range) beside the data figure it was compared with (hollow "
            "circle; grey bar: that figure's range widened by the rule's tolerance) and the data around its date "
            "(black line). " + "; ".join(_panel_words(row) for row, _, _ in panels) + ".")


def notes(prepared: Prepared) -> list[str]:
    """Warnings about the article (e.g. its encoding or date) and data that could not be loaded, escaped
    (they quote the article) for a Markdown list."""
    out = [str(w) for w in prepared.article.get("warnings") or []]
    out += [f"{k}: {v}" for k, v in (prepared.problems or {}).items()]
    missing = comparable(prepared.figures)
    missing = missing[_col(missing, "series_what").astype(str).str.startswith("no series")] if len(missing) else missing
    out += [f"figure #{int(r['n'])}: {r['series_what']}" for _, r in missing.iterrows()]
    return [html.escape(line) for line in out]
