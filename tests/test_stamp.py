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
    for ident, text in used.items():      # the versions of the rows read, from the frame itself
        versions = list(dict.fromkeys(events.loc[events["source"] == ident, "version"]))
        assert text == f"{'; '.join(versions)} (embedded reference)"
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


def test_the_index_lists_each_report_then_those_built_from_it_with_other_parameters(tmp_path: Path) -> None:
    import json

    from analysis.reports.index import index_rows, render_index
    from analysis.reports.manifest import load_manifest

    reports = load_manifest()

    def write(folder: str, name: str, doc: dict) -> None:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(json.dumps(doc))

    write("displacement", ".stamp.json", {"report": "displacement", "entry": "displacement", "title": "Displacement",
                                          "parameters": {"country": "SYR"}, "data_versions": {"unhcr_population": "v"},
                                          "datasets_recorded": True})
    write("displacement-sdn", ".stamp.json", {"report": "displacement-sdn", "entry": "displacement",
                                              "title": "Displacement — Sudan", "parameters": {"country": "SDN"},
                                              "data_versions": {"unhcr_population": "v"}})
    write("displacement-cod", ".failed.json", {"report": "displacement-cod", "entry": "displacement",
                                               "title": "Displacement — DR Congo", "parameters": {"country": "COD"},
                                               "error": "DataError: not loaded"})
    write("old-thing", ".stamp.json", {"report": "old-thing", "entry": "no_longer_in_the_manifest"})
    rows = index_rows(tmp_path, reports, {})
    names = [r["name"] for r in rows]
    assert names[names.index("displacement"):names.index("displacement") + 3] == \
        ["displacement", "displacement-cod", "displacement-sdn"]
    assert "old-thing" not in names
    by_name = {r["name"]: r for r in rows}
    assert by_name["displacement-sdn"]["title"] == "Displacement — Sudan"
    assert by_name["displacement-cod"]["status"] == "failed" and "not loaded" in by_name["displacement-cod"]["error"]
    page = render_index(rows)
    assert "Displacement — DR Congo" in page and "country: COD" in page and "country: SDN" in page
