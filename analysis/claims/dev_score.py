"""Strict and family scoring of predicted figures against snippet-format gold.

The rules are those of the reference scorer ``../shared/tools/score_claims.py``
(the development corpus is measured with it) and give the same counts on the
same files:

* A figure's numbers are the set of its ``value``, ``value_low`` and
  ``value_high`` (commas dropped); a prediction and a gold row agree on the
  number when the two sets share one.
* Gold rows with metric ``other``, ``in_need`` or none, or with no number, are
  not scored. A gold row whose note mentions "optional", "out of scope" or
  "teaser" (any case, ``_`` read as a space) is optional: matching it is not
  counted right, missing it is not counted missed. Predictions with metric
  ``other``, ``in_need`` or none are not scored either.
* Only articles holding a scored gold row are scored. Article ids compare by
  their leading number when they start with three digits (``300`` and
  ``300_east_ghouta`` are one article).
* Predictions are taken in file order; each matches the first gold row of its
  article (required rows first, then optional ones, each in file order) that
  shares a number, has a compatible metric and is not matched yet. When every
  compatible row is matched already the prediction repeats a found figure and
  is neither right nor wrong; when none is compatible it is wrong (a false
  positive). Required rows left unmatched are missed.
* **strict**: the metric must be the gold metric, except that ``casualties``
  is compatible with every harm metric (killed, wounded, casualties).
  **family**: the metrics must be in the same family (:data:`FAMILY`).
  A predicted metric ``any`` is compatible with everything (a baseline that
  finds numbers but not what they count).
* Precision tp / (tp + fp), recall tp / required, F1 their harmonic mean,
  each 0.0 when its denominator is 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from analysis.schemas import METRICS

#: Metric families of the reference scorer.
FAMILY = {
    "killed": "harm", "wounded": "harm", "casualties": "harm",
    "displaced": "moved", "idps": "moved", "refugees": "moved", "returned": "returned",
    "captured": "taken", "destroyed": "taken",
    "detained": "held", "missing": "held", "released": "held",
}
#: Metrics that are never scored.
IGNORED = frozenset({"other", "in_need", ""})
MODES = ("strict", "family")
#: Notes that make a gold row optional (searched in the lower-cased note, ``_`` read as a space).
OPTIONAL_MARKS = ("optional", "out of scope", "teaser")
VALUE_COLUMNS = ("value", "value_low", "value_high")
SUMMARY_COLUMNS = ["mode", "tp", "fp", "fn", "precision", "recall", "f1"]


def text(cell: object) -> str:
    """A cell as stripped text ("" for None and NaN)."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return ""
    return str(cell).strip()


def article_key(article: object) -> str:
    """The id an article is compared by: ``300_east_ghouta`` and ``300`` are both ``300``."""
    s = text(article)
    return s.split("_", 1)[0] if s[:3].isdigit() else s


def parse_number(cell: object) -> float | None:
    """A cell read as a number (commas dropped); None when empty or not a number.

    A float is first written with 10 significant digits, as ``claims extract``
    writes its CSV, so an in-memory prediction scores as its file would.
    """
    if cell is None:
        return None
    if isinstance(cell, float):
        if math.isnan(cell):
            return None
        cell = f"{cell:.10g}"
    s = str(cell).strip().replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def figure_numbers(row: object) -> frozenset[float]:
    """The set of numbers of a row (a mapping or a namedtuple with value columns)."""
    get = row.get if hasattr(row, "get") else lambda c, d=None: getattr(row, c, d)
    out = (parse_number(get(c, None)) for c in VALUE_COLUMNS)
    return frozenset(v for v in out if v is not None)


def metric_family(metric: str) -> str:
    """The family of a metric (a metric outside :data:`FAMILY` is its own family)."""
    return FAMILY.get(metric, metric)


def compatible(gold_metric: str, pred_metric: str, mode: str) -> bool:
    """Whether a predicted metric counts as the gold metric in ``mode`` (strict or family)."""
    a, b = gold_metric, pred_metric
    if a == b or b == "any":
        return True
    harm_pair = "casualties" in (a, b) and {FAMILY.get(a), FAMILY.get(b)} <= {"harm"}
    if mode == "family":
        return metric_family(a) == metric_family(b) or harm_pair
    return harm_pair


def is_optional(note: object) -> bool:
    """Whether a gold note marks its row optional (see :data:`OPTIONAL_MARKS`)."""
    note_text = text(note).lower().replace("_", " ")
    return any(mark in note_text for mark in OPTIONAL_MARKS)


def prepare_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """Gold rows with the scoring columns added.

    ``key`` (article id compared), ``numbers`` (frozenset), ``scored`` (counts
    at all), ``optional`` (scored but neither required nor penalised) and
    ``required``. The gold frame needs ``article_id`` and ``metric``.
    """
    out = gold.copy()
    out["key"] = out["article_id"].map(article_key)
    out["numbers"] = [figure_numbers(r) for r in out.to_dict("records")]
    metric = out["metric"].map(text)
    notes = out["note"] if "note" in out else pd.Series([""] * len(out), index=out.index)
    out["scored"] = ~metric.isin(IGNORED) & out["numbers"].map(bool)
    out["optional"] = out["scored"] & notes.map(is_optional)
    out["required"] = out["scored"] & ~out["optional"]
    return out


