"""Downloads against a scripted HTTP server on 127.0.0.1, written to fail on the mutants of
``analysis/download.py`` that the older tests let through (issue 16; ``python -m benchmarks.mutate download``).

The server is the one of ``test_download_edges.py`` (a script of answers per path; every request recorded).
Pauses between attempts are read from a stand-in for the module's ``time`` (nothing sleeps, no timing is
asserted); progress bars are drawn into a text stream, every frame, and read back.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import threading
import time
from pathlib import Path
from typing import Any, Callable

import pytest
import requests
from tqdm import tqdm

from analysis import download as dl
from analysis.download import download, fetch_page, get_json, iter_next, iter_pages, prune_partials
from analysis.errors import DownloadError
import local_http
from local_http import serving
from test_download_edges import BODY, SHA, base, hits, pauses, serve  # noqa: F401  (fixtures)

pytestmark = pytest.mark.network_local

#: The `serve` fixture: `serve(path, *answers)` scripts the answers for a path and returns its URL.
Serve = Callable[..., str]


# --- compressed bodies ------------------------------------------------------------------------------------

def test_a_gzip_body_with_its_content_length_is_saved_decoded(serve: Serve, tmp_path: Path) -> None:
    """Content-Length counts the compressed bytes: comparing it with the bytes written failed every such download."""
    packed = gzip.compress(BODY * 50)
    url = serve("/data.csv", (200, {"Content-Encoding": "gzip"}, packed))
    target = download(url, tmp_path / "d.csv", retries=1, progress=False)
    assert target.read_bytes() == BODY * 50
    assert hits("/data.csv") == 1


# --- credentials in messages ------------------------------------------------------------------------------

@pytest.mark.parametrize("url, shown", [
    ("https://x.org/a?sortkey=name&key=SECRET", "https://x.org/a?sortkey=***&key=***"),
    ("https://x.org/a?key=ONE&page=2&key=TWO", "https://x.org/a?key=***&page=2&key=***"),
    ("https://x.org/a?token=T1&access_token=T2", "https://x.org/a?token=***&access_token=***"),
    ("https://x.org/a?client_id=C&x=1", "https://x.org/a?client_id=***&x=1"),
])
def test_every_credential_in_a_url_is_hidden(url: str, shown: str) -> None:
    """Only the first match was hidden: a second key, or one after a name ending in 'key=', was shown."""
    assert dl._describe_url(url) == shown


def test_a_failed_download_never_shows_the_key(serve: Serve, tmp_path: Path) -> None:
    """The message names the URL with its credentials hidden, and the target file."""
    url = serve("/data.csv", (404,)) + "?sortkey=a&key=SECRET"
    with pytest.raises(DownloadError) as info:
        download(url, tmp_path / "d.csv", retries=1, progress=False)
    assert "SECRET" not in str(info.value)
    assert str(info.value) == f"{tmp_path / 'd.csv'}: {url.split('?')[0]}?sortkey=***&key=***: HTTP 404 Not Found; nothing written"


# --- status classes: 2xx, 3xx, 4xx ------------------------------------------------------------------------

@pytest.mark.parametrize("status", [201, 203, 206])
def test_any_2xx_is_a_success(serve: Serve, tmp_path: Path, status: int) -> None:
    """2xx other than 200 is a success too: its body is saved."""
    url = serve("/data.csv", (status, {}, BODY))
    assert download(url, tmp_path / "d.csv", retries=3, progress=False).read_bytes() == BODY
    assert hits("/data.csv") == 1


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_with_a_location_is_followed(serve: Serve, tmp_path: Path, status: int) -> None:
    """A redirect leads to the dataset; the redirect's own body is never saved."""
    serve("/new.csv", (200, {}, BODY))
    url = serve("/old.csv", (status, {"Location": "/new.csv"}, b"<html>moved</html>"))
    assert download(url, tmp_path / "d.csv", retries=1, progress=False).read_bytes() == BODY
    assert fetch_page(url, retries=1).content == BODY


