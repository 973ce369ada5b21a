"""UCDP: georeferenced events, candidate events, and deaths by country-year, country-month and conflict.

Datasets served (catalog ids):

* ``ucdp_ged``: UCDP GED / Candidate events, all 49 GED columns (best, low,
  high, type of violence, admin 1, dates). The mirror holds the candidate
  releases of 2021 and Feb 2022 for every country, and final GED events for
  single countries (Sudan, Myanmar, Mexico, Russia: GED 24.1; Ukraine: GED
  22.1), which replace a country's candidate events in the years they cover
  (each catalog file entry gives its ``version``, ``provisional`` flag and
  ``countries``); a download fetches the newest final GED zip (26.1, else
  25.1, else 24.1) plus the candidate releases after it.
* ``ucdp_candidate_2024``: candidate releases v24.0.11 and v24.0.12. The
  mirror's copy has reduced fields (best, deaths_civilians, adm_1,
  date_start): ``low``, ``high`` and ``date_end`` are missing (NaN/NaT), never
  guessed. The de-duplicated file is used (the later release wins).
* ``ucdp_country_year``: yearly deaths by type of violence with low and high
  (OWID draft aggregate of GED 21.1 + candidates; poldat, GED 23.1,
  state-based only; or our own sums of a downloaded GED).
* ``ucdp_country_month``: monthly deaths, all types (PaCE aggregate, one
  column per country named as UCDP names it, two vintages told apart by
  ``version``; or our own sums of a downloaded GED).
* ``ucdp_brd``: battle-related deaths per state-based conflict and year
  (bd_best, bd_low, bd_high), every conflict: a conflict-year is the
  country's when its Gleditsch-Ward code is in ``gwno_loc``; one located
  elsewhere but with the code in ``gwno_battle`` is kept with a note saying so.

Every dataset reads files holding every country (or, for ``ucdp_ged``, the
files of the country asked) and selects the country; a country the files
hold no row for gives an empty frame, never an error and never another
country's rows.
* ``ucdp_orgvio_cy``: UCDP's official Country-Year Dataset on Organized
  Violence within Country Borders (25.1: 199 countries, 1989-2024), one file
  for every country: yearly deaths by type of violence with low and high,
  and civilian deaths (best only). See :func:`_orgvio` for what is kept.

Conventions in the INDICATORS rows
----------------------------------
``indicator`` is ``"deaths"`` (or ``"battle_deaths"`` for BRD and pre-1989
PRIO rows, ``"events"`` for event counts, ``"deaths_civilians"`` for the
civilian deaths of ``ucdp_orgvio_cy``, note ``"all types"``). The type of
violence is in ``note`` with exactly one of these values::

    "state-based", "non-state", "one-sided", "all types"

so a plot of deaths by type filters ``indicator == "deaths"`` and pivots on
``note``. For ``ucdp_brd`` the note names the conflict instead, e.g.
``"conflict 299 Syria: Government (Government of Syria vs Syrian insurgents);
located in Syria"``; rows of conflicts located elsewhere but fought partly in
the country say ``"...; located in Iraq, fought partly in Syria: whole
conflict-year total"``. ``version`` names the vintage of each row (for
example ``"GED 25.1 + candidate v25/v26 (PaCE aggregate, 1989-01 to
2026-02)"``), so two vintages of one dataset never mix silently.

UCDP identifies countries by Gleditsch-Ward code (Syria 652); the ISO3
country parameter is translated by :mod:`analysis.sources.gleditsch_ward`.
Events get an OCHA admin-1 p-code from :func:`analysis.sources.ocha.admin1_pcode`.

Pure helpers for notebooks: :func:`aggregate_events` (with :func:`monthly`,
:func:`yearly`), :func:`events_window` and :func:`aggregates_to_indicators`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pandas as pd

from analysis import catalog, schemas
from analysis.errors import DataError, DownloadError, ParameterError
from analysis.sources import gleditsch_ward as gw
from analysis.sources import ocha

DATASETS: tuple[str, ...] = (
    "ucdp_ged", "ucdp_candidate_2024", "ucdp_country_year", "ucdp_country_month", "ucdp_brd",
    "ucdp_orgvio_cy",
)
EVENT_DATASETS = ("ucdp_ged", "ucdp_candidate_2024")

#: The ``note`` values that name a type of violence in INDICATORS rows.
VIOLENCE_NOTES = {1: "state-based", 2: "non-state", 3: "one-sided"}
ALL_TYPES = "all types"
TYPE_NOTES = (*VIOLENCE_NOTES.values(), ALL_TYPES)

GED_URL = "https://ucdp.uu.se/downloads/ged/ged{v}-csv.zip"
#: Newest first; download() falls back on a 404.
GED_VERSIONS = ("261", "251", "241")
CANDIDATE_URL = "https://ucdp.uu.se/downloads/candidateged/GEDEvent_v{major}_0_{month}.csv"
BRD_URL = "https://ucdp.uu.se/downloads/brd/ucdp-brd-conf-{v}-csv.zip"
BRD_VERSIONS = ("261", "251", "241")
ORGVIO_URL = "https://ucdp.uu.se/downloads/organizedviolencecy/organizedviolencecy-{v}-csv.zip"
ORGVIO_VERSIONS = ("261", "251")

#: Official country-year file: the (best, low, high) columns behind each ``note``.
ORGVIO_SERIES = {
    "state-based": ("sb_total_deaths_best_cy", "sb_total_deaths_low_cy", "sb_total_deaths_high_cy"),
    "non-state": ("ns_total_deaths_best_cy", "ns_total_deaths_low_cy", "ns_total_deaths_high_cy"),
    "one-sided": ("os_total_deaths_best_cy", "os_total_deaths_low_cy", "os_total_deaths_high_cy"),
    ALL_TYPES: ("cumulative_total_deaths_in_orgvio_best_cy", "cumulative_total_deaths_in_orgvio_low_cy",
                "cumulative_total_deaths_in_orgvio_high_cy"),
}
#: Civilian deaths in all organised violence (best estimate only; UCDP gives no low/high).
ORGVIO_CIVILIANS = "cumulative_total_deaths_civilians_in_orgvio_cy"
ORGVIO_COLUMNS = ["country_id_cy", "country_cy", "year_cy",
                  *[c for cols in ORGVIO_SERIES.values() for c in cols], ORGVIO_CIVILIANS, "version"]

#: The OWID draft aggregate ends with the Feb 2022 candidate release (its SOURCE.md).
OWID_LAST_DAY = pd.Timestamp("2022-02-28")

#: GED columns the event loader reads from a full (49-column) file.
GED_COLUMNS = [
    "id", "type_of_violence", "conflict_name", "side_a", "side_b", "adm_1", "latitude", "longitude",
    "where_prec", "country_id", "date_start", "date_end", "deaths_civilians", "best", "low", "high",
]
#: Columns of the reduced candidate files (travel-advisor compact form).
REDUCED_COLUMNS = [
    "id", "date_start", "country_id", "adm_1", "type_of_violence", "conflict_name", "side_a", "side_b",
    "best", "deaths_civilians", "latitude", "longitude", "where_prec",
]


# --------------------------------------------------------------------------
# Small readers that name the file, row and column of a problem
# --------------------------------------------------------------------------

def _require(frame: pd.DataFrame, columns: Iterable[str], path: Path | str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(f"missing column(s) {', '.join(repr(c) for c in missing)}", path=path)


def _row(frame: pd.DataFrame, i: int) -> int:
    """The data row number of position ``i`` in ``frame`` (1 = the first row under the header), counting a
    skipped second header row (HDX's HXL tags) when the reader dropped one."""
    return i + 1 + int(frame.attrs.get("skipped_rows", 0))


def _numbers(frame: pd.DataFrame, column: str, path: Path | str, *, nonneg: bool = False,
             required: bool = False) -> pd.Series:
    """``frame[column]`` as floats; text, a negative count or a gap (when required) is a DataError."""
    raw = frame[column]
    values = pd.to_numeric(raw, errors="coerce")
    text = raw.astype("string").str.strip()
    bad = values.isna() & text.notna() & (text != "")
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(f"not a number: {raw.iloc[i]!r}", path=path, row=_row(frame, i), column=column)
    if required and values.isna().any():
        i = int(np.flatnonzero(values.isna().to_numpy())[0])
        raise DataError("empty value", path=path, row=_row(frame, i), column=column)
    if nonneg and (values < 0).any():
        i = int(np.flatnonzero((values < 0).to_numpy())[0])
        raise DataError(f"negative count {raw.iloc[i]!r}", path=path, row=_row(frame, i), column=column)
    return values.astype(float)


def _dates(frame: pd.DataFrame, column: str, path: Path | str, *, required: bool = True) -> pd.Series:
    """``frame[column]`` as dates: ISO (``2021-03-04``, any time after it ignored) or, as UCDP's web export
    writes them, ``03/04/2021 00:00:00`` (month first)."""
    raw = frame[column].astype("string").str.strip()
    values = pd.to_datetime(raw.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    us = values.isna() & raw.str.match(r"^\d{2}/\d{2}/\d{4}").fillna(False).astype(bool)
    if us.any():
        values = values.where(~us, pd.to_datetime(raw.str.slice(0, 10), format="%m/%d/%Y", errors="coerce"))
    bad = values.isna() & raw.notna() & (raw != "")
    if required:
        bad |= values.isna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(f"not a date: {frame[column].iloc[i]!r}", path=path, row=_row(frame, i), column=column)
    return values.astype("datetime64[ns]")


def _text(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna("").str.strip().astype(str)


#: Column names of UCDP's web export (``gedevents-*.csv``) and their names in the GED files.
EXPORT_NAMES = {"best_est": "best", "low_est": "low", "high_est": "high"}
#: Problems a gzip-compressed CSV that is cut off or not gzip raises while it is read.
_GZIP_ERRORS = (EOFError, OSError, zlib.error)


def _read_csv(source: Path | io.BytesIO, path: Path | str, usecols: list[str] | None = None) -> pd.DataFrame:
    """A UCDP CSV (plain, ``.csv.gz`` or a zip member) as text columns, checked to have ``usecols``.

    UCDP's web export's ``best_est``/``low_est``/``high_est`` are read as ``best``/``low``/``high``; HDX's
    second header row of HXL tags (``#date+year``...) is dropped (``attrs["skipped_rows"]`` = 1, so row
    numbers in errors stay the file's). A row with one field more than the header (the web export's trailing
    comma) is read as if that field were absent.
    """
    try:
        header = pd.read_csv(source, nrows=0)
        if isinstance(source, io.BytesIO):
            source.seek(0)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise DataError(f"not a readable CSV ({exc})", path=path) from None
    except _GZIP_ERRORS as exc:
        raise DataError(f"not a readable gzip-compressed CSV ({exc}): fetch it again", path=path) from None
    renames = {c: EXPORT_NAMES[c] for c in header.columns if c in EXPORT_NAMES and EXPORT_NAMES[c] not in header}
    wanted = None
    if usecols is not None:
        _require(header.rename(columns=renames), usecols, path)
        back = {v: k for k, v in renames.items()}
        wanted = [back.get(c, c) for c in usecols]
    gz = not isinstance(source, io.BytesIO) and str(source).endswith(".gz")
    if not isinstance(source, io.BytesIO) and not gz:
        _check_last_row(Path(source), len(header.columns), path)
    try:
        frame = pd.read_csv(source, usecols=wanted, dtype=str, keep_default_na=False, na_values=[""],
                            index_col=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise DataError(f"not a readable CSV ({exc})", path=path) from None
    except _GZIP_ERRORS as exc:
        raise DataError(f"the gzip-compressed file is cut off or damaged ({exc}): fetch it again",
                        path=path) from None
    frame = frame.rename(columns=renames)
    if len(frame) and frame.iloc[0].astype("string").str.startswith("#").fillna(False).any():
        frame = frame.iloc[1:].reset_index(drop=True)
        frame.attrs["skipped_rows"] = 1
    return frame


def _check_last_row(source: Path, columns: int, path: Path | str) -> None:
    """A file cut off mid-row (no final newline, fewer fields than the header) is a DataError."""
    with open(source, "rb") as fh:
        fh.seek(0, io.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 65536))
        tail = fh.read()
    if not tail or tail.endswith((b"\n", b"\r")):
        return
    last = tail.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")
    fields = next(csv.reader([last]), [])
    if len(fields) < columns:
        raise DataError(f"the file ends inside a row ({len(fields)} of {columns} fields, no final newline): "
                        "it looks cut off; fetch it again", path=path)


def check_zip(path: Path | str) -> Path:
    """Return ``path`` if it is a zip archive; else a DownloadError naming the file and what it holds."""
    path = Path(path)
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as fh:
            head = fh.read(60)
        hint = "an HTML page" if head.lstrip().lower().startswith((b"<!doctype", b"<html")) else f"starts {head[:20]!r}"
        raise DownloadError(f"not a zip archive ({path.stat().st_size} bytes, {hint})", path=path)
    return path


def _zip_csv(path: Path) -> tuple[io.BytesIO, str]:
    """The CSV member of a UCDP zip as a buffer, with a label ``zip!member`` for messages."""
    check_zip(path)
    with zipfile.ZipFile(path) as zf:
        members = [m for m in zf.namelist() if m.lower().endswith(".csv")]
        if not members:
            raise DataError("the zip holds no CSV file", path=path)
        member = max(members, key=lambda m: zf.getinfo(m).file_size)
        return io.BytesIO(zf.read(member)), f"{path}!{member}"


# --------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------

def _admin1(names: pd.Series, country: str) -> tuple[pd.Series, pd.Series]:
    """UCDP ``adm_1`` ("Idlib governorate") -> (name without "governorate", OCHA p-code or "").

    The p-code comes from the hand-made gazetteer (Syria), else from OCHA's global admin-1 list
    (``data/reference/admin1_cod.csv``); a name neither knows keeps its name and no p-code."""
    clean = _text(names).str.replace(r"\s+governorate$", "", regex=True, case=False)
    lookup = {n: (ocha.admin1_pcode(n, country) or ocha.cod_admin1_pcode(n, country) or "")
              for n in clean.unique()}
    return clean, clean.map(lookup).astype(str)


def _events_frame(raw: pd.DataFrame, path: Path | str, *, country: str, source: str, version: str | pd.Series,
                  provisional: bool | pd.Series, reduced: bool) -> pd.DataFrame:
    """Tidy EVENTS rows of ``country`` from a raw UCDP event table (all columns still text)."""
    code = gw.ucdp_id(country)
    ids = _numbers(raw, "id", path, required=True)
    country_id = _numbers(raw, "country_id", path, required=True)
    best = _numbers(raw, "best", path, nonneg=True, required=True)
    tov = _numbers(raw, "type_of_violence", path, required=True)
    bad = ~tov.isin(list(VIOLENCE_NOTES))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(f"type of violence must be 1, 2 or 3, not {raw['type_of_violence'].iloc[i]!r}",
                        path=path, row=_row(raw, i), column="type_of_violence")
    date_start = _dates(raw, "date_start", path)
    date_end = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]") if reduced else _dates(raw, "date_end", path)
    low = pd.Series(np.nan, index=raw.index) if reduced else _numbers(raw, "low", path, nonneg=True)
    high = pd.Series(np.nan, index=raw.index) if reduced else _numbers(raw, "high", path, nonneg=True)
    # UCDP's files have events whose low is above or high below the best estimate (652 of Afghanistan's 4,518
    # candidate events of 2021, 12 of Sudan's GED 24.1 events): best is kept, that bound left empty, as for
    # the country-year file.
    low = low.where(~(low > best))
    high = high.where(~(high < best))
    frame = pd.DataFrame({
        "source": source,
        "event_id": ids.astype("Int64").astype(str),
        "date_start": date_start,
        "date_end": date_end,
        "country": country,
        "adm_1": raw["adm_1"],
        "type_of_violence": tov.astype(int),
        "conflict_name": _text(raw["conflict_name"]),
        "side_a": _text(raw["side_a"]),
        "side_b": _text(raw["side_b"]),
        "best": best,
        "low": low,
        "high": high,
        "deaths_civilians": _numbers(raw, "deaths_civilians", path, nonneg=True),
        "latitude": _numbers(raw, "latitude", path),
        "longitude": _numbers(raw, "longitude", path),
        "where_prec": _numbers(raw, "where_prec", path),
        "provisional": provisional,
        "origin": "raw",
        "version": version,
    })
    frame = frame[country_id.to_numpy() == code]
    frame["admin1_name"], frame["admin1_pcode"] = _admin1(frame.pop("adm_1"), country)
    return frame[schemas.EVENT_COLUMNS]


def _check_unique(frame: pd.DataFrame, path: Path | str, skipped_rows: int = 0) -> None:
    dup = frame["event_id"].duplicated()
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise DataError(f"duplicate event id {frame['event_id'].iloc[i]!r}", path=path,
                        row=int(frame.index[i]) + 1 + skipped_rows, column="id")


def _catalog_files(dataset: str, source_dir: Path) -> list[Path]:
    return [path for _, path in _catalog_entries(dataset, source_dir)]


def _catalog_entries(dataset: str, source_dir: Path) -> list[tuple[dict[str, Any], Path]]:
    """(catalog file entry, path) for each catalogued file of ``dataset`` present in ``source_dir`` (a fetched
    copy, or the mirror folder itself: see :func:`analysis.catalog.locate`)."""
    out = []
    for entry in catalog.files(dataset):
        path = catalog.locate(dataset, entry, source_dir)
        if path is not None:
            out.append((entry, path))
    return out


def _ged_zips(source_dir: Path) -> list[Path]:
    """Downloaded GED zips in ``source_dir``, newest version first."""
    found = sorted(Path(source_dir).glob("ged[0-9][0-9][0-9]-csv.zip"), reverse=True)
    return found


def _candidate_csvs(source_dir: Path, major: int | None = None) -> list[Path]:
    """Downloaded candidate releases ``GEDEvent_v{YY}_0_{m}.csv``, oldest release first."""
    def key(p: Path) -> tuple[int, int]:
        m = re.match(r"GEDEvent_v(\d+)_0_(\d+)\.csv$", p.name)
        return (int(m.group(1)), int(m.group(2))) if m else (0, 0)

    found = [p for p in Path(source_dir).glob("GEDEvent_v*_0_*.csv") if key(p) != (0, 0)]
    if major is not None:
        found = [p for p in found if key(p)[0] == major]
    return sorted(found, key=key)


def _ged_version(zip_path: Path) -> str:
    digits = re.search(r"ged(\d)(\d)(\d)", zip_path.name)
    return f"GED {digits.group(1)}{digits.group(2)}.{digits.group(3)}" if digits else zip_path.name


def _candidate_version(csv_path: Path) -> str:
    m = re.match(r"GEDEvent_v(\d+)_0_(\d+)\.csv$", csv_path.name)
    return f"candidate {m.group(1)}.0.{m.group(2)}" if m else csv_path.name


def _read_full(path: Path, *, country: str, source: str, version: str, provisional: bool) -> pd.DataFrame:
    if path.suffix == ".zip":
        buffer, label = _zip_csv(path)
        raw = _read_csv(buffer, label, GED_COLUMNS)
    else:
        label = str(path)
        raw = _read_csv(path, label, GED_COLUMNS)
    frame = _events_frame(raw, label, country=country, source=source, version=version,
                          provisional=provisional, reduced=False)
    _check_unique(frame, label, int(raw.attrs.get("skipped_rows", 0)))
    return frame


def _catalogued_events(dataset: str, country: str, source_dir: Path) -> list[pd.DataFrame] | None:
    """Events of ``country`` from the catalogued files of ``dataset`` in ``source_dir`` (None: none there).

    Each file's entry gives its ``version`` and ``provisional`` flag; a file whose entry lists ``countries``
    is read only for those. Final (non-provisional) events of a country replace its candidate events in the
    calendar years they cover (first to last year of the final events), so an event is never counted twice.
    """
    entries = _catalog_entries(dataset, source_dir)
    if not entries:
        return None
    finals: list[pd.DataFrame] = []
    candidates: list[pd.DataFrame] = []
    for entry, path in entries:
        listed = entry.get("countries")
        if listed and country not in listed:
            continue
        provisional = bool(entry.get("provisional", catalog.dataset(dataset).get("provisional", False)))
        frame = _read_full(path, country=country, source=dataset,
                           version=str(entry.get("version") or catalog.version(dataset)), provisional=provisional)
        (candidates if provisional else finals).append(frame)
    for final in finals:
        if final.empty:
            continue
        years = final["date_start"].dt.year
        first, last = int(years.min()), int(years.max())
        candidates = [c[~c["date_start"].dt.year.between(first, last)] for c in candidates]
    return candidates + finals


def _later_wins(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate event frames; an event id seen again in a later frame replaces the earlier row."""
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=schemas.EVENT_COLUMNS)
    both = pd.concat(frames, ignore_index=True)
    return both.drop_duplicates(subset=["event_id"], keep="last").reset_index(drop=True)


def _validated_events(frame: pd.DataFrame, path: Path | str) -> pd.DataFrame:
    frame = frame.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
    if frame.empty:
        frame = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _EMPTY_EVENT_TYPES.items()})
    return schemas.validate(frame, schemas.EVENTS, path)


_EMPTY_EVENT_TYPES = {
    "source": str, "event_id": str, "date_start": "datetime64[ns]", "date_end": "datetime64[ns]",
    "country": str, "admin1_name": str, "admin1_pcode": str, "type_of_violence": int,
    "conflict_name": str, "side_a": str, "side_b": str, "best": float, "low": float, "high": float,
    "deaths_civilians": float, "latitude": float, "longitude": float, "where_prec": float,
    "provisional": bool, "origin": str, "version": str,
}


def load_events(dataset: str, country: str, source_dir: str | Path) -> pd.DataFrame:
    """UCDP events of ``country`` (ISO3) from ``source_dir``, in the EVENTS schema.

    ``ucdp_ged``: the catalog's files when present (candidate events of every country, and final events of
    the single-country files, which replace the candidate events of their years); downloaded files
    otherwise (the final GED zip, provisional=False, plus the candidate
    releases after it, provisional=True). ``ucdp_candidate_2024``: the
    de-duplicated reduced file (low/high NaN) or downloaded ``GEDEvent_v24_0_11/12.csv``.
    A country with no events gives an empty frame.
    """
    source_dir = Path(source_dir)
    if dataset not in EVENT_DATASETS:
        raise ParameterError(f"{dataset!r} has no events; use load_indicators (event datasets: "
                             f"{', '.join(EVENT_DATASETS)})")
    gw.ucdp_id(country)   # a clear error for a country UCDP cannot code
    version = catalog.version(dataset)
    frames: list[pd.DataFrame] = []
    if dataset == "ucdp_ged":
        catalogued = _catalogued_events(dataset, country, source_dir)
        if catalogued is not None:
            frames.extend(catalogued)
            if not frames:   # every catalogued file is for other countries
                frames.append(pd.DataFrame(columns=schemas.EVENT_COLUMNS))
        else:
            zips = _ged_zips(source_dir)
            if zips:
                frames.append(_read_full(zips[0], country=country, source=dataset,
                                         version=_ged_version(zips[0]), provisional=False))
            for path in _candidate_csvs(source_dir):
                frames.append(_read_full(path, country=country, source=dataset,
                                         version=_candidate_version(path), provisional=True))
    else:
        dedup = [p for p in _catalog_files(dataset, source_dir) if "dedup" in p.name]
        if dedup:
            raw = _read_csv(dedup[0], str(dedup[0]), REDUCED_COLUMNS)
            frame = _events_frame(raw, dedup[0], country=country, source=dataset, version=version,
                                  provisional=True, reduced=True)
            _check_unique(frame, dedup[0])
            frames.append(frame)
        else:
            for path in _candidate_csvs(source_dir, major=24):
                if path.name in ("GEDEvent_v24_0_11.csv", "GEDEvent_v24_0_12.csv"):
                    frames.append(_read_full(path, country=country, source=dataset,
                                             version=_candidate_version(path), provisional=True))
    if not frames:
        raise DataError(f"no event file of {dataset!r} in this folder (expected "
                        f"{', '.join(f['name'] for f in catalog.files(dataset))}, or downloaded UCDP files)",
                        path=source_dir)
    return _validated_events(_later_wins(frames), source_dir)


# --------------------------------------------------------------------------
# Pure helpers on event frames
# --------------------------------------------------------------------------

def _sum_strict(values: pd.Series) -> float:
    """Sum that stays NaN when any value is missing (a low/high not given is not zero)."""
    return float(values.sum()) if values.notna().all() else float("nan")


def aggregate_events(events: pd.DataFrame, freq: str = "M", *, by_type: bool = True,
                     by_admin1: bool = False) -> pd.DataFrame:
    """Sum events per period (``freq`` "M" month, "Y" year, "D" day) and type of violence.

    Returns columns ``period_start, period_end, [admin1_pcode, admin1_name,]
    violence, events, best, low, high, deaths_civilians``; ``violence`` holds
    the note values ("state-based", ..., and "all types" rows when
    ``by_type``; only "all types" otherwise). Events count by ``date_start``.
    low/high stay NaN for a group with any event lacking them.
    """
    freq = freq.upper()
    if freq not in ("M", "Y", "D"):
        raise ParameterError(f"freq must be 'M', 'Y' or 'D', not {freq!r}")
    frame = events.copy()
    dates = pd.to_datetime(frame["date_start"])
    if freq == "M":
        frame["period_start"] = dates.dt.to_period("M").dt.start_time
    elif freq == "Y":
        frame["period_start"] = dates.dt.to_period("Y").dt.start_time
    else:
        frame["period_start"] = dates.dt.normalize()
    keys = ["period_start"] + (["admin1_pcode", "admin1_name"] if by_admin1 else [])
    parts = []
    labelled = frame.assign(violence=frame["type_of_violence"].map(VIOLENCE_NOTES))
    groupings = [("violence", labelled)] if by_type else []
    groupings.append(("all", labelled.assign(violence=ALL_TYPES)))
    for _, data in groupings:
        if data.empty:
            continue
        grouped = data.groupby(keys + ["violence"], sort=True, dropna=False)
        parts.append(pd.DataFrame({
            "events": grouped.size(),
            "best": grouped["best"].sum(),
            "low": grouped["low"].agg(_sum_strict),
            "high": grouped["high"].agg(_sum_strict),
            "deaths_civilians": grouped["deaths_civilians"].agg(_sum_strict),
        }).reset_index())
    columns = keys + ["violence", "events", "best", "low", "high", "deaths_civilians"]
    if not parts:
        out = pd.DataFrame(columns=columns)
        out.insert(1, "period_end", pd.Series(dtype="datetime64[ns]"))
        return out
    out = pd.concat(parts, ignore_index=True)[columns]
    offset = {"M": pd.offsets.MonthEnd(0), "Y": pd.offsets.YearEnd(0), "D": pd.offsets.Day(0)}[freq]
    out.insert(1, "period_end", (out["period_start"] + offset).astype("datetime64[ns]"))
    order = {v: i for i, v in enumerate(TYPE_NOTES)}
    out["_o"] = out["violence"].map(order)
    out = out.sort_values(keys + ["_o"], kind="stable").drop(columns="_o").reset_index(drop=True)
    out["events"] = out["events"].astype(int)
    return out


def monthly(events: pd.DataFrame, *, by_type: bool = True, by_admin1: bool = False) -> pd.DataFrame:
    """Monthly sums of events (see :func:`aggregate_events`)."""
    return aggregate_events(events, "M", by_type=by_type, by_admin1=by_admin1)


def yearly(events: pd.DataFrame, *, by_type: bool = True, by_admin1: bool = False) -> pd.DataFrame:
    """Yearly sums of events (see :func:`aggregate_events`)."""
    return aggregate_events(events, "Y", by_type=by_type, by_admin1=by_admin1)


def events_window(events: pd.DataFrame, start: str | pd.Timestamp, end: str | pd.Timestamp,
                  admin1: str | None = None) -> dict[str, Any]:
    """Summary of events whose ``date_start`` lies in [start, end] (both days included).

    ``admin1`` filters to one governorate, given as a p-code ("SY02") or a
    name in any spelling the gazetteer knows ("Aleppo"). Returns ``events``,
    ``best``, ``low``, ``high`` (NaN when any event lacks them),
    ``deaths_civilians``, ``provisional`` (any provisional event), the window
    and the versions of the data.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if end < start:
        raise ParameterError(f"window ends ({end.date()}) before it starts ({start.date()})")
    dates = pd.to_datetime(events["date_start"])
    chosen = events[(dates >= start) & (dates < end + pd.Timedelta(days=1))]
    pcode = None
    if admin1 is not None:
        countries = chosen["country"].unique() if not chosen.empty else events["country"].unique()
        pcode = admin1 if admin1 in set(events["admin1_pcode"]) else None
        for iso3 in countries:
            pcode = pcode or ocha.admin1_pcode(admin1, iso3)
        if pcode is None:
            raise ParameterError(f"unknown governorate {admin1!r} (not a p-code in the events nor a known spelling)")
        chosen = chosen[chosen["admin1_pcode"] == pcode]
    return {
        "start": start, "end": end, "admin1_pcode": pcode,
        "events": int(len(chosen)),
        "best": float(chosen["best"].sum()),
        "low": _sum_strict(chosen["low"]) if len(chosen) else 0.0,
        "high": _sum_strict(chosen["high"]) if len(chosen) else 0.0,
        "deaths_civilians": _sum_strict(chosen["deaths_civilians"]) if len(chosen) else 0.0,
        "provisional": bool(chosen["provisional"].any()),
        "versions": sorted(chosen["version"].unique().tolist()),
    }


def aggregates_to_indicators(aggregates: pd.DataFrame, *, source: str, country: str, version: str,
                             origin: str = "raw", with_events: bool = True) -> pd.DataFrame:
    """INDICATORS rows from :func:`aggregate_events` output: "deaths" (and "events") per type in ``note``."""
    if "admin1_pcode" in aggregates:
        admin_code, admin_name = aggregates["admin1_pcode"], aggregates["admin1_name"]
    else:
        admin_code = admin_name = pd.Series("", index=aggregates.index)
    base = {
        "source": source, "country": country, "partner": "", "admin1_pcode": admin_code,
        "admin1_name": admin_name, "period_start": aggregates["period_start"],
        "period_end": aggregates["period_end"], "note": aggregates["violence"],
        "origin": origin, "version": version,
    }
    parts = [pd.DataFrame({**base, "indicator": "deaths", "value": aggregates["best"], "low": aggregates["low"],
                           "high": aggregates["high"], "unit": "deaths"})]
    if with_events:
        parts.append(pd.DataFrame({**base, "indicator": "events", "value": aggregates["events"].astype(float),
                                   "low": np.nan, "high": np.nan, "unit": "events"}))
    out = pd.concat(parts, ignore_index=True)
    return out[schemas.INDICATOR_COLUMNS]


# --------------------------------------------------------------------------
# Aggregate datasets -> INDICATORS
# --------------------------------------------------------------------------

def _indicator_rows(**columns: Any) -> pd.DataFrame:
    frame = pd.DataFrame(columns)
    for name, default in (("partner", ""), ("admin1_pcode", ""), ("admin1_name", ""), ("origin", "raw")):
        if name not in frame:
            frame[name] = default
    return frame[schemas.INDICATOR_COLUMNS]


def _empty_indicators() -> pd.DataFrame:
    types = {c: str for c in schemas.INDICATOR_COLUMNS}
    types.update(period_start="datetime64[ns]", period_end="datetime64[ns]", value=float, low=float, high=float)
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in types.items()})


