"""Reviewing ledger figures one by one: the logic behind ``notebooks/review.ipynb``.

Pure functions pick the claims to review (:func:`filter_claims`), show a figure in
its sentence (:func:`highlight`, read from the article file at run time), turn a
decision into a reviews.csv row and check it with the rules of
:mod:`analysis.claims.reviews` (:func:`review_row`, :func:`validate_review`), and
append it (:func:`append_review`): one line added at the end of the file under an
exclusive ``fcntl.flock``, in one ``write``, so two reviewers in two notebooks
lose nothing and no line a person wrote is ever rewritten.

The files come from parameters or the environment: ``TALLY_REVIEWS`` (the reviews
file), ``TALLY_LEDGER`` (the ledger) and ``TALLY_ARTICLES`` (the articles folder,
read by :mod:`analysis.paths`); tests point them at temporary files.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import fcntl
import html
import io
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple

import pandas as pd

from analysis import paths
from analysis.claims.reviews import CORRECTABLE, apply_reviews, check_reviews, load_reviews
from analysis.errors import DataError, TallyError
from analysis.schemas import REVIEW_COLUMNS

#: Environment variables that replace the default reviews file and ledger.
REVIEWS_ENV = "TALLY_REVIEWS"
LEDGER_ENV = "TALLY_LEDGER"
#: Ledger columns the text search looks in.
SEARCHED = ["claim_id", "article", "outlet", "surface", "unit", "metric", "attributed_to", "place", "period"]
#: What the verdict filter offers for a claim that has no check row.
UNCHECKED = "not checked"


class ReviewRefused(ValueError):
    """A decision that is not written: the message is the reason, for the reviewer."""


def reviews_file(given: str | Path | None = None) -> Path:
    """The reviews file: ``given``, else ``$TALLY_REVIEWS``, else ``data/claims/reviews.csv``."""
    return Path(given or os.environ.get(REVIEWS_ENV) or paths.REVIEWS)


def ledger_file(given: str | Path | None = None) -> Path:
    """The ledger: ``given``, else ``$TALLY_LEDGER``, else ``data/claims/ledger.csv``."""
    return Path(given or os.environ.get(LEDGER_ENV) or paths.LEDGER)


def article_sources(given: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """Where articles are read: ``given`` (a path or several), else the project's articles folder (with its
    corpus CSVs) and the shared articles beside the project (with the FA-KES corpus table), as
    ``claims build`` reads them."""
    if given:
        return [Path(given)] if isinstance(given, (str, Path)) else [Path(p) for p in given]
    out: list[Path] = []
    if paths.ARTICLES.is_dir():
        out.append(paths.ARTICLES)
        out.extend(sorted(p for p in paths.ARTICLES.glob("*.csv") if p.is_file()))
    if paths.SHARED_ARTICLES.is_dir():
        out.append(paths.SHARED_ARTICLES)
        fakes = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
        if fakes.is_file():
            out.append(fakes)
    return out


# --------------------------------------------------------------------------
# Choosing the claims to review
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """What the reviewer asked for; an empty field means any."""

    article: str = ""
    outlet: str = ""
    metric: str = ""
    verdict: str = ""
    unreviewed: bool = False
    text: str = ""


def reviewed_ids(ledger: pd.DataFrame, reviews: pd.DataFrame) -> set[str]:
    """Claims already reviewed: marked in the ledger (at its last build) or named in the reviews file since."""
    marked = ledger.loc[ledger["review"].astype(str) != "", "claim_id"]
    return set(marked.astype(str)) | set(reviews["claim_id"].astype(str))


def filter_claims(ledger: pd.DataFrame, filters: Filters, *, verdicts: Mapping[str, str] | None = None,
                  reviewed: set[str] | None = None) -> pd.DataFrame:
    """The ledger rows that pass ``filters``, in ledger order.

    ``verdicts`` maps claim ids to the check's verdict (needed only when filtering by verdict; a claim
    without one counts as :data:`UNCHECKED`); ``reviewed`` is :func:`reviewed_ids` (needed only for
    unreviewed-only). The text search is case-insensitive, over :data:`SEARCHED`.
    """
    keep = pd.Series(True, index=ledger.index)
    for column in ("article", "outlet", "metric"):
        wanted = getattr(filters, column)
        if wanted:
            keep &= ledger[column].astype(str) == wanted
    if filters.verdict:
        if verdicts is None:
            raise ValueError("filtering by verdict needs the check's verdicts")
        keep &= ledger["claim_id"].map(lambda c: verdicts.get(c, UNCHECKED)) == filters.verdict
    if filters.unreviewed:
        if reviewed is None:
            raise ValueError("filtering unreviewed claims needs the reviewed ids")
        keep &= ~ledger["claim_id"].isin(reviewed)
    text = filters.text.strip().lower()
    if text:
        hay = ledger[SEARCHED].astype(str).agg(" ".join, axis=1).str.lower()
        keep &= hay.str.contains(text, regex=False)
    return ledger[keep]


def choices(ledger: pd.DataFrame, column: str) -> list[str]:
    """The distinct non-empty values of ``column``, sorted, for a filter's menu."""
    return sorted({str(v) for v in ledger[column] if str(v)})


