"""Verdicts: how a reported figure compares with the dataset figure, in words.

A claim is read as an interval by its qualifier (hedges respected):

* exact, about: the value itself;
* at_least, more_than: the value or more ("at least 100" is consistent when the
  data reach 100 x (1 - tolerance));
* up_to, less_than: the value or fewer;
* range: value_low to value_high;
* approx_word ("dozens", "thousands"): value_low or more (its minimum reading),
  up to value_high when the ledger gives one; it is "consistent" only when the
  data lie within one order of magnitude of that reading (:data:`VAGUE_SPAN`).

The data are the figure with its low-high range where the dataset gives one,
widened by the rule's tolerance (a range alone, with no headline figure, when
the data can only bound the window: years partly inside it). The verdict is
``consistent`` when the two overlap, ``higher than data`` / ``lower than data``
when the claim lies wholly above / below, and ``not comparable`` when there is
no data figure. A vague figure ("millions", "hundreds": qualifier approx_word)
is an open range: it is ``consistent`` or ``not comparable``, never higher or
lower. ``implausible`` is given before any comparison (:mod:`.match`).
"""

from __future__ import annotations

import math
from typing import Any

#: A vague figure ("thousands", "millions") with no upper reading is taken to span one order of magnitude
#: from its lowest reading ("thousands": 2,000 to 20,000) when deciding whether it is consistent.
VAGUE_SPAN = 10

#: An open-ended claim ("at least 7,773") below a tenth of the data's low end says nothing about them.
OPEN_FLOOR = 10

VERDICTS = ("consistent", "higher than data", "lower than data", "implausible", "not comparable")


def _num(x: Any) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.nan
    return v


def claim_interval(value: Any, value_low: Any, value_high: Any, qualifier: str) -> tuple[float, float]:
    """The claim as (low, high): what it says the true count could be (high may be inf)."""
    v, lo, hi = _num(value), _num(value_low), _num(value_high)
    q = (qualifier or "exact").strip()
    if q in ("at_least", "more_than"):
        base = lo if not math.isnan(lo) else v
        return base, math.inf
    if q in ("up_to", "less_than"):
        top = hi if not math.isnan(hi) else v
        return 0.0, top
    if q == "approx_word":
        base = lo if not math.isnan(lo) else v
        return base, hi if not math.isnan(hi) and hi > base else math.inf
    if q == "range":
        low = lo if not math.isnan(lo) else v
        high = hi if not math.isnan(hi) else v
        return low, high
    return v, v


def claim_point(value: Any, value_low: Any, qualifier: str) -> float:
    """The single number the ratio uses: ``value_low`` for vague words, else ``value``."""
    v, lo = _num(value), _num(value_low)
    if qualifier == "approx_word" and not math.isnan(lo):
        return lo
    return v if not math.isnan(v) else lo


def compare(claim: dict, data_value: Any, data_low: Any = None, data_high: Any = None,
            tolerance: float = 0.2) -> dict:
    """Ratio, within_range, verdict and reason for one claim against one data figure.

    ``claim`` holds value, value_low, value_high and qualifier (ledger columns).
    """
    d = _num(data_value)
    bounds = [x for x in (_num(data_low), _num(data_high)) if not math.isnan(x)]
    if math.isnan(d) and len(bounds) < 2:
        return {"ratio": math.nan, "within_range": False, "verdict": "not comparable",
                "reason": "no data figure"}
    q = str(claim.get("qualifier") or "exact")
    c_lo, c_hi = claim_interval(claim.get("value"), claim.get("value_low"), claim.get("value_high"), q)
    point = claim_point(claim.get("value"), claim.get("value_low"), q)
    if math.isnan(c_lo) or math.isnan(point):
        return {"ratio": math.nan, "within_range": False, "verdict": "not comparable",
                "reason": "the claim has no value"}
    d_lo = min(x for x in (d, _num(data_low)) if not math.isnan(x))
    d_hi = max(x for x in (d, _num(data_high)) if not math.isnan(x))
    band_lo, band_hi = d_lo * (1 - tolerance), d_hi * (1 + tolerance)
    if math.isnan(d):
        ratio = math.nan  # a range only (years partly inside the window): no single figure to divide by
    else:
        ratio = point / d if d > 0 else (math.inf if point > 0 else 1.0)
    has_range = d_lo < d_hi
    within = (d_lo <= point <= d_hi) if has_range else False
    within = within or band_lo <= point <= band_hi
    tol = f"{tolerance:.0%}"
    span = f"{d_lo:,.0f}-{d_hi:,.0f}" if has_range else f"{d_hi:,.0f}"
    said = _said(q, c_lo, c_hi, point)
    vague_top = c_hi if not math.isinf(c_hi) else c_lo * VAGUE_SPAN
    if q == "approx_word" and (c_lo > band_hi or vague_top < band_lo):
        verdict = "not comparable"
        reason = (f"the claim is a vague figure ({said}, read as {c_lo:,.0f} to {vague_top:,.0f}), which cannot be "
                  f"judged higher or lower than the data ({span}, tolerance {tol})")
    elif math.isinf(c_hi) and c_lo * OPEN_FLOOR < band_lo:
        verdict = "not comparable"
        reason = (f"the claim ({said}) is open-ended and far below the data ({span}): it neither confirms nor "
                  "contradicts them")
    elif math.isnan(d) and d_lo == 0 and c_lo <= band_hi:
        verdict = "not comparable"
        reason = (f"the data can only bound the claim's window from above ({span}: the window covers no whole "
                  f"year of the yearly series), so a claim below that bound ({said}) is neither confirmed nor "
                  "contradicted")
    elif c_lo > band_hi:
        verdict = "higher than data"
        reason = f"the claim ({said}) is above the data ({span}) by more than {tol}"
    elif c_hi < band_lo:
        verdict = "lower than data"
        reason = f"the claim ({said}) is below the data ({span}) by more than {tol}"
    else:
        verdict = "consistent"
        if within and has_range and d_lo <= point <= d_hi:
            reason = f"the claim ({said}) is inside the data's low-high range ({span})"
        elif within:
            reason = f"the claim ({said}) is within {tol} of the data ({span})"
        else:
            reason = f"the claim ({said}) allows the data's figure ({span}, tolerance {tol})"
    return {"ratio": ratio, "within_range": bool(within), "verdict": verdict, "reason": reason}


def _said(q: str, lo: float, hi: float, point: float) -> str:
    if q in ("at_least", "more_than", "approx_word") and math.isinf(hi):
        return f"{lo:,.0f} or more"
    if q in ("up_to", "less_than"):
        return f"up to {hi:,.0f}"
    if lo != hi and not math.isinf(hi):
        return f"{lo:,.0f}-{hi:,.0f}"
    return f"{'about ' if q == 'about' else ''}{point:,.0f}"
