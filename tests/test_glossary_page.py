"""The methods and glossary page (issue 13 review item 6): written beside the index by the build's index step,
self-contained, linked from the index and from every report notebook."""

from __future__ import annotations

import re
from pathlib import Path

from analysis import paths
from analysis.reports import index
from analysis.tables import glossary


def test_the_index_step_writes_the_page_and_links_to_it(tmp_path: Path):
    index.write_index(tmp_path, {}, {})
    page = (tmp_path / glossary.PAGE).read_text(encoding="utf-8")
    assert 'href="glossary.html"' in (tmp_path / "index.html").read_text(encoding="utf-8")
    for term, _ in glossary.TERMS:
        assert f">{term}</dt>" in page.replace("&#x27;", "'")
    for word in ("Refugee", "Asylum-seeker", "Internally displaced person (IDP)", "Stock and flow", "UCDP"):
        assert word in page
    # self-contained: no script, no stylesheet or image fetched from elsewhere
    assert "<script" not in page and not re.search(r'(src|href)="(https?:)?//', page)


def test_every_report_notebook_links_to_the_page():
    for name in ("claims", "displacement", "casualties", "offensive_brief"):
        text = (paths.ROOT / "notebooks" / f"{name}.py").read_text(encoding="utf-8")
        assert "glossary.link_markdown(" in text, name
    assert f"](../{glossary.PAGE})" in glossary.link_markdown()
