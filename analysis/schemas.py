"""Every table's schema, in one place.

Loaders return tidy frames validated here. A schema failure becomes a
:class:`~analysis.errors.DataError` that names the file, the column and the
row (1-based data row, as a spreadsheet user counts, header excluded).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis.errors import DataError

# --------------------------------------------------------------------------
# Indicators: one value per source x indicator x country x area x period.
# --------------------------------------------------------------------------

#: Column order of the indicators table.
INDICATOR_COLUMNS = [
    "source",        # catalog id of the dataset, e.g. "unhcr_population"
    "indicator",     # e.g. "refugees", "asylum_seekers", "idps", "deaths"
    "country",       # ISO3 of the country the figure is about (origin for refugees)
    "partner",       # ISO3 of the other country (asylum country for refugees), "" if none
    "admin1_pcode",  # OCHA p-code, "" for country level
    "admin1_name",
    "period_start",  # first day the figure covers (a stock: the reference date)
    "period_end",    # last day (a stock: same as period_start)
    "value",
    "low",
    "high",
    "unit",          # "people", "deaths", "movements", ...
    "note",
    "origin",        # "raw" (data/raw), "reference" (data/reference) or "mirror"
    "version",       # the producer's version, from the catalog
]

INDICATOR_NAMES = {
    "refugees", "asylum_seekers", "idps", "returned_refugees", "returned_idps",
    "new_displacements", "resettlement", "naturalisation", "new_refugee_arrivals",
    "new_asylum_applications", "deaths", "deaths_civilians", "battle_deaths", "events", "population",
    "reported_deaths", "reported_displaced", "reported_returned",
    "stateless", "fatalities",
}

_nonneg = pa.Check.ge(0)

INDICATORS = pa.DataFrameSchema(
    {
        "source": pa.Column(str),
        "indicator": pa.Column(str, pa.Check.isin(sorted(INDICATOR_NAMES))),
        "country": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
        "partner": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{3})?$")),
        "admin1_pcode": pa.Column(str),
        "admin1_name": pa.Column(str),
        "period_start": pa.Column("datetime64[ns]"),
        "period_end": pa.Column("datetime64[ns]"),
        "value": pa.Column(float, _nonneg, nullable=True),
        "low": pa.Column(float, _nonneg, nullable=True),
        "high": pa.Column(float, _nonneg, nullable=True),
        "unit": pa.Column(str),
        "note": pa.Column(str),
        "origin": pa.Column(str, pa.Check.isin(["raw", "reference", "mirror"])),
        "version": pa.Column(str),
    },
    checks=[
        pa.Check(lambda d: d["period_end"] >= d["period_start"], name="period_end >= period_start"),
        pa.Check(lambda d: ~(d["low"] > d["value"]).fillna(False), name="low <= value"),
        pa.Check(lambda d: ~(d["high"] < d["value"]).fillna(False), name="high >= value"),
    ],
    # note and version are part of the key: one dataset can hold several series for the
    # same cell, told apart by note (UCDP type of violence, BRD conflict) or version
    # (two vintages of an aggregate).
    unique=["source", "indicator", "country", "partner", "admin1_pcode", "period_start", "period_end",
            "note", "version"],
    strict=True,
    ordered=True,
    coerce=True,
    name="indicators",
)

# --------------------------------------------------------------------------
# Source files as the publishers ship them (section owned by the loaders in
# analysis/sources/{unhcr,idmc,worldbank}.py). Checked on read, so a
# corrupted copy is reported with its file, column and row. Extra columns
# are allowed: publishers add fields.
# --------------------------------------------------------------------------


def _count(nullable: bool = True) -> pa.Column:
    return pa.Column(float, _nonneg, nullable=nullable, required=True)


_UNHCR_KEYS = {
    "year": pa.Column(int, pa.Check.in_range(1900, 2100)),
    "coo_iso": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
    "coa_iso": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
}

UNHCR_POPULATION_FILE = pa.DataFrameSchema(
    {**_UNHCR_KEYS, **{c: _count() for c in
                       ("refugees", "asylum_seekers", "returned_refugees", "idps", "returned_idps")}},
    unique=["year", "coo_iso", "coa_iso"], coerce=True, strict=False, name="UNHCR population file",
)
UNHCR_SOLUTIONS_FILE = pa.DataFrameSchema(
    {**_UNHCR_KEYS, **{c: _count() for c in
                       ("returned_refugees", "resettlement", "naturalisation", "returned_idps")}},
    unique=["year", "coo_iso", "coa_iso"], coerce=True, strict=False, name="UNHCR solutions file",
)
UNHCR_FLOWS_FILE = pa.DataFrameSchema(
    {**_UNHCR_KEYS, **{c: _count() for c in ("refugees", "asylum_seekers")}},
    unique=["year", "coo_iso", "coa_iso"], coerce=True, strict=False, name="UNHCR flows file",
)
IDMC_CONFLICT_FILE = pa.DataFrameSchema(
    {
        "iso3": pa.Column(str, pa.Check.str_matches(r"^[A-Z0-9]{3}$")),  # AB9 = Abyei area
        "year": pa.Column(int, pa.Check.in_range(1900, 2100)),
        "new_displacement": _count(),
        "total_displacement": _count(),
    },
    unique=["iso3", "year"], coerce=True, strict=False, name="IDMC GIDD conflict file",
)
WORLDBANK_POPULATION_FILE = pa.DataFrameSchema(
    {
        "Country Code": pa.Column(str, pa.Check.str_matches(r"^[A-Z0-9]{3}$")),
        "Year": pa.Column(int, pa.Check.in_range(1900, 2100)),
        "Value": _count(),
    },
    unique=["Country Code", "Year"], coerce=True, strict=False, name="World Bank population file",
)

# --------------------------------------------------------------------------
# Events: UCDP GED and candidate events, one row per event.
# --------------------------------------------------------------------------

EVENT_COLUMNS = [
    "source", "event_id", "date_start", "date_end", "country", "admin1_name",
    "admin1_pcode", "type_of_violence", "conflict_name", "side_a", "side_b",
    "best", "low", "high", "deaths_civilians", "latitude", "longitude",
    "where_prec", "provisional", "origin", "version",
]

#: UCDP's codes for type of violence.
VIOLENCE_TYPES = {1: "state-based", 2: "non-state", 3: "one-sided"}

EVENTS = pa.DataFrameSchema(
    {
        "source": pa.Column(str),
        "event_id": pa.Column(str),
        "date_start": pa.Column("datetime64[ns]"),
        "date_end": pa.Column("datetime64[ns]", nullable=True),
        "country": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
        "admin1_name": pa.Column(str),
        "admin1_pcode": pa.Column(str),
        "type_of_violence": pa.Column(int, pa.Check.isin(list(VIOLENCE_TYPES))),
        "conflict_name": pa.Column(str),
        "side_a": pa.Column(str),
        "side_b": pa.Column(str),
        "best": pa.Column(float, _nonneg),
        "low": pa.Column(float, _nonneg, nullable=True),
        "high": pa.Column(float, _nonneg, nullable=True),
        "deaths_civilians": pa.Column(float, _nonneg, nullable=True),
        "latitude": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
        "longitude": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
        "where_prec": pa.Column(float, nullable=True),
        "provisional": pa.Column(bool),
        "origin": pa.Column(str, pa.Check.isin(["raw", "reference", "mirror"])),
        "version": pa.Column(str),
    },
    unique=["source", "event_id"],
    strict=True,
    ordered=True,
    coerce=True,
    name="events",
)

# --------------------------------------------------------------------------
# Claims ledger and reviews.
# --------------------------------------------------------------------------

QUALIFIERS = ["exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "approx_word"]
METRICS = [
    "killed", "wounded", "casualties", "displaced", "refugees", "idps", "returned", "released",
    "detained", "missing", "captured", "destroyed", "other",
]

#: Columns of an extraction (one row per reported figure).
CLAIM_COLUMNS = [
    "article", "start", "end", "surface", "value", "value_low", "value_high",
    "qualifier", "unit", "metric", "attributed_to", "place", "place_country", "place_admin1", "period", "scope",
    "sentence",
]

#: Columns of the committed ledger (no article text: offsets, not sentences).
LEDGER_COLUMNS = [
    "claim_id", "article", "url", "outlet", "date", "date_note", "start", "end", "surface",
    "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "attributed_to", "place", "place_country", "place_admin1", "period", "scope", "repeat_of", "review", "review_note",
]

#: Ledger columns added after ledgers were first written: a ledger without them still loads (as "").
LEDGER_ADDED_COLUMNS = ["place_country", "place_admin1", "date_note", "scope"]

REVIEW_COLUMNS = ["claim_id", "action", "field", "new_value", "reviewer", "date", "note"]
REVIEW_ACTIONS = ["accept", "reject", "correct"]


def _describe_failure(check: str, value: object, dtype: str) -> str:
    """Say in words what a pandera check found wrong with ``value``."""
    if check.startswith("coerce_dtype") or check.startswith("dtype("):
        kind = "a number" if any(t in dtype for t in ("int", "float")) else (
            "a date" if "datetime" in dtype else f"of type {dtype}")
        return f"{value!r} is not {kind}"
    if check.startswith("greater_than_or_equal_to(0"):
        return f"{value!r} is negative (counts cannot be)"
    if check.startswith("greater_than_or_equal_to") or check.startswith("in_range"):
        return f"{value!r} is out of range ({check})"
    if check == "not_nullable":
        return "value is missing"
    if check.startswith("isin"):
        return f"{value!r} is not an allowed value"
    if check.startswith("str_matches"):
        return f"{value!r} does not have the expected form {check[len('str_matches'):]}"
    if check == "field_uniqueness":
        return f"{value!r} is duplicated"
    return f"fails {check} (value {value!r})"


def _problems(cases: pd.DataFrame, schema: pa.DataFrameSchema) -> list[tuple[int | None, str | None, str]]:
    """Turn pandera's failure cases into (row, column, text), most useful first."""
    out: list[tuple[int | None, str | None, str]] = []
    seen_rows: set[tuple[int, str]] = set()
    dup_rows: dict[int, list[str]] = {}
    for _, case in cases.iterrows():
        check = str(case.get("check"))
        column = case.get("column")
        column = None if column is None or pd.isna(column) or column == schema.name else str(column)
        index = case.get("index")
        row = None if index is None or pd.isna(index) else int(index) + 1
        value = case.get("failure_case")
        if check == "column_in_dataframe":
            out.append((None, str(value), "column is missing"))
            continue
        if check == "column_in_schema":
            out.append((None, str(value), "unexpected column"))
            continue
        if check == "multiple_fields_uniqueness":
            if row is not None:
                dup_rows.setdefault(row, []).append(f"{column}={value!r}")
            continue
        if isinstance(value, str) and value.startswith("TypeError("):
            continue  # a follow-on of a failed conversion reported elsewhere
        if row is not None and column is not None:
            if (row, column) in seen_rows:
                continue
            seen_rows.add((row, column))
        dtype = str(schema.columns[column].dtype) if column in schema.columns else ""
        out.append((row, column, _describe_failure(check, value, dtype)))
    if dup_rows:
        first = min(dup_rows)
        keys = ", ".join(dup_rows[first])
        others = sorted(dup_rows)
        listed = ", ".join(str(r) for r in others[:6]) + (" ..." if len(others) > 6 else "")
        key_col = None
        if isinstance(schema.unique, (list, tuple)) and schema.unique:
            key_col = str(schema.unique[0])
        out.append((first, key_col,
                    f"duplicate key ({keys}) in rows {listed}; key columns: "
                    f"{', '.join(map(str, schema.unique or []))}"))
    out.sort(key=lambda p: (p[0] is not None, p[0] or 0))
    return out


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, path: str | Path) -> pd.DataFrame:
    """Validate ``frame`` against ``schema``; raise a :class:`DataError` naming file, column and row.

    Row numbers count data rows from 1 in the order of ``frame``'s rows (the
    index is reset first, so a loader that keeps file order reports file rows;
    for a CSV file, data row R is line R + 1). The message lists up to five
    problems in words ("'abc' is not a number", "-3 is negative", "duplicate
    key"); the error's ``row`` and ``column`` are those of the first.
    """
    frame = frame.reset_index(drop=True)
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = _problems(exc.failure_cases, schema) or [(None, None, "fails its schema")]
        texts = []
        for row, column, text in problems[:5]:
            where = ", ".join(([f"row {row}"] if row is not None else [])
                              + ([f"column {column!r}"] if column is not None else []))
            texts.append(f"{where}: {text}" if where else text)
        more = len(problems) - len(texts)
        message = f"schema {schema.name!r}: " + "; ".join(texts) + (f"; and {more} more" if more > 0 else "")
        row, column, _ = problems[0]
        err = DataError(message, path=path)
        # Keep the location for callers; the message already states it.
        err.row, err.column = row, column
        raise err from None


