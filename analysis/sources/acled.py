"""ACLED: monthly events and reported fatalities per country (dataset ``acled_monthly``).

The mirror's files are ACLED Explorer's country-month aggregates for every country (2021-01 to 2024-09);
the loaders select the country by ACLED's name for it (matched to ISO3 by
:mod:`analysis.sources.gleditsch_ward`). Only aggregates are read or written:
ACLED's terms forbid redistributing its raw event data.

:func:`load_indicators` turns the monthly table (``Country, Event.month,
Events, Deaths``) into INDICATORS rows:

* indicator ``"deaths"``, unit "deaths", note ``"ACLED reported fatalities"``;
* indicator ``"events"``, unit "events", note ``"ACLED events"``.

ACLED counts every reported fatality over all event types (battles,
explosions, violence against civilians, riots, protests, strategic
developments), so it runs well above UCDP's organised-violence deaths.
:func:`load_by_event_type` gives the same figures split by ACLED event type
(note ``"ACLED reported fatalities: Battles"`` ...); it is kept apart so a
sum over ``load_indicators`` never counts a death twice.

:func:`download` reads ACLED's API with the user's own credentials from the
environment, never from a file in the project: ``ACLED_ACCESS_TOKEN`` (an
OAuth token, sent as a Bearer header) or ``ACLED_EMAIL`` + ``ACLED_KEY``
(the older key access). It writes the events it read and the monthly
tables the loader reads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis import catalog, schemas
from analysis.atomic import atomic_open
from analysis.errors import DataError, DownloadError, ParameterError
from analysis.sources import gleditsch_ward as gw

DATASETS: tuple[str, ...] = ("acled_monthly",)

DEATHS_NOTE = "ACLED reported fatalities"
EVENTS_NOTE = "ACLED events"

#: ACLED's read endpoint with OAuth (Bearer) access, and the older key access.
API_URL = "https://acleddata.com/api/acled/read"
LEGACY_API_URL = "https://api.acleddata.com/acled/read"
PAGE_SIZE = 5000
#: Months outside these years are errors in the file (ACLED starts in 1997).
MIN_YEAR, MAX_YEAR = 1900, 2100
CREDENTIAL_VARIABLES = ("ACLED_ACCESS_TOKEN", "ACLED_EMAIL", "ACLED_KEY")


def _files(source_dir: Path, kind: str) -> list[Path]:
    """Monthly tables in ``source_dir``: ``*ctryMo_*.csv`` (totals) or ``*ctryMoEv_*.csv`` (by type).

    A folder filled by a download (its ``.fetched.yml`` says so) counts only the files that download wrote;
    any other folder (a mirror copy, the mirror itself) every table whose name fits, read in name order so a
    later table wins for the months two tables share.
    """
    source_dir = Path(source_dir)
    pattern = re.compile(rf"acled_.*_{kind}_.*\.csv$")
    manifest = catalog.read_manifest(source_dir) or {}
    if manifest.get("fetched_by") == "download":
        names = [str(f["name"]) for f in manifest.get("files") or []]
    else:
        names = [p.name for p in source_dir.glob(f"acled_*_{kind}_*.csv")]
    return sorted(source_dir / n for n in set(names) if pattern.match(n) and (source_dir / n).is_file())


def downloaded_countries(source_dir: str | Path) -> list[str] | None:
    """The ISO3 codes a download from ACLED's API wrote tables for (None: the folder is not a download)."""
    manifest = catalog.read_manifest(source_dir) or {}
    if manifest.get("fetched_by") != "download":
        return None
    found = []
    for item in manifest.get("files") or []:
        m = re.match(r"acled_api_ctryMo_([a-z]{3})_", str(item.get("name", "")))
        if m and m.group(1).upper() not in found:
            found.append(m.group(1).upper())
    return found


