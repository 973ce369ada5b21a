"""Report parameters: declarations, command-line parsing and checks.

Every report declares its parameters in ``reports.yml`` (type, default and
allowed values, see the comment at the top of that file). Values given on
the command line (``-p NAME=VALUE``, ``-y YAML``, ``-f FILE``) are parsed
here *as data*, never evaluated as code, and checked against the
declarations before any kernel starts. A wrong type, an unknown name or a
bad value raises one :class:`~analysis.errors.ParameterError` that lists
what is accepted.

Light on purpose: only the standard library, PyYAML and (for ``iso3``)
pycountry, so that checking parameters costs nothing.

For notebook owners: papermill's own ``-p NAME VALUE`` passes a list as a
plain string (``papermill -k tally -p places "Aleppo,Idlib" ...``). Read every
list parameter through :func:`as_list` right after the imports, once::

    from analysis.reports.params import as_list
    places = as_list(places)                  # ["Aleppo", "Idlib"] from a list, "Aleppo,Idlib" or None
    violence_types = as_list(violence_types, int)

``python -m analysis build`` already passes real lists; ``as_list`` leaves them as they are.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from analysis.errors import ParameterError

#: Parameter types a report may declare.
TYPES = ("str", "int", "float", "bool", "date", "iso3", "list[str]", "list[int]")
#: Keys a parameter declaration may carry.
SPEC_KEYS = ("type", "default", "help", "choices", "min", "max", "pattern", "nullable",
             "min_items", "max_items")
#: A report name: also a folder name under reports/, so never a path.
NAME_RE = re.compile(r"[a-z0-9_-]+")
#: A parameter name: a Python identifier the notebook's parameters cell defines.
PARAM_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Codes used by the publishers that ISO 3166-1 has not (yet) assigned.
EXTRA_ISO3 = frozenset({"XKX"})

_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}
_NONE = {"none", "null", "~", ""}


def check_report_name(name: str, where: str | Path | None = None) -> str:
    """Return ``name`` if it is a valid report name ([a-z0-9_-]+), else raise."""
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise ParameterError(
            f"report name {name!r} is not valid: use lower-case letters, digits, '_' and '-' only "
            "(a name, never a path)", path=where)
    return name


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter of a report."""

    name: str
    type: str
    default: Any
    help: str = ""
    choices: tuple | None = None
    min: Any = None
    max: Any = None
    pattern: str | None = None
    nullable: bool = False
    min_items: int | None = None
    max_items: int | None = None

    @property
    def item_type(self) -> str:
        """The type of one value: the item type for lists, else the type itself."""
        return self.type[5:-1] if self.type.startswith("list[") else self.type

    @property
    def is_list(self) -> bool:
        return self.type.startswith("list[")

    def accepted(self) -> str:
        """A short description of the accepted values, for messages and ``--list``."""
        parts = [self.type]
        if self.choices is not None:
            parts.append("one of " + ", ".join(map(str, self.choices)) if not self.is_list
                         else "items from " + ", ".join(map(str, self.choices)))
        if self.min is not None and self.max is not None:
            parts.append(f"from {self.min} to {self.max}")
        elif self.min is not None:
            parts.append(f">= {self.min}")
        elif self.max is not None:
            parts.append(f"<= {self.max}")
        if self.pattern is not None:
            parts.append(f"matching /{self.pattern}/")
        if self.min_items is not None:
            parts.append(f"at least {self.min_items} item(s)")
        if self.max_items is not None:
            parts.append(f"at most {self.max_items} item(s)")
        if self.nullable:
            parts.append("or none")
        parts.append(f"default {format_value(self.default)}")
        return ", ".join(parts)


