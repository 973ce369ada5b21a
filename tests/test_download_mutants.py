"""Downloads against a scripted HTTP server on 127.0.0.1, written to fail on the mutants of
``analysis/download.py`` that the older tests let through (issue 16; ``python -m benchmarks.mutate download``).

The server is the one of ``test_download_edges.py`` (a script of answers per path; every request recorded).
Pauses between attempts are read from a stand-in for the module's ``time`` (nothing sleeps, no timing is
asserted); progress bars are drawn into a text stream, every frame, and read back.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from analysis import download as dl
from analysis.download import download, fetch_page, get_json
from analysis.errors import DownloadError
from test_download_edges import BODY, SHA, base, hits, serve  # noqa: F401  (fixtures)

pytestmark = pytest.mark.network_local


# --- compressed bodies ------------------------------------------------------------------------------------

def test_a_gzip_body_with_its_content_length_is_saved_decoded(serve, tmp_path: Path) -> None:
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


def test_a_failed_download_never_shows_the_key(serve, tmp_path: Path) -> None:
    """The message names the URL with its credentials hidden, and the target file."""
    url = serve("/data.csv", (404,)) + "?sortkey=a&key=SECRET"
    with pytest.raises(DownloadError) as info:
        download(url, tmp_path / "d.csv", retries=1, progress=False)
    assert "SECRET" not in str(info.value)
    assert str(info.value) == f"{tmp_path / 'd.csv'}: {url.split('?')[0]}?sortkey=***&key=***: HTTP 404 Not Found; nothing written"


# --- status classes: 2xx, 3xx, 4xx ------------------------------------------------------------------------

@pytest.mark.parametrize("status", [201, 203, 206])
def test_any_2xx_is_a_success(serve, tmp_path: Path, status: int) -> None:
    """2xx other than 200 is a success too: its body is saved."""
    url = serve("/data.csv", (status, {}, BODY))
    assert download(url, tmp_path / "d.csv", retries=3, progress=False).read_bytes() == BODY
    assert hits("/data.csv") == 1


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_with_a_location_is_followed(serve, tmp_path: Path, status: int) -> None:
    """A redirect leads to the dataset; the redirect's own body is never saved."""
    serve("/new.csv", (200, {}, BODY))
    url = serve("/old.csv", (status, {"Location": "/new.csv"}, b"<html>moved</html>"))
    assert download(url, tmp_path / "d.csv", retries=1, progress=False).read_bytes() == BODY
    assert fetch_page(url, retries=1).content == BODY


@pytest.mark.parametrize("status, reason", [(300, "Multiple Choices"), (304, "Not Modified"), (305, "Use Proxy"),
                                            (302, "Found")])
def test_a_redirect_not_followed_is_an_error_and_nothing_is_saved(serve, tmp_path: Path, status: int,
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


@pytest.mark.parametrize("status, reason", [(400, "Bad Request"), (401, "Unauthorized"), (403, "Forbidden"),
                                            (404, "Not Found")])
def test_a_client_error_names_url_and_file_and_keeps_the_old_copy(serve, tmp_path: Path, status: int,
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
