"""The sources table that ends every report shows no column that is blank in every row (issue 13: a "read from"
column, which names the reference table a dataset was read from, stood empty in every report built from
fetched world data, whose datasets are all read from data/raw)."""

from __future__ import annotations

import re
from pathlib import Path

from analysis import datasets, display


def _headers_and_cells(markup: str) -> tuple[list[str], list[list[str]]]:
    heads = re.findall(r"<th\s[^>]*>(.*?)</th>", markup)
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", markup)]
    return heads, [r for r in rows if r]


def _shown(monkeypatch, *frames) -> str:
    out: list = []
    monkeypatch.setattr(display, "_display", out.append)
    display.sources(*frames, record=False)
    return "".join(o.data for o in out)


def test_no_blank_column_for_fetched_data(fetched_raw: Path, monkeypatch) -> None:
    ind = datasets.indicators("COD", ["unhcr_population", "idmc_gidd"], raw=fetched_raw)
    assert len(ind)
    heads, rows = _headers_and_cells(_shown(monkeypatch, ind))
    assert "title" in heads and "catalog id" in heads and rows
    assert "read from" not in heads, heads
    for i, head in enumerate(heads):
        assert any(r[i].strip() for r in rows), f"column {head!r} is blank in every row"


def test_read_from_kept_when_a_reference_table_is_read(empty_raw: Path, monkeypatch) -> None:
    ind = datasets.indicators("SYR", raw=empty_raw)  # nothing fetched: the embedded reference tables
    heads, rows = _headers_and_cells(_shown(monkeypatch, ind))
    assert "read from" in heads, heads
    col = heads.index("read from")
    assert any(r[col].strip() for r in rows)
