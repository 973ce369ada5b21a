"""Shared fixtures: the real offline mirror and throw-away raw folders.

``analysis.paths.RAW`` is read at import, so tests pass folders explicitly
(``raw=``, ``--raw-dir``) and never touch the project's ``data/raw``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import catalog, paths


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


@pytest.fixture()
def empty_raw(tmp_path: Path) -> Path:
    """An empty raw folder (nothing fetched), so loaders fall back to data/reference."""
    raw = tmp_path / "raw"
    raw.mkdir()
    return raw
