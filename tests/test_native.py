"""The compiled extractor (analysis/claims/native.py): loaded only when current, and the same claims as plain Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from analysis import paths
from analysis.claims import native

SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the compiled modules' sources and a build made for them (empty files stand for the modules)."""
    package = tmp_path / "src"
    package.mkdir()
    for name in native.MODULES:
        (package / f"{name}.py").write_bytes((native.PACKAGE_DIR / f"{name}.py").read_bytes())
    build = tmp_path / "build"
    (build / "analysis" / "claims").mkdir(parents=True)
    for name in native.MODULES:
        (build / "analysis" / "claims" / f"{name}{SUFFIX}").write_bytes(b"")
    (build / "lib").mkdir()
    (build / "lib" / f"0123abcd__mypyc{SUFFIX}").write_bytes(b"")
    (build / native.MANIFEST_NAME).write_text(json.dumps(native.build_identity(package)), encoding="utf-8")
    return package, build


def test_a_build_is_loaded_only_for_the_sources_it_was_made_from(tmp_path, monkeypatch):
    monkeypatch.delenv(native.OFF_SWITCH, raising=False)
    package, build = _fake_build(tmp_path)
    assert native.unusable_reason(build, package) is None
    extract = package / "extract.py"
    extract.write_text(extract.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert "sources changed" in native.unusable_reason(build, package)


@pytest.mark.parametrize("damage, expected", [
    (lambda build: (build / native.MANIFEST_NAME).unlink(), "no build"),
    (lambda build: (build / native.MANIFEST_NAME).write_text("{not json", encoding="utf-8"), "unreadable"),
    (lambda build: (build / native.MANIFEST_NAME).write_text("[1, 2]", encoding="utf-8"), "not a manifest"),
    (lambda build: (build / "analysis" / "claims" / f"cues{SUFFIX}").unlink(), "missing from the build (cues)"),
])
def test_a_damaged_build_is_never_loaded(tmp_path, monkeypatch, damage, expected):
    monkeypatch.delenv(native.OFF_SWITCH, raising=False)
    package, build = _fake_build(tmp_path)
    damage(build)
    assert expected in native.unusable_reason(build, package)


def test_a_build_for_another_python_or_switched_off_is_not_loaded(tmp_path, monkeypatch):
    monkeypatch.delenv(native.OFF_SWITCH, raising=False)
    package, build = _fake_build(tmp_path)
    manifest = build / native.MANIFEST_NAME
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**recorded, "ext_suffix": ".cpython-399-x86_64-linux-gnu.so"}), encoding="utf-8")
    assert "another Python" in native.unusable_reason(build, package)
    manifest.write_text(json.dumps(recorded), encoding="utf-8")
    monkeypatch.setenv(native.OFF_SWITCH, "1")
    assert native.OFF_SWITCH in native.unusable_reason(build, package)


def test_activate_puts_a_current_build_first_and_leaves_a_stale_one_out(tmp_path, monkeypatch):
    monkeypatch.delenv(native.OFF_SWITCH, raising=False)
    package, build = _fake_build(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    path = ["/somewhere/analysis/claims"]
    assert native.activate(path, build, package) is True
    assert path == [str(build / "analysis" / "claims"), "/somewhere/analysis/claims"]
    assert str(build / "lib") in sys.path and str(build) not in sys.path  # (its analysis/ is no namespace package)
    (package / "cues.py").write_text("# not what was built\n", encoding="utf-8")
    path = ["/somewhere/analysis/claims"]
    assert native.activate(path, build, package) is False and path == ["/somewhere/analysis/claims"]


def _built() -> bool:
    return (native.BUILD / native.MANIFEST_NAME).is_file()


@pytest.mark.skipif(not _built(), reason="no compiled build (make setup makes one where a C compiler is found)")
def test_the_build_make_setup_made_is_the_one_running():
    reason = native.unusable_reason()
    if reason is not None and native.OFF_SWITCH in reason:
        pytest.skip(reason)
    assert reason is None, f"{reason}: run make setup"
    assert native.in_use()


@pytest.mark.skipif(not _built(), reason="no compiled build (make setup makes one where a C compiler is found)")
def test_a_process_given_this_path_imports_the_package_afresh(tmp_path):
    """Dask's workers start with their parent's sys.path, the build's folder included, and import ``analysis``
    anew: the build must not hide the package's other modules."""
    code = ("import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
            "import analysis.claims.partitions, analysis.claims.extract, analysis.claims as c; print(c.COMPILED)")
    done = subprocess.run([sys.executable, "-c", code, json.dumps(sys.path)], cwd=tmp_path, capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip() == str(native.in_use())


_PLAIN = """
import json, sys
from analysis.claims import native
from analysis.claims.extract import extract_text
assert not native.in_use()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps([extract_text(t, str(k)) for k, t in enumerate(texts)]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not _built(), reason="no compiled build (make setup makes one where a C compiler is found)")
def test_compiled_and_plain_python_find_the_same_claims(tmp_path):
    """Every text we wrote, English and Arabic (the Arabic extractor calls the English modules), read both ways."""
    if not native.in_use():
        pytest.skip(native.unusable_reason() or "the compiled modules are not loaded")
    from analysis.claims.extract import extract_text

    folders = ("blind", "blind_ar", "heldout", "heldout_ar")
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted((paths.ROOT / "tests" / folder).glob("*.txt"))]
    texts += ["", "12", "Killed: 4 | Wounded: 9", "\u200b3\u202f400 people fled", "one in three", "x" * 3000 + " 5 died"]
    assert len(texts) > 1500
    compiled = [extract_text(t, str(k)) for k, t in enumerate(texts)]
    source = tmp_path / "texts.json"
    source.write_text(json.dumps(texts), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _PLAIN, str(source)], cwd=paths.ROOT, capture_output=True, text=True,
                          env={**os.environ, native.OFF_SWITCH: "1"}, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    plain = json.loads(done.stdout)
    assert sum(map(len, plain)) > 5000
    differing = [k for k, (a, b) in enumerate(zip(json.loads(json.dumps(compiled)), plain)) if a != b]
    assert not differing, f"{len(differing)} texts read differently, first: {texts[differing[0]][:200]!r}"
