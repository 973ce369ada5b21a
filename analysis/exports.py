"""Exports: claims, indicators and checks as CSV, Parquet and HXL-tagged CSV, with a Frictionless data package.

``python -m analysis export [--out DIR]`` (default ``data/exports/``, git-ignored) writes, for each table:

* ``<table>.csv`` and ``<table>.parquet``;
* ``<table>_hxl.csv``: the same rows with a second row of HXL hashtags. Low and high
  ends are kept as their own tagged columns (``+low`` / ``+high``), which HDX's usual
  tagging drops. In the claims and checks files the claimed value is spread into one
  column per metric (``#affected+killed``, ``#affected+idps``, ...), as HXL tables are
  wide; indicators stay long (``#indicator+code``, ``#indicator+value+num``);
* ``datapackage.json``: a Frictionless (Data Package v1) descriptor listing every file
  with its fields and types, size and sha256. The HXL files declare ``commentChar: "#"``
  so spec readers skip the hashtag row.

:func:`validate_package` checks a written package without extra dependencies: the
descriptor against the Data Package / Table Schema rules (:data:`DATAPACKAGE_PROFILE`,
with jsonschema), then each file's size and hash, header, types, required values and
primary key. Every file is written atomically; the descriptor last.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import countries, paths
from analysis.atomic import atomic_path, write_text
from analysis.errors import DataError

TABLES = ("claims", "indicators", "checks")

#: HXL attribute for each ledger metric (the claimed value is spread into one column per metric).
METRIC_ATTRIBUTES = {
    "killed": "killed", "wounded": "injured", "casualties": "casualties", "displaced": "displaced",
    "refugees": "refugees", "idps": "idps", "returned": "returnees", "detained": "detained",
    "missing": "missing", "captured": "captured", "destroyed": "destroyed", "other": "other",
}

#: HXL hashtag per column name (columns not listed are tagged #meta+<name>).
HXL_TAGS = {
    "claim_id": "#meta+id", "article": "#meta+article", "url": "#meta+url", "outlet": "#meta+source+outlet",
    "date": "#date+reported", "surface": "#meta+surface", "qualifier": "#meta+qualifier",
    "unit": "#affected+type", "metric": "#indicator+code+metric", "attributed_to": "#meta+source+attributed",
    "place": "#loc+name", "place_country": "#country+code", "place_admin1": "#adm1+name", "period": "#date+period+text", "source": "#meta+source", "indicator": "#indicator+code",
    "country": "#country+code", "partner": "#country+code+partner", "admin1_pcode": "#adm1+code",
    "admin1_name": "#adm1+name", "period_start": "#date+start", "period_end": "#date+end",
    "value": "#indicator+value+num", "low": "#indicator+value+low", "high": "#indicator+value+high",
    "version": "#meta+version", "origin": "#meta+origin", "note": "#meta+note",
    "host": "#country+code+host", "dataset": "#meta+source+dataset", "rule": "#meta+rule",
    "window_start": "#date+start+claim", "window_end": "#date+end+claim",
    "data_period_start": "#date+start+data", "data_period_end": "#date+end+data",
    "data_value": "#indicator+value+num+data", "data_low": "#indicator+value+low+data",
    "data_high": "#indicator+value+high+data", "ratio": "#indicator+ratio", "tolerance": "#indicator+tolerance",
    "within_range": "#status+within_range", "verdict": "#status+verdict", "reason": "#description+reason",
    "provisional": "#status+provisional", "toll_value": "#affected+num+published_toll",
    "toll_value_high": "#affected+num+high+published_toll", "toll_source": "#org+published_toll",
    "toll_url": "#meta+url+published_toll", "toll_as_of": "#date+reported+published_toll",
}

#: The parts of the Data Package v1, Tabular Data Resource and Table Schema specs a package
#: written here must meet (https://specs.frictionlessdata.io/), as a JSON Schema.
_FIELD_TYPES = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime",
                "year", "yearmonth", "duration", "geopoint", "geojson", "any"]
DATAPACKAGE_PROFILE: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["resources"],
    "properties": {
        "profile": {"type": "string"},
        "name": {"type": "string", "pattern": r"^([-a-z0-9._/])+$"},
        "title": {"type": "string"},
        "created": {"type": "string", "format": "date-time"},
        "licenses": {"type": "array", "minItems": 1, "items": {
            "type": "object", "anyOf": [{"required": ["name"]}, {"required": ["path"]}]}},
        "resources": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/resource"}},
    },
    "definitions": {
        "resource": {
            "type": "object",
            "required": ["name", "path"],
            "properties": {
                "name": {"type": "string", "pattern": r"^([-a-z0-9._/])+$"},
                "path": {"type": "string", "pattern": r"^(?!/)(?!.*\.\./)(?!.*\.\.$)[^\\]+$"},
                "profile": {"type": "string"},
                "format": {"type": "string"},
                "mediatype": {"type": "string", "pattern": r"^(.+)/(.+)$"},
                "encoding": {"type": "string"},
                "bytes": {"type": "integer", "minimum": 0},
                "hash": {"type": "string", "pattern": r"^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$"},
                "schema": {"$ref": "#/definitions/tableSchema"},
                "dialect": {"type": "object", "properties": {
                    "delimiter": {"type": "string", "minLength": 1},
                    "header": {"type": "boolean"},
                    "commentChar": {"type": "string", "minLength": 1, "maxLength": 1},
                    "doubleQuote": {"type": "boolean"},
                    "lineTerminator": {"type": "string"},
                    "quoteChar": {"type": "string", "minLength": 1, "maxLength": 1},
                }},
            },
            "if": {"properties": {"profile": {"const": "tabular-data-resource"}}, "required": ["profile"]},
            "then": {"required": ["schema"]},
        },
        "tableSchema": {
            "type": "object",
            "required": ["fields"],
            "properties": {
                "fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/field"}},
                "primaryKey": {"oneOf": [{"type": "string"}, {"type": "array", "minItems": 1,
                                                              "items": {"type": "string"}}]},
                "missingValues": {"type": "array", "items": {"type": "string"}},
            },
        },
        "field": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "type": {"enum": _FIELD_TYPES},
                "format": {"type": "string"},
                "title": {"type": "string"},
                "description": {"type": "string"},
                "rdfType": {"type": "string"},
                "constraints": {"type": "object", "properties": {
                    "required": {"type": "boolean"}, "unique": {"type": "boolean"},
                    "enum": {"type": "array", "minItems": 1}}},
                "trueValues": {"type": "array", "items": {"type": "string"}},
                "falseValues": {"type": "array", "items": {"type": "string"}},
            },
        },
    },
}

_TRUE = ["true", "True", "TRUE", "1"]
_FALSE = ["false", "False", "FALSE", "0"]


# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

def tables(ledger: str | Path = paths.LEDGER, country: str = "SYR", *, raw: Path | None = None) -> dict[str, pd.DataFrame]:
    """The three tables: the claims ledger, the country's indicators, and the claim checks."""
    from analysis import datasets
    from analysis.check.run import check_claims
    from analysis.claims.ledger import load_ledger

    country = countries.normalise(country)
    claims = load_ledger(ledger)
    claims = claims.assign(start=claims["start"].astype("int64"), end=claims["end"].astype("int64"))
    return {
        "claims": claims.reset_index(drop=True),
        "indicators": datasets.indicators(country, raw=raw).reset_index(drop=True),
        "checks": check_claims(claims, country, raw=raw),
    }


