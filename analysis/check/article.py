"""One article's check, prepared for its report (``python -m analysis check ARTICLE``).

:func:`prepare` extracts the figures of an article read by
:func:`analysis.check.article_run.read_source` (the ledger rows ``claims extract`` would
give, built in memory), checks them with :func:`analysis.check.run.check_claims`
and computes, for each comparable figure, the data series around its date
(the figure it was compared with, computed the same way for neighbouring
year-ends, periods or windows). :func:`write_inputs` writes what the
``article_check`` notebook reads into the output folder (``article.json``:
the article's text and metadata, the figures and the series; ``figures.csv``:
the check table), and :func:`load_inputs` reads it back in the notebook.
:mod:`analysis.check.article_run` runs the whole command.

Nothing here writes to the committed ledger or to ``data/exports``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from analysis.errors import DataError, TallyError

#: File the notebook reads: the article, its figures and the series, as JSON.
INPUTS_NAME = "article.json"
#: The check table of the article, one row per figure, for the reader.
FIGURES_NAME = "figures.csv"
#: Version of the JSON layout written by :func:`write_inputs`.
INPUTS_VERSION = 1
#: Columns of :attr:`Prepared.series`.
SERIES_COLUMNS = ["claim_id", "date", "value", "low", "high", "compared"]
#: Date columns of the figures table (read back as dates).
_DATE_COLUMNS = ("window_start", "window_end", "data_period_start", "data_period_end", "toll_as_of", "claim_at")
#: Years before (and after) the compared year-end shown for a stock figure.
_STOCK_YEARS_BEFORE, _STOCK_YEARS_AFTER = 8, 2
#: Periods before (and after) the compared ones shown for a sum over years or months.
_PERIODS_BEFORE, _PERIODS_AFTER = 6, 3
#: Days either side of an event window's end shown (at least).
_EVENT_DAYS = 28


@dataclass
class Prepared:
    """One article's check, ready for the notebook: the article, one row per figure, and the series."""

    article: dict[str, Any]                 # id, source, title, outlet, url, date, date_note, body, warnings
    country: str                            # default country (ISO3) of figures whose place names none
    figures: pd.DataFrame                   # n, the ledger columns, every check column; series_what, claim_at, hint
    series: pd.DataFrame                    # SERIES_COLUMNS: the data around each comparable figure's date
    checked: str = ""                       # when (UTC, ISO 8601)
    datasets: dict[str, Any] = field(default_factory=dict)   # what check_claims loaded, by country
    problems: dict[str, str] = field(default_factory=dict)   # data that could not be loaded
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step


# --------------------------------------------------------------------------
# Preparing: figures, checks and series
# --------------------------------------------------------------------------

def article_record(article: Any, source: str | Path) -> dict[str, Any]:
    """The article's text and metadata as stored in ``article.json``."""
    return {
        "id": str(article.id), "source": str(source), "title": article.title or "", "outlet": article.outlet or "",
        "url": article.url or "", "date": article.date_iso or (article.date.isoformat() if article.date else ""),
        "date_note": article.date_note or "", "body": article.body, "warnings": list(article.warnings),
    }


def figures_frame(ledger: pd.DataFrame, checks: pd.DataFrame) -> pd.DataFrame:
    """One row per figure: ``n`` (1, 2, ... in the article's order), the ledger columns, then every check
    column the ledger has not (extra check columns included)."""
    extra = [c for c in checks.columns if c not in ledger.columns or c == "claim_id"]
    frame = ledger.merge(checks[extra].drop_duplicates("claim_id"), on="claim_id", how="left")
    frame = frame.sort_values(["start", "end", "claim_id"], kind="stable").reset_index(drop=True)
    frame.insert(0, "n", range(1, len(frame) + 1))
    return frame


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    return str(value)


def _rule(rules: Any, rule_id: str):
    return next((r for r in rules.rules if r.id == rule_id), None)


def _figure_date(fig: Mapping[str, Any], on: pd.Timestamp) -> pd.Timestamp:
    """Where a stock figure sits in time: its date when the data give one day (a year-end), else the day it
    was read for (a figure between two year-ends)."""
    start, end = pd.Timestamp(fig["data_period_start"]), pd.Timestamp(fig["data_period_end"])
    return end if start == end else on


