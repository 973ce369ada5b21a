"""World Bank World Development Indicators: total population (SP.POP.TOTL).

Download: the World Bank API v2 (``/v2/country/{iso3|all}/indicator/SP.POP.TOTL``,
JSON, paged with ``page``/``pages``), written as ``population.csv`` with the
columns ``Country Name, Country Code, Year, Value`` (the layout of the
mirror's file). Load: one ``population`` row per year; the World Bank's
figure is a mid-year estimate, so it is dated 1 July.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import countries, schemas
from analysis.atomic import atomic_open
from analysis.download import get_json
from analysis.errors import DataError, DownloadError
from analysis.sources.tidy import indicator_frame, read_source_csv

DATASETS = ("worldbank_population",)
INDICATOR = "SP.POP.TOTL"
API = "https://api.worldbank.org/v2/country/{country}/indicator/" + INDICATOR
FILE = "population.csv"


def load_indicators(dataset: str, country: str, source_dir: Path) -> pd.DataFrame:
    """Population of ``country`` per year (INDICATORS schema, indicator ``population``)."""
    if dataset not in DATASETS:
        raise DataError(f"worldbank module does not serve dataset {dataset!r}")
    country = countries.normalise(country)
    path = Path(source_dir) / FILE
    raw = read_source_csv(path, schemas.WORLDBANK_POPULATION_FILE, usecols=["Country Code", "Year", "Value"])
    rows = raw[(raw["Country Code"] == country) & raw["Value"].notna()]
    if rows.empty:
        raise DataError(f"no World Bank population rows for {country}", path=path)
    frame = pd.DataFrame({
        "indicator": "population",
        "country": country,
        "period_start": pd.to_datetime(rows["Year"].astype(str) + "-07-01"),
        "value": rows["Value"].to_numpy(),
        "unit": "people",
        "note": f"{INDICATOR}, mid-year estimate",
    })
    frame["period_end"] = frame["period_start"]
    return indicator_frame(frame, dataset, path=path)


def download(dataset: str, dest: Path, *, progress: bool = True, country: str | None = None,
             api: str = API) -> list[Path]:
    """Fetch SP.POP.TOTL for every country (or one ``country``) into ``dest/population.csv``.

    ``api`` is the endpoint template with ``{country}`` (tests use a local server).
    """
    if dataset not in DATASETS:
        raise DataError(f"worldbank module does not serve dataset {dataset!r}")
    code = countries.normalise(country) if country else "all"
    url = api.format(country=code)
    rows: list[dict] = []
    page, pages = 1, 1
    while page <= pages:
        doc = get_json(url, params={"format": "json", "per_page": 20000, "page": page})
        if not isinstance(doc, list) or len(doc) < 2 or not isinstance(doc[0], dict):
            raise DownloadError(f"{url}: unexpected answer on page {page} ({str(doc)[:120]})")
        pages = int(doc[0].get("pages") or 1)
        for item in doc[1] or []:
            rows.append({"Country Name": (item.get("country") or {}).get("value"),
                         "Country Code": item.get("countryiso3code"),
                         "Year": item.get("date"), "Value": item.get("value")})
        page += 1
    frame = pd.DataFrame(rows, columns=["Country Name", "Country Code", "Year", "Value"])
    frame = frame[(frame["Country Code"].fillna("").str.len() == 3) & frame["Value"].notna()]
    if frame.empty:
        raise DownloadError(f"{url}: no population values returned")
    frame = frame.sort_values(["Country Code", "Year"])
    target = Path(dest) / FILE
    with atomic_open(target, "w") as fh:
        frame.to_csv(fh, index=False)
    return [target]
