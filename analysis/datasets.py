"""The one door to the public data for notebooks and later steps.

Each function reads every selected dataset from ``data/raw/<id>/`` when a
verified copy is there (``python -m analysis fetch``) and from the committed
reference tables in ``data/reference/`` otherwise, so reports run with no
network and no mirror. Every frame says where each part came from: the
``origin`` column ("raw" or "reference") and ``df.attrs``:

- ``attrs["origin"]``: ``{dataset id: "raw" | "reference"}``
- ``attrs["datasets"]``: dataset ids used, in order
- ``attrs["country"]``: the ISO3 code asked for
- ``attrs["missing"]``: datasets asked for but found nowhere
- ``attrs["errors"]``: datasets whose raw copy failed to load (the reference was used instead when it had them)

A fetched dataset whose files hold every country (UCDP's world files, ACLED's
country-month aggregates, OCHA's global p-codes) gives no rows for a country
it has no figure for: the dataset is in ``attrs["origin"]`` with no rows, which
is "the publisher has no figure", never "not loaded". A dataset fetched nowhere
and absent from the reference tables is in ``attrs["missing"]``; when no
dataset asked for is loaded, a :class:`DataError` names the fetch command.

:func:`provenance` turns those attrs into a table for a report's sources section.
"""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path
from typing import Iterable

import pandas as pd

from analysis import catalog, countries, paths, reference, schemas, sources
from analysis.atomic import atomic_path
from analysis.errors import DataError, ParameterError, TallyError

__all__ = ["indicators", "events", "published_tolls", "provenance", "indicator_datasets", "event_datasets"]


def indicator_datasets() -> list[str]:
    """Catalogued datasets whose loader produces indicators (published tolls excluded)."""
    return [i for i in catalog.dataset_ids()
            if catalog.dataset(i).get("kind") != "published_toll" and sources.has_loader(i, "load_indicators")]


def event_datasets() -> list[str]:
    """Catalogued datasets whose loader produces events (UCDP)."""
    return [i for i in catalog.dataset_ids() if sources.has_loader(i, "load_events")]


def toll_datasets() -> list[str]:
    """Catalogued published-toll tabulations."""
    return [i for i in catalog.dataset_ids() if catalog.dataset(i).get("kind") == "published_toll"]


def _selected(available: list[str], wanted: Iterable[str] | str | None) -> list[str]:
    if wanted is None:
        return available
    if isinstance(wanted, str):
        wanted = [wanted]
    chosen = sources.select(list(wanted))
    return [i for i in chosen if i in available]


#: Where a fetched dataset keeps what it read for one country (inside its folder under data/raw).
CACHE_DIR = ".tally-cache"


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return f"{path.name}:-"
    return f"{path.name}:{info.st_size}:{info.st_mtime_ns}"


