"""A fetched dataset whose figures are far from its producer's, and a damaged fetched copy (issue 14).

The raw folders are built here from the offline mirror (/work/shared/data): a true copy, a copy with Syria's
figures doubled (still schema-valid; its checksum recorded as a fresh download's would be), a copy cut off
before Syria's last years, and a copy with one byte changed (its checksum no longer the catalog's). The
sanity values are the catalog's (`data/catalog.yml`, from each mirror folder's SOURCE.md).
"""

from __future__ import annotations

import csv
import io
import shutil
import warnings
from pathlib import Path

import pytest

from analysis import catalog, datasets, paths
from analysis.reports import render
from analysis.reports import stamp as stamps
from analysis.sources import fetch as fetching

DATASET = "worldbank_population"
MIRROR = paths.MIRROR / "worldbank_population" / "population.csv"

pytestmark = pytest.mark.skipif(not MIRROR.is_file(), reason="the offline mirror is not on this machine")


def raw_copy(tmp_path: Path, change=None, how: str = "download") -> Path:
    """``tmp_path/raw/worldbank_population/population.csv`` from the mirror, with ``change(rows)`` applied to
    its rows, and the fetch record a download (its own checksums) or a mirror import (the catalog's) leaves."""
    raw = tmp_path / "raw"
    folder = raw / DATASET
    folder.mkdir(parents=True)
    target = folder / "population.csv"
    if change is None:
        shutil.copyfile(MIRROR, target)
    else:
        rows = list(csv.reader(io.StringIO(MIRROR.read_text(encoding="utf-8"))))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(change(rows))
        target.write_text(out.getvalue(), encoding="utf-8")
    catalog.write_manifest(folder, DATASET, how, "test", [target])
    return raw


def doubled(rows: list[list[str]]) -> list[list[str]]:
    return [rows[0]] + [r[:3] + [str(int(r[3]) * 2) if r[1] == "SYR" and r[3] else r[3]] for r in rows[1:]]


def cut_before_2020(rows: list[list[str]]) -> list[list[str]]:
    return [rows[0]] + [r for r in rows[1:] if r[1] != "SYR" or int(r[2]) < 2020]


