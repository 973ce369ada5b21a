"""The stamp lists the datasets a notebook used (analysis.reports.stamp.record_datasets), on the embedded data."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis import catalog, datasets
from analysis.reports import render, stamp


@pytest.fixture()
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty raw folder: every dataset is read from data/reference/."""
    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("TALLY_RAW", str(raw))
    return raw


def test_datasets_used_are_those_behind_the_frames_only(embedded: Path) -> None:
    events = datasets.events("SYR", raw=embedded)
    indicators = datasets.indicators("SYR", raw=embedded)
    used = stamp.datasets_used(events, indicators.iloc[0:0], None)
    # independent of the code under test: the ids in the frame's own source column
    assert set(used) == set(events["source"]) and used
    assert len(used) < len(catalog.dataset_ids())
    for ident, text in used.items():
        assert text == f"{catalog.dataset(ident)['version']} (embedded reference)"
    # a dataset id may be named directly
    assert stamp.datasets_used("unhcr_population") == {
        "unhcr_population": f"{catalog.dataset('unhcr_population')['version']} (embedded reference)"}


def test_the_builder_reads_and_removes_what_the_notebook_recorded() -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("record_datasets(a, b)")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/plain": "a table"}),
        nbformat.v4.new_output("display_data", data={stamp.DATASETS_MIME: {"datasets": {"ucdp_ged": "25.1 (x)"}},
                                                     "text/plain": "Datasets recorded for the build stamp: ucdp_ged"}),
    ]
    later = nbformat.v4.new_code_cell("record_datasets(c)")
    later.outputs = [nbformat.v4.new_output("display_data", data={
        stamp.DATASETS_MIME: {"datasets": {"ucdp_ged": "25.1 (x)", "unhcr_population": "2024 (y)"}}})]
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), cell, later]
    assert stamp.recorded_datasets(nb) == {"ucdp_ged": "25.1 (x)", "unhcr_population": "2024 (y)"}
    assert [o["data"] for o in cell.outputs] == [{"text/plain": "a table"}] and later.outputs == []
    assert stamp.recorded_datasets(nb) is None          # nothing recorded: the builder falls back to the catalog


def test_the_stamp_says_when_it_lists_the_whole_catalog() -> None:
    kept = render.make_stamp("r", "R", "r.ipynb", {}, code="c", data={"ucdp_ged": "25.1"}, recorded=True)
    every = render.make_stamp("r", "R", "r.ipynb", {}, code="c", data={"ucdp_ged": "25.1"}, recorded=False)
    assert "does not record" not in render.stamp_html(kept) + render.stamp_markdown(kept)
    assert "does not record which it used" in render.stamp_html(every)
    assert "does not record which it used" in render.stamp_markdown(every)
