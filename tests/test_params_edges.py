"""Report parameters: both sides of every rule, declaration errors and the messages (issue 16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.errors import ParameterError
from analysis.reports import params
from analysis.reports.params import (Overrides, ParamSpec, check_value, describe, display_value, format_value,
                                     parse_text, parse_yaml, resolve, spec_from_mapping)


def spec(kind: str, **doc) -> ParamSpec:
    doc.setdefault("default", None if doc.get("nullable") else {
        "str": "a", "int": 1, "float": 1.0, "bool": False, "date": "2020-01-01", "iso3": "SYR",
        "list[str]": [], "list[int]": []}[kind])
    return spec_from_mapping("p", {"type": kind, **doc}, "reports.yml: r")


def bad(s: ParamSpec, value, words: str) -> str:
    with pytest.raises(ParameterError) as info:
        check_value(s, value)
    assert words in str(info.value), str(info.value)
    return str(info.value)


# --- declarations -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, doc, words", [
    ("1x", {"type": "int", "default": 1}, "parameter name '1x' is not a Python identifier"),
    ("a-b", {"type": "int", "default": 1}, "is not a Python identifier"),
    ("x", [1], "parameter 'x' must be a mapping with 'type' and 'default'"),
    ("x", {"type": "int", "default": 1, "colour": 1}, "unknown key 'colour'; accepted keys: type, default, help"),
    ("x", {"type": "integer", "default": 1}, "type 'integer' is not one of str, int, float"),
    ("x", {"default": 1}, "type None is not one of"),
    ("x", {"type": "int"}, "parameter 'x': 'default' is required"),
    ("x", {"type": "int", "default": 1, "min_items": 1}, "'min_items' needs a list type and an integer"),
    ("x", {"type": "list[int]", "default": [], "max_items": "2"}, "'max_items' needs a list type"),
    ("x", {"type": "list[int]", "default": [], "min_items": True}, "'min_items' needs a list type"),
    ("x", {"type": "str", "default": "a", "min": 1}, "'min'/'max' apply to int, float and date only"),
    ("x", {"type": "bool", "default": True, "max": 1}, "'min'/'max' apply to int, float and date only"),
    ("x", {"type": "int", "default": 1, "pattern": "[0-9]"}, "'pattern' applies to str only"),
    ("x", {"type": "str", "default": "a", "pattern": "(["}, "bad pattern"),
    ("x", {"type": "int", "default": 1, "choices": 1}, "'choices' must be a list"),
    ("x", {"type": "int", "default": 1, "choices": [1, "b"]}, "choices: 'b' is not an integer"),
    ("x", {"type": "int", "default": 1, "min": "low"}, "parameter 'x': min: 'low' is not an integer"),
    ("x", {"type": "int", "default": 1, "max": "high"}, "parameter 'x': max: 'high' is not an integer"),
    ("x", {"type": "int", "default": 5, "max": 4}, "parameter 'x': default: 5 is above the maximum 4"),
    ("x", {"type": "int", "default": None}, "default: a value is required (none is not accepted)"),
])
def test_declaration_errors(name, doc, words) -> None:
    with pytest.raises(ParameterError) as info:
        spec_from_mapping(name, doc, "reports.yml: r")
    assert words in str(info.value) and str(info.value).startswith("reports.yml: r: ")


def test_declarations_that_are_accepted() -> None:
    s = spec("list[int]", min_items=1, max_items=2, choices=[1, 2, 3], default=[1], help="kinds")
    assert (s.min_items, s.max_items, s.choices, s.default, s.help) == (1, 2, (1, 2, 3), [1], "kinds")
    assert s.is_list and s.item_type == "int"
    s = spec("date", min="2011-01-01", max=dt.date(2030, 1, 1), default="2020-01-01")
    assert (s.min, s.max) == ("2011-01-01", "2030-01-01")
    s = spec("float", min=0, max=1, default=0.5)
    assert (s.min, s.max) == (0.0, 1.0)
    s = spec("str", pattern="[a-z]+", default="abc")
    assert s.pattern == "[a-z]+" and not s.is_list and s.item_type == "str"
    s = spec("int", nullable=True)
    assert s.nullable is True and s.default is None and s.help == ""
    assert spec("int").nullable is False and spec("int").choices is None
    assert spec("int", min=None).min is None


# --- values: both sides of every rule --------------------------------------------------------------------

def test_int() -> None:
    s = spec("int", min=0, max=10)
    assert check_value(s, 0) == 0 and check_value(s, 10) == 10          # both bounds are allowed
    assert check_value(s, 7.0) == 7 and isinstance(check_value(s, 7.0), int)
    assert check_value(s, " +7 ") == 7 and check_value(s, "-0") == 0
    bad(s, -1, "-1 is below the minimum 0")
    bad(s, 11, "11 is above the maximum 10")
    bad(s, True, "True is not an integer")                              # a YAML true is no int
    bad(s, 7.5, "7.5 is not an integer")
    bad(s, "7.0", "'7.0' is not an integer")
    bad(s, [7], "is not an integer")


def test_float() -> None:
    s = spec("float", min=0.5, max=2)
    assert check_value(s, 0.5) == 0.5 and check_value(s, 2) == 2.0 and check_value(s, " 1.5 ") == 1.5
    assert isinstance(check_value(s, 1), float)
    bad(s, 0.49, "0.49 is below the minimum 0.5")
    bad(s, 2.01, "2.01 is above the maximum 2.0")
    bad(s, False, "False is not a number")
    bad(s, "inf", "'inf' is not a finite number")
    bad(s, float("nan"), "is not a finite number")
    bad(s, "x1", "'x1' is not a number")
    bad(s, None, "a value is required")
    bad(s, [1.0], "is not a number")


@pytest.mark.parametrize("text", ["true", "True", "YES", "y", "1", "on", " on "])
def test_bool_true_words(text) -> None:
    assert check_value(spec("bool"), text) is True
    assert parse_text(spec("bool"), text) is True


@pytest.mark.parametrize("text", ["false", "FALSE", "no", "n", "0", "off"])
def test_bool_false_words(text) -> None:
    assert check_value(spec("bool", default=True), text) is False


def test_bool_other_values() -> None:
    s = spec("bool")
    assert check_value(s, True) is True and check_value(s, False) is False
    assert check_value(s, 1) is True and check_value(s, 0) is False
    bad(s, 2, "2 is not a boolean (true/false)")
    bad(s, "maybe", "is not a boolean")
    bad(s, 1.0, "is not a boolean")


def test_str() -> None:
    s = spec("str", pattern="[a-z]+", default="abc")
    assert check_value(s, "xyz") == "xyz"
    bad(s, "xyz1", "'xyz1' does not match /[a-z]+/")       # the whole value must match
    assert check_value(spec("str"), 12) == "12" and check_value(spec("str"), 1.5) == "1.5"
    bad(spec("str"), True, "True is not a string")
    bad(spec("str"), ["a"], "is not a string")


def test_date() -> None:
    s = spec("date", min="2011-01-01", max="2024-12-31")
    assert check_value(s, "2011-01-01") == "2011-01-01" and check_value(s, "2024-12-31") == "2024-12-31"
    assert check_value(s, dt.date(2016, 6, 20)) == "2016-06-20"
    assert check_value(s, dt.datetime(2016, 6, 20, 13, 5)) == "2016-06-20"
    assert check_value(s, " 2016-06-20 ") == "2016-06-20"
    bad(s, "2010-12-31", "2010-12-31 is below the minimum 2011-01-01")
    bad(s, "2025-01-01", "2025-01-01 is above the maximum 2024-12-31")
    bad(s, "2016-02-30", "'2016-02-30' is not a calendar date")
    bad(s, "2016-6-20", "is not a date (YYYY-MM-DD)")
    bad(s, 20160620, "is not a date")


def test_iso3() -> None:
    s = spec("iso3")
    assert check_value(s, " sdn ") == "SDN" and check_value(s, "XKX") == "XKX" and check_value(s, "xkx") == "XKX"
    bad(s, "SY", "three letters, e.g. SYR")
    bad(s, "SYRI", "three letters")
    bad(s, 123, "three letters")
    bad(s, "QQQ", "'QQQ' is not an ISO 3166-1 alpha-3 country code")


def test_unknown_item_type_is_refused() -> None:
    with pytest.raises(params._Bad, match="unknown type 'decimal'"):
        params._item("decimal", "1")


def test_nullable_both_sides() -> None:
    assert check_value(spec("int", nullable=True), None) is None
    bad(spec("int"), None, "a value is required (none is not accepted)")
    for text in ("none", "NULL", "~", ""):
        assert parse_text(spec("int", nullable=True), text) is None
    with pytest.raises(ParameterError, match="is not an integer"):
        parse_text(spec("int"), "none")
    # a nullable string keeps "" as a value; "none" is None
    assert parse_text(spec("str", nullable=True), "") == ""
    assert parse_text(spec("str", nullable=True), "none") is None
    assert parse_text(spec("str"), " padded ") == " padded "    # text is kept as typed


def test_lists_both_sides_of_item_counts_and_bounds() -> None:
    s = spec("list[int]", min_items=1, max_items=2, default=[1], choices=[1, 2, 3])
    assert check_value(s, [1]) == [1] and check_value(s, (1, 3)) == [1, 3] and check_value(s, 2) == [2]
    bad(s, [], "0 item(s) given, at least 1 needed")
    bad(s, [1, 2, 3], "3 item(s) given, at most 2 allowed")
    bad(s, [4], "'4' is not allowed")
    b = spec("list[int]", max_items=0, default=[])
    assert check_value(b, []) == []
    r = spec_from_mapping(
        "p", {"type": "list[int]", "default": [5], "min": 1, "max": 9}, "t")
    assert check_value(r, [1, 9]) == [1, 9]
    bad(r, [0], "0 is below the minimum 1")
    bad(r, [10], "10 is above the maximum 9")
    bad(spec("list[str]"), None, "a value is required")


def test_list_text_forms() -> None:
    s = spec("list[str]")
    assert parse_text(s, " Aleppo ,Idlib ") == ["Aleppo", "Idlib"]
    assert parse_text(s, "[Aleppo, Idlib]") == ["Aleppo", "Idlib"]
    assert parse_text(s, "none") == [] and parse_text(s, "  ") == []
    n = spec("list[str]", nullable=True)
    assert parse_text(n, "none") is None and parse_text(n, "null") is None
    assert parse_text(n, "") == []                                   # empty is an empty list, not none
    assert parse_text(spec("list[int]"), "[1, 2]") == [1, 2]


# --- messages -------------------------------------------------------------------------------------------

def test_accepted_describes_every_rule() -> None:
    s = spec_from_mapping("kinds", {"type": "list[int]", "default": [1], "choices": [1, 2], "min_items": 1,
                                    "max_items": 2, "nullable": True}, "t")
    assert s.accepted() == "list[int], items from 1, 2, at least 1 item(s), at most 2 item(s), or none, default [1]"
    s = spec_from_mapping("y", {"type": "int", "default": 3, "choices": [3, 4], "min": 1, "max": 9}, "t")
    assert s.accepted() == "int, one of 3, 4, from 1 to 9, default 3"
    assert spec("int", min=1).accepted() == "int, >= 1, default 1"
    assert spec("int", max=1).accepted() == "int, <= 1, default 1"
    assert spec("str", pattern="[a-z]+", default="a").accepted() == "str, matching /[a-z]+/, default a"
    assert spec("str", default="").accepted() == 'str, default ""'


def test_check_value_message_names_where_or_the_parameter() -> None:
    s = spec("int", max=4)
    with pytest.raises(ParameterError) as info:
        check_value(s, 5)
    assert str(info.value) == "parameter 'p': 5 is above the maximum 4; accepted: int, <= 4, default 1"
    with pytest.raises(ParameterError) as info:
        check_value(s, 5, "-y")
    assert str(info.value) == "-y: 5 is above the maximum 4; accepted: int, <= 4, default 1"


def test_format_value() -> None:
    assert format_value(None) == "none" and format_value(True) == "true" and format_value(False) == "false"
    assert format_value([1, "a", None]) == "[1, a, none]" and format_value(("x",)) == "[x]"
    assert format_value("") == '""' and format_value(0) == "0" and format_value(2.5) == "2.5"


def test_describe() -> None:
    assert describe({}) == "  accepted parameters: none"
    specs = {"year": spec_from_mapping("year", {"type": "int", "default": 2020, "help": "first year"}, "t"),
             "flag": spec_from_mapping("flag", {"type": "bool", "default": False}, "t")}
    assert describe(specs) == ("  accepted parameters:\n    year: int, default 2020  (first year)\n"
                               "    flag: bool, default false")


def test_resolve_order_strictness_and_one_error() -> None:
    specs = {"year": spec_from_mapping("year", {"type": "int", "default": 2020, "max": 2030}, "t"),
             "flag": spec_from_mapping("flag", {"type": "bool", "default": False}, "t")}
    assert resolve("r", specs, Overrides()) == {"year": 2020, "flag": False}
    # -p wins over -y for the same name
    got = resolve("r", specs, Overrides(text={"year": "2021"}, typed={"year": 2022, "flag": True}))
    assert got == {"year": 2021, "flag": True}
    assert resolve("r", specs, Overrides(text={"other": "1"}), strict=False) == {"year": 2020, "flag": False}
    with pytest.raises(ParameterError) as info:
        resolve("r", specs, Overrides(text={"other": "1", "year": "2040"}, typed={"flag": "maybe"}))
    first = str(info.value).split("\n")[0]
    assert first == ("report 'r': parameter 'flag': 'maybe' is not a boolean (true/false); accepted: bool, default "
                     "false; unknown parameter 'other'; parameter 'year': 2040 is above the maximum 2030; "
                     "accepted: int, <= 2030, default 2020")
    assert str(info.value).endswith(describe(specs))
    assert bool(Overrides()) is False and bool(Overrides(typed={"a": 1})) is True
    assert Overrides(text={"a": "1"}, typed={"b": 2}).names() == {"a", "b"}


# --- YAML and assignments --------------------------------------------------------------------------------

def test_parse_yaml_edges(tmp_path: Path) -> None:
    assert parse_yaml("") == {} and parse_yaml("# nothing\n") == {}
    with pytest.raises(ParameterError, match=r"^-y: expected a YAML mapping NAME: VALUE, got list$"):
        parse_yaml("[1, 2]")
    with pytest.raises(ParameterError, match=r"^-y: 1 is not a parameter name$"):
        parse_yaml("1: a")
    with pytest.raises(ParameterError, match=r"^-y: 'a b' is not a parameter name$"):
        parse_yaml("a b: 1")
    with pytest.raises(ParameterError, match=r"^-y: not valid YAML"):
        parse_yaml("a: [1, 2")
    with pytest.raises(ParameterError, match=r"^-y: YAML aliases \(\*x\) are not accepted"):
        parse_yaml("a: &x [1]\nb: *x")
    f = tmp_path / "p.yml"
    f.write_text("year: 2021\n", encoding="utf-8")
    assert params.parse_yaml_file(f) == {"year": 2021}
    f.write_text("year: [\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=f"^{f}: not valid YAML"):
        params.parse_yaml_file(f)
    with pytest.raises(ParameterError) as info:
        params.parse_yaml_file(tmp_path / "absent.yml")
    assert str(info.value) == f"{tmp_path / 'absent.yml'}: cannot read parameters file: No such file or directory"


def test_assignments_and_report_names() -> None:
    assert params.parse_assignments([" year =2021"]) == {"year": "2021"}
    assert params.parse_assignments([]) == {}
    with pytest.raises(ParameterError) as info:
        params.parse_assignments(["year"])
    assert str(info.value) == "-p 'year': expected NAME=VALUE with NAME a parameter name"
    assert params.check_report_name("displacement-sdn_2") == "displacement-sdn_2"
    with pytest.raises(ParameterError) as info:
        params.check_report_name(7, where="reports.yml")
    assert str(info.value) == ("reports.yml: report name 7 is not valid: use lower-case letters, digits, '_' and '-' "
                               "only (a name, never a path)")


def test_as_list_edges() -> None:
    assert params.as_list("[Aleppo]") == ["Aleppo"]
    assert params.as_list("[3]", int) == [3]
    assert params.as_list("[]") == []
    assert params.as_list(" NONE ") == []
    assert params.as_list(7, int) == [7] and params.as_list(2.0) == ["2.0"]
    assert params.as_list([None, " ", " a "]) == ["a"]
    assert params.as_list("'x'") == ["'x'"]
    with pytest.raises(ParameterError) as info:
        params.as_list(["1", "a"], int)
    assert str(info.value) == "list item 'a' is not a int"
    with pytest.raises(ParameterError, match="is not a int"):
        params.as_list([[1]], int)        # a TypeError is said the same way
    assert params.as_list(["1", " 2 "], int) == [1, 2]


# --- what a reader sees -------------------------------------------------------------------------------------

def test_display_value() -> None:
    assert display_value(spec("int"), None) == "none"
    assert display_value(spec("date"), "2024-11-27") == "27 November 2024"
    assert display_value(spec("date"), "2024-01-05") == "5 January 2024"
    assert display_value(spec("date"), "2024-12-31") == "31 December 2024"
    assert display_value(spec("bool"), True) == "yes" and display_value(spec("bool"), False) == "no"
    assert display_value(spec("iso3"), "SDN") == "Sudan"
    assert display_value(spec("int"), 2020) == "2020"
    s = spec("list[str]")
    assert display_value(s, []) == "all"
    assert display_value(s, ["Aleppo"]) == "Aleppo"
    assert display_value(s, ["Aleppo", "Idlib"]) == "Aleppo and Idlib"
    assert display_value(s, ["Aleppo", "Idlib", "Hama"]) == "Aleppo, Idlib and Hama"
    assert display_value(spec_from_mapping("d", {"type": "list[str]", "default": []}, "t"), ["x"]) == "x"


# --- found by mutation testing: each of these failed a mutant that the tests above let live ------------------

def test_list_items_and_choices_must_match_the_pattern() -> None:
    s = spec_from_mapping("places", {"type": "list[str]", "default": ["Aleppo"], "pattern": "[A-Z][a-z]+"}, "t")
    assert check_value(s, ["Aleppo", "Idlib"]) == ["Aleppo", "Idlib"]
    bad(s, ["Aleppo", "idlib"], "'idlib' does not match /[A-Z][a-z]+/")
    with pytest.raises(ParameterError) as info:
        spec_from_mapping("x", {"type": "str", "default": "ab", "pattern": "[a-z]+", "choices": ["ab", "C1"]}, "t")
    assert str(info.value) == "t: parameter 'x': choices: 'C1' does not match /[a-z]+/"


def test_yaml_refusals_are_one_line_and_say_what_to_do() -> None:
    with pytest.raises(ParameterError) as info:
        parse_yaml("a: &x [1]\nb: *x")
    assert str(info.value) == "-y: YAML aliases (*x) are not accepted in parameters; write each value out"
    with pytest.raises(ParameterError) as info:
        parse_yaml("year: !!python/object/apply:os.system ['true']")
    assert str(info.value) == (
        "-y: YAML tags that build Python objects are not accepted (could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'); give plain values: strings, numbers, booleans, "
        "dates, lists")
    with pytest.raises(ParameterError) as info:
        params.as_list("[!!python/name:os.system x]")
    assert str(info.value).startswith("list parameter: YAML tags that build Python objects are not accepted (")
    with pytest.raises(ParameterError) as info:
        parse_text(spec("list[str]"), "[a, *b]")
    assert str(info.value).startswith("-p p: YAML aliases (*b) are not accepted")


def test_command_line_values_are_quoted_as_typed_without_the_padding() -> None:
    with pytest.raises(ParameterError) as info:
        parse_text(spec("int"), " 20x ")
    assert str(info.value).startswith("parameter 'p': '20x' is not an integer")
