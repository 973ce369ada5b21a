"""Report grids: one manifest entry expanded over parameter values into many reports.

A manifest entry's ``grid`` is either a mapping ``PARAM: [values]`` (every
combination: the product of the lists) or a list of axes, each a mapping of
one or more parameters to lists of equal length that vary together (zipped),
the product taken across axes::

    grid:
      - admin1: [Aleppo, Idlib, Homs]                  # one axis
      - start_date: ["2016-01-01", "2017-01-01"]       # a second axis: years,
        end_date:   ["2016-12-31", "2017-12-31"]       #   start and end together

Each combination is a report named ``<entry>-<slug>`` (the slug is built
from each axis's first parameter value, lower-cased, other characters
``-``), whose parameter defaults are the combination's values, each checked
against its declaration. A list parameter given a single value gets a
one-item list. The number of reports is held to :data:`MAX_GRID` (override
with ``TALLY_MAX_GRID``): a larger grid is a ParameterError giving the size
and the limit.

The same slug names a report built with parameters other than its defaults
(:func:`variant_name`), so that reports of several parameter sets live side
by side: ``python -m analysis build displacement -p country=SDN`` writes
``reports/displacement-sdn/``, never ``reports/displacement/``. The rule, in
order: the parameters whose value differs from the report's default, country
(``iso3``) parameters first, then in the manifest's order; a country, a text,
a date or a list of texts contributes its value's slug (``sdn``,
``aleppo-idlib``, ``all`` for an empty list, ``2022-09-06``), any other
parameter (a number, a flag, a list of numbers) ``<name>-<value>``
(``start-year-2015``). Defaults keep the plain name. A name longer than
:data:`MAX_NAME` characters keeps its first whole parts and ends with eight
hex digits of a hash of the parameters.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from typing import Any, Mapping

from analysis.errors import ParameterError
from analysis.reports.params import ParamSpec, check_value

#: Most reports one grid may expand into.
MAX_GRID = int(os.environ.get("TALLY_MAX_GRID", "1000"))
#: Longest name of a report built with non-default parameters before it is shortened with a hash.
MAX_NAME = 80
#: Parameter types whose value alone names them in a slug (others are written ``<name>-<value>``).
_VALUE_ONLY = ("iso3", "str", "list[str]", "date")


def _slug(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = "-".join(str(v) for v in value) or "all"
    text = re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")
    return text or "x"


def params_hash(values: Mapping[str, Any]) -> str:
    """Eight hex digits identifying a parameter set (sha256 of its sorted JSON)."""
    text = json.dumps(dict(values), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def variant_name(name: str, specs: Mapping[str, ParamSpec], values: Mapping[str, Any]) -> str:
    """The name (and folder) of report ``name`` built with ``values``: ``name`` when every value is its
    default, else ``<name>-<slug>`` by the rule in this module's docstring."""
    changed = [p for p, spec in specs.items() if p in values and values[p] != spec.default]
    if not changed:
        return name
    changed.sort(key=lambda p: specs[p].type != "iso3")          # stable: manifest order otherwise
    parts = [_slug(values[p]) if specs[p].type in _VALUE_ONLY else f"{_slug(p)}-{_slug(values[p])}"
             for p in changed]
    out = f"{name}-{'-'.join(parts)}"
    if len(out) <= MAX_NAME:
        return out
    out, room = name, MAX_NAME - 9                        # whole parts, then the hash
    for part in parts:
        if len(out) + 1 + len(part) > room:
            break
        out += "-" + part
    return f"{out[:room]}-{params_hash(values)}"


def axes(grid: Any, where: str) -> list[dict[str, list]]:
    """The grid's axes: each a mapping of parameter -> values of one common length."""
    if isinstance(grid, dict):
        grid = [{name: values} for name, values in grid.items()]
    if not isinstance(grid, list) or not grid:
        raise ParameterError(f"{where}: 'grid' must be a mapping PARAM: [values] or a list of such mappings")
    out = []
    for axis in grid:
        if not isinstance(axis, dict) or not axis:
            raise ParameterError(f"{where}: each grid axis must be a mapping PARAM: [values]")
        lengths = set()
        for name, values in axis.items():
            if not isinstance(values, list) or not values:
                raise ParameterError(f"{where}: grid values of {name!r} must be a non-empty list")
            lengths.add(len(values))
        if len(lengths) > 1:
            raise ParameterError(f"{where}: grid parameters {', '.join(map(repr, axis))} vary together "
                                 "and need lists of the same length")
        out.append(axis)
    return out


def expand(name: str, grid: Any, specs: Mapping[str, ParamSpec], where: str,
           limit: int | None = None) -> list[tuple[str, dict[str, Any]]]:
    """``[(report name, {param: value})]`` for every combination of the grid, values checked."""
    limit = MAX_GRID if limit is None else limit
    found = axes(grid, where)
    size = 1
    for axis in found:
        size *= len(next(iter(axis.values())))
    if size > limit:
        raise ParameterError(f"{where}: grid expands into {size:,} reports, above the limit of {limit:,} "
                             "(split it, or set TALLY_MAX_GRID)")
    for axis in found:
        for pname in axis:
            if pname not in specs:
                raise ParameterError(f"{where}: grid parameter {pname!r} is not declared under 'parameters' "
                                     f"(declared: {', '.join(specs) or 'none'})")
    out: list[tuple[str, dict[str, Any]]] = []
    seen: dict[str, dict[str, Any]] = {}
    columns = [list(zip(*axis.values())) for axis in found]
    names = [list(axis) for axis in found]
    for combo in itertools.product(*columns):
        values: dict[str, Any] = {}
        slugs = []
        for axis_names, axis_values in zip(names, combo):
            for pname, value in zip(axis_names, axis_values):
                spec = specs[pname]
                if spec.is_list and not isinstance(value, list):
                    value = [value]
                values[pname] = check_value(spec, value, f"{where}: grid value of {pname!r}")
            slugs.append(_slug(axis_values[0]))
        report = f"{name}-{'-'.join(slugs)}"
        if report in seen:
            raise ParameterError(f"{where}: grid gives two reports the same name {report!r} "
                                 f"({seen[report]} and {values})")
        seen[report] = values
        out.append((report, values))
    return out