def _owid(path: Path, country: str) -> pd.DataFrame:
    raw = _read_csv(path, path, ["entity", "year", "type_of_violence", "best", "low_amend", "high_amend"])
    labels = {"State-based conflict": "state-based", "Non-state conflict": "non-state",
              "One-sided violence": "one-sided", "All types of organised violence": ALL_TYPES}
    unknown = ~raw["type_of_violence"].isin(list(labels))
    if unknown.any():
        i = int(np.flatnonzero(unknown.to_numpy())[0])
        raise DataError(f"unknown type of violence {raw['type_of_violence'].iloc[i]!r}", path=path,
                        row=i + 1, column="type_of_violence")
    year = _numbers(raw, "year", path, required=True)
    best = _numbers(raw, "best", path, nonneg=True)
    low = _numbers(raw, "low_amend", path, nonneg=True)
    high = _numbers(raw, "high_amend", path, nonneg=True)
    keep = (raw["entity"].map(gw.iso3_from_name) == country).to_numpy()
    start = pd.to_datetime(year.astype(int).astype(str) + "-01-01")
    end = (start + pd.offsets.YearEnd(0)).where(start.dt.year < OWID_LAST_DAY.year,
                                                 np.minimum(start + pd.offsets.YearEnd(0), OWID_LAST_DAY))
    frame = _indicator_rows(source="ucdp_country_year", indicator="deaths", country=country,
                            period_start=start, period_end=end, value=best, low=low, high=high, unit="deaths",
                            note=raw["type_of_violence"].map(labels),
                            version="OWID draft 2022-03-29 (GED 21.1 + candidate to 2022-02)")
    return frame[keep]