def _is_date_only(series: pd.Series) -> bool:
    values = series.dropna()
    return bool((values == values.dt.normalize()).all())


def field_type(series: pd.Series) -> str:
    """The Table Schema type of a column."""
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date" if _is_date_only(series) else "datetime"
    return "string"


def _prepared(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Columns as they are written (dates ISO, booleans true/false) and their Table Schema fields."""
    out = pd.DataFrame(index=frame.index)
    fields = []
    for col in frame.columns:
        s = frame[col]
        kind = field_type(s)
        if kind == "date":
            out[col] = s.dt.strftime("%Y-%m-%d").astype(object).where(s.notna(), "")
        elif kind == "datetime":
            out[col] = s.dt.strftime("%Y-%m-%dT%H:%M:%S").astype(object).where(s.notna(), "")
        elif kind == "boolean":
            out[col] = s.map({True: "true", False: "false"})
        elif kind == "string":
            out[col] = s.astype(object).where(s.notna(), "").astype(str)
        else:
            out[col] = s
        fields.append({"name": str(col), "type": kind})
    return out, fields


def hxl_frame(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The HXL version of a table and its hashtag row.

    Claims and checks: the claimed ``value``/``value_low``/``value_high`` are spread into
    one column per metric (``value_killed`` tagged ``#affected+killed``, ``value_low_killed``
    ``#affected+killed+low`` ...). Other columns keep their names, tagged from :data:`HXL_TAGS`.
    """
    frame = frame.copy()
    tags: dict[str, str] = {}
    if name in ("claims", "checks") and "metric" in frame:
        spread = {}
        for metric in [m for m in METRIC_ATTRIBUTES if m in set(frame["metric"])]:
            attr = METRIC_ATTRIBUTES[metric]
            mask = frame["metric"] == metric
            for col, suffix in (("value", ""), ("value_low", "+low"), ("value_high", "+high")):
                new = f"{col}_{metric}"
                spread[new] = frame[col].where(mask)
                tags[new] = f"#affected+{attr}{suffix}"
        position = list(frame.columns).index("value")
        frame = frame.drop(columns=["value", "value_low", "value_high"])
        for i, (col, values) in enumerate(spread.items()):
            frame.insert(position + i, col, values)
    row = [tags.get(c) or HXL_TAGS.get(c) or f"#meta+{re.sub(r'[^a-z0-9_]', '_', c.lower())}" for c in frame.columns]
    return frame, row


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: A text cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell that a spreadsheet would run as a formula (one starting with =, +, -, @,
    tab or carriage return) prefixed with a single quote, as OWASP recommends; numbers are left alone."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col]) \
                or pd.api.types.is_datetime64_any_dtype(out[col]):
            continue
        values = out[col]
        text = values.astype(str)
        risky = values.notna() & text.str.startswith(FORMULA_STARTS)
        if risky.any():
            out[col] = values.astype(object).where(~risky, "'" + text)
    return out


def _csv_text(frame: pd.DataFrame, tag_row: list[str] | None = None) -> str:
    frame = neutralise_formulas(frame)
    buf = io.StringIO()
    frame.iloc[:0].to_csv(buf, index=False, lineterminator="\n")
    if tag_row is not None:
        csv.writer(buf, lineterminator="\n").writerow(tag_row)
    frame.to_csv(buf, index=False, header=False, lineterminator="\n", float_format="%.10g")
    return buf.getvalue()


def _resource(out: Path, file: str, name: str, fields: list[dict], **extra: Any) -> dict:
    path = out / file
    res = {"name": name, "path": file, "bytes": path.stat().st_size, "hash": f"sha256:{_sha256(path)}"}
    res.update(extra)
    if fields:
        res["schema"] = {"fields": fields, "missingValues": [""]}
    return res


_DESCRIPTIONS = {
    "claims": "Figures reported in news articles (the claims ledger): value, low, high, hedge, metric, who said it.",
    "indicators": "Dataset figures (UNHCR, IDMC, UCDP, World Bank, ACLED) for the country, with source and version.",
    "checks": "Each claim beside the comparable dataset figure, with ratio, verdict and reason; published tolls "
              "as a second comparison.",
}
_KEYS = {"claims": ["claim_id"], "checks": ["claim_id"]}


def write_exports(out: str | Path, *, ledger: str | Path = paths.LEDGER, country: str = "SYR",
                  raw: Path | None = None, frames: dict[str, pd.DataFrame] | None = None) -> list[Path]:
    """Write every table as CSV, Parquet and HXL CSV into ``out`` and the datapackage.json; return the files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    frames = frames if frames is not None else tables(ledger, country, raw=raw)
    resources, written = [], []
    for name in TABLES:
        frame = frames[name].reset_index(drop=True)
        plain, fields = _prepared(frame)
        key = _KEYS.get(name)
        write_text(out / f"{name}.csv", _csv_text(plain))
        with atomic_path(out / f"{name}.parquet") as tmp:
            frame.to_parquet(tmp, index=False)
        hxl, tag_row = hxl_frame(name, frame)
        hxl_plain, hxl_fields = _prepared(hxl)
        for f, tag in zip(hxl_fields, tag_row):
            f["rdfType"] = f"https://hxlstandard.org/standard/1-1final/dictionary/#{tag.split('+')[0][1:]}"
            f["description"] = f"HXL {tag}"
        write_text(out / f"{name}_hxl.csv", _csv_text(hxl_plain, tag_row))
        csv_meta = {"profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                    "encoding": "utf-8", "description": _DESCRIPTIONS[name]}
        res = _resource(out, f"{name}.csv", name, fields, **csv_meta)
        if key:
            res["schema"]["primaryKey"] = key
        resources.append(res)
        hres = _resource(out, f"{name}_hxl.csv", f"{name}-hxl", hxl_fields,
                         **{**csv_meta, "description": _DESCRIPTIONS[name] + " HXL hashtags in row 2.",
                            "dialect": {"header": True, "commentChar": "#"}})
        if key:
            hres["schema"]["primaryKey"] = key
        resources.append(hres)
        resources.append(_resource(out, f"{name}.parquet", f"{name}-parquet", fields, profile="data-resource",
                                   format="parquet", mediatype="application/vnd.apache.parquet",
                                   description=_DESCRIPTIONS[name] + " (Parquet)"))
        written += [out / f"{name}.csv", out / f"{name}.parquet", out / f"{name}_hxl.csv"]
    package = {
        "profile": "tabular-data-package",
        "name": f"tally-{countries.normalise(country).lower()}",
        "title": f"Tally: reported figures checked against public data ({countries.name(country)})",
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": resources,
    }
    write_text(out / "datapackage.json", json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    written.append(out / "datapackage.json")
    return written


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

_INT = re.compile(r"^[+-]?\d+$")


def _cast_ok(kind: str, text: str, field: dict) -> bool:
    try:
        if kind == "integer":
            return bool(_INT.match(text))
        if kind == "number":
            if text in ("NaN", "INF", "-INF"):
                return True
            return not math.isnan(float(text)) or text.lower() == "nan"
        if kind == "boolean":
            return text in field.get("trueValues", _TRUE) + field.get("falseValues", _FALSE)
        if kind == "date":
            dt.date.fromisoformat(text)
            return len(text) == 10
        if kind == "datetime":
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return "T" in text
        return True
    except ValueError:
        return False


def _check_csv(base: Path, res: dict) -> list[str]:
    errors = []
    name = res["name"]
    fields = res["schema"]["fields"]
    missing = set(res["schema"].get("missingValues", [""]))
    comment = (res.get("dialect") or {}).get("commentChar")
    with open(base / res["path"], newline="", encoding=res.get("encoding", "utf-8")) as fh:
        reader = csv.reader(fh, delimiter=(res.get("dialect") or {}).get("delimiter", ","))
        header = next(reader, None)
        names = [f["name"] for f in fields]
        if header != names:
            return [f"resource {name}: header {header} does not match the schema's fields {names}"]
        key = res["schema"].get("primaryKey")
        key = [key] if isinstance(key, str) else (key or [])
        key_index = [names.index(k) for k in key if k in names]
        seen: set[tuple] = set()
        for number, row in enumerate(reader, start=2):
            if comment and row and row[0].startswith(comment):
                continue
            if len(row) != len(fields):
                errors.append(f"resource {name}: row {number}: {len(row)} cells, expected {len(fields)}")
                continue
            for field, text in zip(fields, row):
                if text in missing:
                    if (field.get("constraints") or {}).get("required"):
                        errors.append(f"resource {name}: row {number}, field {field['name']!r}: value is required")
                    continue
                kind = field.get("type", "string")
                if not _cast_ok(kind, text, field):
                    errors.append(f"resource {name}: row {number}, field {field['name']!r}: {text!r} is not "
                                  f"a valid {kind}")
            if key_index:
                k = tuple(row[i] for i in key_index)
                if k in seen:
                    errors.append(f"resource {name}: row {number}: primary key {k} is duplicated")
                seen.add(k)
            if len(errors) > 50:
                break
    return errors


def validate_package(descriptor: str | Path) -> list[str]:
    """Problems with a data package (empty when it is valid): descriptor, sizes, hashes, headers, types, keys."""
    import jsonschema

    descriptor = Path(descriptor)
    try:
        package = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{descriptor}: cannot read the descriptor: {exc}"]
    validator = jsonschema.Draft7Validator(DATAPACKAGE_PROFILE, format_checker=jsonschema.FormatChecker())
    errors = [f"descriptor: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
              for e in validator.iter_errors(package)]
    if errors:
        return errors
    base = descriptor.parent
    names = [r["name"] for r in package["resources"]]
    if len(set(names)) != len(names):
        errors.append("descriptor: resource names are not unique")
    for res in package["resources"]:
        path = base / res["path"]
        if not path.is_file():
            errors.append(f"resource {res['name']}: file {res['path']} not found")
            continue
        if "bytes" in res and path.stat().st_size != res["bytes"]:
            errors.append(f"resource {res['name']}: {path.stat().st_size} bytes, descriptor says {res['bytes']}")
        if "hash" in res:
            algo, _, digest = res["hash"].rpartition(":")
            if (algo or "md5") == "sha256" and _sha256(path) != digest.lower():
                errors.append(f"resource {res['name']}: sha256 differs from the descriptor's hash")
        if res.get("format") == "csv" and "schema" in res:
            errors += _check_csv(base, res)
        elif res.get("format") == "parquet" and "schema" in res:
            import pyarrow.parquet as pq

            columns = pq.read_schema(path).names
            expected = [f["name"] for f in res["schema"]["fields"]]
            if columns != expected:
                errors.append(f"resource {res['name']}: columns {columns} do not match the schema's fields")
    return errors


def check_package(descriptor: str | Path) -> None:
    """Raise a :class:`DataError` naming the descriptor and the first problems when the package is not valid."""
    problems = validate_package(descriptor)
    if problems:
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise DataError("data package does not validate: " + "; ".join(problems[:5]) + more, path=descriptor)