@pytest.mark.parametrize("status, reason", [(300, "Multiple Choices"), (304, "Not Modified"), (305, "Use Proxy"),
                                            (302, "Found")])
def test_a_redirect_not_followed_is_an_error_and_nothing_is_saved(serve: Serve, tmp_path: Path, status: int,
                                                                  reason: str) -> None:
    """A 3xx requests does not follow (no Location, or 300/304/305) was saved as the dataset (its HTML body)."""
    url = serve("/data.csv", (status, {}, b"<html>choose one</html>"))
    target = tmp_path / "d.csv"
    target.write_bytes(b"old good copy")
    with pytest.raises(DownloadError) as info:
        download(url, target, retries=3, progress=False)
    assert str(info.value) == (f"{target}: {url}: HTTP {status} {reason} (a redirect that was not followed); "
                               "previous copy kept")
    assert target.read_bytes() == b"old good copy" and hits("/data.csv") == 1
    with pytest.raises(DownloadError, match=rf"^{url}: HTTP {status} {reason} \(a redirect that was not followed\)$"):
        fetch_page(url)
    with pytest.raises(DownloadError, match=rf"^{url}: HTTP {status} {reason} \(a redirect"):
        get_json(url)
    assert hits("/data.csv") == 3


def test_a_redirect_without_a_reason_phrase_says_only_its_code(serve: Serve, tmp_path: Path) -> None:
    """HTTP 399 (no reason phrase): the message has the code alone, as for 4xx and 5xx."""
    url = serve("/data.csv", (399, {}, b"<html>?</html>"))
    with pytest.raises(DownloadError) as info:
        download(url, tmp_path / "d.csv", retries=1, progress=False)
    assert str(info.value) == f"{tmp_path / 'd.csv'}: {url}: HTTP 399 (a redirect that was not followed); nothing written"


@pytest.mark.parametrize("status, reason", [(400, "Bad Request"), (401, "Unauthorized"), (403, "Forbidden"),
                                            (404, "Not Found")])
def test_a_client_error_names_url_and_file_and_keeps_the_old_copy(serve: Serve, tmp_path: Path, status: int,
                                                                  reason: str) -> None:
    """A final 4xx names the file like every other failure (it named only the URL) and is tried once."""
    url = serve("/data.csv", (status, {}, b"<html>error page</html>"))
    target = tmp_path / "d.csv"
    target.write_bytes(b"old good copy")
    with pytest.raises(DownloadError) as info:
        download(url, target, retries=3, progress=False)
    assert str(info.value) == f"{target}: {url}: HTTP {status} {reason}; previous copy kept"
    assert info.value.path == str(target)
    assert target.read_bytes() == b"old good copy" and hits("/data.csv") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.csv"]


# --- retries and pauses -------------------------------------------------------------------------------------

def test_download_pauses_double_and_stop_after_a_success(serve: Serve, tmp_path: Path, pauses: list[float]) -> None:
    """Two faults, then the file: two pauses (backoff, twice it), none after the success."""
    url = serve("/data.csv", (500,), (503,), (200, {}, BODY))
    download(url, tmp_path / "d.csv", retries=5, backoff=0.25, progress=False)
    assert pauses == [0.25, 0.5] and hits("/data.csv") == 3


def test_download_four_attempts_three_pauses(serve: Serve, tmp_path: Path, pauses: list[float]) -> None:
    """``retries`` counts attempts; the pause doubles each time and none follows the last attempt."""
    url = serve("/data.csv", (502,))
    with pytest.raises(DownloadError, match=r"HTTP 502 Bad Gateway \(after 4 attempts\); nothing written$"):
        download(url, tmp_path / "d.csv", retries=4, backoff=1.5, progress=False)
    assert pauses == [1.5, 3.0, 6.0] and hits("/data.csv") == 4


@pytest.mark.parametrize("retries", [0, 1])
def test_one_attempt_means_no_pause(serve: Serve, tmp_path: Path, pauses: list[float], retries: int) -> None:
    """0 or 1 retries: one attempt, no pause, for each of the three readers."""
    url = serve("/x", (503,))
    with pytest.raises(DownloadError):
        download(url, tmp_path / "d.csv", retries=retries, progress=False)
    with pytest.raises(DownloadError):
        get_json(url, retries=retries)
    with pytest.raises(DownloadError):
        fetch_page(url, retries=retries)
    assert hits("/x") == 3 and pauses == []


