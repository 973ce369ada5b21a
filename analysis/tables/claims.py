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

QUALIFIER_WORDS = {
    "exact": "", "at_least": "at least", "more_than": "more than", "about": "about",
    "up_to": "up to", "less_than": "less than", "range": "range", "approx_word": "at least",
}


def article_dates(ledger: pd.DataFrame) -> pd.Series:
    """The ledger's article dates as timestamps (NaT where the date is missing or partial: a date known
    only to the month or year, ``2023-04`` or ``2023``, is not read as its first day)."""
    dates = ledger["date"].astype(str)
    return pd.to_datetime(dates.where(dates.str.len() >= len("YYYY-MM-DD")), errors="coerce", format="mixed")


def ledger_table(ledger: pd.DataFrame) -> pd.DataFrame:
    """The ledger as a reader's table: date, outlet, figure, value, metric, said by, place, period, review, claim id.

    Repeats are not marked here (:func:`counts_by_metric` counts them); the
    review column is left out when nothing has been reviewed.
    """
    def value_text(r) -> str:
        if pd.notna(r.value_low) and pd.notna(r.value_high) and r.value_low != r.value_high:
            core = f"{prose.fmt_count(r.value_low)}–{prose.fmt_count(r.value_high)}"
        else:
            core = prose.fmt_count(r.value)
        word = QUALIFIER_WORDS.get(r.qualifier, "")
        text = f"{word} {core}".strip() if word and word != "range" else core
        # a vague word ("millions") is its minimum reading, never an exact figure
        return f"{text} (vague word)" if r.qualifier == "approx_word" else text

    out = pd.DataFrame({
        "article date": article_dates(ledger).dt.strftime("%Y-%m-%d").fillna(ledger["date"]),
        "outlet": ledger["outlet"],
        "figure as written": ledger["surface"],
        "value": [value_text(r) for r in ledger.itertuples()],
        "metric": ledger["metric"],
        "who said it": ledger["attributed_to"].replace("", "not stated"),
        "place": ledger["place"].replace("", "not stated"),
        "period": ledger["period"].replace("", "not stated"),
        "review": ledger["review"].replace("", "not reviewed"),
        "claim": ledger["claim_id"],
    })
    if (ledger["review"] == "").all():
        out = out.drop(columns="review")
    return out.sort_values(["article date", "outlet", "claim"]).reset_index(drop=True)


def counts_by_metric(ledger: pd.DataFrame) -> pd.DataFrame:
    """Claims per metric: metric, claims, first reports (not repeats), articles, outlets; most first."""
    if ledger.empty:
        return pd.DataFrame(columns=["metric", "claims", "first reports", "articles", "outlets"])
    g = ledger.assign(first=ledger["repeat_of"] == "").groupby("metric")
    out = pd.DataFrame({
        "claims": g.size(),
        "first reports": g["first"].sum().astype(int),
        "articles": g["article"].nunique(),
        "outlets": g["outlet"].nunique(),
    }).reset_index()
    return out.sort_values(["claims", "metric"], ascending=[False, True]).reset_index(drop=True)


def select_claims(ledger: pd.DataFrame, *, metrics: Iterable[str] | None = None, start=None, end=None,
                  drop_rejected: bool = True) -> pd.DataFrame:
    """Ledger rows with the given metrics and article dates in ``start``..``end`` (rejected claims dropped)."""
    out = ledger
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


def _names_for(country: str) -> list[str]:
    """Lower-case names that mark a place as lying in ``country``: the country's names and its admin-1 names."""
    import pycountry

    names = set()
    rec = pycountry.countries.get(alpha_3=country)
    if rec is not None:
        for attr in ("name", "common_name", "official_name"):
            if getattr(rec, attr, None):
                names.add(getattr(rec, attr).lower())
    names.add(prose.country_name(country).lower())
    try:
        from analysis.sources import ocha

        table = ocha.variants()
        names |= {str(n).lower() for n in table.loc[table["country"] == country, "name"]}
    except Exception:  # no gazetteer for this country: its names alone are used
        pass
    return sorted(n for n in names if n)


