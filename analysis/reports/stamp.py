"""What a report was built from: the fingerprint that decides skip-if-unchanged.

A report is rebuilt when anything it depends on changes: its notebook, its
parameters and formats, the ``analysis`` package source, the manifest, or the
input data (``data/catalog.yml``, ``data/reference/``, ``data/claims/`` by
content; ``data/raw/`` and the articles folder by name, size and mtime, as
they can be large). The fingerprint and the build stamp are stored in
``reports/<name>/.stamp.json``, written last, after the outputs.

The datasets a stamp lists are the ones the notebook says it used, with one
call, for notebook owners to adopt (the last cell is a good place)::

    from analysis.reports.stamp import record_datasets
    record_datasets(indicators, events, tolls)     # the frames the report shows (what show.sources gets)

Give the frames whose figures the report shows: any frame with a ``source``
column (loaded through :mod:`analysis.datasets`, or a table derived from one,
joined sources such as ``"unhcr_population + idmc_gidd"`` included), e.g.
``analysis.check.sections.used_datasets(checks)`` for compared claims; empty
frames count for nothing; a dataset id (``"ucdp_ged"``) may be given as well. The call shows nothing in the report:
it leaves an output of type :data:`DATASETS_MIME` (with a one-line text for
JupyterLab and plain papermill runs) that the builder reads
(:func:`recorded_datasets`) and removes before writing the ipynb, HTML and PDF.
It may be called more than once (the lists add up). A notebook that never
calls it gets every catalogued dataset in its stamp, said as such.

List parameters: papermill's ``-p`` passes a list as a string; read each with
:func:`analysis.reports.params.as_list` (``places = as_list(places)``).

Standard library only at import: checking that nothing changed must stay cheap.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping

from analysis import paths
from analysis.atomic import write_text

#: The output type :func:`record_datasets` leaves in the executed notebook.
DATASETS_MIME = "application/vnd.tally.datasets+json"
STAMP_NAME = ".stamp.json"
FAILED_NAME = ".failed.json"
#: Bump when the rendering changes in a way the package source does not show.
RENDER_VERSION = "1"


def _files(root: Path, pattern: str = "*") -> list[Path]:
    if not root.exists():
        return []
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob(pattern)
                  if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".part")
                  and ".tally-cache" not in p.parts)  # what was read from the data, not the data


def _hash_contents(digest: "hashlib._Hash", files: Iterable[Path], base: Path) -> None:
    for path in files:
        digest.update(str(path.relative_to(base) if path.is_relative_to(base) else path).encode())
        digest.update(b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\1")


def _hash_stats(digest: "hashlib._Hash", files: Iterable[Path], base: Path) -> None:
    for path in files:
        st = path.stat()
        digest.update(f"{path.relative_to(base) if path.is_relative_to(base) else path}"
                      f"\0{st.st_size}\0{st.st_mtime_ns}\1".encode())


def inputs_digest(manifest: Path) -> dict[str, str]:
    """Digests of what every report shares: ``code``, ``manifest`` and input ``data``."""
    root = paths.ROOT
    code = hashlib.sha256(f"render {RENDER_VERSION}; python {sys.version_info[:2]}\n".encode())
    _hash_contents(code, _files(root / "analysis", "*.py"), root)
    man = hashlib.sha256()
    _hash_contents(man, [manifest], root)
    data = hashlib.sha256()
    _hash_contents(data, _files(paths.CATALOG) + _files(paths.REFERENCE) + _files(paths.CLAIMS), root)
    raw = Path(os.environ.get("TALLY_RAW", paths.RAW))
    articles = Path(os.environ.get("TALLY_ARTICLES", paths.ARTICLES))
    _hash_stats(data, _files(raw) + _files(articles), root)
    return {"code": code.hexdigest(), "manifest": man.hexdigest(), "data": data.hexdigest()}


def fingerprint(notebook: Path, params: Mapping[str, Any], formats: Iterable[str],
                shared: Mapping[str, str]) -> dict[str, str]:
    """The parts of one report's fingerprint: notebook, parameters, formats, plus the shared digests."""
    nb = hashlib.sha256(notebook.read_bytes() if notebook.is_file() else b"<missing notebook>").hexdigest()
    par = hashlib.sha256(json.dumps(dict(params), sort_keys=True, default=str).encode()).hexdigest()
    return {"notebook": nb, "parameters": par, "formats": ",".join(formats), **shared}


def changes(out_dir: Path, name: str, parts: Mapping[str, str], formats: Iterable[str]) -> list[str]:
    """Why ``out_dir`` is not up to date for ``parts`` (empty list: it is, skip it)."""
    stamp = read_json(out_dir / STAMP_NAME)
    if not stamp or not isinstance(stamp.get("inputs"), dict):
        return ["not built yet"]
    old = stamp["inputs"]
    why = [f"{key} changed" for key, value in parts.items() if old.get(key) != value]
    missing = [f"{name}.{fmt}" for fmt in formats if not (out_dir / f"{name}.{fmt}").is_file()]
    if missing:
        why.append("missing " + ", ".join(missing))
    return why


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON mapping from ``path``; None when missing or unreadable."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def write_json(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` as JSON atomically."""
    write_text(path, json.dumps(doc, indent=2, sort_keys=False, default=str) + "\n")
    os.chmod(path, 0o644)


