"""Reading news articles: files (.txt, .md, .html) and corpus tables (CSV).

An article file is an optional header block of ``Key: value`` lines (keys
URL, OUTLET, DATE, TITLE, LICENCE, case-insensitive; other keys are kept in
``Article.header``) ended by a blank line, then the body. ``Article.language`` is
the ``LANGUAGE:`` header ("ar", "en"), else ``"ar"`` when the body is mostly Arabic script,
else ``"en"``. Without a header
the whole file is the body. In a text file the headline is the body's first
line; ``title`` is the TITLE header or else that first line.

Offsets that extraction reports are into ``Article.body`` exactly as built
here. For that reason the body is normalised in documented ways only:

* a UTF-8 byte-order mark is dropped and line ends become ``\\n``;
* HTML is reduced to its main text with trafilatura (a plain lxml text if
  trafilatura finds nothing), so offsets are into that text, not the markup;
* rows of a corpus table (the FA-KES layout: ``unit_id, article_title,
  article_content, source, date, location``) have the publisher's mojibake
  repaired by :func:`clean_mojibake` (C1 control characters U+0080-U+009F),
  so offsets are into the cleaned ``article_content``; the title is kept
  apart in ``title`` (the body does not start with it).

An article's id is its file stem (``000_seed``; a corpus row's is
``<stem>-<row>-<unit_id>``), unless other files read together share the stem:
then each gets the shortest path tail that tells it apart (``dev/300_x``; see
:mod:`analysis.claims.article_ids`).

:func:`read_url` reads one article page over HTTP(S) (fetched with a timeout and a size cap, then
trafilatura), for ``python -m analysis check URL``.

Bad input never stops a batch: :func:`read_article` raises
:class:`~analysis.errors.ArticleError` naming the file and the problem
(empty, binary, too large, header without body, HTML without text), and
:func:`iter_articles` yields those errors as items so the caller can report
them and carry on. Recoverable problems (text that is not UTF-8, a header
date that cannot be read, a dateline in the text that contradicts the header
or corpus date) become :class:`ArticleWarning` warnings naming the file and
are also kept in ``Article.warnings``.

Dates are read at their precision (:mod:`analysis.claims.article_dates`):
``Article.date_iso`` is ``2023-04-05``, ``2023-04`` or ``2023``;
``Article.date`` is the ``datetime.date`` only when the day is known;
``Article.date_note`` keeps a note written after the date ("approx.") and a
contradicting dateline.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import stat
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from analysis.errors import ArticleError

#: File suffixes read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Corpus tables in Parquet (read in batches of rows).
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Corpus tables: one article per row.
CORPUS_SUFFIXES = (".csv",) + PARQUET_SUFFIXES
#: Files in an articles directory that describe it rather than being articles.
SKIP_STEMS = {"readme", "source", "licence", "license", "notes"}
#: Largest article file read, in bytes (a news article is well under 100 kB; extraction is linear in
#: size, about 1 ms per 2 kB of ordinary news text; a wall of figures with no full stop too, its run cut
#: into sentences of at most context.MAX_SENTENCE_CHARS: 2 MB of it costs about ten times 200 kB).
#: Override with the environment variable TALLY_MAX_ARTICLE_BYTES.
MAX_ARTICLE_BYTES = int(os.environ.get("TALLY_MAX_ARTICLE_BYTES", 2_000_000))
#: Largest corpus table read, in bytes (each row is also held to MAX_ARTICLE_BYTES).
MAX_CORPUS_BYTES = int(os.environ.get("TALLY_MAX_CORPUS_BYTES", 2_000_000_000))

HEADER_KEYS = ("url", "outlet", "date", "title", "licence")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9 _-]{0,40}):[ \t]*(.*?)\s*$")


class ArticleWarning(UserWarning):
    """A recoverable problem with an article; the message names the file."""


@dataclass
class Article:
    """One news article: where it came from, its header and its body text."""

    id: str
    path: str
    body: str
    url: str = ""
    outlet: str = ""
    date: dt.date | None = None         # the day, when the date is known to the day
    title: str = ""
    licence: str = ""
    header: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    date_iso: str = ""                  # the date at its precision: YYYY-MM-DD, YYYY-MM or YYYY ("" if none)
    date_note: str = ""                 # the note written after the date, and a dateline that contradicts it
    language: str = ""                  # "ar" or "en": the LANGUAGE header, else detected from the script

    def __post_init__(self) -> None:
        # --- issue 17: the article's language (a LANGUAGE: header, else the body's script) ---
        if not self.language:
            self.language = article_language(self.header.get("language", ""), self.body)


_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def article_language(declared: str, body: str) -> str:
    """``"ar"`` or ``"en"``: a declared language ("ar", "Arabic", "ar-SY") first, else the script of the
    body's first 4,000 characters (Arabic when Arabic letters outnumber Latin ones)."""
    code = (declared or "").strip().lower()[:2]
    if code == "ar":
        return "ar"
    if code:
        return "en" if code == "en" else code
    head = (body or "")[:4000]
    return "ar" if len(_ARABIC_LETTER.findall(head)) > len(_LATIN_LETTER.findall(head)) else "en"


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

