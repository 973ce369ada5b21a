"""Matching: a claim row -> where and when it is about, which rule fits, and the comparable figure.

Pure functions over frames already loaded (indicators, events, published tolls);
nothing here reads a file. The rules come from :mod:`analysis.check.rules`.

Country of a claim: its ``place`` when that names a governorate of the default
country (OCHA gazetteer) or a country (pycountry, then the UCDP country names);
otherwise, or when ``place`` is empty, the default country. A place that is
neither (a town, a district, an organisation) is reported, never widened to
the whole country.

Arabic rows (issue 17) keep their ``place`` and ``period`` as written; both are read
through their English form (:func:`analysis.claims.arabic_places.english_place`,
:func:`analysis.claims.arabic_periods.english_period`), so an Arabic claim gets the
p-codes, window, anchor and rule an English claim with the same words would.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analysis import catalog, countries, prose
from analysis.check.rules import Anchor, Rule, Rules
from analysis.errors import ParameterError
from analysis.sources import gleditsch_ward as gw
from analysis.sources import ocha

__all__ = ["Place", "Window", "resolve_place", "place_words", "claim_period", "claim_window", "choose_rule", "stock_figure",
           "period_sum_figure", "event_figure", "event_coverage", "toll_for"]


@dataclass(frozen=True)
class Place:
    """Where a claim is about: a country, governorates in it, and a host country for refugee stocks."""
    country: str                      # ISO3 the figure is about (origin for refugees)
    admin1: tuple[str, ...] = ()      # OCHA p-codes
    host: str | None = None           # another country named in the place (refugees hosted there)
    unresolved: str | None = None     # a place name that is neither a governorate nor a country


@dataclass(frozen=True)
class Window:
    """The days a claim covers, both included, and how they were read."""
    start: pd.Timestamp
    end: pd.Timestamp
    how: str
    anchored: bool = False            # from a named start ("since the war began"): a cumulative count

    @property
    def days(self) -> int:
        return int((self.end - self.start).days) + 1


# --------------------------------------------------------------------------
# Place
# --------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _country_of(name: str) -> str | None:
    try:
        return countries.normalise(name)
    except ParameterError:
        pass
    from analysis.claims.places import country_code

    found = country_code(name)  # the gazetteer's names: "Turkey", "Russia", "DR Congo", "Ivory Coast"
    if found:
        return found
    try:
        return gw.iso3_from_name(name)
    except Exception:  # an unknown name is an answer (None), not a failure
        return None


_PLACE_SEPARATORS = re.compile(r",|;|\band\b|&|/")
#: Arabic letters: a place or period from an Arabic article (issue 17), read through its English form
_ARABIC = re.compile("[\u0600-\u06ff]")
_POSSESSIVE_PLACE = re.compile(r"(\w+?)(?:'s|’s|s)\s+(\S.*)")
_POSSESSIVE_END = re.compile(r"(?:'s|’s|s)$")


@functools.lru_cache(maxsize=8192)
def resolve_place(place: str, default: str) -> Place:
    """Read a claim's ``place`` (e.g. "Aleppo", "Aleppo and Idlib", "Lebanon", "") against ``default`` (ISO3)."""
    text = (place or "").strip()
    if not text:
        return Place(default)
    if _ARABIC.search(text):
        from analysis.claims.arabic_places import english_place

        text = english_place(text) or text  # "إدلب" -> "Idlib": read as an English row naming it is
    parts = [p.strip() for p in _PLACE_SEPARATORS.split(text) if p.strip()]
    pcodes: list[str] = []
    found: list[str] = []
    for part in parts:
        m = _POSSESSIVE_PLACE.match(part)
        if m and _country_of(m.group(1)) == default:
            part = m.group(2)  # "Syria's Idlib" -> "Idlib"
        code = ocha.admin1_pcode(part, default)
        if code:
            if code not in pcodes:
                pcodes.append(code)
            continue
        iso3 = _country_of(part) or (_country_of(_POSSESSIVE_END.sub("", part)) if len(part) > 4 else None)
        if iso3:
            found.append(iso3)
            continue
        return Place(default, unresolved=part)
    others = [c for c in found if c != default]
    if others and pcodes:
        return Place(default, unresolved=text)
    if len(set(others)) > 1:
        return Place(default, unresolved=text)
    if others:
        return Place(others[0], host=others[0])
    return Place(default, tuple(pcodes))


# --------------------------------------------------------------------------
# Window
# --------------------------------------------------------------------------

_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "the": 1}


# the periods claim_window reads (compiled once: the re module's own cache is shared with dateparser's patterns)
_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile("|".join(_MONTHS))
_SPACES = re.compile(r"\s+")
_YESTERDAY = re.compile(r"\b(yesterday|last night|overnight|over the past 24 hours|in the past 24 hours)\b")
_TODAY = re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_PAST_N = re.compile(r"\b(?:over|in|during) the (?:past|last) (\w+) (day|week|month|year)s?\b")
_THIS_WEEK = re.compile(r"\b(this|earlier this|past) week\b")
_LAST_WEEK = re.compile(r"\blast week\b")
_LAST_MONTH = re.compile(r"\blast month\b")
_THIS_MONTH = re.compile(r"\bthis month\b")
_LAST_YEAR = re.compile(r"\blast year\b")
_THIS_YEAR = re.compile(r"\b(this year|so far this year)\b")
_IN_YEAR = re.compile(r"in (?:(" + "|".join(_MONTHS) + r")\.? )?((?:19|20)\d\d)")
_SINCE_YEAR = re.compile(r"(?:since |in |during |by )?(?:(" + "|".join(_MONTHS) + r")\.? )?((?:19|20)\d\d)")
_LEAD_WORD = re.compile(r"^(since|on|in|by|from) ")


def _month_end(day: pd.Timestamp) -> pd.Timestamp:
    return (day + pd.offsets.MonthEnd(0)).normalize()


