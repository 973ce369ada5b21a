"""IDMC Global Internal Displacement Database (GIDD): conflict and violence.

Download: IDMC's Helix external API (``/external-api/gidd/conflicts/``, JSON,
pages linked by ``next``). It needs a client id from IDMC, read from the
environment variable ``IDMC_CLIENT_ID`` and never written to disk or logs.
Load: per year, the end-year stock of IDPs (``idps``, dated 31 December)
and new displacements during the year (``new_displacements``, counted in
movements, not people).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import countries, schemas
from analysis.atomic import atomic_open
from analysis.download import iter_next
from analysis.errors import DataError, DownloadError
from analysis.sources.tidy import indicator_frame, pick_file, read_source_csv, year_end, year_start

DATASETS = ("idmc_gidd",)
API = "https://helix-tools-api.idmcdb.org/external-api/gidd/conflicts/"
FILE_ALL = "idmc_gidd_conflict_displacement_all.csv"
COLUMNS = ["iso3", "country_name", "year", "new_displacement", "new_displacement_rounded",
           "total_displacement", "total_displacement_rounded"]
CLIENT_ENV = "IDMC_CLIENT_ID"


def conflict_file(source_dir: Path, country: str) -> Path:
    """The conflict file for ``country``: its extract if present, else the all-countries file."""
    path = pick_file(source_dir, (f"idmc_gidd_conflict_displacement_{countries.slug(country)}.csv", FILE_ALL))
    if path is not None:
        return path
    raise DataError(f"no IDMC conflict file ({FILE_ALL})", path=source_dir)


def load_indicators(dataset: str, country: str, source_dir: Path) -> pd.DataFrame:
    """IDMC conflict IDP stock and new displacements for ``country`` (INDICATORS schema)."""
    if dataset not in DATASETS:
        raise DataError(f"idmc module does not serve dataset {dataset!r}")
    country = countries.normalise(country)
    path = conflict_file(source_dir, country)
    raw = read_source_csv(path, schemas.IDMC_CONFLICT_FILE)
    rows = raw[raw["iso3"] == country]
    if rows.empty and path.name != FILE_ALL:
        raise DataError(f"no IDMC conflict rows for {country}", path=path)  # an extract of another country
    # a country the all-countries table does not list is one IDMC records no conflict displacement for: no rows
    # (the publisher has no figure), not a broken copy
    stock = pd.DataFrame({"indicator": "idps", "year": rows["year"], "value": rows["total_displacement"],
                          "unit": "people", "note": "conflict and violence IDPs at year end"})
    stock["period_end"] = year_end(stock["year"])
    stock["period_start"] = stock["period_end"]
    new = pd.DataFrame({"indicator": "new_displacements", "year": rows["year"],
                        "value": rows["new_displacement"], "unit": "movements",
                        "note": "conflict and violence; movements, not people"})
    new["period_start"] = year_start(new["year"])
    new["period_end"] = year_end(new["year"])
    frame = pd.concat([stock, new], ignore_index=True).dropna(subset=["value"]).drop(columns="year")
    frame["country"] = country
    return indicator_frame(frame, dataset, path=path)


def client_id() -> str:
    """IDMC's client id from the environment (a clear error when it is not set)."""
    value = os.environ.get(CLIENT_ENV, "").strip()
    if not value:
        raise DownloadError(f"the IDMC API needs a client id: set {CLIENT_ENV} in the environment "
                            "(ask IDMC for one; it is never stored in the project), or import the "
                            "data from a mirror with `python -m analysis fetch --mirror DIR idmc`")
    return value


def download(dataset: str, dest: Path, *, progress: bool = True, api: str = API) -> list[Path]:
    """Fetch the GIDD conflict table (all countries) into ``dest`` (``api``: the endpoint)."""
    if dataset not in DATASETS:
        raise DataError(f"idmc module does not serve dataset {dataset!r}")
    url = f"{api}?format=json&limit=100&client_id={client_id()}"
    rows = list(iter_next(url, progress=progress))
    if not rows:
        raise DownloadError(f"{api}: the API returned no rows")
    frame = pd.DataFrame(rows)
    missing = [c for c in ("iso3", "year", "new_displacement", "total_displacement") if c not in frame.columns]
    if missing:
        raise DownloadError(f"{api}: the answer lacks column(s) {', '.join(missing)}")
    frame = frame[[c for c in COLUMNS if c in frame.columns]].sort_values(["iso3", "year"])
    target = Path(dest) / FILE_ALL
    with atomic_open(target, "w") as fh:
        frame.to_csv(fh, index=False)
    return [target]
