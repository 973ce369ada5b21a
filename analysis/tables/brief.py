"""Tables for a brief on one event window: before / during / after, daily deaths, tolls and claims.

A window is compared with the periods of the same length just before and just
after it. Event data are summed only over days a loaded event dataset covers;
days outside every dataset's span are reported as not covered, never as zero.
"""

from __future__ import annotations

import pandas as pd

from analysis import prose
from analysis.tables import casualties as cas
from analysis.tables import coverage as cov
from analysis.tables import displacement as disp


def periods(start, end) -> pd.DataFrame:
    """The window and the periods of equal length before and after it: period, start, end, days."""
    start, end = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    days = (end - start).days + 1
    length = pd.Timedelta(days=days)
    rows = [("before", start - length, start - pd.Timedelta(days=1)), ("window", start, end),
            ("after", end + pd.Timedelta(days=1), end + length)]
    return pd.DataFrame([{"period": p, "start": s, "end": e, "days": days} for p, s, e in rows])


def _event_spans(events: pd.DataFrame, country: str) -> pd.DataFrame:
    """First and last event date of each event dataset (the span it covers)."""
    ev = events[events["country"] == country]
    return ev.groupby(["source", "version"], as_index=False).agg(first=("date_start", "min"),
                                                                 last=("date_start", "max"))


def covered_days(events: pd.DataFrame, country: str, start, end) -> int:
    """How many days of ``start``..``end`` lie inside the span of some loaded event dataset."""
    days = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="D")
    spans = _event_spans(events, country)
    inside = pd.Series(False, index=days)
    for r in spans.itertuples():
        inside |= (days >= r.first.normalize()) & (days <= r.last.normalize())
    return int(inside.sum())


