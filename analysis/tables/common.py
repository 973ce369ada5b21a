"""Small helpers shared by the report tables: years, periods, filters, loading with "not loaded" kept apart
from "no data", key facts, number formats and the methods and glossary section."""

from __future__ import annotations

import pandas as pd

from analysis.errors import DataError, ParameterError


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


# --------------------------------------------------------------------------
# "Not loaded" is not "no data".
# --------------------------------------------------------------------------

#: The command that loads every catalogued dataset from the shared offline mirror.
FETCH_COMMAND = "python -m analysis fetch --mirror ../shared/data"


class NotLoadedError(DataError):
    """A dataset a report needs is neither fetched into the raw folder nor in the embedded reference tables
    for the report's country: the report cannot say anything true about the data, so it fails."""


def reference_inputs(kind: str, country: str, reference_dir=None) -> set[str]:
    """Datasets the embedded reference table ``kind`` (indicators, events, tolls) for ``country`` was built
    from, per ``data/reference/reference.yml`` (empty when there is no such table)."""
    from pathlib import Path

    from analysis import paths, reference

    name = reference.table_name(kind, country)
    if not (Path(reference_dir or paths.REFERENCE) / name).is_file():
        return set()
    entry = reference.read_manifest(reference_dir).get("tables", {}).get(name, {})
    return {str(i["dataset"]) for i in entry.get("inputs", [])}


def unloaded(datasets_wanted, country: str, *, kind: str = "indicators", raw=None,
             reference_dir=None) -> list[str]:
    """The datasets of ``datasets_wanted`` that are neither fetched (verified copy in the raw folder) nor
    embedded in the reference table for ``country``."""
    from analysis import catalog

    embedded = reference_inputs(kind, country, reference_dir)
    return [d for d in datasets_wanted if not catalog.is_fetched(d, raw) and d not in embedded]


def load_or_fail(loader, country: str, datasets_wanted, *, kind: str = "indicators",
                 empty_columns: list[str] | None = None, raw=None, reference_dir=None,
                 **kwargs) -> tuple[pd.DataFrame, list[str]]:
    """Load ``datasets_wanted`` about ``country`` with ``loader`` (e.g. ``analysis.datasets.indicators``).

    Two cases kept apart:

    * a dataset that is **not loaded** (not fetched and not in the embedded reference tables) raises
      :class:`NotLoadedError`, whose message names the datasets and the command that loads them
      (:data:`FETCH_COMMAND`);
    * a dataset that is loaded but has **no figure** for the country is a note: the frame holds the other
      datasets' rows (or none) and the returned notes say which publisher has nothing.

    Returns ``(frame, notes)``.
    """
    import warnings

    from analysis import countries, prose

    country = countries.normalise(country)
    wanted = list(datasets_wanted)
    missing = unloaded(wanted, country, kind=kind, raw=raw, reference_dir=reference_dir)
    if missing:
        names = prose.join_words([f"{prose.dataset_name(d)} ({d})" for d in missing])
        raise NotLoadedError(
            f"{names} {'is' if len(missing) == 1 else 'are'} not loaded for {prose.country_name(country)} "
            f"({country}): not fetched into the raw data folder and not in the embedded reference tables "
            f"(which hold {prose.join_words(sorted(prose.country_name(c) for c in _embedded_countries(reference_dir))) or 'no country'} only). "
            f"Load {'it' if len(missing) == 1 else 'them'} with `{FETCH_COMMAND}` and build the report again.")
    with warnings.catch_warnings():  # "raw copy could not be loaded": a publisher with no rows, said below
        warnings.simplefilter("ignore")
        try:
            frame = loader(country, sources=wanted, raw=raw, reference_dir=reference_dir, **kwargs)
            empty = list(frame.attrs.get("missing", []))
            # a loaded dataset can also hold no row for the country (IDMC lists no conflict displacement there)
            present = set(frame["source"]) if "source" in frame.columns else set(wanted)
            empty += [d for d in wanted if d not in present and d not in empty]
        except NotLoadedError:
            raise
        except DataError:
            frame, empty = pd.DataFrame(columns=empty_columns or []), wanted
    notes = [f"{prose.dataset_name(d)} has no figures for {prose.country_name(country)}; "
             "its parts of this report are left out." for d in wanted if d in empty]
    return frame, notes


def _embedded_countries(reference_dir=None) -> set[str]:
    from pathlib import Path

    from analysis import paths

    folder = Path(reference_dir or paths.REFERENCE)
    return {p.stem.split("_", 1)[1] for p in folder.glob("indicators_*.csv")}


# --------------------------------------------------------------------------
# Words and numbers for publication.
# --------------------------------------------------------------------------

def plural(n: int | float, word: str, many: str | None = None) -> str:
    """"1 outlet", "2 outlets", "1,204 figures": the count with thousands separators and the right noun."""
    n_int = int(round(float(n)))
    return f"{n_int:,} {word if n_int == 1 else (many or word + 's')}"


def fmt_int(value) -> str:
    """A whole number for a table column, always the same format: 5952174 → "5,952,174"; missing → ""."""
    if value is None or pd.isna(value):
        return ""
    return f"{round(float(value)):,}"


def key_facts_markdown(facts: pd.DataFrame, title: str = "Key facts") -> str:
    """Markdown for a report's opening key facts: one bullet per row of ``facts`` (columns ``text`` and
    ``source``), each followed by its source in parentheses."""
    lines = [f"## {title}", ""]
    for r in facts.itertuples():
        lines.append(f"- {r.text} *({r.source})*")
    return "\n".join(lines)


def glossary_markdown(heading: str = "Methods and glossary") -> str:
    """The whole methods note and glossary as one ``##`` Markdown section (:mod:`analysis.tables.glossary`
    holds the text; reports link to the page built from it with :func:`analysis.tables.glossary.link_markdown`)."""
    from analysis.tables import glossary

    return glossary.markdown(heading)