def _read(path: Path, country: str, by_type: bool) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise DataError(f"not a readable UTF-8 CSV ({str(exc).strip()})", path=path) from None
    if raw.empty:
        raise DataError("the table has a header but no rows", path=path)
    needed = ["Country", "Event.month", "Events", "Deaths"] + (["Event.Type"] if by_type else [])
    missing = [c for c in needed if c not in raw.columns]
    if missing:
        raise DataError(f"missing column(s) {', '.join(repr(c) for c in missing)}", path=path)
    values = {}
    for column in ("Events", "Deaths"):
        numbers = pd.to_numeric(raw[column], errors="coerce")
        bad = numbers.isna() | (numbers < 0)
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            problem = "negative count" if numbers.iloc[i] < 0 else "not a number"
            raise DataError(f"{problem}: {raw[column].iloc[i]!r}", path=path, row=i + 1, column=column)
        fractional = numbers != numbers.round()
        if fractional.any():
            i = int(np.flatnonzero(fractional.to_numpy())[0])
            raise DataError(f"a count must be a whole number, not {raw[column].iloc[i]!r}", path=path, row=i + 1,
                            column=column)
        values[column] = numbers.astype(float)
    month = pd.to_datetime(raw["Event.month"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    if month.isna().any():
        i = int(np.flatnonzero(month.isna().to_numpy())[0])
        raise DataError(f"not a date: {raw['Event.month'].iloc[i]!r}", path=path, row=i + 1, column="Event.month")
    outside = (month.dt.year < MIN_YEAR) | (month.dt.year > MAX_YEAR)
    if outside.any():
        i = int(np.flatnonzero(outside.to_numpy())[0])
        raise DataError(f"date {raw['Event.month'].iloc[i]!r} is outside {MIN_YEAR}-{MAX_YEAR}", path=path,
                        row=i + 1, column="Event.month")
    keys = ["Event.month"] + (["Event.Type"] if by_type else [])
    dup = raw.duplicated(subset=["Country"] + keys)
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise DataError(f"duplicate row for {raw['Country'].iloc[i]} {' '.join(raw[keys].iloc[i])}",
                        path=path, row=i + 1, column="Event.month")
    start = month.dt.to_period("M").dt.start_time.astype("datetime64[ns]")
    suffix = (": " + raw["Event.Type"]) if by_type else ""
    base = {"source": "acled_monthly", "country": country, "partner": "", "admin1_pcode": "",
            "admin1_name": "", "period_start": start,
            "period_end": (start + pd.offsets.MonthEnd(0)).astype("datetime64[ns]"),
            "low": np.nan, "high": np.nan, "origin": "raw", "version": catalog.version("acled_monthly")}
    deaths = pd.DataFrame({**base, "indicator": "deaths", "value": values["Deaths"], "unit": "deaths",
                           "note": DEATHS_NOTE + suffix})
    events = pd.DataFrame({**base, "indicator": "events", "value": values["Events"], "unit": "events",
                           "note": EVENTS_NOTE + suffix})
    keep = (raw["Country"].map(gw.iso3_from_name) == country).to_numpy()
    out = pd.concat([deaths[keep], events[keep]], ignore_index=True)
    return out[schemas.INDICATOR_COLUMNS]


def _load(country: str, source_dir: str | Path, kind: str) -> pd.DataFrame:
    source_dir = Path(source_dir)
    if not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise ParameterError(f"country must be an ISO3 code such as 'SYR', not {country!r}")
    files = _files(source_dir, kind)
    if not files:
        raise DataError(f"no ACLED monthly table (acled_*_{kind}_*.csv) in this folder", path=source_dir)
    downloaded = downloaded_countries(source_dir)
    if downloaded is not None and country not in downloaded:
        raise DataError(f"ACLED was downloaded here for {', '.join(downloaded) or 'no country'} only, not {country}: "
                        "not fetched for this country (add it to download_countries of acled_monthly in "
                        "data/catalog.yml and run `python -m analysis fetch acled_monthly`, or run "
                        "`python -m analysis fetch --mirror ../shared/data` for every country)", path=source_dir)
    frames = [_read(path, country, by_type=(kind == "ctryMoEv")) for path in files]
    frame = pd.concat(frames, ignore_index=True)
    # Two tables covering the same month (mirror + a newer download): the last file in name order wins.
    frame = frame.drop_duplicates(subset=["indicator", "period_start", "note"], keep="last")
    frame = frame.sort_values(["indicator", "note", "period_start"], kind="stable").reset_index(drop=True)
    return schemas.validate(frame, schemas.INDICATORS, files[-1] if len(files) == 1 else source_dir)


def load_indicators(dataset: str, country: str, source_dir: str | Path) -> pd.DataFrame:
    """Monthly ACLED "deaths" and "events" of ``country`` (ISO3), in the INDICATORS schema.

    An empty frame when the files hold no row for ``country``.
    """
    if dataset not in DATASETS:
        raise ParameterError(f"module analysis.sources.acled does not serve {dataset!r}")
    return _load(country, source_dir, "ctryMo")


def load_by_event_type(country: str, source_dir: str | Path) -> pd.DataFrame:
    """Monthly ACLED "deaths" and "events" by event type (note ``"ACLED reported fatalities: <type>"``)."""
    return _load(country, source_dir, "ctryMoEv")


# --------------------------------------------------------------------------
# Download from ACLED's API
# --------------------------------------------------------------------------

def credentials(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """How to authenticate, read from the environment: ``{"headers": ..., "params": ..., "url": ...}``.

    Raises :class:`DownloadError` naming the variables when none is set.
    """
    env = os.environ if environ is None else environ
    token = env.get("ACLED_ACCESS_TOKEN", "").strip()
    if token:
        return {"url": API_URL, "headers": {"Authorization": f"Bearer {token}"}, "params": {}}
    email, key = env.get("ACLED_EMAIL", "").strip(), env.get("ACLED_KEY", "").strip()
    if email and key:
        return {"url": LEGACY_API_URL, "headers": {}, "params": {"email": email, "key": key}}
    raise DownloadError("ACLED needs your own access: set ACLED_ACCESS_TOKEN (an ACLED API token), or both "
                        "ACLED_EMAIL and ACLED_KEY, in the environment (never in a file of the project); "
                        "see https://acleddata.com/ for an account")


def monthly_tables(events: pd.DataFrame, country_name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """ACLED events (``event_date``, ``event_type``, ``fatalities``) -> the two monthly tables.

    Same columns as ACLED Explorer's export: ``Country, Event.month, Events,
    Deaths, DeathsPerEvent`` and with ``Event.Type`` for the split table.
    """
    frame = events.copy()
    frame["Event.month"] = pd.to_datetime(frame["event_date"]).dt.to_period("M").dt.start_time.dt.strftime("%Y-%m-%d")
    frame["fatalities"] = pd.to_numeric(frame["fatalities"], errors="raise")

    def table(keys: list[str]) -> pd.DataFrame:
        grouped = frame.groupby(keys, sort=True)
        out = pd.DataFrame({"Events": grouped.size(), "Deaths": grouped["fatalities"].sum()}).reset_index()
        out.insert(0, "Country", country_name)
        out["DeathsPerEvent"] = out["Deaths"] / out["Events"]
        return out

    by_type = table(["Event.month", "event_type"]).rename(columns={"event_type": "Event.Type"})
    return table(["Event.month"]), by_type


def download(dataset: str, dest: Path, *, progress: bool = True, country: str | None = None,
             start: str = "2021-01-01", end: str | None = None) -> list[Path]:
    """Read ACLED events of ``country`` from ``start`` to ``end`` (default today) and write monthly tables.

    ``country`` defaults to the countries the catalog entry lists in ``download_countries``. Files:
    ``acled_api_events_<iso3>_<start>_<end>.csv`` (the events read) and
    ``acled_api_ctryMo_...`` / ``acled_api_ctryMoEv_...`` (what the loader reads).
    """
    from analysis.download import get_json
    from tqdm.auto import tqdm

    if dataset not in DATASETS:
        raise ParameterError(f"module analysis.sources.acled does not serve {dataset!r}")
    access = credentials()
    end = end or dt.date.today().isoformat()
    entry = catalog.dataset(dataset)
    countries = [country] if country else list(entry.get("download_countries") or entry.get("countries") or [])
    if not countries:
        raise ParameterError("acled_monthly: say which country to download (country='SYR', or "
                             "download_countries in data/catalog.yml)")
    dest = Path(dest)
    written: list[Path] = []
    for iso3 in countries:
        name = gw.table().set_index("iso3")["name"].get(iso3)
        if not name:
            raise ParameterError(f"no country name known for {iso3!r}")
        params = {**access["params"], "country": name, "event_date": f"{start}|{end}",
                  "event_date_where": "BETWEEN", "fields": "event_id_cnty|event_date|event_type|fatalities",
                  "limit": PAGE_SIZE, "_format": "json"}
        rows: list[dict[str, Any]] = []
        bar = tqdm(desc=f"ACLED {iso3}", unit="page", disable=not progress, leave=False)
        page = 1
        while True:
            doc = get_json(access["url"], params={**params, "page": page}, headers=access["headers"])
            if not isinstance(doc, dict) or "data" not in doc:
                raise DownloadError(f"{access['url']}: page {page} has no 'data' list "
                                    f"({str(doc)[:120]!r})")
            if doc.get("success") is False or doc.get("status") not in (None, 200, "200"):
                raise DownloadError(f"{access['url']}: ACLED refused the request ({doc.get('error') or doc.get('message')})")
            rows.extend(doc["data"])
            bar.update(1)
            if len(doc["data"]) < PAGE_SIZE:
                break
            page += 1
        bar.close()
        if not rows:
            raise DownloadError(f"ACLED returned no events for {name} between {start} and {end}")
        events = pd.DataFrame(rows)
        stem = f"{iso3.lower()}_{start[:7]}_{end[:7]}"
        totals, by_type = monthly_tables(events, name)
        for frame, kind in ((events, "events"), (totals, "ctryMo"), (by_type, "ctryMoEv")):
            target = dest / f"acled_api_{kind}_{stem}.csv"
            with atomic_open(target) as fh:
                frame.to_csv(fh, index=False)
            written.append(target)
    return written
