"""Claims tables: the ledger as readers see it, counts, timelines, and figures in their sentences.

The ledger (``schemas.LEDGER_COLUMNS``) keeps offsets, not article text. The
sentence around a figure is read from the article file at run time and turned
into escaped HTML with the figure marked, so markup in an article is shown as
text and never runs.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable

import pandas as pd

from analysis import prose

#: Metrics that count displaced people (for the displacement overlay).
DISPLACEMENT_METRICS = ("displaced", "refugees", "idps")
#: Metrics that count deaths.
DEATH_METRICS = ("killed",)
#: A claims report shows every first report in its sentence up to this many; beyond, only the largest figures.
SENTENCES_ALL_UP_TO = 40

QUALIFIER_WORDS = {
    "exact": "", "at_least": "at least", "more_than": "more than", "about": "about",
    "up_to": "up to", "less_than": "less than", "range": "range", "approx_word": "at least",
}


def article_dates(ledger: pd.DataFrame) -> pd.Series:
    """The ledger's article dates as timestamps (NaT where the date is missing or partial: a date known
    only to the month or year, ``2023-04`` or ``2023``, is not read as its first day)."""
    dates = ledger["date"].astype(str)
    return pd.to_datetime(dates.where(dates.str.len() >= len("YYYY-MM-DD")), errors="coerce", format="mixed")


#: What each ledger metric counts, as readers read it.
METRIC_LABELS = {
    "killed": "people killed", "wounded": "people wounded", "casualties": "casualties (killed and wounded)",
    "displaced": "people displaced", "refugees": "refugees", "idps": "internally displaced people (IDPs)",
    "returned": "people returned", "detained": "people detained", "missing": "people missing",
    "captured": "people captured", "released": "people released", "destroyed": "things destroyed",
    "other": "other counts",
}


def metric_label(metric: str) -> str:
    """A ledger metric as readers read it: "idps" → "internally displaced people (IDPs)"."""
    return METRIC_LABELS.get(str(metric), str(metric).replace("_", " "))


def country_label(iso3: str) -> str:
    """A claim's country as a name; "" (no country) → "no single country"."""
    return prose.country_name(iso3) if iso3 else "no single country"


#: A figure's kind, as charts draw it: exact, a minimum, a maximum, approximate, or a range.
FIGURE_KINDS = ("exact", "at least", "at most", "about", "range")
_KIND_OF = {"exact": "exact", "at_least": "at least", "more_than": "at least", "approx_word": "at least",
            "up_to": "at most", "less_than": "at most", "about": "about", "range": "range"}


def figure_kind(qualifier: str, low=None, high=None) -> str:
    """The kind of a reported figure (:data:`FIGURE_KINDS`) from its ledger qualifier and bounds: "range" when
    both ends are given and differ, "at least" for "at least", "more than" and a vague word ("millions": its
    minimum reading), "at most" for "up to" and "less than", "about", else "exact"."""
    if low is not None and high is not None and pd.notna(low) and pd.notna(high) and low != high:
        return "range"
    return _KIND_OF.get(str(qualifier or "exact"), "about")


def counts_only(ledger: pd.DataFrame) -> pd.DataFrame:
    """The claims that count people or things: shares of a group, in percent ("half of them civilians"), left
    out, so no chart or ranking of counts draws a share as a number of people."""
    if "unit" not in ledger:
        return ledger
    return ledger[ledger["unit"].fillna("").astype(str) != "percent"]


def value_text(r) -> str:
    """A claim's figure as the article qualified it, in one format (whole numbers with thousands separators):
    "more than 3,000,000", "about 500", "1,000–2,000", "at least 2,000 (vague word)". ``r`` is a ledger row
    (attributes value, value_low, value_high, qualifier)."""
    return _value_text(r)


def _value_text(r) -> str:
    """A claim's figure in one format (whole numbers with thousands separators) with its hedge."""
    from analysis.tables.common import fmt_int

    if pd.notna(r.value_low) and pd.notna(r.value_high) and r.value_low != r.value_high:
        core = f"{fmt_int(r.value_low)}–{fmt_int(r.value_high)}"
    else:
        core = fmt_int(r.value if pd.notna(r.value) else (r.value_high if pd.notna(r.value_high) else r.value_low))
    if str(getattr(r, "unit", "") or "") == "percent":
        core = f"{core}%"  # a share of a group ("half of them children" is 50%), never a count of people
    word = QUALIFIER_WORDS.get(r.qualifier, "")
    text = f"{word} {core}".strip() if word and word != "range" else core
    if r.qualifier != "approx_word":
        return text
    # a vague word ("millions") is shown as written, with its minimum reading, never as an exact figure
    written = str(getattr(r, "surface", "") or "").strip()
    if written and not _ARABIC.search(written) and len(written) <= 30:
        return f"{written.lower()} (read as at least {core})"
    return f"{text} (vague word)"