def load(raw: Path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = datasets.indicators("SYR", sources=DATASET, raw=raw)
    return frame, [str(w.message) for w in caught]


def test_a_true_copy_is_read_from_data_raw_without_a_word(tmp_path: Path) -> None:
    frame, said = load(raw_copy(tmp_path))
    assert frame.attrs["origin"] == {DATASET: "raw"} and not frame.attrs["errors"], said
    assert not [s for s in said if "implausible" in s or "not used" in s]
    assert datasets.implausible(DATASET, "SYR", frame, tmp_path / "raw" / DATASET) == []


@pytest.mark.parametrize("change, problem", [(doubled, "+100%"), (cut_before_2020, "no figure for population")])
def test_an_implausible_copy_is_refused_naming_the_file_and_the_stamp_says_so(
        tmp_path: Path, change, problem: str) -> None:
    raw = raw_copy(tmp_path, change)
    assert catalog.is_fetched(DATASET, raw), "the copy passes its checksums: only plausibility can catch it"
    frame, said = load(raw)
    message = next((s for s in said if "implausible" in s), "")
    assert "population.csv" in message and problem in message, said
    assert "worldbank_population/SOURCE.md" in message and "24,672,760" in message, message
    # the reference tables are read instead, and everything that says where the data came from says so
    assert frame.attrs["origin"] == {DATASET: "reference"}
    assert set(frame["origin"]) == {"reference"}
    assert "population.csv" in frame.attrs["errors"][DATASET]
    syria_2024 = frame[(frame["indicator"] == "population") & frame["period_end"].astype(str).str.startswith("2024")]
    assert list(syria_2024["value"]) == [24672760]
    used = stamps.datasets_used(frame)[DATASET]
    assert "embedded reference" in used and "NOT used" in used and "population.csv" in used, used


def test_a_fetch_is_checked_against_the_sanity_values(tmp_path: Path) -> None:
    good = raw_copy(tmp_path / "good")
    assert fetching.implausible_fetch(DATASET, catalog.raw_dir(DATASET, good)) == []
    bad = raw_copy(tmp_path / "bad", doubled)
    problems = fetching.implausible_fetch(DATASET, catalog.raw_dir(DATASET, bad))
    assert problems and "population.csv" in problems[0] and "+100%" in problems[0], problems


def test_a_damaged_copy_falls_back_to_the_reference_and_says_so(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the fix the loader read the reference tables without a word and the stamp said data/raw."""
    raw = raw_copy(tmp_path, how="mirror")
    target = raw / DATASET / "population.csv"
    data = bytearray(target.read_bytes())
    data[-3] = ord("9") if data[-3] != ord("9") else ord("8")       # one digit of the last row changed
    target.write_bytes(bytes(data))
    assert not catalog.is_fetched(DATASET, raw)
    frame, said = load(raw)
    message = next((s for s in said if "not used" in s), "")
    assert "population.csv" in message and "checksum differs" in message, said
    assert frame.attrs["origin"] == {DATASET: "reference"}
    used = stamps.datasets_used(frame)[DATASET]
    assert "NOT used" in used and "population.csv: checksum differs" in used, used
    # a notebook that records no frames gets the catalog's list: the same words
    monkeypatch.setenv("TALLY_RAW", str(raw))
    shown = render.data_versions()[DATASET]
    assert "embedded reference" in shown and "NOT used" in shown and "checksum differs" in shown, shown
    assert "data/raw)" not in shown
    assert "NOT used" in render.stamp_html(render.make_stamp("t", "t", "t.ipynb", {}, code="c",
                                                             data={DATASET: shown}))


def test_the_catalog_sanity_values_are_the_mirror_sources() -> None:
    """Each sanity value is written in the SOURCE.md it names (as the figure with thousands commas)."""
    checked = 0
    for ident in catalog.dataset_ids():
        values, tolerance, source = catalog.sanity(ident)
        if not values:
            continue
        assert 0 < tolerance < 1
        text = (paths.MIRROR / source.split()[0]).read_text(encoding="utf-8")
        for value in values:
            assert f"{value['value']:,}" in text, (ident, value, source)
            checked += 1
    assert checked >= 6


ORGVIO = paths.MIRROR / "ucdp_world" / "ucdp_organizedviolencecy_v25_1.csv"


@pytest.mark.skipif(not ORGVIO.is_file(), reason="the offline mirror's UCDP world folder is not on this machine")
def test_ucdp_deaths_doubled_for_a_country_are_refused_by_the_series_sanity_value(tmp_path: Path) -> None:
    """UCDP's country-year file holds several series of deaths per year (by type of violence): its sanity
    values name the series ("all types"), so a copy with Syria's deaths doubled in every column (sums still
    consistent, checksum recorded as a download's) is refused, naming the file and the producer's figure."""
    rows = list(csv.reader(io.StringIO(ORGVIO.read_text(encoding="utf-8"))))
    header = rows[0]
    deaths = [i for i, name in enumerate(header) if "deaths" in name]
    country = header.index("country_cy")
    for row in rows[1:]:
        if row[country] == "Syria":
            for i in deaths:
                if row[i].strip().lstrip("-").isdigit():
                    row[i] = str(int(row[i]) * 2)
    folder = tmp_path / "raw" / "ucdp_orgvio_cy"
    folder.mkdir(parents=True)
    target = folder / ORGVIO.name
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    target.write_text(out.getvalue(), encoding="utf-8")
    catalog.write_manifest(folder, "ucdp_orgvio_cy", "download", "test", [target])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = datasets.indicators("SYR", sources="ucdp_orgvio_cy", raw=tmp_path / "raw")
    said = [str(w.message) for w in caught]
    message = next((s for s in said if "implausible" in s), "")
    assert ORGVIO.name in message and "53,891" in message and "+100%" in message, said
    assert frame.attrs["origin"] == {"ucdp_orgvio_cy": "reference"}
    # the true file passes: another country's figures are untouched by Syria's
    assert datasets.implausible("ucdp_orgvio_cy", "SDN", datasets.indicators("SDN", sources="ucdp_orgvio_cy",
                                                                            raw=tmp_path / "raw"), folder) == []
