"""What a fetched dataset reads for one country is kept for the next read, and never outlives its inputs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import datasets, paths
from analysis.cli import main


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    if not (paths.MIRROR / "ucdp_world").is_dir():
        pytest.skip(f"the shared data mirror is not at {paths.MIRROR}")
    raw = tmp_path / "raw"
    assert main(["fetch", "ucdp_orgvio_cy", "--mirror", str(paths.MIRROR), "--raw-dir", str(raw), "-q"]) == 0
    return raw


def test_a_second_read_comes_from_the_cache_and_equals_the_first(raw: Path) -> None:
    first = datasets.indicators("SDN", sources="ucdp_orgvio_cy", raw=raw)
    cached = list((raw / "ucdp_orgvio_cy" / datasets.CACHE_DIR).glob("indicators-SDN-*.parquet"))
    assert len(cached) == 1
    again = datasets.indicators("SDN", sources="ucdp_orgvio_cy", raw=raw)
    pd.testing.assert_frame_equal(first, again)
    assert first.attrs == again.attrs


def test_a_touched_file_or_a_damaged_cache_is_read_again(raw: Path) -> None:
    import os

    before = datasets.indicators("SDN", sources="ucdp_orgvio_cy", raw=raw)
    folder = raw / "ucdp_orgvio_cy" / datasets.CACHE_DIR
    (old,) = folder.glob("indicators-SDN-*.parquet")
    csv = next((raw / "ucdp_orgvio_cy").glob("*.csv"))
    os.utime(csv, ns=(csv.stat().st_atime_ns, csv.stat().st_mtime_ns + 10**9))  # the file may have changed
    after = datasets.indicators("SDN", sources="ucdp_orgvio_cy", raw=raw)
    (new,) = folder.glob("indicators-SDN-*.parquet")
    assert new != old and not old.exists()
    pd.testing.assert_frame_equal(before, after)
    new.write_bytes(b"not parquet")
    pd.testing.assert_frame_equal(before, datasets.indicators("SDN", sources="ucdp_orgvio_cy", raw=raw))
