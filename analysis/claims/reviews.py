"""People's reviews of ledger figures, applied on every rebuild.

``data/claims/reviews.csv`` (columns ``claim_id, action, field, new_value,
reviewer, date, note``) is written by people and only read by code. Each row
is one decision about one figure:

* ``accept``: the figure is right as extracted (``field`` and ``new_value`` empty);
* ``reject``: the figure is not a reported conflict figure, or is wrong beyond
  repair. Rejected rows are **kept** in the ledger and flagged
  ``review = "rejected"`` (with the note), so nothing disappears silently;
  users of the ledger filter them out (:func:`usable`);
* ``correct``: set ``field`` to ``new_value`` (e.g. ``metric`` -> ``wounded``).
  Corrections are applied field by field and recorded in ``review_note``.

When several reviews decide the same thing (the accept/reject status of a
figure, or the same field of it), the one with the later ``date`` wins (on the
same date, the later row in the file) and a warning says which were
overridden. A review whose ``claim_id`` is not in the rebuilt ledger is
reported as an orphan: kept in reviews.csv, listed in a warning, never dropped.
"""

from __future__ import annotations

import math
import re

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.errors import DataError
from analysis.schemas import METRICS, QUALIFIERS, REVIEW_ACTIONS, REVIEW_COLUMNS, REVIEWS, validate

#: Ledger fields a review may correct (not the id, the article or its span).
CORRECTABLE = [
    "surface", "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "attributed_to", "place", "place_country", "place_admin1", "period", "scope", "repeat_of", "url", "outlet", "date",
    "date_note",
]
_NUMERIC = {"value", "value_low", "value_high"}
_CHOICES = {"metric": METRICS, "qualifier": QUALIFIERS}


@dataclass
class ReviewReport:
    """What applying the reviews did, for the command to print."""

    applied: int = 0
    orphans: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["row"] + REVIEW_COLUMNS))
    conflicts: list[str] = field(default_factory=list)

    def warnings(self, path: str | Path = paths.REVIEWS) -> list[str]:
        """One line per problem, each naming the reviews file."""
        out = []
        if len(self.orphans):
            ids = ", ".join(f"{r.claim_id} (row {r.row})" for r in self.orphans.itertuples())
            out.append(
                f"{path}: {len(self.orphans)} review(s) refer to figures that no longer extract "
                f"(kept in the file, not applied): {ids}"
            )
        out.extend(f"{path}: {c}" for c in self.conflicts)
        return out


def empty_reviews() -> pd.DataFrame:
    """A reviews frame with no rows."""
    return pd.DataFrame({c: pd.Series(dtype=str) for c in REVIEW_COLUMNS})


def check_reviews(frame: pd.DataFrame, path: str | Path = paths.REVIEWS) -> pd.DataFrame:
    """Validate reviews: schema REVIEWS, then field and value rules per action.

    Raises :class:`DataError` naming ``path``, the 1-based data row and the
    column: an unknown action or field, a correction without a field, an
    accept/reject that names a field, a value that is not a number for a
    numeric field, a metric or qualifier outside the schema's lists, or a date
    that is not a real day.
    """
    frame = frame.reset_index(drop=True)
    for i, action in enumerate(frame["action"] if "action" in frame else []):
        if str(action) not in REVIEW_ACTIONS:
            raise DataError(
                f"unknown action {action!r} (expected one of {', '.join(REVIEW_ACTIONS)})",
                path=path, row=i + 1, column="action",
            )
    frame = validate(frame, REVIEWS, path)
    for i, r in enumerate(frame.itertuples()):
        row = i + 1
        if r.action == "correct":
            if r.field not in CORRECTABLE:
                what = "no field" if not r.field else f"unknown field {r.field!r}"
                raise DataError(f"{what} to correct (one of {', '.join(CORRECTABLE)})", path=path, row=row, column="field")
            if r.field in _NUMERIC and r.new_value != "":
                try:
                    number = float(r.new_value)
                    if number < 0 or not math.isfinite(number):
                        raise ValueError
                except ValueError:
                    raise DataError(
                        f"{r.field} must be a finite non-negative number, not {r.new_value!r}", path=path, row=row,
                        column="new_value"
                    ) from None
            if r.field == "repeat_of" and r.new_value and not re.fullmatch(r"[0-9a-f]{12}", r.new_value):
                raise DataError(f"repeat_of {r.new_value!r} is not a claim id (12 hexadecimal digits) or empty",
                                path=path, row=row, column="new_value")
            if r.field == "place_country" and not re.fullmatch(r"(?:[A-Z]{3})?", r.new_value):
                raise DataError(f"place_country {r.new_value!r} is not an ISO 3166-1 alpha-3 code (e.g. SDN) or empty",
                                path=path, row=row, column="new_value")
            if r.field == "date" and r.new_value and _at_precision(r.new_value) != r.new_value:
                raise DataError(f"date {r.new_value!r} is not a date at its precision (2023-04-05, 2023-04 or 2023)",
                                path=path, row=row, column="new_value")
            if r.field in _CHOICES and r.new_value not in _CHOICES[r.field]:
                raise DataError(
                    f"{r.field} {r.new_value!r} is not one of {', '.join(_CHOICES[r.field])}",
                    path=path, row=row, column="new_value",
                )
        elif r.field:
            raise DataError(f"{r.action} takes no field (got {r.field!r})", path=path, row=row, column="field")
        try:
            dt.date.fromisoformat(r.date)
        except ValueError:
            raise DataError(f"date {r.date!r} is not a real day (YYYY-MM-DD)", path=path, row=row, column="date") from None
    return frame


