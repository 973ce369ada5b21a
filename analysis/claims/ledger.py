"""The claims ledger: one row per reported figure, traceable to its characters.

The ledger (``data/claims/ledger.csv``) keeps where a figure sits in its
article (character offsets into the body), the short span that states it
(``surface``, e.g. "142 fighters"), what it counts and who it is credited to,
and the article's URL, outlet and date, but never the article's text. The
sentence around a figure is read from the article file at run time by
:func:`context`, when the file is present.

Every figure has a stable ``claim_id``: the first 12 hex digits of the SHA-1 of
``"{article}:{start}:{end}:{value}"``, so a rebuild from the same articles gives
the same ids and the reviews in ``reviews.csv`` keep pointing at their figure.
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from analysis import paths
from analysis.atomic import atomic_open
from analysis.errors import DataError
from analysis.schemas import LEDGER, LEDGER_ADDED_COLUMNS, LEDGER_COLUMNS, validate

#: Columns holding text that is not the article's (never sentences).
_STR_COLUMNS = [
    "claim_id", "article", "url", "outlet", "date", "date_note", "surface", "qualifier", "unit",
    "metric", "attributed_to", "place", "place_country", "place_admin1", "period", "scope", "repeat_of",
    "review", "review_note",
]
_NUM_COLUMNS = ["value", "value_low", "value_high"]

#: The longest surface kept: a number span and a few words, never a sentence.
MAX_SURFACE_CHARS = 80


def value_key(value: object) -> str:
    """Canonical text of a figure's value for its id: "142", "1500000", "2.5", ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return ""
    number = float(value)
    if number.is_integer():
        return str(int(number))
    return repr(number)


def claim_id(article: str, start: int, end: int, value: object) -> str:
    """Stable id of a figure from its article, span and value (12 hex digits)."""
    text = f"{article}:{int(start)}:{int(end)}:{value_key(value)}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


_URL = re.compile(r"\S+://\S+")
_ENCODED_WORDS = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")
#: A path part of this many words ("aid-convoy-reaches-the-besieged-town") is a headline slug, not an id.
_SLUG_WORDS = 4
_SLUG_WORD = re.compile(r"[A-Za-z]{2,}")
#: At most this many word tokens in a kept address (scheme, host and path parts).
_MAX_TOKENS = 10
_TOKEN = re.compile(r"\w+")


def public_url(url: str) -> str:
    """The article's URL as the ledger keeps it: the address alone, without the words around it
    (a header's ``https://... (Outlet)``; a note with no address, such as ``unknown``, keeps nothing),
    and cut before the first path part or query that spells a headline: four words or more
    (``/aid-convoy-reaches-the-town``), non-ASCII letters, or words in percent-encoded non-ASCII
    (``/%D8%A7...``); what is kept holds at most ten word tokens.

    The ledger is committed and article text stays in the shared corpus, so a headline must not
    reach it through its URL; the full address stays in the article file, which ``article`` names.
    """
    found = _URL.search(url or "")
    if not found:
        text = (url or "").strip()
        return text if re.fullmatch(r"[\w.-]+\.[a-z]{2,}(/\S*)?", text) else ""
    address = found.group(0).rstrip(").,;")
    scheme, _, rest = address.partition("://")
    host, slash, path = rest.partition("/")
    kept = []
    parts = re.split(r"(?=[/?#])", slash + path)
    for part in parts:
        if _ENCODED_WORDS.search(part) or not part.isascii() or len(_SLUG_WORD.findall(part)) >= _SLUG_WORDS:
            break
        kept.append(part)
    # and short: a long address is a run of words however it is spelt
    while kept and len(_TOKEN.findall(f"{scheme}://{host}" + "".join(kept))) > _MAX_TOKENS:
        kept.pop()
    if len(kept) == len(parts):
        return address
    return f"{scheme}://{host}" + ("".join(kept) or "/")


def public_date_note(note: str) -> str:
    """A date note as the ledger keeps it: Tally's own notes whole (a contradicting dateline), an
    annotator's header note by its first clause only (``approx.``, ``inferred``, ``from the URL``):
    the rest of such a note may quote the article."""
    parts = [p.strip() for p in (note or "").split(";") if p.strip()]
    own = [p for p in parts if p.startswith("the dateline ")]
    written = [p for p in parts if not p.startswith("the dateline ")]
    head = [written[0].split(":")[0].strip()] if written else []
    return "; ".join(head + own)