# --------------------------------------------------------------------------
# Claims ledger and reviews as stored (section owned by the claims ledger).
# --------------------------------------------------------------------------

#: Values of the ledger's ``review`` column ("" = not reviewed).
REVIEW_STATES = ["", "accepted", "rejected", "corrected"]

LEDGER = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{12}$")),
        "article": pa.Column(str, pa.Check.str_length(min_value=1)),
        "url": pa.Column(str),
        "outlet": pa.Column(str),
        "date": pa.Column(str),
        "date_note": pa.Column(str),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "surface": pa.Column(str, pa.Check.str_length(min_value=1, max_value=80)),
        "value": pa.Column(float, _nonneg, nullable=True),
        "value_low": pa.Column(float, _nonneg, nullable=True),
        "value_high": pa.Column(float, _nonneg, nullable=True),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
        "unit": pa.Column(str),
        "metric": pa.Column(str, pa.Check.isin(METRICS)),
        "attributed_to": pa.Column(str),
        "place": pa.Column(str),
        "place_country": pa.Column(str, pa.Check.str_matches(r"^(?:[A-Z]{3})?$")),
        "place_admin1": pa.Column(str),
        "period": pa.Column(str),
        "scope": pa.Column(str),
        "repeat_of": pa.Column(str),
        "review": pa.Column(str, pa.Check.isin(REVIEW_STATES)),
        "review_note": pa.Column(str),
    },
    checks=[pa.Check(lambda d: d["end"] > d["start"], name="end > start")],
    unique=["claim_id"],
    strict=True,
    ordered=True,
    coerce=True,
    name="ledger",
)

