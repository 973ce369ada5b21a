"""The hand audit of the claim check (data/claims/check_audit.csv) kept as a regression test.

The check is run on the committed ledger with the embedded reference tables only (an empty
raw folder, as tests/test_check.py does). When a verdict on an audited claim changes, the
audit of that claim is out of date: read the claim again, judge the new verdict and update
its row (verdict, judgement, expected, why, audited) and data/claims/check_audit.md.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.check.audit import AUDIT, AUDIT_COLUMNS, audit_summary, read_audit
from analysis.check.run import check_claims
from analysis.claims.ledger import load_ledger

#: Verdicts that must all be audited: every claim the check calls higher, lower or implausible.
ALWAYS_AUDITED = ("higher than data", "lower than data", "implausible")
MIN_ROWS = 60


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return load_ledger(paths.LEDGER)


@pytest.fixture(scope="module")
def checks(ledger: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    raw = tmp_path_factory.mktemp("raw_audit")  # empty: the committed reference tables only
    return check_claims(ledger, raw=raw)


@pytest.fixture(scope="module")
def audit() -> pd.DataFrame:
    return read_audit(AUDIT)


def test_audit_columns_and_size(audit: pd.DataFrame) -> None:
    raw = pd.read_csv(AUDIT, dtype=str, keep_default_na=False)
    assert list(raw.columns) == AUDIT_COLUMNS
    assert len(audit) >= MIN_ROWS, f"the audit has {len(audit)} rows, at least {MIN_ROWS} are needed"
    assert set(audit["judgement"]) <= {"agree", "disagree"}
    assert (audit["why"].str.strip() != "").all(), "every audit row says why"
    assert audit["audited"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_every_audited_claim_is_in_the_ledger(audit: pd.DataFrame, ledger: pd.DataFrame) -> None:
    gone = sorted(set(audit["claim_id"]) - set(ledger["claim_id"]))
    assert not gone, (f"{len(gone)} audited claims are no longer in {paths.relative(paths.LEDGER)} "
                      f"(ledger rebuilt?): {', '.join(gone)}; redo the audit for them")
    where = ledger.set_index("claim_id").loc[audit["claim_id"], "article"]
    moved = audit.loc[where.to_numpy() != audit["article"].to_numpy(), "claim_id"].tolist()
    assert not moved, f"audited claims now belong to another article: {', '.join(moved)}"


def test_audited_verdicts_unchanged(audit: pd.DataFrame, checks: pd.DataFrame) -> None:
    now = checks.set_index("claim_id")["verdict"]
    kept = audit[audit["claim_id"].isin(now.index)]
    changed = kept[kept["verdict"].to_numpy() != now.loc[kept["claim_id"]].to_numpy()]
    lines = [f"{r.claim_id}: audited '{r.verdict}' (judged {r.judgement}, expected '{r.expected}'), now "
             f"'{now[r.claim_id]}'" for r in changed.itertuples()]
    assert not lines, (f"the check's verdict changed on {len(lines)} audited claims, so the audit must be redone "
                       f"for them ({paths.relative(AUDIT)} and check_audit.md):\n" + "\n".join(lines))


def test_every_higher_lower_implausible_verdict_is_audited(audit: pd.DataFrame, checks: pd.DataFrame) -> None:
    strong = checks[checks["verdict"].isin(ALWAYS_AUDITED)]
    missing = strong[~strong["claim_id"].isin(audit["claim_id"])]
    assert missing.empty, ("claims the check calls higher, lower or implausible that nobody has audited: "
                           + ", ".join(f"{r.claim_id} ({r.verdict})" for r in missing.itertuples()))


def test_audit_summary_counts(audit: pd.DataFrame) -> None:
    s = audit_summary(AUDIT)
    assert s["rows"] == len(audit) and s["agree"] + s["disagree"] == s["rows"]
    assert s["share_agreed"] == pytest.approx(s["agree"] / s["rows"])
    assert sum(v["rows"] for v in s["per_verdict"].values()) == s["rows"]
    assert {d["claim_id"] for d in s["disagreements"]} == set(audit.loc[audit["judgement"] == "disagree", "claim_id"])
    for verdict, counts in s["per_verdict"].items():
        assert counts["rows"] == int((audit["verdict"] == verdict).sum())


def test_read_audit_rejects_a_bad_table(tmp_path: Path) -> None:
    from analysis.errors import DataError

    bad = pd.read_csv(AUDIT, dtype=str, keep_default_na=False).head(3)
    bad.loc[bad.index[0], "judgement"] = "agree"
    bad.loc[bad.index[0], "expected"] = "not comparable" if bad.loc[bad.index[0], "verdict"] != "not comparable" \
        else "consistent"
    path = tmp_path / "audit.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(DataError, match="expected"):
        read_audit(path)
    bad.drop(columns="why").to_csv(path, index=False)
    with pytest.raises(DataError, match="columns"):
        read_audit(path)
