"""An article's date at the precision it is given, and the dateline that may contradict it.

A header ``DATE:`` (or a corpus table's date column) is read at its
precision: ``2023-04-05`` is a day, ``2023-04`` or ``April 2023`` a month,
``2023`` a year. A note after the date in parentheses is kept apart:
``2025-06 (approx.; after 17 June 2025)`` is the month 2025-06 with the note
``approx.; after 17 June 2025``. The date is stored as ISO 8601 at its
precision (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``), so its length says the
precision.

The text's own dateline (at the start of one of the body's first lines: a wire
dateline ``DAMASCUS, March 3 (Reuters) -``, ``NEW YORK (April 19, 2024) –``,
``Nairobi, Thursday 1 August –``, or a publication line ``Published July 27
2016``, ``Date of publication 27 October 2016``, ``Sat 04 Oct 2014``,
``02.10.2017``) is compared with that date: when the dateline's day lies more
than :data:`MAX_GAP_DAYS` from every day the date covers (a different year,
or months away), :func:`dateline_conflict` says so. A dateline without a year
takes the year that puts it nearest the date. Numeric datelines are read day
first (``02.10.2017`` is 2 October), as the outlets that write them do.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

#: Largest gap, in days, between a dateline and the article's date that is not a contradiction
#: (a wire dateline or a publication line is usually within days of the date; a report's date may
#: trail the period it covers by weeks).
MAX_GAP_DAYS = 45
#: How far into the body a dateline is looked for: its first lines, within its first characters.
DATELINE_LINES = 5
DATELINE_CHARS = 1500

PRECISIONS = ("day", "month", "year")

_MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBERS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_NUMBERS["sept"] = 9
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?,?\s+)"


class ArticleDate(NamedTuple):
    """A date at its precision: ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``note`` the text
    that followed it in parentheses ("" if none)."""

    iso: str
    precision: str
    note: str = ""

    @property
    def first(self) -> dt.date:
        """The first day the date covers."""
        parts = [int(p) for p in self.iso.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    @property
    def last(self) -> dt.date:
        """The last day the date covers."""
        parts = [int(p) for p in self.iso.split("-")]
        if len(parts) == 3:
            return dt.date(*parts)
        month = parts[1] if len(parts) > 1 else 12
        return dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])

    def gap(self, day: dt.date) -> int:
        """Days from ``day`` to the nearest day this date covers (0 inside it)."""
        if day < self.first:
            return (self.first - day).days
        if day > self.last:
            return (day - self.last).days
        return 0


_YEAR_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")
_YEAR = re.compile(r"(?P<y>\d{4})")
_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH}),?\s+(?P<y>\d{{4}})", re.I)


def split_note(text: str) -> tuple[str, str]:
    """``"2023-10 (approx.; covers ...)"`` -> ``("2023-10", "approx.; covers ...")``; no note -> (text, "")."""
    text = (text or "").strip()
    i = text.find("(")
    if i > 0 and text.endswith(")"):
        return text[:i].strip(), text[i + 1:-1].strip()
    return text, ""


def read_date(text: str, parse_day) -> ArticleDate | None:
    """``text`` (a header or corpus date, maybe with a note) at its precision, or None if unreadable.

    ``parse_day`` reads a full date written any other way (a ``str -> datetime.date | None`` such as
    :func:`analysis.claims.articles.parse_date`); it is tried after ISO day, month and year forms.
    """
    core, note = split_note(text)
    if not core:
        return None
    try:
        return ArticleDate(dt.date.fromisoformat(core[:10]).isoformat(), "day", note)
    except ValueError:
        pass
    m = _YEAR_MONTH.fullmatch(core)
    if m and 1 <= int(m["m"]) <= 12 and int(m["y"]) >= 1:
        return ArticleDate(core, "month", note)
    m = _MONTH_YEAR.fullmatch(core)
    if m and int(m["y"]) >= 1:
        return ArticleDate(f"{m['y']}-{_MONTH_NUMBERS[m['month'].lower().rstrip('.')]:02d}", "month", note)
    m = _YEAR.fullmatch(core)
    if m and int(m["y"]) >= 1:
        return ArticleDate(core, "year", note)
    day = parse_day(core)
    return ArticleDate(day.isoformat(), "day", note) if day is not None else None


# --------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------

def _dates(year: str) -> str:
    """Month-day and day-month dates; ``year`` is "?" (optional) or "" (required)."""
    return (rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}})){year}"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})){year}")


_NUM = r"(?P<d3>\d{1,2})[.-](?P<m3>\d{1,2})[.-](?P<y3>\d{4})"
_PLACE_WORD = r"[A-Z][A-Za-z'\u2019.-]*"
#: ``CITY[, Country], [weekday] DATE [(Agency)] -`` or ``CITY ([weekday] DATE) -``; the year may be left out.
_WIRE = re.compile(
    rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}(?:,\s+{_PLACE_WORD}(?:\s{_PLACE_WORD})?)?"
    rf"(?:,\s*|\s*\(\s*){_WEEKDAY}?(?:{_dates('?')})\)?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[-\u2013\u2014:]"
)
#: ``[Published|Posted on|Date of publication|...] [weekday] DATE`` at a line's start; the year is required.
_PUBLISHED = re.compile(
    r"(?:(?:Published(?:\s+on)?|Posted(?:\s+on)?|(?:Last\s+)?[Uu]pdated(?:\s+on|\s+at)?|Date\s+of\s+publication|"
    r"Date\s*[-\u2013\u2014:]|Briefing\s+Notes,)\s*)?"
    rf"{_WEEKDAY}?(?:{_dates('')}|{_NUM})\b"
)


#: What follows a date that opens a span of dates ("4 April 2019 - 31 January 2020", "(1 January - 29 February
#: 2024)", "1 January to 11 April"), the second date closing the line or its bracket: the date is a period's start,
#: not a dateline (but "KYIV, March 3 (Reuters) - 3 March strikes killed 12" is one).
_SPAN_END = re.compile(rf"\s*(?:[-\u2013\u2014]|to\b|until\b)?\s*{_WEEKDAY}?(?:{_dates('?')}|{_NUM})"
                       r"\s*(?:$|[()\[:;,]|provisional)", re.I)
#: A line that opens with a date and a dash: an entry of a timeline ("2 July 2023 - Al-Raqw, ...").
_DATED_ENTRY = re.compile(rf"{_WEEKDAY}?(?:{_dates('?')})\s*[-\u2013\u2014:]")


class Dateline(NamedTuple):
    """A dateline's text as written and the day it names (a year taken from the article's date if it had none)."""

    text: str
    day: dt.date


def _day(m: re.Match, near: ArticleDate) -> dt.date | None:
    """The day a dateline match names; without a year, the year that puts it nearest ``near``."""
    if m.groupdict().get("d3"):
        day, month, years = int(m["d3"]), int(m["m3"]), [int(m["y3"])]
    else:
        day = int(m["d1"] or m["d2"])
        month = _MONTH_NUMBERS[(m["m1"] or m["m2"]).lower().rstrip(".")]
        year = m["y1"] or m["y2"]
        years = [int(year)] if year else [near.first.year - 1, near.first.year, near.first.year + 1]
    found = []
    for y in years:
        try:
            found.append(dt.date(y, month, day))
        except ValueError:
            continue
    return min(found, key=near.gap) if found else None


def _first_lines(body: str) -> list[str]:
    """The body's first :data:`DATELINE_LINES` lines that are not blank, within its first characters."""
    lines = [line.strip() for line in body[:DATELINE_CHARS].split("\n")]
    return [line for line in lines if line][:DATELINE_LINES]