@dataclass
class Matching:
    """How predictions and gold rows were paired in one mode.

    ``pred_status`` per prediction: ``right`` (matched a required row),
    ``optional`` (matched an optional row), ``repeat`` (every compatible row
    was matched already), ``wrong`` (false positive) or ``unscored`` (metric
    not scored, or its article holds no scored gold row). ``pred_gold`` is the
    gold row a prediction matched (None otherwise); ``gold_pred`` the
    prediction that matched each gold row.
    """

    mode: str
    pred_status: list[str]
    pred_gold: list[int | None]
    gold_pred: list[int | None]
    required: int
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


def _ratios(tp: int, fp: int, required: int) -> tuple[float, float, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / required if required else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def match(gold: pd.DataFrame, pred: pd.DataFrame, mode: str) -> Matching:
    """Pair predictions with gold rows in ``mode`` (rules in the module docstring).

    ``gold`` comes from :func:`prepare_gold` (positions, not index labels, are
    used); ``pred`` needs ``article`` and ``metric`` and any value columns.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    scored = [i for i, s in enumerate(gold["scored"]) if s]
    order = [i for i in scored if gold["required"].iloc[i]] + [i for i in scored if gold["optional"].iloc[i]]
    keys, metrics = list(gold["key"]), [text(m) for m in gold["metric"]]
    numbers, required = list(gold["numbers"]), list(gold["required"])
    by_article: dict[str, list[int]] = {}
    for i in order:
        by_article.setdefault(keys[i], []).append(i)
    gold_pred: list[int | None] = [None] * len(gold)
    status, pred_gold = [], []
    for j, p in enumerate(pred.to_dict("records")):
        pm = text(p.get("metric"))
        candidates = by_article.get(article_key(p.get("article")))
        if pm in IGNORED or candidates is None:
            status.append("unscored")
            pred_gold.append(None)
            continue
        pn = figure_numbers(p)
        hit, repeat_of = None, None
        for i in candidates:
            if numbers[i] & pn and compatible(metrics[i], pm, mode):
                if gold_pred[i] is None:
                    hit = i
                    break
                repeat_of = i if repeat_of is None else repeat_of
        if hit is not None:
            gold_pred[hit] = j
            status.append("right" if required[hit] else "optional")
            pred_gold.append(hit)
        elif repeat_of is not None:
            status.append("repeat")
            pred_gold.append(repeat_of)
        else:
            status.append("wrong")
            pred_gold.append(None)
    n_required = int(sum(required))
    tp, fp = status.count("right"), status.count("wrong")
    prec, rec, f1 = _ratios(tp, fp, n_required)
    return Matching(mode, status, pred_gold, gold_pred, n_required, tp, fp, n_required - tp, prec, rec, f1)


def score_all(gold: pd.DataFrame, pred: pd.DataFrame) -> dict[str, Matching]:
    """The strict and the family matching of ``pred`` against prepared ``gold``."""
    return {mode: match(gold, pred, mode) for mode in MODES}


def summary(matchings: dict[str, Matching]) -> pd.DataFrame:
    """One line per mode (SUMMARY_COLUMNS)."""
    rows = [{"mode": m.mode, "tp": m.tp, "fp": m.fp, "fn": m.fn, "precision": m.precision,
             "recall": m.recall, "f1": m.f1} for m in matchings.values()]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def by_metric(gold: pd.DataFrame, pred: pd.DataFrame, matching: Matching) -> pd.DataFrame:
    """tp, fp, fn, precision, recall and F1 per metric (strict) or per family (family; first column ``family``).

    A right or missed figure counts under its gold metric (family), a false
    positive under its predicted one. Precision (recall) is NaN when nothing
    was predicted (required) under that name; ``overall`` comes last and
    equals the summary line.
    """
    name = (lambda m: m) if matching.mode == "strict" else metric_family
    counts: dict[str, list[int]] = {}
    for i, req in enumerate(gold["required"]):
        if req:
            c = counts.setdefault(name(text(gold["metric"].iloc[i])), [0, 0, 0])
            c[0 if matching.gold_pred[i] is not None else 2] += 1
    for j, st in enumerate(matching.pred_status):
        if st == "wrong":
            counts.setdefault(name(text(pred["metric"].iloc[j])), [0, 0, 0])[1] += 1
    if matching.mode == "strict":
        order = [m for m in METRICS if m in counts] + sorted(set(counts) - set(METRICS))
    else:
        families = list(dict.fromkeys(FAMILY.values()))
        order = [f for f in families if f in counts] + sorted(set(counts) - set(families))
    rows = []
    for key in order:
        tp, fp, fn = counts[key]
        rows.append(_line(key, tp, fp, fn))
    rows.append(_line("overall", matching.tp, matching.fp, matching.fn))
    frame = pd.DataFrame(rows, columns=["metric", "tp", "fp", "fn", "precision", "recall", "f1"])
    return frame if matching.mode == "strict" else frame.rename(columns={"metric": "family"})


def _line(name: str, tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = (2 * p * r / (p + r)) if tp else (0.0 if fp + fn else float("nan"))
    return {"metric": name, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


def format_summary(table: pd.DataFrame) -> str:
    """A plain-text table of :func:`summary` (ratios to 3 decimals, as the reference scorer rounds)."""
    lines = [f"{'mode':<8} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7} {'f1':>6}"]
    for r in table.itertuples():
        lines.append(f"{r.mode:<8} {r.tp:>5} {r.fp:>5} {r.fn:>5} {r.precision:>9.3f} {r.recall:>7.3f} {r.f1:>6.3f}")
    return "\n".join(lines)
