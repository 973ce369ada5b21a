"""Shared fixtures: the real offline mirror, throw-away raw folders and a local web site.

``analysis.paths.RAW`` is read at import, so tests pass folders explicitly
(``raw=``, ``--raw-dir``) and never touch the project's ``data/raw``.
"""

from __future__ import annotations

import functools
import http.server
from pathlib import Path
from typing import Callable, Iterator

import pytest

from analysis import catalog, paths
from local_http import serving


@pytest.fixture(scope="session")
def mirror() -> Path:
    """The shared offline mirror (``../shared/data``); skips when it is not beside the project."""
    if not (paths.MIRROR / "unhcr_refugees").is_dir():
        pytest.skip(f"the shared data mirror is not at {paths.MIRROR}")
    return paths.MIRROR


@pytest.fixture(scope="session")
def fetched_raw(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A raw folder filled from the mirror once per session (every dataset the mirror holds)."""
    from analysis.sources import fetch

    raw = tmp_path_factory.mktemp("raw")
    for ident in catalog.dataset_ids():
        outcome = fetch.from_mirror(ident, mirror, raw)
        assert not outcome.errors, outcome.errors
    return raw


@pytest.fixture(scope="session")
def fetch_mirror(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``fetch_mirror(name, *ids)``: a new tmp raw folder filled with ``python -m analysis fetch IDS --mirror``
    from the real mirror (every dataset when no id is given)."""
    from analysis.cli import main

    def fill(name: str, *ids: str) -> Path:
        raw = tmp_path_factory.mktemp(name)
        assert main(["fetch", *ids, "--mirror", str(mirror), "--raw-dir", str(raw), "-q"]) == 0
        return raw
    return fill


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture()
def static_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A web site on 127.0.0.1 serving the files of an empty folder: ``(folder, base URL)``; a test lays the
    folder out like the publisher's (ucdp.uu.se/downloads, HDX package JSON and resources)."""
    root = tmp_path / "site"
    root.mkdir()
    with serving(functools.partial(_QuietFiles, directory=str(root))) as base:
        yield root, base


@pytest.fixture()
def empty_raw(tmp_path: Path) -> Path:
    """An empty raw folder (nothing fetched), so loaders fall back to data/reference."""
    raw = tmp_path / "raw"
    raw.mkdir()
    return raw