#: Arabic script (a cell that holds it is not shown in an English table: :mod:`analysis.tables.english`).
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def kinds_sentence(points: pd.DataFrame) -> str:
    """How the chart draws the kinds of reported figures in ``points`` (column ``kind``), as a sentence for a
    caption: only the kinds present are named."""
    kinds = set(points["kind"]) if "kind" in points and len(points) else set()
    parts = []
    if "exact" in kinds:
        parts.append("an exact figure is a filled diamond")
    if "at least" in kinds:
        parts.append("a minimum (\"at least\", \"more than\", or a vague word such as \"thousands\" read as its "
                     "minimum) is an arrow pointing up from it")
    if "at most" in kinds:
        parts.append("a maximum (\"up to\") is an arrow pointing down")
    if "about" in kinds:
        parts.append("an approximate figure (\"about\") is a hollow diamond")
    if "range" in kinds:
        parts.append("a range is a line from its low to its high end")
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def ledger_table(ledger: pd.DataFrame, *, as_written: bool = False) -> pd.DataFrame:
    """The ledger as a reader's table: date, outlet, figure, value, what it counts, country, said by, place,
    period, review, claim id (the last for tracing a row back to ``python -m analysis claims show ID``).

    Outlets by name, never by code; no Arabic script in an English column (:mod:`analysis.tables.english`:
    places, attributions and periods in English, an Arabic figure as its value "written in Arabic").
    ``as_written`` adds the ledger's own text of figure, attribution, place and period (for the CSV).

    Values share one format (whole numbers with thousands separators, their hedge in words). Repeats
    are not marked here (:func:`counts_by_metric` counts them); the review column is left out when
    nothing has been reviewed.
    """
    from analysis.tables import english

    owned = with_countries(ledger)
    cells = english.ledger_cells(ledger)  # outlet names, no Arabic script in an English column
    out = pd.DataFrame({
        "article date": article_dates(ledger).dt.strftime("%Y-%m-%d").fillna(ledger["date"]),
        "outlet": cells["outlet"],
        "figure as written": cells["figure as written"],
        "value": [_value_text(r) for r in ledger.itertuples()],
        "counts": ledger["metric"].map(metric_label),
        "country": owned[COUNTRY_COLUMN].map(country_label),
        "who said it": cells["who said it"],
        "place": cells["place"],
        "period": cells["period"],
        "review": ledger["review"].replace("", "not reviewed"),
        "claim": ledger["claim_id"],
    })
    if (ledger["review"] == "").all():
        out = out.drop(columns="review")
    if as_written:  # the source text beside the English cells, for the full-ledger CSV
        for col, src in (("figure", "surface"), ("who said it", "attributed_to"), ("place", "place"),
                         ("period", "period")):
            out[f"{col} (original)"] = ledger[src].values
    return out.sort_values(["article date", "outlet", "claim"]).reset_index(drop=True)


def _counts(ledger: pd.DataFrame, key: pd.Series, name: str) -> pd.DataFrame:
    """Figures, first reports (not repeats), articles and outlets per value of ``key``; most first."""
    columns = [name, "figures", "first reports", "articles", "outlets"]
    if ledger.empty:
        return pd.DataFrame(columns=columns)
    g = ledger.assign(_key=key.values, first=(ledger["repeat_of"] == "").values).groupby("_key")
    out = pd.DataFrame({
        "figures": g.size(),
        "first reports": g["first"].sum().astype(int),
        "articles": g["article"].nunique(),
        "outlets": g["outlet"].nunique(),
    }).rename_axis(name).reset_index()
    return out.sort_values(["figures", name], ascending=[False, True]).reset_index(drop=True)[columns]


def counts_by_metric(ledger: pd.DataFrame) -> pd.DataFrame:
    """Claims per metric: metric, claims, first reports (not repeats), articles, outlets; most first."""
    out = _counts(ledger, ledger["metric"] if len(ledger) else pd.Series(dtype=str), "metric")
    return out.rename(columns={"figures": "claims"})


