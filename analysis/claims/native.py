"""The compiled English extractor: which modules are compiled, and whether a build may be loaded.

``make setup`` compiles the modules of :data:`MODULES` with mypyc
(:mod:`analysis.claims.native_build`) into ``build/native/``, beside a
manifest holding a digest of their sources. Importing :mod:`analysis.claims`
loads that build only when the digest matches the sources as they are now and
the build is for this Python: an edited module, another interpreter or no
compiler all mean the same code runs as plain Python, never a stale build.
Both ways give the same claims (``tests/test_native.py`` compares them on
every corpus we wrote); the compiled one reads about 30% faster
(``benchmarks/results.md``). ``TALLY_PURE_PYTHON=1`` turns the build off.

This module runs before any other of the package: it imports nothing of it but the paths.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

from analysis import paths

#: The modules compiled together (their calls to one another then skip Python's call machinery): the English
#: extractor and what it calls per figure. The Arabic extractor and the ledger stay plain Python.
MODULES: tuple[str, ...] = (
    "alternation", "attribution", "context", "counted_nouns", "cues", "extract", "layout", "lexicon", "numbers",
    "places", "scope", "shares", "written_numbers",
)

PACKAGE_DIR: Path = Path(__file__).resolve().parent
BUILD: Path = paths.NATIVE_BUILD
MANIFEST_NAME = "manifest.json"
#: Set to 1 to run the plain Python modules whatever is built.
OFF_SWITCH = "TALLY_PURE_PYTHON"


def sources_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """SHA-256 over the names and bytes of the :data:`MODULES` sources in ``package_dir``."""
    digest = hashlib.sha256()
    for name in MODULES:
        digest.update(name.encode() + b"\0")
        digest.update((package_dir / f"{name}.py").read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def build_identity(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """What a build must match to be loaded: the sources' digest and this interpreter's extension suffix."""
    return {"sources": sources_digest(package_dir), "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX") or ""}


def unusable_reason(build: Path = BUILD, package_dir: Path = PACKAGE_DIR) -> str | None:
    """Why the build in ``build`` may not be loaded ("" never; None when it may)."""
    if os.environ.get(OFF_SWITCH, "") not in ("", "0"):
        return f"{OFF_SWITCH} is set"
    manifest = build / MANIFEST_NAME
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"no build in {build} (make setup compiles one)"
    except (OSError, ValueError) as exc:
        return f"{manifest}: unreadable ({exc})"
    if not isinstance(recorded, dict):
        return f"{manifest}: not a manifest"
    try:
        current = build_identity(package_dir)
    except OSError as exc:
        return f"a compiled module's source is unreadable ({exc})"
    if recorded.get("ext_suffix") != current["ext_suffix"]:
        return f"built for another Python ({recorded.get('ext_suffix')!r}, this one is {current['ext_suffix']!r})"
    if recorded.get("sources") != current["sources"]:
        return "the sources changed since the build (make setup compiles them again)"
    missing = [m for m in MODULES if not (build / "analysis" / "claims" / f"{m}{current['ext_suffix']}").is_file()]
    if missing:
        return f"{build}: modules missing from the build ({', '.join(missing)})"
    if not any((build / "lib").glob(f"*__mypyc{current['ext_suffix']}")):
        return f"{build}: mypyc's shared library is missing from lib/"
    return None


def activate(package_path: list[str], build: Path = BUILD, package_dir: Path = PACKAGE_DIR) -> bool:
    """Put the build in front of ``package_path`` (the package's ``__path__``) when it may be loaded.

    True when it was; the reason it was not is :func:`unusable_reason`. Must run before any of
    :data:`MODULES` is imported.
    """
    if unusable_reason(build, package_dir) is not None:
        return False
    compiled = str(build / "analysis" / "claims")
    if compiled not in package_path:
        package_path.insert(0, compiled)
    # mypyc's shared library of the group is a top-level module; it has a folder of its own, as ``build`` on
    # sys.path would make its ``analysis/`` a namespace package for processes that inherit sys.path (Dask's
    # workers) and import ``analysis`` afresh
    lib = str(build / "lib")
    if lib not in sys.path:
        sys.path.append(lib)
    return True


def in_use() -> bool:
    """Whether the extraction modules running now are the compiled ones."""
    module = sys.modules.get("analysis.claims.extract")
    if module is None:
        import analysis.claims.extract as module  # noqa: F811 (imported to ask)
    return not str(getattr(module, "__file__", "")).endswith(".py")
