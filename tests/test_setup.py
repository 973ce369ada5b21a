"""The set-up is honest: pinned requirements, environment.yml, Makefile and CI agree."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml

from analysis import paths


def _requirements() -> dict[str, str]:
    pins = {}
    for line in (paths.ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep, f"requirements.txt: {line!r} is not pinned with =="
        pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_requirements_are_exact_pins_of_core_packages() -> None:
    pins = _requirements()
    for core in ["jupyterlab", "pandas", "matplotlib", "seaborn", "papermill", "pytest", "pandera", "weasyprint"]:
        assert core in pins, f"{core} missing from requirements.txt"


def test_environment_yml_points_at_the_same_requirements() -> None:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_sections = [d["pip"] for d in deps if isinstance(d, dict) and "pip" in d]
    assert pip_sections == [["-r requirements.txt", "-e ."]]
    # No package is pinned in environment.yml outside the pip section: conda and
    # pip users get the same set.
    conda_pkgs = [d for d in deps if isinstance(d, str)]
    assert sorted(conda_pkgs) == ["pip", "python=3.11"]


def test_installed_versions_match_the_pins() -> None:
    from importlib.metadata import PackageNotFoundError, version

    pins = _requirements()
    wrong = {}
    for name, pinned in pins.items():
        try:
            got = version(name)
        except PackageNotFoundError:
            wrong[name] = (pinned, None)
            continue
        if got != pinned:
            wrong[name] = (pinned, got)
    assert not wrong, f"installed packages differ from requirements.txt: {wrong}"


def test_makefile_has_the_documented_targets() -> None:
    text = (paths.ROOT / "Makefile").read_text()
    for target in ["setup", "report", "test", "lab"]:
        assert re.search(rf"^{target}:", text, re.M), f"Makefile lacks target {target}"
    readme = (paths.ROOT / "README.md").read_text()
    assert "make report" in readme and "make test" in readme


def test_ci_script_runs_make_test_and_fails_on_no_tests() -> None:
    text = (paths.ROOT / ".ci" / "run").read_text()
    assert "make test" in text
    assert "-eq 5" in text
    assert "apt-get install" in text


def test_cli_help_lists_subcommands() -> None:
    out = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0
    assert "Tally" in out.stdout


def test_project_kernel_is_registered() -> None:
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    assert "tally" in specs, f"kernel 'tally' not registered (have {sorted(specs)}); run make setup"


def test_tally_console_script_is_the_same_command() -> None:
    """`tally` (pyproject's console script, installed by `make setup`) runs what `python -m analysis` runs."""
    from pathlib import Path

    script = Path(sys.executable).parent / "tally"
    assert script.is_file(), f"{script} missing: `make setup` installs the project with its console script"
    via_script = subprocess.run([str(script), "claims", "--help"], capture_output=True, text=True, cwd="/")
    via_module = subprocess.run([sys.executable, "-m", "analysis", "claims", "--help"], capture_output=True,
                                text=True, cwd="/")
    assert via_script.returncode == 0, via_script.stderr
    assert via_script.stdout.replace("tally", "python -m analysis") == via_module.stdout or \
        via_script.stdout.split("\n", 1)[1] == via_module.stdout.split("\n", 1)[1]
