"""What a report was built from: the fingerprint that decides skip-if-unchanged.

A report is rebuilt when anything it depends on changes: its notebook, its
parameters and formats, the ``analysis`` package source, the manifest, or the
input data (``data/catalog.yml``, ``data/reference/``, ``data/claims/`` by
content; ``data/raw/`` and the articles folder by name, size and mtime, as
they can be large). The fingerprint and the build stamp are stored in
``reports/<name>/.stamp.json``, written last, after the outputs.

Standard library only: checking that nothing changed must stay cheap.
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
                  if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".part"))


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