_MONTH_WORD = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_WORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"(?:the\s+)?{_DAY_WORD}\s+(?:of\s+)?{_MONTH_WORD}(?:,?\s+((?:19|20)\d\d))?")
_MONTH_DAY = re.compile(rf"{_MONTH_WORD}\s+{_DAY_WORD}(?:,?\s+((?:19|20)\d\d))?")


def _plain_date(text: str, base: dt.date) -> pd.Timestamp | None:
    """"10 April 2015", "April 10, 2015", "27 November" (the latest such day on or before ``base``); None when
    the text is not one of these or names no real day."""
    m = _DAY_MONTH.fullmatch(text)
    if m:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _MONTH_DAY.fullmatch(text)
        if not m:
            return None
        month, day, year = m.group(1), m.group(2), m.group(3)
    try:
        if year:
            return pd.Timestamp(dt.date(int(year), _MONTHS[month], int(day)))
        found = dt.date(base.year, _MONTHS[month], int(day))
        if found > base:
            found = dt.date(base.year - 1, _MONTHS[month], int(day))
    except ValueError:
        return None
    return pd.Timestamp(found)


def _explicit_date(text: str, base: pd.Timestamp) -> pd.Timestamp | None:
    """A calendar date written out ("April 10 2015", "27 November"): the common forms read here, others with
    dateparser."""
    if not _DIGIT.search(text) or not _ANY_MONTH.search(text.lower()):
        return None
    plain = _plain_date(text.lower().strip(), base.date())
    if plain is not None:
        return plain
    return _parse_date(text, base.date())


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str, base: dt.date) -> pd.Timestamp | None:
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"]})
    return None if found is None else pd.Timestamp(found.date())


@functools.lru_cache(maxsize=65536)
def window_of(period: str, article_date: pd.Timestamp, anchors: tuple[Anchor, ...], country: str) -> Window | None:
    """:func:`claim_window`, remembered (claims of one day and period share it)."""
    return claim_window(period, article_date, anchors, country)


def place_words(place: str) -> str:
    """A claim's ``place`` as a reason names it: an Arabic name in English ("لبنان" -> "Lebanon"), else as written."""
    if not _ARABIC.search(place):
        return place
    from analysis.claims.arabic_places import english_place

    return english_place(place) or place


def claim_period(period: str) -> str:
    """A claim's ``period`` as the check reads it: an Arabic phrase as its English form ("منذ بداية الحرب" ->
    "since the start of the war", :func:`analysis.claims.arabic_periods.english_period`), else as written."""
    if not _ARABIC.search(period):
        return period
    from analysis.claims.arabic_periods import english_period

    return english_period(period) or period


def claim_window(period: str, article_date: Any, anchors: tuple[Anchor, ...], country: str) -> Window | None:
    """The days ``period`` (the ledger's words) covers, read against the article's date; None if it says none.

    Anchors ("since the war began") are looked up for ``country``. Nothing is guessed:
    a period this reader does not know gives None.
    """
    try:
        base = pd.Timestamp(article_date).normalize()
    except (ValueError, TypeError):
        return None
    if pd.isna(base):
        return None
    text = claim_period(_SPACES.sub(" ", str(period or "")).strip()).lower()
    if not text:
        return None
    for anchor in anchors:
        if anchor.country == country and any(k.search(text) for k in anchor.keywords):
            start = pd.Timestamp(anchor.start)
            if start <= base:
                return Window(start, base, f"since {anchor.name} ({anchor.start.isoformat()})", anchored=True)
    if m := _YESTERDAY.search(text):
        return Window(base - pd.Timedelta(days=1), base, m.group(1))
    if m := _TODAY.search(text):
        return Window(base, base, m.group(1))
    if m := _WEEKDAY.search(text):
        back = (base.weekday() - _WEEKDAYS[m.group(1)]) % 7
        if "last " + m.group(1) in text and back == 0:
            back = 7
        day = base - pd.Timedelta(days=back)
        return Window(day, day, f"{m.group(1).title()} {day.date().isoformat()}")
    if m := _PAST_N.search(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1))
        if n:
            offset = {"day": pd.DateOffset(days=n), "week": pd.DateOffset(weeks=n),
                      "month": pd.DateOffset(months=n), "year": pd.DateOffset(years=n)}[m.group(2)]
            return Window(base - offset, base, m.group(0))
    if _THIS_WEEK.search(text):
        return Window(base - pd.Timedelta(days=6), base, "this week")
    if _LAST_WEEK.search(text):
        return Window(base - pd.Timedelta(days=13), base - pd.Timedelta(days=7), "last week")
    if _LAST_MONTH.search(text):
        first = pd.Timestamp(base.year, base.month, 1) - pd.offsets.MonthBegin(1)
        return Window(first, _month_end(first), "last month")
    if _THIS_MONTH.search(text):
        return Window(pd.Timestamp(base.year, base.month, 1), base, "this month")
    if _LAST_YEAR.search(text):
        return Window(pd.Timestamp(base.year - 1, 1, 1), pd.Timestamp(base.year - 1, 12, 31), "last year")
    if _THIS_YEAR.search(text):
        return Window(pd.Timestamp(base.year, 1, 1), base, "this year")
    since = text.startswith("since ")
    year_alone = _IN_YEAR.fullmatch(text)
    if year_alone and any(
            a.country == country and a.year_alone_ambiguous and a.start.year == int(year_alone.group(2))
            and (year_alone.group(1) is None or _MONTHS[year_alone.group(1)] == a.start.month)
            and base.year > a.start.year + 1 for a in anchors):
        return None  # "in (March) 2011" years later: when a war began, or a count since then? Not guessed.
    if m := _SINCE_YEAR.fullmatch(text):
        year = int(m.group(2))
        if m.group(1):
            start = pd.Timestamp(year, _MONTHS[m.group(1)], 1)
            end = _month_end(start)
        else:
            start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
        if start > base:
            return None
        if since:
            return Window(start, base, text)
        return Window(start, min(end, base), text)
    day = _explicit_date(_LEAD_WORD.sub("", text), base)
    if day is not None and day <= base:
        return Window(day, base, text) if since else Window(day, day, text)
    return None


