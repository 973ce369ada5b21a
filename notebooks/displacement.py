# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Tally (project)
#     language: python
#     name: tally
# ---

# %% tags=["parameters"]
country = "SYR"
start_year = 2011
end_year = 2025
top_hosts = 6

# %%
import pandas as pd

from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import datasets, prose
from analysis.charts import area, bar, series, style
from analysis.claims.cli import default_article_sources
from analysis.claims.ledger import load_ledger
from analysis.schemas import INDICATOR_COLUMNS, LEDGER_COLUMNS
from analysis.tables import claims as cl, common, coverage as cov, displacement as disp

style.apply_style()
start_year, end_year = common.check_years(start_year, end_year)
name = prose.country_name(country)
indicators, problem = show.load(datasets.indicators, country,
                                sources=["unhcr_population", "idmc_gidd", "worldbank_population"],
                                empty_columns=INDICATOR_COLUMNS)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
hosts = disp.refugees_by_host(indicators, country, start_year, end_year, top_hosts)
total = disp.displaced_total(indicators, country, start_year, end_year)
show.md(f"# Displacement from {name}, {start_year} to {end_year}")
show.md(
    f"How many people from {name} have been forced from their homes, where refugees live, and how the "
    f"figures reported in the news compare. Every number on this page is computed from the datasets named "
    f"under each chart; figures from news articles come from the claims ledger and are marked as reported.")
if problem:
    show.note([problem], "Data not available")

# %%
if len(total):
    last = total.iloc[-1]
    year = int(last["year"])
    q_total = prose.quote(last["value"], disp.split_sources(total), f"end of {year}")
    q_ref = prose.quote(last["refugees_asylum"], hosts, f"end of {year}")
    show.md(
        f"At the end of {year}, {q_total} people from {name} were displaced: {q_ref} refugees and "
        f"asylum-seekers abroad {q_ref.cite} and {prose.fmt_count(last['idps_unhcr'])} internally displaced "
        f"people (IDPs, UNHCR)."
        + (f" IDMC counted {prose.fmt_count(last['idps_idmc'])} IDPs for the same year-end."
           if pd.notna(last["idps_idmc"]) else f" IDMC has no IDP figure for {year}."))
missing = cov.uncovered_years(range(start_year, end_year + 1), total["year"] if len(total) else [])
if missing:
    show.note([f"No UNHCR refugee figures for {name} in {cov.years_text(missing)}; those years are left out."])

# %% [markdown]
# ## Where refugees live

