"""Exports: claims, indicators and checks as CSV, Parquet and HXL-tagged CSV, ClaimReviews, and a Frictionless
data package, each checked by the field's own validators.

``python -m analysis export [--out DIR]`` (default ``data/exports/``, git-ignored) writes, for each table:

* ``<table>.csv`` and ``<table>.parquet`` (date-only columns as Parquet dates);
* ``<table>_hxl.csv``: the same rows with a second row of HXL hashtags (:data:`HXL_TAGS`). In the claims and
  checks files a claim of a metric HDX tools count is repeated in that metric's columns, tagged as HDX tags
  counts (:data:`HDX_AFFECTED`: ``#affected+killed``, ``+injured``, ``+displaced``, ``+idps``, ``+refugees``,
  ``+returnees``; households ``+hh``), with its low and high ends as ``+min`` / ``+max`` columns, which
  HDX's usual tagging drops; every claim keeps its long ``value`` columns (``#indicator+value+num``, ``+min``,
  ``+max``) beside ``#indicator+code+metric``. Indicators stay long;

and then ``claimreview.jsonld`` (:mod:`analysis.claimreview`: a schema.org ClaimReview per claim the check
compared with data or found implausible) and ``datapackage.json``, a Data Package (v1) descriptor listing every
file with its fields and types, size and sha256 (the HXL files declare ``commentChar: "#"`` so readers skip
the hashtag row). Every file is written atomically; the descriptor last.

:func:`check_package` checks what was written: the package and every table with ``frictionless``
(:func:`validate_package`), every HXL file with ``libhxl`` against the HXL schema in ``data/hxl_schema.csv``
(:func:`validate_hxl`: numeric, non-negative ``#affected`` counts, ISO dates that exist, ISO3 country codes,
unique claim ids), and the ClaimReviews against schema.org's fields (:func:`analysis.claimreview.problems`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import re
import warnings
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from analysis import countries, paths
from analysis.atomic import atomic_path, write_text
from analysis.errors import DataError

TABLES = ("claims", "indicators", "checks")

#: The HXL hashtag HDX tools count for each ledger metric (Humanitarian Data Exchange: ``#affected+killed``,
#: ``+injured``, ``+displaced``, ``+idps``, ``+refugees``, ``+returnees``). A claim of one of these metrics is
#: repeated in its own column so tagged; other metrics (detained, missing, destroyed vehicles ...) have no
#: count tag HDX reads and stay in the long ``value`` columns only.
HDX_AFFECTED = {
    "killed": "#affected+killed", "wounded": "#affected+injured", "displaced": "#affected+displaced",
    "idps": "#affected+idps", "refugees": "#affected+refugees", "returned": "#affected+returnees",
}
#: Units counted as households rather than people: their figures go under ``+hh`` (HXL's households attribute),
#: never summed with people.
HOUSEHOLD_UNITS = frozenset({"household", "households", "family", "families"})
#: HXL attributes for a figure's low and high ends (HXL's ``+min`` / ``+max``).
LOW_HIGH = {"value": "", "value_low": "+min", "value_high": "+max"}

#: HXL hashtag per column name (columns not listed are tagged #meta+<name>).
HXL_TAGS = {
    "claim_id": "#meta+id", "article": "#meta+article", "url": "#meta+url", "outlet": "#meta+source+outlet",
    "date": "#date+reported", "surface": "#meta+surface", "qualifier": "#meta+qualifier",
    "unit": "#meta+unit", "metric": "#indicator+code+metric", "attributed_to": "#meta+source+attributed",
    "place": "#loc+name", "place_country": "#country+code", "place_admin1": "#adm1+name", "period": "#meta+period",
    "source": "#meta+source", "indicator": "#indicator+code",
    "country": "#country+code", "partner": "#country+code+partner", "admin1_pcode": "#adm1+code",
    "admin1_name": "#adm1+name", "period_start": "#date+start", "period_end": "#date+end",
    "value": "#indicator+value+num", "value_low": "#indicator+value+num+min",
    "value_high": "#indicator+value+num+max", "low": "#indicator+value+num+min", "high": "#indicator+value+num+max",
    "version": "#meta+version", "origin": "#meta+origin", "note": "#meta+note",
    "host": "#country+code+host", "dataset": "#meta+source+dataset", "rule": "#meta+rule",
    "window_start": "#date+start+claim", "window_end": "#date+end+claim",
    "data_period_start": "#date+start+data", "data_period_end": "#date+end+data",
    "data_value": "#indicator+value+num+data", "data_low": "#indicator+value+num+min+data",
    "data_high": "#indicator+value+num+max+data", "ratio": "#indicator+ratio", "tolerance": "#indicator+tolerance",
    "within_range": "#status+within_range", "verdict": "#status+verdict", "reason": "#description+reason",
    "provisional": "#status+provisional", "toll_value": "#affected+num+published_toll",
    "toll_value_high": "#affected+num+max+published_toll", "toll_source": "#org+published_toll",
    "toll_url": "#meta+url+published_toll", "toll_as_of": "#date+reported+published_toll",
}

#: The HXL schema every ``*_hxl.csv`` must pass (libhxl): numeric, non-negative ``#affected`` counts, ISO dates
#: that exist, ISO3 country codes, unique claim ids. A HXL table itself, so ``hxlvalidate -s`` reads it too.
HXL_SCHEMA: Path = paths.DATA / "hxl_schema.csv"

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

def tables(ledger: str | Path = paths.LEDGER, country: str = "SYR", *, raw: Path | None = None) -> dict[str, pd.DataFrame]:
    """The three tables: the claims ledger, ``country``'s indicators, and the claim checks (every claim checked
    against its own country's data, as ``claims check`` does)."""
    from analysis import datasets
    from analysis.check.run import check_claims
    from analysis.claims.ledger import load_ledger

    country = countries.normalise(country)
    claims = load_ledger(ledger)
    claims = claims.assign(start=claims["start"].astype("int64"), end=claims["end"].astype("int64"))
    return {
        "claims": claims.reset_index(drop=True),
        "indicators": datasets.indicators(country, raw=raw).reset_index(drop=True),
        # each claim's country comes from its place or its article, never from the export's country (a Cameroon
        # article's refugees in Chad are not Syria's): the same checks as `claims check`
        "checks": check_claims(claims, None, raw=raw),
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

    Every column keeps its name, tagged from :data:`HXL_TAGS` (else ``#meta+<name>``). In claims and checks,
    a claim whose metric HDX counts (:data:`HDX_AFFECTED`) is also put in that metric's columns, right after
    ``value_high``: ``value_killed`` tagged ``#affected+killed``, ``value_low_killed`` ``#affected+killed+min``,
    ``value_high_killed`` ``#affected+killed+max`` (households: ``value_displaced_hh``, ``#affected+displaced+hh``),
    so a tool that sums ``#affected+killed`` reads people killed and nothing else.
    """
    frame = frame.copy()
    tags: dict[str, str] = {}
    if name in ("claims", "checks") and {"metric", "value", "value_low", "value_high"} <= set(frame.columns):
        households = frame["unit"].astype(str).str.strip().str.lower().isin(HOUSEHOLD_UNITS) \
            if "unit" in frame else pd.Series(False, index=frame.index)
        spread: dict[str, pd.Series] = {}
        for metric, tag in HDX_AFFECTED.items():
            for hh in (False, True):
                mask = (frame["metric"] == metric) & (households == hh)
                if not mask.any():
                    continue
                for col, suffix in LOW_HIGH.items():
                    new = f"{col}_{metric}" + ("_hh" if hh else "")
                    spread[new] = frame[col].where(mask)
                    tags[new] = tag + ("+hh" if hh else "") + suffix
        position = list(frame.columns).index("value_high") + 1
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


def _write_parquet(path: Path, frame: pd.DataFrame, fields: list[dict]) -> None:
    """Parquet with date-only columns as dates (``date32``), as their Table Schema type says, atomically."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    for field in fields:
        if field["type"] == "date":
            i = table.schema.get_field_index(field["name"])
            table = table.set_column(i, field["name"], pc.cast(table.column(i), pa.date32()))
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


CLAIMREVIEW = "claimreview.jsonld"


def write_exports(out: str | Path, *, ledger: str | Path = paths.LEDGER, country: str = "SYR",
                  raw: Path | None = None, frames: dict[str, pd.DataFrame] | None = None,
                  organisation: dict[str, str] | None = None) -> list[Path]:
    """Write every table as CSV, Parquet and HXL CSV into ``out``, the ClaimReviews (``claimreview.jsonld``) and
    the datapackage.json (last); return the files.

    ``organisation`` is the ClaimReviews' author (default: the ``TALLY_ORGANISATION`` setting,
    :func:`analysis.claimreview.organisation`).
    """
    from analysis import claimreview

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    frames = frames if frames is not None else tables(ledger, country, raw=raw)
    resources, written = [], []
    for name in TABLES:
        frame = frames[name].reset_index(drop=True)
        plain, fields = _prepared(frame)
        key = _KEYS.get(name)
        write_text(out / f"{name}.csv", _csv_text(plain))
        _write_parquet(out / f"{name}.parquet", frame, fields)
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
                         **{**csv_meta, "description": _DESCRIPTIONS[name] + " HXL hashtags in row 2 (schema: "
                            "data/hxl_schema.csv in the Tally repository).",
                            "dialect": {"header": True, "commentChar": "#"}})
        if key:
            hres["schema"]["primaryKey"] = key
        resources.append(hres)
        # "type": "file" (Data Package v2's resource type; v1 readers ignore it): frictionless 5.21 reads a
        # Parquet table's rows without its bytes, so `frictionless validate` would report its declared size and
        # hash as unmatched; as a file it checks them, and validate_package checks the rows
        resources.append(_resource(out, f"{name}.parquet", f"{name}-parquet", fields, profile="data-resource",
                                   type="file", format="parquet", mediatype="application/vnd.apache.parquet",
                                   description=_DESCRIPTIONS[name] + " (Parquet)"))
        written += [out / f"{name}.csv", out / f"{name}.parquet", out / f"{name}_hxl.csv"]
    n_reviews = claimreview.write_claimreview(out / CLAIMREVIEW, frames["claims"], frames["checks"],
                                              author=organisation)
    resources.append(_resource(out, CLAIMREVIEW, "claimreview", [], profile="data-resource", format="jsonld",
                               mediatype="application/ld+json", encoding="utf-8",
                               description=f"schema.org ClaimReview for each of the {n_reviews} claims the check "
                                           "compared with data or found implausible (JSON-LD)."))
    written.append(out / CLAIMREVIEW)
    package = {
        # "data-package": the Parquet and JSON-LD resources are not CSV tables, which a tabular-data-package
        # requires of every resource
        "profile": "data-package",
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
# Validation: frictionless for the data package, libhxl for the HXL files
# --------------------------------------------------------------------------

@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Keep frictionless and libhxl from printing: ``requests``' warning about the versions of chardet or
    charset_normalizer it was not tested with (it says nothing about our files, which are read locally), and
    their loggers' chatter below ERROR. Our own warnings are untouched."""
    loggers = [logging.getLogger(n) for n in ("frictionless", "hxl", "chardet", "charset_normalizer")]
    levels = [lg.level for lg in loggers]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*(chardet|charset_normalizer).*doesn't match a supported "
                                                  r"version", module="requests")
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"(frictionless|hxl|petl|"
                                                                               r"marko|validators)")
        for lg in loggers:
            lg.setLevel(max(lg.level, logging.ERROR))
        try:
            yield
        finally:
            for lg, level in zip(loggers, levels):
                lg.setLevel(level)