def test_the_defaults_are_three_attempts_one_then_two_seconds(serve: Serve, tmp_path: Path, pauses: list[float]) -> None:
    """download and get_json: 3 attempts, pausing 1 s then 2 s; fetch_page: 2 attempts, 0.5 s apart."""
    url = serve("/x", (503,))
    with pytest.raises(DownloadError, match=r"\(after 3 attempts\); nothing written$"):
        download(url, tmp_path / "d.csv", progress=False)
    assert hits("/x") == 3 and pauses == [1.0, 2.0]
    with pytest.raises(DownloadError, match=r"\(after 3 attempts\)$"):
        get_json(url)
    assert hits("/x") == 6 and pauses == [1.0, 2.0, 1.0, 2.0]
    with pytest.raises(DownloadError, match=r"\(after 2 attempts\)$"):
        fetch_page(url)
    assert hits("/x") == 8 and pauses == [1.0, 2.0, 1.0, 2.0, 0.5]


def test_get_json_retries_until_the_answer(serve: Serve, pauses: list[float]) -> None:
    """A 429 and a 500, then JSON: three requests, two pauses."""
    url = serve("/api", (429,), (500,), (200, {}, b'{"ok": true}'))
    assert get_json(url, retries=3, backoff=0.1) == {"ok": True}
    assert hits("/api") == 3 and pauses == [0.1, 0.2]


class _Recording(requests.Session):
    """A real session that records the keyword arguments of each request and whether it was closed."""

    opened: list["_Recording"] = []

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []
        self.closed = False
        _Recording.opened.append(self)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        self.calls.append(kwargs)
        return super().request(method, url, **kwargs)

    def close(self) -> None:
        self.closed = True
        super().close()


def test_the_default_timeouts(serve: Serve, tmp_path: Path) -> None:
    """30 s per connection and read for download and get_json, 15 s for fetch_page."""
    url = serve("/x", (200, {}, b"[1]"))
    session = _Recording()
    download(url, tmp_path / "d.csv", progress=False, session=session)
    get_json(url, session=session)
    fetch_page(url, session=session)
    assert [c["timeout"] for c in session.calls] == [30.0, 30.0, 15.0]


