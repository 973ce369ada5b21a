"""The embedded reference tables: small aggregates for one country, committed.

``python -m analysis reference`` runs the project's own loaders on the
mirror (or on ``data/raw``) and writes, for a country (ISO3):

- ``indicators_<ISO3>.csv`` (INDICATORS schema): UNHCR stocks, returns,
  solutions and flows (by host country for refugees, asylum-seekers and
  returned refugees; totals for the rest), IDMC stock and new
  displacements, World Bank population, and every other catalogued
  dataset whose loader gives indicators (UCDP deaths by type of violence,
  monthly and battle deaths, ACLED);
- ``events_<ISO3>.csv`` (EVENTS schema): UCDP events;
- ``tolls_<ISO3>.csv`` (TOLLS schema): published tolls, labelled as such;
- ``reference.yml``: for each table its inputs (dataset, version, files
  and sha256), the code commit, the build date and the row count.

Reports read these when ``data/raw`` does not hold a dataset, so they run
with no network and no mirror.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import yaml

from analysis import catalog, countries, paths, schemas, sources
from analysis.atomic import atomic_open, write_text
from analysis.errors import DataError, TallyError

MANIFEST = "reference.yml"
#: UNHCR indicators kept by partner country in the reference (the rest: totals only).
PAIR_INDICATORS = {"refugees", "asylum_seekers", "returned_refugees"}
#: Float format that writes whole numbers without ".0" and keeps 15 digits.
FLOAT_FORMAT = "%.15g"


def table_name(kind: str, country: str) -> str:
    """File name of a reference table: ``indicators_SYR.csv``, ``events_SYR.csv``, ``tolls_SYR.csv``."""
    return f"{kind}_{countries.normalise(country)}.csv"


def source_dir(dataset: str, mirror: Path | None, raw: Path | None = None) -> tuple[Path, str] | None:
    """Where to read ``dataset`` for a build: the mirror folder if it holds every file
    with the right checksum, else a verified ``data/raw/<id>``; None if neither."""
    entry = catalog.dataset(dataset)
    if mirror is not None:
        folder = Path(mirror) / entry["mirror_dir"]
        ok = folder.is_dir() and all(
            (Path(mirror) / f["mirror_path"]).is_file()
            and catalog.sha256_file(Path(mirror) / f["mirror_path"]) == f["sha256"]
            for f in entry["files"])
        if ok:
            return folder, "mirror"
    if catalog.is_fetched(dataset, raw):
        return catalog.raw_dir(dataset, raw), "raw"
    return None


def _input_record(dataset: str, folder: Path, how: str) -> dict[str, Any]:
    names = catalog.expected_files(dataset, folder) if how == "raw" else \
        {f["name"]: f["sha256"] for f in catalog.files(dataset)}
    return {
        "dataset": dataset,
        "version": catalog.version(dataset),
        "read_from": how,
        "files": [{"name": n, "sha256": s} for n, s in names.items()],
    }


#: The code a reference table depends on (a change here makes the commit "dirty").
_CODE = ["analysis/reference.py", "analysis/sources", "analysis/schemas.py", "analysis/catalog.py",
         "analysis/countries.py", "data/catalog.yml"]


def _code_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=paths.ROOT, capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", *_CODE], cwd=paths.ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return head + (" + uncommitted changes to the loaders" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"


def _datasets_with(function: str) -> list[str]:
    return [i for i in catalog.dataset_ids()
            if catalog.dataset(i).get("kind") != "published_toll" and sources.has_loader(i, function)]


def _trim_indicators(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep the reference small: UNHCR pairs only for refugee-type stocks and returns."""
    unhcr_pairs = (frame["source"] == "unhcr_population") & (frame["partner"] != "") \
        & ~frame["indicator"].isin(PAIR_INDICATORS)
    return frame[~unhcr_pairs]


def _collect(datasets: list[str], loader: Callable[[Any, str, str, Path], pd.DataFrame], country: str,
             mirror: Path | None, raw: Path | None, progress: bool) -> tuple[list[pd.DataFrame], list, list]:
    frames, inputs, problems = [], [], []
    for dataset in datasets:
        where = source_dir(dataset, mirror, raw)
        if where is None:
            problems.append(f"{dataset}: not in the mirror and not fetched")
            continue
        folder, how = where
        try:
            frame = loader(sources.module_for(dataset), dataset, country, folder)
        except TallyError as exc:
            problems.append(f"{dataset}: {exc}")
            continue
        if frame is None or frame.empty:
            if progress:
                print(f"  {dataset}: no rows for {country}")
            continue
        frames.append(frame)
        inputs.append(_input_record(dataset, folder, how))
        if progress:
            print(f"  {dataset}: {len(frame)} rows from {how}")
    return frames, inputs, problems


def _write_table(frame: pd.DataFrame, target: Path) -> None:
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    with atomic_open(target, "w") as fh:
        out.to_csv(fh, index=False, float_format=FLOAT_FORMAT, lineterminator="\n")