def _cache_key(kind: str, dataset: str, country: str, folder: Path) -> str | None:
    """What a cached read depends on: the fetch manifest, every file of the folder (size and time), and the code
    and reference tables that read it (size and time of analysis/sources, schemas, datasets, catalog and the
    small reference tables). None when the folder has no manifest."""
    manifest = folder / catalog.MANIFEST_NAME
    try:
        text = manifest.read_bytes()
    except OSError:
        return None
    parts = [kind, dataset, country, hashlib.sha256(text).hexdigest()]
    parts += sorted(_stamp(p) for p in folder.rglob("*") if p.is_file() and CACHE_DIR not in p.parts)
    code = sorted((paths.ROOT / "analysis" / "sources").glob("*.py"))
    code += [paths.ROOT / "analysis" / n for n in ("schemas.py", "datasets.py", "catalog.py")]
    code += [p for p in sorted(paths.REFERENCE.glob("*.csv")) if not p.name.split("_")[0] in
             ("indicators", "events", "tolls")]
    parts += [_stamp(p) for p in code] + [_stamp(paths.CATALOG)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def _cached_load(kind: str, dataset: str, country: str, folder: Path, load) -> pd.DataFrame:
    """``load(dataset, country, folder)``, kept as Parquet in ``folder/.tally-cache`` for the next read while
    nothing it depends on changes (:func:`_cache_key`): reading a world file for one country takes seconds,
    its cached rows milliseconds. A cache that cannot be read or written is ignored."""
    key = _cache_key(kind, dataset, country, folder)
    if key is None:
        return load(dataset, country, folder)
    target = folder / CACHE_DIR / f"{kind}-{country}-{key}.parquet"
    if target.is_file():
        try:
            return pd.read_parquet(target)
        except Exception:  # noqa: BLE001 - a damaged cache file is read again from the data
            pass
    frame = load(dataset, country, folder)
    try:
        for old in target.parent.glob(f"{kind}-{country}-*.parquet"):
            old.unlink()
        with atomic_path(target) as tmp:
            frame.to_parquet(tmp, index=False)
    except OSError:
        pass
    return frame


def _sanity_figure(frame: pd.DataFrame, dataset: str, check: dict) -> float | None:
    """The loaded figure a sanity value is about: the country's own rows (no partner, no admin area) of that
    indicator ending in that year, summed (a year of monthly rows adds up); None when there is none."""
    if frame.empty or "indicator" not in frame.columns:
        return None
    blank = {"", "nan", "None", "<NA>"}
    rows = frame[(frame["source"] == dataset) & (frame["indicator"] == check["indicator"])
                 & (frame["country"] == check["country"])]
    for column in ("partner", "admin1_pcode"):
        if column in rows.columns:
            rows = rows[rows[column].isna() | rows[column].astype(str).isin(blank)]
    if check.get("note") is not None and "note" in rows.columns:  # one series of several (UCDP's "all types")
        rows = rows[rows["note"].astype(str) == str(check["note"])]
    years = pd.to_datetime(rows["period_end"], errors="coerce").dt.year
    rows = rows[years == int(check["year"])]
    values = pd.to_numeric(rows["value"], errors="coerce").dropna()
    return float(values.sum()) if len(values) else None


def implausible(dataset: str, country: str, frame: pd.DataFrame, folder: Path) -> list[str]:
    """What is implausible in ``frame``, the indicators of ``country`` read from ``folder`` (a fetched copy of
    ``dataset``): each sanity value of the catalog (:func:`analysis.catalog.sanity`, the figures the producer's
    files give, from the mirror's SOURCE.md) about ``country`` that the frame misses or misses by more than the
    tolerance, naming the file. A truncated or rescaled file is so caught even when its checksum was recorded
    with it (a fresh download) and its rows fit the schema."""
    checks, tolerance, source = catalog.sanity(dataset)
    problems = []
    for check in checks:
        if check["country"] != country:
            continue
        where = paths.relative(folder / check["file"]) if check.get("file") else paths.relative(folder)
        want = float(check["value"])
        what = f"{check['indicator']} of {country} in {check['year']}"
        got = _sanity_figure(frame, dataset, check)
        if got is None:
            problems.append(f"{where}: no figure for {what}, where {source} gives {want:,.0f} "
                            "(a truncated file?)")
        elif abs(got - want) > tolerance * want:
            problems.append(f"{where}: {what} is {got:,.0f}, where {source} gives {want:,.0f} "
                            f"({(got - want) / want:+.0%}; more than the {tolerance:.0%} tolerated)")
    return problems


def check_plausible(dataset: str, country: str, frame: pd.DataFrame, folder: Path) -> None:
    """Raise a :class:`DataError` naming the file when ``frame`` is implausible (see :func:`implausible`)."""
    problems = implausible(dataset, country, frame, folder)
    if problems:
        raise DataError("implausible figures, the copy is not used: " + "; ".join(problems),
                        path=folder)


def _gather(kind: str, datasets: list[str], country: str, raw: Path | None,
            ref_dir: Path | None, load) -> pd.DataFrame:
    """Read each dataset raw if fetched, else from the reference table; record where from."""
    frames: list[pd.DataFrame] = []
    origin: dict[str, str] = {}
    missing: list[str] = []
    errors: dict[str, str] = {}
    ref_table: pd.DataFrame | None = None
    ref_problem: str | None = None
    for dataset in datasets:
        fetched, problem = catalog.raw_state(dataset, raw)
        if fetched:
            try:
                folder = catalog.raw_dir(dataset, raw)
                frame = _cached_load(kind, dataset, country, folder, load).assign(origin="raw")
                if kind == "indicators":
                    check_plausible(dataset, country, frame, folder)
                frames.append(frame)
                origin[dataset] = "raw"
                continue
            except TallyError as exc:
                errors[dataset] = str(exc)
                warnings.warn(f"{dataset}: raw copy could not be loaded, using the reference table: {exc}",
                              stacklevel=3)
        elif problem:                       # a copy is there but fails its checks: never fall back silently
            errors[dataset] = f"the copy in data/raw fails its checks: {problem}"
            warnings.warn(f"{dataset}: the copy in data/raw is not used ({problem}); using the reference "
                          "table instead (fetch it again)", stacklevel=3)
        if ref_table is None and ref_problem is None:
            try:
                ref_table = reference.read_table(kind, country, ref_dir)
            except DataError as exc:
                ref_problem = str(exc)
        key = "source" if ref_table is not None and "source" in ref_table.columns else None
        if ref_table is not None and key is not None:
            part = ref_table[ref_table[key] == dataset]
        elif ref_table is not None:
            part = ref_table  # a table with one dataset (published tolls)
        else:
            part = None
        if part is not None and not part.empty:
            frames.append(part.assign(origin="reference"))
            origin[dataset] = "reference"
        else:
            missing.append(dataset)
    if not frames:
        hint = f" ({ref_problem})" if ref_problem else ""
        raise DataError(f"no {kind} for {country} from {', '.join(datasets) or 'any dataset'}: not fetched "
                        f"into data/raw and not in the reference tables{hint}; load "
                        f"{'it' if len(datasets) == 1 else 'them'} with `python -m analysis fetch --mirror "
                        f"../shared/data` (the offline mirror) or `python -m analysis fetch "
                        f"{' '.join(datasets) or 'SOURCE'}` (the publishers)",
                        path=Path(ref_dir or paths.REFERENCE) / reference.table_name(kind, country))
    out = pd.concat(frames, ignore_index=True)
    out.attrs.update({"origin": origin, "datasets": list(origin), "country": country, "missing": missing,
                      "errors": errors, "kind": kind})
    return out


def indicators(country: str = "SYR", sources: Iterable[str] | str | None = None,
               indicators: Iterable[str] | str | None = None, *, raw: Path | None = None,
               reference_dir: Path | None = None) -> pd.DataFrame:
    """Indicators about ``country`` (ISO3) from every dataset that has them (INDICATORS schema).

    ``sources``: dataset ids or publishers (``"unhcr"``, ``"idmc_gidd"``);
    ``indicators``: indicator names (``"refugees"``, ``"idps"``...). The
    reference tables hold UNHCR partner-country rows only for refugees,
    asylum-seekers and returned refugees; a fetched raw copy has them all.
    UNHCR rows about people hosted *in* ``country`` have ``country`` = their
    origin and ``partner`` = ``country``; filter on ``country`` for figures
    about its own people.
    """
    country = countries.normalise(country)
    chosen = _selected(indicator_datasets(), sources)
    frame = _gather("indicators", chosen, country, raw, reference_dir,
                    lambda d, c, f: _module(d).load_indicators(d, c, f))
    if indicators is not None:
        names = [indicators] if isinstance(indicators, str) else list(indicators)
        unknown = sorted(set(names) - schemas.INDICATOR_NAMES)
        if unknown:
            raise DataError(f"unknown indicator(s) {', '.join(unknown)}; known: "
                            f"{', '.join(sorted(schemas.INDICATOR_NAMES))}")
        attrs = dict(frame.attrs)
        frame = frame[frame["indicator"].isin(names)].reset_index(drop=True)
        frame.attrs.update(attrs)
    return frame


def events(country: str = "SYR", start: str | pd.Timestamp | None = None, end: str | pd.Timestamp | None = None,
           sources: Iterable[str] | str | None = None, *, raw: Path | None = None,
           reference_dir: Path | None = None) -> pd.DataFrame:
    """UCDP events in ``country`` (EVENTS schema) starting between ``start`` and ``end`` (inclusive)."""
    country = countries.normalise(country)
    chosen = _selected(event_datasets(), sources)
    frame = _gather("events", chosen, country, raw, reference_dir,
                    lambda d, c, f: _module(d).load_events(d, c, f))
    attrs = dict(frame.attrs)
    first, last = _date(start, "start"), _date(end, "end")
    if first is not None and last is not None and last < first:
        raise ParameterError(f"end {last.date()} is before start {first.date()}")
    if first is not None:
        frame = frame[frame["date_start"] >= first]
    if last is not None:
        frame = frame[frame["date_start"] <= last]
    frame = frame.reset_index(drop=True)
    frame.attrs.update(attrs)
    return frame


def published_tolls(country: str = "SYR", *, raw: Path | None = None,
                    reference_dir: Path | None = None) -> pd.DataFrame:
    """Figures monitors published (SOHR, SNHR, OCHA, UNHCR), labelled "published toll" (TOLLS schema).

    These are reported totals, not a dataset of events.
    """
    country = countries.normalise(country)
    try:
        return _gather("tolls", toll_datasets(), country, raw, reference_dir,
                       lambda d, c, f: reference.load_tolls(_module(d), d, c, f))
    except DataError as exc:
        # Tolls are tabulated by hand for a few countries: none is an answer, not a failure.
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in schemas.TOLLS.columns})
        empty.attrs.update({"origin": {}, "datasets": [], "country": country, "missing": toll_datasets(),
                            "errors": {}, "kind": "tolls", "note": str(exc)})
        return empty


