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
start_date = "2011-01-01"
end_date = "2024-12-31"
admin1 = []
violence_types = [1, 2, 3]

# %%
import pandas as pd

from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import datasets, prose
from analysis.charts import bar, choropleth, series, style
from analysis.claims.cli import default_article_sources
from analysis.claims.ledger import load_ledger
from analysis.schemas import EVENT_COLUMNS, INDICATOR_COLUMNS, LEDGER_COLUMNS
from analysis.tables import casualties as cas, claims as cl, common, coverage as cov

style.apply_style()
start, end = common.check_dates(start_date, end_date)
types = cas.violence_labels(violence_types)
areas, area_problem = show.load(cas.admin1_codes, admin1, country) if admin1 else ([], None)
areas = list(areas)
name = prose.country_name(country)
period = prose.fmt_period(start, end)
indicators, problem = show.load(datasets.indicators, country,
                                sources=["ucdp_country_year", "ucdp_country_month"], empty_columns=INDICATOR_COLUMNS)
events, ev_problem = show.load(datasets.events, country, empty_columns=EVENT_COLUMNS)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
yearly = cas.deaths_by_year(indicators, country, start, end, types)
all_types = cas.deaths_all_types_by_year(indicators, country, start, end)
labels = cas.area_labels(admin1, country) if areas else []
show.md(f"# Deaths in {name}, {period}" + (f": {prose.join_words(labels)}" if labels else ""))
show.md(
    f"Deaths from organised violence in {name} as the Uppsala Conflict Data Program (UCDP) records them, by "
    f"type of violence ({prose.join_words(types)}), with UCDP's low and high estimates, set beside the "
    "death tolls reported in news articles (claims ledger). UCDP counts only deaths it can attribute to an "
    "organised actor; its figures are not comparable with totals that count every death.")
if areas:
    show.md(f"Areas selected: {prose.join_words(labels)}. The yearly and monthly "
            "series are for the whole "
            "country; the selection applies to the event data (areas chart and table).")
for text in (area_problem, problem, ev_problem):
    if text:
        show.note([text], "Data not available")

# %%
full = yearly[~yearly["partial"]]
if len(full):
    y0, y1 = int(full["year"].min()), int(full["year"].max())
    per_year = full.groupby("year")[["value", "low", "high"]].sum()
    q = prose.quote(per_year["value"].sum(), full, prose.fmt_period(f"{y0}-01-01", f"{y1}-12-31"))
    peak = per_year["value"].idxmax()
    show.md(
        f"From {y0} to {y1}, UCDP records {q} deaths of these types {q.cite}, between "
        f"{prose.fmt_count(per_year['low'].sum())} and {prose.fmt_count(per_year['high'].sum())}. The deadliest "
        f"year was {int(peak)}, with {prose.fmt_count(per_year.loc[peak, 'value'])}.")

# %% [markdown]
# ## Deaths per year, by type of violence

# %%
if len(yearly) or len(all_types):
    frame = yearly.assign(label=yearly["type"])
    fig = series.band_series(frame, x="year", series="label", value="value", year_axis=True,
                             title=f"Deaths from organised violence in {name}, per year",
                             units="deaths (UCDP best estimate; band: low–high)",
                             source=prose.source_text(yearly, all_types))
    ax = fig.axes[0]
    if len(all_types):
        ax.plot(all_types["year"], all_types["value"], color=style.CLAIM_COLOUR, linestyle="--", linewidth=1.5,
                label="all types (monthly aggregate)")
        style.legend_outside(ax)
    partial = sorted(set(yearly.loc[yearly["partial"], "year"]) | set(all_types.loc[all_types["months"] < 12, "year"]))
    show.figure(fig, (
        f"UCDP deaths per year in {name} by type of violence, with the low–high range as a band"
        + (f"; the dashed line is all types summed from UCDP's monthly aggregate "
           f"({prose.short_version(all_types['version'].iloc[0])}), while the lines by type come from the "
           f"country-year aggregate ({prose.short_version(yearly['version'].iloc[0])}): different UCDP versions, "
           "so they need not agree" if len(all_types) and len(yearly) else "")
        + (f". Incomplete years (fewer than twelve months of data): {cov.years_text(partial)}." if partial else ".")))
    notes = cov.coverage(common.one_version(indicators[indicators["indicator"] == "deaths"], prefer_notes=types),
                         start, end, what="yearly deaths",
                         country=country, expected=["ucdp_country_year", "ucdp_country_month"])
    gap = cov.uncovered_years(range(start.year, end.year + 1), full["year"])
    if gap:
        notes.append(f"No by-type yearly figures for {cov.years_text(gap)}: the country-year aggregate does not "
                     "reach those years" + (", so only the all-types monthly aggregate is shown." if len(all_types)
                                             else "."))
    show.note(notes)
else:
    show.note([f"No loaded dataset has yearly deaths for {name} in {period}; nothing is shown and nothing is "
               "estimated."])

# %% [markdown]
# ## Deaths per month, and the tolls reported in the news

