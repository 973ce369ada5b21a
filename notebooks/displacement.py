# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
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
from analysis.claims.ledger import load_ledger
from analysis.schemas import INDICATOR_COLUMNS, LEDGER_COLUMNS
from analysis.tables import claims as cl, common, coverage as cov, displacement as disp, glossary

style.apply_style()
start_year, end_year = common.check_years(start_year, end_year)
name = prose.country_name(country)
# A dataset that is not loaded stops the report (the message names the command that loads it);
# a publisher with no figure for this country is a note.
indicators, empty_notes = common.load_or_fail(datasets.indicators, country,
                                              [disp.UNHCR, disp.IDMC, disp.WORLD_BANK],
                                              empty_columns=INDICATOR_COLUMNS)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
hosts = disp.refugees_by_host(indicators, country, start_year, end_year, top_hosts)
total = disp.displaced_total(indicators, country, start_year, end_year)
reported = cl.about_country(cl.select_claims(ledger, metrics=cl.DISPLACEMENT_METRICS, start=f"{start_year}-01-01",
                                             end=f"{end_year + 1}-12-31"), country)
# implausible figures (a typo, an extraction error, per the claim check) are set apart and listed with the reason
reported, apart = cl.set_apart(ledger, reported)
points = cl.claim_points(reported, cl.DISPLACEMENT_METRICS)
show.md(f"# Displacement from {name}, {start_year} to {end_year}")
show.md(
    f"How many people from {name} have been forced from their homes, where refugees live, and how the "
    f"figures reported in the news compare. Every number on this page is computed from the datasets named "
    f"under each chart; figures from news articles come from the claims ledger and are marked as reported. "
    f"Terms are defined on the methods and glossary page linked at the end.")
show.md(common.key_facts_markdown(disp.key_facts(indicators, points, country, start_year, end_year)))
show.note(empty_notes, "Data with no figures for this country")

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
    show.note([f"UNHCR has no refugee figures for {name} in {cov.years_text(missing)}; those years are left out."])

# %% [markdown]
# ## Where refugees live