def _warn(article_warnings: list[str], path: str, message: str) -> None:
    text = f"{path}: {message}"
    article_warnings.append(text)
    warnings.warn(text, ArticleWarning, stacklevel=3)


_MDY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%m/%d/%Y", "%m/%d/%y", "%Y/%m/%d")


def parse_date(text: str) -> dt.date | None:
    """Read a date written in a header or corpus column; None if it cannot be read.

    Common fixed formats are tried first (ISO, ``M/D/YYYY`` as in FA-KES,
    ``28 November 2024``); anything else goes to dateparser (imported only
    then), which is told not to guess relative dates such as "yesterday".
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    slashed = _MDY.fullmatch(text)
    if slashed:  # "4/7/2017" as FA-KES writes it: month first (the same as the formats below, without strptime)
        month, day, year = (int(x) for x in slashed.groups())
        year += 2000 if len(slashed.group(3)) == 2 and year < 69 else 1900 if len(slashed.group(3)) == 2 else 0
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time", "custom-formats"]},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        parsed = None
    return parsed.date() if parsed else None


def read_article_date(raw: str, body: str, notes: list[str], where: str, what: str
                      ) -> tuple[dt.date | None, str, str]:
    """``(day, date_iso, date_note)`` of a header or corpus date ``raw`` (``what`` names it in messages).

    The date is read at its precision (:func:`analysis.claims.article_dates.read_date`: a month or a year
    is kept, not dropped; ``day`` is None then); an unreadable date warns and is left empty. A dateline in
    ``body`` that contradicts it warns, naming ``where`` and both dates, and is added to the note.
    """
    from analysis.claims.article_dates import dateline_conflict, read_date

    found = read_date(raw, parse_date)
    if found is None:
        _warn(notes, where, f"{what} {raw!r} cannot be read as a date; date left empty")
        return None, "", ""
    note = found.note
    conflict = dateline_conflict(body, found, what)
    if conflict:
        _warn(notes, where, conflict)
        note = f"{note}; {conflict}" if note else conflict
    return (found.first if found.precision == "day" else None), found.iso, note


def decode_bytes(raw: bytes, path: str, article_warnings: list[str]) -> str:
    """Decode ``raw`` as UTF-8; otherwise warn (naming ``path``) and read it as cp1252.

    Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as
    latin-1 so no byte is lost and nothing raises.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _warn(article_warnings, path, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); read as cp1252")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def normalise_text(text: str) -> str:
    """Drop a byte-order mark and make every line end ``\\n``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MOJIBAKE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\x95_(?=[A-Za-z])")
_MOJIBAKE_DASH = re.compile(r"(?<= )\x95_(?= )")
_MOJIBAKE_QUOTE = re.compile(r"\x95_")
_MOJIBAKE_SIGN = re.compile(r"\x95[\x80-\x9f]*\u00b5")
_C1 = re.compile(r"[\x80-\x9f]")


def clean_mojibake(text: str) -> str:
    """Repair the C1-control mojibake a publisher left in a corpus text.

    FA-KES (read as latin-1) shows curly quotes, dashes and signs as runs of
    U+0080-U+009F: ``\\x95_`` between letters stood for an apostrophe
    ("Syria\\x95_s") and becomes ``'``; between spaces it stood for a dash and
    becomes ``-``; elsewhere it was a quote mark and becomes ``"``;
    ``\\x95µ`` (a lost sign) is dropped; every other C1 character is dropped.
    Offsets into a corpus article are into this cleaned text.
    """
    if not _C1.search(text):
        return text
    text = _MOJIBAKE_APOSTROPHE.sub("'", text)
    text = _MOJIBAKE_DASH.sub("-", text)
    text = _MOJIBAKE_QUOTE.sub('"', text)
    text = _MOJIBAKE_SIGN.sub("", text)
    return _C1.sub("", text)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``Key: value`` block (ended by a blank line) from the body.

    A block counts as a header only when every line of it is ``Key: value``
    and at least one key is a known header key, so a body whose first line
    happens to contain a colon is left alone. Keys are lower-cased.
    Returns ``({}, text)`` when there is no header.
    """
    header: dict[str, str] = {}
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        if not line.strip():
            if header and any(k in HEADER_KEYS for k in header):
                return header, text[min(end + 1, n):]
            return {}, text
        match = _HEADER_LINE.match(line)
        if not match:
            return {}, text
        header[match.group(1).strip().lower()] = match.group(2)
        pos = end + 1
    # Only header lines, no blank line and no body.
    if header and any(k in HEADER_KEYS for k in header):
        return header, ""
    return {}, text