def _at_precision(text: str) -> str | None:
    """``text`` as the ledger writes a date (ISO at day, month or year precision), or None if unreadable."""
    from analysis.claims.article_dates import read_date

    found = read_date(text, lambda _: None)
    return found.iso if found is not None and not found.note else None


def load_reviews(path: str | Path = paths.REVIEWS) -> pd.DataFrame:
    """Read and validate reviews.csv; a missing file means no reviews yet."""
    path = Path(path)
    if not path.exists():
        return empty_reviews()
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read CSV: {exc}", path=path) from None
    missing = [c for c in REVIEW_COLUMNS if c not in frame.columns]
    if missing:
        raise DataError(f"missing columns {_some(missing)} (the columns are {', '.join(REVIEW_COLUMNS)})",
                        path=path, column=str(missing[0])[:40])
    extra = [c for c in frame.columns if c not in REVIEW_COLUMNS]
    if extra:
        raise DataError(f"unknown columns {_some(extra)}", path=path, column=str(extra[0])[:40])
    _check_swallowed_rows(frame, path)
    return check_reviews(frame[REVIEW_COLUMNS], path)


def _some(names: list, most: int = 5) -> str:
    """A few names, each cut to 40 characters, and how many more (a header of 10,000 columns stays one short line)."""
    shown = ", ".join(repr(str(n)[:40]) for n in names[:most])
    return shown + (f" and {len(names) - most:,} more" if len(names) > most else "")


_ROW_START = re.compile(r"\n\s*[0-9a-f]{12},")


def _check_swallowed_rows(frame: pd.DataFrame, path: str | Path) -> None:
    """Refuse a field whose text runs over a line that starts like another review.

    That is what an unclosed quote does: the next person's decision would be
    read as part of a note and lost without a word.
    """
    for column in frame.columns:
        for i, text in enumerate(frame[column].astype(str)):
            if "\n" in text and _ROW_START.search(text):
                raise DataError(
                    "the text runs over the next line, which starts like another review "
                    "(an unclosed quote?); close the quote so each review is its own row",
                    path=path, row=i + 1, column=column,
                )