def build_frames(country: str = "SYR", mirror: Path | None = None, raw: Path | None = None,
                 progress: bool = False) -> tuple[dict[str, pd.DataFrame], dict[str, list], list[str]]:
    """Build the reference tables in memory: ({file name: frame}, {file name: inputs}, problems)."""
    country = countries.normalise(country)
    tables: dict[str, pd.DataFrame] = {}
    inputs: dict[str, list] = {}
    problems: list[str] = []

    frames, used, bad = _collect(_datasets_with("load_indicators"),
                                 lambda m, d, c, f: m.load_indicators(d, c, f), country, mirror, raw, progress)
    problems += bad
    if frames:
        ind = _trim_indicators(pd.concat(frames, ignore_index=True)).assign(origin="reference")
        ind = ind.sort_values(["source", "indicator", "country", "partner", "admin1_pcode", "period_start",
                               "period_end", "note"], kind="stable").reset_index(drop=True)
        name = table_name("indicators", country)
        tables[name] = schemas.validate(ind, schemas.INDICATORS, name)
        inputs[name] = used

    frames, used, bad = _collect(_datasets_with("load_events"),
                                 lambda m, d, c, f: m.load_events(d, c, f), country, mirror, raw, progress)
    problems += bad
    if frames:
        ev = pd.concat(frames, ignore_index=True).assign(origin="reference")
        ev = ev.sort_values(["source", "date_start", "event_id"], kind="stable").reset_index(drop=True)
        name = table_name("events", country)
        tables[name] = schemas.validate(ev, schemas.EVENTS, name)
        inputs[name] = used

    toll_sets = [i for i in catalog.dataset_ids() if catalog.dataset(i).get("kind") == "published_toll"]
    frames, used, bad = _collect(toll_sets, lambda m, d, c, f: load_tolls(m, d, c, f), country, mirror, raw,
                                 progress)
    problems += bad
    if frames and hasattr(schemas, "TOLLS"):
        tolls = pd.concat(frames, ignore_index=True).assign(origin="reference").reset_index(drop=True)
        name = table_name("tolls", country)
        tables[name] = schemas.validate(tolls, schemas.TOLLS, name)
        inputs[name] = used
    return tables, inputs, problems


def load_tolls(module: Any, dataset: str, country: str, folder: Path) -> pd.DataFrame:
    """Call the published-tolls module's loader (``load_tolls`` or ``load_published_tolls``)."""
    for name in ("load_tolls", "load_published_tolls", "load"):
        fn = getattr(module, name, None)
        if callable(fn):
            return fn(dataset, country, folder)
    raise DataError(f"{module.__name__} has no load_tolls function")


def build(country: str = "SYR", mirror: Path | None = None, out: Path | None = None,
          raw: Path | None = None, progress: bool = True) -> dict[str, int]:
    """Build and write the reference tables for ``country``; return {file name: rows}.

    ``mirror`` defaults to the shared mirror when it exists; datasets it
    lacks are read from ``data/raw`` when fetched there. Tables are written
    atomically; ``reference.yml`` keeps the entries of other countries.
    """
    if mirror is None and paths.MIRROR.is_dir():
        mirror = paths.MIRROR
    out = Path(out) if out is not None else paths.REFERENCE
    if progress:
        print(f"building reference tables for {countries.normalise(country)} from "
              f"{mirror if mirror else 'data/raw'} into {paths.relative(out)}")
    tables, inputs, problems = build_frames(country, mirror, raw, progress)
    if not tables:
        raise DataError("no dataset could be read: " + "; ".join(problems), path=mirror or paths.RAW)
    manifest_path = out / MANIFEST
    manifest = read_manifest(out)
    manifest.setdefault("tables", {})
    commit = _code_commit()
    built = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for name, frame in tables.items():
        target = out / name
        _write_table(frame, target)
        manifest["tables"][name] = {
            "country": countries.normalise(country),
            "schema": name.split("_", 1)[0],
            "rows": int(len(frame)),
            "sha256": catalog.sha256_file(target),
            "built": built,
            "code_commit": commit,
            "built_by": "python -m analysis reference",
            "inputs": inputs[name],
        }
    if problems:
        manifest["problems"] = problems
    else:
        manifest.pop("problems", None)
    manifest["description"] = ("Small aggregate tables built by Tally's own loaders from the offline mirror; "
                               "reports read them when data/raw does not hold a dataset.")
    write_text(manifest_path, yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True, width=120))
    for p in problems:
        print(f"warning: {p}")
    return {name: len(frame) for name, frame in tables.items()}


def read_manifest(directory: Path | None = None) -> dict[str, Any]:
    """The reference manifest (empty dict if absent)."""
    path = Path(directory or paths.REFERENCE) / MANIFEST
    if not path.is_file():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return doc if isinstance(doc, dict) else {}


def reference_datasets(directory: Path | None = None) -> set[str]:
    """Dataset ids that some reference table was built from."""
    out = set()
    for entry in read_manifest(directory).get("tables", {}).values():
        out.update(i["dataset"] for i in entry.get("inputs", []))
    return out


def read_table(kind: str, country: str, directory: Path | None = None) -> pd.DataFrame:
    """Read reference table ``kind`` (indicators, events, tolls) for ``country``, validated.

    Raises :class:`DataError` when the table is absent or fails its schema.
    """
    name = table_name(kind, country)
    path = Path(directory or paths.REFERENCE) / name
    if not path.is_file():
        raise DataError(f"no reference {kind} table for {countries.normalise(country)}: run "
                        "`python -m analysis fetch --mirror DIR` or `python -m analysis reference "
                        f"--country {countries.normalise(country)}`", path=path)
    schema = {"indicators": schemas.INDICATORS, "events": schemas.EVENTS,
              "tolls": getattr(schemas, "TOLLS", None)}[kind]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for column, spec in schema.columns.items():
        if column in frame.columns and spec.dtype is not None and "str" in str(spec.dtype).lower():
            frame[column] = frame[column].fillna("")
        if column in frame.columns and str(spec.dtype) == "bool":
            frame[column] = frame[column].map({"True": True, "False": False, "true": True, "false": False})
    frame = schemas.validate(frame, schema, path)
    frame.attrs["reference_file"] = str(path)
    return frame
