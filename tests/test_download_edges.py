"""Downloads against a scripted HTTP server on 127.0.0.1: every status-code class, paging errors,
retries and their pauses, size limits, and the messages (issue 16: tests that catch mistakes).

Each test gives the server a script: for a path, the answers to send in turn (status, headers, body);
the last answer repeats. The server records every request it got.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

from analysis import download as dl
from analysis.download import copy_verified, download, fetch_page, get_json, iter_next, iter_pages, prune_partials
from analysis.errors import DownloadError
import local_http
from local_http import serving

pytestmark = pytest.mark.network_local

BODY = "year,figure\n2016,1200\n2017,3400\n".encode()
SHA = hashlib.sha256(BODY).hexdigest()


class Scripted(local_http.Handler):
    script: dict[str, list[tuple[int, dict, bytes]]] = {}
    seen: list[tuple[str, dict]] = []

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        Scripted.seen.append((self.path, dict(self.headers)))
        answers = Scripted.script.get(path) or [(404, {}, b"nothing here")]
        status, headers, body = answers.pop(0) if len(answers) > 1 else answers[0]
        if status == -1:   # hang past the client's timeout
            time.sleep(0.6)
            status = 200
        self.send(body, status=status, headers=headers)   # a header set to None is left out


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving(Scripted) as url:
        yield url


@pytest.fixture()
def serve(base: str):
    Scripted.script.clear()
    Scripted.seen.clear()

    def add(path: str, *answers: tuple) -> str:
        Scripted.script[path] = [(a[0], a[1] if len(a) > 1 else {}, a[2] if len(a) > 2 else b"") for a in answers]
        return base + path
    return add


class _Clock:
    """A stand-in for the download module's ``time``: records every pause asked for and sleeps none."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.asked.append(seconds)


