"""Downloads that never leave a bad file behind.

:func:`download` streams a URL into a temporary file beside the target,
checks the byte count against ``Content-Length`` and the expected size and
sha256 when they are known, and only then moves it over the target. Network
faults (timeouts, refused connections, HTTP 5xx, truncated bodies) are
retried a limited number of times with a growing pause. Any failure raises a
:class:`~analysis.errors.DownloadError` naming the URL, the file and what
happened; the previous copy of the target is left exactly as it was. A
temporary file left by a download killed outright (SIGKILL) is removed by
the next download of the same target (:func:`prune_partials`).

:func:`copy_verified` does the same for a file copied from a local mirror,
and :func:`get_json` / :func:`iter_pages` / :func:`iter_next` read paged
JSON APIs (UNHCR's ``page``/``maxPages``, IDMC's ``next`` links).
:func:`fetch_page` reads one web page into memory, with a timeout and a
size cap (``python -m analysis check URL``).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import re
import shutil
import time
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Callable, Iterator, TypeVar

import requests
from tqdm import tqdm  # terminal bars: downloads run from the command line

from analysis.atomic import atomic_path
from analysis.errors import DownloadError

#: Seconds to wait for a connection and for each read.
TIMEOUT = 30.0
#: Attempts per URL (the first try included).
RETRIES = 3
#: Pause before the second attempt; doubled for each later one.
BACKOFF = 1.0
USER_AGENT = "tally/0.1 (+https://github.com/; research use)"

T = TypeVar("T")


class _Retryable(Exception):
    """A fault worth another try (network trouble, server error, short body)."""


def _check_status(response: requests.Response, shown: str) -> None:
    """Raise for an HTTP error: 5xx and 429 are worth another try, other 4xx are final, and so is a 3xx
    that requests did not follow (no Location, or 300/304/305: its body is not the resource asked for) and a
    204 (no content: nothing to save)."""
    if response.status_code >= 500 or response.status_code == 429:
        raise _Retryable(f"HTTP {response.status_code} {response.reason or ''}".strip())
    if response.status_code >= 400:
        raise DownloadError(f"{shown}: HTTP {response.status_code} {response.reason or ''}".strip())
    if response.status_code >= 300:
        raise DownloadError(f"{shown}: HTTP {response.status_code} {response.reason or ''}".strip()
                            + " (a redirect that was not followed)")
    if response.status_code == 204:  # success with nothing in it: never saved as an empty dataset
        raise DownloadError(f"{shown}: HTTP 204 {response.reason or ''}".strip() + " (the server sent no data)")


def _retrying(once: Callable[[requests.Session], T], session: requests.Session | None, *, retries: int,
              backoff: float, failed: Callable[[str], DownloadError]) -> T:
    """Call ``once(session)`` until it returns, ``retries`` times in all while it raises :class:`_Retryable`,
    pausing ``backoff``, then twice that, and so on; then raise ``failed(last fault)``.

    Without ``session`` a new one (with the project's User-Agent) is opened and closed here.
    """
    own = session is None
    session = session or requests.Session()
    if own or str(session.headers.get("User-Agent", "")).startswith("python-requests/"):
        # a session comes with requests' own User-Agent: say who asks, unless the caller chose another
        session.headers["User-Agent"] = USER_AGENT
    last = "no attempt made"
    try:
        for attempt in range(1, max(1, retries) + 1):
            try:
                return once(session)
            except _Retryable as exc:
                last = str(exc)
            if attempt < retries:
                time.sleep(backoff * (2 ** (attempt - 1)))
        raise failed(last)
    finally:
        if own:
            session.close()


#: A credential passed in the query string (``access_token=`` ends with ``token=``), up to the next ``&``.
_SECRET = re.compile(r"((?:client_id|key|token)=)[^&]*")


def _describe_url(url: str) -> str:
    """``url`` with the value of every credential in it shown as ``***`` (a name that ends like one, such as
    ``sortkey=``, is hidden too: showing a secret is worse)."""
    return _SECRET.sub(r"\1***", url)


def prune_partials(target: str | Path) -> list[Path]:
    """Remove temporary ``.NAME.*.part`` files of ``target`` left by a killed download or copy.

    A download holds a lock on its temporary file while writing it, so a file
    this process can lock is stale (its writer is gone, e.g. killed with
    SIGKILL mid-file); a locked one belongs to a running download and is kept.
    Returns the files removed.
    """
    target = Path(target)
    removed = []
    if not target.parent.is_dir():
        return removed
    for part in target.parent.glob(f".{target.name}.*.part"):
        try:
            with open(part, "rb") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                part.unlink()
                removed.append(part)
        except (BlockingIOError, FileNotFoundError):
            continue
    return removed


def _locked(fh) -> None:
    """Mark an open temporary file as being written (see :func:`prune_partials`)."""
    with contextlib.suppress(OSError):
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _stream_to(response: requests.Response, tmp: Path, label: str, progress: bool) -> tuple[int, str, int | None]:
    """Write the body to ``tmp``; return (bytes written, sha256, Content-Length or None).

    The Content-Length of a compressed body (``Content-Encoding: gzip``) counts the bytes sent, not the
    bytes written, so it is not returned (urllib3 checks the bytes sent against it).
    """
    length_header = response.headers.get("Content-Length")
    plain = "Content-Encoding" not in response.headers
    expected = int(length_header) if plain and length_header and length_header.isdigit() else None
    digest = hashlib.sha256()
    written = 0
    bar = tqdm(total=expected, unit="B", unit_scale=True, desc=label, disable=not progress, leave=False)
    try:
        with open(tmp, "wb") as fh:
            _locked(fh)
            for chunk in response.iter_content(chunk_size=1 << 16):
                if not chunk:
                    continue
                fh.write(chunk)
                digest.update(chunk)
                written += len(chunk)
                bar.update(len(chunk))
    finally:
        bar.close()
    return written, digest.hexdigest(), expected


def _attempt(session: requests.Session, url: str, tmp: Path, *, timeout: float,
             headers: dict[str, str] | None, label: str, progress: bool) -> tuple[int, str]:
    shown = _describe_url(url)
    try:
        with session.get(url, stream=True, timeout=timeout, headers=headers) as response:
            _check_status(response, shown)
            written, sha, expected = _stream_to(response, tmp, label, progress)
    except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
        text = str(exc)
        if isinstance(exc, requests.Timeout) or "timed out" in text.lower():
            raise _Retryable(f"timed out (no answer within {timeout:g} s)") from None
        if "IncompleteRead" in text or isinstance(exc, requests.exceptions.ChunkedEncodingError):
            match = re.search(r"IncompleteRead\((\d+) bytes read, (\d+) more expected\)", text)
            if match:
                got, more = int(match.group(1)), int(match.group(2))
                raise _Retryable(f"truncated body: got {got} bytes of the {got + more} announced by "
                                 "Content-Length (the connection closed early)") from None
            raise _Retryable(f"truncated body: the connection closed early ({_short(text)})") from None
        raise _Retryable(f"connection failed ({_short(text)})") from None
    if expected is not None and written != expected:
        raise _Retryable(f"truncated body: got {written} bytes of the {expected} announced by Content-Length")
    return written, sha


def _kept(target: Path) -> str:
    return "previous copy kept" if target.exists() else "nothing written"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def download(url: str, target: str | Path, *, sha256: str | None = None, size: int | None = None,
             timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = BACKOFF,
             headers: dict[str, str] | None = None, progress: bool = True,
             session: requests.Session | None = None) -> Path:
    """Download ``url`` into ``target`` atomically; return ``target``.

    ``sha256`` and ``size`` (when given) must match, or the download fails.
    Network faults are tried ``retries`` times in all, pausing ``backoff``,
    then twice that, and so on. On failure a :class:`DownloadError` says what
    happened and ``target`` keeps its previous content (or stays absent).
    """
    target = Path(target)
    prune_partials(target)
    shown = _describe_url(url)

    def once(session: requests.Session) -> Path:
        with atomic_path(target) as tmp:
            try:
                written, got = _attempt(session, url, tmp, timeout=timeout, headers=headers,
                                        label=target.name, progress=progress)
            except DownloadError as exc:     # a final HTTP error: name the file, as every other failure does
                raise DownloadError(f"{exc.problem}; {_kept(target)}", path=target) from None
            if size is not None and written != size:
                raise DownloadError(
                    f"{shown}: size mismatch: got {written} bytes, the catalog expects {size}; "
                    f"{_kept(target)}", path=target)
            if sha256 is not None and got != sha256.lower():
                raise DownloadError(
                    f"{shown}: checksum mismatch: sha256 {got} but expected {sha256.lower()}; "
                    f"{_kept(target)}", path=target)
        return target

    return _retrying(once, session, retries=retries, backoff=backoff, failed=lambda last: DownloadError(
        f"{shown}: {last} (after {retries} attempt{'s' if retries != 1 else ''}); {_kept(target)}", path=target))


def copy_verified(source: str | Path, target: str | Path, *, sha256: str | None = None,
                  size: int | None = None) -> Path:
    """Copy a local file into ``target`` atomically, checking size and sha256 first.

    A mismatch raises a :class:`DownloadError` and leaves ``target`` as it was.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise DownloadError(f"source file missing: {source}", path=target)
    prune_partials(target)
    with atomic_path(target) as tmp:
        digest = hashlib.sha256()
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            _locked(dst)
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
        written = tmp.stat().st_size
        if size is not None and written != size:
            raise DownloadError(f"copy of {source}: size mismatch: {written} bytes, catalog says {size}; "
                                f"{_kept(target)}", path=target)
        if sha256 is not None and digest.hexdigest() != sha256.lower():
            raise DownloadError(f"copy of {source}: checksum mismatch: sha256 {digest.hexdigest()} but the "
                                f"catalog expects {sha256.lower()}; {_kept(target)}", path=target)
        shutil.copystat(source, tmp)
        tmp.chmod(0o644)
    return target


def get_json(url: str, *, params: dict[str, Any] | None = None, timeout: float = TIMEOUT,
             retries: int = RETRIES, backoff: float = BACKOFF, headers: dict[str, str] | None = None,
             session: requests.Session | None = None) -> Any:
    """GET ``url`` and decode its JSON body, retrying network faults like :func:`download`."""
    shown = _describe_url(url)

    def once(session: requests.Session) -> Any:
        try:
            response = session.get(url, params=params, timeout=timeout, headers=headers)
        except requests.Timeout:
            raise _Retryable(f"timed out (no answer within {timeout:g} s)") from None
        except requests.RequestException as exc:
            raise _Retryable(f"connection failed ({_short(str(exc))})") from None
        _check_status(response, shown)
        try:
            return response.json()
        except ValueError:
            raise DownloadError(f"{shown}: the answer is not JSON ({_short(response.text, 80)!r})") from None

    return _retrying(once, session, retries=retries, backoff=backoff,
                     failed=lambda last: DownloadError(f"{shown}: {last} (after {retries} attempts)"))


def iter_pages(url: str, params: dict[str, Any] | None = None, *, items_key: str = "items",
               progress: bool = True, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Yield the items of a page-numbered API (UNHCR: ``page``, ``maxPages``, ``items``)."""
    params = dict(params or {})
    page = int(params.get("page", 1))
    bar = tqdm(desc=_describe_url(url).split("?")[0], unit="page", disable=not progress, leave=False)
    try:
        while True:
            params["page"] = page
            doc = get_json(url, params=params, **kwargs)
            if not isinstance(doc, dict) or items_key not in doc:
                raise DownloadError(f"{_describe_url(url)}: page {page} has no {items_key!r} list")
            bar.total = doc.get("maxPages") or bar.total
            bar.update(1)
            yield from doc[items_key]
            max_pages = doc.get("maxPages")
            if not doc[items_key] or max_pages is None or page >= int(max_pages):
                return
            page += 1
    finally:
        bar.close()


def iter_next(url: str, *, results_key: str = "results", progress: bool = True,
              **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Yield the records of an API that links pages with ``next`` (IDMC's Helix API)."""
    bar = tqdm(desc=_describe_url(url).split("?")[0], unit="page", disable=not progress, leave=False)
    seen: set[str] = set()
    try:
        next_url: str | None = url
        while next_url:
            if next_url in seen:
                raise DownloadError(f"{_describe_url(next_url)}: the API links back to a page already read")
            seen.add(next_url)
            doc = get_json(next_url, **kwargs)
            if not isinstance(doc, dict) or results_key not in doc:
                raise DownloadError(f"{_describe_url(next_url)}: no {results_key!r} list in the answer")
            bar.update(1)
            yield from doc[results_key]
            next_url = doc.get("next")
    finally:
        bar.close()


#: Largest web page :func:`fetch_page` reads, in bytes (a news page with its markup is well under 2 MB).
MAX_PAGE_BYTES = 5_000_000


@dataclass(frozen=True)
class Page:
    """A web page read by :func:`fetch_page`: its bytes, the final URL (after redirects) and its type."""

    url: str
    content: bytes
    content_type: str          # media type, lower case, without parameters ("text/html")
    encoding: str | None       # the charset the server declared, if any


def fetch_page(url: str, *, timeout: float = 15.0, max_bytes: int = MAX_PAGE_BYTES, retries: int = 2,
               backoff: float = 0.5, session: requests.Session | None = None) -> Page:
    """GET ``url`` into memory: at most ``max_bytes`` (announced or read), ``timeout`` seconds per
    connection and read; network faults and HTTP 5xx are tried ``retries`` times in all.

    Raises :class:`DownloadError` naming the URL and what happened (unreachable, HTTP error, too large,
    not http(s)).
    """
    shown = _describe_url(url)
    if not re.match(r"https?://[^/\s]+", url, flags=re.IGNORECASE):
        raise DownloadError(f"{shown}: not an http(s) URL")
    return _retrying(lambda session: _read_page(session, url, timeout, max_bytes), session, retries=retries,
                     backoff=backoff, failed=lambda last: DownloadError(
                         f"{shown}: {last} (after {retries} attempt{'s' if retries != 1 else ''})"))


def _read_page(session: requests.Session, url: str, timeout: float, max_bytes: int) -> Page:
    """One attempt of :func:`fetch_page`."""
    shown = _describe_url(url)
    try:
        with session.get(url, stream=True, timeout=timeout, allow_redirects=True) as response:
            _check_status(response, shown)
            announced = response.headers.get("Content-Length", "")
            if announced.isdigit() and int(announced) > max_bytes:
                raise DownloadError(f"{shown}: the page is {int(announced):,} bytes, above the "
                                    f"{max_bytes:,}-byte limit")
            chunks, size = [], 0
            for chunk in response.iter_content(chunk_size=1 << 16):
                size += len(chunk)
                if size > max_bytes:
                    raise DownloadError(f"{shown}: the page is larger than the {max_bytes:,}-byte limit "
                                        "(reading stopped there)")
                chunks.append(chunk)
            ctype = response.headers.get("Content-Type", "")
            media = ctype.split(";", 1)[0].strip().lower()
            return Page(url=response.url or url, content=b"".join(chunks), content_type=media,
                        encoding=response.encoding if "charset" in ctype.lower() else None)
    except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
        text = str(exc)
        if isinstance(exc, requests.Timeout) or "timed out" in text.lower():
            raise _Retryable(f"timed out (no answer within {timeout:g} s)") from None
        raise _Retryable(f"cannot reach the server ({_short(text)})") from None
    except requests.exceptions.InvalidURL as exc:
        raise DownloadError(f"{shown}: not a valid URL ({_short(str(exc))})") from None
    except requests.TooManyRedirects:
        raise DownloadError(f"{shown}: too many redirects") from None
    except requests.RequestException as exc:
        raise DownloadError(f"{shown}: {type(exc).__name__}: {_short(str(exc))}") from None
