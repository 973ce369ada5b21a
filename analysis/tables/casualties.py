"""Casualty tables: deaths by year, month, type of violence and admin-1 area.

Inputs are the tidy indicators frame (UCDP country-year deaths carry their
type of violence in ``note``: "state-based", "non-state", "one-sided",
"all types") and the tidy events frame (``schemas.EVENTS``). Low and high
estimates stay their own columns; candidate (provisional) data stay marked.
"""

from __future__ import annotations

import pandas as pd

from analysis import prose
from analysis.errors import ParameterError
from analysis.schemas import VIOLENCE_TYPES
from analysis.tables import areas
from analysis.tables.common import one_version, select

COUNTRY_YEAR = "ucdp_country_year"
COUNTRY_MONTH = "ucdp_country_month"
ALL_TYPES = "all types"


def violence_labels(types: list[int] | list[str]) -> list[str]:
    """UCDP type codes (1, 2, 3) or labels → labels ("state-based", ...); bad values raise ParameterError."""
    out = []
    by_label = {v: k for k, v in VIOLENCE_TYPES.items()}
    for t in types:
        if isinstance(t, str) and t.strip() in by_label:
            out.append(t.strip())
            continue
        try:
            out.append(VIOLENCE_TYPES[int(t)])
        except (KeyError, ValueError, TypeError):
            accepted = ", ".join(f"{k} ({v})" for k, v in VIOLENCE_TYPES.items())
            raise ParameterError(f"unknown type of violence {t!r}; accepted: {accepted}") from None
    if not out:
        raise ParameterError("violence_types is empty; accepted: 1 (state-based), 2 (non-state), 3 (one-sided)")
    return out


def violence_codes(types: list[int] | list[str]) -> list[int]:
    """Labels or codes → UCDP codes."""
    by_label = {v: k for k, v in VIOLENCE_TYPES.items()}
    return [by_label[label] for label in violence_labels(types)]


def deaths_by_year(indicators: pd.DataFrame, country: str, start, end, violence_types=(1, 2, 3)) -> pd.DataFrame:
    """UCDP deaths per year by type of violence with low and high (country-year aggregate).

    Columns: year, type, value, low, high, partial (the row covers less than the
    whole year), source, version. Years outside ``start``..``end`` are dropped.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    labels = violence_labels(list(violence_types))
    rows = select(indicators, source=COUNTRY_YEAR, indicator="deaths", country=country,
                  start_year=start.year, end_year=end.year)
    rows = one_version(rows[rows["admin1_pcode"] == ""], prefer_notes=labels)
    rows = rows[rows["note"].isin(labels)]
    ps, pe = pd.to_datetime(rows["period_start"]), pd.to_datetime(rows["period_end"])
    rows = rows.assign(type=rows["note"],
                       partial=~((ps.dt.month == 1) & (ps.dt.day == 1) & (pe.dt.month == 12) & (pe.dt.day == 31)))
    cols = ["year", "type", "value", "low", "high", "partial", "source", "version"]
    order = {label: i for i, label in enumerate(labels)}
    return rows.sort_values(["year", "type"], key=lambda s: s.map(order) if s.name == "type" else s)[cols] \
        .reset_index(drop=True)


def deaths_all_types_by_year(indicators: pd.DataFrame, country: str, start, end) -> pd.DataFrame:
    """All-type UCDP deaths per year summed from the monthly aggregate: year, value, months, source, version.

    ``months`` counts the months held, so a partial year can be marked.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    rows = select(indicators, source=COUNTRY_MONTH, indicator="deaths", country=country,
                  start_year=start.year, end_year=end.year)
    rows = one_version(rows[(rows["admin1_pcode"] == "")])
    out = rows.groupby(["year", "source", "version"], as_index=False).agg(value=("value", "sum"),
                                                                          months=("value", "size"))
    return out[["year", "value", "months", "source", "version"]]


