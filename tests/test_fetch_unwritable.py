"""fetch into a folder it cannot write: a clear error naming the folder, the other datasets still fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import catalog, paths
from analysis.cli import main


def test_a_blocked_dataset_folder_fails_alone(tmp_path: Path, capsys) -> None:
    if not (paths.MIRROR / "ocha_cod_pcodes").is_dir():
        pytest.skip(f"the shared data mirror is not at {paths.MIRROR}")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "acled_monthly").write_text("a file where the dataset's folder goes\n")  # as unwritable as read-only
    code = main(["fetch", "acled_monthly", "ocha_cod_pcodes", "--mirror", str(paths.MIRROR), "--raw-dir", str(raw)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{raw / 'acled_monthly'}: cannot write the dataset's files here" in err and "Traceback" not in err
    assert catalog.is_fetched("ocha_cod_pcodes", raw)
