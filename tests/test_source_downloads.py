"""The publishers' download paths end to end, against a local server on 127.0.0.1.

The server answers like each publisher's API (UNHCR: ``page``/``maxPages``;
World Bank: ``[meta, rows]`` with ``pages``; IDMC: ``next`` links), with
rows read from the real mirror files. Each module's ``download`` writes its
files, which its own loader then reads back to the SOURCE.md values.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from analysis import catalog, paths
from analysis.errors import DownloadError
from analysis.sources import idmc, unhcr, worldbank
import local_http
from local_http import serving

pytestmark = pytest.mark.network_local

PAGE = 1000  # the server's page size, small enough to make every download page


def _rows(path: Path) -> list[dict]:
    def value(text: str):
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return text
    with open(path, encoding="utf-8") as fh:
        return [{k: value(v) for k, v in row.items()} for row in csv.DictReader(fh)]


UNHCR_FILES = {"population": "population_syria.csv", "solutions": "solutions_syria.csv",
               "flows": "flows_syria.csv", "countries": "countries.csv"}


class ApiHandler(local_http.Handler):
    seen_client_ids: list[str] = []

    def _json(self, doc) -> None:
        self.send(json.dumps(doc).encode(), "application/json")

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        page = int(q.get("page", 1))
        parts = [p for p in url.path.split("/") if p]
        if parts[:1] == ["unhcr"]:
            table = parts[-1]
            rows = _rows(paths.MIRROR / "unhcr_refugees" / UNHCR_FILES[table])
            if q.get("cf_type") == "ISO":
                if "coo" in q:
                    rows = [r for r in rows if r["coo_iso"] == q["coo"]]
                if "coa" in q:
                    rows = [r for r in rows if r["coa_iso"] == q["coa"]]
            pages = max(1, -(-len(rows) // PAGE))
            return self._json({"page": page, "maxPages": pages, "items": rows[(page - 1) * PAGE: page * PAGE]})
        if parts[:1] == ["wb"]:
            code = parts[2]
            rows = [r for r in _rows(paths.MIRROR / "worldbank_population" / "population.csv")
                    if code == "all" or r["Country Code"] == code]
            size = 40
            pages = max(1, -(-len(rows) // size))
            items = [{"country": {"value": r["Country Name"]}, "countryiso3code": r["Country Code"],
                      "date": str(r["Year"]), "value": r["Value"]} for r in rows[(page - 1) * size: page * size]]
            return self._json([{"page": page, "pages": pages, "per_page": size, "total": len(rows)}, items])
        if parts[:1] == ["idmc"]:
            ApiHandler.seen_client_ids.append(q.get("client_id", ""))
            rows = _rows(paths.MIRROR / "idmc_gidd" / idmc.FILE_ALL)
            size = 100
            pages = -(-len(rows) // size)
            base = f"http://127.0.0.1:{self.server.server_address[1]}{url.path}"
            nxt = f"{base}?client_id={q.get('client_id', '')}&page={page + 1}" if page < pages else None
            return self._json({"count": len(rows), "next": nxt, "results": rows[(page - 1) * size: page * size]})
        self.send_error(404)


@pytest.fixture(scope="module")
def api(mirror) -> Iterator[str]:
    with serving(ApiHandler) as base:
        yield base


def test_unhcr_download_then_load(api: str, tmp_path: Path):
    written = unhcr.download("unhcr_population", tmp_path, progress=False, country="SYR", api=f"{api}/unhcr/")
    assert sorted(p.name for p in written) == ["countries.csv", "flows_syria.csv", "population_syria.csv",
                                               "solutions_syria.csv"]
    pop = pd.read_csv(tmp_path / "population_syria.csv")
    assert len(pop) == 3243  # SOURCE.md row count: origin or asylum Syria, each row once
    f = unhcr.load_indicators("unhcr_population", "SYR", tmp_path)
    ref = f[(f["indicator"] == "refugees") & (f["partner"] == "") & (f["period_end"] == pd.Timestamp("2024-12-31"))]
    assert ref["value"].tolist() == [5_952_174]
    catalog.write_manifest(tmp_path, "unhcr_population", "download", api, written)
    assert catalog.expected_files("unhcr_population", tmp_path).keys() == {p.name for p in written}


def test_worldbank_download_then_load(api: str, tmp_path: Path):
    written = worldbank.download("worldbank_population", tmp_path, progress=False, country="SYR",
                                 api=f"{api}/wb/country/{{country}}/indicator/SP.POP.TOTL")
    assert written == [tmp_path / "population.csv"]
    f = worldbank.load_indicators("worldbank_population", "SYR", tmp_path)
    assert len(f) == 65
    assert f.set_index(f["period_start"].dt.year)["value"][2024] == 24_672_760


def test_idmc_download_then_load(api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IDMC_CLIENT_ID", "test-client")
    written = idmc.download("idmc_gidd", tmp_path, progress=False, api=f"{api}/idmc/gidd/conflicts/")
    assert written == [tmp_path / idmc.FILE_ALL]
    assert len(pd.read_csv(written[0])) == 961
    assert set(ApiHandler.seen_client_ids) == {"test-client"}
    f = idmc.load_indicators("idmc_gidd", "SYR", tmp_path)
    stock = f[f["indicator"] == "idps"]
    assert stock.set_index(stock["period_end"].dt.year)["value"][2024] == 7_408_809


def test_fresh_download_wins_over_a_stale_mirror_file(api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # An old Syria extract in the folder, then a fresh all-countries download: the loader reads the download.
    stale = tmp_path / "idmc_gidd_conflict_displacement_syria.csv"
    stale.write_text("iso3,country_name,year,new_displacement,total_displacement\nSYR,Syria,2024,1,1\n")
    monkeypatch.setenv("IDMC_CLIENT_ID", "test-client")
    written = idmc.download("idmc_gidd", tmp_path, progress=False, api=f"{api}/idmc/gidd/conflicts/")
    catalog.write_manifest(tmp_path, "idmc_gidd", "download", api, written)
    f = idmc.load_indicators("idmc_gidd", "SYR", tmp_path)
    stock = f[f["indicator"] == "idps"]
    assert len(stock) == 16 and stock.set_index(stock["period_end"].dt.year)["value"][2024] == 7_408_809


def test_download_error_never_shows_the_client_id(api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IDMC_CLIENT_ID", "secret-id-123")
    with pytest.raises(DownloadError) as err:
        idmc.download("idmc_gidd", tmp_path, progress=False, api=f"{api}/nowhere/")
    assert "HTTP 404" in str(err.value) and "secret-id-123" not in str(err.value)
    assert not (tmp_path / idmc.FILE_ALL).exists()
