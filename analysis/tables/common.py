"""Small helpers shared by the report tables: years, periods, filters."""

from __future__ import annotations

import pandas as pd

from analysis.errors import ParameterError


def year_of(frame: pd.DataFrame) -> pd.Series:
    """The calendar year an indicator row refers to (the year its period ends)."""
    return pd.to_datetime(frame["period_end"]).dt.year


def select(indicators: pd.DataFrame, *, source: str | None = None, indicator: str | list[str] | None = None,
           country: str | None = None, start_year: int | None = None, end_year: int | None = None) -> pd.DataFrame:
    """Rows of an indicators frame for one source / indicator(s) / country / range of years, with a ``year`` column."""
    out = indicators
    if source is not None:
        out = out[out["source"] == source]
    if indicator is not None:
        wanted = [indicator] if isinstance(indicator, str) else list(indicator)
        out = out[out["indicator"].isin(wanted)]
    if country is not None:
        out = out[out["country"] == country]
    out = out.assign(year=year_of(out))
    if start_year is not None:
        out = out[out["year"] >= int(start_year)]
    if end_year is not None:
        out = out[out["year"] <= int(end_year)]
    return out


def check_years(start_year: int, end_year: int) -> tuple[int, int]:
    """Validate a year range given as report parameters."""
    try:
        s, e = int(start_year), int(end_year)
    except (TypeError, ValueError):
        raise ParameterError(f"start_year and end_year must be whole years, got {start_year!r} and {end_year!r}") from None
    if s > e:
        raise ParameterError(f"start_year {s} is after end_year {e}")
    return s, e


def check_dates(start, end) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Validate a date range given as report parameters (ISO dates)."""
    try:
        s, e = pd.Timestamp(start), pd.Timestamp(end)
    except (TypeError, ValueError):
        raise ParameterError(f"dates must be ISO dates (YYYY-MM-DD), got {start!r} and {end!r}") from None
    if pd.isna(s) or pd.isna(e):
        raise ParameterError(f"dates must be ISO dates (YYYY-MM-DD), got {start!r} and {end!r}")
    if s > e:
        raise ParameterError(f"start {s.date()} is after end {e.date()}")
    return s.normalize(), e.normalize()


def provenance_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The ``source`` and ``version`` pairs of ``frame`` (to pass on to a derived frame)."""
    return frame[["source", "version"]].drop_duplicates().reset_index(drop=True)


def year_end_axis(dates: pd.Series) -> pd.Series:
    """Position dates on an axis where ``Y`` marks 31 December of year ``Y`` (year-end stocks).

    A claim dated 28 November 2024 lands at about 2023.91, just before the end-2024 point.
    """
    dates = pd.to_datetime(dates)
    days = dates.dt.is_leap_year.map({True: 366.0, False: 365.0})
    return dates.dt.year - 1 + dates.dt.day_of_year / days


def one_version(rows: pd.DataFrame, *, prefer_notes: list[str] | None = None) -> pd.DataFrame:
    """Keep one vintage per source: the version holding most of ``prefer_notes`` (if given), then the
    latest ``period_end``, then most rows. Two vintages of one aggregate are never added together."""
    if rows.empty:
        return rows
    keep = []
    for source, g in rows.groupby("source", sort=False):
        scores = []
        for version, v in g.groupby("version", sort=False):
            notes = len(set(v["note"]) & set(prefer_notes)) if prefer_notes else 0
            scores.append((notes, pd.to_datetime(v["period_end"]).max(), len(v), version))
        keep.append((source, max(scores)[3]))
    mask = pd.Series(False, index=rows.index)
    for source, version in keep:
        mask |= (rows["source"] == source) & (rows["version"] == version)
    return rows[mask]


def split_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """Expand joined "a + b" source / "v1; v2" version columns back into one row per dataset (for source lines)."""
    rows = []
    for src, ver in frame[["source", "version"]].drop_duplicates().itertuples(index=False):
        srcs, vers = str(src).split(" + "), str(ver).split("; ")
        for i, s in enumerate(srcs):
            rows.append({"source": s, "version": vers[i] if i < len(vers) else ""})
    return pd.DataFrame(rows, columns=["source", "version"]).drop_duplicates()