# %%
monthly = cas.deaths_by_month(indicators, events, country, start, end, types)
points = cl.claim_points(ledger, cl.DEATH_METRICS, country=country, start=start, end=end,
                         sources=default_article_sources())
if len(monthly):
    by_type = monthly.assign(label=[t + (" (provisional)" if p and t != cas.ALL_TYPES + " (monthly aggregate)"
                                         else "") for t, p in zip(monthly["type"], monthly["provisional"])])
    agg_label = cas.ALL_TYPES + " (monthly aggregate)"
    colours = {agg_label: style.GREY}
    top = max(float(monthly["value"].max()), float(points["value"].max()) if len(points) else 0.0)
    low = max(1.0, float(monthly.loc[monthly["value"] > 0, "value"].min()) if (monthly["value"] > 0).any() else 1.0)
    log = top / low > 1000 and len(points) > 0
    fig = series.band_series(by_type, x="month", series="label", value="value", low="low", high="high",
                             marker=None, colours=colours, log=log, break_gaps=pd.Timedelta(days=40),
                             title=f"Deaths from organised violence in {name}, per month",
                             units="deaths per month" + (" (log scale)" if log else ""),
                             source=prose.source_text(monthly, points.assign(source="claims ledger", version="")
                                                      if len(points) else None))
    series.overlay_points(fig.axes[0], points)
    ev_months = monthly[monthly["type"] != agg_label]
    show.figure(fig, (
        f"Monthly deaths: the grey line is all types from UCDP's monthly aggregate"
        + (f"; coloured lines are event data by type for the {ev_months['month'].nunique()} months that event "
           "files cover (candidate events are provisional)" if len(ev_months) else "; no event data cover this period")
        + (f". Black diamonds are {len(points)} death tolls reported in news articles, at the article's date; a "
           "reported toll often covers several days or a whole war, so it is not a monthly figure; a hollow "
           "triangle is a vague word (\"dozens\"), at least its minimum reading."
           if len(points) else f". The claims ledger holds no death toll about {name} in this period.")))
    show.note(cov.coverage(events, start, end, what="event data", country=country,
                           expected=["ucdp_ged", "ucdp_candidate_2024"]), "Event data for this period")
else:
    show.note([f"No monthly death figures for {name} in {period}."])

# %% [markdown]
# ## Where people were killed

# %%
by_area = cas.deaths_by_admin1(events, country, start, end, admin1=areas, violence_types=types)
if len(by_area):
    tot = cas.events_total(events, country, start, end, admin1=areas, violence_types=types)
    top10 = by_area.head(10)
    fig = bar.ranked_bars(top10, label="admin1_name", value="value", low="low", high="high",
                          title=f"Areas of {name} with most deaths in the event data",
                          units=f"deaths, {prose.fmt_period(tot['first'], tot['last'])}"
                                + (" (provisional)" if tot["provisional"] else ""),
                          source=prose.source_text(common.split_sources(by_area)))
    show.figure(fig, (
        f"UCDP event deaths by governorate (admin-1) between {prose.fmt_date(tot['first'])} and "
        f"{prose.fmt_date(tot['last'])}, the dates the event data hold within the period asked: "
        f"{prose.fmt_count(tot['deaths'])} deaths in {tot['events']:,} events"
        + (", from provisional candidate releases" if tot["provisional"] else "")
        + (". \"Unknown area\" holds events UCDP could not place in one governorate."
           if (by_area["admin1_pcode"] == "").any() else ".")))
    values = dict(zip(by_area["admin1_pcode"], by_area["value"]))
    values.pop("", None)
    fig = choropleth.admin1_map(country, values, title=f"Deaths by governorate, {name}",
                                units="deaths in the event data", cmap="Reds",
                                source=prose.source_text(common.split_sources(by_area)) + ".")
    if fig is not None:
        show.figure(fig, "The same deaths on a map of governorates; grey areas have no recorded deaths.")
    shown = by_area.drop(columns=["source", "version"]).rename(columns={
        "admin1_name": "governorate", "admin1_pcode": "p-code", "value": "deaths (best)",
        "civilians": "of whom civilians"})
    show.table(shown, "UCDP event deaths by governorate (low and high are blank where the release gives none).",
               formats={c: lambda v: "" if pd.isna(v) else prose.fmt_count(v)
                        for c in ["deaths (best)", "low", "high", "of whom civilians"]})
else:
    show.note(cov.coverage(events, start, end, what="event data", country=country,
                           expected=["ucdp_ged", "ucdp_candidate_2024"]), "No event data for this period")

# %% [markdown]
# ## Death tolls reported in the news

# %%
killed = cl.about_country(cl.select_claims(ledger, metrics=cl.DEATH_METRICS, start=start, end=end), country,
                          default_article_sources())
if ledger_problem:
    show.note([ledger_problem], "Claims ledger not available")
elif len(killed):
    show.table(cl.ledger_table(killed).drop(columns=["metric", "claim"]),
               f"Death tolls about {name} reported in news articles dated {period} (claims ledger).")
else:
    show.md(f"The claims ledger holds no death toll about {name} in articles dated {period}.")

# %% [markdown]
# ## Sources

# %%
show.sources(indicators, events)
