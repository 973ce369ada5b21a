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


def returns_period(indicators: pd.DataFrame, country: str, start_year: int, end_year: int) -> tuple[int, int] | None:
    """The first and last year in ``start_year``..``end_year`` in which UNHCR records any return to
    ``country`` (refugees or IDPs, more than zero); None when it records none. Computed from the data,
    so a report's "returns" section covers the years that have figures."""
    back = returns(indicators, country, since_year=start_year, end_year=end_year)
    years = back.loc[back["value"] > 0, "year"]
    if years.empty:
        return None
    return int(years.min()), int(years.max())


def key_facts(indicators: pd.DataFrame, points: pd.DataFrame, country: str, start_year: int,
              end_year: int) -> pd.DataFrame:
    """Three to five key facts for the displacement report, each computed with its source.

    Columns: key, year, value, text, source. ``points`` are the displacement claims about ``country``
    (:func:`analysis.tables.claims.claim_points`). Facts, where the data have them: people displaced at the
    last year-end (refugees and asylum-seekers abroad plus UNHCR's IDPs), the largest host country and its
    share, returns in the last year with returns, the displaced share of the population, and how many
    figures the news reported.
    """
    from analysis.tables.common import plural

    name = prose.country_name(country)
    facts = []
    total = displaced_total(indicators, country, start_year, end_year)
    if len(total):
        last = total.iloc[-1]
        year = int(last["year"])
        idp = last["idps_unhcr"] if pd.notna(last["idps_unhcr"]) else last["idps_idmc"]
        idp_src = "UNHCR" if pd.notna(last["idps_unhcr"]) else "IDMC"
        facts.append({"key": "displaced", "year": year, "value": float(last["value"]), "text": (
            f"{prose.fmt_count(last['value'])} people from {name} were displaced at the end of {year}: "
            f"{prose.fmt_count(last['refugees_asylum'])} refugees and asylum-seekers abroad and "
            f"{prose.fmt_count(idp)} people displaced inside the country ({idp_src}'s count of IDPs)."),
            "source": _cite(disp_sources(total), year)})
    hosts = refugees_by_host(indicators, country, start_year, end_year, top_n=1)
    if len(hosts):
        year = int(hosts["year"].max())
        that = hosts[hosts["year"] == year]
        top = that[that["host"] != OTHER]
        if len(top) and that["value"].sum() > 0:
            first = top.iloc[0]
            share = first["value"] / that["value"].sum()
            facts.append({"key": "top_host", "year": year, "value": float(first["value"]), "text": (
                f"{first['host']} hosted the most refugees and asylum-seekers from {name} at the end of {year}: "
                f"{prose.fmt_count(first['value'])}, {prose.fmt_share(share)} of all of them."),
                "source": _cite(hosts, year)})
    period = returns_period(indicators, country, start_year, end_year)
    if period:
        back = returns(indicators, country, since_year=period[1], end_year=period[1])
        parts = back.groupby("indicator")["value"].sum()
        ref, idp = parts.get("returned_refugees", 0.0), parts.get("returned_idps", 0.0)
        facts.append({"key": "returns", "year": period[1], "value": float(ref + idp), "text": (
            f"{prose.fmt_count(ref + idp)} people returned during {period[1]}: {prose.fmt_count(ref)} refugees "
            f"came back to {name} and {prose.fmt_count(idp)} IDPs went back home (a flow during the year, "
            "not a count of people at one moment)."), "source": _cite(back, period[1])})
    share = displaced_share(indicators, country, start_year, end_year)
    if len(share):
        last = share.iloc[-1]
        top = share.loc[share["share"].idxmax()]
        peak = ("" if prose.fmt_share(top["share"]) == prose.fmt_share(last["share"]) else
                f", against {prose.fmt_share(top['share'])} at its highest, in {int(top['year'])}")
        facts.append({"key": "share", "year": int(last["year"]), "value": float(last["share"]), "text": (
            f"{prose.fmt_share(last['share'])} of {name}'s people (residents and refugees abroad) were "
            f"displaced at the end of {int(last['year'])}{peak}."),
            "source": _cite(split_sources(share), int(last["year"]))})
    n = len(points)
    dates = pd.to_datetime(points["date"]) if n else pd.Series(dtype="datetime64[ns]")
    facts.append({"key": "claims", "year": int(dates.max().year) if n else end_year, "value": float(n), "text": (
        f"News articles in the claims ledger reported {plural(n, 'displacement figure')} about {name}, dated "
        f"{prose.fmt_period(dates.min(), dates.max())}." if n else
        f"The claims ledger holds no displacement figure reported about {name} between {start_year} and "
        f"{end_year}."), "source": "claims ledger"})
    return pd.DataFrame(facts, columns=["key", "year", "value", "text", "source"])


def disp_sources(total: pd.DataFrame) -> pd.DataFrame:
    """The datasets behind a joined total (``displaced_total``), one row each."""
    return split_sources(total)


def _cite(frame: pd.DataFrame, year: int) -> str:
    """"UNHCR Refugee Data Finder 2025.12.1, end of 2024"-style source of a key fact."""
    labels = []
    for ident, version in prose.datasets_in(split_sources(frame)):
        label = prose.dataset_label(ident, version)
        if label not in labels:
            labels.append(label)
    return "; ".join(labels) + f"; figures for {year}"
