"""The claim check over a whole ledger: one output row per claim.

:func:`check_claims` loads the data for each country the claims concern
(through :mod:`analysis.datasets`: raw copies if fetched, else the committed
reference tables), matches each claim with :mod:`analysis.check.match`, and
judges it with :mod:`analysis.check.verdict`. One claim's problem never stops
the others: it becomes "not comparable" with the problem as its reason.
"""

from __future__ import annotations

import functools

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from analysis import countries, datasets, prose
from analysis.check import match, verdict
from analysis.check.rules import Rule, Rules, load_rules
from analysis.errors import TallyError

#: Columns of the check table, in order.
CHECK_COLUMNS = [
    "claim_id", "article", "date", "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "place", "period", "country", "admin1_pcode", "host", "rule", "window_start", "window_end", "window_how",
    "dataset", "version", "origin", "data_period_start", "data_period_end", "data_value", "data_low",
    "data_high", "data_detail", "ratio", "tolerance", "within_range", "verdict", "reason", "provisional",
    "toll_value", "toll_value_high", "toll_source", "toll_metric", "toll_period", "toll_url", "toll_as_of",
    "toll_label",
]


@dataclass
class CountryData:
    """The frames one country's claims are checked against, and what could not be loaded."""
    country: str
    indicators: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    tolls: pd.DataFrame | None = None
    coverage: pd.DataFrame | None = None   # event_coverage(events), computed once
    problems: dict[str, str] = field(default_factory=dict)
    #: each loaded frame's ``attrs["datasets"]`` (provenance), kept here: the frames themselves carry no attrs,
    #: which pandas would deep-copy on every filter
    provenance: dict[str, list] = field(default_factory=dict)
    #: answers computed once per country (the largest figure, the population by year)
    memo: dict = field(default_factory=dict)


def load_country(country: str, *, raw: Path | None = None, reference_dir: Path | None = None) -> CountryData:
    """Indicators, events and published tolls for ``country``; a loading problem is recorded, not raised."""
    data = CountryData(country)
    for name, load in (("indicators", datasets.indicators), ("events", datasets.events),
                       ("tolls", datasets.published_tolls)):
        try:
            frame = load(country, raw=raw, reference_dir=reference_dir)
        except TallyError as exc:
            data.problems[name] = str(exc)
            continue
        data.provenance[name] = list(frame.attrs.get("datasets", []))
        frame.attrs = {}
        setattr(data, name, frame)
    if data.events is not None:
        data.coverage = match.event_coverage(data.events)
    match.index_frames(data.indicators, data.events, data.coverage)
    return data


def _blank(row: dict) -> dict:
    out = {c: None for c in CHECK_COLUMNS}
    for c in ("claim_id", "article", "date", "value", "value_low", "value_high", "qualifier", "unit", "metric",
              "place", "period"):
        out[c] = row.get(c)
    out["within_range"] = False
    out["provisional"] = False
    return out


#: Share of an article's placed figures that must lie in one country for it to be the article's country.
ARTICLE_COUNTRY_SHARE = 2 / 3


