"""The claim check over a whole ledger: one output row per claim.

:func:`check_claims` loads the data for each country the claims concern
(through :mod:`analysis.datasets`: raw copies if fetched, else the committed
reference tables), matches each claim with :mod:`analysis.check.match`, and
judges it with :mod:`analysis.check.verdict`. One claim's problem never stops
the others: it becomes "not comparable" with the problem as its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import countries, datasets
from analysis.check import match, verdict
from analysis.check.rules import Rules, load_rules
from analysis.errors import TallyError

#: Columns of the check table, in order.
CHECK_COLUMNS = [
    "claim_id", "article", "date", "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "place", "period", "country", "admin1_pcode", "host", "rule", "window_start", "window_end", "window_how",
    "dataset", "version", "origin", "data_period_start", "data_period_end", "data_value", "data_low",
    "data_high", "data_detail", "ratio", "tolerance", "within_range", "verdict", "reason", "provisional",
    "toll_value", "toll_value_high", "toll_source", "toll_metric", "toll_period", "toll_url", "toll_as_of",
    "toll_label",
]


@dataclass
class CountryData:
    """The frames one country's claims are checked against, and what could not be loaded."""
    country: str
    indicators: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    tolls: pd.DataFrame | None = None
    coverage: pd.DataFrame | None = None   # event_coverage(events), computed once
    problems: dict[str, str] = field(default_factory=dict)


def load_country(country: str, *, raw: Path | None = None, reference_dir: Path | None = None) -> CountryData:
    """Indicators, events and published tolls for ``country``; a loading problem is recorded, not raised."""
    data = CountryData(country)
    for name, load in (("indicators", datasets.indicators), ("events", datasets.events),
                       ("tolls", datasets.published_tolls)):
        try:
            setattr(data, name, load(country, raw=raw, reference_dir=reference_dir))
        except TallyError as exc:
            data.problems[name] = str(exc)
    if data.events is not None:
        data.coverage = match.event_coverage(data.events)
    return data


def _blank(row: dict) -> dict:
    out = {c: None for c in CHECK_COLUMNS}
    for c in ("claim_id", "article", "date", "value", "value_low", "value_high", "qualifier", "unit", "metric",
              "place", "period"):
        out[c] = row.get(c)
    out["within_range"] = False
    out["provisional"] = False
    return out


def check_claim(row: dict, rules: Rules, default_country: str, data_for) -> dict:
    """One claim (a ledger row as a dict) -> one check row (CHECK_COLUMNS).

    ``data_for(iso3)`` returns that country's :class:`CountryData`.
    """
    out = _blank(row)
    place = match.resolve_place(str(row.get("place") or ""), default_country)
    out.update(country=place.country, admin1_pcode=",".join(place.admin1), host=place.host or "")
    written = str(row.get("date") or "")
    if 0 < len(written) < len("YYYY-MM-DD"):  # "2023-04", "2023": the ledger's date at its precision
        known = "month" if len(written) == len("YYYY-MM") else "year"
        out.update(verdict="not comparable",
                   reason=f"the article's date is known only to the {known} ({written}), so no period can be read")
        return out
    try:
        date = pd.Timestamp(row.get("date"))
    except (ValueError, TypeError):
        date = pd.NaT
    if pd.isna(date):
        out.update(verdict="not comparable", reason="the article has no date, so no period can be read")
        return out
    period = str(row.get("period") or "")
    window = match.claim_window(period, date, rules.anchors, place.country)
    if window is None and place.host:
        window = match.claim_window(period, date, rules.anchors, default_country)
    if window is not None:
        out.update(window_start=window.start, window_end=window.end, window_how=window.how)
    rule, why = match.choose_rule(row, place, window, rules)
    if rule is None:
        out.update(verdict="not comparable", reason=why)
        return out
    # A host-country rule is about people FROM the default country living in the host.
    origin_country = default_country if rule.scope == "host" else place.country
    out["country"] = origin_country
    out.update(rule=rule.id, tolerance=rule.tolerance)
    data = data_for(origin_country)
    toll = match.toll_for(data.tolls, rule.toll_topic, window) if data.tolls is not None else None
    if toll:
        out.update(toll)
    kind = "events" if rule.pick == "event_window" else "indicators"
    frame = getattr(data, kind)
    if frame is None:
        problem = data.problems.get(kind, "not loaded")
        out.update(verdict="not comparable", reason=f"no {kind} loaded for {origin_country}: {problem}")
        return out
    if rule.pick == "latest_year_end":
        # the latest year-end before the article, or before the end of the period the claim names
        before = min(date, window.end + pd.Timedelta(days=1)) if window is not None else date
        figure = match.stock_figure(frame, rule, origin_country, place.host if rule.scope == "host" else None, before)
    elif rule.pick == "period_sum":
        figure = match.period_sum_figure(frame, rule, origin_country, window)
    else:
        figure = match.event_figure(frame, rule, place, window, data.coverage)
    if isinstance(figure, str):
        covers = [c for c in rule.covered_by if window is not None
                  and pd.Timestamp(c.start) <= window.start and pd.Timestamp(c.end) >= window.end]
        extra = "; ".join(f"{c.text()}; not loaded (python -m analysis fetch {c.dataset})" for c in covers)
        if rule.covered_by and not covers and window is not None:
            extra = "no catalogued release listed in the rule covers this window either"
        out.update(verdict="not comparable", reason=f"{figure}" + (f". {extra}" if extra else ""),
                   provisional=False)
        return out
    detail = figure.pop("detail")
    out.update(figure, data_detail=detail)
    result = verdict.compare(row, figure["data_value"], figure["data_low"], figure["data_high"], rule.tolerance)
    reason = f"{result['reason']}; data: {detail} ({rule.description})"
    if figure["provisional"]:
        reason += "; provisional (candidate) data"
    out.update(ratio=result["ratio"], within_range=result["within_range"], verdict=result["verdict"],
               reason=reason)
    return out


