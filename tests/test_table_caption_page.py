"""A table's caption is printed on the page its table starts on (issue 13: in the PDFs of the casualties and
displacement reports "Sources / Table 6. Datasets used in this report." ended a page and the table began on the
next). The table is made by analysis.display.table and printed with the reports' own CSS and PDF writer, after
more and more paragraphs, so that for some of them the caption falls at the foot of a page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from analysis import display
from analysis.reports import render


def _table_markup(monkeypatch) -> str:
    out: list = []
    monkeypatch.setattr(display, "_display", out.append)
    frame = pd.DataFrame({"title": [f"Dataset number {i} with a long title to wrap" for i in range(4)],
                          "producer": ["Uppsala Conflict Data Program (UCDP), Uppsala University"] * 4,
                          "catalog id": [f"FIRSTROWMARK{i}" if i == 0 else f"row{i}" for i in range(4)]})
    display.table(frame, "CAPTIONMARK Datasets used in this report.")
    return "".join(o.data for o in out)


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run([shutil.which("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_caption_and_first_row_share_a_page(monkeypatch, tmp_path: Path) -> None:
    table = _table_markup(monkeypatch)
    para = "<p>" + "A paragraph of prose that fills the page before the table. " * 6 + "</p>"
    split = 0
    for n in range(14, 30):
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{render.CSS}</style></head><body>"
                f"{para * n}<h2>Sources</h2>{table}</body></html>")
        pdf = tmp_path / f"t{n}.pdf"
        render.to_pdf(page, pdf)
        pages = _pages(pdf)
        where_caption = [i for i, t in enumerate(pages) if "CAPTIONMARK" in t]
        where_row = [i for i, t in enumerate(pages) if "FIRSTROWMARK0" in t]
        assert where_caption and where_row, n
        assert where_caption == where_row, f"{n} paragraphs: caption on page {where_caption}, table on {where_row}"
        split += any("Sources" in t and "CAPTIONMARK" not in t for t in pages)
    assert split == 0
