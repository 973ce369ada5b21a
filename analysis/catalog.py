"""The data catalog: what each dataset is, where it comes from, and its files.

``data/catalog.yml`` holds one entry per dataset id with its origin fields
(producer, title, citation, licence, version, URLs, date accessed) and its
files with their sha256. This module reads and checks it, and answers "is
this dataset fetched into ``data/raw/<id>/``, with the right bytes?".

A fetch writes ``data/raw/<id>/.fetched.yml`` (see :func:`write_manifest`)
recording how the files got there and their checksums. A mirror import
must match the catalog checksums; a fresh download from the publisher is
newer than the catalog, so its own recorded checksums are what it is
checked against.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.atomic import write_text
from analysis.errors import DataError

#: Origin fields every dataset entry must carry (after OWID's origin block).
ORIGIN_FIELDS = (
    "title", "producer", "citation", "licence", "version",
    "main_url", "download_urls", "date_accessed",
)
#: Fields every file entry must carry.
FILE_FIELDS = ("name", "mirror_path", "sha256")
#: Name of the per-dataset record a fetch leaves in ``data/raw/<id>/``.
MANIFEST_NAME = ".fetched.yml"

_catalog_cache: dict[tuple[str, int], dict[str, dict[str, Any]]] = {}
_sha_cache: dict[tuple[str, int, int], str] = {}


def _check_entry(ident: str, entry: Any, path: Path) -> None:
    if not isinstance(entry, dict):
        raise DataError(f"dataset {ident!r}: entry is not a mapping", path=path)
    for field in ORIGIN_FIELDS:
        if field not in entry:
            raise DataError(f"dataset {ident!r}: missing origin field {field!r}", path=path)
        value = entry[field]
        if field == "download_urls":
            if not isinstance(value, list):
                raise DataError(f"dataset {ident!r}: 'download_urls' must be a list", path=path)
        elif value is None or str(value).strip() == "":
            raise DataError(f"dataset {ident!r}: origin field {field!r} is empty", path=path)
    files = entry.get("files")
    if not isinstance(files, list) or not files:
        raise DataError(f"dataset {ident!r}: 'files' must be a non-empty list", path=path)
    for i, item in enumerate(files, start=1):
        if not isinstance(item, dict):
            raise DataError(f"dataset {ident!r}: file {i} is not a mapping", path=path)
        for field in FILE_FIELDS:
            if not item.get(field):
                raise DataError(f"dataset {ident!r}: file {i} lacks {field!r}", path=path)
        sha = str(item["sha256"])
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise DataError(f"dataset {ident!r}: file {item['name']!r} has a malformed sha256", path=path)
    if "sanity" in entry:
        _check_sanity(ident, entry["sanity"], path)


#: Keys of one sanity value: the figure the producer's files give for a country, indicator and year (and the
#: series ``note`` where one indicator has several, as UCDP's deaths by type of violence).
SANITY_KEYS = {"file", "country", "indicator", "note", "year", "value"}
#: How far (a fraction) a loaded figure may be from its sanity value unless the entry says otherwise.
SANITY_TOLERANCE = 0.1


def _check_sanity(ident: str, doc: Any, path: Path) -> None:
    """A dataset's ``sanity`` block: ``source`` (where the values are written), ``tolerance`` and ``values``."""
    where = f"dataset {ident!r}: sanity"
    if not isinstance(doc, dict) or set(doc) - {"source", "tolerance", "values"}:
        raise DataError(f"{where}: expected a mapping of source, tolerance and values", path=path)
    tolerance = doc.get("tolerance", SANITY_TOLERANCE)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 < tolerance < 1:
        raise DataError(f"{where}: tolerance {tolerance!r} must be a fraction between 0 and 1", path=path)
    values = doc.get("values")
    if not isinstance(values, list) or not values:
        raise DataError(f"{where}: 'values' must be a non-empty list", path=path)
    for i, item in enumerate(values, start=1):
        if not isinstance(item, dict) or set(item) - SANITY_KEYS or not {"country", "indicator", "year",
                                                                          "value"} <= set(item):
            raise DataError(f"{where}: value {i} needs country, indicator, year and value (and may name a file)",
                            path=path)
        number = item["value"]
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not number > 0:
            raise DataError(f"{where}: value {i}: {number!r} is not a positive number", path=path)
        if isinstance(item["year"], bool) or not isinstance(item["year"], int):
            raise DataError(f"{where}: value {i}: year {item['year']!r} is not a year", path=path)


