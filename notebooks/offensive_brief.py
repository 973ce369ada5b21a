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
event_name = "Aleppo offensive"
window_start = "2024-11-27"
window_end = "2024-12-08"
places = ["Aleppo", "Idlib", "Hama"]
country = "SYR"

# %%
import pandas as pd

from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import check, datasets, prose
from analysis.charts import bar, series, style, timeline
from analysis.claims.batch import default_article_sources
from analysis.check.sections import used_datasets
from analysis.claims.ledger import load_ledger
from analysis.reports.manifest import report_title
from analysis.reports.params import as_list
from analysis.reports.stamp import record_datasets
from analysis.schemas import EVENT_COLUMNS, INDICATOR_COLUMNS, LEDGER_COLUMNS, TOLL_COLUMNS
from analysis.tables import brief, casualties as cas, claims as cl, common, glossary

style.apply_style()
places = as_list(places)  # papermill's -p gives "Aleppo,Idlib" as a string
title = report_title("offensive_brief", dict(event_name=event_name, window_start=window_start,
                                             window_end=window_end, places=places, country=country))
start, end = common.check_dates(window_start, window_end)
areas, area_problem = show.load(cas.admin1_codes, places, country) if places else ([], None)
areas = list(areas)
name = prose.country_name(country)
window = prose.fmt_period(start, end)
where = prose.join_words(cas.area_labels(places, country)) if areas else name
indicators, problem = show.load(datasets.indicators, country, empty_columns=INDICATOR_COLUMNS)
events, ev_problem = show.load(datasets.events, country, empty_columns=EVENT_COLUMNS)
tolls, toll_problem = show.load(datasets.published_tolls, country, empty_columns=TOLL_COLUMNS)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
show.md(f"# {title}")
show.md(
    f"What was reported, and what the datasets show, for {window} in "
    f"{where if where == name else f'{where} ({name})'}: the figures news "
    "articles reported during the window, the tolls monitors published, deaths in the event data before, "
    "during and after the window, and displacement at the year-ends around it. Figures from articles and "
    "monitors are marked as reported; they are never added to dataset figures.")
for text in (area_problem, problem, ev_problem, toll_problem, ledger_problem):
    if text:
        show.note([text], "Data not available")

# %% [markdown]
# ## Figures reported during the window

# %%
in_window = cl.about_country(cl.select_claims(ledger, start=start, end=end), country, default_article_sources())
points = cl.claim_points(in_window, sorted(set(in_window["metric"])), start=start, end=end)
death_tolls = brief.tolls_in_window(tolls, start, end, topic="deaths")
toll_pts = brief.toll_points(death_tolls)
if len(points) or len(toll_pts):
    fig = timeline.claims_timeline(points, title=f"Figures reported about {where}, {window}",
                                   units="reported figure", tolls=toll_pts,
                                   window=(start, end + pd.Timedelta(hours=23, minutes=59)),
                                   source=prose.source_text(toll_pts, extra="claims ledger (news articles)"))
    show.figure(fig, (
        f"{len(points)} figure{'s' if len(points) != 1 else ''} from news articles dated in the window (claims "
        f"ledger; colour by what was counted), and {len(toll_pts)} death toll{'s' if len(toll_pts) != 1 else ''} "
        "published by monitors (hollow squares, \"published toll\"), each at its publication date. "
        + cl.kinds_sentence(points)))
else:
    show.md(f"Neither the claims ledger nor the loaded published tolls hold a figure about {name} dated "
            f"{window}.")
if len(in_window):
    show.table(cl.ledger_table(in_window).drop(columns=["claim"]),
               f"Figures reported in news articles dated {window} (claims ledger).")
if len(death_tolls):
    last = death_tolls.iloc[-1]
    show.md(f"The last published death toll of the window, {prose.fmt_count(last['value'])} "
            f"({last['source_org']}, {prose.fmt_date(last['as_of_date'])}, \"{last['metric']}\"), is a "
            "published toll, not event data.")
    show.table(brief.tolls_table(death_tolls), "Death tolls published during the window (published toll).")

# %% [markdown]
# ## Deaths in the event data before, during and after

# %%
around = brief.deaths_around(events, country, start, end, places=areas)
daily = brief.daily_deaths(events, country, around["start"].min(), around["end"].max(), places=areas)
if len(daily):
    fig = series.band_series(daily, x="date", series="type", value="value", low=None, high=None, marker="o",
                             break_gaps=pd.Timedelta(days=1),
                             title=f"Deaths per day in {where}, UCDP event data",
                             units="deaths per day (best estimate; provisional candidate events)",
                             source=prose.source_text(common.split_sources(daily)))
    ax = fig.axes[0]
    ax.axvspan(start, end + pd.Timedelta(hours=23), color="#EEEEEE", zorder=0, label="window")
    style.legend_outside(ax)
    import matplotlib.dates as mdates
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    w = around.set_index("period")
    show.figure(fig, (
        f"UCDP event deaths per day in {where} by type of violence, from {prose.fmt_date(around['start'].min())} "
        f"to {prose.fmt_date(around['end'].max())}; the window is shaded. In the window: "
        f"{prose.fmt_count(w.loc['window', 'deaths'])} deaths, against {prose.fmt_count(w.loc['before', 'deaths'])} "
        f"in the {int(w.loc['before', 'days'])} days before and {prose.fmt_count(w.loc['after', 'deaths'])} in "
        f"the {int(w.loc['after', 'days'])} days after."))