def _poldat(path: Path, country: str) -> pd.DataFrame:
    raw = _read_csv(path, path, ["gwcode", "year", "low", "high", "best", "source"])
    code = _numbers(raw, "gwcode", path, required=True)
    year = _numbers(raw, "year", path, required=True)
    best = _numbers(raw, "best", path, nonneg=True)
    keep = code.isin([gw.gw_code(country), gw.ucdp_id(country)]).to_numpy()
    prio = raw["source"].str.contains("PRIO", case=False, na=False)
    start = pd.to_datetime(year.astype(int).astype(str) + "-01-01")
    frame = _indicator_rows(
        source="ucdp_country_year", indicator=np.where(prio, "battle_deaths", "deaths"), country=country,
        period_start=start, period_end=start + pd.offsets.YearEnd(0), value=best,
        low=_numbers(raw, "low", path, nonneg=True), high=_numbers(raw, "high", path, nonneg=True),
        unit="deaths", note="state-based", version="poldat 2024-03-05 (" + raw["source"].astype(str) + ")")
    return frame[keep]


def _pace(path: Path, country: str, version: str | None = None) -> pd.DataFrame:
    """Monthly deaths of ``country`` from a PaCE table (a month-end date column, then one column per country
    headed with UCDP's name). Every number in the file is checked; a header naming no known country (the GED
    25.1 file's unnamed last column) is skipped; two headers naming one country are a DataError. ``version``:
    the catalog entry's, else read from the file name."""
    raw = _read_csv(path, path)
    if raw.shape[1] < 2:
        raise DataError("expected a date column and one column per country", path=path)
    date_col = raw.columns[0]
    named: dict[str, str] = {}
    for column in raw.columns[1:]:
        iso3 = gw.iso3_from_name(column)
        if iso3 is None:
            continue
        if iso3 in named:
            raise DataError(f"columns {named[iso3]!r} and {column!r} both name {iso3}", path=path, column=column)
        named[iso3] = column
    end = _dates(raw, date_col, path)
    for column in raw.columns[1:]:
        _numbers(raw, column, path, nonneg=True)
    if country not in named:
        return _empty_indicators()
    column = named[country]
    m = re.search(r"ged(\d)(\d)(\d)_plus_candidate_([v\d_]+?)_(\d{4}-\d{2})_(\d{4}-\d{2})", path.name)
    if not version:
        version = (f"GED {m.group(1)}{m.group(2)}.{m.group(3)} + candidate {m.group(4).replace('_', '/')} "
                   f"(PaCE aggregate, {m.group(5)} to {m.group(6)})") if m else f"PaCE aggregate ({path.name})"
    return _indicator_rows(source="ucdp_country_month", indicator="deaths", country=country,
                           period_start=end.dt.to_period("M").dt.start_time.astype("datetime64[ns]"),
                           period_end=end, value=_numbers(raw, column, path, nonneg=True), low=np.nan,
                           high=np.nan, unit="deaths", note=ALL_TYPES, version=version)