# --------------------------------------------------------------------------
# Rule
# --------------------------------------------------------------------------

def choose_rule(claim: dict, place: Place, window: Window | None, rules: Rules) -> tuple[Rule | None, str]:
    """The first rule that fits the claim, or None and why none did (in words)."""
    metric = str(claim.get("metric") or "")
    period, unit = str(claim.get("period") or ""), str(claim.get("unit") or "")
    candidates = [r for r in rules.rules if metric in r.metrics]
    if not candidates:
        return None, f"no dataset the check uses counts '{metric}' figures"
    if place.unresolved:
        return None, (f"the place '{place.unresolved}' is neither a governorate of "
                      f"{prose.country_name(place.country)} nor a country, and a figure for a smaller area is not "
                      "compared with a whole-country one")
    why: list[tuple[int, str]] = []  # (how far the rule got, why it stopped)
    for rule in candidates:
        # the data a rule compares, as readers see them, close each sentence (the rule's id is the `rule` column;
        # a reason's first clause, up to any parenthesis, is what the claim_check report counts)
        data = rule.description
        if rule.period_keywords and not any(k.search(period) for k in rule.period_keywords):
            why.append((1, f"has a period ('{period}') that cannot be set beside the data: {data}" if period
                        else f"states no period, which the data need: {data}"))
            continue
        if rule.unit_keywords and not any(k.search(unit) for k in rule.unit_keywords):
            why.append((0, f"counts {unit or 'an unnamed unit'}, not what the data count: {data}"))
            continue
        if rule.unit_exclude and any(k.search(unit) for k in rule.unit_exclude):
            why.append((0, f"counts {unit}, which the data leave out: {data}"))
            continue
        if rule.scope == "host" and not place.host:
            why.append((2, f"names no host country, which the data need: {data}"))
            continue
        if rule.scope != "host" and place.host and metric == "refugees":
            why.append((2, f"is about a host country, and the data are not: {data}"))
            continue
        if rule.scope == "country" and place.admin1:
            why.append((2, f"is about governorates, and the data are country totals only: {data}"))
            continue
        if rule.pick == "stock_on_date" and period and window is None:
            why.append((3, f"has a period the check cannot read ('{period}'), so the date of the stock is unknown"))
            continue
        if rule.pick == "stock_on_date" and window is not None and window.days > 1 and not window.anchored:
            why.append((3, f"counts a flow over a period ({window.how}: {window.start.date()} to "
                           f"{window.end.date()}), not a stock on a date as the data are: {data}"))
            continue
        needs_window = rule.pick != "stock_on_date" or rule.max_days or rule.min_days
        if needs_window and window is None:
            why.append((3, f"states no period the check can read ('{period}')" if period else "states no period"))
            continue
        if window is not None and rule.max_days is not None and window.days > rule.max_days:
            why.append((4, f"covers {window.days:,} days, more than the {rule.max_days:,} days the data allow: {data}"))
            continue
        if window is not None and rule.min_days is not None and window.days < rule.min_days:
            why.append((4, f"covers {window.days:,} days, fewer than the {rule.min_days:,} days the data need: {data}"))
            continue
        return rule, ""
    stage = max(s for s, _ in why)
    first = next(t for s, t in why if s == stage)
    return None, f"the claim {first}; no dataset figure the check uses fits it"


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------

#: How many frames a cache of :func:`_per_frame` holds before it starts again: enough for every frame of the
#: countries one ledger names (about 40 countries, a handful of frames each).
_HELD_FRAMES = 512


def _per_frame(held: dict, frame: pd.DataFrame, build, on_clear=None):
    """``build(frame)``, built once per frame and kept in ``held`` (id(frame) -> (frame, answer)); the frame is
    held too, so that its id is not reused while the answer is kept. At :data:`_HELD_FRAMES` frames ``held`` starts again (and
    ``on_clear()`` forgets what was derived from them)."""
    hit = held.get(id(frame))
    if hit is not None and hit[0] is frame:
        return hit[1]
    if len(held) >= _HELD_FRAMES:
        held.clear()
        if on_clear is not None:
            on_clear()
    answer = build(frame)
    held[id(frame)] = (frame, answer)
    return answer


#: Frames indexed once: id(frame) -> (the frame, its groups).
_INDEXED: dict[int, tuple[pd.DataFrame, dict]] = {}


def _forget_derived() -> None:
    for cached in (_rows_cached, _year_end_cached, _whole_year_cached, _positions_cached):
        cached.cache_clear()