table = around.assign(
    dates=[prose.fmt_period(s, e) for s, e in zip(around["start"], around["end"])],
    covered=[f"{c} of {d} days" for c, d in zip(around["days_covered"], around["days"])],
)[["period", "dates", "covered", "deaths", "civilians", "events"]]
show.table(table, f"UCDP event deaths in {where}: the window and the periods of equal length around it "
                  "(blank: no event dataset covers the period).",
           formats={"deaths": lambda v: "" if pd.isna(v) else prose.fmt_count(v),
                    "civilians": lambda v: "" if pd.isna(v) else prose.fmt_count(v),
                    "events": lambda v: "" if pd.isna(v) else f"{int(v):,}"})
unplaced = cas.filter_events(events, country, start, end)
unplaced = unplaced[unplaced["admin1_pcode"] == ""]
if areas and len(unplaced):
    show.md(f"{prose.fmt_count(unplaced['best'].sum())} further deaths in {len(unplaced)} events of the window "
            "are not placed in any governorate by UCDP, so they are not counted for the places above.")

# %% [markdown]
# ## Where in the window

# %%
by_area = cas.deaths_by_admin1(events, country, start, end)
if len(by_area):
    fig = bar.ranked_bars(by_area.head(10), label="admin1_name", value="value",
                          highlight=[n for n in by_area["admin1_name"]
                                     if n in {cas._area_name("", c, country) for c in areas}],
                          title=f"Deaths by governorate, {window}", units="deaths in UCDP candidate events",
                          source=prose.source_text(common.split_sources(by_area)))
    show.figure(fig, f"UCDP event deaths in the window by governorate; the places of this brief ({where}) in "
                     "orange.")

# %% [markdown]
# ## Displacement before and after

# %%
stocks = brief.displacement_around(indicators, country, start, end)
if len(stocks):
    show.table(stocks.drop(columns=["source", "version"]).rename(columns={
        "refugees_asylum": "refugees and asylum-seekers abroad", "idps_unhcr": "IDPs (UNHCR)",
        "idps_idmc": "IDPs (IDMC)", "returned_refugees": "refugees returned in the year",
        "returned_idps": "IDPs returned in the year"}),
        f"Displacement from {name} at the year-ends around the window: stocks on 31 December, returns during "
        f"the year ({prose.source_text(common.split_sources(stocks))[8:]}).",
        formats={"year": lambda y: f"end of {int(y)}",
                 **{c: lambda v: "" if pd.isna(v) else prose.fmt_count(v)
                    for c in ["refugees and asylum-seekers abroad", "IDPs (UNHCR)", "IDPs (IDMC)",
                              "refugees returned in the year", "IDPs returned in the year"]}})
moved = brief.tolls_in_window(tolls, start, end, topic="displacement", after_days=31)
if len(moved):
    top = moved.loc[moved["value"].idxmax()]
    show.md(f"During and just after the window, agencies published displacement figures up to "
            f"{prose.fmt_count(top['value'])} ({top['source_org']}, {prose.fmt_date(top['as_of_date'])}); the "
            "year-end datasets above cannot show movements within the window.")
    show.table(brief.tolls_table(moved), "Displacement figures published during the window and the month after "
                                         "(published figures, not datasets).")

# %% [markdown]
# ## How the reported figures compare with the data

# %%
checked, check_problem = show.load(check.summary, ledger, country, start=start, end=end)
if check_problem:
    show.note([check_problem], "Claim check not available")
else:
    show.md(checked["text"] + " The rules are in data/check_rules.yml; the claim_check report checks the whole ledger.")
    if len(checked["table"]):
        show.table(checked["table"], f"Figures reported in articles dated {window}, beside the comparable dataset "
                                     "figure (claim check; published tolls are shown for reference, not as data).")
    if len(checked["reasons"]):
        show.table(checked["reasons"], "Why the other figures could not be compared.")

# %% [markdown]
# ## What the datasets do and do not cover

# %%
show.note(brief.coverage_notes(indicators, events, tolls, country, start, end), "Coverage")

# %%
show.md(glossary.link_markdown("the terms this brief uses (published toll, UCDP's definition of a death, stock "
                               "and flow)"))

# %% [markdown]
# ## Sources

# %%
show.sources(indicators, events, tolls.assign(source="published_tolls") if len(tolls) else tolls,
             record=False)  # the stamp gets the narrower set recorded below
# The build stamp lists the datasets behind the figures shown above, and only those.
shown_tolls = pd.concat([death_tolls, moved]).assign(source="published_tolls")
_ = record_datasets(daily, around, by_area, stocks, shown_tolls,
                None if check_problem else used_datasets(checked["checks"]))