def find_dateline(body: str, near: ArticleDate) -> Dateline | None:
    """The first dateline at the start of one of the body's first lines (see the module doc), or None.

    A date that opens a span ("Totals, 4 April 2019 - 31 January 2020") is a period, not a dateline;
    first lines of which two or more open with a date and a dash are a timeline, whose first entry
    says nothing of the day the text was written."""
    lines = _first_lines(body)
    if sum(1 for line in lines if _DATED_ENTRY.match(line)) >= 2:
        return None
    for line in lines:
        m = _WIRE.match(line) or _PUBLISHED.match(line)
        if m is None or _SPAN_END.match(line, m.end()):
            continue
        day = _day(m, near)
        if day is not None:
            return Dateline(m.group().rstrip(" -\u2013\u2014:"), day)
    return None


def dateline_conflict(body: str, date: ArticleDate, what: str = "date") -> str | None:
    """A sentence naming both dates when the body's dateline contradicts ``date`` (``what`` names it:
    "header DATE", "corpus date"), or None when it does not (no dateline, or one within
    :data:`MAX_GAP_DAYS` of a day the date covers)."""
    line = find_dateline(body, date)
    if line is None or date.gap(line.day) <= MAX_GAP_DAYS:
        return None
    return (f"the dateline {line.text!r} ({line.day.isoformat()}) contradicts the {what} {date.iso} "
            f"({date.gap(line.day)} days apart)")