REVIEWS = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{12}$")),
        "action": pa.Column(str, pa.Check.isin(REVIEW_ACTIONS)),
        "field": pa.Column(str),
        "new_value": pa.Column(str),
        "reviewer": pa.Column(str, pa.Check.str_length(min_value=1)),
        "date": pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")),
        "note": pa.Column(str),
    },
    strict=True,
    ordered=True,
    coerce=True,
    name="reviews",
)


# --------------------------------------------------------------------------
# Published tolls: figures monitors and agencies reported (SOHR, SNHR, OCHA,
# UNHCR), one row per figure with its URL. Labelled "published toll", never
# treated as a dataset of events (section owned by analysis.sources.tolls).
# --------------------------------------------------------------------------

TOLL_COLUMNS = [
    "source_org",    # who counted: SOHR, SNHR, OCHA, UNHCR, ...
    "reported_by",   # where the figure was read (the organisation or a report quoting it)
    "metric",        # what was counted, in the publisher's words
    "topic",         # "deaths", "displacement" or "returns": which kind of figure it is
    "period_start",  # first day the figure covers (NaT for a stock on as_of_date)
    "period_end",
    "as_of_date",    # when the figure was published or valid
    "value",         # the figure (the low end of a range)
    "value_high",    # the top of a range, NaN if none
    "url",
    "note",
    "label",         # always "published toll"
    "version",       # the tabulation's version, from the catalog
    "origin",        # "raw", "reference" or "mirror"
]

