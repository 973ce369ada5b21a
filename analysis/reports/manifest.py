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

A ``title`` may use the report's parameters, ``title: "Event brief: {event_name}"``:
each ``{NAME}`` must be a declared parameter (else an error naming the file),
and is written as a reader reads it (:func:`~analysis.reports.params.display_value`:
a country's name, "27 November 2024", "Aleppo, Idlib and Hama"). A report built
with non-default values of parameters its title does not use gets them after a
dash: "Displacement — Sudan", "Casualties — Sudan, start_date 1 January 2016"
(:meth:`Report.title_for`). The stamp, the page and the index all show that title;
a notebook shows the same one as its heading with :func:`report_title`.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from analysis import paths
from analysis.errors import ParameterError
from analysis.reports.params import (ParamSpec, check_report_name, check_unique_keys, display_value,
                                     format_value, spec_from_mapping)

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
    title_template: str = ""   # the title with {PARAM} fields ("" = the title as it is)
    entry: str = ""         # for a report built with non-default parameters: the report it is built from

    def title_for(self, values: Mapping[str, Any]) -> str:
        """The title of this report built with ``values`` (see the module docstring)."""
        return format_title(self.title_template or _escape(self.title), self.params, values)


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def title_fields(template: str, specs: Mapping[str, ParamSpec], where: str) -> list[str]:
    """The parameters a title template uses; an unknown name, a bad brace or a format spec is an error."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ParameterError(f"{where}: title {template!r}: {exc} (write a literal brace twice: {{{{ or }}}})") from None
    fields = []
    for _text, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in specs:
            raise ParameterError(f"{where}: title {template!r} uses {{{field}}}, which is not a parameter of the "
                                 f"report (declared: {', '.join(specs) or 'none'})")
        if spec or conversion:
            raise ParameterError(f"{where}: title {template!r}: write {{{field}}} alone (no format or conversion)")
        fields.append(field)
    return fields


def format_title(template: str, specs: Mapping[str, ParamSpec], values: Mapping[str, Any]) -> str:
    """``template`` with its fields filled from ``values``, then " — " and the other parameters whose value
    is not the default (a country by its name, others as ``name value``)."""
    fields = title_fields(template, specs, "title")
    text = template.format(**{f: display_value(specs[f], values.get(f, specs[f].default)) for f in fields})
    extra = []
    for pname, spec in specs.items():
        if pname in fields or pname not in values or values[pname] == spec.default:
            continue
        shown = display_value(spec, values[pname])
        extra.append(shown if spec.type == "iso3" else f"{pname} {shown}")
    return f"{text} — {', '.join(extra)}" if extra else text


def report_title(name: str, values: Mapping[str, Any] | None = None, manifest: str | Path | None = None) -> str:
    """The title of report ``name`` of the manifest built with ``values`` (the defaults where none):
    what the builder puts in the stamp, for a notebook's heading. Each value is checked against its
    declaration (a bad one is a ParameterError), so papermill runs are checked too."""
    from analysis.reports.params import check_value

    report = load_manifest(manifest)[name]
    given = dict(values or {})
    unknown = sorted(set(given) - set(report.params))
    if unknown:
        raise ParameterError(f"report {name!r}: unknown parameter {unknown[0]!r} "
                             f"(declared: {', '.join(report.params) or 'none'})")
    checked = {p: check_value(report.params[p], v, f"report {name!r}: parameter {p!r}") for p, v in given.items()}
    return report.title_for(checked)


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
    check_unique_keys(text, shown)         # a report or parameter written twice must not replace the first
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
        template = str(entry.get("title") or name)
        title_fields(template, specs, where)
        if "grid" in entry:
            _add_grid(reports, name, entry, notebook, specs, default, where)
            continue
        reports[name] = Report(
            name=name,
            notebook=notebook,
            notebook_rel=str(entry["notebook"]),
            title=format_title(template, specs, {}),
            title_template=template,
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
        template = f"{title} ({_escape(label)})"
        reports[report_name] = Report(name=report_name, notebook=notebook, notebook_rel=str(entry["notebook"]),
                                      title=format_title(template, member, {}), title_template=template,
                                      description=str(entry.get("description") or ""),
                                      formats=formats, params=member, group=name, default=default)