def html_to_text(html: str, path: str) -> tuple[str, str]:
    """Main text and <title> of an HTML page: trafilatura, else plain lxml text.

    Raises :class:`ArticleError` when the page holds no text at all.
    """
    import trafilatura

    text = ""
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    except Exception:  # malformed markup can make trafilatura fail; fall back below
        text = ""
    title = ""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
        title_el = tree.find(".//title")
        if title_el is not None and title_el.text:
            title = " ".join(title_el.text.split())
        if not text.strip():
            for bad in tree.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            text = "\n".join(" ".join(t.split()) for t in tree.itertext() if t.strip())
    except Exception:  # lxml could not parse even a fragment
        pass
    if not text.strip():
        raise ArticleError("HTML page has no readable text", path=path)
    return normalise_text(text), title


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------

def _first_line(body: str) -> str:
    for line in body.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def article_from_text(
    text: str, *, id: str, path: str = "", is_html: bool = False, warnings_list: list[str] | None = None
) -> Article:
    """Build an :class:`Article` from decoded file text (header block optional)."""
    notes = warnings_list if warnings_list is not None else []
    text = normalise_text(text)
    header, body = split_header(text)
    html_title = ""
    if is_html:
        if not body.strip():
            raise ArticleError("header but no body" if header else "empty file", path=path or id)
        body, html_title = html_to_text(body, path or id)
    if not body.strip():
        raise ArticleError("header but no body" if header else "no text", path=path or id)
    date, date_iso, date_note = None, "", ""
    if header.get("date"):
        date, date_iso, date_note = read_article_date(header["date"], body, notes, path or id, "header DATE")
    return Article(
        id=id,
        path=path,
        body=body,
        url=header.get("url", ""),
        outlet=header.get("outlet", ""),
        date=date,
        title=header.get("title") or html_title or _first_line(body),
        licence=header.get("licence", header.get("license", "")),
        header=header,
        warnings=notes,
        date_iso=date_iso,
        date_note=date_note,
    )