def _meta_frame(meta: Mapping[str, Mapping[str, object]] | None) -> pd.DataFrame:
    rows = [
        {"article": k, "url": public_url(str(v.get("url") or "")), "outlet": v.get("outlet") or "",
         "date": v.get("date") or "", "date_note": public_date_note(str(v.get("date_note") or ""))}
        for k, v in (meta or {}).items()
    ]
    return pd.DataFrame(rows, columns=["article", "url", "outlet", "date", "date_note"])


def article_meta(articles: Iterable[object]) -> dict[str, dict[str, str]]:
    """URL, outlet, date and date note of each article (objects with id/url/outlet/date, maybe
    date_iso/date_note); the date at its precision (``2023-04-05``, ``2023-04``, ``2023``)."""
    out = {}
    for a in articles:
        date = getattr(a, "date_iso", "") or getattr(a, "date", None)
        out[str(a.id)] = {
            "url": str(getattr(a, "url", "") or ""),
            "outlet": str(getattr(a, "outlet", "") or ""),
            "date": "" if date is None else str(date),
            "date_note": str(getattr(a, "date_note", "") or ""),
        }
    return out


def build_ledger(claims: pd.DataFrame, meta: Mapping[str, Mapping[str, object]] | None = None) -> pd.DataFrame:
    """Ledger rows (LEDGER_COLUMNS) from an extraction (CLAIM_COLUMNS, maybe ``repeat_of``).

    ``meta`` maps article id to its url, outlet and date. The ``sentence``
    column is dropped. ``repeat_of`` holds the claim_id of the first mention of
    the same figure when the extractor marked a repeat (the extractor may give
    it as a claim_id or as a start offset in the same article). Rows are sorted
    by article, start, end and id; ``review`` and ``review_note`` start empty.
    """
    frame = claims.copy()
    if frame.empty:
        return _typed(pd.DataFrame(columns=LEDGER_COLUMNS))
    for col in _NUM_COLUMNS:
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    frame["article"] = frame["article"].astype(str)
    frame["claim_id"] = [
        claim_id(a, s, e, v) for a, s, e, v in zip(frame["article"], frame["start"], frame["end"], frame["value"])
    ]
    frame["repeat_of"] = _repeat_ids(frame)
    frame = frame.drop(columns=[c for c in ("url", "outlet", "date", "date_note") if c in frame])
    frame = frame.merge(_meta_frame(meta), on="article", how="left")
    frame["review"] = ""
    frame["review_note"] = ""
    for col in LEDGER_COLUMNS:
        if col not in frame:
            frame[col] = ""
    frame = frame[LEDGER_COLUMNS]
    frame = frame.drop_duplicates("claim_id")
    return sort_ledger(_typed(frame))


def _repeat_ids(frame: pd.DataFrame) -> list[str]:
    """``repeat_of`` as a claim_id: kept if already an id, mapped if it is a start offset."""
    if "repeat_of" not in frame:
        return [""] * len(frame)
    by_start = {(a, int(s)): cid for a, s, cid in zip(frame["article"], frame["start"], frame["claim_id"])}
    ids = set(frame["claim_id"])
    out = []
    for art, rep in zip(frame["article"], frame["repeat_of"]):
        if rep is None or rep is pd.NA or (isinstance(rep, float) and math.isnan(rep)) or str(rep).strip() == "":
            out.append("")
            continue
        text = str(rep).strip()
        if text in ids:
            out.append(text)
        elif re.fullmatch(r"\d+(\.0)?", text) and (art, int(float(text))) in by_start:
            out.append(by_start[(art, int(float(text)))])
        else:
            out.append(text)
    return out


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Ledger dtypes: text columns as str ("" for missing), offsets int, values float."""
    frame = frame.copy()
    for col in _STR_COLUMNS:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), "").astype(str)
    for col in _NUM_COLUMNS:
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
    for col in ("start", "end"):
        frame[col] = pd.to_numeric(frame[col]).astype(int)
    return frame[LEDGER_COLUMNS]


def sort_ledger(frame: pd.DataFrame) -> pd.DataFrame:
    """The ledger's deterministic order: article, start, end, claim_id."""
    return frame.sort_values(["article", "start", "end", "claim_id"], kind="stable").reset_index(drop=True)