def _stock_series(row: Mapping[str, Any], rule: Any, data: Any) -> tuple[list[dict], str]:
    from analysis.check import match

    at = pd.Timestamp(row["claim_at"])
    host = (_text(row.get("host")) or None) if rule.scope == "host" else None
    points = {}
    for year in range(at.year - _STOCK_YEARS_BEFORE, at.year + _STOCK_YEARS_AFTER + 1):
        on = pd.Timestamp(year, 12, 31)
        fig = match.stock_figure(data.indicators, rule, str(row["country"]), host, on)
        if isinstance(fig, dict):
            points.setdefault(_figure_date(fig, on), fig)
    return [{"date": d, "value": f["data_value"], "low": f["data_low"], "high": f["data_high"], "compared": False}
            for d, f in sorted(points.items())], "the same figure at each year-end"


def _period_sum_series(row: Mapping[str, Any], rule: Any, data: Any) -> tuple[list[dict], str]:
    from analysis.check import match

    start, end = pd.Timestamp(row["window_start"]), pd.Timestamp(row["window_end"])
    step = pd.DateOffset(years=1) if rule.align == "year" else pd.DateOffset(months=1)
    points = {}
    for shift in range(-_PERIODS_BEFORE, _PERIODS_AFTER + 1):
        window = match.Window(start + shift * step, end + shift * step, "shifted")
        fig = match.period_sum_figure(data.indicators, rule, str(row["country"]), window)
        if isinstance(fig, dict):
            points[fig["data_period_end"]] = fig
    unit = "year" if rule.align == "year" else "month"
    spans = {(f["data_period_end"] - f["data_period_start"]).days for f in points.values()}
    what = f"the same sum over the {unit}s ending at each {unit}-end" if len(spans) <= 1 else \
        f"the same sum over shifted {unit}s"
    return [{"date": d, "value": f["data_value"], "low": f["data_low"], "high": f["data_high"], "compared": False}
            for d, f in sorted(points.items())], what


def _strict_daily(events: pd.DataFrame, column: str, skipna: bool) -> pd.Series:
    """Sum of ``column`` per day; a day with a missing value is missing unless ``skipna``."""
    grouped = events.groupby("day")[column]
    total = grouped.sum()
    if not skipna:
        total[grouped.apply(lambda s: bool(s.isna().any()))] = float("nan")
    return total


def _event_series(row: Mapping[str, Any], rule: Any, data: Any, default: str) -> tuple[list[dict], str]:
    """The same sum as the check's (deaths in the UCDP events of the same datasets and governorates) over
    windows of the same length ending on each day around the claim's window (a rolling sum: one pass)."""
    start, end = pd.Timestamp(row["window_start"]), pd.Timestamp(row["window_end"])
    days = int((end - start).days) + 1
    span = max(_EVENT_DAYS, 2 * days)
    sources = [x for x in _text(row.get("dataset")).split(" + ") if x]
    cover = data.coverage[data.coverage["source"].isin(sources)]
    if cover.empty:
        return [], "no event data"
    first = max(end - pd.Timedelta(days=span), pd.Timestamp(cover["start"].max()) + pd.Timedelta(days=days - 1))
    last = min(end + pd.Timedelta(days=span), pd.Timestamp(cover["end"].min()))
    events = data.events[data.events["source"].isin(sources)]
    admin1 = [x for x in _text(row.get("admin1_pcode")).split(",") if x]
    if admin1:
        events = events[events["admin1_pcode"].isin(admin1)]
    events = events.assign(day=pd.to_datetime(events["date_start"]).dt.normalize())
    index = pd.date_range(first - pd.Timedelta(days=days - 1), last, freq="D")
    columns = {"value": ("deaths_civilians", False)} if rule.measure == "civilians" else \
        {"value": ("best", True), "low": ("low", False), "high": ("high", False)}
    rolled = {}
    for name, (column, skipna) in columns.items():
        daily = _strict_daily(events, column, skipna).reindex(index, fill_value=0.0)
        rolled[name] = daily.rolling(days, min_periods=days).sum().loc[first:last]
    frame = pd.DataFrame(rolled).dropna(subset=["value"])
    what = (f"{'civilian deaths' if rule.measure == 'civilians' else 'deaths'} in UCDP events over the "
            f"{days} day{'s' if days != 1 else ''} ending each day")
    return [{"date": d, "value": r["value"], "low": r.get("low", float("nan")), "high": r.get("high", float("nan")),
             "compared": False} for d, r in frame.iterrows()], what