def read_article(path: str | Path, id: str | None = None) -> Article:
    """Read one article file (.txt, .md or .html); ``id`` is the file stem unless given
    (:func:`iter_articles` gives a longer one when files read together share a stem, see
    :mod:`analysis.claims.article_ids`).

    Raises :class:`ArticleError` naming the file when it is missing, empty,
    binary (NUL bytes), larger than :data:`MAX_ARTICLE_BYTES`, has a header but
    no body, or is HTML with no text. Text that is not UTF-8 is read as cp1252
    with an :class:`ArticleWarning`.
    """
    path = Path(path)
    shown = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}", path=shown) from None
    size = info.st_size
    if path.is_dir():
        raise ArticleError("is a directory, not an article file", path=shown)
    if not stat.S_ISREG(info.st_mode):
        # a FIFO would wait for a writer for ever; /dev/zero would fill the memory
        raise ArticleError(f"is not a regular file ({_file_kind(info.st_mode)}), so it is not read", path=shown)
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"file is {size:,} bytes, above the {MAX_ARTICLE_BYTES:,}-byte limit for one article "
            "(set TALLY_MAX_ARTICLE_BYTES to raise it)",
            path=shown,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}", path=shown) from None
    if not raw.strip():
        raise ArticleError("empty file", path=shown)
    notes: list[str] = []
    utf16 = _utf16(raw, shown, notes)
    if utf16 is None and b"\x00" in raw:
        raise ArticleError("binary file (contains NUL bytes), not an article", path=shown)
    text = utf16 if utf16 is not None else decode_bytes(raw, shown, notes)
    is_html = path.suffix.lower() in (".html", ".htm")
    return article_from_text(text, id=id or path.stem, path=shown, is_html=is_html, warnings_list=notes)


_URL = re.compile(r"^https?://", re.IGNORECASE)
#: Media types of a page read as text (anything else, a PDF or an image, is not an article page).
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")


def is_url(text: str | Path) -> bool:
    """Whether ``text`` is an http(s) URL rather than a file path."""
    return isinstance(text, str) and bool(_URL.match(text.strip()))


def url_id(url: str) -> str:
    """A short article id for a page: its last path segment ("families-flee-aleppo"), else its host."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    stem = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1], flags=re.I) if segments else ""
    slug = re.sub(r"[^a-z0-9]+", "-", (stem or parts.hostname or "page").lower()).strip("-")
    return slug[:60].strip("-") or "page"


def read_url(url: str, *, timeout: float = 15.0, max_bytes: int | None = None, id: str | None = None) -> Article:
    """Fetch one article page over HTTP(S) and read it as :func:`read_article` reads a file.

    HTML goes through trafilatura (main text, title, site name and the page's own date from its markup;
    no date is guessed from the text); a plain-text or Markdown page is read with its header block as a
    file is. Offsets are into the text built here, as for a file.

    Raises :class:`~analysis.errors.DownloadError` when the page cannot be fetched (unreachable, HTTP
    error, larger than ``max_bytes``, default :data:`MAX_ARTICLE_BYTES`) and :class:`ArticleError`
    naming the URL when it is no article: binary, empty, not text or HTML, or a page in which
    trafilatura finds no main text.
    """
    from analysis.download import fetch_page

    page = fetch_page(url, timeout=timeout, max_bytes=max_bytes or MAX_ARTICLE_BYTES)
    shown = url
    art_id = id or url_id(page.url)
    raw = page.content
    if not raw.strip():
        raise ArticleError("the page is empty", path=shown)
    is_html = page.content_type in _HTML_TYPES or page.content_type.endswith("+xml")
    if not is_html and page.content_type not in _TEXT_TYPES:
        raise ArticleError(f"not an article page: the server says it is {page.content_type!r}, not HTML or text",
                           path=shown)
    notes: list[str] = []
    utf16 = _utf16(raw, shown, notes)
    if utf16 is None and b"\x00" in raw:
        raise ArticleError("binary content (contains NUL bytes), not an article page", path=shown)
    if utf16 is not None:
        text = utf16
    elif page.encoding:
        try:
            text = raw.decode(page.encoding)
        except (LookupError, UnicodeDecodeError):
            text = decode_bytes(raw, shown, notes)
    else:
        text = decode_bytes(raw, shown, notes)
    if not is_html:
        article = article_from_text(text, id=art_id, path=shown, warnings_list=notes)
        article.url = article.url or page.url
        return article
    return _article_from_page(normalise_text(text), page.url, shown, art_id, notes)


def _article_from_page(html: str, url: str, shown: str, art_id: str, notes: list[str]) -> Article:
    """An :class:`Article` from a fetched HTML page: trafilatura's main text and metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # trafilatura fails on some malformed markup: that page has no article for us
        raise ArticleError(f"trafilatura could not read the page ({type(exc).__name__}: {exc})", path=shown) from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise ArticleError("no article text on the page (trafilatura found no main text: "
                           "an index, login or search page?)", path=shown)
    body = normalise_text(text)
    date, date_iso, date_note = None, "", ""
    page_date = str(getattr(doc, "date", None) or "")
    if page_date:
        date, date_iso, date_note = read_article_date(page_date, body, notes, shown, "page date")
    return Article(
        id=art_id, path=shown, body=body, url=url, outlet=str(getattr(doc, "sitename", None) or ""),
        date=date, title=str(getattr(doc, "title", None) or "") or _first_line(body),
        header={}, warnings=notes, date_iso=date_iso, date_note=date_note)


