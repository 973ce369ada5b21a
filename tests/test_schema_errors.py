"""Corrupted copies of real source files: the error names the file, the column and the row.

Each test copies a mirror file into tmp_path, breaks one thing, and loads it
with the real loader. Data row R of a CSV file is line R + 1.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths, schemas
from analysis.errors import DataError
from analysis.sources import idmc, unhcr, worldbank

M = paths.MIRROR
pytestmark = pytest.mark.skipif(not (M / "unhcr_refugees").is_dir(),
                                reason="the shared data mirror is not beside the project")


def corrupt(source: Path, target: Path, edit) -> Path:
    """Copy ``source`` to ``target`` with ``edit(header, rows)`` applied to the parsed rows."""
    with open(source, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    header, rows = edit(header, rows)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return target


def set_cell(column: str, row: int, value: str):
    def edit(header, rows):
        rows[row - 1][header.index(column)] = value
        return header, rows
    return edit


def drop_column(column: str):
    def edit(header, rows):
        i = header.index(column)
        return header[:i] + header[i + 1:], [r[:i] + r[i + 1:] for r in rows]
    return edit


def duplicate_row(row: int):
    def edit(header, rows):
        return header, rows[:row] + [list(rows[row - 1])] + rows[row:]
    return edit


def load_unhcr_error(tmp_path: Path, edit) -> DataError:
    bad = corrupt(M / "unhcr_refugees" / "population_syria.csv", tmp_path / "population_syria.csv", edit)
    with pytest.raises(DataError) as err:
        unhcr.load_indicators("unhcr_population", "SYR", tmp_path)
    assert str(bad) in str(err.value)
    return err.value


def test_missing_column(tmp_path: Path):
    err = load_unhcr_error(tmp_path, drop_column("refugees"))
    assert "column 'refugees': column is missing" in str(err)
    assert err.column == "refugees"


def test_text_in_a_number_column(tmp_path: Path):
    err = load_unhcr_error(tmp_path, set_cell("asylum_seekers", 17, "several hundred"))
    assert "row 17, column 'asylum_seekers': 'several hundred' is not a number" in str(err)
    assert (err.row, err.column) == (17, "asylum_seekers")


def test_duplicate_keys(tmp_path: Path):
    err = load_unhcr_error(tmp_path, duplicate_row(40))
    text = str(err)
    assert "duplicate key" in text and "rows 40, 41" in text
    assert "column 'year'" in text and "year, coo_iso, coa_iso" in text
    assert err.row == 40


def test_negative_count(tmp_path: Path):
    err = load_unhcr_error(tmp_path, set_cell("idps", 123, "-5"))
    assert "row 123, column 'idps': -5.0 is negative" in str(err)


def test_idmc_negative_stock_and_text(tmp_path: Path):
    name = "idmc_gidd_conflict_displacement_syria.csv"
    bad = corrupt(M / "idmc_gidd" / name, tmp_path / name, set_cell("total_displacement", 3, "-600000"))
    with pytest.raises(DataError) as err:
        idmc.load_indicators("idmc_gidd", "SYR", tmp_path)
    assert str(bad) in str(err.value) and "row 3, column 'total_displacement'" in str(err.value)
    corrupt(M / "idmc_gidd" / name, tmp_path / name, set_cell("year", 5, "twenty"))
    with pytest.raises(DataError, match=r"row 5, column 'year': 'twenty' is not a number"):
        idmc.load_indicators("idmc_gidd", "SYR", tmp_path)


def test_worldbank_missing_column_and_duplicate(tmp_path: Path):
    src = M / "worldbank_population" / "population.csv"
    bad = corrupt(src, tmp_path / "population.csv", drop_column("Value"))
    with pytest.raises(DataError) as err:
        worldbank.load_indicators("worldbank_population", "SYR", tmp_path)
    assert str(bad) in str(err.value) and "column 'Value': column is missing" in str(err.value)
    corrupt(src, tmp_path / "population.csv", duplicate_row(2))
    with pytest.raises(DataError, match=r"row 2, column 'Country Code': duplicate key .* rows 2, 3"):
        worldbank.load_indicators("worldbank_population", "SYR", tmp_path)


def test_indicators_schema_names_row_and_column():
    frame = pd.DataFrame({
        "source": ["x", "x"], "indicator": ["refugees", "refugees"], "country": ["SYR", "SYR"],
        "partner": ["", "TUR"], "admin1_pcode": ["", ""], "admin1_name": ["", ""],
        "period_start": pd.to_datetime(["2024-12-31"] * 2), "period_end": pd.to_datetime(["2024-12-31"] * 2),
        "value": [5.0, -1.0], "low": [None, None], "high": [None, None], "unit": ["people"] * 2,
        "note": ["", ""], "origin": ["raw", "raw"], "version": ["1", "1"],
    })
    with pytest.raises(DataError) as err:
        schemas.validate(frame, schemas.INDICATORS, "frame.csv")
    assert str(err.value).startswith("frame.csv: ")
    assert "row 2, column 'value': -1.0 is negative" in str(err.value)


def test_corrupted_reference_table(tmp_path: Path):
    from analysis import reference

    name = "indicators_SYR.csv"
    corrupt(paths.REFERENCE / name, tmp_path / name, set_cell("value", 8, "-12"))
    with pytest.raises(DataError) as err:
        reference.read_table("indicators", "SYR", tmp_path)
    assert str(tmp_path / name) in str(err.value) and "row 8, column 'value': -12.0 is negative" in str(err.value)
