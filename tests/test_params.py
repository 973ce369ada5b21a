"""Report parameters and the manifest are checked before any kernel starts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.errors import ParameterError
from analysis.reports import build, params
from analysis.reports.manifest import load_manifest
from analysis.reports.params import Overrides, ParamSpec, check_value, parse_text, resolve

SPECS = {
    "country": params.spec_from_mapping("country", {"type": "iso3", "default": "SYR"}, "t"),
    "year": params.spec_from_mapping("year", {"type": "int", "default": 2020, "min": 2000, "max": 2030}, "t"),
    "share": params.spec_from_mapping("share", {"type": "float", "default": 0.5}, "t"),
    "flag": params.spec_from_mapping("flag", {"type": "bool", "default": False}, "t"),
    "day": params.spec_from_mapping("day", {"type": "date", "default": "2024-11-27",
                                             "min": "2011-01-01"}, "t"),
    "places": params.spec_from_mapping("places", {"type": "list[str]", "default": ["Aleppo"]}, "t"),
    "kinds": params.spec_from_mapping("kinds", {"type": "list[int]", "default": [1, 2],
                                                "choices": [1, 2, 3], "min_items": 1}, "t"),
    "slug": params.spec_from_mapping("slug", {"type": "str", "default": "abc", "pattern": "[a-z]+"}, "t"),
}

MANIFEST_TEXT = """\
version: 1
reports:
  one:
    notebook: one.ipynb
    parameters:
      year: {type: int, default: 2020}
