"""The facade: raw copies when fetched, the committed reference otherwise, and provenance for both."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import datasets, schemas
from analysis.errors import DataError, ParameterError


def refugees_2024(frame: pd.DataFrame) -> float:
    rows = frame[(frame["source"] == "unhcr_population") & (frame["indicator"] == "refugees")
                 & (frame["partner"] == "") & (frame["period_end"] == pd.Timestamp("2024-12-31"))]
    return float(rows["value"].sum())


def test_reference_when_nothing_is_fetched(empty_raw: Path):
    f = datasets.indicators("SYR", raw=empty_raw)
    schemas.validate(f, schemas.INDICATORS, "facade")
    assert set(f["origin"]) == {"reference"}
    assert set(f.attrs["origin"].values()) == {"reference"}
    assert refugees_2024(f) == 5_952_174
    prov = datasets.provenance(f, raw=empty_raw)
    assert set(prov["dataset"]) == set(f.attrs["datasets"])
    row = prov.set_index("dataset").loc["unhcr_population"]
    assert row["origin"] == "reference" and "indicators_SYR.csv" in row["reference_table"]
    assert "population_syria.csv sha256:d3e5fd43" in row["files"]


def test_raw_when_fetched(fetched_raw: Path):
    f = datasets.indicators("SYR", sources=["unhcr", "idmc_gidd"], raw=fetched_raw)
    assert f.attrs["origin"] == {"unhcr_population": "raw", "idmc_gidd": "raw"}
    assert set(f["origin"]) == {"raw"}
    assert refugees_2024(f) == 5_952_174
    idmc = f[(f["source"] == "idmc_gidd") & (f["indicator"] == "idps")]
    assert idmc.set_index(idmc["period_end"].dt.year)["value"][2024] == 7_408_809
    prov = datasets.provenance(f, raw=fetched_raw).set_index("dataset")
    assert prov.loc["idmc_gidd", "origin"] == "raw" and prov.loc["idmc_gidd", "reference_table"] == ""


def test_raw_and_reference_agree_on_totals(fetched_raw: Path, empty_raw: Path):
    raw = datasets.indicators("SYR", sources="idmc", raw=fetched_raw)
    ref = datasets.indicators("SYR", sources="idmc", raw=empty_raw)
    cols = ["indicator", "period_end", "value"]
    pd.testing.assert_frame_equal(raw[cols].reset_index(drop=True), ref[cols].reset_index(drop=True))


def test_indicator_filter_and_other_country(fetched_raw: Path):
    f = datasets.indicators("SYR", indicators=["population"], raw=fetched_raw)
    assert set(f["indicator"]) == {"population"} and f.attrs["origin"]["worldbank_population"] == "raw"
    afg = datasets.indicators("AFG", sources=["worldbank", "idmc"], raw=fetched_raw)
    assert set(afg["country"]) == {"AFG"}
    with pytest.raises(DataError, match="unknown indicator"):
        datasets.indicators("SYR", indicators="smiles", raw=fetched_raw)
    with pytest.raises(ParameterError):
        datasets.indicators("Atlantis")


def test_other_country_without_data_is_a_clear_error(empty_raw: Path):
    with pytest.raises(DataError, match="no indicators for AFG"):
        datasets.indicators("AFG", raw=empty_raw)


def test_events_window_from_reference_and_raw(empty_raw: Path, fetched_raw: Path):
    for raw in (empty_raw, fetched_raw):
        e = datasets.events("SYR", "2024-11-27", "2024-12-08", raw=raw)
        schemas.validate(e, schemas.EVENTS, "events")
        assert len(e) == 90 and e["best"].sum() == 960
    year = datasets.events("SYR", "2021-01-01", "2021-12-31", sources="ucdp_ged", raw=empty_raw)
    assert year["best"].sum() == 1958


def test_published_tolls_are_labelled(empty_raw: Path, fetched_raw: Path):
    for raw, where in ((empty_raw, "reference"), (fetched_raw, "raw")):
        t = datasets.published_tolls("SYR", raw=raw)
        assert len(t) > 10 and set(t["label"]) == {"published toll"}
        assert t.attrs["origin"] == {"published_tolls": where}
        assert datasets.provenance(t, raw=raw)["dataset"].tolist() == ["published_tolls"]
    none = datasets.published_tolls("AFG", raw=empty_raw)
    assert none.empty and none.attrs["missing"] == ["published_tolls"]


def test_bad_dates_are_parameter_errors(empty_raw: Path):
    with pytest.raises(ParameterError, match="start must be a date"):
        datasets.events("SYR", "last Tuesday", raw=empty_raw)
    with pytest.raises(ParameterError, match="is before start"):
        datasets.events("SYR", "2024-12-08", "2024-11-27", raw=empty_raw)


def test_provenance_follows_filters_and_concat(empty_raw: Path):
    f = datasets.indicators("SYR", raw=empty_raw)
    only = f[f["source"] == "idmc_gidd"]
    assert datasets.provenance(only)["dataset"].tolist() == ["idmc_gidd"]
    mixed = pd.concat([only, f[f["source"] == "worldbank_population"]])
    mixed.attrs = {}
    prov = datasets.provenance(mixed)
    assert prov["dataset"].tolist() == ["idmc_gidd", "worldbank_population"]
    assert set(prov["origin"]) == {"reference"}
