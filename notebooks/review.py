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
ledger = ""
reviews = ""
articles = ""
reviewer = ""

# %% [markdown]
# # Review the claims ledger
#
# Tally proposes figures; people judge them. This notebook shows each figure of the claims ledger in the
# sentence it came from, with what the claim check made of it, and writes your decision to the reviews file
# (`data/claims/reviews.csv`, or the file named by `reviews` above or by `TALLY_REVIEWS`). It is a tool, not a
# report: `python -m analysis build` does not build it.
#
# 1. **Run all cells** (Run ▸ Run All Cells) and type your name in *reviewer* (or start JupyterLab with
#    `TALLY_REVIEWER="your name" make lab`).
# 2. **Filter** the claims: by article, outlet, metric, the check's verdict, unreviewed only, or words to search.
# 3. **Decide** on the figure shown: *Accept* it, *Reject* it, or choose a field, type the right value and
#    *Correct* it (as often as needed); a *note* says why. Each decision is added to the reviews file at once,
#    under a lock, so several reviewers can work at the same time; nothing already there is changed. A
#    correction the build would refuse (a value that is not a number, a low above the high, an unknown metric)
#    is refused here with the reason, and nothing is written.
# 4. **Move on** with *Next* / *Previous*, or from the keyboard: click in *keys* and press `n` (next),
#    `p` (previous), `a` (accept and go to the next) or `r` (reject and go to the next).
#
# The ledger and the reports pick the decisions up on the next `tally claims build` (the same as
# `python -m analysis claims build`); until then the fields shown are those of the last build, and the
# decisions made since are listed under them.

# %%
from analysis.claims.review_widget import ReviewApp

app = ReviewApp(ledger=ledger, reviews=reviews, articles=articles, reviewer=reviewer)
app.widget