def _is_stock(rule: Any) -> bool:
    """A rule whose figure is a stock on a date (not a sum over a window or period)."""
    return rule.pick not in ("period_sum", "event_window")


def compared_at(row: Mapping[str, Any], stock: bool) -> pd.Timestamp:
    """Where the compared data figure sits in time: a stock read between two year-ends at the claim's date,
    a stock at a year-end at that year-end, a sum over a window or periods at its end."""
    if stock:
        return _figure_date(row, pd.Timestamp(row["claim_at"]))
    return pd.Timestamp(row["data_period_end"])


def claim_date(row: Mapping[str, Any], stock: bool) -> pd.Timestamp | None:
    """The day a figure is about: for a stock the article's date, or the end of the period it names when
    that is earlier; for a sum over a window or periods the end of the data's period."""
    if not stock:
        return pd.to_datetime(_text(row.get("data_period_end")) or None, errors="coerce")
    date = pd.to_datetime(_text(row.get("date")) or None, errors="coerce")
    end = pd.to_datetime(_text(row.get("window_end")) or None, errors="coerce")
    if pd.notna(end) and (pd.isna(date) or end < date):
        return end
    return date


def data_series(row: Mapping[str, Any], rules: Any, data: Any, default: str) -> tuple[pd.DataFrame, str]:
    """The data around a comparable figure's date: the figure it was compared with (``compared``), computed
    the same way for neighbouring year-ends, periods or windows, and what that series is in words.

    ``row`` is a check row (read by column name), ``data`` the :class:`~analysis.check.run.CountryData` of
    its country (``claim_at`` as :func:`claim_date` gives it). An empty frame and the reason when there is
    none.
    """
    rule = _rule(rules, _text(row.get("rule")))
    if rule is None:
        return pd.DataFrame(columns=SERIES_COLUMNS), f"rule {_text(row.get('rule'))!r} not in the rules file"
    kind = "events" if rule.pick == "event_window" else "indicators"
    if getattr(data, kind, None) is None:
        return pd.DataFrame(columns=SERIES_COLUMNS), f"no {kind} loaded"
    if rule.pick == "period_sum":
        points, what = _period_sum_series(row, rule, data)
    elif rule.pick == "event_window":
        points, what = _event_series(row, rule, data, default)
    else:
        points, what = _stock_series(row, rule, data)
    # the figure the claim was compared with, exactly as the check gave it
    at = compared_at(row, _is_stock(rule))
    points = [p for p in points if p["date"] != at] + [
        {"date": at, "value": row.get("data_value"), "low": row.get("data_low"), "high": row.get("data_high"),
         "compared": True}]
    frame = pd.DataFrame(sorted(points, key=lambda p: p["date"]), columns=SERIES_COLUMNS[1:])
    frame.insert(0, "claim_id", _text(row.get("claim_id")))
    return frame, what


#: What would make a figure checkable, by the reason it was not: (pattern on the reason, hint).
_HINTS = (
    (r"comparable data: (.+)$", "{0}"),
    (r"no country can be read", "a place in the article that names the country, or `--country ISO3`"),
    (r"known only to the (month|year)", "the article's full date (a day): a month or a year gives no period"),
    (r"has no date", "the article's date: a 'Date:' header line in a file, or a page that states its date"),
    (r"counts '([^']*)' figures", "a dataset that counts {0} figures, and a rule for it in data/check_rules.yml"),
    (r"neither a governorate", "data for that place: the loaded datasets go down to governorates only"),
    (r"(\S+ \S+ [\w.]+) covers \S+ to \S+, but it is not loaded",
     "the release that covers the period ({0}): `python -m analysis fetch` with its catalog id"),
    (r"no loaded event data cover", "UCDP events for that window (a GED or candidate release that covers it)"),
    (r"names no host country", "the country the refugees are in"),
    (r"covers [\d,]+ days", "a dataset with figures for a period of that length"),
    (r"(cannot be set beside|states no period)", "a period in words the check reads ('since the war began', "
                                          "'in 2023', 'last month', 'on Monday') beside the figure"),
    (r"(not what the data count|leave out)", "a dataset that counts what the figure counts"),
    (r"(no year-end before|no loaded dataset has|no \w+ loaded|are loaded for)",
     "a loaded dataset that covers the claim's period (`python -m analysis fetch`)"),
)