def about_country(ledger: pd.DataFrame, country: str,
                  sources: Iterable[str | Path] | None = None) -> pd.DataFrame:
    """Claims about ``country``: the place names the country or one of its admin-1 areas, or the place is
    not stated and the article is about the country: another of its claims names the country or its areas,
    or (when ``sources`` are given) the article's title or text, read now, names them."""
    if ledger.empty:
        return ledger
    names = _names_for(country)
    if not names:
        return ledger.iloc[0:0]
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    place = ledger["place"].fillna("")
    placed = place.map(lambda p: bool(pattern.search(p)))
    articles = set(ledger.loc[placed, "article"].astype(str))
    open_ids = set(ledger.loc[place == "", "article"].astype(str)) - articles
    if sources is not None and open_ids:
        for art_id, art in index_articles(sources, open_ids).items():
            if pattern.search(f"{getattr(art, 'title', '')}\n{getattr(art, 'body', '')}"):
                articles.add(art_id)
    unplaced = (place == "") & ledger["article"].astype(str).isin(articles)
    return ledger[placed | unplaced]


def _short(outlet: str) -> str:
    """An outlet name without its parenthesised remarks: "Middle East Eye (as republished)" → "Middle East Eye"."""
    return re.sub(r"\s*\(.*?\)", "", str(outlet)).strip() or str(outlet)


def claim_points(ledger: pd.DataFrame, metrics: Iterable[str], *, country: str | None = None,
                 start=None, end=None, sources: Iterable[str | Path] | None = None) -> pd.DataFrame:
    """Claims as points to overlay on a series: date, value, low, high, label, metric, outlet, claim_id, vague.

    Repeats of an earlier claim are left out (one point per first report). ``vague`` marks a vague word
    ("thousands"): its value is the minimum reading, which charts draw as "at least", never as a point.
    """
    rows = select_claims(ledger, metrics=metrics, start=start, end=end)
    if country is not None:
        rows = about_country(rows, country, sources)
    rows = rows[rows["repeat_of"] == ""] if "repeat_of" in rows else rows
    out = pd.DataFrame({
        "date": article_dates(rows),
        "value": rows["value"].fillna(rows["value_high"]).fillna(rows["value_low"]),
        "low": rows["value_low"], "high": rows["value_high"],
        "label": [f"{r.surface} ({_short(r.outlet)})" if r.outlet else str(r.surface) for r in rows.itertuples()],
        "metric": rows["metric"], "outlet": rows["outlet"], "attributed_to": rows["attributed_to"],
        "claim_id": rows["claim_id"],
        "vague": rows["qualifier"] == "approx_word" if "qualifier" in rows else False,
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
    """One HTML table of figures in their sentences (date, outlet, metric, sentence); every text cell escaped."""
    meta = ledger.set_index("claim_id")
    left = ' style="text-align:left"'
    lines = [f'<table class="tally-sentences"><thead><tr><th{left}>article date</th><th{left}>outlet</th>'
             f'<th{left}>metric</th><th{left}>sentence (figure marked)</th></tr></thead><tbody>']
    for r in sentences.itertuples():
        m = meta.loc[r.claim_id]
        lines.append(f"<tr><td{left}>{html.escape(str(m['date']))}</td><td{left}>{html.escape(str(m['outlet']))}</td>"
                     f"<td{left}>{html.escape(str(m['metric']))}</td><td{left}>{r.html}</td></tr>")
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

        from analysis.claims.cli import default_article_sources

        return load_ledger(), default_article_sources(), \
            f"the committed claims ledger ({paths.relative(paths.LEDGER)})"
    path = Path(text)
    path = (path if path.is_absolute() else paths.ROOT / path).resolve()
    if not path.exists():
        raise ParameterError(f"articles: {text!r} does not exist (give an article file, a folder or a corpus CSV, "
                             "or \"\" for the committed ledger)", path=path)
    from analysis.claims.cli import run_extraction
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