TOLLS = pa.DataFrameSchema(
    {
        "source_org": pa.Column(str, pa.Check.str_length(min_value=1)),
        "reported_by": pa.Column(str),
        "metric": pa.Column(str, pa.Check.str_length(min_value=1)),
        "topic": pa.Column(str, pa.Check.isin(["deaths", "displacement", "returns"])),
        "period_start": pa.Column("datetime64[ns]", nullable=True),
        "period_end": pa.Column("datetime64[ns]", nullable=True),
        "as_of_date": pa.Column("datetime64[ns]"),
        "value": pa.Column(float, _nonneg),
        "value_high": pa.Column(float, _nonneg, nullable=True),
        "url": pa.Column(str, pa.Check.str_matches(r"^https?://")),
        "note": pa.Column(str),
        "label": pa.Column(str, pa.Check.isin(["published toll"])),
        "version": pa.Column(str),
        "origin": pa.Column(str, pa.Check.isin(["raw", "reference", "mirror"])),
    },
    checks=[
        pa.Check(lambda d: ~(d["period_end"] < d["period_start"]).fillna(False),
                 name="period_end >= period_start"),
        pa.Check(lambda d: ~(d["value_high"] < d["value"]).fillna(False), name="value_high >= value"),
    ],
    strict=True,
    ordered=True,
    coerce=True,
    name="tolls",
)
