"""OCHA p-codes, the governorate gazetteer and the simplified boundaries, on the real mirror."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analysis import catalog, paths
from analysis.errors import DataError
from analysis.sources import ocha

PCODES = paths.MIRROR / "ocha_cod_world"        # HDX's global list: every country with a COD
SYRIA_PCODES = paths.MIRROR / "ocha_cod_pcodes"  # the Syria extract of the same list (a download fixture)
BOUNDARIES = paths.MIRROR / "ocha_cod_boundaries"

needs_mirror = pytest.mark.skipif(not PCODES.is_dir(), reason="the shared data mirror is not beside the project")


@needs_mirror
def test_pcodes_fourteen_governorates_and_62_districts():
    table = ocha.load_pcodes("SYR", PCODES)
    assert list(table.columns) == ocha.PCODE_COLUMNS
    admin1 = table[table["level"] == 1]
    assert sorted(admin1["pcode"]) == [f"SY{i:02d}" for i in range(1, 15)]
    assert (table["level"] == 2).sum() == 62
    assert set(table.loc[table["level"] == 2, "parent"]) == set(admin1["pcode"])
    assert admin1.set_index("pcode").loc["SY07", "name"] == "Idleb"
    assert set(table["version"]) == {"COD valid from 2020-12-17"}
    assert PCODES.name == catalog.dataset("ocha_cod_pcodes")["mirror_dir"]


@needs_mirror
def test_pcodes_other_country_is_its_own_and_no_cod_is_empty():
    iraq = ocha.load_pcodes("IRQ", PCODES)
    assert (iraq["level"] == 1).sum() == 18 and set(iraq["country"]) == {"IRQ"}
    assert iraq["pcode"].str.startswith("IQ").all()
    assert ocha.load_pcodes("ISR", PCODES).empty   # Israel has no COD


@pytest.mark.parametrize("name, pcode", [
    ("Idlib", "SY07"), ("Idleb", "SY07"), ("Idlib governorate", "SY07"),
    ("Deir ez-Zor", "SY09"), ("Dayr az Zawr", "SY09"), ("Deir Ezzor", "SY09"), ("Deir ez Zor governorate", "SY09"),
    ("Hasakah", "SY08"), ("Al-Hasakeh", "SY08"), ("Hasakeh", "SY08"), ("Al Hasakah governorate", "SY08"),
    ("Raqqa", "SY11"), ("Ar-Raqqa", "SY11"), ("Ar Raqqah governorate", "SY11"),
    ("Daraa", "SY12"), ("Dar'a", "SY12"), ("DARAA", "SY12"),
    ("Suwayda", "SY13"), ("As-Sweida", "SY13"), ("As Suwayda governorate", "SY13"),
    ("Latakia", "SY06"), ("Lattakia", "SY06"), ("Tartus", "SY10"), ("Tartous", "SY10"),
    ("Damascus countryside", "SY03"), ("Rural Damascus", "SY03"), ("Rif Dimashq", "SY03"),
    ("Damascus", "SY01"), ("Hamah governorate", "SY05"), ("Quneitra", "SY14"), ("Aleppo", "SY02"),
])
def test_variant_spellings_resolve(name, pcode):
    assert ocha.admin1_pcode(name, "SYR") == pcode


def test_unknown_names_and_other_countries_give_none():
    assert ocha.admin1_pcode("Atlantis", "SYR") is None
    assert ocha.admin1_pcode("", "SYR") is None
    assert ocha.admin1_pcode(None, "SYR") is None
    assert ocha.admin1_pcode("Aleppo", "IRQ") is None


@needs_mirror
def test_every_official_name_in_the_cod_resolves_to_its_own_pcode():
    admin1 = ocha.load_pcodes("SYR", PCODES).query("level == 1")
    for pcode, name in zip(admin1["pcode"], admin1["name"]):
        assert ocha.admin1_pcode(name, "SYR") == pcode
        assert ocha.admin1_name(pcode, "SYR") == name


def test_gazetteer_spelling_that_names_two_places_is_an_error(tmp_path):
    bad = tmp_path / "variants.csv"
    bad.write_text("country,pcode,name,kind,seen_in\nSYR,SY01,Damascus,official,x\nSYR,SY03,damascus,variant,y\n")
    with pytest.raises(DataError) as err:
        ocha.admin1_pcode("Damascus", "SYR", path=bad)
    assert "variants.csv" in str(err.value) and "row 2" in str(err.value)


def test_committed_simplified_boundaries_are_small_and_complete():
    path = ocha.reference_boundaries_path("SYR")
    assert path.stat().st_size < 150_000
    doc = json.loads(path.read_text())
    assert len(doc["features"]) == 14
    areas = ocha.load_boundaries("SYR")
    assert sorted(areas) == [f"SY{i:02d}" for i in range(1, 15)]
    assert areas["SY07"].name == "Idleb"
    lon0, lat0, lon1, lat1 = np.array([a.bounds for a in areas.values()]).T
    assert 35.5 < lon0.min() and lon1.max() < 42.5 and 32.2 < lat0.min() and lat1.max() < 37.4


@needs_mirror
def test_committed_boundaries_record_their_origin():
    import yaml

    origin = yaml.safe_load(ocha.reference_boundaries_path("SYR").with_suffix(".yml").read_text())
    source = BOUNDARIES / origin["input"]
    assert origin["dataset"] == "ocha_cod_boundaries"
    assert origin["input_sha256"] == catalog.sha256_file(source)
    assert origin["features"] == 14


@needs_mirror
def test_simplifier_rewrites_the_same_features(tmp_path):
    target = ocha.write_reference_boundaries("SYR", BOUNDARIES, dest_dir=tmp_path)
    full = ocha.load_boundaries("SYR", BOUNDARIES)
    simple = ocha.read_geojson(target)
    assert {a.pcode for a in simple} == set(full)
    assert sum(a.points() for a in simple) < sum(a.points() for a in full.values()) / 5
    for area in simple:   # simplified rings stay close to the originals' extent
        assert np.allclose(area.bounds, full[area.pcode].bounds, atol=0.05)


def test_douglas_peucker_keeps_corners_and_drops_collinear_points():
    line = np.array([[0, 0], [1, 0.001], [2, 0], [2, 1], [2.001, 2], [2, 3]], dtype=float)
    out = ocha.douglas_peucker(line, 0.01)
    assert out.tolist() == [[0, 0], [2, 0], [2, 3]]
    assert ocha.douglas_peucker(line, 0.0).shape == line.shape


def test_bad_geojson_names_the_file(tmp_path):
    bad = tmp_path / "x_adm1.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"properties": {}, "geometry": null}]}')
    with pytest.raises(DataError) as err:
        ocha.read_geojson(bad)
    assert "x_adm1.geojson" in str(err.value) and "ADM1_PCODE" in str(err.value)


def test_draw_areas_fills_each_governorate():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    areas = ocha.load_boundaries("SYR")
    fig, ax = plt.subplots()
    collection = ocha.draw_areas(ax, areas, {"SY02": 357.0, "SY05": 188.0})
    assert len(collection.get_paths()) >= 14
    plt.close(fig)


@needs_mirror
@pytest.mark.network_local
def test_download_from_hdx_layout_then_load(static_site, tmp_path, monkeypatch):
    import shutil
    import zipfile

    root, base = static_site
    (root / "hdx").mkdir()
    shutil.copy(SYRIA_PCODES / "syria_pcodes_adm1_adm2.csv", root / "global_pcodes_adm_1_2.csv")
    with zipfile.ZipFile(root / "syr_adm_unocha_20201217_geojson.zip", "w") as zf:
        zf.write(BOUNDARIES / "syr_admbnda_adm1_uncs_unocha.geojson", "syr_admbnda_adm1_uncs_unocha.geojson")
    (root / "hdx" / "global-pcodes.json").write_text(json.dumps({"result": {"resources": [
        {"name": "global_pcodes.csv", "url": f"{base}/nothing.csv"},
        {"name": "global_pcodes_adm_1_2.csv", "url": f"{base}/global_pcodes_adm_1_2.csv"}]}}))
    (root / "hdx" / "cod-ab-syr.json").write_text(json.dumps({"result": {"resources": [
        {"name": "syr_adm_unocha_20201217_geojson.zip", "format": "GeoJSON",
         "url": f"{base}/syr_adm_unocha_20201217_geojson.zip"}]}}))
    monkeypatch.setattr(ocha, "HDX_PACKAGE", base + "/hdx/{package}.json")
    dest = tmp_path / "raw"
    written = ocha.download("ocha_cod_pcodes", dest, progress=False)
    assert [p.name for p in written] == ["global_pcodes_adm_1_2.csv"]
    assert len(ocha.load_pcodes("SYR", dest).query("level == 1")) == 14
    written = ocha.download("ocha_cod_boundaries", dest, progress=False, country="SYR")
    assert "syr_admbnda_adm1_uncs_unocha.geojson" in [p.name for p in written]
    assert len(ocha.load_boundaries("SYR", dest)) == 14
    with pytest.raises(DataError, match="irq_"):
        ocha.load_boundaries("IRQ", dest)
