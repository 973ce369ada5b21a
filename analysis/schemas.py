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
    "new_asylum_applications", "deaths", "battle_deaths", "events", "population",
    "reported_deaths", "reported_displaced", "reported_returned",
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
    unique=["source", "indicator", "country", "partner", "admin1_pcode", "period_start", "period_end"],
    strict=True,
    ordered=True,
    coerce=True,
    name="indicators",
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
    "killed", "wounded", "casualties", "displaced", "refugees", "idps", "returned",
    "detained", "missing", "captured", "destroyed", "other",
]

#: Columns of an extraction (one row per reported figure).
CLAIM_COLUMNS = [
    "article", "start", "end", "surface", "value", "value_low", "value_high",
    "qualifier", "unit", "metric", "attributed_to", "place", "period", "sentence",
]

#: Columns of the committed ledger (no article text: offsets, not sentences).
LEDGER_COLUMNS = [
    "claim_id", "article", "url", "outlet", "date", "start", "end", "surface",
    "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "attributed_to", "place", "period", "repeat_of", "review", "review_note",
]

REVIEW_COLUMNS = ["claim_id", "action", "field", "new_value", "reviewer", "date", "note"]
REVIEW_ACTIONS = ["accept", "reject", "correct"]


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, path: str | Path) -> pd.DataFrame:
    """Validate ``frame`` against ``schema``; raise a :class:`DataError` naming file, column and row.

    Row numbers count data rows from 1 in the order of ``frame``'s rows (the
    index is reset first, so a loader that keeps file order reports file rows).
    """
    frame = frame.reset_index(drop=True)
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        problems = []
        for _, case in cases.head(5).iterrows():
            column = case.get("column")
            index = case.get("index")
            check = case.get("check")
            value = case.get("failure_case")
            row = None if index is None or pd.isna(index) else int(index) + 1
            where = []
            if row is not None:
                where.append(f"row {row}")
            if column is not None and not pd.isna(column) and column != schema.name:
                where.append(f"column {column!r}")
            problems.append(f"{', '.join(where) or 'table'}: fails {check} (value {value!r})")
        more = len(cases) - len(problems)
        text = "; ".join(problems) + (f"; and {more} more" if more > 0 else "")
        first = cases.iloc[0]
        col = first.get("column")
        idx = first.get("index")
        err = DataError(f"schema {schema.name!r}: {text}", path=path)
        err.column = None if col is None or pd.isna(col) else str(col)
        err.row = None if idx is None or pd.isna(idx) else int(idx) + 1
        raise err from None
