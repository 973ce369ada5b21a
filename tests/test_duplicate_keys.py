"""A key written twice in reports.yml, a parameters file or the catalog is an error naming the file and key (issue 14).

`yaml.safe_load` keeps the last of two equal keys without a word: a second report or parameter of the same
name silently replaced the first. Each case runs the real command line (or the catalog reader) on a file the
test writes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis import catalog, paths
from analysis.errors import DataError, ParameterError
from analysis.reports import params
from analysis.reports.manifest import load_manifest

TRACEBACK = "Traceback (most recent call last)"
NOTEBOOKS = paths.ROOT / "tests" / "notebooks"

REPORT_TWICE = """\
version: 1
reports:
  tiny:
    notebook: tiny.ipynb
    title: First tiny
  other:
    notebook: tiny.ipynb
  tiny:
    notebook: tiny.ipynb
    title: Second tiny
"""

PARAMETER_TWICE = """\
version: 1
reports:
  tiny:
    notebook: tiny.ipynb
    parameters:
      n: {type: int, default: 4}
      label: {type: str, default: first}
      n: {type: str, default: four}
"""

KEY_TWICE_IN_A_DECLARATION = """\
version: 1
reports:
  tiny:
    notebook: tiny.ipynb
    parameters:
      n: {type: int, default: 4, default: 5}
"""


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "build", *args, "--notebooks-dir", str(NOTEBOOKS),
                           "--reports-dir", str(tmp_path / "reports")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)


@pytest.mark.parametrize("text, key, line, inside", [
    (REPORT_TWICE, "tiny", 8, "reports"),
    (PARAMETER_TWICE, "n", 8, "reports.tiny.parameters"),
    (KEY_TWICE_IN_A_DECLARATION, "default", 6, "reports.tiny.parameters.n"),
])
def test_a_manifest_key_written_twice_is_an_error(tmp_path: Path, text: str, key: str, line: int, inside: str) -> None:
    manifest = tmp_path / "reports.yml"
    manifest.write_text(text)
    for args in (["--list"], ["tiny"]):
        done = cli(tmp_path, "--manifest", str(manifest), *args)
        output = done.stdout + done.stderr
        assert done.returncode != 0, output
        assert TRACEBACK not in output, output
        assert str(manifest) in output and f"duplicate key {key!r} at line {line} in {inside}" in output, output
    assert not (tmp_path / "reports").exists(), "something was built from the ambiguous manifest"
    with pytest.raises(ParameterError, match=f"duplicate key '{key}'"):
        load_manifest(manifest, NOTEBOOKS)


def test_a_parameter_twice_in_a_parameters_file_or_yaml_is_an_error(tmp_path: Path) -> None:
    pfile = tmp_path / "params.yml"
    pfile.write_text("n: 3\nlabel: x\nn: 5\n")
    done = cli(tmp_path, "tiny", "--manifest", str(paths.ROOT / "tests" / "bad_inputs" / "files" / "manifest_valid.yml"),
               "-f", str(pfile))
    output = done.stdout + done.stderr
    assert done.returncode != 0 and TRACEBACK not in output, output
    assert str(pfile) in output and "duplicate key 'n' at line 3" in output, output
    with pytest.raises(ParameterError, match="-y: duplicate key 'n' at line 1"):
        params.parse_yaml("{n: 3, n: 5}")
    assert params.parse_yaml("{n: 3, m: 5}") == {"n": 3, "m": 5}


def test_a_dataset_twice_in_the_catalog_is_an_error(tmp_path: Path) -> None:
    text = paths.CATALOG.read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-1].startswith("      "), "the catalog no longer ends inside 'datasets'"
    copy = tmp_path / "catalog.yml"
    copy.write_text(text.rstrip("\n") + "\n  worldbank_population:\n    title: a second entry of the same id\n")
    with pytest.raises(DataError, match="duplicate key 'worldbank_population'") as caught:
        catalog.load_catalog(copy)
    assert str(copy) in caught.value.render()
    assert catalog.load_catalog(paths.CATALOG)          # the committed catalog has no key twice
