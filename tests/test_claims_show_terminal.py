"""`claims show` never lets an article's or a ledger's control characters reach the terminal."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.cli import main


def test_escape_codes_are_shown_not_run(tmp_path: Path, capsys) -> None:
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False).head(3)
    ledger.loc[0, "surface"] = "12\x1b[2J\x1b[31m"
    ledger.loc[0, "outlet"] = "Wire\x07"
    path = tmp_path / "ledger.csv"
    ledger.to_csv(path, index=False)
    assert main(["claims", "show", "--ledger", str(path)]) == 0
    assert main(["claims", "show", "--ledger", str(path), ledger.loc[0, "claim_id"]]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out and "\\x07" in out