def _date(value: str | pd.Timestamp | None, name: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ParameterError(f"{name} must be a date like 2024-11-27, got {value!r}") from None


def _module(dataset: str):
    return sources.module_for(dataset)


def provenance(frame: pd.DataFrame, *, raw: Path | None = None,
               reference_dir: Path | None = None) -> pd.DataFrame:
    """One row per dataset behind ``frame``: dataset, title, producer, version, origin,
    licence, citation, URL, files (name and sha256) and the reference table used, if any."""
    origin = dict(frame.attrs.get("origin") or {})
    if origin and "source" in frame.columns and len(frame):
        # A filtered frame keeps its attrs: list only the datasets still in it.
        present = set(frame["source"])
        origin = {d: o for d, o in origin.items() if d in present}
    if not origin:
        ids = sorted(set(frame["source"])) if "source" in frame.columns else []
        used = sorted(set(frame["origin"])) if "origin" in frame.columns else ["unknown"]
        origin = {i: "/".join(used) for i in ids}
    manifest = reference.read_manifest(reference_dir).get("tables", {})
    rows = []
    for dataset, where in origin.items():
        entry = catalog.dataset(dataset)
        ref_file = ""
        if where == "raw":
            folder = catalog.raw_dir(dataset, raw)
            files = catalog.expected_files(dataset, folder)
            version = (catalog.read_manifest(folder) or {}).get("catalog_version", entry["version"])
        else:
            files, version = {}, entry["version"]
            for name, table in manifest.items():
                for item in table.get("inputs", []):
                    if item["dataset"] == dataset and name.startswith(frame.attrs.get("kind", "")):
                        ref_file = f"data/reference/{name} (built {table.get('built', '?')})"
                        files = {f["name"]: f["sha256"] for f in item["files"]}
                        version = item.get("version", version)
        rows.append({
            "dataset": dataset,
            "title": entry["title"],
            "producer": entry["producer"],
            "version": str(version),
            "origin": where,
            "licence": entry["licence"],
            "citation": entry["citation"],
            "url": entry["main_url"],
            "date_accessed": entry["date_accessed"],
            "files": "; ".join(f"{n} sha256:{s}" for n, s in files.items()),
            "reference_table": ref_file,
        })
    return pd.DataFrame(rows, columns=["dataset", "title", "producer", "version", "origin", "licence",
                                       "citation", "url", "date_accessed", "files", "reference_table"])