def check_ledger(frame: pd.DataFrame, path: str | Path = "ledger") -> pd.DataFrame:
    """Validate a ledger frame (schema LEDGER; ids recomputed from article, span and value)."""
    frame = validate(_typed(frame), LEDGER, path)
    expected = [claim_id(a, s, e, v) for a, s, e, v in zip(frame["article"], frame["start"], frame["end"], frame["value"])]
    # A reviewer's correction may change the value, never the id.
    bad = [
        i for i, (got, want, review) in enumerate(zip(frame["claim_id"], expected, frame["review"]))
        if got != want and review != "corrected"
    ]
    if bad:
        raise DataError(
            "claim_id does not match article, start, end and value", path=path, row=bad[0] + 1, column="claim_id"
        )
    return frame


def load_ledger(path: str | Path = paths.LEDGER) -> pd.DataFrame:
    """Read and validate the committed ledger (LEDGER_COLUMNS)."""
    path = Path(path)
    if not path.exists():
        raise DataError("ledger not found (run `python -m analysis claims build`)", path=path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        raise DataError("the file is empty (not even a header row)", path=path) from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read CSV: {exc}", path=path) from None
    for col in LEDGER_ADDED_COLUMNS:
        if col not in frame.columns:  # a ledger written before the column existed: empty until rebuilt
            frame[col] = ""
    missing = [c for c in LEDGER_COLUMNS if c not in frame.columns]
    if missing:
        raise DataError(f"missing columns {missing}", path=path, column=missing[0])
    for col in _NUM_COLUMNS + ["start", "end"]:
        frame[col] = frame[col].replace("", None)
    return check_ledger(frame, path)


def write_ledger(frame: pd.DataFrame, path: str | Path = paths.LEDGER) -> Path:
    """Validate, sort and write the ledger atomically; return its path."""
    path = Path(path)
    frame = sort_ledger(check_ledger(frame, path))
    with atomic_open(path, "w") as fh:
        frame.to_csv(fh, index=False, lineterminator="\n", float_format="%.10g")
    return path


# --------------------------------------------------------------------------
# Context: the sentence around a figure, read from the article at run time.
# --------------------------------------------------------------------------

_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")


def sentence_at(body: str, start: int, end: int) -> str:
    """The sentence (or line) of ``body`` holding characters ``start:end``, looked for at most
    ``MAX_SENTENCE_CHARS`` either side (a run with no full stop is cut there, so that showing every figure
    of a long article stays linear in its size)."""
    from analysis.claims.context import MAX_SENTENCE_CHARS

    lo = max(0, start - MAX_SENTENCE_CHARS)
    for m in _END.finditer(body, lo, max(start, 0)):
        lo = m.end()
    after = max(end, start)
    m = _END.search(body, after, after + MAX_SENTENCE_CHARS)
    hi = m.end() if m else min(len(body), after + MAX_SENTENCE_CHARS)
    return body[lo:hi].strip()


def find_article(article_id: str, sources: Iterable[str | Path]):
    """The article with id ``article_id`` among files/dirs/corpus CSVs ``sources``, or None."""
    from analysis.claims.article_ids import SEP
    from analysis.claims.articles import iter_articles

    if SEP in article_id:
        # a file whose stem other files share: its id depends on every file read, so read them together
        for art in iter_articles([Path(s) for s in sources if Path(s).exists()]):
            if str(getattr(art, "id", "")) == article_id:
                return art
        return None
    for source in sources:
        source = Path(source)
        if not source.exists():
            continue
        candidates = [source]
        if source.is_dir():
            # A file named for the id is the quick path; corpora (CSV) need a scan.
            named = [p for p in source.rglob(f"{article_id}.*") if p.is_file()]
            candidates = named or [source]
        for cand in candidates:
            try:
                for art in iter_articles([cand]):
                    if str(art.id) == article_id:
                        return art
            except Exception:  # an unreadable file just holds no context
                continue
    return None


def context(claim_row: Mapping[str, object], articles_dir: str | Path | Iterable[str | Path]) -> str | None:
    """The sentence holding a ledger row's figure, read from its article now.

    ``articles_dir`` is a folder (or several) where the article lives. Returns
    None when the article is not found or no longer holds ``surface`` at the
    recorded offsets.
    """
    sources = [articles_dir] if isinstance(articles_dir, (str, Path)) else list(articles_dir)
    art = find_article(str(claim_row["article"]), sources)
    if art is None:
        return None
    start, end = int(claim_row["start"]), int(claim_row["end"])
    body = art.body
    if end > len(body) or body[start:end] != str(claim_row["surface"]):
        return None
    return sentence_at(body, start, end)
