"""The reports manifest (``reports.yml``): which reports exist and how to build them.

Loaded with ``yaml.safe_load`` and checked completely before anything runs:
an unknown key, a bad report name, a notebook path outside ``notebooks/``
or a default that fails its own declaration is a
:class:`~analysis.errors.ParameterError` naming the file and the key.

An entry with ``grid:`` becomes many reports, ``<name>-<slug>``, one per
combination of the grid's values (:mod:`analysis.reports.grid`), all with
``group`` set to the entry's name. ``default: false`` keeps an entry (or a
whole grid) out of a plain ``python -m analysis build``; name it to build it.
``parameters_of: <entry>`` starts from the parameter declarations of an
earlier entry (a grid over an existing report need not repeat them); the
entry's own ``parameters`` then add or replace declarations one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.errors import ParameterError
from analysis.reports.params import ParamSpec, check_report_name, format_value, spec_from_mapping

#: Output formats the builder can write.
FORMATS = ("ipynb", "html", "pdf")
TOP_KEYS = ("version", "reports")
REPORT_KEYS = ("notebook", "title", "description", "formats", "parameters", "parameters_of", "grid", "default")


@dataclass(frozen=True)
class Report:
    """One report of the manifest."""

    name: str
    notebook: Path          # absolute path of the notebook
    notebook_rel: str       # as written in the manifest (under the notebooks folder)
    title: str
    description: str
    formats: tuple[str, ...]
    params: dict[str, ParamSpec]
    group: str = ""         # the manifest entry a grid report was expanded from ("" = not a grid)
    default: bool = True    # built by a plain `python -m analysis build` (no report names)


def check_formats(formats: Any, where: str) -> tuple[str, ...]:
    """Check a list of output formats (``ipynb``, ``html``, ``pdf``); keep their canonical order."""
    if isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    if not isinstance(formats, list) or not formats:
        raise ParameterError(f"{where}: formats must be a non-empty list of {', '.join(FORMATS)}")
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ParameterError(f"{where}: unknown format {bad[0]!r}; accepted: {', '.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in formats)


def _notebook_path(rel: Any, notebooks: Path, where: str) -> Path:
    if not isinstance(rel, str) or not rel.strip():
        raise ParameterError(f"{where}: 'notebook' must be a path under the notebooks folder")
    candidate = Path(rel)
    if candidate.is_absolute() or ".." in candidate.parts or candidate.suffix != ".ipynb":
        raise ParameterError(f"{where}: notebook {rel!r} must be a relative .ipynb path "
                             f"under {paths.relative(notebooks)}/ (no '..')")
    return notebooks / candidate


def load_manifest(path: str | Path | None = None,
                  notebooks: str | Path | None = None) -> dict[str, Report]:
    """Read and check the manifest; return ``{name: Report}`` in file order.

    ``notebooks`` is the folder the ``notebook`` entries are relative to
    (default ``notebooks/`` of the project).
    """
    path = Path(path) if path is not None else paths.MANIFEST
    notebooks = Path(notebooks) if notebooks is not None else paths.NOTEBOOKS
    shown = paths.relative(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ParameterError("reports manifest not found", path=shown) from None
    try:
        doc = yaml.safe_load(text)
    except yaml.constructor.ConstructorError as exc:
        raise ParameterError(f"YAML tags that build Python objects are not accepted: {exc.problem}",
                             path=shown) from None
    except yaml.YAMLError as exc:
        raise ParameterError(f"not valid YAML: {exc}", path=shown) from None
    if not isinstance(doc, dict):
        raise ParameterError("expected a mapping with 'version' and 'reports'", path=shown)
    for key in doc:
        if key not in TOP_KEYS:
            raise ParameterError(f"unknown key {key!r}; accepted: {', '.join(TOP_KEYS)}", path=shown)
    if doc.get("version", 1) != 1:
        raise ParameterError(f"unsupported manifest version {doc.get('version')!r} (expected 1)", path=shown)
    entries = doc.get("reports")
    if not isinstance(entries, dict) or not entries:
        raise ParameterError("'reports' must be a non-empty mapping of report name to entry", path=shown)
    reports: dict[str, Report] = {}
    declared: dict[str, dict[str, ParamSpec]] = {}     # each entry's declarations, before any grid
    for name, entry in entries.items():
        check_report_name(name, where=shown)
        where = f"{shown}: report {name!r}"
        if not isinstance(entry, dict):
            raise ParameterError(f"{where}: entry must be a mapping")
        for key in entry:
            if key not in REPORT_KEYS:
                raise ParameterError(f"{where}: unknown key {key!r}; accepted: {', '.join(REPORT_KEYS)}")
        notebook = _notebook_path(entry.get("notebook"), notebooks, where)
        params_doc = entry.get("parameters") or {}
        if not isinstance(params_doc, dict):
            raise ParameterError(f"{where}: 'parameters' must be a mapping NAME: declaration")
        specs = dict(_parameters_of(entry.get("parameters_of"), declared, where))
        specs.update({pname: spec_from_mapping(pname, pdoc, where) for pname, pdoc in params_doc.items()})
        declared[name] = specs
        default = entry.get("default", True)
        if not isinstance(default, bool):
            raise ParameterError(f"{where}: 'default' must be true or false")
        if "grid" in entry:
            _add_grid(reports, name, entry, notebook, specs, default, where)
            continue
        reports[name] = Report(
            name=name,
            notebook=notebook,
            notebook_rel=str(entry["notebook"]),
            title=str(entry.get("title") or name),
            description=str(entry.get("description") or ""),
            formats=check_formats(entry.get("formats", list(FORMATS)), where),
            params=specs,
            default=default,
        )
    return reports


def _parameters_of(base: Any, declared: dict[str, dict[str, ParamSpec]], where: str) -> dict[str, ParamSpec]:
    """The declarations of the earlier entry ``base`` names ({} when no ``parameters_of``)."""
    if base is None:
        return {}
    if not isinstance(base, str) or base not in declared:
        earlier = ", ".join(declared) or "none"
        raise ParameterError(f"{where}: parameters_of {base!r} must name an earlier entry of the manifest "
                             f"(earlier entries: {earlier})")
    return declared[base]


def _add_grid(reports: dict[str, Report], name: str, entry: dict, notebook: Path,
              specs: dict[str, ParamSpec], default: bool, where: str) -> None:
    """Expand a ``grid`` entry (see :mod:`analysis.reports.grid`) into one Report per combination."""
    from dataclasses import replace

    from analysis.reports import grid

    title = str(entry.get("title") or name)
    formats = check_formats(entry.get("formats", list(FORMATS)), where)
    for report_name, values in grid.expand(name, entry["grid"], specs, where):
        check_report_name(report_name, where=where)
        if report_name in reports:
            raise ParameterError(f"{where}: grid report {report_name!r} has the name of another report")
        member = {p: replace(spec, default=values[p]) if p in values else spec for p, spec in specs.items()}
        label = ", ".join(f"{p} {format_value(v)}" for p, v in values.items())
        reports[report_name] = Report(name=report_name, notebook=notebook, notebook_rel=str(entry["notebook"]),
                                      title=f"{title} ({label})", description=str(entry.get("description") or ""),
                                      formats=formats, params=member, group=name, default=default)