#: Column names accepted in a corpus table, first match wins.
CORPUS_COLUMNS = {
    "body": ("article_content", "content", "body", "text"),
    "title": ("article_title", "title", "headline"),
    "outlet": ("source", "outlet"),
    "date": ("date",),
    "url": ("url", "link"),
    "key": ("unit_id", "id"),
}


def corpus_columns(columns: Sequence[str], shown: str,
                   mapping: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Which column plays each role of :data:`CORPUS_COLUMNS`: the one ``mapping`` names, else the first
    accepted name present (case-insensitive), else None. A table without a text column, or a mapped
    column it does not have, is an :class:`ArticleError` naming the file."""
    lowered = {c.lower(): c for c in columns}
    out: dict[str, str | None] = {}
    for role, names in CORPUS_COLUMNS.items():
        if mapping and role in mapping:
            if mapping[role] not in columns:
                raise ArticleError(f"column {mapping[role]!r} (for {role}) not in the table; columns are {list(columns)}",
                                   path=shown, column=mapping[role])
            out[role] = mapping[role]
        else:
            out[role] = next((lowered[n] for n in names if n in lowered), None)
    if out["body"] is None:
        raise ArticleError(f"corpus table has no text column (one of {', '.join(CORPUS_COLUMNS['body'])}); "
                           f"columns are {list(columns)}", path=shown)
    return out


def _utf16(raw: bytes, shown: str, notes: list[str]) -> str | None:
    """Decode text that starts with a UTF-16 byte-order mark (with a warning); None otherwise."""
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        return None
    _warn(notes, shown, "UTF-16 text (byte-order mark), read as UTF-16; save articles as UTF-8")
    return text


def _rows(reader: csv.DictReader, shown: str) -> Iterator[tuple[int, dict | ArticleError]]:
    """``enumerate(reader)``, but a CSV error becomes one :class:`ArticleError` naming the row."""
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield number, ArticleError(
                f"the table is cut off or malformed here ({exc}; a quoted field that is never closed?); "
                "rows before it were read", path=shown, row=number + 1)
            return
        yield number, row
        number += 1


def iter_corpus(path: str | Path, prefix: str | None = None) -> Iterator[Article | ArticleError]:
    """One :class:`Article` per row of a corpus CSV (the FA-KES layout).

    ``id`` is ``<prefix>-<row>-<unit_id>`` with ``row`` the 0-based data row
    (``unit_id`` repeats in FA-KES) and ``prefix`` the file stem unless given. The body is ``article_content`` after
    :func:`clean_mojibake`; the title, outlet (``source``) and date are kept
    apart, other columns go to ``header``. A bad row is yielded as an
    :class:`ArticleError` naming the file and row; a file that cannot be read
    at all as one error. Errors count rows from 1 (as a spreadsheet does);
    ids count them from 0 (as ``DataFrame.index`` does).
    """
    path = Path(path)
    shown = str(path)
    try:
        info = path.stat()
        size = info.st_size
        if not stat.S_ISREG(info.st_mode) and not path.is_dir():
            yield ArticleError(f"is not a regular file ({_file_kind(info.st_mode)}), so it is not read", path=shown)
            return
        if size > MAX_CORPUS_BYTES:
            yield ArticleError(f"corpus is {size:,} bytes, above the {MAX_CORPUS_BYTES:,}-byte limit for reading "
                               "a table whole (claims extract --parquet DIR reads it in partitions)", path=shown)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield ArticleError(f"cannot read: {exc.strerror or exc}", path=shown)
        return
    if not raw.strip():
        yield ArticleError("empty file", path=shown)
        return
    notes: list[str] = []
    utf16 = _utf16(raw, shown, notes)
    if utf16 is None and b"\x00" in raw:
        yield ArticleError("binary file (contains NUL bytes), not a corpus table", path=shown)
        return
    text = normalise_text(utf16 if utf16 is not None else decode_bytes(raw, shown, notes))
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    # strict: a quoted field never closed (a file cut off mid-row) is an error, not an article
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        cols = corpus_columns(reader.fieldnames or [], shown)
    except ArticleError as exc:
        yield exc
        return
    for row_number, row in _rows(reader, shown):
        if isinstance(row, ArticleError):
            yield row
            return
        yield corpus_row(row, row_number, cols, shown, prefix or path.stem, list(notes) if row_number == 0 else [])


def parquet_batches(path: str | Path, size: int = 2000) -> Iterator["pd.DataFrame"]:  # noqa: F821
    """A Parquet corpus table ``size`` rows at a time, every value as str ("" for missing)."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
        yield batch.to_pandas().astype(object).where(lambda f: f.notna(), "").astype(str)


def iter_parquet_corpus(path: str | Path, prefix: str | None = None) -> Iterator[Article | ArticleError]:
    """One :class:`Article` per row of a Parquet corpus table, exactly as :func:`iter_corpus` reads a CSV."""
    import pyarrow

    path = Path(path)
    shown = str(path)
    number = 0
    try:
        for chunk in parquet_batches(path):
            try:
                cols = corpus_columns(list(chunk.columns), shown)
            except ArticleError as exc:
                yield exc
                return
            for row in chunk.to_dict("records"):
                yield corpus_row(row, number, cols, shown, prefix or path.stem)
                number += 1
    except FileNotFoundError:
        yield ArticleError("no such file or directory", path=shown)
    except (OSError, ValueError, pyarrow.ArrowException) as exc:
        yield ArticleError(f"cannot read the Parquet corpus table ({type(exc).__name__}: {exc})"
                           + (f"; rows before row {number + 1} were read" if number else ""), path=shown)


def corpus_row(row: Mapping[str, Any], number: int, cols: Mapping[str, str | None], shown: str, stem: str,
               warnings_list: list[str] | None = None) -> Article | ArticleError:
    """Data row ``number`` (0-based) of a corpus table as an :class:`Article`, or an :class:`ArticleError`
    naming the file and row. ``cols`` maps each role of :data:`CORPUS_COLUMNS` to its column (or None)."""
    def value(role: str) -> str:
        col = cols.get(role)
        return str(row.get(col) or "").strip() if col else ""

    row_warnings = warnings_list if warnings_list is not None else []
    key = value("key")
    art_id = f"{stem}-{number}" + (f"-{key}" if key else "")
    col = cols["body"]
    body = clean_mojibake(normalise_text(str(row.get(col) or ""))) if col else ""
    if not body.strip():
        return ArticleError("empty article text", path=shown, row=number + 1)
    if len(body) > MAX_ARTICLE_BYTES:
        return ArticleError(f"article text above the {MAX_ARTICLE_BYTES:,}-character limit", path=shown, row=number + 1)
    date, date_iso, date_note = None, "", ""
    raw_date = value("date")
    if raw_date:
        date, date_iso, date_note = read_article_date(raw_date, body, row_warnings,
                                                      f"{shown}: row {number + 1} (id {art_id})", "corpus date")
    used = {c for role, c in cols.items() if c and role != "key"}
    return Article(
        id=art_id,
        path=shown,
        body=body,
        url=value("url"),
        outlet=value("outlet"),
        date=date,
        title=clean_mojibake(normalise_text(value("title"))),
        header={k.lower(): (v or "") for k, v in row.items() if k is not None and k not in used},
        warnings=row_warnings,
        date_iso=date_iso,
        date_note=date_note,
    )


def _file_kind(mode: int) -> str:
    """What a path that is not a regular file is, in words."""
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def _is_skipped(path: Path) -> bool:
    return path.stem.lower() in SKIP_STEMS or path.name.startswith(".")


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for item in paths:
        item = Path(item)
        if item.is_dir():
            try:
                children = sorted(item.rglob("*"))
            except OSError:
                yield item  # a folder that cannot be listed: read_article names it and the problem
                continue
            for child in children:
                if any(part.startswith(".") for part in child.relative_to(item).parts):
                    continue
                if child.suffix.lower() not in ARTICLE_SUFFIXES or _is_skipped(child) or child.is_dir():
                    continue
                # a regular file is read; anything else named like an article (a broken link, a pipe) is
                # yielded too, so that reading it reports the problem instead of skipping it without a word
                yield child
        else:
            yield item


def source_ids(files: Sequence[Path]) -> dict[Path, str]:
    """Article id of every article file and id prefix of every corpus table among ``files`` (as
    :func:`expand_paths` lists them), keyed by resolved path: the stem, unless other files read together
    share it (:func:`analysis.claims.article_ids.unique_ids`; files and tables apart)."""
    from analysis.claims.article_ids import unique_ids

    tables = [f for f in files if f.suffix.lower() in CORPUS_SUFFIXES]
    texts = [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES]
    return {**unique_ids(texts), **unique_ids(tables)}


def expand_paths(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """The files :func:`iter_articles` reads for ``paths``, in its order (directories walked)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return list(_expand(paths))


def iter_articles(paths: Iterable[str | Path] | str | Path,
                  ids: Mapping[Path, str] | None = None) -> Iterator[Article | ArticleError]:
    """Every article in ``paths``: files, directories (recursive) and corpus tables (CSV or Parquet).

    Directories are walked in sorted order for .txt/.md/.html files,
    skipping hidden files and README/SOURCE/LICENCE files; corpus CSVs are
    read only when named (a directory may hold annotation tables too). A problem with one
    file (or one corpus row) is yielded as an :class:`ArticleError` item, not
    raised, so the rest are still read: check ``isinstance(item, ArticleError)``.

    An article's id is its file stem (a table row's ``<stem>-<row>-<unit_id>``), unless several files
    read in this call share a stem: then :mod:`analysis.claims.article_ids` gives each a longer, unique
    one. ``ids`` (by resolved path, as :func:`source_ids` returns them) overrides this, so that a part
    of a larger run gets the ids of the whole run.
    """
    files = expand_paths(paths)
    if ids is None:
        ids = source_ids(files)
    for path in files:
        suffix = path.suffix.lower()
        own = ids.get(path.resolve())
        if suffix in PARQUET_SUFFIXES:
            yield from iter_parquet_corpus(path, own)
            continue
        if suffix in CORPUS_SUFFIXES:
            yield from iter_corpus(path, own)
            continue
        if not path.exists():
            yield ArticleError("no such file or directory", path=str(path))
            continue
        if suffix not in ARTICLE_SUFFIXES:
            yield ArticleError(f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES + CORPUS_SUFFIXES)})", path=str(path))
            continue
        try:
            yield read_article(path, own)
        except ArticleError as exc:
            yield exc
