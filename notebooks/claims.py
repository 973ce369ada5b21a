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
articles = ""
highlight = True

# %%
from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import prose
from analysis.charts import style, timeline
from analysis.errors import DataError
from analysis.tables import claims as cl

style.apply_style()
try:
    ledger, sources, origin = cl.load_claims(articles)
except DataError as exc:  # no ledger yet, or an unreadable one: say so and show nothing
    ledger, sources, origin = cl.empty_ledger(), [], f"no ledger ({exc})"
kept = cl.select_claims(ledger)
show.md("# Claims ledger: figures reported in the news")
show.md(
    f"Every figure a news article reported (people killed, displaced, returned, and so on), with who said it, "
    f"which outlet published it and when. This report reads {origin}. Figures are shown as the articles gave "
    "them; they are not checked here against any dataset.")
if len(ledger):
    dates = cl.article_dates(kept).dropna()
    show.md(
        f"The ledger holds {len(ledger):,} figure{'s' if len(ledger) != 1 else ''} from "
        f"{ledger['article'].nunique():,} article{'s' if ledger['article'].nunique() != 1 else ''} by "
        f"{ledger['outlet'].replace('', None).nunique():,} outlet{'s' if ledger['outlet'].nunique() != 1 else ''}"
        + (f", dated {prose.fmt_period(dates.min(), dates.max())}" if len(dates) else "")
        + f"; {int((ledger['review'] == 'rejected').sum()):,} rejected by a reviewer "
        f"{'is' if (ledger['review'] == 'rejected').sum() == 1 else 'are'} left out below, and "
        f"{int((ledger['repeat_of'] != '').sum()):,} repeat an earlier figure of the same article.")
else:
    show.md("The ledger holds no figures.")

# %% [markdown]
# ## What was counted

# %%
counts = cl.counts_by_metric(kept)
if len(counts):
    show.table(counts, "Reported figures by what they count (first reports exclude repeats within an article).")

# %% [markdown]
# ## Reported figures over time

# %%
points = cl.claim_points(kept, sorted(set(kept["metric"])))
if len(points):
    killed = points[points["metric"].isin(cl.DEATH_METRICS)]
    # A toll "as it grew" only means something over days: join the killed figures when they span a few weeks.
    grew = killed["date"].nunique() > 1 and (killed["date"].max() - killed["date"].min()).days <= 60
    fig = timeline.claims_timeline(points, title="Reported figures by article date", units="reported figure",
                                   join=cl.DEATH_METRICS if grew else (),
                                   source="Source: claims ledger (news articles; "
                                   f"{points['outlet'].nunique():,} outlets)")
    show.figure(fig, (
        "Each reported figure at its article's date, coloured by what it counts"
        + (f"; figures of people killed are joined in date order to show the toll as it grew, from "
           f"{prose.fmt_count(killed['value'].iloc[0])} on {prose.fmt_date(killed['date'].iloc[0])} to "
           f"{prose.fmt_count(killed['value'].iloc[-1])} on {prose.fmt_date(killed['date'].iloc[-1])}"
           if grew else "; they are not joined, as they do not describe one toll reported over several days")
        + ". Repeats within an article are left out."))
else:
    show.md("No dated figures to show over time.")

# %% [markdown]
# ## The ledger

# %%
if len(kept):
    show.table(cl.ledger_table(kept), f"Reported figures with their provenance, from {origin}.", max_rows=100)

# %% [markdown]
# ## Each figure in its sentence

# %%
if highlight and len(kept):
    firsts = kept[kept["repeat_of"] == ""]
    shown = firsts.head(150)
    sentences = cl.figure_sentences(shown, sources)
    found = int(sentences["found"].sum())
    show.md(
        f"The sentence around each figure is read now from the article file, not stored in the ledger; "
        f"{found:,} of the {len(sentences):,} figures shown were found in their articles"
        + (f" (the first {len(shown):,} of {len(firsts):,} first reports)" if len(shown) < len(firsts) else "")
        + ". The figure is marked; the article's text is shown as plain text.")
    show.html_block(cl.sentences_html(sentences, shown))
elif not highlight:
    show.md("Sentences are not shown (highlight is off).")
