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
start_date = "2011-01-01"
end_date = "2024-12-31"
admin1 = []
violence_types = [1, 2, 3]

# %%
import pandas as pd

from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import prose
from analysis.charts import bar, choropleth, series, style
from analysis.claims.ledger import load_ledger
from analysis import datasets
from analysis.schemas import EVENT_COLUMNS, LEDGER_COLUMNS
from analysis.tables import casualties as cas, claims as cl, common, coverage as cov, glossary

style.apply_style()
if isinstance(admin1, str):  # papermill's -p passes a list as a plain string: "Aleppo,Idlib"
    admin1 = [a.strip() for a in admin1.split(",") if a.strip()]
if isinstance(violence_types, str):
    violence_types = [v.strip() for v in violence_types.strip("[]").split(",") if v.strip()]
start, end = common.check_dates(start_date, end_date)
types = cas.violence_labels(violence_types)
name = prose.country_name(country)
period = prose.fmt_period(start, end)
indicators = cas.load_indicators(country)  # fails, naming the command, when UCDP's country-year is not loaded
loaded = {d: indicators.attrs["not_loaded"].get(d, "loaded") for d in cas.REPORT_SOURCES}
areas, area_problem = show.load(cas.admin1_codes, admin1, country) if admin1 else ([], None)
areas = list(areas)
events, ev_problem = show.load(datasets.events, country, empty_columns=EVENT_COLUMNS)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
yearly = cas.orgvio_by_year(indicators, country, start, end, types)
monthly = cas.monthly_series(indicators, country, start, end)
brd = cas.brd_by_conflict(indicators, country, start, end)
comparison = cas.yearly_comparison(yearly, monthly)
facts = cas.key_facts(yearly, comparison, brd, country)
labels = cas.area_labels(admin1, country) if areas else []
show.md(f"# Deaths in {name}, {period}" + (f": {prose.join_words(labels)}" if labels else ""))
show.md(
    f"Deaths from organised violence in {name} as the Uppsala Conflict Data Program (UCDP) records them, by "
    f"type of violence ({prose.join_words(types)}), with UCDP's low and high estimates; battle-related deaths "
    "by conflict; deaths per month; the fatalities ACLED reports beside them; and the death tolls news "
    f"articles reported about {name}. Sources are at the end, with a link to the methods and glossary page.")
if len(facts):
    show.md(common.key_facts_markdown(facts[["text", "source"]]))
if areas:
    show.md(f"Areas selected: {prose.join_words(labels)}. The yearly and monthly series are for the whole "
            "country; the selection applies to the event data (areas chart and table).")
show.note([area_problem, ev_problem], "Data not available")

# %% [markdown]
# ## Deaths per year, by type of violence

# %%
full = yearly[~yearly["partial"]]
partial_years = sorted(set(yearly.loc[yearly["partial"], "year"]))
if len(full):
    y0, y1 = int(full["year"].min()), int(full["year"].max())
    shown_types = full[full["type"] != cas.ALL_TYPES]
    drawn = full.assign(label=full["type"])
    fig = series.band_series(drawn, x="year", series="label", value="value", year_axis=True,
                             styles={cas.ALL_TYPES: "--"},
                             title=f"Deaths from organised violence in {name}, per year",
                             units="deaths (UCDP best estimate; band: low–high)",
                             source=prose.source_text(full))
    show.figure(fig, (
        f"Deaths per year in {name} by type of violence and all types together, from "
        f"{prose.dataset_label(cas.ORGVIO, full['version'].iloc[0])}, {y0} to {y1}; the bands are UCDP's low and "
        "high estimates"
        + (f". Left out because the period asked covers them only in part: {cov.years_text(partial_years)}."
           if partial_years else ".")), data=drawn.drop(columns=["label"]))
    wide = full.pivot_table(index="year", columns="type", values="value", aggfunc="sum").reset_index()
    allt = full[full["type"] == cas.ALL_TYPES].set_index("year")
    wide["low (all types)"] = wide["year"].map(allt["low"])
    wide["high (all types)"] = wide["year"].map(allt["high"])
    wide["of whom civilians"] = wide["year"].map(allt["civilians"])
    wide = wide[["year", *[t for t in types if t in wide], cas.ALL_TYPES, "low (all types)", "high (all types)",
                 "of whom civilians"]]
    show.table(wide, f"UCDP deaths per year in {name} ({prose.dataset_label(cas.ORGVIO, full['version'].iloc[0])}).",
               formats={c: common.fmt_int for c in wide.columns if c != "year"}, max_rows=40)
    gap = cov.uncovered_years(range(y0, y1 + 1), full["year"])
    show.note([f"{prose.dataset_name(cas.ORGVIO)} holds no row for {name} in {cov.years_text(gap)}." if gap else "",
               f"A year with no deaths recorded is a zero in UCDP's file and is drawn as zero."
               if (full["value"] == 0).any() else ""])