def article_countries(ledger: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Per article: (ISO3 or "", how it was read) from the ``place_country`` of its figures.

    The article's country is the one that at least :data:`ARTICLE_COUNTRY_SHARE` of its placed figures
    lie in; otherwise none (and the reason names the countries).
    """
    if "place_country" not in ledger.columns or ledger.empty:
        return {}
    placed = ledger.loc[ledger["place_country"].astype(str) != "", ["article", "place_country"]].astype(str)
    if placed.empty:
        return {}
    counts = placed.value_counts(["article", "place_country"], sort=False).reset_index(name="n")
    counts = counts.sort_values(["article", "n", "place_country"], ascending=[True, False, True], kind="stable")
    totals = counts.groupby("article", sort=False)["n"].sum()
    top = counts.drop_duplicates("article").set_index("article")
    out: dict[str, tuple[str, str]] = {}
    mixed = []
    for article, iso3, n in zip(top.index, top["place_country"], top["n"]):
        total = int(totals[article])
        if n >= ARTICLE_COUNTRY_SHARE * total:
            out[article] = (iso3, f"{n} of the article's {total} placed figures are in {prose.country_name(iso3)}")
        else:
            mixed.append(article)
    if mixed:
        rows = counts[counts["article"].isin(mixed)]
        for article, group in rows.groupby("article", sort=False):
            listed = ", ".join(f"{k} in {prose.country_name(c)}" for c, k in zip(group["place_country"], group["n"]))
            out[article] = ("", f"the article's placed figures lie in several countries ({listed})")
    return out


def claims_about(ledger: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """The claims a check may find to be about ``iso3``: those placed in it, and, in articles whose country it is
    (:func:`article_countries`), those with no place and refugees placed in a host country; the check itself
    then decides each claim's country."""
    if ledger.empty or "place_country" not in ledger.columns:
        return ledger.iloc[0:0]
    by_article = article_countries(ledger)
    placed = ledger["place_country"].astype(str)
    article = ledger["article"].astype(str).map(lambda a: by_article.get(a, ("", ""))[0]) == iso3
    keep = (placed == iso3) | (article & ((placed == "") | (ledger["metric"].astype(str) == "refugees")))
    return ledger[keep].reset_index(drop=True)


def _claim_country(row: dict, article_country: tuple[str, str] | None, fallback: str | None) -> tuple[str, str]:
    """The country a claim is about and how it was read; ("", why not) when none can be."""
    own = str(row.get("place_country") or "")
    if own:
        return own, "the claim's place"
    if article_country and article_country[0]:
        return article_country[0], article_country[1]
    if fallback:
        return fallback, "the --country given (the article names no single country)"
    why = article_country[1] if article_country else "the article names no country"
    return "", why


def _people_unit(unit: str, country: str) -> str:
    """A demonym of the claim's country ("Syrians") counts as "people" for the rules' unit keywords."""
    return "people" if unit and _claims_modules()[0].demonym_country(unit) == country else unit


#: Check columns copied from the claim itself.
CLAIM_FIELDS = ["claim_id", "article", "date", "value", "value_low", "value_high", "qualifier", "unit", "metric",
                "place", "period"]
#: Claim fields a check depends on apart from the figure's value and hedge: claims alike in all of them (and in
#: their article's country) share one match, found once (:func:`check_claims` joins it back to each claim).
MATCH_KEYS = ["place", "place_country", "metric", "unit", "period", "date", "scope"]


@dataclass
class Matched:
    """A claim's check apart from its value: the check columns matching decided, and what is left to judge."""
    fields: dict                       # check columns (not CLAIM_FIELDS) as matching left them
    country: str = ""
    date: pd.Timestamp | None = None
    plausible_at: dict | None = None   # ``fields`` when plausibility is asked (None: it is not asked)
    rule: Rule | None = None           # set when a data figure was found: the verdict compares the value
    detail: str = ""
    early: bool = False                # ended before the claim's date, unit or period were read
    anchored: bool = False             # the claim's window runs from a named start ("since the war began")


@functools.lru_cache(maxsize=65536)
def _day_of(text: str) -> pd.Timestamp:
    try:
        return pd.Timestamp(text)
    except (ValueError, TypeError):
        return pd.NaT


def _article_day(value: object) -> pd.Timestamp:
    """The article's date as a Timestamp (NaT when it cannot be read); a ledger's dates repeat, so read once each."""
    if isinstance(value, str):
        return _day_of(value)
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        return pd.NaT


@functools.cache
def _claims_modules():
    """(places, scope) of :mod:`analysis.claims`, imported on first use: the check's own import stays light."""
    from analysis.claims import places, scope

    return places, scope


def match_claim(row: dict, rules: Rules, default_country: str | None, data_for,
                article_country: tuple[str, str] | None = None) -> Matched:
    """Everything of one claim's check that does not depend on its value: country, scope, date, window, rule,
    the data figure and the published toll; or the reason it is not comparable.

    ``data_for(iso3)`` returns that country's :class:`CountryData`; ``article_country`` is the article's
    entry of :func:`article_countries`; ``default_country`` is used only when the article names none.
    """
    out: dict = {}
    done = Matched(out)

    def stop(reason: str, verdict_: str = "not comparable", early: bool = False) -> Matched:
        out.update(verdict=verdict_, reason=reason)
        done.early = early
        return done

    if str(row.get("unit") or "") == "percent":
        return stop("the claim is a share of a group, in percent; the datasets count people, so no figure of "
                    "theirs is set beside it", early=True)
    country, how = _claim_country(row, article_country, default_country)
    if not country:
        return stop(f"no country can be read for the claim: {how}", early=True)
    place = match.resolve_place(str(row.get("place") or ""), country)
    refugees_need_anchor = False
    if str(row.get("metric")) == "refugees":
        # refugees come FROM one country and live IN another: the unit's demonym ("Syrians") names where from,
        # else the article's country; a country the claim's place names, other than that, is the host
        named = _claims_modules()[0].demonym_country(str(row.get("unit") or ""))
        origin = named or (article_country or ("", ""))[0] or default_country or ""
        placed = str(row.get("place_country") or "") or (place.host or "")
        if not origin:
            out.update(country=placed or country)
            return stop("whose refugees these are cannot be read: the claim names no nationality and its article "
                        "no single country", early=True)
        if placed and placed != origin:
            place = match.Place(origin, (), host=placed)
        elif placed and not named:
            # "89,000 have moved to Armenia" in an article about Armenia: from there, or to there?
            out.update(country=placed)
            written = match.place_words(str(row.get("place") or ""))  # an Arabic place named in English
            return stop(f"whose refugees these are cannot be read: the claim names no nationality, and its place "
                        f"({written}) may be where they fled from or where they fled to", early=True)
        else:
            place = match.Place(origin, place.admin1)
            # with no nationality named, people who "fled" may be one episode's flow, not the stock: only a
            # period from the war's start says it is the stock
            refugees_need_anchor = not named
    out.update(country=place.country, admin1_pcode=",".join(place.admin1), host=place.host or "")
    done.country = place.country
    scope = str(row.get("scope") or "")
    if scope:
        return stop(f"the claim counts a part ({scope}), never set beside a national or governorate total; "
                    f"comparable data: {_claims_modules()[1].comparable_data(scope)}", early=True)
    metric = str(row.get("metric") or "")
    if metric not in rules.metrics and (rules.plausibility is None or metric not in rules.plausibility.metrics):
        # never compared and never weighed for plausibility: the claim's date and period change nothing
        return stop(f"no dataset the check uses counts '{metric}' figures", early=True)
    written = str(row.get("date") or "")
    if 0 < len(written) < len("YYYY-MM-DD"):  # "2023-04", "2023": the ledger's date at its precision
        known = "month" if len(written) == len("YYYY-MM") else "year"
        return stop(f"the article's date is known only to the {known} ({written}), so no period can be read")
    date = _article_day(row.get("date"))
    if pd.isna(date):
        return stop("the article has no date, so no period can be read")
    done.date = date
    data = data_for(place.country)
    plaus = rules.plausibility
    if plaus is not None and data.indicators is not None and str(row.get("metric") or "") in plaus.metrics:
        done.plausible_at = dict(out)
    if str(row.get("metric") or "") not in rules.metrics:
        return stop(f"no dataset the check uses counts '{row.get('metric') or ''}' figures")
    period = match.claim_period(str(row.get("period") or ""))  # an Arabic period in its English form
    window = match.window_of(period, date, rules.anchors, place.country)
    if window is not None:
        out.update(window_start=window.start, window_end=window.end, window_how=window.how)
        done.anchored = window.anchored
    if refugees_need_anchor and not place.host and (window is None or not window.anchored):
        return stop("a count of people who left, with no nationality named and no period from the war's start, "
                    "may be one episode's flow rather than the stock of refugees; not compared")
    claim = dict(row, unit=_people_unit(str(row.get("unit") or ""), place.country), period=period)
    rule, why = match.choose_rule(claim, place, window, rules)
    if rule is None:
        return stop(why)
    out.update(rule=rule.id, tolerance=rule.tolerance)
    toll = match.toll_for(data.tolls, rule.toll_topic, window) if data.tolls is not None else None
    if toll:
        out.update(toll)
    kind = "events" if rule.pick == "event_window" else "indicators"
    frame = getattr(data, kind)
    if frame is None:
        # what is missing and how to fetch it is for the operator (data.problems, shown as a notice), not the reader
        return stop(f"no {'event data' if kind == 'events' else 'dataset figures'} are loaded for "
                    f"{prose.country_name(place.country)}")
    # one figure per rule, place and time: looked up once, whatever the number of claims that need it
    if rule.pick == "stock_on_date":
        # a stock on the end of the claim's period when it names one, else on the article's date
        on = min(date, window.end) if window is not None else date
        host = place.host if rule.scope == "host" else None
        key = ("stock", rule.id, place.country, host, on)
        if key not in data.memo:
            data.memo[key] = match.stock_figure(frame, rule, place.country, host, on)
    elif rule.pick == "period_sum" and rule.align == "year":
        # a range over whole years depends only on which years the window covers, wholly or in part
        years = tuple(range(window.start.year, window.end.year + 1))
        whole = tuple(y for y in years if window.start <= pd.Timestamp(y, 1, 1) and window.end >= pd.Timestamp(y, 12, 31))
        key = ("years", rule.id, place.country, years, whole)
        if key not in data.memo:
            data.memo[key] = match.period_sum_figure(frame, rule, place.country, window)
    elif rule.pick == "period_sum":
        key = ("sum", rule.id, place.country, window.start, window.end)
        if key not in data.memo:
            data.memo[key] = match.period_sum_figure(frame, rule, place.country, window)
    else:
        key = ("events", rule.id, place, window.start, window.end)
        if key not in data.memo:
            data.memo[key] = match.event_figure(frame, rule, place, window, data.coverage)
    figure = data.memo[key]
    figure = dict(figure) if isinstance(figure, dict) else figure
    if isinstance(figure, str):
        covers = [c for c in rule.covered_by if window is not None
                  and pd.Timestamp(c.start) <= window.start and pd.Timestamp(c.end) >= window.end]
        extra = "; ".join(f"{c.text()}, but it is not loaded" for c in covers)
        if rule.covered_by and not covers and window is not None:
            extra = "no catalogued release covers this window either"
        return stop(f"{figure}" + (f". {extra}" if extra else ""))
    done.detail = figure.pop("detail")
    out.update(figure, data_detail=done.detail)
    done.rule = rule
    return done


def _implausible(row: dict, m: Matched, rules: Rules, data_for) -> str | None:
    """Why the claim ``row`` cannot be true for its matched country (:func:`analysis.check.match.implausible`),
    or None."""
    data = data_for(m.country)
    low = verdict.claim_interval(row.get("value"), row.get("value_low"), row.get("value_high"),
                                 str(row.get("qualifier") or "exact"))[0]
    return match.implausible(low, str(row.get("metric") or ""), m.country, data.indicators, rules.plausibility,
                             m.date, memo=data.memo)


def judge(row: dict, m: Matched, rules: Rules, data_for, problem: str | None = None) -> dict:
    """One check row (CHECK_COLUMNS) from a claim and its :class:`Matched`: plausibility, then the verdict.

    ``problem``: why the claim is implausible, when the caller has already asked :func:`_implausible`."""
    out = _blank(row)
    out.update(m.fields)
    if m.plausible_at is not None:
        problem = problem or _implausible(row, m, rules, data_for)
        if problem:
            out = _blank(row)
            out.update(m.plausible_at)
            out.update(verdict="implausible", reason=f"implausible (likely a typo or extraction error): {problem}")
            return out
    if m.rule is None:
        return out
    rule = m.rule
    result = verdict.compare(row, out["data_value"], out["data_low"], out["data_high"], rule.tolerance)
    if result["verdict"] == "lower than data" and rule.pick == "stock_on_date" and not m.anchored:
        # a part (one region, one wave of displacement) can never exceed the whole, so "higher" holds for any
        # figure about the country; "lower" only for one that says it is the whole, counted from the war's start
        result = dict(result, verdict="not comparable",
                      reason=f"{result['reason']}, but a figure below the country's total may count a part of it "
                             "(one region, one wave); only a total since the war began is judged lower than it")
    if out.get("provisional") and result["verdict"] in ("higher than data", "lower than data"):
        result = dict(result, verdict="not comparable",
                      reason=f"{result['reason']}, but the data are provisional (UCDP candidate events, "
                             "incomplete until the yearly release): they can confirm a figure, not contradict it")
    reason = f"{result['reason']}; data: {m.detail} ({rule.description})"
    if rule.definition and result["verdict"] != "not comparable":
        reason += f"; definitions: the claim counts {row.get('unit') or 'people'} {row.get('metric')}; {rule.definition}"
    if out.get("provisional"):
        reason += "; provisional (candidate) data"
    out.update(ratio=result["ratio"], within_range=result["within_range"], verdict=result["verdict"],
               reason=reason)
    return out


def check_claim(row: dict, rules: Rules, default_country: str | None, data_for,
                article_country: tuple[str, str] | None = None) -> dict:
    """One claim (a ledger row as a dict) -> one check row (CHECK_COLUMNS): :func:`match_claim`, then :func:`judge`."""
    return judge(row, match_claim(row, rules, default_country, data_for, article_country), rules, data_for)


def _failed(exc: TallyError) -> Matched:
    return Matched({"verdict": "not comparable", "reason": f"could not be checked: {exc}"})


def check_claims(ledger: pd.DataFrame, country: str | None = None, *, rules: Rules | str | Path | None = None,
                 raw: Path | None = None, reference_dir: Path | None = None,
                 preloaded: dict[str, CountryData] | None = None,
                 loader: Callable[[str], CountryData] | None = None) -> pd.DataFrame:
    """Check every claim in ``ledger`` (LEDGER_COLUMNS, or at least the claim columns) -> CHECK_COLUMNS.

    A claim's country is its ``place_country``, else its article's (:func:`article_countries`);
    ``country`` (ISO3) is used only for claims of articles that name no single country. ``preloaded``
    maps ISO3 codes to data already loaded with :func:`load_country` (reused, not reloaded); ``loader``
    (ISO3 -> :class:`CountryData`) replaces :func:`load_country` for the others (a worker's own cache).

    Built as a join: claims alike in :data:`MATCH_KEYS` and their article's country are matched once (the
    figure looked up once per country, governorates, rule and window), the match is joined back to every
    claim, and only what depends on a claim's value (plausibility, the verdict) is computed per claim.
    """
    country = countries.normalise(country) if country else None
    if not isinstance(rules, Rules):
        rules = load_rules(rules)
    cache: dict[str, CountryData] = dict(preloaded or {})

    def data_for(iso3: str) -> CountryData:
        if iso3 not in cache:
            cache[iso3] = loader(iso3) if loader else load_country(iso3, raw=raw, reference_dir=reference_dir)
        return cache[iso3]

    frame = ledger.reset_index(drop=True)
    n = len(frame)
    by_article = article_countries(frame)
    articles = frame["article"].astype(str) if "article" in frame.columns else pd.Series([""] * n)
    keys = pd.DataFrame({k: (frame[k].astype(str) if k in frame.columns else pd.Series([""] * n)) for k in MATCH_KEYS})
    keys["article_country"] = articles.map(lambda a: "\x1f".join(by_article.get(a, ("", ""))))
    unruled = ~keys["metric"].isin(rules.metrics)
    keys.loc[unruled, ["unit", "period"]] = ""  # no rule reads them: such claims share a match
    # nor their whole date: a full date only lets the check go on (to the plausibility check, which reads its
    # year), so such claims share a match by year; a partial or missing date stays whole (the reason names it)
    if unruled.any():
        dates = keys.loc[unruled, "date"]
        full = dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)
        keys.loc[full[full].index, "date"] = "year " + dates[full].str[:4]
    needed = dict.fromkeys(CLAIM_FIELDS + MATCH_KEYS + ["article"])
    columns = {c: frame[c].to_numpy(dtype=object) for c in needed if c in frame.columns}

    def record(pos: int) -> dict:
        """One claim as a dict (built only for the claims that need one: a key's first, or one to judge)."""
        return {c: v[pos] for c, v in columns.items()}

    def matched_for(pos: int) -> Matched:
        claim = record(pos)
        try:
            return match_claim(claim, rules, country, data_for, by_article.get(str(claim.get("article"))))
        except TallyError as exc:  # one claim's problem does not stop the others
            return _failed(exc)

    # first pass: what ends a check before the date (no country, a part) depends on fewer fields; claims
    # alike in those fields and ended there share one match whatever their dates, units and periods
    early_keys = keys[["place", "place_country", "metric", "scope", "article_country"]].copy()
    early_keys["unit"] = keys["unit"].where(keys["metric"] == "refugees", "")
    early_ids = early_keys.groupby(list(early_keys.columns), sort=False, dropna=False).ngroup().to_numpy() if n else []
    early_first = pd.Series(range(n)).groupby(early_ids).first().to_numpy() if n else []
    early: dict[int, Matched] = {}
    done: dict[int, Matched] = {}  # the first claim of an early group is also the first of its full key
    for group, pos in enumerate(early_first):
        m = done[pos] = matched_for(pos)
        if m.early:
            early[group] = m
    if early:
        ended = pd.Series(early_ids).isin(list(early)).to_numpy()
        keys.loc[ended, ["unit", "period", "date"]] = ""
    ids = keys.groupby(list(keys.columns), sort=False, dropna=False).ngroup().to_numpy() if n else []
    first = pd.Series(range(n)).groupby(ids).first().to_numpy() if n else []
    matched: list[Matched] = [early.get(early_ids[pos]) or done.get(pos) or matched_for(pos) for pos in first]
    keyed_cols = [c for c in CHECK_COLUMNS if c not in CLAIM_FIELDS]
    # the table is assembled column by column: each match's fields joined to its claims, then the judged rows
    key_fields = {c: np.array([m.fields.get(c) for m in matched], dtype=object) for c in keyed_cols}
    cols: dict[str, np.ndarray] = {c: (columns[c].copy() if c in columns else np.full(n, None, dtype=object))
                                   for c in CLAIM_FIELDS}
    cols.update({c: v[ids] if n else v[:0] for c, v in key_fields.items()})
    value_fields = ("value", "value_low", "value_high", "qualifier", "metric")
    for pos, key in enumerate(ids):
        m = matched[key]
        if m.plausible_at is None and m.rule is None:
            continue
        problem = None
        if m.rule is None:
            # compared with nothing: only an implausible verdict changes the claim's row, so that is asked first
            # of the few fields it reads (most claims are plausible)
            try:
                problem = _implausible({c: columns[c][pos] for c in value_fields if c in columns}, m, rules,
                                       data_for)
                if not problem:
                    continue
            except TallyError:
                pass  # judged below, where the error becomes the claim's reason
        claim = record(pos)
        try:
            row = judge(claim, m, rules, data_for, problem)
        except TallyError as exc:
            row = _blank(claim)
            row.update(verdict="not comparable", reason=f"could not be checked: {exc}")
        if m.rule is not None or row["verdict"] == "implausible":
            for c in CHECK_COLUMNS:
                cols[c][pos] = row.get(c)
    return _typed(cols, n, country, cache)