# --- the datasets a report used -------------------------------------------------------------------

def _origin_label(origin: str, rejected: str = "") -> str:
    """Where a dataset was read from, for a stamp; ``rejected``: why a copy in data/raw was not used (the
    embedded reference was read instead), said in the stamp, never silently."""
    label = "data/raw" if origin == "raw" else "embedded reference" if origin == "reference" else origin
    if rejected and origin != "raw":
        short = " ".join(rejected.split())
        label += f"; the data/raw copy was NOT used: {short[:240]}{'...' if len(short) > 240 else ''}"
    return label


def origin_of(ident: str) -> tuple[str, str]:
    """``(origin, why the data/raw copy was rejected)`` of dataset ``ident`` when no frame says where it was
    read from: "raw" when a verified copy is fetched, else "reference" (with the copy's problem, if one is
    there but fails its checks)."""
    from analysis import catalog

    fetched, problem = catalog.raw_state(ident)
    return ("raw", "") if fetched else ("reference", problem)


def _missing(value: Any) -> bool:
    return value is None or value != value or str(value).strip() in ("", "nan", "None", "<NA>")


def _pairs(frame: Any) -> list[tuple[str, str]]:
    """(dataset id, version) pairs of a frame's ``source`` and ``version`` columns; a joined source
    ("unhcr_population + idmc_gidd", versions "v1; v2") counts each of its datasets."""
    versions = list(frame["version"]) if "version" in frame else [""] * len(frame)
    out: list[tuple[str, str]] = []
    for source, version in dict.fromkeys(zip(frame["source"], versions)):
        if _missing(source):
            continue
        ids = [part.strip() for part in str(source).split(" + ")]
        vers = [part.strip() for part in str(version).split("; ")] if not _missing(version) else []
        for i, ident in enumerate(ids):
            out.append((ident, vers[i] if len(vers) == len(ids) else ""))
    return out


def datasets_used(*frames: Any) -> dict[str, str]:
    """``{dataset id: "version (data/raw | embedded reference)"}`` for the catalogued datasets behind
    ``frames``, in order of first use: each frame's ``source`` column (joined sources split) with its
    ``version`` column when it has one (else the catalog's; several versions of one dataset joined by "; "); a dataset id may be given as a string;
    empty frames and frames without ``source`` add nothing. Where from: the frame's ``attrs["origin"]``
    or ``origin`` column, else whether the dataset is fetched into the raw folder."""
    from analysis import catalog

    known = set(catalog.dataset_ids())
    versions: dict[str, list[str]] = {}
    where: dict[str, str] = {}
    rejected: dict[str, str] = {}
    for item in frames:
        if item is None:
            continue
        if isinstance(item, str):
            pairs, origins, errors = [(item, "")], {}, {}
        elif not len(item) or "source" not in item:
            continue
        else:
            pairs = _pairs(item)
            origins = dict(getattr(item, "attrs", {}).get("origin") or {})
            errors = dict(getattr(item, "attrs", {}).get("errors") or {})
            if "origin" in item:
                for ident, origin in dict.fromkeys(zip(item["source"], item["origin"])):
                    if not _missing(origin):
                        origins.setdefault(str(ident), str(origin))
        for ident, version in pairs:
            if ident not in known:
                continue
            if ident not in where:
                if origins.get(ident):
                    where[ident], rejected[ident] = origins[ident], str(errors.get(ident) or "")
                else:
                    where[ident], rejected[ident] = origin_of(ident)
            seen = versions.setdefault(ident, [])
            version = version or str(catalog.dataset(ident)["version"])
            if version not in seen:
                seen.append(version)
    return {ident: f"{'; '.join(seen)} ({_origin_label(where[ident], rejected.get(ident, ''))})"
            for ident, seen in versions.items()}


def record_datasets(*frames: Any) -> dict[str, str]:
    """Record, for the build stamp, the datasets behind ``frames`` (see the module docstring); shows
    nothing in the report. Returns what it recorded."""
    from IPython.display import display

    used = datasets_used(*frames)
    text = "Datasets recorded for the build stamp: " + (", ".join(used) or "none")
    display({DATASETS_MIME: {"datasets": used}, "text/plain": text}, raw=True)
    return used


def recorded_datasets(nb: Any, remove: bool = True) -> dict[str, str] | None:
    """The datasets an executed notebook recorded with :func:`record_datasets`, in order (None when it
    recorded nothing); with ``remove`` those outputs are taken out of ``nb``."""
    found: dict[str, str] | None = None
    for cell in nb.get("cells", []):
        outputs = cell.get("outputs")
        if not outputs:
            continue
        kept = []
        for output in outputs:
            data = output.get("data") or {}
            if DATASETS_MIME in data:
                doc = data[DATASETS_MIME]
                if isinstance(doc, str):
                    doc = json.loads(doc)
                found = found if found is not None else {}
                for key, value in (doc.get("datasets") or {}).items():
                    found.setdefault(str(key), str(value))
            else:
                kept.append(output)
        if remove:
            cell["outputs"] = kept
    return found