# --------------------------------------------------------------------------
# The figure in its sentence
# --------------------------------------------------------------------------

class Highlight(NamedTuple):
    """A sentence cut around its figure."""

    before: str
    figure: str
    after: str


def highlight(body: str, start: int, end: int, surface: str) -> Highlight | None:
    """The sentence of ``body`` holding ``start:end``, cut around the figure; None when the article no longer
    holds ``surface`` there (it changed since the ledger was built)."""
    from analysis.claims.ledger import sentence_at

    if not 0 <= start < end <= len(body) or body[start:end] != surface:
        return None
    sentence = sentence_at(body, start, end)
    at = body.find(sentence, max(0, end - len(sentence)))
    if at < 0 or at > start or at + len(sentence) < end:  # the sentence was stripped of the figure's edge
        at, sentence = start, surface
    return Highlight(body[at:start], surface, body[end:at + len(sentence)])


def highlight_html(found: Highlight | None) -> str:
    """The sentence as HTML with the figure in ``<mark>``; every part escaped."""
    if found is None:
        return "<em>(the article is not available here, or no longer holds this figure at its offsets)</em>"
    before, figure, after = (html.escape(part) for part in found)
    return f'{before}<mark class="tally-figure">{figure}</mark>{after}'


class ArticleCache:
    """Article bodies by id, read from ``sources`` when first asked for and kept.

    A file named for the id is read alone; a corpus table (CSV/Parquet) is read once, whole, the first time
    an id is not found as a file.
    """

    def __init__(self, sources: Iterable[str | Path]) -> None:
        self.sources = [Path(s) for s in sources]
        self._bodies: dict[str, str | None] = {}
        self._corpora: set[Path] = set()

    def body(self, article_id: str) -> str | None:
        """The article's body, or None when it is not found in the sources."""
        if article_id not in self._bodies:
            self._bodies[article_id] = self._find(article_id)
        return self._bodies[article_id]

    def _read(self, source: Path) -> Iterable:
        from analysis.claims.articles import ArticleWarning, iter_articles

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ArticleWarning)
            return [a for a in iter_articles([source]) if not isinstance(a, Exception)]

    def _find(self, article_id: str) -> str | None:
        from analysis.claims.article_ids import SEP
        from analysis.claims.articles import CORPUS_SUFFIXES
        from analysis.claims.ledger import find_article

        for source in self.sources:
            if source.is_dir():
                for named in sorted(p for p in source.rglob(f"{glob_escape(article_id)}.*") if p.is_file()):
                    for art in self._read(named):
                        if str(art.id) == article_id:
                            return art.body
        for source in self.sources:
            if source.is_file() and source.suffix.lower() in CORPUS_SUFFIXES and source not in self._corpora:
                self._corpora.add(source)
                for art in self._read(source):
                    self._bodies.setdefault(str(art.id), art.body)
                if self._bodies.get(article_id):
                    return self._bodies[article_id]
        if SEP not in article_id:
            return None
        with warnings.catch_warnings():  # an id whose file stem others share ("dev/300_x"): read them together
            warnings.simplefilter("ignore")
            art = find_article(article_id, self.sources)
        return art.body if art is not None else None


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters escaped."""
    return re.sub(r"([*?\[])", r"[\1]", text)


# --------------------------------------------------------------------------
# The claim check, computed only for what is shown
# --------------------------------------------------------------------------

class CheckCache:
    """The claim check (:mod:`analysis.check.run`) of a ledger, computed an article at a time as claims are
    shown, or all at once for the verdict filter; each country's data is loaded once."""

    def __init__(self, ledger: pd.DataFrame, rules: object | None = None) -> None:
        from analysis.check.rules import load_rules

        self.ledger = ledger
        self.rules = rules if rules is not None else load_rules()
        self.countries: dict = {}
        self.problems: list[str] = []
        self._rows: dict[str, dict] = {}
        self._articles: set[str] = set()
        self._all = False

    def _load(self, iso3: str):
        from analysis.check.run import load_country

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            data = load_country(iso3)
        self.problems.extend(str(w.message) for w in caught)
        self.countries[iso3] = data
        return data

    def _check(self, frame: pd.DataFrame) -> None:
        from analysis.check.run import check_claims

        if frame.empty:
            return
        checks = check_claims(frame, rules=self.rules, preloaded=self.countries, loader=self._load)
        for row in checks.to_dict("records"):
            self._rows[str(row["claim_id"])] = row

    def claim(self, claim_id: str) -> dict | None:
        """The check row of one claim (checking its whole article, which the check needs), or None."""
        if claim_id not in self._rows and not self._all:
            hit = self.ledger[self.ledger["claim_id"] == claim_id]
            if hit.empty:
                return None
            article = str(hit["article"].iloc[0])
            if article not in self._articles:
                self._articles.add(article)
                self._check(self.ledger[self.ledger["article"] == article])
        return self._rows.get(claim_id)

    @property
    def done(self) -> bool:
        """Whether the whole ledger has been checked."""
        return self._all

    def verdicts(self) -> dict[str, str]:
        """Every claim's verdict (the whole ledger is checked the first time)."""
        if not self._all:
            todo = self.ledger[~self.ledger["article"].isin(self._articles)]
            self._check(todo)
            self._articles |= set(todo["article"].astype(str))
            self._all = True
        return {cid: str(row["verdict"]) for cid, row in self._rows.items()}


