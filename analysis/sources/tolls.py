"""Published tolls: death and displacement figures as monitors and agencies reported them.

Dataset ``published_tolls``: SOHR, SNHR, OCHA and UNHCR figures tabulated by
hand, one row per figure with its URL. These are reported totals, not event
data: every row carries ``label == "published toll"`` and reports must show
them as such, never as a dataset of events. Organisations count different
things (SNHR: civilians only; SOHR: all deaths including combatants; OCHA:
verified or reported civilians), which ``metric`` keeps in their words.

:func:`load_tolls` reads both tables into the TOLLS schema
(:data:`analysis.schemas.TOLL_COLUMNS`), with ``topic`` "deaths",
"displacement", or "returns" (a displacement-table metric that says
"returned"). Breakdowns the tables give (children, women, other
breakdown) are kept in ``note`` as ``"children 35; women 16; ..."``.

The tables cover only the countries the catalog entry lists
(``countries``); for any other country the result is an empty frame whose
``attrs["note"]`` says so. Nothing is guessed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis import catalog, schemas
from analysis.errors import DataError, ParameterError

DATASETS: tuple[str, ...] = ("published_tolls",)
LABEL = "published toll"
DEATHS_FILE_COLUMNS = ["source_org", "reported_by", "metric", "period_start", "period_end", "as_of_date",
                       "value", "source_url", "note"]
DISPLACEMENT_FILE_COLUMNS = ["as_of_date", "source_org", "document", "metric", "value", "value_high",
                             "source_url", "note"]


def _empty(note: str) -> pd.DataFrame:
    types = {c: str for c in schemas.TOLL_COLUMNS}
    types.update(period_start="datetime64[ns]", period_end="datetime64[ns]", as_of_date="datetime64[ns]",
                 value=float, value_high=float)
    frame = pd.DataFrame({c: pd.Series(dtype=t) for c, t in types.items()})
    frame.attrs["note"] = note
    return frame


def _require(raw: pd.DataFrame, columns: list[str], path: Path) -> None:
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise DataError(f"missing column(s) {', '.join(repr(c) for c in missing)}", path=path)


def _number(raw: pd.DataFrame, column: str, path: Path, required: bool) -> pd.Series:
    text = raw[column].str.replace(",", "", regex=False).str.strip()
    values = pd.to_numeric(text, errors="coerce")
    bad = (values.isna() & (text != "")) | (values < 0)
    if required:
        bad |= text == ""
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        problem = "empty value" if text.iloc[i] == "" else (
            "negative figure" if values.iloc[i] < 0 else "not a number")
        raise DataError(f"{problem}: {raw[column].iloc[i]!r}", path=path, row=i + 1, column=column)
    return values.astype(float)


def _date(raw: pd.DataFrame, column: str, path: Path, required: bool) -> tuple[pd.Series, pd.Series]:
    """Dates; a month-only "YYYY-MM" becomes its first day, flagged in the second series."""
    text = raw[column].str.strip()
    month_only = text.str.fullmatch(r"\d{4}-\d{2}")
    full = text.where(~month_only, text + "-01")
    values = pd.to_datetime(full, format="%Y-%m-%d", errors="coerce")
    bad = values.isna() & (text != "")
    if required:
        bad |= text == ""
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(f"not a date: {raw[column].iloc[i]!r}", path=path, row=i + 1, column=column)
    return values.astype("datetime64[ns]"), month_only


def _join_notes(*parts: pd.Series) -> pd.Series:
    frame = pd.concat([p.fillna("").astype(str).str.strip() for p in parts], axis=1)
    return frame.apply(lambda row: "; ".join(x for x in row if x), axis=1).astype(str)


def _labelled(raw: pd.DataFrame, prefix: str) -> pd.Series:
    text = raw.fillna("").astype(str).str.strip()
    return text.where(text == "", prefix + " " + text)


def _deaths(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    _require(raw, DEATHS_FILE_COLUMNS, path)
    as_of, month_only = _date(raw, "as_of_date", path, required=True)
    labels = [_labelled(raw[c], c) for c in ("children", "women") if c in raw]
    labels += [raw["other_breakdown"]] if "other_breakdown" in raw else []
    flag = pd.Series(np.where(month_only, "as_of_date given as a month only", ""), index=raw.index)
    return pd.DataFrame({
        "source_org": raw["source_org"].str.strip(),
        "reported_by": raw["reported_by"].str.strip(),
        "metric": raw["metric"].str.strip(),
        "topic": "deaths",
        "period_start": _date(raw, "period_start", path, required=False)[0],
        "period_end": _date(raw, "period_end", path, required=False)[0],
        "as_of_date": as_of,
        "value": _number(raw, "value", path, required=True),
        "value_high": np.nan,
        "url": raw["source_url"].str.strip(),
        "note": _join_notes(raw["note"], *labels, flag),
    })


def _displacement(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    _require(raw, DISPLACEMENT_FILE_COLUMNS, path)
    as_of, month_only = _date(raw, "as_of_date", path, required=True)
    flag = pd.Series(np.where(month_only, "as_of_date given as a month only", ""), index=raw.index)
    breakdown = raw["breakdown"] if "breakdown" in raw else pd.Series("", index=raw.index)
    return pd.DataFrame({
        "source_org": raw["source_org"].str.strip(),
        "reported_by": raw["document"].str.strip(),
        "metric": raw["metric"].str.strip(),
        "topic": np.where(raw["metric"].str.contains(r"\breturn", case=False), "returns", "displacement"),
        "period_start": pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]"),
        "period_end": pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]"),
        "as_of_date": as_of,
        "value": _number(raw, "value", path, required=True),
        "value_high": _number(raw, "value_high", path, required=False),
        "url": raw["source_url"].str.strip(),
        "note": _join_notes(raw["note"], breakdown, flag),
    })


def load_tolls(dataset: str, country: str, source_dir: str | Path) -> pd.DataFrame:
    """The published tolls of ``country`` (ISO3) in the TOLLS schema, labelled "published toll".

    Each file is validated on its own so an error names that file and row.
    For a country the tabulation does not cover: an empty frame with
    ``attrs["note"]`` saying so.
    """
    if dataset not in DATASETS:
        raise ParameterError(f"module analysis.sources.tolls does not serve {dataset!r}")
    covered = list(catalog.dataset(dataset).get("countries") or [])
    if country not in covered:
        return _empty(f"published tolls are tabulated only for {', '.join(covered) or 'no country'}; "
                      f"none for {country}")
    source_dir = Path(source_dir)
    frames = []
    for item in catalog.files(dataset):
        path = source_dir / item["name"]
        if not path.is_file():
            raise DataError(f"published-toll table {item['name']} is missing", path=source_dir)
        reader = _displacement if "displacement" in item["name"] else _deaths
        frame = reader(path).assign(label=LABEL, version=catalog.version(dataset), origin="raw")
        frames.append(schemas.validate(frame[schemas.TOLL_COLUMNS], schemas.TOLLS, path))
    out = pd.concat(frames, ignore_index=True)
    out.attrs["note"] = "reported totals as published, not event data"
    return out


def load_published_tolls(dataset: str, country: str, source_dir: str | Path) -> pd.DataFrame:
    """Same as :func:`load_tolls` (the name the reference builder also looks for)."""
    return load_tolls(dataset, country, source_dir)


def download(dataset: str, dest: Path, *, progress: bool = True) -> list[Path]:
    """There is no publisher endpoint: the table is tabulated by hand from each row's URL.

    Raises NotImplementedError (the fetch command reports the dataset as
    skipped); ``fetch --mirror`` copies the table instead.
    """
    raise NotImplementedError("published_tolls has no download endpoint: the figures are tabulated by hand, "
                         "one row per figure with its URL; import it from a mirror (fetch --mirror DIR)")
