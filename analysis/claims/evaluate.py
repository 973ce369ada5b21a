"""Scoring an extraction against hand annotations (gold).

A predicted figure counts as right when its article, metric and value agree
with a gold figure. Gold and predictions are matched one to one: for each
(article, metric, value) the number of true positives is the smaller of the
two counts, the rest are false positives (predicted only) or false negatives
(gold only). Only the articles that appear in the gold frame are scored; a gold
row with an empty ``metric`` marks an article that was read and holds no
figure, so every prediction for it is a false positive.

The value compared is ``value``, or ``value_low`` when ``value`` is empty (a
vague quantity such as "dozens" whose minimum reading is kept), rounded to six
decimals so that 1.5 million written two ways compares equal.
"""

from __future__ import annotations

import pandas as pd

from analysis.schemas import METRICS

SCORE_COLUMNS = ["metric", "tp", "fp", "fn", "precision", "recall", "f1"]
SPAN_COLUMNS = ["matched", "same_span", "overlapping", "disjoint"]


def figure_value(frame: pd.DataFrame) -> pd.Series:
    """The value a figure is compared on: ``value``, else ``value_low``, rounded."""
    value = pd.to_numeric(frame.get("value"), errors="coerce") if "value" in frame else None
    low = pd.to_numeric(frame.get("value_low"), errors="coerce") if "value_low" in frame else None
    if value is None:
        value = pd.Series(float("nan"), index=frame.index)
    if low is not None:
        value = value.fillna(low)
    return value.astype(float).round(6)


def _figures(frame: pd.DataFrame) -> pd.DataFrame:
    """Article, metric and comparison value of every figure row (marker rows dropped)."""
    out = pd.DataFrame(
        {
            "article": frame["article"].astype(str),
            "metric": frame["metric"].fillna("").astype(str).str.strip(),
            "key": figure_value(frame),
        },
        index=frame.index,
    )
    return out[(out["metric"] != "") & out["key"].notna()]