def load_catalog(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """Read and check the catalog; return ``{dataset_id: entry}`` (cached by file mtime).

    Raises :class:`DataError` naming the file and the dataset when an entry
    lacks an origin field or a file checksum.
    """
    path = Path(path) if path is not None else paths.CATALOG
    try:
        stat = path.stat()  # the file's identity and age: no path resolution (the check asks on every claim)
        key = (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        raise DataError("catalog not found", path=path) from None
    if key in _catalog_cache:
        return _catalog_cache[key]
    text = path.read_text(encoding="utf-8")
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"not valid YAML: {exc}", path=path) from None
    from analysis.reports.params import duplicate_keys   # light: the standard library and PyYAML

    dups = duplicate_keys(text)
    if dups:
        key, line, inside = dups[0]
        raise DataError(f"duplicate key {key!r} at line {line}{f' in {inside}' if inside else ''}: a key may be "
                        "given once (the second would silently replace the first)", path=path)
    if not isinstance(doc, dict) or not isinstance(doc.get("datasets"), dict):
        raise DataError("expected a top-level 'datasets' mapping", path=path)
    datasets = doc["datasets"]
    for ident, entry in datasets.items():
        _check_entry(ident, entry, path)
        entry["id"] = ident
        for field in ("version", "date_accessed", "date_published"):
            if field in entry and entry[field] is not None:
                entry[field] = str(entry[field])
    _catalog_cache[key] = datasets
    return datasets


def dataset_ids() -> list[str]:
    """Every catalogued dataset id, in catalog order."""
    return list(load_catalog())


def dataset(ident: str) -> dict[str, Any]:
    """The catalog entry of dataset ``ident`` (a :class:`DataError` if unknown)."""
    cat = load_catalog()
    if ident not in cat:
        raise DataError(f"unknown dataset {ident!r}; catalogued: {', '.join(cat)}", path=paths.CATALOG)
    return cat[ident]


def version(ident: str) -> str:
    """The producer's version of dataset ``ident`` as the catalog records it."""
    return str(dataset(ident)["version"])


def files(ident: str) -> list[dict[str, Any]]:
    """The file entries (name, mirror_path, bytes, sha256) of dataset ``ident``."""
    return list(dataset(ident)["files"])


def locate(ident: str, entry: dict[str, Any], folder: str | Path) -> Path | None:
    """Where file ``entry`` of dataset ``ident`` is in ``folder``: ``folder/<name>`` (a fetched copy, where every
    file sits side by side) or ``folder/<its path under the mirror folder>`` (the mirror itself, where some files
    sit in a subfolder, e.g. ``ucdp_world/ged_event_subsets/``); None when it is in neither."""
    folder = Path(folder)
    flat = folder / str(entry["name"])
    if flat.is_file():
        return flat
    mirror_dir = str(dataset(ident).get("mirror_dir") or "").strip("/")
    mirror_path = str(entry.get("mirror_path") or "")
    if mirror_dir and mirror_path.startswith(mirror_dir + "/"):
        nested = folder / mirror_path[len(mirror_dir) + 1:]
        if nested.is_file():
            return nested
    return None


def sha256_file(path: str | Path) -> str:
    """The hex sha256 of a file (cached by path, size and mtime)."""
    path = Path(path)
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _sha_cache:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        _sha_cache[key] = digest.hexdigest()
    return _sha_cache[key]


def raw_dir(ident: str, raw: str | Path | None = None) -> Path:
    """The folder that holds dataset ``ident`` once fetched: ``<raw>/<id>``."""
    base = Path(raw) if raw is not None else Path(os.environ.get("TALLY_RAW", paths.RAW))
    return base / ident


def read_manifest(directory: str | Path) -> dict[str, Any] | None:
    """The fetch record in ``directory`` (None when there is none or it is unreadable)."""
    path = Path(directory) / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError):
        return None
    return doc if isinstance(doc, dict) else None


