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
article_json = ""
max_charts = 12

# %%
from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import prose
from analysis.charts import style
from analysis.check import article_report as ar, chart
from analysis.check.article import load_inputs
from analysis.check.sections import used_datasets

style.apply_style()
checked = load_inputs(article_json)
show.html_block(ar.heading(checked))
show.md(
    "Does this article's arithmetic hold up? Each figure it reports (people killed, displaced, detained...) is "
    "set beside the dataset figure that measures the same thing, for the same place and period, when a loaded "
    "dataset has one. The ratio, the verdict and the reason are computed, never typed.")
show.html_block(ar.key_facts(checked))
show.md(ar.summary(checked))
show.note(ar.notes(checked), "Notes")

# %% [markdown]
# ## The article, with each figure marked

# %%
show.html_block(ar.highlighted_html(checked))

# %% [markdown]
# ## Each figure's verdict and evidence

# %%
evidence = ar.evidence_table(checked)
if len(evidence):
    show.table(evidence, "Each figure the article reports: the comparable dataset figure (dataset, version, "
                         "period), the ratio of claim to data, the tolerance of the rule, the verdict and the "
                         "reason.")

# %% [markdown]
# ## Comparable figures beside the data

# %%
panels = ar.chart_panels(checked, max_charts)
if panels:
    fig = chart.claims_against_series(panels, units="people",
                                      source=prose.source_text(used_datasets(ar.comparable(checked.figures)),
                                                               extra="the article"))
    show.figure(fig, ar.panels_caption(panels))
else:
    show.md("No figure of this article could be set beside a loaded dataset figure, so there is no chart.")

# %% [markdown]
# ## Figures that could not be compared

# %%
missing = ar.not_comparable_table(checked)
if len(missing):
    show.table(missing, "Why each of these figures was not compared, and what data (or wording in the "
                        "article) would make it checkable.")
else:
    show.md("Every figure of the article could be compared.")