def test_a_session_opened_here_is_closed_after_success_and_failure(serve: Serve, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a caller's session each call opens one and closes it, whatever happened."""
    _Recording.opened = []
    monkeypatch.setattr(dl.requests, "Session", _Recording)
    ok = serve("/ok", (200, {}, b"[1]"))
    bad = serve("/bad", (404,))
    download(ok, tmp_path / "d.csv", progress=False)
    get_json(ok)
    fetch_page(ok)
    for call in (lambda: download(bad, tmp_path / "e.csv", progress=False), lambda: get_json(bad),
                 lambda: fetch_page(bad)):
        with pytest.raises(DownloadError):
            call()
    assert len(_Recording.opened) == 6 and all(s.closed for s in _Recording.opened)


# --- bodies: streamed, truncated, stalled, malformed, large ----------------------------------------------------

class _Slow(local_http.Handler):
    """Sends the headers and half the body, then the rest once ``release`` is set (or after 3 s)."""

    release = threading.Event()
    rest_sent = threading.Event()
    body = b"a" * 70_000 + b"b" * 70_000

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        half = len(self.body) // 2
        self.wfile.write(self.body[:half])
        self.wfile.flush()
        _Slow.release.wait(3)
        _Slow.rest_sent.set()          # before the write: a client that has the rest sees it set
        try:
            self.wfile.write(self.body[half:])
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def test_a_download_is_written_as_it_arrives_and_its_partial_file_is_locked(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The body is streamed to the partial file (not read into memory first): when the first bytes are written,
    the server has not sent the rest yet; and a prune meanwhile keeps that locked partial file."""
    _Slow.release.clear()
    _Slow.rest_sent.clear()
    seen: list[tuple[bool, list[Path], list[str]]] = []
    target = tmp_path / "d.csv"

    class Watching(tqdm):
        def update(self, n: float | None = 1) -> bool | None:
            if not seen:
                seen.append((_Slow.rest_sent.is_set(), prune_partials(target),
                             [p.name for p in tmp_path.iterdir()]))
                _Slow.release.set()
            return super().update(n)

    monkeypatch.setattr(dl, "tqdm", Watching)
    with serving(_Slow) as url:
        download(url + "/big.csv", target, retries=1, progress=False)
    rest_was_sent, pruned, files = seen[0]
    assert rest_was_sent is False
    assert pruned == [] and len(files) == 1 and files[0].startswith(".d.csv.") and files[0].endswith(".part")
    assert target.read_bytes() == _Slow.body


class _Endless(local_http.Handler):
    """Sends up to 32 MB without a Content-Length, counting what it got out before the client hung up."""

    sent = 0
    done = threading.Event()

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.end_headers()
        block = b"z" * (1 << 16)
        try:
            for _ in range(512):
                self.wfile.write(block)
                _Endless.sent += len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass
        _Endless.done.set()


def test_fetch_page_stops_reading_at_the_limit_and_hangs_up() -> None:
    """The cap protects memory: the page is read as it comes and the connection dropped at the limit, so the
    server cannot send its 32 MB."""
    _Endless.sent = 0
    _Endless.done.clear()
    with serving(_Endless) as url:
        with pytest.raises(DownloadError) as info:
            fetch_page(url + "/huge", max_bytes=100_000, retries=1)
        assert _Endless.done.wait(10)
    assert str(info.value) == f"{url}/huge: the page is larger than the 100,000-byte limit (reading stopped there)"
    assert _Endless.sent < 32 * (1 << 20)


def test_the_default_page_limit_is_five_million_bytes(serve: Serve) -> None:
    """A page announcing 5,000,001 bytes is refused before its body is read."""
    url = serve("/big", (200, {"Content-Length": "5000001"}, b"x"))
    with pytest.raises(DownloadError) as info:
        fetch_page(url, retries=1)
    assert str(info.value) == f"{url}: the page is 5,000,001 bytes, above the 5,000,000-byte limit"


def test_a_short_body_says_how_many_bytes_came(serve: Serve, tmp_path: Path, pauses: list[float]) -> None:
    """The count got and announced are both in the message (10 bytes missing of 42)."""
    url = serve("/data.csv", (200, {"Content-Length": str(len(BODY) + 10)}, BODY))
    with pytest.raises(DownloadError) as info:
        download(url, tmp_path / "d.csv", retries=2, progress=False)
    assert str(info.value) == (f"{tmp_path / 'd.csv'}: {url}: truncated body: got {len(BODY)} bytes of the "
                               f"{len(BODY) + 10} announced by Content-Length (the connection closed early) "
                               "(after 2 attempts); nothing written")
    assert pauses == [1.0]


class _Stalling(local_http.Handler):
    """Sends the headers and 10 of the 100 bytes announced, then nothing for 1 s."""

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", "100")
        self.end_headers()
        try:
            self.wfile.write(b"x" * 10)
            self.wfile.flush()
            time.sleep(1)
            self.wfile.write(b"x" * 90)
        except (BrokenPipeError, ConnectionResetError):
            pass


def test_a_body_that_stalls_is_said_to_time_out(tmp_path: Path) -> None:
    """A read that times out mid-body (requests raises a ConnectionError, not a Timeout) is a timeout."""
    with serving(_Stalling) as url:
        with pytest.raises(DownloadError) as info:
            download(url + "/d.csv", tmp_path / "d.csv", timeout=0.2, retries=1, progress=False)
        assert str(info.value) == (f"{tmp_path / 'd.csv'}: {url}/d.csv: timed out (no answer within 0.2 s) "
                                   "(after 1 attempt); nothing written")
        with pytest.raises(DownloadError) as info:
            fetch_page(url + "/p", timeout=0.2, retries=1)
        assert str(info.value) == f"{url}/p: timed out (no answer within 0.2 s) (after 1 attempt)"


class _BadChunks(local_http.Handler):
    """A chunked body whose first chunk size is not a number."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(b"zz\r\nabc\r\n0\r\n\r\n")
        self.wfile.flush()


def test_a_broken_chunked_body_is_retried_and_said(tmp_path: Path, pauses: list[float]) -> None:
    """A malformed chunk (no byte counts to give) reads 'the connection closed early' with the cause."""
    with serving(_BadChunks) as url:
        with pytest.raises(DownloadError) as info:
            download(url + "/d.csv", tmp_path / "d.csv", retries=2, progress=False)
    text = str(info.value)
    assert text.startswith(f"{tmp_path / 'd.csv'}: {url}/d.csv: truncated body: the connection closed early (")
    assert "InvalidChunkLength" in text and "(None)" not in text
    assert text.endswith(") (after 2 attempts); nothing written") and pauses == [1.0]


def test_a_large_body_in_many_chunks_is_counted_whole(serve: Serve, tmp_path: Path) -> None:
    """200 kB arrive in several chunks: the size and checksum cover them all."""
    body = bytes(range(256)) * 800
    url = serve("/big.bin", (200, {}, body))
    target = download(url, tmp_path / "big.bin", size=len(body), sha256=hashlib.sha256(body).hexdigest(),
                      retries=1, progress=False)
    assert target.read_bytes() == body


def test_size_and_checksum_errors_name_the_file(serve: Serve, tmp_path: Path) -> None:
    """A mismatch names the target (its path) as well as the URL."""
    url = serve("/data.csv", (200, {}, BODY))
    target = tmp_path / "d.csv"
    for kwargs in ({"size": 1}, {"sha256": "0" * 64}):
        with pytest.raises(DownloadError) as info:
            download(url, target, retries=1, progress=False, **kwargs)
        assert info.value.path == str(target) and str(info.value).startswith(f"{target}: {url}: ")


def test_an_unreachable_page_says_why(tmp_path: Path) -> None:
    """The refusal's text is in the message, never 'None'."""
    with pytest.raises(DownloadError) as info:
        fetch_page("http://127.0.0.1:9/x", retries=1, timeout=0.3)
    assert str(info.value).startswith("http://127.0.0.1:9/x: cannot reach the server (")
    assert "(None)" not in str(info.value) and "HTTPConnectionPool(host='127.0.0.1', port=9)" in str(info.value)


# --- progress bars --------------------------------------------------------------------------------------------

@pytest.fixture()
def bars(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """Every progress bar the module opens draws into this stream, each update (tqdm itself, made to redraw at
    every update instead of at most ten times a second)."""
    stream = io.StringIO()

    class Drawn(tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.update(file=stream, mininterval=0, miniters=1)
            super().__init__(*args, **kwargs)

    # tqdm's own lock includes a multiprocessing lock, shared with every process forked after it is made, and
    # tqdm.refresh keeps it when drawing fails: in forked test runs (mutmut runs each mutant's tests in a fork)
    # one bar that failed to draw would block all later ones. A thread lock is enough for one process.
    Drawn.set_lock(threading.RLock())
    monkeypatch.setattr(dl, "tqdm", Drawn)
    return stream


def _frames(out: str) -> list[str]:
    """The frames a bar drew, in order, without the blank ones (a cleared bar)."""
    return [f.strip() for f in out.split("\r") if f.strip()]


def test_a_download_shows_a_byte_bar_named_after_the_file(serve: Serve, tmp_path: Path, bars: io.StringIO) -> None:
    """By default: the file name, the bytes done of the announced total in kB-scaled units, then cleared."""
    url = serve("/data.csv", (200, {}, BODY))
    download(url, tmp_path / "d.csv", retries=1)
    out = bars.getvalue()
    frames = _frames(out)
    assert frames[0].startswith("d.csv:   0%|")
    assert re.search(r"\| 0\.00/32\.0 \[00:0\d<\?, \?B/s\]$", frames[0]), frames[0]
    assert frames[-1].startswith("d.csv: 100%|") and "| 32.0/32.0 [" in frames[-1]
    assert len(frames) == 2
    assert out.endswith("\r") and "\n" not in out          # cleared off the terminal, not left behind


def test_a_large_download_counts_in_scaled_units(serve: Serve, tmp_path: Path, bars: io.StringIO) -> None:
    """200 kB in several chunks: the bar ends at 205k of 205k bytes."""
    body = b"q" * 204_800
    url = serve("/big.bin", (200, {}, body))
    download(url, tmp_path / "big.bin", retries=1, progress=True)
    frames = _frames(bars.getvalue())
    assert "| 205k/205k [" in frames[-1] and len(frames) >= 3


def test_no_bar_when_progress_is_off(serve: Serve, tmp_path: Path, bars: io.StringIO) -> None:
    """progress=False draws nothing, for every reader that has a bar."""
    url = serve("/data.csv", (200, {}, BODY))
    download(url, tmp_path / "d.csv", retries=1, progress=False)
    pages = serve("/paged", (200, {}, json.dumps({"maxPages": 1, "items": [1], "results": [1]}).encode()))
    assert list(iter_pages(pages, progress=False)) == [1]
    assert list(iter_next(pages, progress=False)) == [1]
    assert bars.getvalue() == ""


def test_a_compressed_download_has_no_total(serve: Serve, tmp_path: Path, bars: io.StringIO) -> None:
    """The Content-Length of a gzip body is not the size written, so the bar shows bytes without a total."""
    url = serve("/data.csv", (200, {"Content-Encoding": "gzip"}, gzip.compress(BODY)))
    download(url, tmp_path / "d.csv", retries=1)
    frames = _frames(bars.getvalue())
    assert re.match(r"d\.csv: 0\.00B \[", frames[0]) and re.match(r"d\.csv: 32\.0B \[", frames[-1]), frames


def test_iter_pages_counts_pages_of_the_announced_total(serve: Serve, bars: io.StringIO) -> None:
    """The bar is named after the URL without its query, counts one per page, out of maxPages."""
    url = serve("/paged", *[(200, {}, json.dumps({"maxPages": 3, "items": [i]}).encode()) for i in (1, 2, 3)])
    assert list(iter_pages(url + "?key=SECRET&x=1", retries=1)) == [1, 2, 3]
    out = bars.getvalue()
    frames = _frames(out)
    assert all(f.startswith(f"{url}: ") for f in frames) and "SECRET" not in out
    assert re.search(r": 0page \[00:0\d, \?page/s\]$", frames[0]), frames[0]
    assert [re.search(r"\| (\d+/\d+) \[", f).group(1) for f in frames[1:]] == ["1/3", "2/3", "3/3"]
    assert out.endswith("\r") and "\n" not in out


def test_iter_pages_keeps_the_total_when_a_page_omits_it(serve: Serve, bars: io.StringIO) -> None:
    """maxPages 0 on a later page leaves the bar's total as it was."""
    url = serve("/paged", (200, {}, json.dumps({"maxPages": 2, "items": [1]}).encode()),
                (200, {}, json.dumps({"maxPages": 0, "items": [2]}).encode()))
    assert list(iter_pages(url, retries=1)) == [1, 2]
    assert [re.search(r"\| (\d+/\d+) \[", f).group(1) for f in _frames(bars.getvalue())[1:]] == ["1/2", "2/2"]


def test_iter_next_counts_pages(serve: Serve, base: str, bars: io.StringIO) -> None:
    """The bar is named after the first URL without its query and counts one per page read."""
    serve("/n2", (200, {}, json.dumps({"next": None, "results": [3]}).encode()))
    url = serve("/n1", (200, {}, json.dumps({"next": base + "/n2", "results": [1, 2]}).encode()))
    assert list(iter_next(url + "?token=SECRET", retries=1)) == [1, 2, 3]
    out = bars.getvalue()
    frames = _frames(out)
    assert all(f.startswith(f"{url}: ") for f in frames) and "SECRET" not in out
    assert [re.search(r": (\d+)page \[", f).group(1) for f in frames] == ["0", "1", "2"]
    assert out.endswith("\r") and "\n" not in out


# --- paging errors ---------------------------------------------------------------------------------------------

def test_a_page_that_fails_stops_the_paging_with_the_url(serve: Serve, pauses: list[float]) -> None:
    """Page 2 answering 500 on each try: the items of page 1 came, then the error names the URL and the tries."""
    url = serve("/paged", (200, {}, json.dumps({"maxPages": 3, "items": [1]}).encode()), (500,))
    got = []
    with pytest.raises(DownloadError) as info:
        for item in iter_pages(url, progress=False, retries=2, backoff=0.5):
            got.append(item)
    assert got == [1] and pauses == [0.5]
    assert str(info.value) == f"{url}: HTTP 500 Internal Server Error (after 2 attempts)"


def test_max_pages_as_text_is_read_as_a_number(serve: Serve) -> None:
    """'maxPages': '2' (text) stops after page 2."""
    url = serve("/paged", *[(200, {}, json.dumps({"maxPages": "2", "items": [i]}).encode()) for i in (1, 2, 3)])
    assert list(iter_pages(url, progress=False)) == [1, 2]


# --- the partial-file lock -------------------------------------------------------------------------------------

def test_a_locked_partial_file_is_kept_and_locking_twice_is_no_error(tmp_path: Path) -> None:
    """_locked takes a lock prune_partials respects; a file already locked elsewhere is no error."""
    part = tmp_path / ".d.csv.abc.part"
    part.write_bytes(b"half")
    with open(part, "rb") as first, open(part, "rb") as second:
        dl._locked(first)
        assert prune_partials(tmp_path / "d.csv") == [] and part.exists()
        dl._locked(second)                  # held by `first`: quietly not locked
    assert prune_partials(tmp_path / "d.csv") == [part] and not part.exists()


def test_every_stale_partial_file_is_pruned(tmp_path: Path) -> None:
    """Two partial files left by killed downloads: both go, the target and other files stay."""
    stale = [tmp_path / ".d.csv.a1.part", tmp_path / ".d.csv.b2.part"]
    keep = [tmp_path / "d.csv", tmp_path / ".e.csv.c3.part"]
    for f in stale + keep:
        f.write_bytes(b"x")
    assert sorted(prune_partials(tmp_path / "d.csv")) == stale
    assert sorted(p for p in tmp_path.iterdir()) == sorted(keep)


def test_a_body_without_content_length_is_saved_and_shown_without_a_total(serve: Serve, tmp_path: Path,
                                                                         bars: io.StringIO) -> None:
    """No Content-Length (HTTP/1.0, the body ends with the connection): saved whole, the bar counts bytes only."""
    url = serve("/data.csv", (200, {"Content-Length": None}, BODY))
    assert download(url, tmp_path / "d.csv", retries=1, sha256=SHA).read_bytes() == BODY
    frames = _frames(bars.getvalue())
    assert re.match(r"d\.csv: 0\.00B \[", frames[0]) and re.match(r"d\.csv: 32\.0B \[", frames[-1]), frames


def test_no_content_is_an_error_and_never_an_empty_dataset(serve: Serve, tmp_path: Path) -> None:
    """HTTP 204 saved an empty file as the dataset when no size or checksum was given."""
    url = serve("/data.csv", (204, {}, b""))
    target = tmp_path / "d.csv"
    target.write_bytes(b"old good copy")
    with pytest.raises(DownloadError) as info:
        download(url, target, retries=3, progress=False)
    assert str(info.value) == f"{target}: {url}: HTTP 204 No Content (the server sent no data); previous copy kept"
    assert target.read_bytes() == b"old good copy" and hits("/data.csv") == 1
    with pytest.raises(DownloadError, match=r"HTTP 204 No Content \(the server sent no data\)$"):
        get_json(url)