def check_claims(ledger: pd.DataFrame, country: str = "SYR", *, rules: Rules | str | Path | None = None,
                 raw: Path | None = None, reference_dir: Path | None = None,
                 preloaded: dict[str, CountryData] | None = None) -> pd.DataFrame:
    """Check every claim in ``ledger`` (LEDGER_COLUMNS, or at least the claim columns) -> CHECK_COLUMNS.

    ``country`` (ISO3) is the default for claims whose place names no country. ``preloaded``
    maps ISO3 codes to data already loaded with :func:`load_country` (reused, not reloaded).
    """
    country = countries.normalise(country)
    if not isinstance(rules, Rules):
        rules = load_rules(rules)
    cache: dict[str, CountryData] = dict(preloaded or {})

    def data_for(iso3: str) -> CountryData:
        if iso3 not in cache:
            cache[iso3] = load_country(iso3, raw=raw, reference_dir=reference_dir)
        return cache[iso3]

    rows = []
    for record in ledger.to_dict("records"):
        try:
            rows.append(check_claim(record, rules, country, data_for))
        except TallyError as exc:  # one claim's problem does not stop the others
            out = _blank(record)
            out.update(verdict="not comparable", reason=f"could not be checked: {exc}")
            rows.append(out)
    out = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    for col in ("value", "value_low", "value_high", "data_value", "data_low", "data_high", "ratio", "tolerance",
                "toll_value", "toll_value_high"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    for col in ("window_start", "window_end", "data_period_start", "data_period_end", "toll_as_of"):
        out[col] = pd.to_datetime(out[col], errors="coerce")
    out["within_range"] = out["within_range"].fillna(False).astype(bool)
    out["provisional"] = out["provisional"].fillna(False).astype(bool)
    numeric = {"value", "value_low", "value_high", "data_value", "data_low", "data_high", "ratio", "tolerance",
               "toll_value", "toll_value_high", "window_start", "window_end", "data_period_start",
               "data_period_end", "toll_as_of", "within_range", "provisional"}
    for col in CHECK_COLUMNS:
        if col not in numeric:
            out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
    out.attrs["country"] = country
    out.attrs["datasets"] = {k: {n: list(getattr(v, n).attrs.get("datasets", [])) for n in ("indicators", "events", "tolls")
                                 if getattr(v, n) is not None} for k, v in cache.items()}
    return out


def verdict_counts(checks: pd.DataFrame) -> pd.Series:
    """Number of claims per verdict, in the fixed order of :data:`verdict.VERDICTS`."""
    return checks["verdict"].value_counts().reindex(list(verdict.VERDICTS), fill_value=0)