def _latest(group: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``group`` in the order they take effect (the winner last)."""
    return group.sort_values(["date", "row"], kind="stable")


def _winner(rows: pd.DataFrame, varies: str, what: str, cid: str, report: "ReviewReport") -> pd.Series:
    """The review of ``rows`` that takes effect (latest date, then latest row); a conflict is reported
    when the rows disagree on ``varies``."""
    ordered = _latest(rows)
    win = ordered.iloc[-1]
    if ordered[varies].nunique() > 1:
        lost = ", ".join(f"row {r}" for r in ordered["row"].iloc[:-1])
        shown = win["action"] if varies == "action" else repr(win[varies])
        report.conflicts.append(f"claim {cid}: conflicting {what}; row {win['row']} ({shown}, {win['date']}) "
                                f"wins over {lost}")
    return win


def _describe(r) -> str:
    return f"{r.reviewer}, {r.date}" + (f": {r.note}" if r.note else "")


def apply_reviews(
    ledger: pd.DataFrame, reviews: pd.DataFrame, path: str | Path = paths.REVIEWS
) -> tuple[pd.DataFrame, ReviewReport]:
    """The ledger with reviews applied, and a report of orphans and conflicts.

    Pure: neither input is changed. ``review`` becomes ``accepted``,
    ``rejected`` or ``corrected`` (a correction on an accepted figure shows as
    ``corrected``; a rejection wins over corrections), and ``review_note``
    lists each decision with reviewer, date and note.
    """
    out = ledger.copy()
    report = ReviewReport()
    if reviews.empty:
        return out, report
    reviews = reviews.reset_index(drop=True).copy()
    reviews["row"] = range(1, len(reviews) + 1)
    known = set(out["claim_id"])
    orphan = ~reviews["claim_id"].isin(known)
    report.orphans = reviews.loc[orphan, ["row"] + REVIEW_COLUMNS].reset_index(drop=True)
    live = reviews[~orphan]
    position = {cid: i for i, cid in enumerate(out["claim_id"])}
    notes: dict[int, list[str]] = {}
    status: dict[int, str] = {}

    for cid, group in live.groupby("claim_id", sort=False):
        i = position[cid]
        decisions = group[group["action"].isin(["accept", "reject"])]
        if len(decisions):
            win = _winner(decisions, "action", "accept/reject", cid, report)
            status[i] = "rejected" if win["action"] == "reject" else "accepted"
            notes.setdefault(i, []).append(f"{win['action']}ed ({_describe(win)})")
            report.applied += 1
        corrections = group[group["action"] == "correct"]
        fields = set(corrections["field"])
        if "value" in fields:
            # a point figure (low = value = high) corrected by its value alone stays a point
            before = {c: pd.to_numeric(out.iat[i, out.columns.get_loc(c)], errors="coerce")
                      for c in ("value", "value_low", "value_high")}
            follow = [c for c in ("value_low", "value_high") if c not in fields and before[c] == before["value"]]
        else:
            follow = []
        for fld, fgroup in corrections.groupby("field", sort=False):
            win = _winner(fgroup, "new_value", f"corrections of {fld}", cid, report)
            col = out.columns.get_loc(fld)
            old = out.iat[i, col]
            new: object = win["new_value"]
            if fld in _NUMERIC:
                new = float(new) if new != "" else float("nan")
            out.iat[i, col] = new
            notes.setdefault(i, []).append(f"{fld}: {_show(old)} -> {_show(new)} ({_describe(win)})")
            if fld == "value":
                for other in follow:
                    out.iat[i, out.columns.get_loc(other)] = new
            if status.get(i) != "rejected":
                status[i] = "corrected"
            report.applied += 1

    _check_corrected(out, live, position, known, path)
    rcol, ncol = out.columns.get_loc("review"), out.columns.get_loc("review_note")
    for i, state in status.items():
        out.iat[i, rcol] = state
        out.iat[i, ncol] = "; ".join(notes.get(i, []))
    return out, report


def _check_corrected(out: pd.DataFrame, live: pd.DataFrame, position: dict[str, int], known: set[str],
                     path: str | Path) -> None:
    """The corrected figures still hold together: value_low <= value <= value_high where given, and a
    repeat_of names a figure of the ledger. A DataError names the review row that broke it (the last
    correction of that figure)."""
    corrected = live[live["action"] == "correct"]
    for cid, group in corrected.groupby("claim_id", sort=False):
        row = int(group["row"].max())
        i = position[cid]
        fields = set(group["field"])
        if "repeat_of" in fields:
            target = str(out.at[out.index[i], "repeat_of"] or "")
            if target and (target not in known or target == cid):
                raise DataError(f"repeat_of {target!r} is not another figure of the ledger", path=path, row=row,
                                column="new_value")
        if fields & _NUMERIC:
            v, lo, hi = (pd.to_numeric(out.at[out.index[i], c], errors="coerce") for c in ("value", "value_low",
                                                                                            "value_high"))
            order = [x for x in (lo, v, hi) if pd.notna(x)]
            if order != sorted(order):
                raise DataError(f"after the corrections of claim {cid}, value_low <= value <= value_high no longer "
                                f"holds (value_low {_show(lo)}, value {_show(v)}, value_high {_show(hi)})",
                                path=path, row=row, column="new_value")


def _show(value: object) -> str:
    if isinstance(value, float):
        if pd.isna(value):
            return "''"
        return str(int(value)) if value.is_integer() else repr(value)
    return repr(str(value))


def usable(ledger: pd.DataFrame) -> pd.DataFrame:
    """The ledger without the figures reviewers rejected."""
    return ledger[ledger["review"] != "rejected"].reset_index(drop=True)