def format_value(value: Any) -> str:
    """A value as a person would type it: lists comma-separated, None as 'none'."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    if value == "":
        return '""'
    return str(value)


# --- declarations ---------------------------------------------------------------------------

def spec_from_mapping(name: str, doc: Any, where: str) -> ParamSpec:
    """Build a :class:`ParamSpec` from its manifest mapping; ``where`` names it in errors."""
    if not isinstance(name, str) or not PARAM_RE.fullmatch(name):
        raise ParameterError(f"{where}: parameter name {name!r} is not a Python identifier")
    if not isinstance(doc, dict):
        raise ParameterError(f"{where}: parameter {name!r} must be a mapping with 'type' and 'default'")
    unknown = [k for k in doc if k not in SPEC_KEYS]
    if unknown:
        raise ParameterError(f"{where}: parameter {name!r}: unknown key {unknown[0]!r}; "
                             f"accepted keys: {', '.join(SPEC_KEYS)}")
    kind = doc.get("type")
    if kind not in TYPES:
        raise ParameterError(f"{where}: parameter {name!r}: type {kind!r} is not one of {', '.join(TYPES)}")
    if "default" not in doc:
        raise ParameterError(f"{where}: parameter {name!r}: 'default' is required")
    is_list = kind.startswith("list[")
    item = kind[5:-1] if is_list else kind
    for key in ("min_items", "max_items"):
        if key in doc and (not is_list or not isinstance(doc[key], int) or isinstance(doc[key], bool)):
            raise ParameterError(f"{where}: parameter {name!r}: {key!r} needs a list type and an integer")
    if ("min" in doc or "max" in doc) and item not in ("int", "float", "date"):
        raise ParameterError(f"{where}: parameter {name!r}: 'min'/'max' apply to int, float and date only")
    if "pattern" in doc:
        if item != "str":
            raise ParameterError(f"{where}: parameter {name!r}: 'pattern' applies to str only")
        try:
            re.compile(str(doc["pattern"]))
        except re.error as exc:
            raise ParameterError(f"{where}: parameter {name!r}: bad pattern: {exc}") from None
    choices = doc.get("choices")
    if choices is not None and not isinstance(choices, list):
        raise ParameterError(f"{where}: parameter {name!r}: 'choices' must be a list")
    bare = ParamSpec(name=name, type=kind, default=None, pattern=doc.get("pattern"))
    # Bounds and choices are values of the item type themselves.
    bounds = {}
    for key in ("min", "max"):
        if doc.get(key) is not None:
            bounds[key] = _coerce_item(bare, doc[key], f"{where}: parameter {name!r}: {key}")
    if choices is not None:
        choices = tuple(_coerce_item(bare, c, f"{where}: parameter {name!r}: choices") for c in choices)
    spec = ParamSpec(
        name=name, type=kind, default=None, help=str(doc.get("help") or ""),
        choices=choices, min=bounds.get("min"), max=bounds.get("max"),
        pattern=str(doc["pattern"]) if "pattern" in doc else None,
        nullable=bool(doc.get("nullable", False)),
        min_items=doc.get("min_items"), max_items=doc.get("max_items"),
    )
    default = check_value(spec, doc["default"], f"{where}: parameter {name!r}: default")
    return ParamSpec(**{**spec.__dict__, "default": default})


# --- values -------------------------------------------------------------------------------------

class _Bad(ValueError):
    """A value does not fit its declaration (message says why)."""


def _coerce_item(spec: ParamSpec, value: Any, where: str) -> Any:
    try:
        return _item(spec.item_type, value, spec.pattern)
    except _Bad as exc:
        raise ParameterError(f"{where}: {exc}") from None


def _item(kind: str, value: Any, pattern: str | None = None) -> Any:
    """Convert one typed value (YAML scalar or command-line text) to its canonical form."""
    text = value.strip() if isinstance(value, str) else None
    if kind == "str":
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise _Bad(f"{value!r} is not a string")
        out = str(value)
        if pattern is not None and not re.fullmatch(pattern, out):
            raise _Bad(f"{out!r} does not match /{pattern}/")
        return out
    if kind == "int":
        if isinstance(value, bool):
            raise _Bad(f"{value!r} is not an integer")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if text is not None and re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        raise _Bad(f"{value!r} is not an integer")
    if kind == "float":
        if isinstance(value, bool):
            raise _Bad(f"{value!r} is not a number")
        if isinstance(value, (int, float)):
            out = float(value)
        elif text is not None:
            try:
                out = float(text)
            except ValueError:
                raise _Bad(f"{value!r} is not a number") from None
        else:
            raise _Bad(f"{value!r} is not a number")
        if not math.isfinite(out):
            raise _Bad(f"{value!r} is not a finite number")
        return out
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if text is not None and text.lower() in _TRUE:
            return True
        if text is not None and text.lower() in _FALSE:
            return False
        raise _Bad(f"{value!r} is not a boolean (true/false)")
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if text is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError:
                raise _Bad(f"{value!r} is not a calendar date") from None
        raise _Bad(f"{value!r} is not a date (YYYY-MM-DD)")
    if kind == "iso3":
        if text is None or not re.fullmatch(r"[A-Za-z]{3}", text):
            raise _Bad(f"{value!r} is not an ISO 3166-1 alpha-3 code (three letters, e.g. SYR)")
        code = text.upper()
        if code not in EXTRA_ISO3:
            import pycountry  # light; only loaded when an iso3 value is checked
            if pycountry.countries.get(alpha_3=code) is None:
                raise _Bad(f"{value!r} is not an ISO 3166-1 alpha-3 country code")
        return code
    raise _Bad(f"unknown type {kind!r}")


def check_value(spec: ParamSpec, value: Any, where: str = "") -> Any:
    """Check ``value`` (typed, e.g. from YAML) against ``spec``; return its canonical form.

    Raises :class:`ParameterError` saying what is wrong and what is accepted.
    """
    try:
        return _check(spec, value)
    except _Bad as exc:
        prefix = f"{where}: " if where else f"parameter {spec.name!r}: "
        raise ParameterError(f"{prefix}{exc}; accepted: {spec.accepted()}") from None


def _check(spec: ParamSpec, value: Any) -> Any:
    if value is None:
        if spec.nullable:
            return None
        raise _Bad("a value is required (none is not accepted)")
    if spec.is_list:
        if isinstance(value, tuple):
            value = list(value)
        if not isinstance(value, list):
            value = [value]
        items = [_item(spec.item_type, v, spec.pattern) for v in value]
        if spec.min_items is not None and len(items) < spec.min_items:
            raise _Bad(f"{len(items)} item(s) given, at least {spec.min_items} needed")
        if spec.max_items is not None and len(items) > spec.max_items:
            raise _Bad(f"{len(items)} item(s) given, at most {spec.max_items} allowed")
        for item in items:
            _bounds(spec, item)
        return items
    out = _item(spec.type, value, spec.pattern)
    _bounds(spec, out)
    return out


def _bounds(spec: ParamSpec, value: Any) -> None:
    if spec.choices is not None and value not in spec.choices:
        raise _Bad(f"{format_value(value)!r} is not allowed")
    if spec.min is not None and value < spec.min:
        raise _Bad(f"{format_value(value)} is below the minimum {spec.min}")
    if spec.max is not None and value > spec.max:
        raise _Bad(f"{format_value(value)} is above the maximum {spec.max}")


def parse_text(spec: ParamSpec, text: str) -> Any:
    """Parse a command-line value (``-p NAME=VALUE``) for ``spec``; nothing is evaluated.

    Lists are comma-separated (``Aleppo,Idlib``) or a YAML flow list
    (``[Aleppo, Idlib]``); an empty string or ``none`` gives an empty list
    (or None when the parameter is nullable and not a list).
    """
    raw = text.strip()
    if spec.is_list:
        if raw.startswith("["):
            value = _safe_yaml(raw, f"-p {spec.name}")
        elif raw.lower() in _NONE:
            value = None if (spec.nullable and raw.lower() != "") else []
        else:
            value = [part.strip() for part in raw.split(",")]
        return check_value(spec, value)
    if spec.nullable and (raw.lower() in {"none", "null", "~"} or (raw == "" and spec.type != "str")):
        return None
    return check_value(spec, text if spec.type == "str" else raw)


def as_list(value: Any, kind: type = str) -> list:
    """A list parameter as a list, however it arrived: a list or tuple, a comma-separated string
    (papermill's ``-p places "Aleppo,Idlib"``), a YAML flow list string (``"[Aleppo, Idlib]"``), or None.

    Items are stripped and converted with ``kind`` (``str`` by default, e.g. ``int``); empty items are
    dropped, so ``""``, ``"none"`` and None give ``[]``. A single scalar gives a one-item list.
    Raises :class:`ParameterError` when an item cannot be converted.
    """
    if value is None:
        items: list = []
    elif isinstance(value, (list, tuple)):
        items = list(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            parsed = _safe_yaml(text, "list parameter")
            items = parsed if isinstance(parsed, list) else [parsed]
        elif text.lower() in _NONE:
            items = []
        else:
            items = text.split(",")
    else:
        items = [value]
    out = []
    for item in items:
        if item is None or (isinstance(item, str) and not item.strip()):
            continue
        try:
            out.append(kind(item.strip() if isinstance(item, str) else item))
        except (TypeError, ValueError):
            raise ParameterError(f"list item {item!r} is not a {kind.__name__}") from None
    return out


# --- values for readers (titles) ------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def country_label(code: str) -> str:
    """A country's common English name for a title ("SDN" -> "Sudan"); unknown codes as given."""
    from analysis.prose import country_name   # imported only when a title names a country

    return country_name(code)


def display_value(spec: ParamSpec, value: Any) -> str:
    """A checked value as a reader sees it in a title: a country's name for ``iso3``, "27 November 2024"
    for a date, "Aleppo, Idlib and Hama" for a list, "all" for an empty list."""
    if value is None:
        return "none"
    if spec.is_list:
        items = [display_value(ParamSpec(spec.name, spec.item_type, None), v) for v in value]
        if not items:
            return "all"
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    if spec.type == "iso3":
        return country_label(value)
    if spec.type == "date":
        day = dt.date.fromisoformat(str(value))
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if spec.type == "bool":
        return "yes" if value else "no"
    return str(value)


# --- command-line input -----------------------------------------------------------------------

def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """``["a=1", "b=x=y"]`` -> ``{"a": "1", "b": "x=y"}``; a bad item raises ParameterError."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not PARAM_RE.fullmatch(name):
            raise ParameterError(f"-p {item!r}: expected NAME=VALUE with NAME a parameter name")
        out[name] = value
    return out


def duplicate_keys(text: str) -> list[tuple[str, int, str]]:
    """Keys written twice in one YAML mapping of ``text``: ``(key, line of the second, the mapping's path)``.

    ``yaml.safe_load`` keeps the last silently, so a report or a parameter written twice would override the
    first. Composes the document with the safe loader (nothing is built) and walks its mappings once each."""
    found: list[tuple[str, int, str]] = []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return found                       # the caller's safe_load says what is wrong
    seen_nodes: set[int] = set()
    stack: list[tuple[Any, str]] = [(root, "")] if root is not None else []
    while stack:
        node, where = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
                if key and key in keys:
                    found.append((key, key_node.start_mark.line + 1, where))
                keys.add(key)
                stack.append((value_node, f"{where}.{key}" if where else key))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(node.value))
    return sorted(found, key=lambda item: item[1])


def check_unique_keys(text: str, where: Any) -> None:
    """Raise a :class:`ParameterError` naming ``where`` (a file or an option), the key and its line when a
    YAML mapping of ``text`` has a key twice."""
    dups = duplicate_keys(text)
    if dups:
        key, line, inside = dups[0]
        more = f" (and {len(dups) - 1} more)" if len(dups) > 1 else ""
        raise ParameterError(f"duplicate key {key!r} at line {line}" + (f" in {inside}" if inside else "")
                             + f": a key may be given once (the second would silently replace the first){more}",
                             path=where)


def _safe_yaml(text: str, where: str) -> Any:
    try:
        # Aliases let a few bytes expand into billions of items ("billion laughs"):
        # parameters never need them, so refuse them before anything is built.
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise ParameterError(
                    f"{where}: YAML aliases (*{event.anchor}) are not accepted in parameters; "
                    "write each value out")
        doc = yaml.safe_load(text)
        check_unique_keys(text, where)
        return doc
    except yaml.constructor.ConstructorError as exc:
        tag = getattr(exc, "problem", "") or str(exc)
        raise ParameterError(
            f"{where}: YAML tags that build Python objects are not accepted ({tag.strip()}); "
            "give plain values: strings, numbers, booleans, dates, lists") from None
    except yaml.YAMLError as exc:
        raise ParameterError(f"{where}: not valid YAML: {exc}") from None


def parse_yaml(text: str, where: str = "-y") -> dict[str, Any]:
    """Parse a papermill-style ``-y`` YAML mapping of parameters with ``yaml.safe_load``."""
    doc = _safe_yaml(text, where)
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise ParameterError(f"{where}: expected a YAML mapping NAME: VALUE, got {type(doc).__name__}")
    for key in doc:
        if not isinstance(key, str) or not PARAM_RE.fullmatch(key):
            raise ParameterError(f"{where}: {key!r} is not a parameter name")
    return doc


def parse_yaml_file(path: str | Path) -> dict[str, Any]:
    """Parse a papermill-style ``-f`` parameters file (a YAML mapping)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ParameterError(f"cannot read parameters file: {exc.strerror}", path=path) from None
    return parse_yaml(text, where=str(path))


@dataclass
class Overrides:
    """Parameter values given on the command line, not yet checked."""

    text: dict[str, str] = field(default_factory=dict)     # -p NAME=VALUE
    typed: dict[str, Any] = field(default_factory=dict)    # -y / -f YAML

    def names(self) -> set[str]:
        return set(self.text) | set(self.typed)

    def __bool__(self) -> bool:
        return bool(self.text or self.typed)


def resolve(report: str, specs: Mapping[str, ParamSpec], overrides: Overrides,
            *, strict: bool = True) -> dict[str, Any]:
    """The full, checked parameter set of one report: defaults, then ``-y``/``-f``, then ``-p``.

    ``strict``: a name the report does not declare is an error (else it is
    ignored, for a ``-p`` meant for another of the reports being built).
    Every problem is collected into one :class:`ParameterError` that lists
    each accepted parameter with its type, range and default.
    """
    values = {name: spec.default for name, spec in specs.items()}
    problems: list[str] = []
    for name in sorted(overrides.names()):
        if name not in specs:
            if strict:
                problems.append(f"unknown parameter {name!r}")
            continue
        spec = specs[name]
        try:
            if name in overrides.text:
                values[name] = parse_text(spec, overrides.text[name])
            else:
                values[name] = check_value(spec, overrides.typed[name])
        except ParameterError as exc:
            problems.append(exc.problem)
    if problems:
        raise ParameterError(f"report {report!r}: " + "; ".join(problems) + "\n" + describe(specs))
    return values


def describe(specs: Mapping[str, ParamSpec]) -> str:
    """The accepted parameters, one per line (for error messages and ``--list``)."""
    if not specs:
        return "  accepted parameters: none"
    lines = ["  accepted parameters:"]
    for spec in specs.values():
        text = f"    {spec.name}: {spec.accepted()}"
        if spec.help:
            text += f"  ({spec.help})"
        lines.append(text)
    return "\n".join(lines)
