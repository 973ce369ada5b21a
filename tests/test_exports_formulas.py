"""Exported CSVs never carry a spreadsheet formula from an article or a review (OWASP CSV injection)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analysis.claims.ledger import load_ledger
from analysis.exports import FORMULA_STARTS, neutralise_formulas, tables, write_exports
from analysis import paths


def test_text_cells_that_start_like_formulas_are_quoted() -> None:
    frame = pd.DataFrame({"outlet": ["=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "Wire"],
                          "value": [-2.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]})
    out = neutralise_formulas(frame)
    assert out["outlet"].tolist()[:6] == ["'" + v for v in frame["outlet"].tolist()[:6]]
    assert out["outlet"].iloc[6] == "Wire" and out["value"].tolist() == frame["value"].tolist()


def test_exports_opened_hold_no_formula(tmp_path: Path) -> None:
    ledger = load_ledger(paths.LEDGER).head(40).copy()
    ledger.loc[0, "outlet"] = "=HYPERLINK(\"http://example.org\",\"click\")"
    ledger.loc[1, "review_note"] = "@SUM(1+1)"
    ledger.loc[2, "attributed_to"] = "+cmd|' /C calc'!A0"
    frames = tables(paths.LEDGER, "SYR")
    frames["claims"] = ledger.assign(start=ledger["start"].astype("int64"), end=ledger["end"].astype("int64"))
    write_exports(tmp_path, frames=frames)
    for name in ("claims.csv", "claims_hxl.csv", "checks.csv", "indicators.csv"):
        with open(tmp_path / name, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS) or _number(cell), (name, cell)


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False
