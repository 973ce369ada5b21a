"""Whether matched figures agree on who said them and where: a loose comparison of two text fields.

For each pair of a gold row and the prediction that matched it, a field
(``attributed_to``, ``place``) is compared after normalising both sides:
lower case, accents dropped, bracketed notes such as "(implied)" or
"(destination)" removed, then split into words without the common function
words (:data:`FUNCTION_WORDS`) and a leading "al"/"el". The pair is

* ``both_empty`` when neither side has a word left,
* ``agree`` when the two share at least one word ("UNHCR" and "UNHCR spokesperson",
  "Raqqa city" and "Raqqa"),
* ``gold_only`` / ``pred_only`` when one side is empty,
* ``differ`` otherwise.

Agreement is ``(both_empty + agree) / pairs``. The comparison is loose on
purpose: gold places are phrases ("from East Ghouta to Idleb governorate")
and the extractor's are names.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

import pandas as pd

from analysis.claims.dev_score import Matching, text

FIELDS = ("attributed_to", "place")
OUTCOMES = ["both_empty", "agree", "gold_only", "pred_only", "differ"]
AGREEMENT_COLUMNS = ["field", "pairs", *OUTCOMES, "agreement"]
FUNCTION_WORDS = frozenset(
    "the a an of in on at to from and or for by with near into across its their his her this that these those "
    "said says according implied city town governorate province region district area areas camp camps "
    "sub state states".split()
)


def words(value: object) -> frozenset[str]:
    """The content words of a field value, normalised as described in the module docstring."""
    s = unicodedata.normalize("NFKD", text(value)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    out = set()
    for w in re.findall(r"[a-z0-9]+", s):
        if w in FUNCTION_WORDS or w in ("al", "el"):
            continue
        out.add(w)
    return frozenset(out)


def compare(gold_value: object, pred_value: object) -> str:
    """One of :data:`OUTCOMES` for a gold and a predicted value of a field."""
    g, p = words(gold_value), words(pred_value)
    if not g and not p:
        return "both_empty"
    if g and p:
        return "agree" if g & p else "differ"
    return "gold_only" if g else "pred_only"


def agreement(gold: pd.DataFrame, pred: pd.DataFrame, matching: Matching,
              fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Counts per field over the required gold rows that a prediction matched (AGREEMENT_COLUMNS).

    A field missing from either table is left out.
    """
    pairs = [(i, j) for i, j in enumerate(matching.gold_pred) if j is not None and gold["required"].iloc[i]]
    rows = []
    for f in fields:
        if f not in gold or f not in pred:
            continue
        counts = dict.fromkeys(OUTCOMES, 0)
        for i, j in pairs:
            counts[compare(gold[f].iloc[i], pred[f].iloc[j])] += 1
        n = len(pairs)
        share = (counts["both_empty"] + counts["agree"]) / n if n else float("nan")
        rows.append({"field": f, "pairs": n, **counts, "agreement": share})
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
