"""Casualty tables: deaths by year, month, type of violence and admin-1 area.

Inputs are the tidy indicators frame (UCDP country-year deaths carry their
type of violence in ``note``: "state-based", "non-state", "one-sided",
"all types") and the tidy events frame (``schemas.EVENTS``). Low and high
estimates stay their own columns; candidate (provisional) data stay marked.
"""

from __future__ import annotations

import pandas as pd

from analysis import prose
from analysis.errors import ParameterError
from analysis.schemas import VIOLENCE_TYPES
from analysis.tables.common import one_version, select

COUNTRY_YEAR = "ucdp_country_year"
COUNTRY_MONTH = "ucdp_country_month"
ALL_TYPES = "all types"


def violence_labels(types: list[int] | list[str]) -> list[str]:
    """UCDP type codes (1, 2, 3) or labels → labels ("state-based", ...); bad values raise ParameterError."""
    out = []
    by_label = {v: k for k, v in VIOLENCE_TYPES.items()}
    for t in types:
        if isinstance(t, str) and t.strip() in by_label:
            out.append(t.strip())
            continue
        try:
            out.append(VIOLENCE_TYPES[int(t)])
        except (KeyError, ValueError, TypeError):
            accepted = ", ".join(f"{k} ({v})" for k, v in VIOLENCE_TYPES.items())
            raise ParameterError(f"unknown type of violence {t!r}; accepted: {accepted}") from None
    if not out:
        raise ParameterError("violence_types is empty; accepted: 1 (state-based), 2 (non-state), 3 (one-sided)")
    return out


def violence_codes(types: list[int] | list[str]) -> list[int]:
    """Labels or codes → UCDP codes."""
    by_label = {v: k for k, v in VIOLENCE_TYPES.items()}
    return [by_label[label] for label in violence_labels(types)]


def deaths_by_year(indicators: pd.DataFrame, country: str, start, end, violence_types=(1, 2, 3)) -> pd.DataFrame:
    """UCDP deaths per year by type of violence with low and high (country-year aggregate).

    Columns: year, type, value, low, high, partial (the row covers less than the
    whole year), source, version. Years outside ``start``..``end`` are dropped.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    labels = violence_labels(list(violence_types))
    rows = select(indicators, source=COUNTRY_YEAR, indicator="deaths", country=country,
                  start_year=start.year, end_year=end.year)
    rows = one_version(rows[rows["admin1_pcode"] == ""], prefer_notes=labels)
    rows = rows[rows["note"].isin(labels)]
    ps, pe = pd.to_datetime(rows["period_start"]), pd.to_datetime(rows["period_end"])
    rows = rows.assign(type=rows["note"],
                       partial=~((ps.dt.month == 1) & (ps.dt.day == 1) & (pe.dt.month == 12) & (pe.dt.day == 31)))
    cols = ["year", "type", "value", "low", "high", "partial", "source", "version"]
    order = {label: i for i, label in enumerate(labels)}
    return rows.sort_values(["year", "type"], key=lambda s: s.map(order) if s.name == "type" else s)[cols] \
        .reset_index(drop=True)


def deaths_all_types_by_year(indicators: pd.DataFrame, country: str, start, end) -> pd.DataFrame:
    """All-type UCDP deaths per year summed from the monthly aggregate: year, value, months, source, version.

    ``months`` counts the months held, so a partial year can be marked.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    rows = select(indicators, source=COUNTRY_MONTH, indicator="deaths", country=country,
                  start_year=start.year, end_year=end.year)
    rows = one_version(rows[(rows["admin1_pcode"] == "")])
    out = rows.groupby(["year", "source", "version"], as_index=False).agg(value=("value", "sum"),
                                                                          months=("value", "size"))
    return out[["year", "value", "months", "source", "version"]]


def deaths_by_month(indicators: pd.DataFrame, events: pd.DataFrame, country: str, start, end,
                    violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Deaths per month: by type of violence from event data where they exist, all types from the monthly aggregate.

    Columns: month (first day), type, value, low, high, provisional, source, version.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    codes = violence_codes(list(violence_types))
    ev = filter_events(events, country, start, end, violence_types=codes)
    parts = []
    if len(ev):
        ev = ev.assign(month=ev["date_start"].dt.to_period("M").dt.to_timestamp(),
                       type=ev["type_of_violence"].map(VIOLENCE_TYPES))
        g = ev.groupby(["month", "type", "source", "version"], as_index=False).agg(
            value=("best", "sum"), low=("low", lambda s: s.sum(min_count=len(s))),
            high=("high", lambda s: s.sum(min_count=len(s))), provisional=("provisional", "any"))
        parts.append(g)
    agg = indicators[(indicators["source"] == COUNTRY_MONTH) & (indicators["indicator"] == "deaths")
                     & (indicators["country"] == country) & (indicators["admin1_pcode"] == "")]
    agg = one_version(agg[(agg["period_end"] >= start) & (agg["period_start"] <= end)])
    if len(agg):
        parts.append(pd.DataFrame({
            "month": pd.to_datetime(agg["period_start"]).dt.to_period("M").dt.to_timestamp(),
            "type": ALL_TYPES + " (monthly aggregate)", "source": agg["source"], "version": agg["version"],
            "value": agg["value"], "low": agg["low"], "high": agg["high"], "provisional": False}))
    cols = ["month", "type", "value", "low", "high", "provisional", "source", "version"]
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols].sort_values(["type", "month"]).reset_index(drop=True)