else:
    show.note([f"{prose.dataset_label(cas.ORGVIO)} has no whole year for {name} in {period}; nothing is shown "
               "and nothing is estimated."])

# %% [markdown]
# ## UCDP and ACLED, year by year

# %%
show.md(f"**Two definitions.** {cas.UCDP_DEFINITION}. {cas.ACLED_DEFINITION}. ACLED's figures are cited "
        "from acleddata.com as aggregates only (ACLED's terms of use forbid republishing its raw data).")
if len(comparison):
    shown = comparison.rename(columns={
        "ucdp": "UCDP, all types", "ucdp_low": "UCDP low", "ucdp_high": "UCDP high",
        "state_based": "UCDP, state-based", "ucdp_monthly_sum": "UCDP monthly aggregate, summed",
        "acled": "ACLED reported fatalities"})
    shown = shown.dropna(axis=1, how="all")
    show.table(shown, "Whole years only, each dataset's own figure; an empty cell: the dataset lacks some month "
               "of that year. " + cas.PACE_CAVEAT[0].upper() + cas.PACE_CAVEAT[1:] + ".",
               formats={c: common.fmt_int for c in shown.columns if c != "year"}, max_rows=40)
notes = []
for ident in (cas.COUNTRY_MONTH, cas.ACLED):
    if loaded[ident] != "loaded":
        notes.append(f"{prose.dataset_name(ident)} is not loaded for {name} ({loaded[ident]}): "
                     f"{cov.load_command(ident)}.")
    elif not (monthly["source"] == ident).any():
        notes.append(f"{prose.dataset_label(ident)} has no figure for {name} in {period}.")
show.note(notes, "Not shown")

# %% [markdown]
# ## Deaths per month

# %%
if len(monthly):
    fig = series.band_series(monthly, x="month", series="series", value="value", low=None, high=None,
                             marker=None, colours={"UCDP, all types (monthly aggregate)": style.PALETTE[0],
                                                   "ACLED reported fatalities": style.PALETTE[5]},
                             break_gaps=pd.Timedelta(days=40),
                             title=f"Deaths per month in {name}", units="deaths per month",
                             source=prose.source_text(monthly, extra="ACLED data: acleddata.com"
                                                      if (monthly["source"] == cas.ACLED).any() else None))
    sentences = []
    for label in monthly["series"].unique():
        info = cas.months_held(monthly, label, start, end)
        sentences.append(f"{label}: figures for {cov.months_text(info)} ({prose.fmt_period(info['first'], info['last'])})"
                         + (f"; incomplete years {cov.years_text(info['partial_years'])}" if info["partial_years"] else ""))
    show.figure(fig, ("Monthly figures only: yearly totals and whole-war tolls are not on this axis. "
                      + cas.PACE_CAVEAT[0].upper() + cas.PACE_CAVEAT[1:] + ". " + "; ".join(sentences) + "."),
                data=monthly)
else:
    show.note([f"No monthly death figures for {name} in {period} are loaded (see above)."])

# %% [markdown]
# ## Battle-related deaths, by conflict

# %%
if len(brd):
    shown = brd.drop(columns=["source", "version"]).rename(columns={
        "where": "fought", "first": "first year", "last": "last year", "years": "years with deaths",
        "value": "battle deaths (best)"})
    show.table(shown, f"UCDP battle-related deaths in state-based conflicts fought in {name}, whole years of "
               f"{period} ({prose.dataset_label(cas.BRD, brd['version'].iloc[0])}). A conflict located mainly in "
               "another country carries its whole conflict-year total, not only the deaths in "
               f"{name}: do not add it to the others.",
               formats={c: common.fmt_int for c in ["battle deaths (best)", "low", "high"]}, max_rows=20)
elif loaded[cas.BRD] != "loaded":
    show.note([f"{prose.dataset_name(cas.BRD)} is not loaded for {name} ({loaded[cas.BRD]}): "
               f"{cov.load_command(cas.BRD)}."], "Not shown")
else:
    show.md(f"{prose.dataset_label(cas.BRD)} records no battle-related deaths in {name} in {period}.")

# %% [markdown]
# ## Where people were killed