def _conflict_name(row: pd.Series) -> str:
    kind = str(row.get("type_of_conflict", "")).strip()
    if kind in ("1", "2"):   # extrasystemic / interstate: the two sides
        def strip(side: str) -> str:
            return re.sub(r"^Government of\s+", "", str(side)).strip()
        return f"{strip(row['side_a'])} - {strip(row['side_b'])}"
    territory = row.get("territory_name")
    territory = "" if territory is None or pd.isna(territory) else str(territory).strip()
    return f"{row['location_inc']}: {territory or 'Government'}"


def _codes(text: Any) -> set[int]:
    return {int(t) for t in re.findall(r"\d+", str(text or ""))}


def _brd(raw: pd.DataFrame, path: Path | str, country: str) -> pd.DataFrame:
    _require(raw, ["conflict_id", "location_inc", "side_a", "side_b", "year", "bd_best", "bd_low", "bd_high",
                   "gwno_loc", "gwno_battle"], path)
    if raw.empty:
        raise DataError("the table has a header but no rows", path=path)
    year = _numbers(raw, "year", path, required=True)
    best = _numbers(raw, "bd_best", path, nonneg=True, required=True)
    low = _numbers(raw, "bd_low", path, nonneg=True)
    high = _numbers(raw, "bd_high", path, nonneg=True)
    # UCDP publishes a few conflict-years whose low is above or high below the best estimate (BRD 25.1: Chad
    # 2015, Turkey 1990, India 1999 and 2004, Sri Lanka 1998): that end is left empty, the best estimate kept
    low = low.where(~(low > best))
    high = high.where(~(high < best))
    code = gw.ucdp_id(country)
    name = gw.table().set_index("iso3").loc[country, "name"]
    located = raw["gwno_loc"].map(lambda t: code in _codes(t))
    partly = raw["gwno_battle"].map(lambda t: code in _codes(t)) & ~located
    notes = []
    for i, row in raw.iterrows():
        head = (f"conflict {row['conflict_id']} {_conflict_name(row)} "
                f"({str(row['side_a']).strip()} vs {str(row['side_b']).strip()})")
        if located[i]:
            notes.append(f"{head}; located in {name}")
        else:
            notes.append(f"{head}; located in {row['location_inc']}, fought partly in {name}: "
                         "whole conflict-year total")
    version = raw["version"].astype(str) if "version" in raw else catalog.version("ucdp_brd")
    start = pd.to_datetime(year.astype(int).astype(str) + "-01-01")
    frame = _indicator_rows(source="ucdp_brd", indicator="battle_deaths", country=country, period_start=start,
                            period_end=start + pd.offsets.YearEnd(0), value=best, low=low, high=high,
                            unit="deaths", note=notes, version=version)
    return frame[(located | partly).to_numpy()]


