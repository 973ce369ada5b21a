"""Downloads against a real HTTP server on 127.0.0.1 serving the mirror's files.

Routes: /ok/<path> serves the file; /slow/ answers after the client's
timeout; /error/ answers HTTP 500; /truncated/ announces the full
Content-Length but sends half the body and closes; /corrupt/ sends the file
with one byte changed; /flaky/ fails once, then serves. After each fault the
previous good copy in the target folder is intact and the error says what
happened.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest

from analysis import catalog, paths
from analysis.download import copy_verified, download, get_json, iter_next, iter_pages
from analysis.errors import DownloadError
import local_http
from local_http import serving

pytestmark = pytest.mark.network_local

MIRROR_PATH = "idmc_gidd/idmc_gidd_conflict_displacement_all.csv"
ENTRY = next(f for f in catalog.files("idmc_gidd") if f["mirror_path"] == MIRROR_PATH)
TIMEOUT = 0.5


class MirrorHandler(local_http.Handler):
    """Serves files under the mirror, with a fault chosen by the first path segment."""

    hits: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        mode, _, rest = self.path.lstrip("/").partition("/")
        MirrorHandler.hits[mode] = MirrorHandler.hits.get(mode, 0) + 1
        if mode == "api":
            return self._api(rest)
        path = paths.MIRROR / rest
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        if mode == "ok":
            self.send(body, "text/csv")
        elif mode == "slow":
            time.sleep(TIMEOUT * 3)
            self.send(body, "text/csv")
        elif mode == "error":
            self.send_error(500, "Internal Server Error")
        elif mode == "truncated":
            self.send(body[: len(body) // 2], "text/csv", headers={"Content-Length": str(len(body))})
        elif mode == "corrupt":
            changed = bytearray(body)
            changed[len(changed) // 2] ^= 0x01
            self.send(bytes(changed), "text/csv")
        elif mode == "flaky":
            if MirrorHandler.hits[mode] == 1:
                self.send_error(503, "Service Unavailable")
            else:
                self.send(body, "text/csv")
        else:
            self.send_error(404)

    def _api(self, rest: str) -> None:
        # Paged JSON over the real IDMC rows: UNHCR style (?page=N) and IDMC style (next links).
        import csv
        import json
        from urllib.parse import parse_qs, urlparse

        rows = list(csv.DictReader(open(paths.MIRROR / MIRROR_PATH, encoding="utf-8")))[:25]
        query = parse_qs(urlparse(self.path).query)
        page = int(query.get("page", ["1"])[0])
        size = 10
        chunk = rows[(page - 1) * size: page * size]
        pages = (len(rows) + size - 1) // size
        if rest.startswith("paged"):
            doc = {"page": page, "maxPages": pages, "items": chunk}
        else:
            port = self.server.server_address[1]
            nxt = f"http://127.0.0.1:{port}/api/next?page={page + 1}" if page < pages else None
            doc = {"count": len(rows), "next": nxt, "results": chunk}
        self.send(json.dumps(doc).encode(), "application/json")


@pytest.fixture(scope="module")
def server(mirror) -> Iterator[str]:
    with serving(MirrorHandler) as base:
        yield base


@pytest.fixture()
def good_copy(tmp_path: Path) -> Path:
    """A target folder already holding a good copy of the file."""
    target = tmp_path / "idmc_gidd" / ENTRY["name"]
    copy_verified(paths.MIRROR / MIRROR_PATH, target, sha256=ENTRY["sha256"], size=ENTRY["bytes"])
    return target


def fetch(server: str, mode: str, target: Path, **kwargs) -> Path:
    options = dict(sha256=ENTRY["sha256"], size=ENTRY["bytes"], timeout=TIMEOUT, retries=2, backoff=0.01,
                   progress=False)
    options.update(kwargs)
    return download(f"{server}/{mode}/{MIRROR_PATH}", target, **options)


def assert_intact(target: Path) -> None:
    assert catalog.sha256_file(target) == ENTRY["sha256"]
    assert not list(target.parent.glob(".*.part")), "no temporary file is left behind"


def test_normal_run(server: str, tmp_path: Path):
    target = tmp_path / "new" / ENTRY["name"]
    assert fetch(server, "ok", target) == target
    assert_intact(target)


def test_normal_run_replaces_an_old_copy(server: str, good_copy: Path):
    good_copy.write_text("stale\n")
    fetch(server, "ok", good_copy)
    assert_intact(good_copy)


def test_timeout(server: str, good_copy: Path):
    with pytest.raises(DownloadError) as err:
        fetch(server, "slow", good_copy)
    text = str(err.value)
    assert "timed out" in text and f"/slow/{MIRROR_PATH}" in text and str(good_copy) in text
    assert "after 2 attempts" in text and "previous copy kept" in text
    assert_intact(good_copy)


def test_http_500(server: str, good_copy: Path):
    with pytest.raises(DownloadError) as err:
        fetch(server, "error", good_copy)
    assert "HTTP 500" in str(err.value) and f"/error/{MIRROR_PATH}" in str(err.value)
    assert_intact(good_copy)


def test_truncated_body(server: str, good_copy: Path):
    with pytest.raises(DownloadError) as err:
        fetch(server, "truncated", good_copy)
    assert "truncated body" in str(err.value)
    assert_intact(good_copy)


def test_truncated_body_without_a_previous_copy(server: str, tmp_path: Path):
    target = tmp_path / "fresh" / ENTRY["name"]
    with pytest.raises(DownloadError, match=r"truncated body: got \d+ bytes of the \d+ announced.*nothing written"):
        fetch(server, "truncated", target, sha256=None, size=None)
    assert not target.exists()


def test_checksum_mismatch(server: str, good_copy: Path):
    with pytest.raises(DownloadError) as err:
        fetch(server, "corrupt", good_copy)
    text = str(err.value)
    assert "checksum mismatch" in text and ENTRY["sha256"] in text and "previous copy kept" in text
    assert_intact(good_copy)


def test_a_passing_fault_is_retried(server: str, tmp_path: Path):
    target = tmp_path / "retry" / ENTRY["name"]
    fetch(server, "flaky", target, retries=3)
    assert_intact(target)
    assert MirrorHandler.hits["flaky"] == 2


def test_not_found_is_not_retried(server: str, good_copy: Path):
    before = MirrorHandler.hits.get("ok", 0)
    with pytest.raises(DownloadError, match="HTTP 404"):
        download(f"{server}/ok/no/such/file.csv", good_copy, timeout=TIMEOUT, retries=3, backoff=0.01,
                 progress=False)
    assert MirrorHandler.hits["ok"] == before + 1
    assert_intact(good_copy)


def test_json_paging_both_styles(server: str):
    paged = list(iter_pages(f"{server}/api/paged", {"limit": 10}, progress=False, timeout=TIMEOUT))
    linked = list(iter_next(f"{server}/api/next?page=1", progress=False, timeout=TIMEOUT))
    assert len(paged) == len(linked) == 25
    assert paged == linked
    assert paged[0]["iso3"] and paged[-1] != paged[0]


def test_get_json_reports_server_errors(server: str):
    with pytest.raises(DownloadError, match="HTTP 500"):
        get_json(f"{server}/error/{MIRROR_PATH}", timeout=TIMEOUT, retries=1)