# %%
if len(hosts):
    top = hosts[hosts["host"] != disp.OTHER]
    last_year = int(hosts["year"].max())
    first = top[top["year"] == last_year].iloc[0] if len(top[top["year"] == last_year]) else None
    fig = area.stacked_area(hosts.assign(date=hosts["year"]), x="date", series="host", value="value",
                            title=f"Refugees and asylum-seekers from {name}, by host country", year_end=True,
                            units="people at the end of each year",
                            source=prose.source_text(hosts))
    share = None if first is None else first["value"] / hosts[hosts["year"] == last_year]["value"].sum()
    show.figure(fig, (
        f"Refugees and asylum-seekers from {name} at each year-end, by country of asylum. The {top_hosts} "
        f"largest hosts in {last_year} are shown; all others, and people whose host is not known, are "
        f"grouped as \"other\"."
        + ("" if first is None else f" {first['host']} hosted {prose.fmt_count(first['value'])} "
           f"({prose.fmt_share(share)}) in {last_year}.")), data=hosts)
    wide = hosts[hosts["year"].isin([start_year, (start_year + end_year) // 2, last_year])] \
        .pivot_table(index="host", columns="year", values="value", aggfunc="sum", sort=False).reset_index()
    wide.columns = [str(c) for c in wide.columns]
    show.table(wide, f"Refugees and asylum-seekers from {name} by host country (UNHCR, people at the year-end).",
               formats={c: common.fmt_int for c in wide.columns if c != "host"})
else:
    show.note([f"UNHCR holds no refugee figures for {name} between {start_year} and {end_year}."])

# %% [markdown]
# ## Internally displaced people: two counts

# %%
idps = disp.idps_by_source(indicators, country, start_year, end_year)
if len(idps):
    fig = series.band_series(idps, x="year", series="dataset", value="value", low=None, high=None, year_end=True,
                             title=f"Internally displaced people in {name}", units="people at the end of each year",
                             source=prose.source_text(idps))
    both = idps.pivot_table(index="year", columns="source", values="value")
    gap = (both.get(disp.IDMC) - both.get(disp.UNHCR)).abs() if {disp.IDMC, disp.UNHCR} <= set(both) else None
    gap_text = ""
    if gap is not None and gap.notna().any():
        y = int(gap.idxmax())
        gap_text = (f" They differ most in {y}, by {prose.fmt_count(gap.max())}: UNHCR counts IDPs of concern to "
                    "it, IDMC estimates the conflict stock.")
    show.figure(fig, f"IDPs in {name} at each year-end as UNHCR and IDMC count them.{gap_text}",
                data=idps[["year", "dataset", "value", "version"]])
    show.note(cov.coverage(indicators[indicators["indicator"] == "idps"], f"{start_year}-01-01",
                           f"{end_year}-12-31", what="IDP figures", country=country,
                           expected=[disp.UNHCR, disp.IDMC]))
else:
    show.note([f"Neither UNHCR nor IDMC holds IDP figures for {name} between {start_year} and {end_year}."])

# %% [markdown]
# ## All displaced people, and what was reported

# %%
if len(total):
    points = points.assign(x=common.year_end_axis(points["date"]))
    fig = series.band_series(total, x="year", series=None, value="value", low="low", high="high",
                             year_end=True, line_label="total (UNHCR IDP count)",
                             band_label="range with IDMC's IDP count",
                             title=f"People displaced from {name}: refugees, asylum-seekers and IDPs",
                             units="people at the end of each year; reported figures at their article date",
                             source=prose.source_text(disp.split_sources(total), points.assign(
                                 source="claims ledger", version="") if len(points) else None))
    series.overlay_points(fig.axes[0], points, x="x", max_labels=0)  # named in the table below, not on the chart
    n = len(points)
    show.figure(fig, (
        "Refugees and asylum-seekers (UNHCR) plus IDPs (UNHCR) at each year-end; the band spans the total "
        "with UNHCR's and with IDMC's IDP count. "
        + (f"In black, {common.plural(n, 'displacement figure')} reported in news articles (claims ledger), "
           "placed at the article's date and listed in the table below; they may count different people or "
           "periods. " + cl.kinds_sentence(points)
           if n else f"The claims ledger holds no displacement figure about {name} in these years.")),
        data=total[["year", "refugees_asylum", "idps_unhcr", "idps_idmc", "value", "low", "high"]])
    if ledger_problem:
        show.note([ledger_problem], "Claims ledger not available")
    if n:
        show.table(pd.DataFrame({"article date": points["date"].dt.strftime("%Y-%m-%d"),
                                 "figure (outlet)": points["label"], "value": points["figure"],
                                 "counts": points["metric"].map(cl.metric_label),
                                 "who said it": points["attributed_to"].replace("", "not stated")}),
                   f"Displacement figures about {name} reported in news articles (claims ledger); a claim belongs "
                   "to a country only when its place, or its article, lies there; each value as the article "
                   "qualified it (\"more than\", \"about\", a range).", max_rows=25)
if len(apart):
    show.table(apart.drop(columns=["claim", "country"]),
               f"Displacement figures about {name} set apart: the claim check finds them implausible (rules in "
               "data/check_rules.yml), so they are not on the chart, in the table above or in the key facts.")

# %%
period = disp.returns_period(indicators, country, start_year, end_year)
show.md("## Returns" + (f", {prose.fmt_period(f'{period[0]}-01-01', f'{period[1]}-12-31')}" if period else ""))
back = disp.returns(indicators, country, since_year=period[0], end_year=period[1]) if period else None
if period:
    labels = dict(title=f"People returning to their homes in {name}", units="people returning during each year",
                  source=prose.source_text(back))
    if period[1] - period[0] < 5:  # a few years: bars with their values; more: one line per kind of return
        fig = bar.grouped_bars(back, x="year", series="label", value="value", **labels)
    else:
        fig = series.band_series(back, x="year", series="label", value="value", low=None, high=None,
                                 year_axis=True, **labels)
    tot = back.groupby("year")["value"].sum()
    show.figure(fig, (
        f"Refugees who returned to {name} and IDPs who returned home during each year (UNHCR; a flow, "
        f"not a stock), in the years from {period[0]} to {period[1]} with any return recorded. "
        f"In {int(tot.index.max())}, {prose.fmt_count(tot.iloc[-1])} returns were recorded."),
        data=back[["year", "label", "value", "version"]])
else:
    show.note([f"UNHCR records no returns to {name} from {start_year} to {end_year}."])

# %% [markdown]
# ## Displaced people as a share of the population

# %%
share = disp.displaced_share(indicators, country, start_year, end_year)
if len(share):
    fig = series.band_series(share, x="year", series=None, value="share", year_end=True,
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
        f"{prose.fmt_share(top['share'])}."), data=share[["year", "displaced", "population", "share"]])
    gaps = cov.uncovered_years(range(start_year, end_year + 1), share["year"])
    if gaps:
        show.note([f"No World Bank population figure for {cov.years_text(gaps)}; the share is not shown "
                   f"for {'that year' if len(gaps) == 1 else 'those years'}."])
else:
    show.note([f"No population figure, or no displacement figure, for {name} in these years."])

# %%
show.md(glossary.link_markdown("the terms this report uses (refugee, asylum-seeker, IDP, returnee, stock and flow, "
                                   "year-end stocks)"))

# %% [markdown]
# ## Sources

# %%
show.sources(indicators)
