"""The hand audit of the claim check's verdicts (``data/claims/check_audit.csv``), summarised.

Each audit row is one claim of the committed ledger: the verdict the check gave it
(``verdict``), whether a careful reader agrees (``judgement``: agree | disagree), the
verdict that reader thinks right (``expected``), why, and the audit date. How the audit
was done and every disagreement's cause: ``data/claims/check_audit.md``. The test
``tests/test_check_audit.py`` fails when the check's verdict on an audited claim changes
(the audit must then be redone for those claims).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.check.verdict import VERDICTS
from analysis.errors import DataError

#: The audit table.
AUDIT = paths.CLAIMS / "check_audit.csv"
#: Its columns, in order.
AUDIT_COLUMNS = ["claim_id", "article", "verdict", "judgement", "expected", "why", "audited"]
JUDGEMENTS = ("agree", "disagree")


def read_audit(path: str | Path = AUDIT) -> pd.DataFrame:
    """The audit table, checked: its columns, judgements and verdicts; ``expected`` equals ``verdict`` when agreed."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"no claim check audit at {path}")
    audit = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(audit.columns) != AUDIT_COLUMNS:
        raise DataError(f"{path}: columns {list(audit.columns)}, expected {AUDIT_COLUMNS}")
    for col, allowed in (("judgement", JUDGEMENTS), ("verdict", VERDICTS), ("expected", VERDICTS)):
        bad = audit.loc[~audit[col].isin(allowed), "claim_id"].tolist()
        if bad:
            raise DataError(f"{path}: column {col} must be one of {', '.join(allowed)} (rows {', '.join(bad)})")
    if audit["claim_id"].duplicated().any():
        raise DataError(f"{path}: claims audited twice: {', '.join(audit.loc[audit['claim_id'].duplicated(), 'claim_id'])}")
    agreed = audit["judgement"] == "agree"
    odd = audit.loc[agreed & (audit["expected"] != audit["verdict"]), "claim_id"].tolist()
    odd += audit.loc[~agreed & (audit["expected"] == audit["verdict"]), "claim_id"].tolist()
    if odd:
        raise DataError(f"{path}: 'expected' must equal 'verdict' exactly when the judgement is agree (rows {', '.join(odd)})")
    return audit


def audit_summary(path: str | Path = AUDIT) -> dict:
    """Counts and the share agreed, overall and per audited verdict (in the order of :data:`VERDICTS`).

    ``{"rows", "agree", "disagree", "share_agreed", "audited": [dates], "per_verdict": {verdict: {"rows",
    "agree", "disagree", "share_agreed"}}, "disagreements": [{claim_id, verdict, expected}]}``
    """
    audit = read_audit(path)

    def counts(frame: pd.DataFrame) -> dict:
        agree = int((frame["judgement"] == "agree").sum())
        rows = len(frame)
        return {"rows": rows, "agree": agree, "disagree": rows - agree,
                "share_agreed": agree / rows if rows else float("nan")}

    out = counts(audit)
    out["audited"] = sorted(set(audit["audited"]))
    out["per_verdict"] = {v: counts(audit[audit["verdict"] == v]) for v in VERDICTS if (audit["verdict"] == v).any()}
    out["disagreements"] = audit.loc[audit["judgement"] == "disagree", ["claim_id", "verdict", "expected"]].to_dict("records")
    return out