def summary_by(ledger: pd.DataFrame, by: str) -> pd.DataFrame:
    """The ledger summarised for readers by ``by``: "metric" (what the figure counts, as words), "outlet",
    "country" (the country each claim belongs to, :func:`claim_countries`; "no single country" for none)
    or "year" (of the article's date; "date not known"). Columns: the key, figures, first reports,
    articles, outlets; most figures first ("year" in date order)."""
    if ledger.empty:
        return _counts(ledger, pd.Series(dtype=str), by)
    if by == "metric":
        key = ledger["metric"].map(metric_label)
    elif by == "outlet":
        key = ledger["outlet"].map(_outlet).replace("", "outlet not known")
    elif by == "country":
        key = with_countries(ledger)[COUNTRY_COLUMN].map(country_label)
    elif by == "year":
        years = article_dates(ledger).dt.year
        key = years.map(lambda y: "date not known" if pd.isna(y) else str(int(y)))
    else:
        raise ValueError(f"summary_by: unknown key {by!r} (metric, outlet, country or year)")
    out = _counts(ledger, key, by)
    if by == "year":
        out = out.sort_values(by, key=lambda s: s.str.replace("date not known", "9999")).reset_index(drop=True)
    return out


def largest_figures(ledger: pd.DataFrame, metrics: Iterable[str] = ("killed", "wounded", "displaced",
                                                                      "refugees", "idps", "returned")) -> pd.DataFrame:
    """The figures that matter: for each metric, the largest exact (not vague) first report, with its date,
    outlet, country and who said it. Columns: counts, value, figure as written, article date, outlet,
    country, who said it, claim_id."""
    columns = ["counts", "value", "figure as written", "article date", "outlet", "country", "who said it",
               "claim_id"]
    rows = counts_only(with_countries(ledger))
    rows = rows[(rows["repeat_of"] == "") & (rows["qualifier"] != "approx_word") & rows["metric"].isin(list(metrics))]
    rows = rows.assign(_v=rows["value"].fillna(rows["value_high"]).fillna(rows["value_low"])).dropna(subset=["_v"])
    if rows.empty:
        return pd.DataFrame(columns=columns)
    from analysis.tables import english

    order = {m: i for i, m in enumerate(metrics)}
    top = rows.sort_values(["_v", "claim_id"], ascending=[False, True]).drop_duplicates("metric")
    top = top.assign(_o=top["metric"].map(order)).sort_values("_o")
    return pd.DataFrame({
        "counts": top["metric"].map(metric_label),
        "value": [_value_text(r) for r in top.itertuples()],
        "figure as written": english.ledger_cells(top)["figure as written"],
        "article date": article_dates(top).dt.strftime("%Y-%m-%d").fillna(top["date"]),
        "outlet": top["outlet"].map(_outlet),
        "country": top[COUNTRY_COLUMN].map(country_label),
        "who said it": top["attributed_to"].map(english.attribution),
        "claim_id": top["claim_id"],
    }).reset_index(drop=True)[columns]


def _date_text(date: str) -> str:
    """An article date as prose ("11 September 2016"); a partial date ("2025-02") as written."""
    return prose.fmt_date(date) if len(str(date)) >= len("YYYY-MM-DD") else str(date)