def _frictionless_errors(report: Any, where: str) -> list[str]:
    """A frictionless report's errors, one line each: where, the error's type, row and field, message."""
    out = []
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            loc = ", ".join(p for p in (f"row {row}" if row else "", f"field {field!r}" if field else "") if p)
            out.append(f"{where or task.name}: {error.type}: " + (f"{loc}: " if loc else "") + error.message)
    out += [f"{where}: {e.type}: {e.message}" for e in report.errors]
    return out


def _parquet_rows(path: Path) -> list[list[Any]]:
    """A Parquet file as a header and rows of Python values (nulls as None, dates as dates)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    return [list(table.column_names)] + [list(row) for row in zip(*columns)]


def validate_package(descriptor: str | Path, *, only: Iterable[str] | None = None) -> list[str]:
    """Problems with a data package (empty when it is valid), as frictionless reports them.

    The descriptor against the Data Package and Table Schema specs; every CSV (HXL ones too) for its size,
    sha256, header, types, required values and primary key; every other file for its size and sha256. A
    Parquet file's rows are read by pyarrow and checked by frictionless against the resource's schema
    (frictionless 5.21 reads Parquet through pandas row by row, about 25 s for these tables, and cannot check
    the size and hash of a file it reads that way: the descriptor marks Parquet resources ``"type": "file"``,
    so ``frictionless validate datapackage.json`` checks their size and hash and passes). ``only``: the
    names of the resources whose files are read (default all; the descriptor is always checked whole).
    """
    descriptor = Path(descriptor)
    with _quiet():
        from frictionless import FrictionlessException, Package, Resource, Schema, resources

        try:
            json.loads(descriptor.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return [f"descriptor: cannot read it: {exc}"]
        try:
            package = Package(str(descriptor))
        except FrictionlessException as exc:
            reasons = [r.message for r in (exc.reasons or [])]
            return [f"descriptor: {exc.error.message}" + (": " + "; ".join(reasons) if reasons else "")]
        errors = []
        names = [r.name for r in package.resources]
        if len(set(names)) != len(names):
            errors.append("descriptor: resource names are not unique")
        base = descriptor.parent
        for res in package.resources:
            if only is not None and res.name not in set(only):
                continue
            where = f"resource {res.name} ({res.path})"
            if not (base / str(res.path)).is_file():
                errors.append(f"{where}: file not found")
                continue
            try:
                if res.format == "csv":
                    errors += _frictionless_errors(res.validate(), where)
                    continue
                # any other file: its size and hash
                file = resources.FileResource(path=res.path, basepath=str(base), hash=res.hash, bytes=res.bytes)
                errors += _frictionless_errors(file.validate(), where)
                if res.format == "parquet" and res.schema and res.schema.fields:
                    table = Resource(data=_parquet_rows(base / str(res.path)),
                                     schema=Schema.from_descriptor(res.schema.to_descriptor()))
                    errors += _frictionless_errors(table.validate(), where)
            except FrictionlessException as exc:
                errors.append(f"{where}: {exc.error.message}")
            except OSError as exc:
                errors.append(f"{where}: cannot read it: {exc}")
    return errors


def validate_hxl(path: str | Path, schema: str | Path = HXL_SCHEMA) -> list[str]:
    """Problems with a HXL CSV against an HXL schema (default :data:`HXL_SCHEMA`), as libhxl reports them.

    Each problem names the line of the file (the header is line 1, the hashtags line 2), the column's
    hashtag and header, the value and the rule's description.
    """
    path = Path(path)
    found: list[str] = []

    def report(error: Any) -> None:
        column, row = error.column, error.row
        where = []
        if row is not None and getattr(row, "row_number", None) is not None:
            where.append(f"line {row.row_number + 3}")  # header and hashtag rows first, numbered from 1
        if column is not None:
            where.append(f"{column.display_tag} ({column.header})" if column.header else column.display_tag)
        rule = getattr(error.rule, "description", None) if error.rule is not None else None
        value = f" {error.value!r}" if error.value not in (None, "") else ""
        found.append(f"{path.name}: {', '.join(where)}: {error.message}{value}" + (f" ({rule})" if rule else ""))

    with _quiet():
        import hxl

        options = hxl.InputOptions(allow_local=True)
        try:
            # as context managers, so libhxl closes the files it opens
            with hxl.data(str(schema), options) as schema_rows, hxl.data(str(path), options) as rows:
                valid = hxl.schema(schema_rows, callback=report).validate(rows)
        except (hxl.HXLException, OSError) as exc:
            return [f"{path.name}: cannot read it as HXL: {exc}"]
    if not valid and not found:
        found.append(f"{path.name}: does not validate against {schema}")
    return found


def hxl_files(descriptor: str | Path) -> list[Path]:
    """The HXL CSVs a data package lists (resources whose name ends in ``-hxl``)."""
    descriptor = Path(descriptor)
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    return [descriptor.parent / r["path"] for r in package.get("resources", [])
            if isinstance(r, dict) and str(r.get("name", "")).endswith("-hxl")]


def check_package(descriptor: str | Path, *, hxl_schema: str | Path = HXL_SCHEMA) -> None:
    """Check a written export: the data package with frictionless, every HXL file against the HXL schema with
    libhxl, the ClaimReviews against schema.org's fields. Raise a :class:`DataError` naming the file and the
    first problems when any fails."""
    from analysis import claimreview

    descriptor = Path(descriptor)
    problems = validate_package(descriptor)
    if problems:
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise DataError("data package does not validate (frictionless): " + "; ".join(problems[:5]) + more,
                        path=descriptor)
    for path in hxl_files(descriptor):
        problems = validate_hxl(path, hxl_schema)
        if problems:
            more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
            raise DataError(f"HXL does not validate against {paths.relative(Path(hxl_schema))} (libhxl): "
                            + "; ".join(problems[:5]) + more, path=path)
    if (descriptor.parent / CLAIMREVIEW).is_file():
        claimreview.check_file(descriptor.parent / CLAIMREVIEW)
