"""benchmarks/results.md is rendered from results.json with each table's own column order."""

from __future__ import annotations

import json

from benchmarks.__main__ import columns, render


def test_column_order_survives_the_sorted_json() -> None:
    table = [{"run": "a", "seconds": 2.0, "items": 10}, {"run": "b", "seconds": "failed"}, {"run": "c", "extra": 1}]
    res = {"title": "T", "summary": ["one line"], "table": table, "columns": columns(table)}
    stored = json.loads(json.dumps({"t": res}, sort_keys=True))
    assert list(stored["t"]["table"][0]) == ["items", "run", "seconds"]      # what sort_keys does to rows
    md = render(stored)
    assert "| run | seconds | items | extra |" in md
    assert "| b | failed |  |  |" in md and "- one line" in md


def test_committed_results_name_the_run_in_the_first_column() -> None:
    from benchmarks.__main__ import RESULTS_JSON, RESULTS_MD

    results = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
    assert render(results) == RESULTS_MD.read_text(encoding="utf-8")
    for name, res in results.items():
        if res.get("table"):
            assert res["columns"][0] in ("run", "report"), name
