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


def inputs_digest(manifest: Path) -> str:
    """The digest of everything every report shares: code, manifest and input data."""
    digest = hashlib.sha256()
    digest.update(f"render {RENDER_VERSION}; python {sys.version_info[:2]}\n".encode())
    root = paths.ROOT
    _hash_contents(digest, _files(root / "analysis", "*.py"), root)
    _hash_contents(digest, [manifest] + _files(paths.CATALOG) + _files(paths.REFERENCE) + _files(paths.CLAIMS),
                   root)
    raw = Path(os.environ.get("TALLY_RAW", paths.RAW))
    articles = Path(os.environ.get("TALLY_ARTICLES", paths.ARTICLES))
    _hash_stats(digest, _files(raw) + _files(articles), root)
    return digest.hexdigest()


def fingerprint(notebook: Path, params: Mapping[str, Any], formats: Iterable[str], shared: str) -> str:
    """The fingerprint of one report build: notebook bytes, parameters, formats and the shared digest."""
    digest = hashlib.sha256(shared.encode())
    digest.update(notebook.read_bytes() if notebook.is_file() else b"<missing notebook>")
    digest.update(json.dumps(dict(params), sort_keys=True, default=str).encode())
    digest.update(",".join(formats).encode())
    return digest.hexdigest()


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON mapping from ``path``; None when missing or unreadable."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def is_current(out_dir: Path, name: str, fp: str, formats: Iterable[str]) -> bool:
    """True when ``out_dir`` holds a build with fingerprint ``fp`` and every output file."""
    stamp = read_json(out_dir / STAMP_NAME)
    if not stamp or stamp.get("fingerprint") != fp:
        return False
    return all((out_dir / f"{name}.{fmt}").is_file() for fmt in formats)


def write_json(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` as JSON atomically."""
    write_text(path, json.dumps(doc, indent=2, sort_keys=False, default=str) + "\n")
    os.chmod(path, 0o644)