def deaths_by_month(indicators: pd.DataFrame, events: pd.DataFrame, country: str, start, end,
                    violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Deaths per month: by type of violence from event data where they exist, all types from the monthly aggregate.

    Columns: month (first day), type, value, low, high, provisional, source, version.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    codes = violence_codes(list(violence_types))
    ev = filter_events(events, country, start, end, violence_types=codes)
    parts = []
    if len(ev):
        ev = ev.assign(month=ev["date_start"].dt.to_period("M").dt.to_timestamp(),
                       type=ev["type_of_violence"].map(VIOLENCE_TYPES))
        g = ev.groupby(["month", "type", "source", "version"], as_index=False).agg(
            value=("best", "sum"), low=("low", lambda s: s.sum(min_count=len(s))),
            high=("high", lambda s: s.sum(min_count=len(s))), provisional=("provisional", "any"))
        parts.append(g)
    agg = indicators[(indicators["source"] == COUNTRY_MONTH) & (indicators["indicator"] == "deaths")
                     & (indicators["country"] == country) & (indicators["admin1_pcode"] == "")]
    agg = one_version(agg[(agg["period_end"] >= start) & (agg["period_start"] <= end)])
    if len(agg):
        parts.append(pd.DataFrame({
            "month": pd.to_datetime(agg["period_start"]).dt.to_period("M").dt.to_timestamp(),
            "type": ALL_TYPES + " (monthly aggregate)", "source": agg["source"], "version": agg["version"],
            "value": agg["value"], "low": agg["low"], "high": agg["high"], "provisional": False}))
    cols = ["month", "type", "value", "low", "high", "provisional", "source", "version"]
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols].sort_values(["type", "month"]).reset_index(drop=True)


def admin1_codes(admin1: list[str], country: str) -> list[str]:
    """Admin-1 names or p-codes → p-codes; an unknown one raises ParameterError listing the accepted names.

    Names are read as :func:`analysis.tables.areas.pcode` reads them (Syria's gazetteer, OCHA's global admin-1
    list and its UCDP spellings, spelling-insensitive), so "Kharkiv" or "Kyiv" work for Ukraine as "Idlib" does
    for Syria. A country with no admin-1 list at all raises :class:`DataError` (the data, not the parameter,
    fall short).
    """
    from analysis.errors import DataError
    from analysis.sources import ocha

    official = {code: name for (c, code), name in areas._tables()[0].items() if c == country}
    if admin1 and not official:
        raise DataError(f"no admin-1 gazetteer for {country}: areas {', '.join(map(str, admin1))} cannot be placed, "
                        "so the whole country is shown", path=ocha.COD_ADMIN1)
    out = []
    for item in admin1 or []:
        text = str(item).strip()
        if text.upper() in official:
            out.append(text.upper())
            continue
        code = areas.pcode(text, country)
        if not code:
            accepted = ", ".join(sorted(official.values())) or f"none known for {country}"
            raise ParameterError(f"unknown admin1 area {text!r} in {country}; accepted names: {accepted} "
                                 "(or their p-codes)")
        out.append(code)
    return out