def key_facts(ledger: pd.DataFrame, kept: pd.DataFrame, *, apart: int = 0) -> pd.DataFrame:
    """Three to five key facts about the claims ledger, computed: columns key, value, text, source.

    ``ledger`` is the whole ledger, ``kept`` the claims shown (rejected and implausible ones left out),
    ``apart`` how many were set apart as implausible (:func:`set_apart`).
    """
    from analysis.tables.common import plural

    src = "claims ledger"
    facts = []
    if ledger.empty:
        return pd.DataFrame([{"key": "figures", "value": 0, "text": "The ledger holds no figures.", "source": src}])
    dates = article_dates(kept).dropna()
    n_art, n_out = kept["article"].nunique(), kept["outlet"].map(_outlet).replace("", None).nunique()
    facts.append({"key": "figures", "value": len(kept), "text": (
        f"{plural(len(kept), 'reported figure')} from {plural(n_art, 'article')} by {plural(n_out, 'outlet')}"
        + (f", dated {prose.fmt_period(dates.min(), dates.max())}" if len(dates) else "") + ".")})
    by_metric = summary_by(kept, "metric")
    if len(by_metric):
        top = by_metric.iloc[0]
        facts.append({"key": "top_metric", "value": int(top["figures"]), "text": (
            f"Most figures count {top['metric']}: {plural(top['figures'], 'figure')} "
            f"({prose.fmt_share(top['figures'] / len(kept))} of all).")})
    owned = with_countries(kept)[COUNTRY_COLUMN]
    placed = owned[owned != ""]
    if len(placed):
        first = placed.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        facts.append({"key": "countries", "value": int(placed.nunique()), "text": (
            f"The figures belong to {plural(placed.nunique(), 'country', 'countries')}; "
            f"{prose.country_name(first.index[0])} has the most ({plural(first.iloc[0], 'figure')}), and "
            f"{plural(len(owned) - len(placed), 'figure')} belong to no single country (no place, in an "
            "article that names no single country).")})
    killed = largest_figures(kept, ("killed",))
    if len(killed):
        k = killed.iloc[0]
        facts.append({"key": "largest_killed", "value": k["value"], "text": (
            f"The largest death toll reported is {k['value']} people killed ({k['outlet']}, "
            f"{_date_text(k['article date'])}, {k['country']}).")})
    rejected = int((ledger["review"] == "rejected").sum())
    repeats = int((kept["repeat_of"] != "").sum())
    facts.append({"key": "reviews", "value": rejected, "text": (
        (f"{plural(rejected, 'figure')} rejected by a reviewer {'is' if rejected == 1 else 'are'} left out; "
         if rejected else "No figure has been rejected by a reviewer; ")
        + f"{plural(repeats, 'figure')} {'repeats' if repeats == 1 else 'repeat'} an earlier figure of the "
        "same article"
        + (f"; {plural(apart, 'figure')} the claim check finds implausible {'is' if apart == 1 else 'are'} set "
           "apart (listed at the end) and left out of every count and chart." if apart else "."))})
    return pd.DataFrame([{**f, "source": src} for f in facts])


#: The column :func:`select_claims` adds: the ISO3 country each claim belongs to ("" for none).
COUNTRY_COLUMN = "claim_country"


def claim_countries(ledger: pd.DataFrame) -> pd.Series:
    """Per claim, the ISO3 country it belongs to, "" for none.

    Only what the article says counts: the claim's own place (the ledger's ``place_country``), else the
    article's country, the one that at least two thirds of the article's placed figures lie in
    (:func:`analysis.check.run.article_countries`). A claim with no place in an article with no single
    country belongs to no country; no default is ever assumed. Pass the whole ledger (or the claims of
    whole articles): the article's country is read from all its placed figures.
    """
    from analysis.check.run import article_countries

    if ledger.empty:
        return pd.Series([], index=ledger.index, dtype=str, name=COUNTRY_COLUMN)
    own = (ledger["place_country"].fillna("").astype(str) if "place_country" in ledger
           else pd.Series("", index=ledger.index))
    by_article = {a: c for a, (c, _) in article_countries(ledger).items()}
    article = ledger["article"].astype(str).map(lambda a: by_article.get(a, ""))
    return own.where(own != "", article).rename(COUNTRY_COLUMN)


def with_countries(ledger: pd.DataFrame) -> pd.DataFrame:
    """``ledger`` with the :data:`COUNTRY_COLUMN` column (:func:`claim_countries`), computed once."""
    if COUNTRY_COLUMN in ledger.columns:
        return ledger
    return ledger.assign(**{COUNTRY_COLUMN: claim_countries(ledger)})


def select_claims(ledger: pd.DataFrame, *, metrics: Iterable[str] | None = None, start=None, end=None,
                  drop_rejected: bool = True) -> pd.DataFrame:
    """Ledger rows with the given metrics and article dates in ``start``..``end`` (rejected claims dropped).

    The country each claim belongs to (:data:`COUNTRY_COLUMN`) is computed on the whole ledger first,
    so a selection keeps the article's country even when the figures that placed the article are left out.
    """
    out = with_countries(ledger)
    if drop_rejected and "review" in out:
        out = out[out["review"] != "rejected"]
    if metrics:
        out = out[out["metric"].isin(list(metrics))]
    dates = article_dates(out)
    if start is not None:
        out, dates = out[dates >= pd.Timestamp(start)], dates[dates >= pd.Timestamp(start)]
    if end is not None:
        out = out[dates <= pd.Timestamp(end)]
    return out