def _number(value: object) -> str:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if number != number:
        return ""
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.4g}"


def _day(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)[:10]


def evidence(check: Mapping[str, object] | None) -> list[tuple[str, str]]:
    """The check of a claim as (label, text) lines: verdict, reason, and what it was compared with."""
    if check is None:
        return [("verdict", UNCHECKED)]
    lines = [("verdict", str(check.get("verdict", ""))), ("reason", str(check.get("reason", "")))]
    if check.get("dataset"):
        data = _number(check.get("data_value"))
        low, high = _number(check.get("data_low")), _number(check.get("data_high"))
        if low and high and (low, high) != (data, data):
            data += f" (range {low} to {high})"
        period = " to ".join(p for p in (_day(check.get("data_period_start")), _day(check.get("data_period_end"))) if p)
        lines += [("compared with", f"{check['dataset']} {check.get('version', '')}".strip()),
                  ("data figure", data + (f", {period}" if period else "")),
                  ("ratio", _number(check.get("ratio"))), ("rule", str(check.get("rule", "")))]
        if str(check.get("data_detail", "")):
            lines.append(("data detail", str(check["data_detail"])))
    if check.get("toll_source"):
        toll = _number(check.get("toll_value"))
        if _number(check.get("toll_value_high")) not in ("", toll):
            toll += f" to {_number(check.get('toll_value_high'))}"
        lines.append(("published toll", f"{toll} ({check['toll_source']}, {check.get('toll_label', '')}, "
                                        f"as of {_day(check.get('toll_as_of'))})"))
    return [(k, v) for k, v in lines if v]


# --------------------------------------------------------------------------
# Decisions: build, check, append
# --------------------------------------------------------------------------

def _one_line(text: str) -> str:
    """``text`` on one line: line breaks and other control characters become spaces."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", str(text or "")).strip()


def review_row(claim_id: str, action: str, reviewer: str, note: str = "", field: str = "", new_value: str = "",
               date: dt.date | None = None) -> dict[str, str]:
    """One reviews.csv row (REVIEW_COLUMNS) for a decision; the date is today's (UTC) unless given."""
    reviewer = _one_line(reviewer)
    if not reviewer:
        raise ReviewRefused("give your name (reviewer) before deciding")
    day = date or dt.datetime.now(dt.timezone.utc).date()
    return {"claim_id": _one_line(claim_id), "action": _one_line(action), "field": _one_line(field),
            "new_value": _one_line(new_value), "reviewer": reviewer, "date": day.isoformat(), "note": _one_line(note)}