def checkable_hint(reason: str, verdict: str = "not comparable") -> str:
    """What data (or wording) would make a figure that was not compared checkable, from its reason."""
    if verdict == "implausible":
        return "a second look at the figure in the article: it is likely a typo or an extraction error"
    for pattern, hint in _HINTS:
        m = re.search(pattern, reason or "", flags=re.IGNORECASE)
        if m:
            return hint.format(*m.groups())
    return ""


def article_ledger(article: Any) -> pd.DataFrame:
    """Ledger rows of one :class:`~analysis.claims.articles.Article`, built in memory as ``claims build``
    builds them (its figures, with its url, outlet and date); nothing is written and no reviews apply."""
    from analysis.claims.extract import claims_frame, extract_article
    from analysis.claims.ledger import article_meta, build_ledger

    return build_ledger(claims_frame(extract_article(article)), article_meta([article]))


def has_data(figures: pd.DataFrame) -> pd.Series:
    """Which figures were set beside a dataset figure (they have a ``data_value``)."""
    if "data_value" not in figures:
        return pd.Series(False, index=figures.index)
    return pd.to_numeric(figures["data_value"], errors="coerce").notna()


def prepare(article: Any, country: str | None = None, *, source: str | Path | None = None,
            raw: Path | None = None, reference_dir: Path | None = None, rules: Any = None) -> Prepared:
    """Extract ``article``'s figures, check them and compute the series around each comparable one.

    ``country`` (ISO3) is passed to :func:`~analysis.check.run.check_claims` as its country for figures
    whose place names none; when None, its own default applies. Nothing is written.
    """
    from analysis import countries
    from analysis.check.rules import Rules, load_rules
    from analysis.check.run import check_claims, load_country

    timings: dict[str, float] = {}
    started = time.perf_counter()
    ledger = article_ledger(article)
    timings["extract"] = time.perf_counter() - started

    started = time.perf_counter()
    table = rules if isinstance(rules, Rules) else load_rules(rules)
    loaded: dict[str, Any] = {}
    options: dict[str, Any] = {"rules": table, "raw": raw, "reference_dir": reference_dir, "preloaded": loaded}
    if country:
        country = countries.normalise(country)
        loaded[country] = load_country(country, raw=raw, reference_dir=reference_dir)
        checks = check_claims(ledger, country, **options)
    else:
        checks = check_claims(ledger, **options)
    default = str(checks.attrs.get("country") or country or "")
    figures = figures_frame(ledger, checks)
    with_data = has_data(figures)
    whats, parts, claim_at = [], [], []
    for row, compared in zip(figures.to_dict("records"), with_data):
        rule = _rule(table, _text(row.get("rule")))
        claim_at.append(claim_date(row, _is_stock(rule)) if rule is not None else pd.NaT)
        row["claim_at"] = claim_at[-1]
        if not compared or rule is None or pd.isna(row["claim_at"]):
            whats.append("")
            continue
        iso3 = _text(row.get("country")) or default
        try:
            if iso3 not in loaded:
                loaded[iso3] = load_country(iso3, raw=raw, reference_dir=reference_dir)
            frame, what = data_series(row, table, loaded[iso3], iso3)
        except (TallyError, KeyError, ValueError, TypeError) as exc:   # a chart is not worth failing the check
            frame, what = pd.DataFrame(columns=SERIES_COLUMNS), f"no series: {exc}"
        whats.append(what if len(frame) > 1 else f"no series ({what})")
        parts.append(frame)
    figures["series_what"] = whats
    figures["claim_at"] = pd.to_datetime(pd.Series(claim_at, index=figures.index, dtype="object"), errors="coerce")
    reasons = figures["reason"] if "reason" in figures else pd.Series("", index=figures.index)
    figures["hint"] = [checkable_hint(_text(r), _text(v)) if not c else ""
                       for r, v, c in zip(reasons, figures.get("verdict", reasons), with_data)]
    series = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=SERIES_COLUMNS)
    timings["check"] = time.perf_counter() - started
    problems = {f"{iso3} {kind}": text for iso3, d in loaded.items() for kind, text in d.problems.items()}
    return Prepared(article=article_record(article, source if source is not None else article.path),
                    country=default, figures=figures, series=series[SERIES_COLUMNS],
                    checked=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    datasets=dict(checks.attrs.get("datasets", {})), problems=problems, timings=timings)