def about_country(ledger: pd.DataFrame, country: str,
                  sources: Iterable[str | Path] | None = None) -> pd.DataFrame:
    """The claims that belong to ``country`` (ISO3): their place lies in it, or their article's country is it
    (:func:`claim_countries`). Never by default: an unplaced claim in an article with no single country
    belongs to no country, whatever report asks.

    ``sources`` is accepted for callers written against the earlier reading of article texts and is not
    used: what a claim is about comes from the ledger alone. Pass the frame :func:`select_claims` returns
    (or the whole ledger) so the article's country is read from all of the article's placed figures.
    """
    from analysis import countries

    del sources  # the ledger alone says which country a claim belongs to
    if ledger.empty:
        return ledger
    country = countries.normalise(country)
    owned = with_countries(ledger)
    return ledger[owned[COUNTRY_COLUMN] == country]


def _short(outlet: str) -> str:
    """An outlet name without its parenthesised remarks: "Middle East Eye (as republished)" → "Middle East Eye"."""
    # only a closing remark: brackets inside a name ("alert(1)") are part of it
    return re.sub(r"\s*\([^()]*\)\s*$", "", str(outlet)).strip() or str(outlet)


def _outlet(outlet: str) -> str:
    """An outlet as readers know it (:func:`analysis.tables.english.outlet_name`: names, never codes)."""
    from analysis.tables.english import outlet_name

    return outlet_name(outlet)


def claim_points(ledger: pd.DataFrame, metrics: Iterable[str], *, country: str | None = None,
                 start=None, end=None, sources: Iterable[str | Path] | None = None) -> pd.DataFrame:
    """Claims as points to overlay on a series: date, value, low, high, label, metric, outlet, attributed_to,
    claim_id, vague, qualifier, kind (:func:`figure_kind`) and figure (the value as the article qualified it,
    :func:`value_text`, for tables).

    Repeats of an earlier claim are left out (one point per first report). ``vague`` marks a vague word
    ("thousands"): its value is the minimum reading, which charts draw as "at least", never as a point;
    ``kind`` says how every figure is drawn (an open-ended one as an arrow, a range as a line).
    """
    rows = counts_only(select_claims(ledger, metrics=metrics, start=start, end=end))
    if country is not None:
        rows = about_country(rows, country, sources)
    rows = rows[rows["repeat_of"] == ""] if "repeat_of" in rows else rows
    from analysis.tables import english

    out = pd.DataFrame({
        "date": article_dates(rows),
        "value": rows["value"].fillna(rows["value_high"]).fillna(rows["value_low"]),
        "low": rows["value_low"], "high": rows["value_high"],
        "label": [f"{english.surface(r.surface, _value_text(r))} ({_short(_outlet(r.outlet))})" if r.outlet
                  else english.surface(r.surface, _value_text(r)) for r in rows.itertuples()],
        "metric": rows["metric"], "outlet": rows["outlet"].map(_outlet),
        "attributed_to": rows["attributed_to"].map(english.attribution),
        "claim_id": rows["claim_id"],
        "vague": rows["qualifier"] == "approx_word" if "qualifier" in rows else False,
        "qualifier": rows["qualifier"] if "qualifier" in rows else "exact",
        "kind": [figure_kind(q, lo, hi) for q, lo, hi in zip(
            rows["qualifier"] if "qualifier" in rows else ["exact"] * len(rows), rows["value_low"], rows["value_high"])],
        "figure": [_value_text(r) for r in rows.itertuples()] if "qualifier" in rows else
        [f"{v:,.0f}" for v in rows["value"].fillna(0)],
    })
    return out.dropna(subset=["date", "value"]).sort_values("date").reset_index(drop=True)


# --------------------------------------------------------------------------
# Sentences, read from the article files at run time, as escaped HTML.
# --------------------------------------------------------------------------

def highlight(body: str, start: int, end: int, *, sentence: str | None = None) -> str | None:
    """HTML of the sentence of ``body`` holding ``start:end`` with that span in ``<mark>``; all text escaped.

    Returns None when the offsets fall outside the body.
    """
    if not (0 <= start < end <= len(body)):
        return None
    if sentence is None:
        from analysis.claims.ledger import sentence_at

        sentence = sentence_at(body, start, end)
    # the sentence holds start:end, so it begins at most len(sentence) before start (a bounded search)
    lo = body.rfind(sentence, max(0, start - len(sentence)), start + len(sentence)) if sentence else -1
    if lo < 0 or lo + len(sentence) < end:
        lo, sentence = start, body[start:end]
    a, b = start - lo, end - lo
    return (html.escape(sentence[:a]) + "<mark>" + html.escape(sentence[a:b]) + "</mark>"
            + html.escape(sentence[b:]))