def deaths_around(events: pd.DataFrame, country: str, start, end, *, places: list[str] | None = None,
                  violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Event deaths before, during and after the window (in ``places`` if given).

    Columns: period, start, end, days, days_covered, deaths, civilians, events,
    provisional, source, version. ``deaths`` is NaN for a period no event dataset covers.
    """
    rows = []
    for p in periods(start, end).itertuples():
        ev = cas.filter_events(events, country, p.start, p.end, admin1=places, violence_types=violence_types)
        covered = covered_days(events, country, p.start, p.end)
        rows.append({
            "period": p.period, "start": p.start, "end": p.end, "days": p.days, "days_covered": covered,
            "deaths": float(ev["best"].sum()) if covered else float("nan"),
            "civilians": float(ev["deaths_civilians"].sum()) if covered else float("nan"),
            "events": int(len(ev)) if covered else None,
            "provisional": bool(ev["provisional"].any()),
            "source": " + ".join(ev["source"].drop_duplicates()),
            "version": "; ".join(ev["version"].drop_duplicates()),
        })
    return pd.DataFrame(rows)


def daily_deaths(events: pd.DataFrame, country: str, start, end, *, places: list[str] | None = None,
                 violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Event deaths per day and type of violence over ``start``..``end``: date, type, value, source, version.

    Days inside a dataset's span with no event count as 0; days outside every span are left out.
    """
    start, end = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    ev = cas.filter_events(events, country, start, end, admin1=places, violence_types=violence_types)
    labels = cas.violence_labels(list(violence_types))
    days = pd.date_range(start, end, freq="D")
    spans = _event_spans(events, country)
    inside = pd.Series(False, index=days)
    for r in spans.itertuples():
        inside |= (days >= r.first.normalize()) & (days <= r.last.normalize())
    grid = pd.MultiIndex.from_product([days[inside.values], labels], names=["date", "type"])
    ev = ev.assign(date=ev["date_start"].dt.normalize(), type=ev["type_of_violence"].map(cas.VIOLENCE_TYPES))
    sums = ev.groupby(["date", "type"])["best"].sum().reindex(grid, fill_value=0.0)
    out = sums.rename("value").reset_index()
    out["source"] = " + ".join(ev["source"].drop_duplicates()) or " + ".join(spans["source"])
    out["version"] = "; ".join(ev["version"].drop_duplicates()) or "; ".join(spans["version"])
    return out


def tolls_in_window(tolls: pd.DataFrame, start, end, *, topic: str | None = None,
                    after_days: int = 0, lead_days: int = 2) -> pd.DataFrame:
    """Published tolls about the window: published between ``start`` and ``end`` (+ ``after_days``) and, when
    they cover a period, starting no more than ``lead_days`` before the window. Sorted by publication date."""
    if tolls is None or tolls.empty:
        return pd.DataFrame(columns=list(tolls.columns) if tolls is not None else [])
    start, end = pd.Timestamp(start), pd.Timestamp(end) + pd.Timedelta(days=after_days)
    out = tolls[(tolls["as_of_date"] >= start) & (tolls["as_of_date"] <= end)]
    out = out[out["period_start"].isna() | (out["period_start"] >= start - pd.Timedelta(days=lead_days))]
    if topic is not None and "topic" in out:
        out = out[out["topic"] == topic]
    return out.sort_values("as_of_date").reset_index(drop=True)


def toll_points(tolls: pd.DataFrame) -> pd.DataFrame:
    """Published tolls as chart points: date (publication), value, label ("SOHR: 910"), source, version."""
    if tolls is None or tolls.empty:
        return pd.DataFrame(columns=["date", "value", "label", "source", "version"])
    return pd.DataFrame({
        "date": tolls["as_of_date"], "value": tolls["value"],
        "label": [f"{o}: {prose.fmt_count(v)}" for o, v in zip(tolls["source_org"], tolls["value"])],
        "source": "published_tolls", "version": tolls["version"],
    })


def tolls_table(tolls: pd.DataFrame) -> pd.DataFrame:
    """Published tolls for a reader: published, by, what, period, figure, label ("published toll"), link."""
    def period(s, e):
        if pd.isna(s):
            return "stock on publication date"
        return prose.fmt_period(s, e) if pd.notna(e) else f"from {prose.fmt_date(s)}"

    def figure(v, h):
        return prose.fmt_count(v) + (f"–{prose.fmt_count(h)}" if pd.notna(h) else "")

    return pd.DataFrame({
        "published": tolls["as_of_date"].dt.strftime("%Y-%m-%d"),
        "counted by": tolls["source_org"], "what": tolls["metric"],
        "period": [period(s, e) for s, e in zip(tolls["period_start"], tolls["period_end"])],
        "figure": [figure(v, h) for v, h in zip(tolls["value"], tolls["value_high"])],
        "kind": tolls["label"], "link": tolls["url"],
    })


def displacement_around(indicators: pd.DataFrame, country: str, start, end) -> pd.DataFrame:
    """Year-end displacement stocks and returns for the year before the window, its year and the next year.

    Columns: year, refugees_asylum, idps_unhcr, idps_idmc, returned_refugees, returned_idps, source, version.
    """
    y = pd.Timestamp(start).year
    years = (y - 1, max(y, pd.Timestamp(end).year) + 1)
    total = disp.displaced_total(indicators, country, *years)
    back = disp.returns(indicators, country, since_year=years[0], end_year=years[1])
    wide = back.pivot_table(index="year", columns="indicator", values="value", aggfunc="sum")
    out = total.merge(wide.reset_index(), on="year", how="left") if len(total) else total
    for col in ("returned_refugees", "returned_idps"):
        if col not in out:
            out[col] = float("nan")
    cols = ["year", "refugees_asylum", "idps_unhcr", "idps_idmc", "returned_refugees", "returned_idps",
            "source", "version"]
    return out[cols] if len(out) else pd.DataFrame(columns=cols)


def coverage_notes(indicators: pd.DataFrame, events: pd.DataFrame, tolls: pd.DataFrame, country: str,
                   start, end) -> list[str]:
    """What the loaded datasets do and do not cover for the window, in sentences."""
    notes = cov.coverage(events, start, end, what="event data", country=country,
                         expected=["ucdp_ged", "ucdp_candidate_2024"])
    monthly = indicators[(indicators["indicator"].isin(["deaths", "reported_deaths", "fatalities"]))
                         & indicators["source"].isin(["ucdp_country_month", "acled_monthly"])]
    from analysis.tables.common import one_version

    notes += cov.coverage(one_version(monthly), start, end, what="monthly death figures", country=country,
                          expected=["ucdp_country_month", "acled_monthly"])[0 if len(monthly) else 0:]
    stocks = indicators[indicators["indicator"] == "idps"]
    year = pd.Timestamp(end).year
    for source, rows in stocks.groupby("source"):
        last = int(rows["period_end"].dt.year.max())
        if last < year:
            notes.append(f"{prose.dataset_label(source, rows['version'].iloc[0])} ends at the end of {last}: "
                         f"it shows nothing of displacement during {year}.")
        else:
            notes.append(f"{prose.dataset_label(source, rows['version'].iloc[0])} gives year-end stocks up to "
                         f"{last}: it shows the net change over each year, not movements within the window.")
    if tolls is None or tolls.empty:
        notes.append(f"No published tolls are loaded for {prose.country_name(country)}.")
    else:
        notes.append("Published tolls (SOHR, SNHR, OCHA, UNHCR) are figures as their publishers reported them, "
                     "not event data; they are labelled \"published toll\" and never added to dataset figures.")
    return notes
