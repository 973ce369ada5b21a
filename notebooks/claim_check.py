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
metrics = []
chart_claims = 30

# %%
import pandas as pd

from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import datasets, prose
from analysis.charts import style
from analysis.check import chart, rules, run, sections as sm
from analysis.claims.ledger import load_ledger
from analysis.reports.params import as_list
from analysis.reports.stamp import record_datasets
from analysis.schemas import LEDGER_COLUMNS
from analysis.tables import glossary

style.apply_style()
metrics = as_list(metrics)  # papermill's -p gives "killed,displaced" as a string
name = prose.country_name(country)
ledger, ledger_problem = show.load(load_ledger, empty_columns=LEDGER_COLUMNS)
if metrics:
    ledger = ledger[ledger["metric"].isin(metrics)]
table = rules.load_rules()
data = run.load_country(country)
# a claim is about the country when its place or its article says so, never by default
checks = run.check_claims(run.claims_about(ledger, country), None, rules=table, preloaded={country: data})
checks = checks[checks["country"] == country].reset_index(drop=True)
show.md(f"# Claim check: reported figures beside the data ({name})")
show.md(
    "Does a figure reported in the news hold up? Each figure in the claims ledger is set beside the dataset "
    "figure that measures the same thing, for the same place and period, when a loaded dataset has one; the "
    "ratio, the verdict and the reason are computed, never typed. Figures that monitors published (SOHR, SNHR, "
    "OCHA) are shown as a second comparison and marked as published tolls, not data. "
    f"A claim is about {name} when its place lies there, or when it names no place and its article's placed "
    "figures mostly do; claims of articles that name no country are left out.")
show.md(sm.sentence(checks))
show.note([ledger_problem] + list(data.problems.values()), "Data not available")

# %% [markdown]
# ## Verdicts by what was counted

# %%
if len(checks):
    counts = pd.crosstab(checks["metric"], checks["verdict"]).reindex(columns=list(sm.VERDICTS), fill_value=0)
    counts = counts.assign(total=counts.sum(axis=1)).sort_values("total", ascending=False).reset_index()
    show.table(counts, "Claims in the ledger by metric and verdict (claim check against the loaded datasets).")

# %% [markdown]
# ## Claims beside the data

# %%
shown = sm.chart_rows(checks, chart_claims)
if len(shown):
    fig = chart.claims_vs_data(shown, title=f"Reported figures and dataset figures, {name}",
                               source=prose.source_text(sm.used_datasets(shown),
                                                        extra="claims ledger (news articles)"))
    show.figure(fig, (
        f"The {len(shown)} most recent claims that could be checked (repeats shown once), by article date. "
        "Hollow circle: the dataset figure; grey bar: its low-high range widened by the rule's tolerance; "
        "filled point: the claim, coloured by verdict; an arrow marks claims that say \"at least\", \"more "
        "than\" or a vague word (the figure is a minimum)."))
else:
    show.md("No claim in the ledger could be set beside a loaded dataset figure.")

# %% [markdown]
# ## The checks

# %%
readable = sm.checks_table(checks)
if len(readable):
    show.table(readable, "Each checked claim: the comparable dataset figure (source, period), the ratio of claim "
                         "to data and the verdict; higher, lower and implausible first, then the most recent.")
tolls = sm.tolls_table(checks)
if len(tolls):
    show.table(tolls, "The closest published toll beside each checked claim: a second comparison, never the "
                      "data.", max_rows=30)
provisional = int(checks["provisional"].sum())
if provisional:
    show.md(f"{provisional} check{'s' if provisional != 1 else ''} rest on provisional data (UCDP candidate "
            "events), which UCDP may revise.")

# %% [markdown]
# ## What could not be compared

# %%
reasons = sm.reasons_table(checks)
if len(reasons):
    show.table(reasons, "Why claims were not compared (first clause of the reason; the full reason is in the "
                        "check table written by `python -m analysis claims check`).")

# %% [markdown]
# ## How claims are matched

# %%
show.table(pd.DataFrame({
    "rule": [r.id for r in table.rules],
    "metrics": [", ".join(r.metrics) for r in table.rules],
    "compared with": [r.description for r in table.rules],
    "tolerance": [f"±{r.tolerance:.0%}" for r in table.rules],
}), "Matching rules in data/check_rules.yml, in order; the first that fits a claim is used.")

# %%
show.md(glossary.link_markdown("the terms the check uses (refugee, IDP, stock and flow, UCDP's definition of a "
                               "death beside a monitor's toll, the verdicts)"))
# The sources table and the build stamp list the datasets the compared claims were set beside, and the
# published tolls when a toll is shown beside a claim.
tolls_shown = bool(checks["toll_value"].notna().any())
show.sources(data.indicators, data.events, datasets.published_tolls(country) if tolls_shown else None, record=False)
_ = record_datasets(sm.used_datasets(checks), "published_tolls" if tolls_shown else None)