@pytest.fixture()
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the module asks for between attempts, in order (nothing sleeps; no timing is measured)."""
    clock = _Clock()
    monkeypatch.setattr(dl, "time", clock)
    return clock.asked


def hits(path: str) -> int:
    return sum(1 for p, _ in Scripted.seen if p.split("?")[0] == path)


def _get(url: str, target: Path, **kw) -> Path:
    return download(url, target, timeout=0.3, retries=3, backoff=0.0, progress=False, **kw)


# --- download: status-code classes ---------------------------------------------------------------------

@pytest.mark.parametrize("status, reason", [(400, "Bad Request"), (401, "Unauthorized"), (403, "Forbidden"),
                                            (404, "Not Found"), (410, "Gone"), (499, "")])
def test_client_errors_are_not_retried_and_nothing_is_saved(serve, tmp_path: Path, status: int, reason: str) -> None:
    url = serve("/data.csv", (status, {}, b"<html>an error page, not the dataset</html>"))
    target = tmp_path / "data.csv"
    with pytest.raises(DownloadError) as info:
        _get(url, target)
    assert str(info.value) == f"{target}: " + f"{url}: HTTP {status} {reason}".strip() + "; nothing written"
    assert hits("/data.csv") == 1
    assert not target.exists() and not list(tmp_path.iterdir())


@pytest.mark.parametrize("status", [429, 500, 502, 503, 599])
def test_server_errors_and_429_are_retried(serve, tmp_path: Path, status: int) -> None:
    url = serve("/data.csv", (status,))
    target = tmp_path / "data.csv"
    target.write_bytes(b"old good copy")
    with pytest.raises(DownloadError) as info:
        _get(url, target)
    assert hits("/data.csv") == 3
    assert f": HTTP {status}" in str(info.value)
    assert str(info.value).endswith("(after 3 attempts); previous copy kept")
    assert str(info.value).startswith(f"{target}: {url}: HTTP {status}")
    assert target.read_bytes() == b"old good copy"


def test_one_attempt_is_said_in_the_singular(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (503,))
    with pytest.raises(DownloadError, match=r"\(after 1 attempt\); nothing written$"):
        download(url, tmp_path / "data.csv", retries=1, backoff=0.0, progress=False)
    assert hits("/data.csv") == 1


def test_zero_retries_still_makes_one_attempt(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {}, BODY))
    assert download(url, tmp_path / "d.csv", retries=0, progress=False).read_bytes() == BODY


def test_a_server_error_then_success_is_saved(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (500,), (429,), (200, {}, BODY))
    target = _get(url, tmp_path / "data.csv", sha256=SHA.upper(), size=len(BODY))
    assert target.read_bytes() == BODY and hits("/data.csv") == 3
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)


def test_redirect_is_followed(serve, tmp_path: Path) -> None:
    serve("/new.csv", (200, {}, BODY))
    url = serve("/old.csv", (301, {"Location": "/new.csv"}))
    assert _get(url, tmp_path / "d.csv").read_bytes() == BODY


def test_the_backoff_doubles(serve, tmp_path: Path, pauses: list[float]) -> None:
    url = serve("/data.csv", (503,))
    with pytest.raises(DownloadError):
        download(url, tmp_path / "d.csv", retries=3, backoff=0.2, timeout=1, progress=False)
    assert pauses == [0.2, 0.4]          # and no pause after the last attempt


def test_headers_are_sent(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {}, BODY))
    _get(url, tmp_path / "d.csv", headers={"X-Token": "abc"})
    assert Scripted.seen[-1][1]["X-Token"] == "abc"


def test_user_agent_is_tallys(serve, tmp_path: Path) -> None:
    """Publishers see who asks (requests' own User-Agent used to be sent); a caller's own choice is kept."""
    import requests

    url = serve("/data.csv", (200, {}, BODY))
    _get(url, tmp_path / "d.csv")
    assert Scripted.seen[-1][1]["User-Agent"] == dl.USER_AGENT
    with requests.Session() as session:
        session.headers["User-Agent"] = "a desk's own crawler"
        dl.download(url, tmp_path / "e.csv", session=session, progress=False)
    assert Scripted.seen[-1][1]["User-Agent"] == "a desk's own crawler"


def test_size_and_checksum_mismatches(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {}, BODY))
    target = tmp_path / "d.csv"
    with pytest.raises(DownloadError) as info:
        _get(url, target, size=len(BODY) + 1)
    assert info.value.problem == (f"{url}: size mismatch: got {len(BODY)} bytes, the catalog expects "
                                  f"{len(BODY) + 1}; nothing written")
    assert hits("/data.csv") == 1          # a mismatch is not retried
    with pytest.raises(DownloadError) as info:
        _get(url, target, sha256="AB" * 32)
    assert info.value.problem == f"{url}: checksum mismatch: sha256 {SHA} but expected {'ab' * 32}; nothing written"
    assert not target.exists() and not list(tmp_path.iterdir())


def test_short_body_is_retried_and_said(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {"Content-Length": str(len(BODY) + 10)}, BODY))
    with pytest.raises(DownloadError) as info:
        _get(url, tmp_path / "d.csv")
    assert "truncated body" in str(info.value) and hits("/data.csv") == 3


def test_no_content_length_is_accepted(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {"Content-Length": "unknown"}, BODY))
    # a non-numeric header is ignored (HTTP/1.0: the body ends when the connection closes)
    assert _get(url, tmp_path / "d.csv").read_bytes() == BODY


def test_timeout_and_refused_connection(serve, tmp_path: Path) -> None:
    url = serve("/slow.csv", (-1, {}, BODY))
    with pytest.raises(DownloadError, match=r"timed out \(no answer within 0.3 s\) \(after 1 attempt\)"):
        download(url, tmp_path / "d.csv", timeout=0.3, retries=1, progress=False)
    with pytest.raises(DownloadError, match=r"connection failed"):
        download("http://127.0.0.1:9/none.csv", tmp_path / "d.csv", timeout=0.3, retries=1, progress=False)


def test_credentials_are_never_shown() -> None:
    assert dl._describe_url("https://x.org/a?client_id=SECRET&page=2") == "https://x.org/a?client_id=***&page=2"
    assert dl._describe_url("https://x.org/a?page=2&token=SECRET") == "https://x.org/a?page=2&token=***"
    assert dl._describe_url("https://x.org/a?key=K1&email=a") == "https://x.org/a?key=***&email=a"
    assert dl._describe_url("https://x.org/a?access_token=T") == "https://x.org/a?access_token=***"
    assert dl._describe_url("https://x.org/a?page=2") == "https://x.org/a?page=2"


def test_short() -> None:
    assert dl._short("a  b\n c") == "a b c"
    assert dl._short("x" * 160) == "x" * 160
    assert dl._short("x" * 161) == "x" * 159 + "…"
    assert dl._short("abcdef", limit=4) == "abc…"


# --- partial files ---------------------------------------------------------------------------------------

def test_prune_partials_removes_stale_keeps_locked_and_others(tmp_path: Path) -> None:
    target = tmp_path / "d.csv"
    stale = tmp_path / ".d.csv.x1.part"
    busy = tmp_path / ".d.csv.x2.part"
    other = tmp_path / ".e.csv.x3.part"
    for f in (stale, busy, other):
        f.write_bytes(b"half")
    with open(busy, "rb") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        pid = os.fork()
        if pid == 0:   # another process: the lock is held by the parent
            os._exit(0 if prune_partials(target) == [stale] else 1)
        _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert not stale.exists() and busy.exists() and other.exists()
    assert prune_partials(tmp_path / "missing" / "d.csv") == []


# --- copy_verified ---------------------------------------------------------------------------------------

def test_copy_verified(tmp_path: Path) -> None:
    source = tmp_path / "src.csv"
    source.write_bytes(BODY)
    os.utime(source, (1_500_000_000, 1_500_000_000))
    target = copy_verified(source, tmp_path / "out" / "d.csv", sha256=SHA.upper(), size=len(BODY))
    assert target.read_bytes() == BODY
    assert target.stat().st_mode & 0o777 == 0o644
    assert int(target.stat().st_mtime) == 1_500_000_000
    with pytest.raises(DownloadError) as info:
        copy_verified(source, target, size=3)
    assert info.value.problem == f"copy of {source}: size mismatch: {len(BODY)} bytes, catalog says 3; previous copy kept"
    with pytest.raises(DownloadError) as info:
        copy_verified(source, tmp_path / "new.csv", sha256="0" * 64)
    assert info.value.problem == (f"copy of {source}: checksum mismatch: sha256 {SHA} but the catalog expects "
                                  f"{'0' * 64}; nothing written")
    with pytest.raises(DownloadError) as info:
        copy_verified(tmp_path / "absent.csv", target)
    assert info.value.problem == f"source file missing: {tmp_path / 'absent.csv'}"
    assert target.read_bytes() == BODY and not (tmp_path / "new.csv").exists()


# --- get_json ----------------------------------------------------------------------------------------------

def test_get_json_status_classes(serve) -> None:
    url = serve("/api", (500,), (200, {"Content-Type": "application/json"}, b'{"a": 1}'))
    assert get_json(url, retries=2, backoff=0.0, params={"q": "x"}) == {"a": 1}
    assert hits("/api") == 2 and Scripted.seen[-1][0] == "/api?q=x"

    url = serve("/api", (400, {}, b"bad"))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=3, backoff=0.0)
    assert str(info.value) == f"{url}: HTTP 400 Bad Request" and hits("/api") == 3   # 2 above + 1

    url = serve("/api2", (500,))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=3, backoff=0.0)
    assert str(info.value) == f"{url}: HTTP 500 Internal Server Error (after 3 attempts)"
    assert hits("/api2") == 3

    url = serve("/api3", (429,))
    with pytest.raises(DownloadError, match=r"HTTP 429 Too Many Requests \(after 2 attempts\)"):
        get_json(url, retries=2, backoff=0.0)


def test_get_json_not_json_timeout_and_refused(serve) -> None:
    url = serve("/page", (200, {}, b"<html>" + b"x" * 200))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=1)
    assert str(info.value) == f"{url}: the answer is not JSON ({'<html>' + 'x' * 73 + '…'!r})"
    url = serve("/slow", (-1, {}, b"{}"))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=1, timeout=0.3)
    assert str(info.value) == f"{url}: timed out (no answer within 0.3 s) (after 1 attempts)"
    with pytest.raises(DownloadError, match=r"^http://127.0.0.1:9/x: connection failed \(.+\) \(after 2 attempts\)$"):
        get_json("http://127.0.0.1:9/x", retries=2, backoff=0.0, timeout=0.3)
    url = serve("/ok", (200, {}, b"[1]"))
    assert get_json(url, retries=0) == [1]


def test_get_json_backoff(serve, pauses: list[float]) -> None:
    url = serve("/api", (503,))
    with pytest.raises(DownloadError):
        get_json(url, retries=3, backoff=0.2, timeout=1)
    assert pauses == [0.2, 0.4]


# --- paging ----------------------------------------------------------------------------------------------

def _pages(serve, docs: list) -> str:
    return serve("/paged", *[(200, {}, json.dumps(d).encode()) for d in docs])


def test_iter_pages_reads_every_page(serve) -> None:
    url = _pages(serve, [{"maxPages": 3, "items": [1, 2]}, {"maxPages": 3, "items": [3]},
                         {"maxPages": 3, "items": [4]}, {"maxPages": 3, "items": [99]}])
    assert list(iter_pages(url, {"limit": 2}, progress=False, retries=1)) == [1, 2, 3, 4]
    assert [p for p, _ in Scripted.seen] == ["/paged?limit=2&page=1", "/paged?limit=2&page=2",
                                             "/paged?limit=2&page=3"]


def test_iter_pages_starts_at_the_given_page_and_stops_on_an_empty_one(serve) -> None:
    url = _pages(serve, [{"maxPages": 9, "rows": [5]}, {"maxPages": 9, "rows": []}, {"maxPages": 9, "rows": [7]}])
    assert list(iter_pages(url, {"page": "4"}, items_key="rows", progress=False)) == [5]
    assert [p for p, _ in Scripted.seen] == ["/paged?page=4", "/paged?page=5"]


def test_iter_pages_without_max_pages_reads_one_page(serve) -> None:
    url = _pages(serve, [{"items": [1]}, {"items": [2]}])
    assert list(iter_pages(url, progress=False)) == [1]


@pytest.mark.parametrize("second", [{"maxPages": 2}, [1, 2], {"maxPages": 2, "results": [2]}])
def test_iter_pages_a_page_without_items_is_an_error(serve, second) -> None:
    url = _pages(serve, [{"maxPages": 2, "items": [1]}, second])
    got = []
    with pytest.raises(DownloadError) as info:
        for item in iter_pages(url, progress=False):
            got.append(item)
    assert str(info.value) == f"{url}: page 2 has no 'items' list"
    assert got == [1]


def test_iter_next_follows_links_and_refuses_loops(serve, base: str) -> None:
    serve("/n2", (200, {}, json.dumps({"next": None, "results": [3]}).encode()))
    url = serve("/n1", (200, {}, json.dumps({"next": base + "/n2", "results": [1, 2]}).encode()))
    assert list(iter_next(url, progress=False)) == [1, 2, 3]
    url = serve("/loop", (200, {}, json.dumps({"next": base + "/loop", "results": [1]}).encode()))
    with pytest.raises(DownloadError) as info:
        list(iter_next(url, progress=False))
    assert str(info.value) == f"{url}: the API links back to a page already read"
    url = serve("/bad", (200, {}, json.dumps({"next": None, "items": [1]}).encode()))
    with pytest.raises(DownloadError) as info:
        list(iter_next(url, progress=False))
    assert str(info.value) == f"{url}: no 'results' list in the answer"
    url = serve("/list", (200, {}, b"[1]"))
    with pytest.raises(DownloadError, match="no 'rows' list"):
        list(iter_next(url, results_key="rows", progress=False))


# --- fetch_page --------------------------------------------------------------------------------------------

def test_fetch_page_reads_type_encoding_and_final_url(serve) -> None:
    serve("/story", (200, {"Content-Type": "Text/HTML; charset=ISO-8859-1"}, b"<p>caf\xe9</p>"))
    url = serve("/moved", (302, {"Location": "/story"}))
    page = fetch_page(url)
    assert page.content == b"<p>caf\xe9</p>" and page.content_type == "text/html"
    assert page.encoding == "ISO-8859-1" and page.url.endswith("/story")
    url = serve("/plain", (200, {"Content-Type": "text/plain"}, b"hello"))
    page = fetch_page(url)
    assert page.encoding is None and page.content_type == "text/plain"


def test_fetch_page_errors(serve) -> None:
    with pytest.raises(DownloadError, match=r"^ftp://x/y: not an http\(s\) URL$"):
        fetch_page("ftp://x/y")
    url = serve("/gone", (404,))
    with pytest.raises(DownloadError) as info:
        fetch_page(url)
    assert str(info.value) == f"{url}: HTTP 404 Not Found" and hits("/gone") == 1
    url = serve("/down", (503,))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, backoff=0.0)
    assert str(info.value) == f"{url}: HTTP 503 Service Unavailable (after 2 attempts)" and hits("/down") == 2
    url = serve("/down1", (500,))
    with pytest.raises(DownloadError, match=r"\(after 1 attempt\)$"):
        fetch_page(url, retries=1)
    url = serve("/big", (200, {"Content-Length": "2000"}, b"x" * 2000))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, max_bytes=1999)
    assert str(info.value) == f"{url}: the page is 2,000 bytes, above the 1,999-byte limit"
    assert fetch_page(url, max_bytes=2000).content == b"x" * 2000
    url = serve("/liar", (200, {"Content-Length": "10"}, b"y" * 10))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, max_bytes=9)
    assert "above the 9-byte limit" in str(info.value)
    with pytest.raises(DownloadError, match=r"cannot reach the server .+ \(after 1 attempt\)"):
        fetch_page("http://127.0.0.1:9/x", retries=1, timeout=0.3)
    url = serve("/slowpage", (-1, {}, b"late"))
    with pytest.raises(DownloadError, match=r"timed out \(no answer within 0.3 s\) \(after 1 attempt\)"):
        fetch_page(url, retries=1, timeout=0.3)


def test_fetch_page_stops_reading_past_the_limit(serve) -> None:
    # no Content-Length (HTTP/1.0 body to the close): the limit is checked while reading
    url = serve("/endless", (200, {"Content-Length": None}, b"z" * 300_000))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, max_bytes=200_000)
    assert str(info.value) == f"{url}: the page is larger than the 200,000-byte limit (reading stopped there)"
    assert len(fetch_page(url, max_bytes=300_000).content) == 300_000


# --- options passed through to every page (found by mutation testing) ----------------------------------------

def test_iter_pages_passes_its_options_to_every_page(serve) -> None:
    url = _pages(serve, [{"maxPages": 2, "items": [1]}, {"maxPages": 2, "items": [2]}])
    assert list(iter_pages(url, progress=False, headers={"X-Token": "t1"})) == [1, 2]
    assert [h.get("X-Token") for _, h in Scripted.seen] == ["t1", "t1"]


def test_iter_next_passes_its_options_to_every_page(serve, base: str) -> None:
    serve("/n2", (200, {}, json.dumps({"next": None, "results": [3]}).encode()))
    url = serve("/n1", (200, {}, json.dumps({"next": base + "/n2", "results": [1, 2]}).encode()))
    assert list(iter_next(url, progress=False, headers={"X-Token": "t2"})) == [1, 2, 3]
    assert [h.get("X-Token") for _, h in Scripted.seen] == ["t2", "t2"]


class _Session(requests.Session):
    """A real session that remembers whether it was closed."""

    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()


def test_a_callers_session_is_used_and_left_open(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {"Content-Type": "application/json"}, b"[1]"))
    session = _Session()
    download(url, tmp_path / "d.csv", session=session, progress=False)
    get_json(url, session=session)
    fetch_page(url, session=session)
    assert session.closed is False
    session.close()


def test_only_the_usual_headers_are_sent(serve, tmp_path: Path) -> None:
    url = serve("/data.csv", (200, {}, BODY))
    _get(url, tmp_path / "d.csv")
    serve("/api", (200, {}, b"{}"))
    get_json(url.replace("data.csv", "api"))
    fetch_page(url)
    for _, headers in Scripted.seen:
        assert set(headers) <= {"Host", "User-Agent", "Accept-Encoding", "Accept", "Connection"}, headers


def test_fetch_page_scheme_in_capitals_and_the_default_pause(serve, pauses: list[float]) -> None:
    url = serve("/story", (200, {"Content-Type": "text/html"}, b"<p>x</p>"))
    assert fetch_page(url.replace("http://", "HTTP://")).content == b"<p>x</p>"
    url = serve("/down", (503,))
    with pytest.raises(DownloadError, match=r"\(after 2 attempts\)$"):
        fetch_page(url)                      # two attempts, 0.5 s apart by default
    assert pauses == [0.5]


# --- fetch_page: every status class, odd headers, and each error (found by mutation testing) ---------------

@pytest.mark.parametrize("status, retried, words", [
    (400, False, "HTTP 400 Bad Request"), (499, False, "HTTP 499"),
    (429, True, "HTTP 429 Too Many Requests (after 2 attempts)"), (599, True, "HTTP 599 (after 2 attempts)"),
])
def test_fetch_page_status_classes(serve, status, retried, words) -> None:
    url = serve("/page", (status,))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, backoff=0.0)
    assert str(info.value) == f"{url}: {words}"
    assert hits("/page") == (2 if retried else 1)


def test_fetch_page_one_retry_means_one_attempt_and_the_pause_grows(serve, pauses: list[float]) -> None:
    url = serve("/down1", (500,))
    with pytest.raises(DownloadError):
        fetch_page(url, retries=1)
    assert hits("/down1") == 1 and pauses == []
    url = serve("/down3", (503,))
    with pytest.raises(DownloadError, match=r"\(after 3 attempts\)$"):
        fetch_page(url, retries=3, backoff=0.3)
    assert pauses == [0.3, 0.6]


def test_fetch_page_media_type_without_header_or_with_parameters(serve) -> None:
    url = serve("/raw", (200, {}, b"x"))
    page = fetch_page(url)
    assert page.content_type == "" and page.encoding is None
    url = serve("/multi", (200, {"Content-Type": "text/html; charset=UTF-8; boundary=x"}, b"y"))
    assert fetch_page(url).content_type == "text/html"


def test_fetch_page_bad_url_redirect_loop_and_bad_encoding(serve) -> None:
    with pytest.raises(DownloadError) as info:
        fetch_page("http://127.0.0.1:99999/x")
    assert str(info.value).startswith("http://127.0.0.1:99999/x: not a valid URL (") and "None" not in str(info.value)
    url = serve("/loop", (302, {"Location": "/loop"}))
    with pytest.raises(DownloadError) as info:
        fetch_page(url)
    assert str(info.value) == f"{url}: too many redirects"
    url = serve("/gz", (200, {"Content-Encoding": "gzip"}, b"not gzip at all"))
    with pytest.raises(DownloadError) as info:
        fetch_page(url)
    assert str(info.value).startswith(f"{url}: ContentDecodingError: ") and "None" not in str(info.value)


def test_copy_verified_missing_source_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "d.csv"
    with pytest.raises(DownloadError) as info:
        copy_verified(tmp_path / "absent.csv", target)
    assert str(info.value) == f"{target}: source file missing: {tmp_path / 'absent.csv'}"


def test_get_json_one_retry_means_one_attempt_and_messages_without_reason(serve) -> None:
    url = serve("/one", (500,))
    with pytest.raises(DownloadError):
        get_json(url, retries=1)
    assert hits("/one") == 1
    url = serve("/odd", (599,))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=1)
    assert str(info.value) == f"{url}: HTTP 599 (after 1 attempts)"
    url = serve("/odd4", (499,))
    with pytest.raises(DownloadError) as info:
        get_json(url, retries=1)
    assert str(info.value) == f"{url}: HTTP 499"
    with pytest.raises(DownloadError) as info:
        get_json("http://127.0.0.1:9/x", retries=1, timeout=0.3)
    assert "(None)" not in str(info.value)


def test_copy_verified_mismatch_messages_name_the_target(tmp_path: Path) -> None:
    source = tmp_path / "src.csv"
    source.write_bytes(BODY)
    target = tmp_path / "d.csv"
    with pytest.raises(DownloadError) as info:
        copy_verified(source, target, size=3)
    assert str(info.value).startswith(f"{target}: copy of {source}: size mismatch")
    with pytest.raises(DownloadError) as info:
        copy_verified(source, target, sha256="AB" * 32)
    assert str(info.value) == (f"{target}: copy of {source}: checksum mismatch: sha256 {SHA} but the catalog "
                               f"expects {'ab' * 32}; nothing written")