#: Columns of the check table that hold numbers, dates and flags (the others are text).
NUMBER_COLUMNS = ("value", "value_low", "value_high", "data_value", "data_low", "data_high", "ratio", "tolerance",
                   "toll_value", "toll_value_high")
_DATE_COLUMNS = ("window_start", "window_end", "data_period_start", "data_period_end", "toll_as_of")
_FLAG_COLUMNS = ("within_range", "provisional")


def _typed(cols: dict[str, np.ndarray], n: int, country: str | None, cache: dict[str, CountryData]) -> pd.DataFrame:
    """The check table (CHECK_COLUMNS in order) from its columns, with their types, and the datasets behind
    it in ``attrs``."""
    typed: dict[str, object] = {}
    for col in CHECK_COLUMNS:
        values = cols[col]
        if col in NUMBER_COLUMNS:
            typed[col] = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
        elif col in _DATE_COLUMNS:
            typed[col] = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
        elif col in _FLAG_COLUMNS:
            typed[col] = pd.Series([bool(v) if v is not None and v == v else False for v in values], dtype=bool)
        else:
            missing = pd.isna(values)
            if missing.any():
                values = values.copy()
                values[missing] = ""
            typed[col] = pd.Series(values, dtype=object).astype(str)
    out = pd.DataFrame(typed, index=pd.RangeIndex(n))
    out.attrs["country"] = country or ""
    out.attrs["datasets"] = {k: {n: list(v.provenance.get(n) or getattr(v, n).attrs.get("datasets", []))
                                 for n in ("indicators", "events", "tolls") if getattr(v, n) is not None}
                             for k, v in cache.items()}
    return out


def verdict_counts(checks: pd.DataFrame) -> pd.Series:
    """Number of claims per verdict, in the fixed order of :data:`verdict.VERDICTS`."""
    return checks["verdict"].value_counts().reindex(list(verdict.VERDICTS), fill_value=0)


def clear_caches() -> None:
    """Forget every remembered answer of the check (this module's and :mod:`analysis.check.match`'s): a
    benchmark pass starts from the loaded, indexed data only."""
    match.clear_caches()
    _day_of.cache_clear()
