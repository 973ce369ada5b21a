"""UNHCR Refugee Population Statistics: stocks by origin x asylum, solutions, flows.

Download: the UNHCR population API (``https://api.unhcr.org/population/v1/``),
paged with ``page``/``maxPages``, all origins x all asylum countries, codes
read as ISO3 (``cf_type=ISO``); ``coo``/``coa`` narrow it to one country.

Load: an INDICATORS frame for one country. Refugee-type figures have one
row per (origin, asylum) pair, ``country`` = origin and ``partner`` =
asylum country (pairs with a zero value are left out), plus the origin's
total over all asylum countries with ``partner`` "". End-year stocks
(refugees, asylum-seekers, IDPs) are dated 31 December; returns,
resettlement, naturalisation and new arrivals/applications count events
during the year (1 January to 31 December).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from analysis import countries, schemas
from analysis.atomic import atomic_open
from analysis.download import iter_pages
from analysis.errors import DataError
from analysis.sources.tidy import indicator_frame, pick_file, read_source_csv, year_end, year_start

DATASETS = ("unhcr_population",)
API = "https://api.unhcr.org/population/v1/"

#: table -> (source column -> indicator), file schema.
TABLES: dict[str, tuple[dict[str, str], object]] = {
    "population": ({"refugees": "refugees", "asylum_seekers": "asylum_seekers", "idps": "idps",
                    "returned_refugees": "returned_refugees", "returned_idps": "returned_idps"},
                   schemas.UNHCR_POPULATION_FILE),
    "solutions": ({"resettlement": "resettlement", "naturalisation": "naturalisation"},
                  schemas.UNHCR_SOLUTIONS_FILE),
    "flows": ({"refugees": "new_refugee_arrivals", "asylum_seekers": "new_asylum_applications"},
              schemas.UNHCR_FLOWS_FILE),
}
#: Indicators that are end-year stocks; the rest count events during the year.
STOCKS = {"refugees", "asylum_seekers", "idps"}
#: Indicators counted inside the origin country (no partner country).
DOMESTIC = {"idps", "returned_idps"}
NOTES = {
    "returned_refugees": "returns during the year (a flow, though UNHCR lists it in the population table)",
    "returned_idps": "returns during the year",
    "idps": "UNHCR figure for IDPs of concern; compare IDMC's conflict stock",
}


def table_file(source_dir: Path, table: str, country: str) -> Path | None:
    """The file in ``source_dir`` holding ``table`` for ``country``.

    A country extract (``population_syria.csv``) is preferred when present,
    then the all-countries file (``population_all.csv``); None if neither.
    """
    return pick_file(source_dir, (f"{table}_{countries.slug(country)}.csv", f"{table}_all.csv"))


def _table_indicators(path: Path, table: str, country: str) -> pd.DataFrame:
    columns, schema = TABLES[table]
    raw = read_source_csv(path, schema)
    raw = raw[(raw["coo_iso"] == country) | (raw["coa_iso"] == country)]
    long = raw.melt(id_vars=["year", "coo_iso", "coa_iso"], value_vars=list(columns),
                    var_name="column", value_name="value").dropna(subset=["value"])
    long["indicator"] = long["column"].map(columns)
    domestic = long["indicator"].isin(DOMESTIC)
    pairs = long[~domestic & (long["coo_iso"] != long["coa_iso"]) & (long["value"] > 0)]
    pairs = pairs.rename(columns={"coo_iso": "country", "coa_iso": "partner"})
    origin = long[long["coo_iso"] == country]
    totals = (origin.groupby(["year", "indicator"], as_index=False)["value"].sum()
              .assign(country=country, partner=""))
    out = pd.concat([pairs[["year", "indicator", "country", "partner", "value"]],
                     totals[["year", "indicator", "country", "partner", "value"]]], ignore_index=True)
    stock = out["indicator"].isin(STOCKS)
    out["period_end"] = year_end(out["year"])
    out["period_start"] = out["period_end"].where(stock, year_start(out["year"]))
    out["unit"] = "people"
    out["note"] = out["indicator"].map(NOTES).fillna("")
    out.loc[out["partner"] == "", "note"] = ("total over all countries of asylum; " + out["note"]).str.rstrip("; ")
    return out.drop(columns="year")


def load_indicators(dataset: str, country: str, source_dir: Path) -> pd.DataFrame:
    """UNHCR figures about ``country`` (as origin or as asylum country), INDICATORS schema.

    Reads the population table (required) and the solutions and flows tables
    when ``source_dir`` holds them for this country; ``df.attrs['tables']``
    says which were used.
    """
    if dataset not in DATASETS:
        raise DataError(f"unhcr module does not serve dataset {dataset!r}")
    country = countries.normalise(country)
    source_dir = Path(source_dir)
    parts, used, absent = [], {}, []
    for table in TABLES:
        path = table_file(source_dir, table, country)
        if path is None:
            if table == "population":
                raise DataError(f"no population table for {country} in this folder "
                                f"(expected population_all.csv or population_{countries.slug(country)}.csv)",
                                path=source_dir)
            absent.append(table)
            continue
        parts.append(_table_indicators(path, table, country))
        used[table] = path.name
    frame = pd.concat(parts, ignore_index=True)
    if frame.empty:
        raise DataError(f"no UNHCR rows for country {country}", path=source_dir)
    out = indicator_frame(frame, dataset, path=source_dir)
    out.attrs["tables"] = used
    out.attrs["tables_absent"] = absent
    return out


def _write_items(items: list[dict], target: Path) -> Path:
    frame = pd.DataFrame(items)
    if frame.empty:
        raise DataError("the API returned no rows", path=target)
    # The API writes "-" for "none reported"; keep that as an empty cell.
    frame = frame.replace({"-": None})
    with atomic_open(target, "w") as fh:
        frame.to_csv(fh, index=False)
    return target


def download(dataset: str, dest: Path, *, progress: bool = True, country: str | None = None,
             year_to: int | None = None, api: str = API) -> list[Path]:
    """Download the population, solutions and flows tables and the country list into ``dest``.

    All countries by default (``<table>_all.csv``); with ``country``, only
    rows where it is the origin or the asylum country (``<table>_<slug>.csv``).
    Each file is written only once all its pages have arrived. ``api`` is
    the API root (tests point it at a local server).
    """
    if dataset not in DATASETS:
        raise DataError(f"unhcr module does not serve dataset {dataset!r}")
    dest = Path(dest)
    year_to = year_to or dt.date.today().year
    written = []
    suffix = countries.slug(country) if country else "all"
    for table in TABLES:
        # Without yearFrom/yearTo the API answers for the latest year only.
        base = {"limit": 10000, "page": 1, "yearFrom": 1951, "yearTo": year_to,
                "coo_all": "true", "coa_all": "true", "cf_type": "ISO"}
        queries = [base]
        if country:
            iso = countries.normalise(country)
            queries = [{**base, "coo": iso}, {**base, "coa": iso}]
        items: list[dict] = []
        seen = set()
        for params in queries:
            for item in iter_pages(api + table + "/", params, progress=progress):
                key = (item.get("year"), item.get("coo_iso"), item.get("coa_iso"))
                if key not in seen:
                    seen.add(key)
                    items.append(item)
        written.append(_write_items(items, dest / f"{table}_{suffix}.csv"))
    countries_list = list(iter_pages(api + "countries/", {"limit": 10000, "page": 1}, progress=progress))
    written.append(_write_items(countries_list, dest / "countries.csv"))
    return written
