"""The data catalog: every entry carries its origin; the mirror's files match their checksums."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from analysis import catalog, paths
from analysis.errors import DataError


def test_every_entry_has_the_origin_fields():
    cat = catalog.load_catalog()
    assert len(cat) >= 13
    for ident, entry in cat.items():
        for field in catalog.ORIGIN_FIELDS:
            assert entry.get(field) not in (None, ""), (ident, field)
        assert entry["main_url"].startswith("http"), ident
        for url in entry["download_urls"]:
            assert url.startswith("http"), (ident, url)
        assert entry["files"], ident
        for f in entry["files"]:
            assert len(f["sha256"]) == 64 and f["bytes"] > 0, (ident, f["name"])


def test_issue_datasets_are_catalogued():
    ids = set(catalog.dataset_ids())
    for ident in ("unhcr_population", "idmc_gidd", "ucdp_ged", "ucdp_brd", "acled_monthly",
                  "worldbank_population", "ocha_cod_pcodes", "ocha_cod_boundaries", "published_tolls"):
        assert ident in ids
    assert catalog.version("ucdp_brd") == "25.1"
    assert catalog.data_versions()["unhcr_population"] == catalog.version("unhcr_population")


def test_mirror_files_match_the_catalog_checksums(mirror: Path):
    checked = 0
    for ident in catalog.dataset_ids():
        for f in catalog.files(ident):
            path = mirror / f["mirror_path"]
            assert path.is_file(), f["mirror_path"]
            assert path.stat().st_size == f["bytes"], f["mirror_path"]
            assert catalog.sha256_file(path) == f["sha256"], f["mirror_path"]
            checked += 1
    assert checked >= 30


def test_unknown_dataset_is_a_clear_error():
    with pytest.raises(DataError, match="unknown dataset 'nope'"):
        catalog.dataset("nope")


def test_entry_without_an_origin_field_is_rejected(tmp_path: Path):
    doc = yaml.safe_load(paths.CATALOG.read_text(encoding="utf-8"))
    del doc["datasets"]["idmc_gidd"]["licence"]
    bad = tmp_path / "catalog.yml"
    bad.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(DataError) as err:
        catalog.load_catalog(bad)
    assert "idmc_gidd" in str(err.value) and "licence" in str(err.value) and str(bad) in str(err.value)


def test_is_fetched_checks_presence_and_checksums(mirror: Path, tmp_path: Path):
    raw = tmp_path / "raw"
    assert not catalog.is_fetched("worldbank_population", raw)
    dest = catalog.raw_dir("worldbank_population", raw)
    dest.mkdir(parents=True)
    shutil.copy(mirror / "worldbank_population" / "population.csv", dest / "population.csv")
    assert catalog.is_fetched("worldbank_population", raw)
    with open(dest / "population.csv", "a", encoding="utf-8") as fh:
        fh.write("Nowhere,NWH,2024,1\n")
    assert not catalog.is_fetched("worldbank_population", raw)
    assert catalog.file_problems("worldbank_population", dest) == ["population.csv: checksum differs from the catalog"]