def _first_bad(mask: pd.Series) -> int:
    """Position of the first True in ``mask``."""
    return int(np.flatnonzero(mask.to_numpy())[0])


def _orgvio(raw: pd.DataFrame, path: Path | str, country: str) -> pd.DataFrame:
    """INDICATORS rows of ``country`` from UCDP's official country-year file (every country, text columns).

    The whole file is checked first (numbers, years, one row per country and
    year, all types = sum of the three types, civilians within all types), so
    a bad row anywhere is a DataError naming the file, row and column. The
    country is selected by ``country_id_cy`` (UCDP's Gleditsch-Ward code), and
    UCDP's name for it must not map to another ISO3 code.

    Rows: "deaths" per year with note "state-based", "non-state", "one-sided"
    and "all types" (best, low, high) and "deaths_civilians" with note "all
    types" (best only). Years the file holds with zero deaths stay as zeros;
    years it does not hold (before a state existed or after it ended) are
    absent. A low above or a high below the best estimate (a few rows of
    25.1, e.g. Russia 2024 state-based) is left empty (NaN); best is kept.
    """
    _require(raw, ORGVIO_COLUMNS, path)
    if raw.empty:
        raise DataError("the table has a header but no rows", path=path)
    code = _numbers(raw, "country_id_cy", path, required=True)
    year = _numbers(raw, "year_cy", path, required=True)
    bad = (year != year.round()) | ~year.between(1946, 2100)
    if bad.any():
        i = _first_bad(bad)
        raise DataError(f"not a year: {raw['year_cy'].iloc[i]!r}", path=path, row=i + 1, column="year_cy")
    dup = pd.DataFrame({"code": code, "year": year}).duplicated()
    if dup.any():
        i = _first_bad(dup)
        raise DataError(f"a second row for country_id {int(code.iloc[i])} in {int(year.iloc[i])}", path=path,
                        row=i + 1, column="year_cy")
    values = {c: _numbers(raw, c, path, nonneg=True, required=True)
              for cols in ORGVIO_SERIES.values() for c in cols}
    civilians = _numbers(raw, ORGVIO_CIVILIANS, path, nonneg=True, required=True)
    version = _text(raw["version"])
    if (version == "").any():
        i = _first_bad(version == "")
        raise DataError("empty value", path=path, row=i + 1, column="version")
    best_all = values[ORGVIO_SERIES[ALL_TYPES][0]]
    parts_sum = sum(values[ORGVIO_SERIES[n][0]] for n in VIOLENCE_NOTES.values())
    if (parts_sum != best_all).any():
        i = _first_bad(parts_sum != best_all)
        raise DataError(f"all-types best {best_all.iloc[i]:g} is not the sum of the three types' best "
                        f"({parts_sum.iloc[i]:g})", path=path, row=i + 1, column=ORGVIO_SERIES[ALL_TYPES][0])
    if (civilians > best_all).any():
        i = _first_bad(civilians > best_all)
        raise DataError(f"civilian deaths {civilians.iloc[i]:g} exceed all deaths {best_all.iloc[i]:g}",
                        path=path, row=i + 1, column=ORGVIO_CIVILIANS)

    keep = (code == gw.ucdp_id(country)).to_numpy()
    for name in _text(raw.loc[keep, "country_cy"]).unique():
        named = gw.iso3_from_name(name)
        if named is not None and named != country:
            raise DataError(f"country_id {gw.ucdp_id(country)} is named {name!r}, which is {named}, not "
                            f"{country}: the file's country codes are not UCDP's", path=path, column="country_cy")
    start = pd.to_datetime(year[keep].astype(int).astype(str) + "-01-01")
    end = start + pd.offsets.YearEnd(0)
    frames = []
    for note, (b, lo, hi) in ORGVIO_SERIES.items():
        best = values[b][keep]
        low = values[lo][keep].where(values[lo][keep] <= best)
        high = values[hi][keep].where(values[hi][keep] >= best)
        frames.append(_indicator_rows(source="ucdp_orgvio_cy", indicator="deaths", country=country,
                                      period_start=start, period_end=end, value=best, low=low, high=high,
                                      unit="deaths", note=note, version=version[keep]))
    frames.append(_indicator_rows(source="ucdp_orgvio_cy", indicator="deaths_civilians", country=country,
                                  period_start=start, period_end=end, value=civilians[keep], low=np.nan,
                                  high=np.nan, unit="deaths", note=ALL_TYPES, version=version[keep]))
    out = pd.concat(frames, ignore_index=True)
    order = {n: i for i, n in enumerate(TYPE_NOTES)}
    out = out.assign(_o=out["note"].map(order), _i=out["indicator"] != "deaths")
    return out.sort_values(["period_start", "_i", "_o"], kind="stable").drop(columns=["_o", "_i"])