def index_articles(sources: Iterable[str | Path], wanted: Iterable[str]) -> dict[str, object]:
    """The articles with ids in ``wanted`` among files, folders and corpus CSVs ``sources``, read in one pass."""
    from analysis.claims.articles import iter_articles
    from analysis.errors import ArticleError

    wanted = {str(w) for w in wanted}
    found: dict[str, object] = {}
    existing = [Path(s) for s in sources if Path(s).exists()]
    if not wanted or not existing:
        return found
    # An article file named for its id is the quick path; corpora and the rest need the walk.
    for source in existing:
        if source.is_dir():
            for art_id in list(wanted - set(found)):
                for path in source.rglob(f"{art_id}.*"):
                    for item in iter_articles([path]):
                        if not isinstance(item, ArticleError) and str(item.id) == art_id:
                            found[art_id] = item
    if wanted - set(found):
        for item in iter_articles(existing):
            if not isinstance(item, ArticleError) and str(item.id) in wanted and str(item.id) not in found:
                found[str(item.id)] = item
                if not wanted - set(found):
                    break
    return found


def figure_sentences(ledger: pd.DataFrame, sources: Iterable[str | Path]) -> pd.DataFrame:
    """Each claim's sentence as escaped HTML with the figure marked: claim_id, article, surface, html, found.

    ``sources`` are article files, folders or corpus CSVs, read once. Where the
    article is not present, or no longer holds the figure at its offsets,
    ``found`` is False and ``html`` says so (escaped).
    """
    articles = index_articles(sources, ledger["article"].astype(str).unique())
    rows = []
    for r in ledger.itertuples():
        art_id = str(r.article)
        art = articles.get(art_id)
        text = None
        if art is not None:
            body = art.body
            start, end = int(r.start), int(r.end)
            if body[start:end] == str(r.surface):
                text = highlight(body, start, end)
        found = text is not None
        if not found:
            why = "article file not present" if art is None else "article no longer holds the figure at its offsets"
            text = f"<em>{html.escape(why)}</em> ({html.escape(str(r.surface))})"
        rows.append({"claim_id": r.claim_id, "article": art_id, "surface": r.surface, "html": text, "found": found})
    return pd.DataFrame(rows, columns=["claim_id", "article", "surface", "html", "found"])


def sentences_html(sentences: pd.DataFrame, ledger: pd.DataFrame) -> str:
    """One HTML table of figures in their sentences, one row each: a line naming the article date, outlet
    and what the figure counts, then the sentence with the figure marked. One cell per row, so a long
    sentence never wraps beside another column (in print, text read back stays in order); every text
    part escaped."""
    meta = ledger.set_index("claim_id")
    left = ' style="text-align:left"'
    lines = [f'<table class="tally-sentences"><thead><tr><th{left}>article date · outlet · what the figure '
             'counts; the sentence, figure marked</th></tr></thead><tbody>']
    for r in sentences.itertuples():
        m = meta.loc[r.claim_id]
        head = " · ".join(html.escape(str(v)) for v in (m["date"], _outlet(m["outlet"]), metric_label(m["metric"])))
        body = r.html
        if _ARABIC.search(str(m["surface"])):  # the article's own Arabic, quoted as such, with the figure in English
            head += " · " + html.escape(f"{_value_text(m)}; the article's Arabic sentence")
            body = f'<span lang="ar" dir="rtl">{body}</span>'
        lines.append(f"<tr><td{left}><strong>{head}</strong><br>{body}</td></tr>")
    lines.append("</tbody></table>")
    return "\n".join(lines)


def load_claims(articles: str | Path = "") -> tuple[pd.DataFrame, list[Path], str]:
    """The claims to report on, where their articles are, and a sentence saying which.

    ``articles`` "" (the default) means the committed ledger, with article text
    looked up at run time in ``data/articles/`` and the shared articles folder.
    Otherwise it is an article file, a folder or a corpus CSV (relative paths
    from the project root): its figures are extracted now into a ledger frame
    (nothing is written). Raises :class:`~analysis.errors.ParameterError` for a
    path that does not exist.
    """
    from analysis import paths
    from analysis.errors import ParameterError

    text = str(articles or "").strip()
    if not text:
        from analysis.claims.ledger import load_ledger

        from analysis.claims.batch import default_article_sources

        return load_ledger(), default_article_sources(), \
            f"the committed claims ledger ({paths.relative(paths.LEDGER)})"
    path = Path(text)
    path = (path if path.is_absolute() else paths.ROOT / path).resolve()
    if not path.exists():
        raise ParameterError(f"articles: {text!r} does not exist (give an article file, a folder or a corpus CSV, "
                             "or \"\" for the committed ledger)", path=path)
    from analysis.claims.batch import run_extraction
    from analysis.claims.ledger import build_ledger

    claims, meta, failed, read = run_extraction([path], progress=False)
    ledger = build_ledger(claims, meta)
    note = f"figures extracted now from {read:,} article{'s' if read != 1 else ''} in {paths.relative(path)}"
    if failed:
        note += f" ({failed:,} could not be read or extracted)"
    return ledger, [path], note