# %%
if len(hosts):
    top = hosts[hosts["host"] != disp.OTHER]
    last_year = int(hosts["year"].max())
    first = top[top["year"] == last_year].iloc[0] if len(top[top["year"] == last_year]) else None
    fig = area.stacked_area(hosts.assign(date=hosts["year"]), x="date", series="host", value="value",
                            title=f"Refugees and asylum-seekers from {name}, by host country",
                            units="people at the end of each year",
                            source=prose.source_text(hosts))
    share = None if first is None else first["value"] / hosts[hosts["year"] == last_year]["value"].sum()
    show.figure(fig, (
        f"Refugees and asylum-seekers from {name} at each year-end, by country of asylum. The {top_hosts} "
        f"largest hosts in {last_year} are shown; all others, and people whose host is not known, are "
        f"grouped as \"other\"."
        + ("" if first is None else f" {first['host']} hosted {prose.fmt_count(first['value'])} "
           f"({prose.fmt_share(share)}) in {last_year}.")))
    wide = hosts[hosts["year"].isin([start_year, (start_year + end_year) // 2, last_year])] \
        .pivot_table(index="host", columns="year", values="value", aggfunc="sum", sort=False).reset_index()
    show.table(wide, f"Refugees and asylum-seekers from {name} by host country (UNHCR, people).",
               formats={c: prose.fmt_count for c in wide.columns if c != "host"})
else:
    show.note([f"UNHCR holds no refugee figures for {name} between {start_year} and {end_year}."])

# %% [markdown]
# ## Internally displaced people: two counts

# %%
idps = disp.idps_by_source(indicators, country, start_year, end_year)
if len(idps):
    fig = series.band_series(idps, x="year", series="dataset", value="value", low=None, high=None, year_axis=True,
                             title=f"Internally displaced people in {name}", units="people at the end of each year",
                             source=prose.source_text(idps))
    both = idps.pivot_table(index="year", columns="source", values="value")
    gap = (both.get(disp.IDMC) - both.get(disp.UNHCR)).abs() if {disp.IDMC, disp.UNHCR} <= set(both) else None
    gap_text = ""
    if gap is not None and gap.notna().any():
        y = int(gap.idxmax())
        gap_text = (f" They differ most in {y}, by {prose.fmt_count(gap.max())}: UNHCR counts IDPs of concern to "
                    "it, IDMC estimates the conflict stock.")
    show.figure(fig, f"IDPs in {name} at each year-end as UNHCR and IDMC count them.{gap_text}")
    show.note(cov.coverage(indicators[indicators["indicator"] == "idps"], f"{start_year}-01-01",
                           f"{end_year}-12-31", what="IDP figures", country=country,
                           expected=["unhcr_population", "idmc_gidd"]))
else:
    show.note([f"Neither UNHCR nor IDMC holds IDP figures for {name} between {start_year} and {end_year}."])

# %% [markdown]
# ## All displaced people, and what was reported

# %%
points = cl.claim_points(ledger, cl.DISPLACEMENT_METRICS, country=country, sources=default_article_sources(),
                         start=f"{start_year}-01-01", end=f"{end_year + 1}-12-31")
if len(total):
    points = points.assign(x=common.year_end_axis(points["date"]))
    fig = series.band_series(total, x="year", series=None, value="value", low="low", high="high",
                             year_axis=True, line_label="total (UNHCR IDP count)",
                             band_label="range with IDMC's IDP count",
                             title=f"People displaced from {name}: refugees, asylum-seekers and IDPs",
                             units="people at the end of each year; reported figures at their article date",
                             source=prose.source_text(disp.split_sources(total), points.assign(
                                 source="claims ledger", version="") if len(points) else None))
    series.overlay_points(fig.axes[0], points, x="x")
    n = len(points)
    show.figure(fig, (
        "Refugees and asylum-seekers (UNHCR) plus IDPs (UNHCR) at each year-end; the band spans the total "
        "with UNHCR's and with IDMC's IDP count. "
        + (f"Black diamonds are {n} displacement figure{'s' if n != 1 else ''} reported in news articles "
           "(claims ledger), placed at the article's date; they may count different people or periods. "
           "A hollow triangle is a vague word (\"thousands\"): at least its minimum reading, not an exact figure."
           if n else f"The claims ledger holds no displacement figure about {name} in these years.")))
    if ledger_problem:
        show.note([ledger_problem], "Claims ledger not available")
    if n:
        show.table(points[["date", "label", "value", "attributed_to"]].assign(date=points["date"].dt.date),
                   "Displacement figures reported in news articles (claims ledger).",
                   formats={"value": prose.fmt_count})

# %% [markdown]
# ## Returns since 2024

# %%
back = disp.returns(indicators, country, since_year=max(2024, start_year), end_year=end_year)
if len(back):
    fig = bar.grouped_bars(back, x="year", series="label", value="value",
                           title=f"People returning to their homes in {name}",
                           units="people returning during each year", source=prose.source_text(back))
    tot = back.groupby("year")["value"].sum()
    show.figure(fig, (
        f"Refugees who returned to {name} and IDPs who returned home during each year (UNHCR; a flow, "
        f"not a stock). In {int(tot.index.max())}, {prose.fmt_count(tot.iloc[-1])} returns were recorded."))
else:
    show.note([f"UNHCR records no returns to {name} from {max(2024, start_year)} to {end_year}."])

# %% [markdown]
# ## Displaced people as a share of the population

# %%
share = disp.displaced_share(indicators, country, start_year, end_year)
if len(share):
    fig = series.band_series(share, x="year", series=None, value="share", year_axis=True,
                             low=None, high=None, title=f"Share of {name}'s people who are displaced",
                             units="displaced ÷ (population + refugees abroad)",
                             source=prose.source_text(disp.split_sources(share)))
    ax = fig.axes[0]
    style.format_percent(ax)
    ax.set_ylim(0, max(0.05, float(share["share"].max()) * 1.15))
    top = share.loc[share["share"].idxmax()]
    show.figure(fig, (
        f"Refugees, asylum-seekers and IDPs as a share of the World Bank mid-year population plus refugees "
        f"and asylum-seekers abroad. The share was highest in {int(top['year'])}, at "
        f"{prose.fmt_share(top['share'])}."))
    gaps = cov.uncovered_years(range(start_year, end_year + 1), share["year"])
    if gaps:
        show.note([f"No World Bank population figure for {cov.years_text(gaps)}; the share is not shown "
                   f"for {'that year' if len(gaps) == 1 else 'those years'}."])
else:
    show.note([f"No population figure, or no displacement figure, for {name} in these years."])

# %% [markdown]
# ## Sources

# %%
show.sources(indicators)