"""


def test_defaults_and_command_line_values_are_typed() -> None:
    got = resolve("r", SPECS, Overrides(text={"country": "irq", "year": "2024", "share": "0.25", "flag": "yes",
                                              "day": "2024-12-08", "places": "Aleppo, Idlib ,Hama",
                                              "kinds": "3,1"}))
    assert got == {"country": "IRQ", "year": 2024, "share": 0.25, "flag": True, "day": "2024-12-08",
                   "places": ["Aleppo", "Idlib", "Hama"], "kinds": [3, 1], "slug": "abc"}


def test_list_parsing_forms() -> None:
    assert parse_text(SPECS["places"], "[Aleppo, 'Deir ez-Zor']") == ["Aleppo", "Deir ez-Zor"]
    assert parse_text(SPECS["places"], "") == []
    assert parse_text(SPECS["places"], "Homs") == ["Homs"]
    with pytest.raises(ParameterError, match="at least 1"):
        parse_text(SPECS["kinds"], "")


@pytest.mark.parametrize("name, value, problem", [
    ("year", "twenty", "is not an integer"),
    ("year", "1999", "below the minimum"),
    ("share", "abc", "is not a number"),
    ("share", "nan", "not a finite number"),
    ("flag", "maybe", "is not a boolean"),
    ("day", "2024-02-30", "is not a calendar date"),
    ("day", "27/11/2024", "is not a date"),
    ("day", "2010-12-31", "below the minimum"),
    ("country", "XXX", "not an ISO 3166-1 alpha-3 country code"),
    ("country", "Syria", "three letters"),
    ("kinds", "1,4", "is not allowed"),
    ("kinds", "1,x", "is not an integer"),
    ("slug", "ABC", "does not match"),
])
def test_bad_values_say_what_is_accepted(name: str, value: str, problem: str) -> None:
    with pytest.raises(ParameterError) as info:
        resolve("r", SPECS, Overrides(text={name: value}))
    message = str(info.value)
    assert problem in message
    assert f"parameter {name!r}" in message
    # The message lists every accepted parameter with its type and default.
    for spec in SPECS.values():
        assert f"{spec.name}: {spec.type}" in message


def test_unknown_name_is_one_error_listing_the_accepted_ones() -> None:
    with pytest.raises(ParameterError) as info:
        resolve("r", SPECS, Overrides(text={"contry": "SYR", "year": "x"}))
    message = str(info.value)
    assert "unknown parameter 'contry'" in message and "'year'" in message
    assert "country: iso3" in message and "default SYR" in message


def test_yaml_values_keep_their_types_and_are_checked() -> None:
    typed = params.parse_yaml("year: 2021\nday: 2024-12-01\nplaces: [Idlib]\nflag: true")
    got = resolve("r", SPECS, Overrides(typed=typed))
    assert got["year"] == 2021 and got["day"] == "2024-12-01" and got["places"] == ["Idlib"] and got["flag"] is True
    with pytest.raises(ParameterError, match="is not an integer"):
        resolve("r", SPECS, Overrides(typed=params.parse_yaml("year: '20x'")))
    with pytest.raises(ParameterError, match="expected a YAML mapping"):
        params.parse_yaml("- a\n- b")


def test_yaml_with_python_tags_is_refused() -> None:
    for text in ["year: !!python/object/apply:os.system ['true']", "!!python/name:os.system {}"]:
        with pytest.raises(ParameterError, match="YAML tags that build Python objects are not accepted"):
            params.parse_yaml(text)


def test_command_line_value_is_never_evaluated() -> None:
    # Text that Python would evaluate stays a string or is refused.
    assert parse_text(SPECS["places"], "__import__('os').getcwd()") == ["__import__('os').getcwd()"]
    with pytest.raises(ParameterError):
        parse_text(SPECS["year"], "1+1")


def test_assignments() -> None:
    assert params.parse_assignments(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in ["novalue", "=1", "../x=1", "a b=1"]:
        with pytest.raises(ParameterError, match="NAME=VALUE"):
            params.parse_assignments([bad])


@pytest.mark.parametrize("name", ["../claims", "claims/../../etc", "/etc/passwd", "Claims", "a.b", ""])
def test_report_names_are_names_not_paths(name: str) -> None:
    with pytest.raises(ParameterError, match="not valid"):
        params.check_report_name(name)


def test_real_manifest_loads_and_defaults_pass_their_checks() -> None:
    reports = load_manifest()
    assert {"claims", "displacement", "casualties", "offensive_brief"} <= set(reports)
    for report in reports.values():
        assert report.notebook.parent == paths.NOTEBOOKS
        assert set(report.formats) == {"ipynb", "html", "pdf"}
        for spec in report.params.values():
            assert check_value(spec, spec.default) == spec.default


def test_country_is_a_parameter_of_every_data_report() -> None:
    reports = load_manifest()
    for name in ("displacement", "casualties", "offensive_brief"):
        assert reports[name].params["country"].type == "iso3"


def _manifest(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "reports.yml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("edit, problem", [
    (("    notebook: one.ipynb\n", "    notebook: one.ipynb\n    colour: red\n"), "unknown key 'colour'"),
    (("version: 1\n", "version: 1\nextra: 2\n"), "unknown key 'extra'"),
    (("{type: int, default: 2020}", "{type: int, default: 2020, step: 1}"), "unknown key 'step'"),
    (("{type: int, default: 2020}", "{type: integer, default: 2020}"), "type 'integer' is not one of"),
    (("{type: int, default: 2020}", "{type: int, default: x}"), "is not an integer"),
    (("{type: int, default: 2020}", "{type: int}"), "'default' is required"),
    (("notebook: one.ipynb", "notebook: ../one.ipynb"), "no '..'"),
    (("  one:\n", "  ../one:\n"), "is not valid"),
    (("version: 1\n", "version: 1\nx: !!python/object/apply:os.system ['true']\n"), "YAML tags"),
])
def test_manifest_errors_name_the_file_and_the_key(tmp_path: Path, edit: tuple[str, str], problem: str) -> None:
    path = _manifest(tmp_path, MANIFEST_TEXT.replace(*edit))
    with pytest.raises(ParameterError) as info:
        load_manifest(path, tmp_path)
    assert problem in str(info.value)
    assert "reports.yml" in str(info.value)


def test_parameters_for_several_reports() -> None:
    reports = load_manifest()
    chosen = [reports["displacement"], reports["casualties"]]
    got = build.resolve_all(chosen, Overrides(text={"start_year": "2015"}))
    assert got["displacement"]["start_year"] == 2015
    assert "start_year" not in got["casualties"]
    with pytest.raises(ParameterError, match="no report being built declares it"):
        build.resolve_all(chosen, Overrides(text={"nonsense": "1"}))
    with pytest.raises(ParameterError, match="unknown parameter 'start_year'"):
        build.resolve_all([reports["casualties"]], Overrides(text={"start_year": "2015"}))


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "build", "--reports-dir", str(tmp_path / "out"), *args],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)


def test_cli_parameter_errors_before_any_kernel(tmp_path: Path) -> None:
    for args, problem in [
        (["displacement", "-p", "top_hosts=many"], "is not an integer"),
        (["displacement", "-p", "colour=red"], "unknown parameter 'colour'"),
        (["../displacement"], "is not valid"),
        (["nosuchreport"], "unknown report 'nosuchreport'"),
        (["nosuchreport"], "claim_check, casualties_by_governorate (grid of 28), article_check (--list shows"),
        (["displacement", "-y", "country: !!python/object/apply:os.system ['true']"], "YAML tags"),
        (["displacement", "--formats", "docx"], "unknown format 'docx'"),
        (["-p", "top_hosts", "many", "displacement"], "is not an integer"),        # papermill's -p NAME VALUE
        (["-p", "top_hosts", "3", "nosuch"], "unknown report 'nosuch'"),
        (["casualties", "-y", "violence_types: [1, 5]"], "is not allowed"),
        (["displacement", "-f", "missing-params.yml"], "cannot read parameters file"),
    ]:
        done = _cli(*args, tmp_path=tmp_path)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("error: ") and problem in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()      # nothing was built, not even the folder


def test_cli_list(tmp_path: Path) -> None:
    done = _cli("--list", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    for name in ("claims", "displacement", "casualties", "offensive_brief"):
        assert f"{name}:" in done.stdout


def test_parameters_of_takes_an_earlier_entry_and_own_declarations_win(tmp_path: Path) -> None:
    text = MANIFEST_TEXT + """\
  two:
    notebook: one.ipynb
    parameters_of: one
    parameters:
      label: {type: str, default: x}
  years:
    notebook: one.ipynb
    default: false
    parameters_of: two
    parameters:
      year: {type: int, default: 2020, min: 2015}
    grid:
      year: [2016, 2017]