def _validated_indicators(frame: pd.DataFrame, path: Path | str) -> pd.DataFrame:
    if frame.empty:
        frame = _empty_indicators()
    frame = frame.reset_index(drop=True)
    for column in ("period_start", "period_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    return schemas.validate(frame, schemas.INDICATORS, path)


def load_indicators(dataset: str, country: str, source_dir: str | Path) -> pd.DataFrame:
    """UCDP figures for ``country`` (ISO3) from ``source_dir`` in the INDICATORS schema.

    See the module docstring for the ``note`` values (type of violence, or the
    conflict for ``ucdp_brd``) and ``version`` (vintage). Event datasets give
    monthly "deaths" and "events" per type of violence, summed from their events.
    """
    source_dir = Path(source_dir)
    if dataset not in DATASETS:
        raise ParameterError(f"module analysis.sources.ucdp does not serve {dataset!r}")
    gw.ucdp_id(country)
    if dataset in EVENT_DATASETS:
        events = load_events(dataset, country, source_dir)
        parts = [aggregates_to_indicators(monthly(group), source=dataset, country=country, version=version)
                 for version, group in events.groupby("version", sort=True)]
        return _validated_indicators(pd.concat(parts, ignore_index=True) if parts else _empty_indicators(),
                                     source_dir)
    files = _catalog_files(dataset, source_dir)
    parts: list[pd.DataFrame] = []
    if dataset == "ucdp_country_year":
        for path in files:
            parts.append(_owid(path, country) if path.name.startswith("owid") else _poldat(path, country))
    elif dataset == "ucdp_country_month":
        for entry, path in _catalog_entries(dataset, source_dir):
            parts.append(_pace(path, country, entry.get("version")))
    elif dataset == "ucdp_brd":
        for path in files:
            parts.append(_brd(_read_csv(path, path), path, country))
        if not files:
            zips = sorted(source_dir.glob("ucdp-brd-conf-*-csv.zip"), reverse=True)
            if zips:
                buffer, label = _zip_csv(zips[0])
                parts.append(_brd(_read_csv(buffer, label), label, country))
                files = zips[:1]
    elif dataset == "ucdp_orgvio_cy":
        for path in files:
            parts.append(_orgvio(_read_csv(path, path, ORGVIO_COLUMNS), path, country))
        if not files:
            # A download: the newest organizedviolencecy-{v}-csv.zip.
            zips = sorted(source_dir.glob("organizedviolencecy-[0-9][0-9][0-9]-csv.zip"), reverse=True)
            if zips:
                buffer, label = _zip_csv(zips[0])
                parts.append(_orgvio(_read_csv(buffer, label, ORGVIO_COLUMNS), label, country))
                files = zips[:1]
    if not files and dataset in ("ucdp_country_year", "ucdp_country_month"):
        # Downloaded GED (+ candidates): our own sums of the events.
        zips = _ged_zips(source_dir)
        if zips:
            events = load_events_from_download(country, source_dir)
            agg = yearly(events) if dataset == "ucdp_country_year" else monthly(events)
            version = "; ".join(sorted(events["version"].unique())) + " (sums by Tally)"
            parts.append(aggregates_to_indicators(agg, source=dataset, country=country, version=version,
                                                  with_events=False))
            files = zips[:1]
    if not files:
        raise DataError(f"no file of {dataset!r} in this folder (expected "
                        f"{', '.join(f['name'] for f in catalog.files(dataset))}, or downloaded UCDP zips)",
                        path=source_dir)
    return _validated_indicators(pd.concat(parts, ignore_index=True), source_dir)


def load_events_from_download(country: str, source_dir: str | Path) -> pd.DataFrame:
    """Events of ``country`` from a downloaded GED zip plus the candidate CSVs after it."""
    source_dir = Path(source_dir)
    zips = _ged_zips(source_dir)
    if not zips:
        raise DataError("no downloaded GED zip (ged261-csv.zip, ged251-csv.zip, ...) in this folder",
                        path=source_dir)
    frames = [_read_full(zips[0], country=country, source="ucdp_ged", version=_ged_version(zips[0]),
                         provisional=False)]
    for path in _candidate_csvs(source_dir):
        frames.append(_read_full(path, country=country, source="ucdp_ged", version=_candidate_version(path),
                                 provisional=True))
    return _validated_events(_later_wins(frames), source_dir)


# --------------------------------------------------------------------------
# Download from UCDP
# --------------------------------------------------------------------------

def _is_404(error: DownloadError) -> bool:
    return "HTTP 404" in str(error)


def _fetch_checked(url: str, target: Path, *, progress: bool, kind: str) -> Path:
    """Download ``url`` beside ``target``, check it is a ``kind`` ("zip" or "csv"), then move it into place.

    A body that is not what it should be raises a DownloadError naming the
    file; the previous copy of ``target`` is kept.
    """
    from analysis.download import download as fetch

    part = target.with_name(target.name + ".new")
    try:
        fetch(url, part, progress=progress)
        if kind == "zip":
            try:
                check_zip(part)
            except DownloadError as exc:
                raise DownloadError(f"{url}: {exc.problem}; previous copy kept", path=target) from None
        else:
            with open(part, "rb") as fh:
                head = fh.read(4096).decode("utf-8", "replace").splitlines()[:1]
            if not head or "best" not in head[0].split(",") and '"best"' not in head[0]:
                raise DownloadError(f"{url}: not a UCDP event CSV (no 'best' column in the header); "
                                    "previous copy kept", path=target)
        os.replace(part, target)
    finally:
        if part.exists():
            part.unlink()
    return target


def _fetch_first(urls: list[str], dest: Path, *, progress: bool) -> Path:
    """The first of ``urls`` that exists (404s fall through to the next), saved as a checked zip."""
    tried = []
    for url in urls:
        try:
            return _fetch_checked(url, dest / url.rsplit("/", 1)[-1], progress=progress, kind="zip")
        except DownloadError as exc:
            if not _is_404(exc):
                raise
            tried.append(url)
    raise DownloadError(f"none of these exists (HTTP 404): {', '.join(tried)}", path=dest)


def _fetch_candidates(major: int, dest: Path, *, progress: bool, months: Iterable[int] = range(1, 13)) -> list[Path]:
    """Candidate releases ``GEDEvent_v{major}_0_{m}.csv`` until the first month not yet published."""
    written = []
    for month in months:
        url = CANDIDATE_URL.format(major=major, month=month)
        try:
            written.append(_fetch_checked(url, dest / url.rsplit("/", 1)[-1], progress=progress, kind="csv"))
        except DownloadError as exc:
            if _is_404(exc):
                break
            raise
    return written


def download(dataset: str, dest: Path, *, progress: bool = True) -> list[Path]:
    """Fetch ``dataset`` from UCDP's download site into folder ``dest``; return the files written.

    Files keep the publisher's names and hold every country; the loaders
    select the country. GED, BRD and country-year zips try the newest version
    first and fall back on a 404 (261 -> 251 -> 241); each zip is checked to
    be a zip.
    ``ucdp_ged`` and ``ucdp_country_month`` also fetch the candidate releases
    of the year after the GED's last year, up to the latest published month.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if dataset == "ucdp_candidate_2024":
        return [_fetch_checked(CANDIDATE_URL.format(major=24, month=m), dest / f"GEDEvent_v24_0_{m}.csv",
                               progress=progress, kind="csv") for m in (11, 12)]
    if dataset == "ucdp_brd":
        return [_fetch_first([BRD_URL.format(v=v) for v in BRD_VERSIONS], dest, progress=progress)]
    if dataset == "ucdp_orgvio_cy":
        return [_fetch_first([ORGVIO_URL.format(v=v) for v in ORGVIO_VERSIONS], dest, progress=progress)]
    if dataset in ("ucdp_ged", "ucdp_country_year", "ucdp_country_month"):
        ged = _fetch_first([GED_URL.format(v=v) for v in GED_VERSIONS], dest, progress=progress)
        written = [ged]
        if dataset != "ucdp_country_year":
            # GED x.1 covers events to the end of year 20(x-1); candidates v{x} follow.
            major = int(re.search(r"ged(\d\d)\d", ged.name).group(1))
            written += _fetch_candidates(major, dest, progress=progress)
        return written
    raise ParameterError(f"module analysis.sources.ucdp does not serve {dataset!r}")
