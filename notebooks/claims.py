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
articles = ""
highlight = True

# %%
from analysis import display as show  # first: it quiets notices that would reach the report
from analysis import prose
from analysis.charts import style, timeline
from analysis.errors import DataError
from analysis.tables import claims as cl, common, glossary

style.apply_style()
try:
    ledger, sources, origin = cl.load_claims(articles)
except DataError as exc:  # no ledger yet, or an unreadable one: say so and show nothing
    ledger, sources, origin = cl.empty_ledger(), [], f"no ledger ({exc})"
ledger = cl.with_countries(ledger)
kept = cl.select_claims(ledger)
# figures the claim check finds implausible (a typo, an extraction error) are set apart: listed with the
# reason, left out of every chart, count and key fact below
kept, apart = cl.set_apart(ledger, kept)
show.md("# Claims ledger: figures reported in the news")
show.md(
    f"Figures news articles reported (people killed, displaced, returned, and so on): what they count, "
    f"which country they belong to, who said them, which outlet published them and when. This report reads "
    f"{origin}. Figures are shown as the articles gave them; they are not checked here against any dataset "
    "(the claim check report does that). Terms are defined on the methods and glossary page linked at the end.")
show.md(common.key_facts_markdown(cl.key_facts(ledger, kept, apart=len(apart))))
if len(kept):
    show.html_block(f"<p>The whole ledger, every figure with its provenance and claim id: "
                    f"{show.csv_link(cl.ledger_table(kept, as_written=True), 'claims-ledger.csv')}"
                    " (English cells; the columns marked \"(original)\" hold the articles' own wording)</p>")

# %% [markdown]
# ## What was counted, where and when

# %%
if len(kept):
    fmt = {c: common.fmt_int for c in ("figures", "first reports", "articles", "outlets")}
    show.table(cl.summary_by(kept, "metric").rename(columns={"metric": "what the figure counts"}),
               "Reported figures by what they count (first reports leave out repeats within an article).",
               formats=fmt)
    by_country = cl.summary_by(kept, "country")
    show.table(by_country, "Reported figures by the country they belong to (their place, or their article's "
               "country); the ten with most figures, all in the CSV.", formats=fmt, max_rows=10)
    show.table(cl.summary_by(kept, "year").rename(columns={"year": "year of the article"}),
               "Reported figures by the year their article was published.", formats=fmt)
    by_outlet = cl.summary_by(kept, "outlet").drop(columns="outlets")
    show.table(by_outlet, f"Reported figures by outlet; the ten with most figures of "
               f"{common.plural(len(by_outlet), 'outlet')}, all in the CSV.", formats=fmt, max_rows=10)
else:
    show.md("The ledger holds no figures.")

# %% [markdown]
# ## Reported figures over time

# %%
points = cl.claim_points(kept, sorted(set(kept["metric"])))
if len(points):
    killed = points[points["metric"].isin(cl.DEATH_METRICS)]
    # A toll "as it grew" only means something over days: join the killed figures when they span a few weeks.
    grew = killed["date"].nunique() > 1 and (killed["date"].max() - killed["date"].min()).days <= 60
    fig = timeline.claims_timeline(points.assign(metric=points["metric"].map(cl.metric_label)),
                                   title="Reported figures by article date", units="reported figure",
                                   join=tuple(cl.metric_label(m) for m in cl.DEATH_METRICS) if grew else (),
                                   source="Source: claims ledger (news articles; "
                                   f"{common.plural(points['outlet'].nunique(), 'outlet')})")
    show.figure(fig, (
        "Each reported figure at its article's date, coloured by what it counts"
        + (f"; figures of people killed are joined in date order to show the toll as it grew, from "
           f"{prose.fmt_count(killed['value'].iloc[0])} on {prose.fmt_date(killed['date'].iloc[0])} to "
           f"{prose.fmt_count(killed['value'].iloc[-1])} on {prose.fmt_date(killed['date'].iloc[-1])}"
           if grew else "; they are not joined, as they do not describe one toll reported over several days")
        + ". " + cl.kinds_sentence(points) + " Repeats within an article are left out."),
        data=points[["date", "metric", "figure", "value", "low", "high", "kind", "outlet", "claim_id"]])
else:
    show.md("No dated figures to show over time.")

# %% [markdown]
# ## The figures that matter

# %%
largest = cl.largest_figures(kept)
if len(largest):
    show.table(largest.drop(columns="claim_id"),
               "The largest figure reported for each kind of count, as the article qualified it (first reports; "
               "vague words such as \"thousands\" left out). A large figure is not a checked one.")
    latest = cl.ledger_table(kept[kept["repeat_of"] == ""]).tail(15).iloc[::-1]
    show.table(latest[["article date", "outlet", "figure as written", "value", "counts", "country"]],
               "The 15 most recent first reports; the whole ledger is in the CSV linked under the key facts.")
if len(apart):
    show.md("## Figures set apart as implausible")
    show.table(apart.drop(columns="claim"),
               f"{common.plural(len(apart), 'figure')} the claim check finds implausible for its country (larger "
               "than the population, or many times any dataset's largest figure; rules in data/check_rules.yml). "
               "They are left out of every count, chart and key fact above.")

# %%
firsts = kept[kept["repeat_of"] == ""]
few = len(firsts) <= cl.SENTENCES_ALL_UP_TO  # a few articles: every figure in its sentence; a ledger: the largest
if highlight and len(firsts):
    shown = firsts if few else firsts[firsts["claim_id"].isin(largest["claim_id"])]
    sentences = cl.figure_sentences(shown, sources)
    show.md(
        ("Each figure" if few else "The largest figures, each") + " in its sentence, read now from the article files "
        f"(not stored in the ledger); {int(sentences['found'].sum()):,} of "
        f"{common.plural(len(sentences), 'figure')} were found in their articles. The figure is marked; the "
        "article's text is shown as plain text.")
    show.html_block(cl.sentences_html(sentences, kept))
elif not highlight:
    show.md("Sentences are not shown (highlight is off).")

# %% [markdown]
# ## Arabic and English outlets on the same days

# %%
pairs = cl.language_pairs(kept)
if len(pairs):
    show.md(
        f"The figures of {common.plural(len(pairs), 'Arabic article')} can be set beside what English articles reported "
        f"about the same governorate and count within {cl.SAME_DAYS} days. The match is by place, count and date "
        "only: the two sides may describe different incidents of those days, and a figure counted since a named "
        "start (a running total) is left out.")
    show.table(pairs, "Figures of Arabic and English articles about the same governorate, count and days "
                      "(first reports, as each article qualified them).")
else:
    show.md(f"No Arabic article's figure has an English article's figure about the same governorate and count "
            f"within {cl.SAME_DAYS} days in this ledger, so the two cannot be compared here.")

# %%
show.md(glossary.link_markdown("how qualified, vague and implausible figures are shown"))