def admin1_codes(admin1: list[str], country: str) -> list[str]:
    """Admin-1 names or p-codes → p-codes; an unknown one raises ParameterError listing the accepted names.

    A country with no admin-1 gazetteer at all raises :class:`DataError` (the data, not the parameter, fall short).
    """
    from analysis.errors import DataError
    from analysis.sources import ocha

    table = ocha.variants()
    table = table[table["country"] == country]
    if admin1 and table.empty:
        raise DataError(f"no admin-1 gazetteer for {country}: areas {', '.join(map(str, admin1))} cannot be placed, "
                        "so the whole country is shown", path=ocha.VARIANTS)
    known = set(table["pcode"])
    out = []
    for item in admin1 or []:
        text = str(item).strip()
        if text.upper() in known:
            out.append(text.upper())
            continue
        code = ocha.admin1_pcode(text, country)
        if code is None:
            names = sorted(table.loc[table["kind"] == "official", "name"])
            accepted = ", ".join(names) if names else f"none known for {country}"
            raise ParameterError(f"unknown admin1 area {text!r} in {country}; accepted names: {accepted} "
                                 "(or their p-codes)")
        out.append(code)
    return out


def filter_events(events: pd.DataFrame, country: str, start, end, *, admin1: list[str] | None = None,
                  violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Events in ``country`` between ``start`` and ``end`` (inclusive), in the admin-1 areas and of the types given."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    codes = violence_codes(list(violence_types))
    out = events[(events["country"] == country) & (events["date_start"] >= start)
                 & (events["date_start"] <= end + pd.Timedelta(hours=23, minutes=59))
                 & events["type_of_violence"].isin(codes)]
    if admin1:
        out = out[out["admin1_pcode"].isin(admin1_codes(admin1, country))]
    return out


def deaths_by_admin1(events: pd.DataFrame, country: str, start, end, *, admin1: list[str] | None = None,
                     violence_types=(1, 2, 3), top_n: int | None = None) -> pd.DataFrame:
    """Event deaths per admin-1 area, largest first: admin1_name, admin1_pcode, value, low, high, events,
    civilians, provisional, source, version. Events without an admin-1 area are one row "unknown area".
    """
    ev = filter_events(events, country, start, end, admin1=admin1, violence_types=violence_types)
    cols = ["admin1_name", "admin1_pcode", "value", "low", "high", "events", "civilians", "provisional",
            "source", "version"]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev = ev.assign(admin1_name=[_area_name(n, c, country) for n, c in zip(ev["admin1_name"], ev["admin1_pcode"])])
    out = ev.groupby(["admin1_name", "admin1_pcode"], as_index=False).agg(
        value=("best", "sum"), low=("low", lambda s: s.sum(min_count=len(s))),
        high=("high", lambda s: s.sum(min_count=len(s))), events=("event_id", "size"),
        civilians=("deaths_civilians", "sum"), provisional=("provisional", "any"))
    out["source"] = " + ".join(ev["source"].drop_duplicates())
    out["version"] = "; ".join(ev["version"].drop_duplicates())
    out = out.sort_values("value", ascending=False).reset_index(drop=True)
    if top_n is not None:
        out = out.head(int(top_n))
    return out[cols]


def area_labels(items: list[str], country: str) -> list[str]:
    """Admin-1 areas as a reader names them: names as the user gave them, p-codes as their OCHA names."""
    from analysis.sources import ocha

    out = []
    for item in items or []:
        text = str(item).strip()
        official = ocha.admin1_name(text.upper(), country)
        out.append(official or text)
    return out


def _area_name(name: str, pcode: str, country: str) -> str:
    """The OCHA name of an area when its p-code is known, else the name as given, else "unknown area"."""
    if pcode:
        from analysis.sources import ocha

        official = ocha.admin1_name(pcode, country)
        if official:
            return official
    text = str(name or "").strip()
    return text if text and text.upper() not in {"NULL", "NAN", "NONE"} else "unknown area"


def events_total(events: pd.DataFrame, country: str, start, end, *, admin1=None, violence_types=(1, 2, 3)) -> dict:
    """Totals of the filtered events: deaths (best, low, high), events, first and last date, provisional."""
    ev = filter_events(events, country, start, end, admin1=admin1, violence_types=violence_types)
    return {
        "deaths": float(ev["best"].sum()),
        "low": float(ev["low"].sum()) if ev["low"].notna().all() and len(ev) else None,
        "high": float(ev["high"].sum()) if ev["high"].notna().all() and len(ev) else None,
        "events": int(len(ev)),
        "first": ev["date_start"].min() if len(ev) else None,
        "last": ev["date_start"].max() if len(ev) else None,
        "provisional": bool(ev["provisional"].any()) if len(ev) else False,
        "datasets": [prose.dataset_label(s, v) for s, v in ev[["source", "version"]].drop_duplicates()
                     .itertuples(index=False)],
    }