"""
    reports = load_manifest(_manifest(tmp_path, text), tmp_path)
    assert set(reports["two"].params) == {"year", "label"}
    assert reports["two"].params["year"] == reports["one"].params["year"]
    assert [r for r in reports if r.startswith("years")] == ["years-2016", "years-2017"]
    assert reports["years-2017"].params["year"].default == 2017 and reports["years-2017"].params["year"].min == 2015
    with pytest.raises(ParameterError, match="below the minimum"):
        load_manifest(_manifest(tmp_path, text.replace("[2016, 2017]", "[2014, 2017]")), tmp_path)


@pytest.mark.parametrize("base", ["nothing", "later", "[one]"])
def test_parameters_of_must_name_an_earlier_entry(tmp_path: Path, base: str) -> None:
    text = MANIFEST_TEXT.replace("    parameters:\n", f"    parameters_of: {base}\n    parameters:\n")
    text += "  later:\n    notebook: one.ipynb\n"
    with pytest.raises(ParameterError) as info:
        load_manifest(_manifest(tmp_path, text), tmp_path)
    assert "parameters_of" in str(info.value) and "reports.yml" in str(info.value)
    assert "earlier entries: none" in str(info.value)


def test_the_governorate_grid_is_every_governorate_by_two_years() -> None:
    """reports.yml's example grid: 28 reports, none built by default, each a known governorate."""
    from analysis.sources.ocha import admin1_pcode

    reports = load_manifest()
    grid = [r for r in reports.values() if r.group == "casualties_by_governorate"]
    assert len(grid) == 28 and not any(r.default for r in grid)
    assert set(grid[0].params) == set(reports["casualties"].params)
    areas = {r.params["admin1"].default[0] for r in grid}
    assert len(areas) == 14
    pcodes = {area: admin1_pcode(area, "SYR") for area in areas}
    assert None not in pcodes.values(), pcodes
    assert len(set(pcodes.values())) == 14


# --- list parameters as papermill passes them ---------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (["Aleppo", "Idlib"], ["Aleppo", "Idlib"]),
    (("Aleppo",), ["Aleppo"]),
    ("Aleppo,Idlib", ["Aleppo", "Idlib"]),            # papermill -p places "Aleppo,Idlib"
    (" Aleppo , Rural Damascus ,", ["Aleppo", "Rural Damascus"]),
    ("[Aleppo, Idlib]", ["Aleppo", "Idlib"]),         # a YAML flow list, as a string
    ("Aleppo", ["Aleppo"]),
    ("", []), ("none", []), (None, []), ([], []),
])
def test_as_list_accepts_a_list_a_comma_separated_string_or_none(value, expected) -> None:
    assert params.as_list(value) == expected


def test_as_list_converts_items_and_says_which_one_is_bad() -> None:
    assert params.as_list("1,2, 3", int) == [1, 2, 3]
    assert params.as_list([1, "2"], int) == [1, 2]
    with pytest.raises(ParameterError, match="'two' is not a int"):
        params.as_list("1,two", int)
    with pytest.raises(ParameterError, match="YAML tags"):
        params.as_list("[!!python/object/apply:os.system ['true']]")


# --- names and titles of reports built with other parameters -------------------------------------