# --------------------------------------------------------------------------
# The notebook's input: article.json (and figures.csv for the reader)
# --------------------------------------------------------------------------

def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return json.loads(frame.to_json(orient="records", date_format="iso", date_unit="s", default_handler=str))


def write_inputs(prepared: Prepared, out_dir: Path) -> tuple[Path, Path]:
    """Write ``article.json`` (what the notebook reads) and ``figures.csv`` into ``out_dir``, atomically."""
    from analysis.atomic import atomic_open, write_text

    out_dir = Path(out_dir)
    doc = {"version": INPUTS_VERSION, "article": prepared.article, "country": prepared.country,
           "checked": prepared.checked, "datasets": prepared.datasets, "problems": prepared.problems,
           "timings": {k: round(v, 3) for k, v in prepared.timings.items()},
           "figures": _records(prepared.figures), "series": _records(prepared.series)}
    inputs = out_dir / INPUTS_NAME
    write_text(inputs, json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n")
    table = out_dir / FIGURES_NAME
    with atomic_open(table, "w") as fh:
        prepared.figures.to_csv(fh, index=False, lineterminator="\n", float_format="%.10g", date_format="%Y-%m-%d")
    for path in (inputs, table):
        path.chmod(0o644)                  # for reading, as the reports beside them (mkstemp makes 0600)
    return inputs, table


def _typed_figures(records: list[dict[str, Any]]) -> pd.DataFrame:
    from analysis.check.run import NUMBER_COLUMNS

    frame = pd.DataFrame.from_records(records)
    for col in frame.columns:
        if col in NUMBER_COLUMNS:  # a column empty in every row is read from JSON as text: numbers again
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce")
        if col in _DATE_COLUMNS:
            frame[col] = pd.to_datetime(frame[col], errors="coerce").dt.tz_localize(None)
    for col in ("within_range", "provisional"):
        if col in frame:
            frame[col] = frame[col].fillna(False).astype(bool)
    for col in frame.columns:
        if frame[col].dtype == object and col not in _DATE_COLUMNS:
            frame[col] = frame[col].where(frame[col].notna(), "")
    return frame


def load_inputs(path: str | Path) -> Prepared:
    """Read ``article.json`` as written by :func:`write_inputs`; a :class:`DataError` naming the file if it
    is missing or not that file."""
    path = Path(path) if path else Path("")
    if not str(path) or not path.is_file():
        raise DataError("no article check input here: run `python -m analysis check ARTICLE`, which writes it "
                        f"({INPUTS_NAME}) and builds this report", path=str(path) or "article_json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read it as JSON: {exc}", path=str(path)) from None
    if not isinstance(doc, dict) or doc.get("version") != INPUTS_VERSION or "article" not in doc:
        raise DataError(f"not an {INPUTS_NAME} of version {INPUTS_VERSION} written by `python -m analysis check`",
                        path=str(path))
    figures = _typed_figures(doc.get("figures") or [])
    series = pd.DataFrame.from_records(doc.get("series") or [], columns=SERIES_COLUMNS)
    series["date"] = pd.to_datetime(series["date"], errors="coerce").dt.tz_localize(None)
    for col in ("value", "low", "high"):
        series[col] = pd.to_numeric(series[col], errors="coerce")
    series["compared"] = series["compared"].fillna(False).astype(bool)
    return Prepared(article=doc["article"], country=str(doc.get("country", "")), figures=figures, series=series,
                    checked=str(doc.get("checked", "")), datasets=doc.get("datasets") or {},
                    problems=doc.get("problems") or {}, timings=doc.get("timings") or {})