def filter_events(events: pd.DataFrame, country: str, start, end, *, admin1: list[str] | None = None,
                  violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Events in ``country`` between ``start`` and ``end`` (inclusive), in the admin-1 areas and of the types given."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    codes = violence_codes(list(violence_types))
    out = events[(events["country"] == country) & (events["date_start"] >= start)
                 & (events["date_start"] <= end + pd.Timedelta(hours=23, minutes=59))
                 & events["type_of_violence"].isin(codes)]
    # one name per area (its OCHA name), and the country each area lies in (analysis.tables.areas)
    out = areas.normalise(out, country)
    if admin1:
        out = out[out["admin1_pcode"].isin(admin1_codes(admin1, country))]
    return out


def deaths_by_admin1(events: pd.DataFrame, country: str, start, end, *, admin1: list[str] | None = None,
                     violence_types=(1, 2, 3), top_n: int | None = None) -> pd.DataFrame:
    """Event deaths per admin-1 area of ``country``, largest first: admin1_name, admin1_pcode, value, low, high,
    events, civilians, provisional, source, version. One row per area, named by its OCHA p-code
    (:func:`analysis.tables.areas.normalise`); events without an admin-1 area are one row "unknown area".
    Events placed in an area that lies in another country now (UCDP's pre-2011 Sudan events in South Sudan)
    are not rows here: :func:`deaths_elsewhere` lists them.
    """
    ev = filter_events(events, country, start, end, admin1=admin1, violence_types=violence_types)
    cols = ["admin1_name", "admin1_pcode", "value", "low", "high", "events", "civilians", "provisional",
            "source", "version"]
    ev = ev[ev["admin1_country"].isin([country, ""])] if len(ev) else ev
    if ev.empty:
        return pd.DataFrame(columns=cols)
    out = ev.groupby(["admin1_name", "admin1_pcode"], as_index=False).agg(
        value=("best", "sum"), low=("low", lambda s: s.sum(min_count=len(s))),
        high=("high", lambda s: s.sum(min_count=len(s))), events=("event_id", "size"),
        civilians=("deaths_civilians", "sum"), provisional=("provisional", "any"))
    out["source"] = " + ".join(ev["source"].drop_duplicates())
    out["version"] = "; ".join(ev["version"].drop_duplicates())
    out = out.sort_values("value", ascending=False).reset_index(drop=True)
    if top_n is not None:
        out = out.head(int(top_n))
    return out[cols]


def deaths_elsewhere(events: pd.DataFrame, country: str, start, end, *, violence_types=(1, 2, 3)) -> pd.DataFrame:
    """Events the data file under ``country`` whose admin-1 area lies in another country now, per country:
    now_in (ISO3), country (its name), areas (their names, most deaths first), value (deaths, best), events,
    first, last (event dates). UCDP files events by the state of the day: Sudan's before July 2011 include
    today's South Sudan."""
    ev = filter_events(events, country, start, end, violence_types=violence_types)
    cols = ["now_in", "country", "areas", "value", "events", "first", "last"]
    ev = ev[~ev["admin1_country"].isin([country, ""])] if len(ev) else ev
    if ev.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for iso3, g in ev.groupby("admin1_country"):
        order = g.groupby("admin1_name")["best"].sum().sort_values(ascending=False)
        rows.append({"now_in": iso3, "country": prose.country_name(iso3), "areas": prose.join_words(list(order.index)),
                     "value": float(g["best"].sum()), "events": int(len(g)), "first": g["date_start"].min(),
                     "last": g["date_start"].max()})
    return pd.DataFrame(rows, columns=cols).sort_values("value", ascending=False).reset_index(drop=True)


def area_labels(items: list[str], country: str) -> list[str]:
    """Admin-1 areas as a reader names them: names as the user gave them, p-codes as their OCHA names."""
    out = []
    for item in items or []:
        text = str(item).strip()
        official = areas.official_name(text.upper(), country)
        out.append(official or text)
    return out


def _area_name(name: str, pcode: str, country: str) -> str:
    """The OCHA name of an area when its p-code is known, else the name as given, else "unknown area"."""
    if pcode:
        official = areas.official_name(pcode, country)
        if official:
            return official
    text = str(name or "").strip()
    return text if text and text.upper() not in {"NULL", "NAN", "NONE"} else "unknown area"


def events_total(events: pd.DataFrame, country: str, start, end, *, admin1=None, violence_types=(1, 2, 3)) -> dict:
    """Totals of the filtered events in ``country``'s own areas (as :func:`deaths_by_admin1` counts them; areas
    now in another country left out): deaths (best, low, high), events, first and last date, provisional."""
    ev = filter_events(events, country, start, end, admin1=admin1, violence_types=violence_types)
    ev = ev[ev["admin1_country"].isin([country, ""])]
    return {
        "deaths": float(ev["best"].sum()),
        "low": float(ev["low"].sum()) if ev["low"].notna().all() and len(ev) else None,
        "high": float(ev["high"].sum()) if ev["high"].notna().all() and len(ev) else None,
        "events": int(len(ev)),
        "first": ev["date_start"].min() if len(ev) else None,
        "last": ev["date_start"].max() if len(ev) else None,
        "provisional": bool(ev["provisional"].any()) if len(ev) else False,
        "datasets": [prose.dataset_label(s, v) for s, v in ev[["source", "version"]].drop_duplicates()
                     .itertuples(index=False)],
    }


# --------------------------------------------------------------------------
# Any country: the official country-year series, BRD by conflict, monthly
# deaths, ACLED beside them, key facts, and the claims about the country.
# --------------------------------------------------------------------------

ORGVIO = "ucdp_orgvio_cy"
BRD = "ucdp_brd"
ACLED = "acled_monthly"
EVENT_SOURCES = ("ucdp_ged", "ucdp_candidate_2024")
#: Datasets the casualties report reads, and the one it cannot do without.
REPORT_SOURCES = (ORGVIO, BRD, COUNTRY_MONTH, ACLED)
REQUIRED = ORGVIO
#: ACLED's own definition, in words a reader can check (acled_world/SOURCE.md).
ACLED_DEFINITION = ("ACLED counts fatalities as reported in its sources for every event type it codes (battles, "
                    "explosions and remote violence, violence against civilians, riots, protests), so its totals "
                    "are not UCDP's and the two should be read side by side, not added")
UCDP_DEFINITION = ("UCDP counts deaths in organised violence it can attribute to an organised actor: state-based "
                   "conflict (at least one side a government), non-state conflict (organised groups, no "
                   "government) and one-sided violence (an organised actor against civilians)")
PACE_CAVEAT = ("the monthly series (an aggregate of UCDP events made by the PaCE project) leaves out events that "
               "span two months, so its months add up to less than UCDP's yearly totals; it shows the shape of "
               "the war month by month, not its size")


def load_indicators(country: str, *, raw=None, reference_dir=None) -> pd.DataFrame:
    """The indicators the casualties report reads, for ``country``; a :class:`DataError` naming the command
    that loads them when UCDP's country-year dataset is not loaded for that country ("not loaded" is not
    "no data": a country the loaded file holds with zero deaths still loads). The other datasets, when their
    loaded copy does not cover the country, are left out and named in ``attrs["not_loaded"]`` with the
    reason."""
    from analysis import datasets
    from analysis.errors import DataError
    from analysis.tables import coverage as cov

    try:
        frame = datasets.indicators(country, sources=list(REPORT_SOURCES), raw=raw, reference_dir=reference_dir)
    except DataError as exc:
        raise DataError(f"{prose.dataset_name(REQUIRED)} is not loaded for {prose.country_name(country)}: "
                        f"{cov.load_command(REQUIRED)}.", path=getattr(exc, "path", None)) from None
    status = {d: cov.loaded_for(d, country, frame, raw=raw) for d in REPORT_SOURCES}
    if status[REQUIRED] != "loaded":
        raise DataError(f"{prose.dataset_name(REQUIRED)} is not loaded for {prose.country_name(country)} "
                        f"({status[REQUIRED]}): {cov.load_command(REQUIRED)}")
    # A copy that holds another country's rows (the mirror's Syria files) may still hold a few rows that touch
    # this country (a conflict fought partly here): they are not this country's figures, so they are dropped.
    not_loaded = {d: why for d, why in status.items() if why != "loaded"}
    attrs = dict(frame.attrs)
    frame = frame[~frame["source"].isin(list(not_loaded))].reset_index(drop=True)
    frame.attrs.update(attrs, not_loaded=not_loaded)
    return frame


def _full_years(start, end) -> tuple[int, int]:
    """First and last calendar year wholly inside ``start``..``end`` (first > last when none)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    y0 = start.year if (start.month, start.day) == (1, 1) else start.year + 1
    y1 = end.year if (end.month, end.day) == (12, 31) else end.year - 1
    return y0, y1


def orgvio_by_year(indicators: pd.DataFrame, country: str, start, end,
                   violence_types=(1, 2, 3)) -> pd.DataFrame:
    """UCDP's official country-year deaths per year and type (with "all types"), best, low and high.

    Columns: year, type, value, low, high, civilians (all types only), partial, source, version. ``partial``
    marks a year the period asked covers only in part (its figure is the whole year's, so it is left out of
    totals and comparisons). Years the file does not hold are absent, years with no deaths are zeros.
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    labels = violence_labels(list(violence_types)) + [ALL_TYPES]
    rows = select(indicators, source=ORGVIO, indicator="deaths", country=country,
                  start_year=start.year, end_year=end.year)
    rows = one_version(rows[rows["note"].isin(labels)])
    civ = select(indicators, source=ORGVIO, indicator="deaths_civilians", country=country,
                 start_year=start.year, end_year=end.year)
    civ = dict(zip(civ["year"], civ["value"]))
    y0, y1 = _full_years(start, end)
    order = {label: i for i, label in enumerate(labels)}
    out = pd.DataFrame({
        "year": rows["year"].astype(int), "type": rows["note"], "value": rows["value"], "low": rows["low"],
        "high": rows["high"],
        "civilians": [civ.get(y) if t == ALL_TYPES else float("nan") for y, t in zip(rows["year"], rows["note"])],
        "partial": ~rows["year"].between(y0, y1), "source": rows["source"], "version": rows["version"]})
    out = out.assign(_o=out["type"].map(order)).sort_values(["year", "_o"]).drop(columns="_o")
    return out.reset_index(drop=True)


def brd_by_conflict(indicators: pd.DataFrame, country: str, start, end) -> pd.DataFrame:
    """UCDP battle-related deaths per state-based conflict over the whole years of the period.

    Columns: conflict, where ("in <country>" or "mainly elsewhere: whole conflict-year total"), first, last,
    years, value, low, high, source, version; the conflicts located in the country first, largest first, then
    those fought mainly elsewhere (their totals are not the country's). Partial years of the period are left out.
    """
    y0, y1 = _full_years(start, end)
    rows = select(indicators, source=BRD, indicator="battle_deaths", country=country, start_year=y0, end_year=y1)
    rows = one_version(rows)
    cols = ["conflict", "where", "first", "last", "years", "value", "low", "high", "source", "version"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    parts = rows["note"].str.extract(r"^conflict \d+ (?P<conflict>.*?); located in (?P<loc>.*)$")
    rows = rows.assign(conflict=parts["conflict"].fillna(rows["note"]),
                       where=["mainly elsewhere (" + str(loc).split(",")[0] + "): whole conflict-year total"
                              if "fought partly" in str(loc) else f"in {prose.country_name(country)}"
                              for loc in parts["loc"]])
    out = rows.groupby(["conflict", "where", "source", "version"], as_index=False).agg(
        first=("year", "min"), last=("year", "max"), years=("year", "nunique"), value=("value", "sum"),
        low=("low", lambda s: s.sum(min_count=len(s))), high=("high", lambda s: s.sum(min_count=len(s))))
    elsewhere = out["where"].str.startswith("mainly elsewhere")
    out = out.assign(_elsewhere=elsewhere).sort_values(["_elsewhere", "value"], ascending=[True, False])
    return out[cols].reset_index(drop=True)


def monthly_series(indicators: pd.DataFrame, country: str, start, end) -> pd.DataFrame:
    """Monthly deaths: UCDP's monthly aggregate (all types, the most complete vintage) and ACLED's reported
    fatalities, each labelled with its reader-facing name. Columns: month, series, value, source, version."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    cols = ["month", "series", "value", "source", "version"]
    parts = []
    for source, note, label in ((COUNTRY_MONTH, ALL_TYPES, "UCDP, all types (monthly aggregate)"),
                                (ACLED, "ACLED reported fatalities", "ACLED reported fatalities")):
        rows = indicators[(indicators["source"] == source) & (indicators["indicator"] == "deaths")
                          & (indicators["country"] == country) & (indicators["note"] == note)
                          & (indicators["admin1_pcode"] == "")]
        rows = one_version(rows[(pd.to_datetime(rows["period_start"]) >= start)
                                & (pd.to_datetime(rows["period_start"]) <= end)])
        if len(rows):
            parts.append(pd.DataFrame({
                "month": pd.to_datetime(rows["period_start"]).dt.to_period("M").dt.to_timestamp(),
                "series": label, "value": rows["value"].astype(float), "source": rows["source"],
                "version": rows["version"]}))
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols].sort_values(["series", "month"]).reset_index(drop=True)


def yearly_comparison(yearly: pd.DataFrame, monthly: pd.DataFrame) -> pd.DataFrame:
    """Whole years side by side: UCDP country-year (all types, best, low, high; state-based), the monthly
    aggregate summed (only years with all twelve months) and ACLED (likewise). Columns: year, ucdp, ucdp_low,
    ucdp_high, state_based, ucdp_monthly_sum, acled. A figure a dataset lacks for a whole year is empty."""
    full = yearly[~yearly["partial"]]
    allt = full[full["type"] == ALL_TYPES].set_index("year")
    sb = full[full["type"] == "state-based"].set_index("year")["value"]
    out = pd.DataFrame({"year": allt.index.astype(int), "ucdp": allt["value"].to_numpy(),
                        "ucdp_low": allt["low"].to_numpy(), "ucdp_high": allt["high"].to_numpy()})
    out["state_based"] = out["year"].map(sb)
    for label, col in (("UCDP, all types (monthly aggregate)", "ucdp_monthly_sum"),
                       ("ACLED reported fatalities", "acled")):
        rows = monthly[monthly["series"] == label]
        per = rows.groupby(pd.to_datetime(rows["month"]).dt.year)["value"].agg(["sum", "size"])
        whole = per[per["size"] == 12]["sum"]
        out[col] = out["year"].map(whole)
    return out.reset_index(drop=True)


def months_held(monthly: pd.DataFrame, series: str, start, end) -> dict:
    """How many months of ``start``..``end`` a monthly series has rows for: held, asked, first, last,
    missing years (years with fewer than twelve months held, within the period)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    asked = pd.period_range(start, end, freq="M")
    rows = monthly[monthly["series"] == series]
    have = set(pd.to_datetime(rows["month"]).dt.to_period("M"))
    held = [p for p in asked if p in have]
    per_year = pd.Series([p.year for p in held]).value_counts() if held else pd.Series(dtype=int)
    return {"held": len(held), "asked": len(asked),
            "first": held[0].to_timestamp() if held else None,
            "last": (held[-1].to_timestamp() + pd.offsets.MonthEnd(0)) if held else None,
            "partial_years": sorted(int(y) for y, n in per_year.items() if n < 12)}


def claims_about(ledger: pd.DataFrame, country: str) -> pd.DataFrame:
    """Claims about ``country``: a claim's own ``place_country``, else its article's country (the one most of
    its placed figures lie in, :func:`analysis.check.run.article_countries`). Never by default: a claim whose
    place and article name no country belongs to none."""
    if ledger.empty or "place_country" not in ledger.columns:
        return ledger.iloc[0:0]
    from analysis.check.run import article_countries

    by_article = {a: c for a, (c, _) in article_countries(ledger).items()}
    own = ledger["place_country"].fillna("").astype(str)
    theirs = ledger["article"].astype(str).map(by_article).fillna("")
    return ledger[own.where(own != "", theirs) == country]


def key_facts(yearly: pd.DataFrame, comparison: pd.DataFrame, brd: pd.DataFrame, country: str) -> pd.DataFrame:
    """Three to five facts for the top of the report, each computed here with its source and period.

    Columns: fact (a short id), text (a Markdown sentence), value (the figure a test recomputes), dataset
    (catalog id), source (the dataset as readers see it, with version and period), period.
    """
    name = prose.country_name(country)
    facts = []
    full = yearly[~yearly["partial"]]
    allt = full[full["type"] == ALL_TYPES]
    orgvio = prose.dataset_label(ORGVIO, allt["version"].iloc[0] if len(allt) else None)
    if len(allt):
        y0, y1 = int(allt["year"].min()), int(allt["year"].max())
        period = prose.fmt_period(f"{y0}-01-01", f"{y1}-12-31")
        total = float(allt["value"].sum())
        low, high = allt["low"], allt["high"]
        rng = (f" (UCDP's low and high estimates: {prose.fmt_count(low.sum())} to {prose.fmt_count(high.sum())})"
               if low.notna().all() and high.notna().all() else "")
        facts.append(("total", f"**{prose.fmt_count(total)}** deaths in organised violence in {name} from "
                               f"{period}{rng}.", total, ORGVIO, f"{orgvio}, {period}", period))
        if total > 0:
            peak = allt.loc[allt["value"].idxmax()]
            facts.append(("peak", f"The deadliest year was **{int(peak['year'])}**, with "
                                  f"{prose.fmt_count(peak['value'])} deaths.", float(peak["value"]), ORGVIO,
                          f"{orgvio}, {int(peak['year'])}", str(int(peak["year"]))))
        civ = allt["civilians"]
        if civ.notna().all() and total > 0:
            facts.append(("civilians", f"**{prose.fmt_count(civ.sum())}** of these deaths were civilians "
                                       f"({prose.fmt_share(civ.sum() / total)}).", float(civ.sum()), ORGVIO,
                          f"{orgvio}, {period}", period))
    both = comparison.dropna(subset=["acled", "ucdp"])
    if len(both):
        y0, y1 = int(both["year"].min()), int(both["year"].max())
        period = prose.fmt_period(f"{y0}-01-01", f"{y1}-12-31")
        facts.append(("acled", f"From {period}, ACLED reported **{prose.fmt_count(both['acled'].sum())}** "
                               f"fatalities where UCDP recorded {prose.fmt_count(both['ucdp'].sum())}: the two "
                               "count different things (see the definitions below).", float(both["acled"].sum()),
                      ACLED, f"{prose.dataset_label(ACLED)}, acleddata.com; {orgvio}; {period}", period))
    home = brd[brd["where"].str.startswith("in ")] if len(brd) else brd
    if len(home):
        top = home.iloc[0]
        span = f"{top['first']}–{top['last']}" if top["first"] != top["last"] else str(top["first"])
        facts.append(("conflict", f"The state-based conflict with most battle-related deaths was "
                                  f"**{top['conflict']}**: {prose.fmt_count(top['value'])} in {span}.",
                      float(top["value"]), BRD, f"{prose.dataset_label(BRD, top['version'])}, {span}", span))
    return pd.DataFrame(facts[:5], columns=["fact", "text", "value", "dataset", "source", "period"])


def catalog_version(ident: str) -> str:
    from analysis import catalog

    return catalog.version(ident)


def areas_caption(by_area: pd.DataFrame) -> str:
    """The caption of the deaths-by-area table (:func:`deaths_by_admin1`): one row per OCHA p-code, and why a
    row has none (an area UCDP names whole where OCHA now has several p-codes, a name OCHA's list lacks, or no
    area at all)."""
    blank = by_area[by_area["admin1_pcode"].fillna("") == ""]["admin1_name"].astype(str)
    merged = [n for n in blank if n.endswith(" together)")]
    unknown_names = [n for n in blank if n != areas.UNKNOWN and n not in merged]
    text = "UCDP event deaths by admin-1 area, one row per OCHA p-code under its OCHA name"
    notes = []
    if merged:
        notes.append(f"{prose.join_words(merged)}: UCDP names the area whole where OCHA now has several p-codes, "
                     f"so {'the row has' if len(merged) == 1 else 'these rows have'} none")
    if unknown_names:
        notes.append(f"{prose.join_words(unknown_names)}: as UCDP writes {'it' if len(unknown_names) == 1 else 'them'}, "
                     "a name OCHA's list does not hold")
    if (blank == areas.UNKNOWN).any():
        notes.append(f"\"{areas.UNKNOWN}\": events UCDP could not place in one area")
    return text + ("; " + "; ".join(notes) if notes else "") + \
        " (low and high are blank where the release gives none)."
