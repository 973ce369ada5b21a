"""Small helpers the source loaders share: read a source file checked against
its schema, and shape rows into the INDICATORS table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd
import pandera.pandas as pa

from analysis import catalog, schemas
from analysis.errors import DataError


def read_source_csv(path: str | Path, schema: pa.DataFrameSchema | None = None,
                    usecols: Iterable[str] | None = None) -> pd.DataFrame:
    """Read a publisher's CSV, checked against ``schema`` (file, column and row in any error).

    Empty cells are missing values; text such as ``NA`` stays text (it is a
    country code in some files).
    """
    path = Path(path)
    if not path.is_file():
        raise DataError("file not found", path=path)
    try:
        frame = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype=str, low_memory=False)
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(f"cannot read as CSV: {exc}", path=path) from None
    if usecols is not None:
        wanted = [c for c in usecols if c in frame.columns]
        frame = frame[wanted]
    if schema is not None:
        frame = schemas.validate(frame, schema, path)
    return frame


def pick_file(source_dir: str | Path, names: Iterable[str]) -> Path | None:
    """The first of ``names`` present in ``source_dir`` (None if none).

    When the folder holds a fetch record (``.fetched.yml``) from a fresh
    download, only the files that download wrote count, so a stale file
    left by an earlier mirror import is never read in their place.
    """
    source_dir = Path(source_dir)
    manifest = catalog.read_manifest(source_dir)
    allowed = None
    if manifest and manifest.get("fetched_by") == "download":
        allowed = {str(f["name"]) for f in manifest.get("files", [])}
    for name in names:
        path = source_dir / name
        if path.is_file() and (allowed is None or name in allowed):
            return path
    return None


def year_end(years: pd.Series) -> pd.Series:
    """31 December of each year (the reference date of an end-year stock)."""
    return pd.to_datetime(years.astype(int).astype(str) + "-12-31")


def year_start(years: pd.Series) -> pd.Series:
    """1 January of each year (the first day a yearly flow covers)."""
    return pd.to_datetime(years.astype(int).astype(str) + "-01-01")


def indicator_frame(frame: pd.DataFrame, dataset: str, *, origin: str = "raw",
                    path: str | Path = "") -> pd.DataFrame:
    """Complete ``frame`` to the INDICATORS columns (defaults for absent ones) and validate it.

    ``frame`` needs at least indicator, country, period_start, period_end,
    value and unit. ``source`` is ``dataset``; ``version`` comes from the catalog.
    """
    out = frame.copy()
    defaults = {"partner": "", "admin1_pcode": "", "admin1_name": "", "note": "",
                "low": float("nan"), "high": float("nan")}
    for column, value in defaults.items():
        if column not in out.columns:
            out[column] = value
    out["source"] = dataset
    out["origin"] = origin
    out["version"] = catalog.version(dataset)
    for column in ("partner", "admin1_pcode", "admin1_name", "note"):
        out[column] = out[column].fillna("").astype(str)
    for column in ("value", "low", "high"):
        out[column] = pd.to_numeric(out[column]).astype(float)
    out = out[schemas.INDICATOR_COLUMNS]
    out = out.sort_values(["indicator", "country", "partner", "admin1_pcode", "period_start"], kind="stable")
    out = out.reset_index(drop=True)
    validated = schemas.validate(out, schemas.INDICATORS, path or dataset)
    validated.attrs.update({"origin": {dataset: origin}, "datasets": [dataset]})
    return validated