def write_manifest(directory: str | Path, ident: str, how: str, source: str,
                   written: list[Path]) -> Path:
    """Record in ``directory`` how dataset ``ident`` was fetched and each file's sha256."""
    directory = Path(directory)
    doc = {
        "dataset": ident,
        "fetched_by": how,            # "mirror" or "download"
        "source": str(source),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "catalog_version": version(ident),
        "files": [{"name": Path(p).name, "bytes": Path(p).stat().st_size,
                   "sha256": sha256_file(p)} for p in written],
    }
    target = directory / MANIFEST_NAME
    write_text(target, yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    return target


def expected_files(ident: str, directory: str | Path) -> dict[str, str]:
    """``{file name: sha256}`` a fetched ``directory`` must hold.

    The fetch record's list when it says the files were downloaded fresh;
    otherwise the catalog's files and checksums.
    """
    manifest = read_manifest(directory)
    if manifest and manifest.get("fetched_by") == "download" and manifest.get("files"):
        return {str(f["name"]): str(f["sha256"]) for f in manifest["files"]}
    return {str(f["name"]): str(f["sha256"]) for f in files(ident)}


def file_problems(ident: str, directory: str | Path) -> list[str]:
    """What is wrong with ``directory`` as a copy of dataset ``ident`` (empty list: nothing)."""
    directory = Path(directory)
    problems = []
    for name, sha in expected_files(ident, directory).items():
        path = directory / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256_file(path) != sha:
            problems.append(f"{name}: checksum differs from the catalog")
    return problems


def sanity(ident: str) -> tuple[list[dict[str, Any]], float, str]:
    """Dataset ``ident``'s sanity values (the figures its producer's files give, as its mirror folder's SOURCE.md
    records them), the tolerance (a fraction) and where they are written; ``([], tolerance, "")`` when none."""
    doc = dataset(ident).get("sanity") or {}
    return (list(doc.get("values") or []), float(doc.get("tolerance", SANITY_TOLERANCE)),
            str(doc.get("source") or "data/catalog.yml"))


def raw_state(ident: str, raw: str | Path | None = None) -> tuple[bool, str]:
    """``(fetched, problem)``: whether ``<raw>/<id>/`` holds a verified copy of dataset ``ident``, and, when a
    copy is there but fails its checks (a file missing, a checksum that differs), what is wrong, naming the file
    ("" when there is no copy at all or nothing is wrong)."""
    directory = raw_dir(ident, raw)
    if not directory.is_dir():
        return False, ""
    problems = file_problems(ident, directory)
    if not problems:
        return True, ""
    if not (directory / MANIFEST_NAME).is_file() and all(p.endswith(": missing") for p in problems):
        return False, ""                   # an empty or foreign folder: nothing was fetched there
    shown = paths.relative(directory)
    return False, "; ".join(f"{shown}/{p}" for p in problems[:3]) + (
        f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")


def is_fetched(ident: str, raw: str | Path | None = None) -> bool:
    """True when ``<raw>/<id>/`` holds every file of dataset ``ident`` with the right checksum."""
    directory = raw_dir(ident, raw)
    if not directory.is_dir():
        return False
    return not file_problems(ident, directory)


def data_versions() -> dict[str, str]:
    """``{dataset_id: producer's version}`` for every catalogued dataset (for report stamps)."""
    return {ident: str(entry["version"]) for ident, entry in load_catalog().items()}
