"""IDMC GIDD loader on the real mirror (idmc_gidd/SOURCE.md)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths, schemas
from analysis.errors import DownloadError
from analysis.sources import idmc

FOLDER = paths.MIRROR / "idmc_gidd"
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="the shared data mirror is not beside the project")


def series(frame: pd.DataFrame, indicator: str) -> pd.Series:
    rows = frame[frame["indicator"] == indicator]
    return rows.set_index(rows["period_end"].dt.year)["value"]


def test_syria_stock_and_new_displacements_match_source_md():
    f = idmc.load_indicators("idmc_gidd", "SYR", FOLDER)
    schemas.validate(f, schemas.INDICATORS, "idmc")
    stock, new = series(f, "idps"), series(f, "new_displacements")
    assert stock[2024] == 7_408_809
    assert stock[2023] == 7_248_188
    assert stock[2017] == 6_784_127
    assert stock[2012] == 3_000_000
    assert new[2024] == 768_126
    assert new[2017] == 2_911_272
    assert new[2011] == 156_000
    assert len(stock) == 16 and len(new) == 16 and len(f) == 32
    assert set(f.loc[f["indicator"] == "new_displacements", "unit"]) == {"movements"}
    assert (f.loc[f["indicator"] == "idps", "period_start"].dt.strftime("%m-%d") == "12-31").all()


def test_all_countries_file_for_syria_and_another_country(tmp_path: Path):
    shutil.copy(FOLDER / idmc.FILE_ALL, tmp_path / idmc.FILE_ALL)
    syr = idmc.load_indicators("idmc_gidd", "SYR", tmp_path)
    assert series(syr, "idps")[2024] == 7_408_809
    rows = {int(r["year"]): r["total_displacement"]
            for r in csv.DictReader(open(FOLDER / idmc.FILE_ALL, encoding="utf-8")) if r["iso3"] == "AFG"}
    afg = series(idmc.load_indicators("idmc_gidd", "AFG", tmp_path), "idps")
    assert afg[2024] == float(rows[2024]) > 1_000_000


def test_download_without_client_id_says_what_to_do(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("IDMC_CLIENT_ID", raising=False)
    with pytest.raises(DownloadError, match="IDMC_CLIENT_ID"):
        idmc.download("idmc_gidd", tmp_path, progress=False)
    assert list(tmp_path.iterdir()) == []


def test_a_country_idmc_lists_no_conflict_displacement_for_has_no_rows(tmp_path: Path):
    """The all-countries table not listing a country means IDMC has no figure for it (an empty table, which the
    reports say as a note), not a broken copy; a single-country extract without that country is an error."""
    shutil.copy(FOLDER / idmc.FILE_ALL, tmp_path / idmc.FILE_ALL)
    listed = {r["iso3"] for r in csv.DictReader(open(FOLDER / idmc.FILE_ALL, encoding="utf-8"))}
    assert "BEL" not in listed
    none = idmc.load_indicators("idmc_gidd", "BEL", tmp_path)
    schemas.validate(none, schemas.INDICATORS, "idmc")
    assert none.empty
    extract = tmp_path / "extract"
    extract.mkdir()
    with open(FOLDER / idmc.FILE_ALL, encoding="utf-8") as fh:
        header, first = fh.readline(), next(line for line in fh if ",SYR," in line or line.startswith("SYR,"))
    from analysis import countries

    name = f"idmc_gidd_conflict_displacement_{countries.slug('BEL')}.csv"
    (extract / name).write_text(header + first, encoding="utf-8")
    with pytest.raises(Exception, match="no IDMC conflict rows for BEL"):
        idmc.load_indicators("idmc_gidd", "BEL", extract)
