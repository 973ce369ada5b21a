"""The evaluation against snippet-format gold (the development corpus), in one call.

    result = evaluate(GOLD_CSV, predictions_frame)          # articles: the gold file's folder
    print(format_text(result, errors=True, spans=True))

gathers what ``claims evaluate`` prints and ``evaluation_report`` writes for
such a gold table: the strict and family scores (:mod:`analysis.claims.dev_score`,
equal to the reference scorer's), the tables per metric and per family, the
per-phenomenon error table (:mod:`analysis.claims.phenomena`), the agreement
of ``attributed_to`` and ``place`` on matched figures
(:mod:`analysis.claims.field_agreement`) and where matched predictions lie
relative to their gold snippet. Nothing here holds article text: tables carry
ids, metrics, values and tag names only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.claims import dev_gold, dev_score, field_agreement, phenomena
from analysis.errors import DataError
from analysis.text_tables import read_text_csv

#: Columns a prediction table needs (plus at least one of value, value_low, value_high).
PRED_COLUMNS = ["article", "metric"]
SPAN_COLUMNS = ["matched", "in_snippet", "elsewhere", "no_offsets"]


@dataclass
class DevEvaluation:
    """Everything computed for one gold table and one prediction table."""

    gold: pd.DataFrame
    pred: pd.DataFrame
    bodies: dict
    matchings: dict
    summary: pd.DataFrame
    per_metric: pd.DataFrame
    per_family: pd.DataFrame
    errors: pd.DataFrame
    phenomena: pd.DataFrame
    agreement: pd.DataFrame
    spans: pd.DataFrame

    @property
    def articles(self) -> int:
        """Articles scored (those holding a scored gold row)."""
        return int(self.gold.loc[self.gold["scored"], "key"].nunique())


def read_predictions(path: str | Path) -> pd.DataFrame:
    """An extraction CSV as text cells; a :class:`DataError` names the file and a missing column."""
    pred = read_text_csv(path, PRED_COLUMNS)
    if not set(dev_score.VALUE_COLUMNS) & set(pred.columns):
        raise DataError("no value column (value, value_low or value_high)", path=path, column="value")
    return pred


def span_check(gold: pd.DataFrame, pred: pd.DataFrame, matching: dev_score.Matching) -> pd.DataFrame:
    """Where the predictions that matched a required gold row lie (one row, SPAN_COLUMNS).

    ``in_snippet``: the prediction's span overlaps the gold row's snippet;
    ``elsewhere``: it matched at another mention of the figure; ``no_offsets``:
    the prediction table has no usable start/end.
    """
    inside = other = none = 0
    for i, j in enumerate(matching.gold_pred):
        if j is None or not gold["required"].iloc[i]:
            continue
        try:
            s, e = int(float(pred["start"].iloc[j])), int(float(pred["end"].iloc[j]))
        except (KeyError, TypeError, ValueError):
            none += 1
            continue
        if s < int(gold["snippet_end"].iloc[i]) and int(gold["snippet_start"].iloc[i]) < e:
            inside += 1
        else:
            other += 1
    return pd.DataFrame([[inside + other + none, inside, other, none]], columns=SPAN_COLUMNS)


def evaluate(gold_path: str | Path, pred: pd.DataFrame, articles: str | Path | None = None) -> DevEvaluation:
    """Score ``pred`` against the snippet-format gold at ``gold_path``.

    ``articles`` is the folder of the article files (default: the gold
    file's folder). ``pred`` rows keep their order (it decides matching, as
    in the reference scorer).
    """
    gold, bodies = dev_gold.load(gold_path, articles)
    pred = pred.reset_index(drop=True)
    matchings = dev_score.score_all(gold, pred)
    errors = phenomena.classify(gold, pred, bodies, matchings)
    return DevEvaluation(
        gold=gold, pred=pred, bodies=bodies, matchings=matchings,
        summary=dev_score.summary(matchings),
        per_metric=dev_score.by_metric(gold, pred, matchings["strict"]),
        per_family=dev_score.by_metric(gold, pred, matchings["family"]),
        errors=errors,
        phenomena=phenomena.table(errors),
        agreement=field_agreement.agreement(gold, pred, matchings["strict"]),
        spans=span_check(gold, pred, matchings["strict"]),
    )


def value_text(r) -> str:
    """A figure's value for display: ``value``, or ``low-high`` for a range (an error row of :mod:`phenomena`)."""

    def f(x: float | None) -> str:
        return "" if x is None or pd.isna(x) else f"{x:,.10g}"

    if r.value_low is not None and r.value_high is not None and not pd.isna(r.value_low) \
            and not pd.isna(r.value_high) and r.value_low != r.value_high:
        return f"{f(r.value_low)}-{f(r.value_high)}"
    return f(r.value) or f(r.value_low) or f(r.value_high)


def error_lines(errors: pd.DataFrame) -> list[str]:
    """One line per error: side, gold or prediction row, article, metric, value, outcome(s), phrasings."""
    out = []
    for r in errors.itertuples():
        outcome = r.outcome_strict or "-"
        if r.outcome_family != r.outcome_strict:
            outcome += f" / family: {r.outcome_family or 'right'}"
        out.append(f"  {r.side:<9} row {r.row:<4} {r.article:<10} {r.metric:<10} {value_text(r):>14}  {outcome}  [{r.phenomena}]")
    return out


def _plain_table(frame: pd.DataFrame) -> str:
    def cell(col: str, v: object) -> str:
        if isinstance(v, float):
            return "n/a" if pd.isna(v) else (f"{v:.3f}" if col in ("precision", "recall", "f1", "agreement") else f"{v:g}")
        return str(v)

    rows = [[cell(c, v) for c, v in zip(frame.columns, row)] for row in frame.itertuples(index=False)]
    widths = [max([len(c)] + [len(r[k]) for r in rows]) for k, c in enumerate(frame.columns)]
    lines = ["  ".join(c.rjust(w) if k else c.ljust(w) for k, (c, w) in enumerate(zip(frame.columns, widths)))]
    for r in rows:
        lines.append("  ".join(v.rjust(w) if k else v.ljust(w) for k, (v, w) in enumerate(zip(r, widths))))
    return "\n".join(lines)


def format_text(result: DevEvaluation, *, errors: bool = False, spans: bool = False) -> str:
    """The plain-text report ``claims evaluate`` prints for snippet-format gold."""
    gold = result.gold
    n_opt = int(gold["optional"].sum())
    parts = [
        f"snippet-format gold: {result.articles} articles scored, {result.matchings['strict'].required} required "
        f"figures, {n_opt} optional, {int((~gold['scored']).sum())} rows not scored (metric other/in_need or no number)",
        "",
        dev_score.format_summary(result.summary),
        "",
        "per metric (strict):",
        _plain_table(result.per_metric),
        "",
        "per family (family):",
        _plain_table(result.per_family),
        "",
        "errors by outcome and phrasing (an error can have several phrasings):",
        _plain_table(result.phenomena),
    ]
    if not result.agreement.empty:
        parts += ["", "attributed_to and place of matched figures (loose word comparison):",
                  _plain_table(result.agreement)]
    if spans:
        s = result.spans.iloc[0]
        parts += ["", f"spans of matched figures: {s['matched']} matched, {s['in_snippet']} inside their gold snippet, "
                      f"{s['elsewhere']} at another mention, {s['no_offsets']} without offsets"]
    if errors:
        parts += ["", f"errors ({len(result.errors)}):"] + error_lines(result.errors)
    return "\n".join(parts)
