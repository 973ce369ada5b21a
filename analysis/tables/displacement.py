"""Displacement tables: refugees by host, IDPs by source, totals, returns, share of population.

Every function takes the tidy indicators frame (``schemas.INDICATORS``, as
``analysis.datasets.indicators`` returns it) and returns a tidy frame that
keeps ``source`` and ``version`` so charts and prose can cite it.
"""

from __future__ import annotations

import pandas as pd

from analysis import prose
from analysis.tables.common import select, split_sources  # noqa: F401  (split_sources used by notebooks)

UNHCR = "unhcr_population"
IDMC = "idmc_gidd"
WORLD_BANK = "worldbank_population"
OTHER = "other"


def refugees_by_host(indicators: pd.DataFrame, country: str, start_year: int, end_year: int,
                     top_n: int = 6) -> pd.DataFrame:
    """Refugees + asylum-seekers from ``country`` by host country and year, the smaller hosts as "other".

    The ``top_n`` hosts are those hosting most people in the last year of the
    range; every other host (and an unknown host) is summed into "other".
    Returns columns year, host (a name), partner (ISO3, "" for other), value,
    source, version; one row per year x host, hosts ordered largest first.
    """
    rows = select(indicators, source=UNHCR, indicator=["refugees", "asylum_seekers"], country=country,
                  start_year=start_year, end_year=end_year)
    columns = ["year", "host", "partner", "value", "source", "version"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    pairs = rows[(rows["partner"] != "") & (rows["partner"] != country)]
    by_host = pairs.groupby(["year", "partner"], as_index=False)["value"].sum()
    total = _year_totals(rows)
    last = by_host[by_host["year"] == by_host["year"].max()]
    ranked = last[~last["partner"].isin(["UNK", "XXA"])].sort_values(["value", "partner"], ascending=[False, True])
    top = list(ranked["partner"].head(max(int(top_n), 0)))
    kept = by_host[by_host["partner"].isin(top)]
    rest = (total - kept.groupby("year")["value"].sum().reindex(total.index).fillna(0.0)).clip(lower=0.0)
    out = pd.concat([kept, pd.DataFrame({"year": rest.index, "partner": "", "value": rest.values})],
                    ignore_index=True)
    out["host"] = [prose.country_name(p) if p else OTHER for p in out["partner"]]
    order = {p: i for i, p in enumerate(top + [""])}
    out["rank"] = out["partner"].map(order)
    out = out.sort_values(["year", "rank"]).drop(columns="rank")
    out["source"] = UNHCR
    out["version"] = rows["version"].iloc[0]
    return out[columns].reset_index(drop=True)


def _year_totals(rows: pd.DataFrame) -> pd.Series:
    """Per year, the sum over indicators of the all-hosts total (partner "") or, where a loader gave
    no total row, of the host rows."""
    parts = []
    for (year, indicator), g in rows.groupby(["year", "indicator"]):
        tot = g[g["partner"] == ""]
        parts.append((year, float(tot["value"].sum()) if len(tot) else float(g["value"].sum())))
    frame = pd.DataFrame(parts, columns=["year", "value"])
    return frame.groupby("year")["value"].sum().rename_axis("year")


def refugees_total(indicators: pd.DataFrame, country: str, start_year: int, end_year: int) -> pd.DataFrame:
    """UNHCR refugees + asylum-seekers from ``country`` per year (all hosts): year, value, source, version."""
    rows = select(indicators, source=UNHCR, indicator=["refugees", "asylum_seekers"], country=country,
                  start_year=start_year, end_year=end_year)
    out = _year_totals(rows).rename("value").reset_index()
    out["source"] = UNHCR
    out["version"] = rows["version"].iloc[0] if len(rows) else ""
    return out


def idps_by_source(indicators: pd.DataFrame, country: str, start_year: int, end_year: int) -> pd.DataFrame:
    """IDPs in ``country`` at each year-end as UNHCR and IDMC count them: year, source, dataset, value, version."""
    rows = select(indicators, indicator="idps", country=country, start_year=start_year, end_year=end_year)
    rows = rows[rows["source"].isin([UNHCR, IDMC]) & (rows["admin1_pcode"] == "") & (rows["partner"] == "")]
    out = rows.groupby(["year", "source", "version"], as_index=False)["value"].sum()
    out["dataset"] = [prose.dataset_name(s) for s in out["source"]]
    return out[["year", "source", "dataset", "value", "version"]].sort_values(["source", "year"]).reset_index(drop=True)


def displaced_total(indicators: pd.DataFrame, country: str, start_year: int, end_year: int) -> pd.DataFrame:
    """Refugees + asylum-seekers (UNHCR) + IDPs per year, one total with a low-high range.

    ``value`` uses UNHCR's IDP figure; ``low`` and ``high`` are the smaller and
    larger of the totals with UNHCR's and with IDMC's IDP figure (equal to
    ``value`` where only one IDP source has the year). Columns: year,
    refugees_asylum, idps_unhcr, idps_idmc, value, low, high, source, version.
    """
    ref = refugees_total(indicators, country, start_year, end_year).set_index("year")["value"]
    idps = idps_by_source(indicators, country, start_year, end_year)
    unhcr = idps[idps["source"] == UNHCR].set_index("year")["value"]
    idmc = idps[idps["source"] == IDMC].set_index("year")["value"]
    out = pd.DataFrame({"refugees_asylum": ref, "idps_unhcr": unhcr, "idps_idmc": idmc})
    out = out[out["refugees_asylum"].notna()]
    idp_main = out["idps_unhcr"].fillna(out["idps_idmc"]).fillna(0.0)
    out["value"] = out["refugees_asylum"] + idp_main
    alt = out["refugees_asylum"] + out["idps_idmc"].fillna(idp_main)
    out["low"] = pd.concat([out["value"], alt], axis=1).min(axis=1)
    out["high"] = pd.concat([out["value"], alt], axis=1).max(axis=1)
    out = out.reset_index().rename(columns={"index": "year"})
    used = select(indicators, indicator=["refugees", "asylum_seekers", "idps"], country=country,
                  start_year=start_year, end_year=end_year)
    used = used[used["source"].isin([UNHCR, IDMC])][["source", "version"]].drop_duplicates()
    out["source"] = " + ".join(used["source"])
    out["version"] = "; ".join(used["version"])
    return out


def returns(indicators: pd.DataFrame, country: str, since_year: int = 2024, end_year: int | None = None) -> pd.DataFrame:
    """Refugees and IDPs who returned during each year since ``since_year`` (UNHCR, a flow).

    Columns: year, indicator ("returned_refugees" / "returned_idps"), label, value, source, version.
    """
    rows = select(indicators, source=UNHCR, indicator=["returned_refugees", "returned_idps"], country=country,
                  start_year=since_year, end_year=end_year)
    rows = rows[(rows["partner"] == "") & (rows["admin1_pcode"] == "")] if (rows["partner"] == "").any() else rows
    out = rows.groupby(["year", "indicator", "version"], as_index=False)["value"].sum()
    out["label"] = out["indicator"].map({"returned_refugees": "refugees returned",
                                         "returned_idps": "IDPs returned"})
    out["source"] = UNHCR
    return out[["year", "indicator", "label", "value", "source", "version"]]


def displaced_share(indicators: pd.DataFrame, country: str, start_year: int, end_year: int) -> pd.DataFrame:
    """Displaced people (refugees + asylum-seekers + IDPs) as a share of the country's population.

    The denominator is the World Bank mid-year population of the country plus
    its refugees and asylum-seekers abroad (residents exclude people who have
    left). Years without a population figure are dropped. Columns: year,
    displaced, population, share, source, version.
    """
    total = displaced_total(indicators, country, start_year, end_year)
    pop = select(indicators, source=WORLD_BANK, indicator="population", country=country,
                 start_year=start_year, end_year=end_year)
    pop = pop.groupby("year", as_index=False).agg(population=("value", "sum"), pversion=("version", "first"))
    out = total[["year", "value", "refugees_asylum", "source", "version"]].merge(pop, on="year", how="inner")
    out = out.rename(columns={"value": "displaced"})
    out["share"] = out["displaced"] / (out["population"] + out["refugees_asylum"])
    if len(out):
        out["source"] = out["source"] + " + " + WORLD_BANK
        out["version"] = out["version"] + "; " + out["pversion"]
    return out[["year", "displaced", "population", "share", "source", "version"]]