def _groups(ind: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """The national rows of ``ind`` and where each (source, indicator, country, partner) stands in them
    (positions, not sliced frames: a frame is cut only for the groups a claim asks for), built once per frame."""
    def build(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
        national = frame[frame["admin1_pcode"] == ""]
        return national, national.groupby(["source", "indicator", "country", "partner"], sort=False).indices

    return _per_frame(_INDEXED, ind, build, _forget_derived)


@functools.lru_cache(maxsize=4096)
def _rows_cached(ind_id: int, source: str, indicator: str, country: str, partner: str, note: str | None) -> pd.DataFrame:
    ind = _INDEXED[ind_id][0]
    national, where = _groups(ind)
    if (source, indicator, country, partner) not in where:
        return ind.iloc[0:0]
    return national.iloc[_positions(ind, source, indicator, country, partner, note)]  # one vintage, as chosen there


def _rows(ind: pd.DataFrame, source: str, indicator: str, country: str, partner: str, note: str | None) -> pd.DataFrame:
    """National rows of one source, indicator, country and partner (and note), of one vintage.

    The result is shared between calls: callers never change it in place.
    """
    _groups(ind)
    return _rows_cached(id(ind), source, indicator, country, partner, note)


def _fmt(x: float) -> str:
    return f"{x:,.0f}"


def _words(indicator: str) -> str:
    """An indicator as readers write it: "asylum_seekers" -> "asylum-seekers", "returned_idps" -> "returned IDPs"."""
    return re.sub(r"\bidps\b", "IDPs", indicator.replace("asylum_seekers", "asylum-seekers").replace("_", " "))


def _versions(used: dict[str, tuple[str, str]]) -> tuple[str, str, str]:
    datasets = " + ".join(used)
    versions = "; ".join(f"{d} {v}" for d, (v, _) in used.items())
    origins = "; ".join(sorted({o for _, o in used.values()}))
    return datasets, versions, origins


#: A stock dated this many days after a year-end is read as that year-end's figure.
YEAR_END_GRACE_DAYS = 31


@dataclass(frozen=True)
class YearEnds:
    """A stock's figures at 31 December of each year, of one source and vintage: ``values`` maps each year-end
    to its figure (the first row of that date), in date order."""
    values: dict
    version: str
    origin: str


def _year_end_series(ind: pd.DataFrame, source: str, indicator: str, country: str, partner: str,
                     note: str | None) -> YearEnds:
    """The rows at a 31 December (a year-end stock), one per year-end, of one source and vintage (shared, read-only)."""
    _groups(ind)
    return _year_end_cached(id(ind), source, indicator, country, partner, note)


@functools.lru_cache(maxsize=4096)
def _year_end_cached(ind_id: int, source: str, indicator: str, country: str, partner: str,
                     note: str | None) -> YearEnds:
    rows = _rows_cached(ind_id, source, indicator, country, partner, note)
    if rows.empty:
        return YearEnds({}, "", "")
    ends = pd.DatetimeIndex(rows["period_end"])
    values = rows["value"].to_numpy(dtype=float, na_value=np.nan)
    keep = (ends.month == 12) & (ends.day == 31) & ~np.isnan(values)
    found: dict = {}
    for end, value in zip(ends[keep], values[keep]):
        found.setdefault(end, float(value))
    at = np.flatnonzero(keep)
    first = rows.iloc[int(at[0])] if len(at) else None
    return YearEnds(dict(sorted(found.items())), "" if first is None else str(first["version"]),
                    "" if first is None else str(first["origin"]))


def _bracket(ends: list[pd.Timestamp], on: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp | None] | str:
    """The year-ends around ``on`` (one when ``on`` is a year-end or just after one); a reason if none."""
    before = [e for e in ends if e <= on]
    after = [e for e in ends if e > on]
    if not before:
        first = f" (the first is {min(ends).date()})" if ends else ""
        return f"no year-end on or before {on.date()} is loaded{first}"
    y0 = max(before)
    if (on - y0).days <= YEAR_END_GRACE_DAYS:
        return y0, None
    if not after:
        return (f"the latest year-end loaded is {y0.date()}; a stock on {on.date()} is more than "
                f"{YEAR_END_GRACE_DAYS} days after it and no later year-end is loaded to interpolate with "
                "(the figure of the year before is not the figure on that date)")
    return y0, min(after)


def stock_figure(ind: pd.DataFrame, rule: Rule, country: str, host: str | None, on: pd.Timestamp) -> dict | str:
    """Sum of the rule's components as a stock on ``on``: interpolated linearly between the year-ends on either
    side (both shown), or the year-end itself when ``on`` is at most :data:`YEAR_END_GRACE_DAYS` after it;
    a reason string if the data do not allow it."""
    partner = host or ""
    series = {c: [(s, _year_end_series(ind, s, c.indicator, country, partner, c.note)) for s in c.sources]
              for c in rule.components}
    common: set | None = None
    for comp in rule.components:
        ends = set(series[comp][0][1].values)
        common = ends if common is None else common & ends
    where = (f"{prose.country_name(country)} in {prose.country_name(host)}" if host
             else prose.country_name(country))
    names = ", ".join(f"{_words(c.indicator)} ({prose.dataset_name(c.sources[0])})" for c in rule.components)
    if not common:
        return f"no year-end has all of {names} for {where} in the loaded data"
    bracket = _bracket(sorted(common), on)
    if isinstance(bracket, str):
        return f"{bracket} for {names}, {where}"
    y0, y1 = bracket
    share = 0.0 if y1 is None else (on - y0).days / (y1 - y0).days

    def at(ye: YearEnds) -> float | None:
        if y0 not in ye.values or (y1 is not None and y1 not in ye.values):
            return None
        v0 = ye.values[y0]
        return v0 if y1 is None else v0 + share * (ye.values[y1] - v0)

    total = low = high = 0.0
    parts, used = [], {}
    for comp in rule.components:
        values = []
        for source, ye in series[comp]:
            v = at(ye)
            if v is None:
                continue
            ends_text = (f"{_fmt(ye.values[y0])} at {y0.date()}" if y1 is None else
                         f"{_fmt(ye.values[y0])} at {y0.date()}, {_fmt(ye.values[y1])} at {y1.date()}")
            values.append((source, v, ends_text, ye))
        def zero_end(ye: YearEnds) -> bool:
            return any(e is not None and ye.values[e] == 0 for e in (y0, y1))

        if any(not zero_end(f) for _, _, _, f in values) and any(zero_end(f) for _, _, _, f in values):
            # a zero at a year-end where another publisher counts people is "not counted" (UNHCR records no
            # IDPs for some countries and years), not a count of none: that publisher is left out here
            values = [x for x in values if not zero_end(x[3])]
        for source, _, _, ye in values:
            used.setdefault(source, (ye.version, ye.origin))
        values = [(source, v, text) for source, v, text, _ in values]
        head = values[0][1]
        total += head
        low += min(v for _, v, _ in values)
        high += max(v for _, v, _ in values)
        alt = "".join(f"; {prose.dataset_name(s)}: {e}" for s, _, e in values[1:])
        parts.append(f"{_words(comp.indicator)} {_fmt(head)} "
                     f"({prose.dataset_name(values[0][0])}: {values[0][2]}{alt})")
    datasets, versions, origins = _versions(used)
    how = (f"at {y0.date()}" if y1 is None else
           f"interpolated linearly to {on.date()} between the year-ends {y0.date()} and {y1.date()}")
    return {"dataset": datasets, "version": versions, "origin": origins, "data_period_start": y0,
            "data_period_end": y1 if y1 is not None else y0, "data_value": total, "data_low": low,
            "data_high": high, "provisional": any(catalog.dataset(d).get("provisional") for d in used),
            "detail": f"{' + '.join(parts)}, {how}"}


def _expected_periods(start: pd.Timestamp, end: pd.Timestamp, align: str) -> list[pd.Timestamp]:
    freq = "YS" if align == "year" else "MS"
    first = pd.Timestamp(start.year, 1 if align == "year" else start.month, 1)
    return list(pd.date_range(first, end, freq=freq))


@functools.lru_cache(maxsize=4096)
def _whole_year_cached(ind_id: int, source: str, indicator: str, country: str, note: str | None) -> pd.DataFrame:
    rows = _whole_years(_rows_cached(ind_id, source, indicator, country, "", note))
    return rows.set_index(rows["period_start"].dt.year).sort_index()


def _whole_years(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows that cover exactly one calendar year (a part-year row, e.g. January-February, is left out)."""
    ps, pe = rows["period_start"], rows["period_end"]
    keep = (ps.dt.month == 1) & (ps.dt.day == 1) & (pe.dt.month == 12) & (pe.dt.day == 31) & (ps.dt.year == pe.dt.year)
    return rows[keep]


def _year_bounds(ind: pd.DataFrame, rule: Rule, country: str, window: Window) -> dict | str:
    """Yearly rows against a window: the years wholly inside it give the low end, every year it overlaps the
    high end (a part of a year is never counted as a whole one); exact when the window is whole years."""
    years = list(range(window.start.year, window.end.year + 1))
    whole = [y for y in years if window.start <= pd.Timestamp(y, 1, 1) and window.end >= pd.Timestamp(y, 12, 31)]
    partial = [y for y in years if y not in whole]
    total = low = high = 0.0
    parts, used = [], {}
    for comp in rule.components:
        found = None
        for source in comp.sources:
            _groups(ind)
            by_year = _whole_year_cached(id(ind), source, comp.indicator, country, comp.note)
            by_year = by_year[~by_year.index.duplicated()]
            if not set(years) <= set(by_year.index):
                continue
            rows = by_year.loc[years]
            if rows["value"].isna().any():
                continue
            found = (source, rows)
            break
        if found is None:
            return (f"no loaded dataset has {_words(comp.indicator)} ({comp.note or 'total'}) for every "
                    f"whole year {years[0]} to {years[-1]} ({', '.join(map(prose.dataset_name, comp.sources))})")
        source, by_year = found
        used.setdefault(source, (str(by_year["version"].iloc[0]), str(by_year["origin"].iloc[0])))
        best = by_year["value"].astype(float)
        lows = by_year["low"].where(by_year["low"].notna(), best).astype(float)
        highs = by_year["high"].where(by_year["high"].notna(), best).astype(float)
        total += float(best.loc[whole].sum())
        low += float(lows.loc[whole].sum())
        high += float(highs.sum())
        per_year = ", ".join(f"{y} {_fmt(best.loc[y])}" for y in years)
        parts.append(f"{_words(comp.indicator)} ({prose.dataset_name(source)}, {comp.note or 'total'}): "
                     f"{per_year}")
    datasets, versions, origins = _versions(used)
    if partial:
        head = math.nan
        span = ("the claim's window covers "
                + (f"the whole years {', '.join(map(str, whole))} and " if whole else "")
                + f"only part of {', '.join(map(str, partial))}: the data give a range, from the whole years alone "
                  f"(low estimates) to every year it touches (high estimates), never a part-year counted as whole")
    else:
        head = total
        span = f"summed over the whole years {years[0]} to {years[-1]}"
    return {"dataset": datasets, "version": versions, "origin": origins,
            "data_period_start": pd.Timestamp(years[0], 1, 1), "data_period_end": pd.Timestamp(years[-1], 12, 31),
            "data_value": head, "data_low": low, "data_high": high,
            "provisional": any(catalog.dataset(d).get("provisional") for d in used),
            "detail": f"{'; '.join(parts)}; {span}"}


def period_sum_figure(ind: pd.DataFrame, rule: Rule, country: str, window: Window) -> dict | str:
    """Rows over the claim's window: yearly rows give a range (:func:`_year_bounds`); monthly rows are summed over
    the months that overlap ``window``. A reason if the data do not cover it."""
    if rule.align == "year":
        return _year_bounds(ind, rule, country, window)
    wanted = _expected_periods(window.start, window.end, rule.align)
    lo_day = wanted[0]
    hi_day = (wanted[-1] + pd.offsets.MonthEnd(0)).normalize()
    total = low = high = 0.0
    parts, used = [], {}
    for comp in rule.components:
        values = []
        for source in comp.sources:
            rows = _rows(ind, source, comp.indicator, country, "", comp.note)
            rows = rows[(rows["period_start"] >= lo_day) & (rows["period_end"] <= hi_day)]
            got = set(rows["period_start"].dt.to_period("M"))
            need = {p.to_period("M") for p in wanted}
            if not need <= got or rows["value"].isna().any():
                continue
            values.append((source, float(rows["value"].sum()), rows))
            used.setdefault(source, (str(rows["version"].iloc[0]), str(rows["origin"].iloc[0])))
        if not values:
            span = f"{lo_day.date()} to {hi_day.date()}"
            return (f"no loaded dataset has {_words(comp.indicator)} for every "
                    f"month from {span} ({', '.join(map(prose.dataset_name, comp.sources))})")
        source, head, rows = values[0]
        total += head
        own_low = rows["low"].sum() if rows["low"].notna().all() and len(rows) else np.nan
        own_high = rows["high"].sum() if rows["high"].notna().all() and len(rows) else np.nan
        low += min([v for _, v, _ in values] + ([own_low] if pd.notna(own_low) else []))
        high += max([v for _, v, _ in values] + ([own_high] if pd.notna(own_high) else []))
        parts.append(f"{_words(comp.indicator)} {_fmt(head)} ({prose.dataset_name(source)})")
    datasets, versions, origins = _versions(used)
    return {"dataset": datasets, "version": versions, "origin": origins, "data_period_start": lo_day,
            "data_period_end": hi_day, "data_value": total, "data_low": low, "data_high": high,
            "provisional": any(catalog.dataset(d).get("provisional") for d in used),
            "detail": f"{' + '.join(parts)}, summed over the months {lo_day.date()} to {hi_day.date()}"}


def event_coverage(events: pd.DataFrame) -> pd.DataFrame:
    """Per loaded event dataset and version: the whole months from its first to its last event."""
    if events.empty:
        return pd.DataFrame(columns=["source", "version", "start", "end", "origin"])
    g = events.groupby("source").agg(first=("date_start", "min"), last=("date_start", "max"),
                                     version=("version", lambda v: " + ".join(sorted(set(v)))),
                                     origin=("origin", lambda v: "; ".join(sorted(set(v)))))
    return pd.DataFrame({
        "source": g.index, "version": g["version"].values, "origin": g["origin"].values,
        "start": [pd.Timestamp(d.year, d.month, 1) for d in g["first"]],
        "end": [_month_end(d) for d in g["last"]],
    }).reset_index(drop=True)


def _strict_sum(values: pd.Series) -> float:
    return float(values.sum()) if values.notna().all() else float("nan")


_EVENTS: dict[int, tuple[pd.DataFrame, dict]] = {}
_COVERS: dict[int, tuple[pd.DataFrame, list]] = {}


def _event_arrays(events: pd.DataFrame) -> dict:
    """The columns :func:`event_figure` sums, as numpy arrays, built once per events frame."""
    return _per_frame(_EVENTS, events, _arrays_of_events)


def _arrays_of_events(events: pd.DataFrame) -> dict:
    arrays = {
        "source": events["source"].astype(str).to_numpy(dtype=object),
        "date": pd.to_datetime(events["date_start"]).to_numpy(dtype="datetime64[ns]"),
        "admin1": events["admin1_pcode"].astype(str).to_numpy(dtype=object),
        "provisional": events["provisional"].fillna(False).astype(bool).to_numpy(),
    }
    for col in ("best", "low", "high", "deaths_civilians"):
        arrays[col] = pd.to_numeric(events[col], errors="coerce").to_numpy(dtype=float)
    return arrays


def _strict_total(values: np.ndarray) -> float:
    return float(values.sum()) if not np.isnan(values).any() else float("nan")


def event_figure(events: pd.DataFrame, rule: Rule, place: Place, window: Window,
                 cover: pd.DataFrame | None = None) -> dict | str:
    """UCDP deaths in events starting inside ``window`` (and the place's governorates); a reason if not covered.

    ``cover`` is :func:`event_coverage` of ``events`` when the caller has it already.
    """
    cover = event_coverage(events) if cover is None else cover
    rows = _per_frame(_COVERS, cover, lambda frame: frame.to_dict("records"))
    inside = [r for r in rows if r["start"] <= window.start and r["end"] >= window.end]
    if not inside:
        loaded = "; ".join(f"{prose.dataset_name(r['source'])}, version {r['version']}, {r['start'].date()} to "
                           f"{r['end'].date()}" for r in rows)
        return (f"no loaded event data cover {window.start.date()} to {window.end.date()}"
                + (f" (loaded: {loaded})" if loaded else " (no event data loaded)"))
    sources = [r["source"] for r in inside]
    a = _event_arrays(events)
    keep = np.isin(a["source"], sources)
    keep &= (a["date"] >= np.datetime64(window.start)) & (a["date"] < np.datetime64(window.end + pd.Timedelta(days=1)))
    if place.admin1:
        keep &= np.isin(a["admin1"], list(place.admin1))
    n = int(keep.sum())
    if rule.measure == "civilians":
        value, low, high = _strict_total(a["deaths_civilians"][keep]), np.nan, np.nan
        what = "civilian deaths"
    else:
        value = float(np.nansum(a["best"][keep]))
        low, high = (_strict_total(a["low"][keep]), _strict_total(a["high"][keep])) if n else (0.0, 0.0)
        what = "deaths (best estimate)"
    if pd.isna(value):
        return (f"the loaded event data ({', '.join(map(prose.dataset_name, sources))}) do not give civilian "
                "deaths for every event")
    names = [ocha.admin1_name(p, place.country) or p for p in place.admin1]
    where = ", ".join(names) if names else "the whole country"
    provisional = bool(a["provisional"][keep].any()) or any(catalog.dataset(s).get("provisional") for s in sources)
    return {"dataset": " + ".join(sources), "version": "; ".join(f"{r['source']} {r['version']}" for r in inside),
            "origin": "; ".join(sorted({r["origin"] for r in inside})), "data_period_start": window.start,
            "data_period_end": window.end, "data_value": value, "data_low": low, "data_high": high,
            "provisional": provisional,
            "detail": f"{_fmt(value)} {what} in {n:,} UCDP events, {where}, "
                      f"{window.start.date()} to {window.end.date()}"}


# --------------------------------------------------------------------------
# Published tolls (a second comparison, never a dataset)
# --------------------------------------------------------------------------

_TOLLS: dict[int, tuple[pd.DataFrame, dict]] = {}


def toll_for(tolls: pd.DataFrame, topic: str, window: Window | None) -> dict | None:
    """:func:`find_toll`, remembered per tolls frame, topic and window (tolls are looked up once per window)."""
    if topic == "none" or window is None or tolls is None or tolls.empty:
        return None
    answers = _per_frame(_TOLLS, tolls, lambda frame: {})
    key = (topic, window.start, window.end)
    if key not in answers:
        answers[key] = find_toll(tolls, topic, window)
    found = answers[key]
    return dict(found) if found is not None else None


def _topic_rows(tolls: pd.DataFrame, topic: str) -> dict | None:
    """One topic's tolls as numpy arrays (dates as datetime64), the rows in their original order."""
    rows = tolls[tolls["topic"] == topic].reset_index(drop=True)
    if rows.empty:
        return None

    def days(col: str) -> np.ndarray:
        return pd.to_datetime(rows[col]).to_numpy(dtype="datetime64[ns]")

    return {"rows": rows, "start": days("period_start"), "end": days("period_end"), "as_of": days("as_of_date")}


def find_toll(tolls: pd.DataFrame, topic: str, window: Window | None) -> dict | None:
    """The published toll closest to the claim's window on the same topic, or None.

    A toll with a period must overlap the window (closest start and end win); a
    toll without one (a stock on a date) must be dated inside the window or up
    to three days after it (closest date wins). Ties keep the earlier row (the
    dated ones: the earlier as-of date first).
    """
    if topic == "none" or window is None or tolls is None or tolls.empty:
        return None
    cache = _per_frame(_TOLLS, tolls, lambda frame: {})
    key = ("topic", topic)
    if key not in cache:
        cache[key] = _topic_rows(tolls, topic)
    t = cache[key]
    if t is None:
        return None
    w0, w1 = np.datetime64(window.start), np.datetime64(window.end)
    start, end, as_of = t["start"], t["end"], t["as_of"]
    dated = ~np.isnat(start) & ~np.isnat(end) & (start <= w1) & (end >= w0)
    best = None
    if dated.any():
        idx = np.flatnonzero(dated)
        score = np.abs(start[idx] - w0) + np.abs(end[idx] - w1)
        order = np.lexsort((np.arange(len(idx)), as_of[idx], score))  # score, then as-of date, then row order
        best = t["rows"].iloc[idx[order[0]]]
    else:
        stocks = np.isnat(start) & (as_of >= w0) & (as_of <= np.datetime64(window.end + pd.Timedelta(days=3)))
        if stocks.any():
            idx = np.flatnonzero(stocks)
            score = np.abs(as_of[idx] - w1)
            best = t["rows"].iloc[idx[np.argmin(score)]]  # the first of equal scores
    if best is None:
        return None
    period = ""
    if pd.notna(best["period_start"]):
        period = f"{best['period_start'].date()} to {best['period_end'].date()}"
    return {"toll_value": float(best["value"]), "toll_value_high": float(best["value_high"]),
            "toll_source": str(best["source_org"]), "toll_metric": str(best["metric"]),
            "toll_period": period, "toll_url": str(best["url"]), "toll_as_of": best["as_of_date"],
            "toll_label": "published toll"}


# --------------------------------------------------------------------------
# Plausibility (before any comparison)
# --------------------------------------------------------------------------

#: Indicators that count deaths over a period (their rows add up to a cumulative figure).
_FLOW_INDICATORS = ("deaths", "battle_deaths")


#: The 'largest figure' check needs a figure of at least this size: a country with hardly any recorded
#: deaths or displaced people (a broker named as a claim's place) says nothing about what is plausible.
MIN_LARGEST = 1_000

#: Metrics whose largest figure is a death toll (the others are bounded by stocks of displaced people).
DEATH_METRICS = ("killed", "wounded", "casualties", "missing")


#: A frame's national rows as arrays, for the plausibility check: id(frame) -> (the frame, the arrays).
_ARRAYS: dict[int, tuple[pd.DataFrame, dict]] = {}


def _national_arrays(ind: pd.DataFrame) -> dict[str, np.ndarray]:
    """The columns of ``ind``'s national rows (in :func:`_groups`' order) as NumPy arrays, built once per frame."""
    def build(_: pd.DataFrame) -> dict[str, np.ndarray]:
        national, _where = _groups(ind)
        out = {c: national[c].to_numpy(dtype=object) for c in ("source", "indicator", "note", "version")}
        out["value"] = national["value"].to_numpy(dtype=float, na_value=np.nan)
        out["start"] = national["period_start"].to_numpy()
        out["end"] = national["period_end"].to_numpy()
        return out

    return _per_frame(_ARRAYS, ind, build)


@functools.lru_cache(maxsize=4096)
def _positions_cached(ind_id: int, source: str, indicator: str, country: str, partner: str,
                      note: str | None) -> np.ndarray:
    ind = _INDEXED[ind_id][0]
    _national, where = _groups(ind)
    at = where.get((source, indicator, country, partner))
    if at is None:
        return np.empty(0, dtype=np.intp)
    cols = _national_arrays(ind)
    if note is not None:
        at = at[cols["note"][at] == note]
    versions = cols["version"][at]
    if len(at) and len(set(versions)) > 1:  # one vintage: the one whose rows reach furthest (two never mix)
        reach: dict = {}
        for v, end in zip(versions, cols["end"][at]):
            if not np.isnat(end):
                reach[v] = max(reach.get(v, end), end)
        newest = sorted(sorted(reach.items()), key=lambda kv: kv[1])[-1][0]
        at = at[versions == newest]
    return at


def _positions(ind: pd.DataFrame, source: str, indicator: str, country: str, partner: str,
               note: str | None) -> np.ndarray:
    """Where :func:`_rows`' rows stand among ``ind``'s national rows (:func:`_national_arrays`)."""
    _groups(ind)
    _national_arrays(ind)
    return _positions_cached(id(ind), source, indicator, country, partner, note)


def largest_figure(ind: pd.DataFrame, country: str, sources: tuple[str, ...], deaths: bool) -> tuple[float, str] | None:
    """The largest figure of its kind ``sources`` hold for ``country``, with where it comes from: for
    ``deaths``, a death series summed over every year of one vintage (a cumulative toll); otherwise a stock's
    largest row (refugees, IDPs). None when no row is loaded."""
    _national, where = _groups(ind)
    at = [pos for (src, indicator, ctry, partner), pos in where.items()
          if src in sources and ctry == country and not partner and (indicator in _FLOW_INDICATORS) == deaths]
    if not at:
        return None
    cols = _national_arrays(ind)
    pos = np.sort(np.concatenate(at))
    values = cols["value"][pos]
    keep = ~np.isnan(values)
    if deaths:
        keep &= (cols["end"][pos] - cols["start"][pos]) >= np.timedelta64(360, "D")
    pos, values = pos[keep], values[keep]
    if not len(pos):
        return None
    if deaths:  # a country's yearly rows are few: one sum per series and vintage
        sums: dict[tuple, float] = {}
        for key, value in zip(zip(cols["source"][pos], cols["indicator"][pos], cols["note"][pos],
                                  cols["version"][pos]), values):
            sums[key] = sums.get(key, 0.0) + value
        (src, indicator, note, version), v = max(sorted(sums.items()), key=lambda kv: kv[1])
        return float(v), (f"{prose.dataset_name(src)}, version {version}: {_words(indicator)} ({note}) summed "
                          "over every year")
    i = pos[int(np.argmax(values))]
    end = pd.Timestamp(cols["end"][i]).date()
    return float(cols["value"][i]), f"{prose.dataset_name(cols['source'][i])}: {_words(cols['indicator'][i])} at {end}"


def population_on(ind: pd.DataFrame, comp, country: str, date: pd.Timestamp) -> tuple[float, str] | None:
    """The country's population in the latest year on or before ``date`` (else the earliest), with its source."""
    cols = _national_arrays(ind) if ind is not None else None
    for source in comp.sources:
        at = _positions(ind, source, comp.indicator, country, "", comp.note)
        at = at[~np.isnan(cols["value"][at])]
        if not len(at):
            continue
        at = at[np.argsort(cols["end"][at], kind="stable")]
        before = at[cols["start"][at] <= np.datetime64(date)]
        i = int(before[-1] if len(before) else at[0])
        year = pd.Timestamp(cols["start"][i]).year
        return float(cols["value"][i]), f"{prose.dataset_label(source, str(cols['version'][i]))}, {year}"
    return None


def implausible(value_low: float, metric: str, country: str, ind: pd.DataFrame | None, plaus,
                date: pd.Timestamp, memo: dict | None = None) -> str | None:
    """Why a claim whose smallest reading is ``value_low`` cannot be true for ``country``, or None.

    Larger than the population, or more than ``plaus.times_largest`` times the largest figure the listed
    datasets hold for the country. ``memo`` (one dict per country's data) keeps the answers that depend only
    on the data.
    """
    if plaus is None or ind is None or metric not in plaus.metrics or not value_low or math.isnan(value_low):
        return None
    memo = {} if memo is None else memo
    if plaus.population is not None:
        key = ("population", country, date.year)
        if key not in memo:
            memo[key] = population_on(ind, plaus.population, country, pd.Timestamp(date.year, 12, 31))
        pop = memo[key]
        if pop is not None and value_low > pop[0]:
            return (f"the claim ({_fmt(value_low)}) is larger than the whole population of "
                    f"{prose.country_name(country)} ({_fmt(pop[0])}; {pop[1]})")
    deaths = metric in DEATH_METRICS
    key = ("largest", country, plaus.largest, deaths)
    if key not in memo:
        memo[key] = largest_figure(ind, country, plaus.largest, deaths)
    top = memo[key]
    if top is not None and top[0] < MIN_LARGEST:
        return None  # a country with hardly any figure of that kind: its data are no measure of plausibility
    if top is not None and value_low > plaus.times_largest * top[0]:
        return (f"the claim ({_fmt(value_low)}) is more than {plaus.times_largest:g} times the largest figure of "
                f"its kind any listed dataset holds for {prose.country_name(country)} ({_fmt(top[0])}; {top[1]})")
    return None


def index_frames(indicators: pd.DataFrame | None, events: pd.DataFrame | None,
                 coverage: pd.DataFrame | None) -> None:
    """Index a country's loaded frames once, as part of loading them: indicator rows grouped by source,
    indicator, country and partner, and their national columns as arrays; event columns as arrays;
    coverage rows."""
    if indicators is not None:
        _groups(indicators)
        _national_arrays(indicators)
    if events is not None:
        _event_arrays(events)
    if coverage is not None:
        _per_frame(_COVERS, coverage, lambda frame: frame.to_dict("records"))


def clear_caches() -> None:
    """Forget every remembered answer of this module (windows, places, dates, the rows of each query, tolls
    found): a benchmark pass starts from the loaded, indexed data and the imports only."""
    for cached in (window_of, resolve_place, _country_of, _parse_date, _rows_cached, _year_end_cached,
                   _whole_year_cached, _positions_cached):
        cached.cache_clear()
    _TOLLS.clear()