def validate_review(row: Mapping[str, str], ledger: pd.DataFrame, earlier: pd.DataFrame | None = None) -> dict[str, str]:
    """``row`` if the build would accept it, else :class:`ReviewRefused` with the reason.

    The rules are those of :func:`~analysis.claims.reviews.check_reviews` (a known action and field, a number
    for value, value_low and value_high, a metric or qualifier from the schema's lists, a real date) and of
    :func:`~analysis.claims.reviews.apply_reviews` (value_low <= value <= value_high after the correction,
    with ``earlier`` reviews of the same claim applied first, and a repeat_of naming another figure).
    """
    frame = pd.DataFrame([{c: str(row.get(c, "")) for c in REVIEW_COLUMNS}], columns=REVIEW_COLUMNS)
    if frame.at[0, "claim_id"] not in set(ledger["claim_id"]):
        raise ReviewRefused(f"claim {frame.at[0, 'claim_id']!r} is not in the ledger")
    try:
        check_reviews(frame, "review")
        before = earlier[earlier["claim_id"] == frame.at[0, "claim_id"]] if earlier is not None else None
        trial = pd.concat([before, frame], ignore_index=True) if before is not None and len(before) else frame
        apply_reviews(ledger, trial, "review")
    except TallyError as exc:
        raise ReviewRefused(exc.problem) from None
    return dict(frame.iloc[0])


def csv_line(row: Mapping[str, str]) -> str:
    """``row`` as one CSV line of REVIEW_COLUMNS, ending in a newline."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([row.get(c, "") for c in REVIEW_COLUMNS])
    return out.getvalue()


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[int]:
    """Hold an exclusive ``flock`` on the reviews file (created empty if missing) while the block runs; yield
    a descriptor opened for appending. Every writer of this module takes it, so decisions are serialised."""
    fd = os.open(Path(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield fd
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _append_locked(fd: int, path: Path, row: Mapping[str, str]) -> None:
    """Append ``row`` through ``fd`` (the lock held): whole line or nothing."""
    size = os.fstat(fd).st_size
    text = csv_line(row)
    if size == 0:
        text = ",".join(REVIEW_COLUMNS) + "\n" + text
    else:
        with open(path, "rb") as fh:
            fh.seek(size - 1)
            if fh.read(1) != b"\n":
                text = "\n" + text
    data = text.encode("utf-8")
    try:
        written = os.write(fd, data)
        if written != len(data):
            raise OSError(f"only {written} of {len(data)} bytes written")
        os.fsync(fd)
    except OSError:
        os.ftruncate(fd, size)
        raise


def append_review(row: Mapping[str, str], path: str | Path) -> None:
    """Append ``row`` to the reviews file under an exclusive lock; never touch the lines already there.

    The file is created with its header when missing or empty. A last line without its newline gets one
    first. The line goes out in one ``write`` on a descriptor opened for appending, then ``fsync``; a short
    write (a full disk) is cut back to the old end, so the file holds the whole line or none of it.
    """
    with locked(path) as fd:
        _append_locked(fd, Path(path), row)


def decide(claim_id: str, action: str, reviewer: str, *, ledger: pd.DataFrame, path: str | Path, note: str = "",
           field: str = "", new_value: str = "", date: dt.date | None = None) -> dict[str, str]:
    """Build, check and append one decision; return the row written (:class:`ReviewRefused` if refused).

    Under the lock, the file's earlier reviews of the claim (another reviewer's too) are applied before the
    check, so a correction is judged with every earlier one in place. A reviews file that cannot be read is a
    refusal naming its problem, and nothing is written.
    """
    if action == "correct" and not _one_line(field):
        raise ReviewRefused(f"choose the field to correct (one of {', '.join(CORRECTABLE)})")
    row = review_row(claim_id, action, reviewer, note, field, new_value, date)
    path = Path(path)
    with locked(path) as fd:
        try:
            earlier = load_reviews(path) if os.fstat(fd).st_size else None
        except DataError as exc:
            raise ReviewRefused(f"the reviews file cannot be read, so nothing was written: {exc}") from None
        row = validate_review(row, ledger, earlier)
        _append_locked(fd, path, row)
    return row