def empty_ledger() -> pd.DataFrame:
    """A ledger frame with no rows (for a report whose ledger cannot be read)."""
    from analysis.schemas import LEDGER_COLUMNS

    frame = pd.DataFrame(columns=LEDGER_COLUMNS)
    for col in ("value", "value_low", "value_high"):
        frame[col] = frame[col].astype(float)
    return frame


# --------------------------------------------------------------------------
# Implausible figures: set apart, with the claim check's reason.
# --------------------------------------------------------------------------

#: The verdict of the claim check (:data:`analysis.check.verdict.VERDICTS`) that sets a figure apart.
IMPLAUSIBLE = "implausible"


def implausible(ledger: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims of ``claims`` (default: all of ``ledger``) that the claim check
    (:func:`analysis.check.run.check_claims`, its ``plausibility`` rules in data/check_rules.yml) finds
    implausible: larger than the country's population, or many times the largest figure any dataset holds for
    it (a typo or an extraction error). Columns: claim_id, reason (the check's words), why (for readers).

    The check runs on the whole articles the claims come from (their country is read from all their figures),
    so it gives the same verdict whether a report shows one country's claims or the whole ledger.
    """
    import warnings

    from analysis.check import match
    from analysis.check.rules import load_rules
    from analysis.check.run import check_claims

    claims = ledger if claims is None else claims
    columns = ["claim_id", "reason", "why"]
    plaus = load_rules().plausibility
    if claims.empty or plaus is None:
        return pd.DataFrame(columns=columns)
    # Only a figure whose smallest reading is above times_largest x the smallest "largest figure" the check
    # trusts (10 x 1,000) can fail either test (every country's population is above that too): the others are
    # not checked, which keeps a report of the whole ledger quick.
    floor = plaus.times_largest * match.MIN_LARGEST
    low = claims["value_low"].fillna(claims["value"])
    candidates = claims[(low > floor) & claims["metric"].isin(list(plaus.metrics))]
    if candidates.empty:
        return pd.DataFrame(columns=columns)
    # the candidates' articles, so the check reads each article's country from all its placed figures; the
    # other figures of those articles only place the article (read as "other", which no rule compares)
    wanted = set(candidates["claim_id"])
    rows = ledger[ledger["article"].astype(str).isin(set(candidates["article"].astype(str)))]
    rows = rows[rows["claim_id"].isin(wanted) | (rows["place_country"].fillna("") != "")]
    rows = rows.assign(metric=rows["metric"].where(rows["claim_id"].isin(wanted), "other"))
    with warnings.catch_warnings():  # "raw copy could not be loaded": the check records it, the report need not
        warnings.simplefilter("ignore")
        checks = check_claims(rows[[c for c in rows.columns if c != COUNTRY_COLUMN]])
    odd = checks[(checks["verdict"] == IMPLAUSIBLE) & checks["claim_id"].isin(set(claims["claim_id"]))]
    return pd.DataFrame({"claim_id": odd["claim_id"].values, "reason": odd["reason"].values,
                         "why": [implausible_why(r) for r in odd["reason"]]}, columns=columns)


def implausible_why(reason: str) -> str:
    """The claim check's reason for an implausible figure, as a reader reads it: "larger than Syria's whole
    population (19.4 million in 2015, World Bank)"."""
    text = str(reason)
    m = re.search(r"larger than the whole population of (.+?) \(([\d,]+)[,;]", text)
    if m:
        rest = text[m.end():]
        year = re.search(r"population (\d{4})\b", rest) or re.search(r", (\d{4})\)", rest)
        return (f"larger than {_country_text(m.group(1))}'s whole population "
                f"({prose.fmt_count(float(m.group(2).replace(',', '')))}"
                + (f" in {year.group(1)}" if year else "") + ", World Bank): likely a typo or an extraction error")
    m = re.search(r"more than ([\d.]+) times the largest figure of its kind any listed dataset holds for "
                  r"(.+?) \(([\d,]+)", text)
    if m:
        return (f"more than {m.group(1)} times the largest figure of its kind any dataset holds for "
                f"{_country_text(m.group(2))} ({prose.fmt_count(float(m.group(3).replace(',', '')))}): "
                "likely a typo or an extraction error")
    return re.sub(r"^implausible \(likely a typo or extraction error\):\s*", "", text)


def _country_text(text: str) -> str:
    """A country in the check's reason (ISO3 or a name) as a name."""
    return prose.country_name(text) if re.fullmatch(r"[A-Z]{3}", text) else text


def set_apart(ledger: pd.DataFrame, claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``claims`` without the implausible ones (:func:`implausible`), and those as a reader's table: article
    date, outlet, figure as written, value, counts, country, why set apart, claim."""
    odd = implausible(ledger, claims)
    columns = ["article date", "outlet", "figure as written", "value", "counts", "country", "why set apart", "claim"]
    if odd.empty:
        return claims, pd.DataFrame(columns=columns)
    rows = claims[claims["claim_id"].isin(set(odd["claim_id"]))]
    table = ledger_table(rows).merge(odd.rename(columns={"claim_id": "claim", "why": "why set apart"}), on="claim")
    return claims[~claims["claim_id"].isin(set(odd["claim_id"]))], table[columns]


#: Article dates at most this many days apart count as the same days for :func:`language_pairs`.
SAME_DAYS = 3
#: Most figures listed per outlet in one row of :func:`language_pairs`.
PAIR_FIGURES = 6


def language_pairs(ledger: pd.DataFrame, days: int = SAME_DAYS) -> pd.DataFrame:
    """What Arabic and English outlets reported about the same governorate, count and days (issue 17): one row per
    Arabic article's figures of one metric in one admin-1 area, beside the figures English articles dated at most
    ``days`` apart gave for the same area and metric. Matched by place, count and date only, so the two sides
    may describe different incidents of the same days; a figure with no admin-1 area, one counted over a period
    from a named start ("since the war began": a running total, not that day's event), a repeat, or an article
    dated only to the month is left out. Columns: area, counts, Arabic (outlet, date: figures), English (each
    outlet and date: figures), sorted by area and date."""
    from analysis import prose
    from analysis.tables import english

    columns = ["area", "counts", "Arabic outlet", "Arabic date", "Arabic figures", "English articles and figures"]
    if ledger.empty:
        return pd.DataFrame(columns=columns)
    rows = ledger[(ledger["repeat_of"].astype(str) == "") & (ledger["place_admin1"].astype(str) != "")
                  & (ledger["place_country"].astype(str) != "")].copy()
    period = rows["period"].astype(str).map(english.period).str.lower()
    rows = rows[~period.str.contains(r"\bsince\b|\bso far\b|\bin total\b", regex=True)]
    rows["day"] = pd.to_datetime(rows["date"].where(rows["date"].astype(str).str.len() == 10), errors="coerce")
    rows = rows[rows["day"].notna()]
    arabic = rows["surface"].map(english.has_arabic).astype(bool)
    ar, en = rows[arabic], rows[~arabic]
    key = ["place_country", "place_admin1", "metric"]

    def figures(part: pd.DataFrame) -> str:
        texts = [value_text(r) for r in part.itertuples(index=False)]
        more = len(texts) - PAIR_FIGURES
        return "; ".join(texts[:PAIR_FIGURES]) + (f"; and {more} more" if more > 0 else "")

    out = []
    for (country, area, metric, article, outlet, date), part in ar.groupby(key + ["article", "outlet", "date"],
                                                                            sort=True):
        near = en[(en["place_country"] == country) & (en["place_admin1"] == area) & (en["metric"] == metric)
                  & ((en["day"] - pd.Timestamp(date)).abs() <= pd.Timedelta(days=days))]
        if near.empty:
            continue
        english_side = " | ".join(f"{english.outlet_name(o)} ({d}): {figures(g)}"
                                  for (d, o), g in near.groupby(["date", "outlet"], sort=True))
        out.append({"area": f"{area}, {prose.country_name(country)}", "counts": metric,
                    "Arabic outlet": english.outlet_name(outlet), "Arabic date": date,
                    "Arabic figures": figures(part), "English articles and figures": english_side})
    return pd.DataFrame(out, columns=columns)