def _row(metric: str, tp: int, fp: int, fn: int) -> dict:
    """One score line: precision and recall are NaN when their denominator is 0."""
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    if tp == 0:
        f1 = 0.0 if fp + fn else float("nan")
    else:
        f1 = 2 * p * r / (p + r)
    return {"metric": metric, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


def restrict(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Keep only the predictions for articles the gold frame covers."""
    articles = set(gold["article"].astype(str))
    return pred[pred["article"].astype(str).isin(articles)]


def match_counts(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """Per (article, metric, value): gold count, predicted count and tp, fp, fn."""
    g = _figures(gold).groupby(["article", "metric", "key"]).size().rename("gold")
    p = _figures(restrict(pred, gold)).groupby(["article", "metric", "key"]).size().rename("pred")
    both = pd.concat([g, p], axis=1).fillna(0).astype(int).reset_index()
    both["tp"] = both[["gold", "pred"]].min(axis=1)
    both["fp"] = both["pred"] - both["tp"]
    both["fn"] = both["gold"] - both["tp"]
    return both


def score(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 per metric and ``overall`` (SCORE_COLUMNS).

    Metrics are listed in the schema's order, only those present in gold or
    predictions; ``overall`` comes last. Precision (recall) is NaN when there
    is nothing predicted (nothing in gold) for the metric.
    """
    counts = match_counts(gold, pred)
    rows = []
    order = [m for m in METRICS if m in set(counts["metric"])]
    order += sorted(set(counts["metric"]) - set(METRICS))
    for metric in order:
        sub = counts[counts["metric"] == metric]
        rows.append(_row(metric, int(sub["tp"].sum()), int(sub["fp"].sum()), int(sub["fn"].sum())))
    rows.append(_row("overall", int(counts["tp"].sum()), int(counts["fp"].sum()), int(counts["fn"].sum())))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def errors(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """The unmatched figures: one row per (article, metric, value) with fp or fn > 0."""
    counts = match_counts(gold, pred)
    out = counts[(counts["fp"] > 0) | (counts["fn"] > 0)]
    return out.rename(columns={"key": "value"}).sort_values(["article", "metric", "value"]).reset_index(drop=True)


def spans(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """How the character spans of matched figures agree (one row, SPAN_COLUMNS).

    Each gold figure is paired with an unused prediction of the same article,
    metric and value, preferring the one whose span overlaps most. ``same_span``
    counts identical (start, end), ``overlapping`` partly shared spans, and
    ``disjoint`` pairs whose value matched at another place in the text.
    """
    g = _figures(gold).join(gold[["start", "end"]])
    p = _figures(restrict(pred, gold)).join(pred[["start", "end"]])
    same = overlap = disjoint = 0
    pools = {k: list(v.itertuples()) for k, v in p.groupby(["article", "metric", "key"])}
    for row in g.itertuples():
        pool = pools.get((row.article, row.metric, row.key))
        if not pool:
            continue
        gs, ge = int(row.start), int(row.end)

        def shared(c) -> int:
            return min(ge, int(c.end)) - max(gs, int(c.start))

        best = max(pool, key=shared)
        pool.remove(best)
        if (int(best.start), int(best.end)) == (gs, ge):
            same += 1
        elif shared(best) > 0:
            overlap += 1
        else:
            disjoint += 1
    return pd.DataFrame(
        [{"matched": same + overlap + disjoint, "same_span": same, "overlapping": overlap, "disjoint": disjoint}],
        columns=SPAN_COLUMNS,
    )


def format_scores(scores: pd.DataFrame) -> str:
    """A plain-text table of a score frame, one line per metric."""
    lines = [f"{'metric':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7} {'f1':>6}"]
    for r in scores.itertuples():

        def f(x: float) -> str:
            return "   n/a" if pd.isna(x) else f"{x:.3f}"

        lines.append(
            f"{r.metric:<12} {r.tp:>5} {r.fp:>5} {r.fn:>5} {f(r.precision):>9} {f(r.recall):>7} {f(r.f1):>6}"
        )
    return "\n".join(lines)


#: FA-KES authors' article-level count columns (fakes_annotated.csv).
AUTHOR_COUNT_COLUMNS = ["nb_civilians", "nb_noncivilians", "nb_children", "nb_women"]


def authors_counts_check(pred: pd.DataFrame, annotated: pd.DataFrame, corpus_stem: str = "fakes") -> pd.DataFrame:
    """A secondary, article-level check against the FA-KES authors' own counts.

    ``annotated`` is fakes_annotated.csv (same row order as fakes.csv). For each
    count column and each row with a count > 0, the row counts as found when
    any predicted figure for that article (id ``<stem>-<row>-<unit_id>``) with
    metric killed or casualties has exactly that value. This is recall only,
    on the crowd's normalised numbers, and not the figure-level evaluation:
    the authors' counts may sum several figures or read a number word we
    read differently.
    """
    pred = pred[pred["metric"].isin(["killed", "casualties"])]
    values = figure_value(pred)
    found_by_article: dict[str, set[float]] = {}
    for art, v in zip(pred["article"].astype(str), values):
        if pd.notna(v):
            found_by_article.setdefault(art, set()).add(float(v))
    rows = []
    for col in AUTHOR_COUNT_COLUMNS:
        counts = pd.to_numeric(annotated[col], errors="coerce").fillna(0)
        total = hit = 0
        for i, (uid, n) in enumerate(zip(annotated["unit_id"].astype(str), counts)):
            if n <= 0:
                continue
            total += 1
            hit += float(n) in found_by_article.get(f"{corpus_stem}-{i}-{uid}", set())
        rows.append({"column": col, "articles": total, "found": hit, "recall": hit / total if total else float("nan")})
    return pd.DataFrame(rows, columns=["column", "articles", "found", "recall"])
