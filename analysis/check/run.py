"""The claim check over a whole ledger: one output row per claim.

:func:`check_claims` loads the data for each country the claims concern
(through :mod:`analysis.datasets`: raw copies if fetched, else the committed
reference tables), matches each claim with :mod:`analysis.check.match`, and
judges it with :mod:`analysis.check.verdict`. One claim's problem never stops
the others: it becomes "not comparable" with the problem as its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import countries, datasets
from analysis.check import match, verdict
from analysis.check.rules import Rules, load_rules
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
    out: dict[str, tuple[str, str]] = {}
    for article, counts in placed.groupby("article")["place_country"].value_counts().groupby(level=0):
        counts = counts.droplevel(0)
        top, n, total = counts.index[0], int(counts.iloc[0]), int(counts.sum())
        listed = ", ".join(f"{c} {k}" for c, k in counts.items())
        if n >= ARTICLE_COUNTRY_SHARE * total:
            out[article] = (top, f"{n} of the article's {total} placed figures are in {top}")
        else:
            out[article] = ("", f"the article's placed figures lie in several countries ({listed})")
    return out


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
    from analysis.claims.places import demonym_country

    return "people" if unit and demonym_country(unit) == country else unit


def check_claim(row: dict, rules: Rules, default_country: str | None, data_for,
                article_country: tuple[str, str] | None = None) -> dict:
    """One claim (a ledger row as a dict) -> one check row (CHECK_COLUMNS).

    ``data_for(iso3)`` returns that country's :class:`CountryData`; ``article_country`` is the article's
    entry of :func:`article_countries`; ``default_country`` is used only when the article names none.
    """
    from analysis.claims.places import demonym_country
    from analysis.claims.scope import comparable_data

    out = _blank(row)
    country, how = _claim_country(row, article_country, default_country)
    if not country:
        out.update(verdict="not comparable", reason=f"no country can be read for the claim: {how}")
        return out
    place = match.resolve_place(str(row.get("place") or ""), country)
    if str(row.get("metric")) == "refugees":
        # refugees FROM somewhere: the unit's demonym ("Syrians"), else the article's country
        origin = demonym_country(str(row.get("unit") or "")) or (article_country or ("", ""))[0] or default_country
        host = place.host or (country if origin and country != origin else None)
        if host and origin and host != origin:
            place = match.Place(origin, place.admin1, host=host)
        elif host and not origin:
            out.update(country=host, verdict="not comparable",
                       reason=f"the refugees are in {host}, but where they come from cannot be read "
                              f"({(article_country or ('', 'no article country'))[1]})")
            return out
    out.update(country=place.country, admin1_pcode=",".join(place.admin1), host=place.host or "")
    scope = str(row.get("scope") or "")
    if scope:
        out.update(verdict="not comparable",
                   reason=f"the claim counts a part ({scope}), never set beside a national or governorate total; "
                          f"comparable data: {comparable_data(scope)}")
        return out
    written = str(row.get("date") or "")
    if 0 < len(written) < len("YYYY-MM-DD"):  # "2023-04", "2023": the ledger's date at its precision
        known = "month" if len(written) == len("YYYY-MM") else "year"
        out.update(verdict="not comparable",
                   reason=f"the article's date is known only to the {known} ({written}), so no period can be read")
        return out
    try:
        date = pd.Timestamp(row.get("date"))
    except (ValueError, TypeError):
        date = pd.NaT
    if pd.isna(date):
        out.update(verdict="not comparable", reason="the article has no date, so no period can be read")
        return out
    data = data_for(place.country)
    if rules.plausibility is not None and data.indicators is not None:
        low = verdict.claim_interval(row.get("value"), row.get("value_low"), row.get("value_high"),
                                     str(row.get("qualifier") or "exact"))[0]
        problem = match.implausible(low, str(row.get("metric") or ""), place.country, data.indicators,
                                    rules.plausibility, date, memo=data.memo)
        if problem:
            out.update(verdict="implausible", reason=f"implausible (likely a typo or extraction error): {problem}")
            return out
    period = str(row.get("period") or "")
    window = match.claim_window(period, date, rules.anchors, place.country)
    if window is not None:
        out.update(window_start=window.start, window_end=window.end, window_how=window.how)
    claim = dict(row, unit=_people_unit(str(row.get("unit") or ""), place.country))
    rule, why = match.choose_rule(claim, place, window, rules)
    if rule is None:
        out.update(verdict="not comparable", reason=why)
        return out
    out.update(rule=rule.id, tolerance=rule.tolerance)
    toll = match.toll_for(data.tolls, rule.toll_topic, window) if data.tolls is not None else None
    if toll:
        out.update(toll)
    kind = "events" if rule.pick == "event_window" else "indicators"
    frame = getattr(data, kind)
    if frame is None:
        problem = data.problems.get(kind, "not loaded")
        out.update(verdict="not comparable", reason=f"no {kind} loaded for {place.country}: {problem}")
        return out
    if rule.pick == "stock_on_date":
        # a stock on the end of the claim's period when it names one, else on the article's date
        on = min(date, window.end) if window is not None else date
        figure = match.stock_figure(frame, rule, place.country, place.host if rule.scope == "host" else None, on)
    elif rule.pick == "period_sum":
        figure = match.period_sum_figure(frame, rule, place.country, window)
    else:
        figure = match.event_figure(frame, rule, place, window, data.coverage)
    if isinstance(figure, str):
        covers = [c for c in rule.covered_by if window is not None
                  and pd.Timestamp(c.start) <= window.start and pd.Timestamp(c.end) >= window.end]
        extra = "; ".join(f"{c.text()}; not loaded (python -m analysis fetch {c.dataset})" for c in covers)
        if rule.covered_by and not covers and window is not None:
            extra = "no catalogued release listed in the rule covers this window either"
        out.update(verdict="not comparable", reason=f"{figure}" + (f". {extra}" if extra else ""),
                   provisional=False)
        return out
    detail = figure.pop("detail")
    out.update(figure, data_detail=detail)
    result = verdict.compare(row, figure["data_value"], figure["data_low"], figure["data_high"], rule.tolerance)
    reason = f"{result['reason']}; data: {detail} ({rule.description})"
    if rule.definition and result["verdict"] != "not comparable":
        reason += f"; definitions: the claim counts {row.get('unit') or 'people'} {row.get('metric')}; {rule.definition}"
    if figure["provisional"]:
        reason += "; provisional (candidate) data"
    out.update(ratio=result["ratio"], within_range=result["within_range"], verdict=result["verdict"],
               reason=reason)
    return out


def check_claims(ledger: pd.DataFrame, country: str | None = None, *, rules: Rules | str | Path | None = None,
                 raw: Path | None = None, reference_dir: Path | None = None,
                 preloaded: dict[str, CountryData] | None = None) -> pd.DataFrame:
    """Check every claim in ``ledger`` (LEDGER_COLUMNS, or at least the claim columns) -> CHECK_COLUMNS.

    A claim's country is its ``place_country``, else its article's (:func:`article_countries`);
    ``country`` (ISO3) is used only for claims of articles that name no single country. ``preloaded``
    maps ISO3 codes to data already loaded with :func:`load_country` (reused, not reloaded).
    """
    country = countries.normalise(country) if country else None
    if not isinstance(rules, Rules):
        rules = load_rules(rules)
    cache: dict[str, CountryData] = dict(preloaded or {})

    def data_for(iso3: str) -> CountryData:
        if iso3 not in cache:
            cache[iso3] = load_country(iso3, raw=raw, reference_dir=reference_dir)
        return cache[iso3]

    by_article = article_countries(ledger)
    rows = []
    for record in ledger.to_dict("records"):
        try:
            rows.append(check_claim(record, rules, country, data_for, by_article.get(str(record.get("article")))))
        except TallyError as exc:  # one claim's problem does not stop the others
            out = _blank(record)
            out.update(verdict="not comparable", reason=f"could not be checked: {exc}")
            rows.append(out)
    out = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    for col in ("value", "value_low", "value_high", "data_value", "data_low", "data_high", "ratio", "tolerance",
                "toll_value", "toll_value_high"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    for col in ("window_start", "window_end", "data_period_start", "data_period_end", "toll_as_of"):
        out[col] = pd.to_datetime(out[col], errors="coerce")
    out["within_range"] = out["within_range"].fillna(False).astype(bool)
    out["provisional"] = out["provisional"].fillna(False).astype(bool)
    numeric = {"value", "value_low", "value_high", "data_value", "data_low", "data_high", "ratio", "tolerance",
               "toll_value", "toll_value_high", "window_start", "window_end", "data_period_start",
               "data_period_end", "toll_as_of", "within_range", "provisional"}
    for col in CHECK_COLUMNS:
        if col not in numeric:
            out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
    out.attrs["country"] = country or ""
    out.attrs["datasets"] = {k: {n: list(v.provenance.get(n) or getattr(v, n).attrs.get("datasets", []))
                                 for n in ("indicators", "events", "tolls") if getattr(v, n) is not None}
                             for k, v in cache.items()}
    return out


def verdict_counts(checks: pd.DataFrame) -> pd.Series:
    """Number of claims per verdict, in the fixed order of :data:`verdict.VERDICTS`."""
    return checks["verdict"].value_counts().reindex(list(verdict.VERDICTS), fill_value=0)
