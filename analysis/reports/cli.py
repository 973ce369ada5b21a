"""``python -m analysis build``: build the reports named in the manifest.

    python -m analysis build [REPORT ...] [-p NAME=VALUE ...] [-y YAML] [-f FILE]
                             [--jobs N] [--scheduler local|ADDRESS] [--formats ipynb,html,pdf]
                             [--force] [--list]

Only the argument parser lives at module level; the handler imports the
builder, which imports papermill and nbconvert only when a report needs
building.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


class _ParameterAction(argparse.Action):
    """``-p NAME=VALUE`` or papermill's ``-p NAME VALUE``; words after that are report names."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: list[str],
                 option_string: str | None = None) -> None:
        items = list(getattr(namespace, self.dest) or [])
        words = list(values)
        if "=" in words[0]:
            items.append(words.pop(0))
        elif len(words) >= 2:
            items.append(f"{words.pop(0)}={words.pop(0)}")
        else:
            parser.error(f"{option_string} {words[0]}: expected NAME=VALUE or NAME VALUE")
        setattr(namespace, self.dest, items)
        extra = list(getattr(namespace, "more_reports", None) or [])
        setattr(namespace, "more_reports", extra + words)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``build`` to the top-level parser."""
    p = sub.add_parser(
        "build", help="build reports (ipynb, HTML, PDF) from the notebooks in reports.yml",
        description="Run each report's notebook through papermill with the project's kernel and write "
                    "reports/<name>/<name>.ipynb, .html, .pdf and reports/index.html. Unchanged reports "
                    "are skipped. A report built with non-default parameters gets its own folder, named "
                    "from them (-p country=SDN: reports/displacement-sdn/), beside the default one.")
    p.add_argument("reports", nargs="*", metavar="REPORT", help="report names (default: every report)")
    p.add_argument("-p", "--parameter", action=_ParameterAction, nargs="+", default=[], metavar="NAME=VALUE",
                   help="set a parameter (repeatable): NAME=VALUE, or papermill's NAME VALUE; "
                        "lists are comma-separated")
    p.add_argument("-y", "--parameters-yaml", action="append", default=[], metavar="YAML",
                   help="parameters as a YAML mapping, papermill-style (safe YAML only)")
    p.add_argument("-f", "--parameters-file", action="append", default=[], metavar="FILE",
                   help="parameters from a YAML file, papermill-style")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="reports built at once (default 1)")
    p.add_argument("--formats", default=None, metavar="LIST",
                   help="comma-separated subset of ipynb,html,pdf (default: the manifest's)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="build on a Dask cluster: 'local' starts one here (--jobs workers), "
                        "tcp://host:port uses a running scheduler (default: this process, --jobs at a time)")
    p.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    p.add_argument("--list", action="store_true", help="list the reports and their parameters, build nothing")
    p.add_argument("--manifest", type=Path, default=None, help="reports manifest (default reports.yml)")
    p.add_argument("--notebooks-dir", type=Path, default=None,
                   help="folder the manifest's notebook paths are relative to (default notebooks/)")
    p.add_argument("--reports-dir", type=Path, default=None,
                   help="output folder (default reports/, or $TALLY_REPORTS)")
    p.set_defaults(handler=handle_build)


def handle_build(args: argparse.Namespace) -> int:
    """Check everything, then build (see :func:`analysis.reports.build.build`)."""
    from analysis import paths
    from analysis.errors import ParameterError
    from analysis.reports import build, params
    from analysis.reports.manifest import load_manifest

    manifest = (args.manifest or paths.MANIFEST).resolve()
    reports = load_manifest(manifest, args.notebooks_dir)
    if args.jobs < 1:
        raise ParameterError(f"--jobs {args.jobs}: must be at least 1")
    if args.scheduler:
        from analysis.cluster import check_scheduler

        check_scheduler(args.scheduler)
    if args.list:
        for report in reports.values():
            missing = "" if report.notebook.is_file() else " MISSING"
            print(f"{report.name}: {report.title} (notebook {report.notebook_rel}{missing}; formats: "
                  f"{', '.join(report.formats)})")
            print(params.describe(report.params))
        return 0
    chosen = build.select(reports, list(args.reports) + list(getattr(args, "more_reports", None) or []),
                          manifest)
    overrides = params.Overrides(text=params.parse_assignments(args.parameter))
    for path in args.parameters_file:
        overrides.typed.update(params.parse_yaml_file(path))
    for text in args.parameters_yaml:
        overrides.typed.update(params.parse_yaml(text))
    resolved = build.resolve_all(chosen, overrides)
    formats = None
    if args.formats is not None:
        from analysis.reports.manifest import check_formats

        formats = check_formats(args.formats, "--formats")
    reports_dir = Path(args.reports_dir or os.environ.get("TALLY_REPORTS") or paths.REPORTS).resolve()
    return build.build(chosen, resolved, reports_dir=reports_dir, manifest=manifest, all_reports=reports,
                       jobs=args.jobs, formats=formats, force=args.force, scheduler=args.scheduler)