# %%
ev_loaded = [d for d in cas.EVENT_SOURCES if cov.loaded_for(d, country, events) == "loaded"]
by_area = cas.deaths_by_admin1(events, country, start, end, admin1=areas, violence_types=types)
if len(by_area):
    tot = cas.events_total(events, country, start, end, admin1=areas, violence_types=types)
    held = cas.filter_events(events, country, start, end, admin1=areas, violence_types=types)
    months = held["date_start"].dt.to_period("M").nunique()
    asked = len(pd.period_range(start, end, freq="M"))
    top10 = by_area.head(10)
    fig = bar.ranked_bars(top10, label="admin1_name", value="value", low="low", high="high",
                          title=f"Areas of {name} with most deaths in the event data",
                          units=f"deaths in {months} of the {asked} months asked"
                                + (" (provisional)" if tot["provisional"] else ""),
                          source=prose.source_text(common.split_sources(by_area)))
    show.figure(fig, (
        f"UCDP event deaths by admin-1 area: {prose.fmt_count(tot['deaths'])} deaths in {tot['events']:,} events. "
        f"The event data hold {months} of the {asked} months asked ({prose.fmt_date(tot['first'])} to "
        f"{prose.fmt_date(tot['last'])} with gaps), so these are not totals for {period}"
        + (", and come from provisional candidate releases" if tot["provisional"] else "")
        + (". \"Unknown area\" holds events UCDP could not place in one area."
           if (by_area["admin1_pcode"] == "").any() else ".")), data=top10)
    values = dict(zip(by_area["admin1_pcode"], by_area["value"]))
    values.pop("", None)
    fig = choropleth.admin1_map(country, values, title=f"Deaths by admin-1 area, {name}",
                                units="deaths in the event data", cmap="Reds",
                                source=prose.source_text(common.split_sources(by_area)) + ".")
    if fig is not None:
        show.figure(fig, "The same deaths on a map; grey areas have no recorded deaths.",
                    data=by_area[["admin1_name", "admin1_pcode", "value"]])
    shown = by_area.drop(columns=["source", "version", "provisional"]).rename(columns={
        "admin1_name": "area", "admin1_pcode": "p-code", "value": "deaths (best)", "civilians": "of whom civilians"})
    show.table(shown, cas.areas_caption(by_area),
               formats={c: common.fmt_int for c in ["deaths (best)", "low", "high", "of whom civilians", "events"]})
    elsewhere = cas.deaths_elsewhere(events, country, start, end, violence_types=types)
    show.note([f"{prose.fmt_count(r.value)} deaths in {common.plural(r.events, 'event')} "
               f"({prose.fmt_period(r.first, r.last)}) are filed by UCDP under {name} but lie in areas that are "
               f"now in {r.country} ({r.areas}); they are left out of the areas above, which are {name}'s own."
               for r in elsewhere.itertuples()], "Areas now in another country")
elif not ev_loaded:
    show.note([f"The event datasets loaded ({prose.join_words([prose.dataset_name(d) for d in cas.EVENT_SOURCES])}) "
               f"do not cover {name}: {cov.load_command('ucdp_ged')}. No breakdown by area is shown."], "Not shown")
else:
    show.note(cov.coverage(events, start, end, what="event data", country=country,
                           expected=list(cas.EVENT_SOURCES)), "No event data for this period")

# %% [markdown]
# ## Death tolls reported in the news

# %%
killed = cl.select_claims(cas.claims_about(ledger, country), metrics=cl.DEATH_METRICS, start=start, end=end)
killed, apart = cl.set_apart(ledger, killed)  # implausible tolls (claim check) are listed apart, never drawn
if ledger_problem:
    show.note([ledger_problem], "Claims ledger not available")
elif len(killed):
    points = cl.claim_points(killed, cl.DEATH_METRICS)
    zero = points[points["value"] <= 0]
    points = points[points["value"] > 0]
    if len(points):
        fig = series.reported_figures_chart(points, title=f"Death tolls about {name} reported in the news",
                                            units="people killed, as reported (log scale)",
                                            source="Source: claims ledger (figures extracted from news articles)")
        show.figure(fig, (
            f"{common.plural(len(points), 'first report')} of a death toll about {name}, at the article's date "
            "(repeats left out). A toll may cover a day, a battle or the whole war, so these are not comparable "
            "with the yearly or monthly series above. " + cl.kinds_sentence(points)
            + (f" {common.plural(len(zero), 'report')} of no deaths cannot sit on a log scale and are in the "
               "table only." if len(zero) else "")), data=points)
    table = cl.ledger_table(killed)[["article date", "outlet", "figure as written", "value", "who said it",
                                     "place", "period"]]
    show.table(table, f"Death tolls about {name} in news articles dated {period} (claims ledger), "
               f"{common.plural(len(table), 'figure')} from {common.plural(killed['article'].nunique(), 'article')}, "
               "oldest first; a claim counts here when its place or its article's places lie in the country.",
               max_rows=15)
else:
    show.md(f"The claims ledger holds no death toll about {name} in articles dated {period}.")
if not ledger_problem and len(apart):
    show.table(apart.drop(columns=["claim", "country"]),
               f"Death tolls about {name} set apart: the claim check finds them implausible (rules in "
               "data/check_rules.yml), so they are not on the chart or in the table above.")

# %%
show.md(glossary.link_markdown("UCDP's definition of a death beside a monitor's toll"))

# %% [markdown]
# ## Sources

# %%
show.sources(indicators, events)