def test_variant_names_are_the_plain_name_for_defaults_and_a_readable_slug_otherwise() -> None:
    from analysis.reports.grid import MAX_NAME, variant_name

    defaults = {name: spec.default for name, spec in SPECS.items()}
    assert variant_name("r", SPECS, defaults) == "r"
    assert variant_name("r", SPECS, {**defaults, "country": "SDN"}) == "r-sdn"
    # a country first, then the manifest's order; numbers, flags and int lists with their names
    assert variant_name("r", SPECS, {**defaults, "year": 2015, "country": "UKR"}) == "r-ukr-year-2015"
    assert variant_name("r", SPECS, {**defaults, "day": "2022-02-24", "flag": True}) == "r-flag-true-2022-02-24"
    assert variant_name("r", SPECS, {**defaults, "places": ["Aleppo", "Rural Damascus"]}) == \
        "r-aleppo-rural-damascus"
    assert variant_name("r", SPECS, {**defaults, "places": []}) == "r-all"
    assert variant_name("r", SPECS, {**defaults, "kinds": [1]}) == "r-kinds-1"
    long = variant_name("r", SPECS, {**defaults, "places": ["Somewhere with a very long name"] * 5})
    assert len(long) <= MAX_NAME and re.fullmatch(r"r-[0-9a-f]{8}", long)     # one part, too long: the hash
    longer = variant_name("r", SPECS, {**defaults, "country": "UKR", "year": 2015, "slug": "x" * 80})
    assert re.fullmatch(r"r-ukr-year-2015-[0-9a-f]{8}", longer)          # the whole parts that fit, the hash
    assert len(longer) <= MAX_NAME
    params.check_report_name(long)
    other = variant_name("r", SPECS, {**defaults, "places": ["Somewhere with a very long name"] * 6})
    assert other != long


def test_variants_take_their_own_name_and_title_and_never_another_reports(tmp_path: Path) -> None:
    reports = load_manifest()
    chosen = [reports["displacement"], reports["casualties"]]
    resolved = build.resolve_all(chosen, Overrides(text={"country": "SDN"}))
    got, values = build.variants(chosen, resolved, tmp_path, reports)
    assert [r.name for r in got] == ["displacement-sdn", "casualties-sdn"]
    assert [r.title for r in got] == ["Displacement — Sudan", "Casualties — Sudan"]
    assert [r.entry for r in got] == ["displacement", "casualties"]
    assert values["displacement-sdn"]["country"] == "SDN"
    # The defaults keep the plain name.
    same, _ = build.variants([reports["displacement"]], build.resolve_all([reports["displacement"]], Overrides()),
                             tmp_path, reports)
    assert same == [reports["displacement"]]
    # A folder of that name built with other parameters is never overwritten: the name gets a hash.
    (tmp_path / "displacement-sdn").mkdir()
    (tmp_path / "displacement-sdn" / ".stamp.json").write_text('{"parameters": {"country": "SDN", "top_hosts": 9}}')
    got, _ = build.variants(chosen[:1], resolved, tmp_path, reports)
    assert re.fullmatch(r"displacement-sdn-[0-9a-f]{8}", got[0].name)


def test_titles_use_the_parameters_as_a_reader_reads_them() -> None:
    from analysis.reports.manifest import report_title

    reports = load_manifest()
    brief = reports["offensive_brief"]
    assert brief.title == "Event brief: Aleppo offensive, 27 November 2024 to 8 December 2024"
    assert report_title("offensive_brief", {"event_name": "Kharkiv counteroffensive", "window_start": "2022-09-06",
                                            "window_end": "2022-10-02", "places": "Kharkiv", "country": "ukr"}) == \
        "Event brief: Kharkiv counteroffensive, 6 September 2022 to 2 October 2022 — places Kharkiv, Ukraine"
    assert report_title("displacement", {"start_year": 2015}) == "Displacement — start_year 2015"
    with pytest.raises(ParameterError, match="is not an ISO 3166-1"):
        report_title("displacement", {"country": "XX1"})
    member = reports["casualties_by_governorate-aleppo-2021-01-01"]
    assert member.title == "Casualties by governorate (admin1 [Aleppo], start_date 2021-01-01, end_date 2021-12-31)"
    assert member.title_for({"country": "SYR"}) == member.title


@pytest.mark.parametrize("title, problem", [
    ("Brief: {event}", "uses {event}, which is not a parameter of the report (declared: year)"),
    ("Brief: {year:>5}", "write {year} alone"),
    ("Brief: {year", "write a literal brace twice"),
    ("Brief: {}", "uses {}, which is not a parameter"),
])
def test_title_fields_must_be_declared_parameters(tmp_path: Path, title: str, problem: str) -> None:
    path = _manifest(tmp_path, MANIFEST_TEXT.replace("    parameters:\n", f"    title: {title!r}\n    parameters:\n"))
    with pytest.raises(ParameterError) as info:
        load_manifest(path, tmp_path)
    assert problem in str(info.value) and "reports.yml" in str(info.value)


def test_a_title_field_is_filled_and_braces_can_be_written(tmp_path: Path) -> None:
    path = _manifest(tmp_path, MANIFEST_TEXT.replace("    parameters:\n",
                                                     "    title: 'Year {year} {{sic}}'\n    parameters:\n"))
    report = load_manifest(path, tmp_path)["one"]
    assert report.title == "Year 2020 {sic}" and report.title_for({"year": 2016}) == "Year 2016 {sic}"
