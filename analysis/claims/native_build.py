"""Compile the English extraction modules with mypyc (``make setup`` runs it).

    python -m analysis.claims.native_build [--force]

Writes ``build/native/`` (:data:`analysis.claims.native.BUILD`): the compiled
modules and a manifest of the sources they were built from. Nothing is done
when the build is already current. The build is made in a folder of its own
and put in place by a rename, so a failed or interrupted build leaves the one
before it (or none) and the extractor runs as plain Python meanwhile. Needs
mypy (requirements.txt) and a C compiler; without them it says so and exits 1,
and everything still works, only slower.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from analysis import paths
from analysis.claims.native import (BUILD, MANIFEST_NAME, MODULES, OFF_SWITCH, PACKAGE_DIR, build_identity,
                                    unusable_reason)

#: mypy's options for the build: the modules are checked against each other and against the package's other
#: modules (read, not compiled); two checks whose findings the code handles at run time are not errors
#: ("Optional" matches known to match, comparisons of optional values guarded before).
MYPY_OPTIONS = ("--ignore-missing-imports", "--follow-imports=silent", "--disable-error-code=union-attr",
                "--disable-error-code=operator")

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
target, lib, temp = sys.argv[1:4]
modules = sys.argv[4:]
setup(name="tally-native", packages=[], py_modules=[],
      ext_modules=mypycify(modules, opt_level="3", target_dir=target, multi_file=True),
      script_args=["build_ext", "--build-lib", lib, "--build-temp", temp])
"""


def missing_tools() -> str | None:
    """What the build lacks (mypyc, a C compiler), or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install -r requirements.txt)"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc!r} not found)"
    if not Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


def build(out: Path = BUILD, log=sys.stderr) -> Path:
    """Compile :data:`~analysis.claims.native.MODULES` into ``out``, replacing any build there.

    Raises RuntimeError (with the compiler's last lines) when the build fails or the sources change during it.
    """
    identity = build_identity()
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".native-", dir=out.parent))
    try:
        sources = [str((PACKAGE_DIR / f"{m}.py").relative_to(paths.ROOT)) for m in MODULES]
        lib = work / "lib"
        cmd = [sys.executable, "-c", _SETUP, str(work / "c"), str(lib), str(work / "obj"), *MYPY_OPTIONS,
               f"--cache-dir={work / 'mypy_cache'}", *sources]
        done = subprocess.run(cmd, cwd=paths.ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise RuntimeError(f"mypyc failed (exit {done.returncode}):\n{tail}")
        if build_identity() != identity:
            raise RuntimeError("the sources changed during the build: run it again")
        shared = [so for so in lib.glob("*__mypyc*") if so.is_file()]
        if len(shared) != 1:
            raise RuntimeError(f"expected one shared library of mypyc in the build, found {len(shared)}")
        (lib / "lib").mkdir()
        shared[0].rename(lib / "lib" / shared[0].name)
        (lib / MANIFEST_NAME).write_text(json.dumps({**identity, "modules": list(MODULES)}, indent=1) + "\n",
                                         encoding="utf-8")
        old = out.parent / f".native-old-{os.getpid()}"
        if out.exists():
            out.rename(old)
        lib.rename(out)
        shutil.rmtree(old, ignore_errors=True)
        print(f"compiled {len(MODULES)} extraction modules into {paths.relative(out)}", file=log)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Build when the build is missing or stale (or ``--force``); 0 when a current build is in place."""
    parser = argparse.ArgumentParser(prog="python -m analysis.claims.native_build", description=__doc__.split("\n")[0])
    parser.add_argument("--force", action="store_true", help="build even when the build is current")
    args = parser.parse_args(argv)
    os.environ.pop(OFF_SWITCH, None)  # the switch chooses what runs, not whether to build
    if not args.force and unusable_reason() is None:
        return 0
    lacking = missing_tools()
    if lacking:
        print(f"compiled extractor not built: {lacking}; the extractor runs as plain Python", file=sys.stderr)
        return 1
    try:
        build()
    except (RuntimeError, OSError) as exc:
        print(f"compiled extractor not built: {exc}\nthe extractor runs as plain Python", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
