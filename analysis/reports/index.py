"""``reports/index.html``: every report with its stamp, links and status.

Built from each report's ``.stamp.json`` (parameters, data versions, code
version, build time) and this run's results (built, skipped, failed with the
error). Reports built with non-default parameters (``displacement-sdn``) are
found by their folders' stamps (``entry``: the manifest report they are built
from) and listed under that report, each with its own title and parameters. Plain HTML with inline CSS: it opens offline. Standard library only,
so writing the index after a no-op rebuild stays cheap.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any, Mapping

from analysis.atomic import write_text
from analysis.reports import stamp as stamps
from analysis.reports.params import format_value

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; color: #1a1a1a; margin: 1.5rem auto;
       max-width: 72rem; padding: 0 1rem; line-height: 1.45; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c4c8cc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
.built { color: #17613a; font-weight: bold; } .skipped { color: #3d4a57; font-weight: bold; }
.failed { color: #a4161a; font-weight: bold; } .missing { color: #6b6b6b; }
small, .meta { color: #4a4a4a; font-size: 0.85em; }
ul { margin: 0; padding-left: 1.1rem; } tr.group th { background: #dde3ea; }
table.versions { width: auto; font-size: 0.9em; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
"""


def _list(mapping: Mapping[str, Any]) -> str:
    if not mapping:
        return "<small>none</small>"
    items = "".join(f"<li>{html.escape(str(k))}: {html.escape(format_value(v))}</li>" for k, v in mapping.items())
    return f"<ul>{items}</ul>"


def built_variants(reports_dir: Path, reports: Mapping[str, Any]) -> dict[str, list[str]]:
    """``{manifest report: [names of the folders built from it with other parameters]}``, sorted."""
    found: dict[str, list[str]] = {}
    if not reports_dir.is_dir():
        return found
    for folder in sorted(p for p in reports_dir.iterdir() if p.is_dir() and p.name not in reports):
        doc = (stamps.read_json(folder / stamps.STAMP_NAME) or stamps.read_json(folder / stamps.FAILED_NAME) or {})
        entry = doc.get("entry")
        if isinstance(entry, str) and entry in reports and doc.get("report", folder.name) == folder.name:
            found.setdefault(entry, []).append(folder.name)
    return found


def index_rows(reports_dir: Path, reports: Mapping[str, Any], results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per manifest report and per report built from it with other parameters: stamp, status,
    error and the files present."""
    rows = []
    extra = built_variants(reports_dir, reports)
    names = [(name, report) for base, report in reports.items()
             for name in [base] + extra.get(base, [])]
    for name, report in names:
        out_dir = reports_dir / name
        stamp = stamps.read_json(out_dir / stamps.STAMP_NAME) or {}
        failed = stamps.read_json(out_dir / stamps.FAILED_NAME)
        variant = name != getattr(report, "name", name)
        result = results.get(name)
        if result is not None:
            status, error = result.status, (f"{result.cell}: {result.error}" if result.cell else result.error)
        elif failed:
            status, error = "failed", (f"{failed.get('cell')}: " if failed.get("cell") else "") + str(failed.get("error"))
        else:
            status, error = ("built" if stamp else "not built"), ""
        files = [f"{name}.{fmt}" for fmt in ("ipynb", "html", "pdf") if (out_dir / f"{name}.{fmt}").is_file()]
        if not getattr(report, "default", True) and status == "not built":
            continue                       # a report outside the defaults (e.g. a grid) is listed once built
        title = getattr(report, "title", name)
        if variant:
            title = stamp.get("title") or (failed or {}).get("title") or name
        rows.append({"name": name, "title": title, "status": status, "error": error,
                     "stamp": stamp or {"parameters": (failed or {}).get("parameters", {})} if variant else stamp,
                     "files": files, "group": getattr(report, "group", "")})
    return rows


def _common_versions(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each dataset's version as most reports that used it give it (shown once, under the table)."""
    from collections import Counter

    seen: dict[str, Counter] = {}
    for row in rows:
        for ident, version in (row["stamp"].get("data_versions") or {}).items():
            seen.setdefault(str(ident), Counter())[str(version)] += 1
    return {ident: counts.most_common(1)[0][0] for ident, counts in sorted(seen.items())}


def _data_cell(versions: Mapping[str, Any], common: Mapping[str, Any], recorded: bool) -> str:
    """The datasets a report used: their ids (versions in the table below), any other version in full."""
    if not versions:
        return "<small>none recorded</small>" if recorded else ""
    esc = html.escape
    same = [k for k, v in versions.items() if common.get(k) == str(v)]
    other = {k: v for k, v in versions.items() if common.get(k) != str(v)}
    parts = []
    if same:
        label = "every catalogued dataset" if not recorded else ", ".join(esc(str(k)) for k in same)
        parts.append(f'<small>{label} (<a href="#data-versions">versions below</a>)</small>')
    if other:
        parts.append(_list(other))
    return "".join(parts)


def render_index(rows: list[dict[str, Any]]) -> str:
    """The index page for ``rows`` (see :func:`index_rows`)."""
    esc = html.escape
    common = _common_versions(rows)
    body = []
    groups: dict[str, int] = {}
    for row in rows:
        if row.get("group"):
            groups[row["group"]] = groups.get(row["group"], 0) + 1
    current = ""
    for row in rows:
        group = row.get("group", "")
        if group and group != current:
            body.append(f'<tr class="group"><th colspan="7">Grid {esc(group)}: {groups[group]} report(s)</th></tr>')
        current = group
        stamp = row["stamp"]
        links = " · ".join(f'<a href="{esc(row["name"])}/{esc(f)}">{esc(f.rsplit(".", 1)[1].upper())}</a>'
                           for f in row["files"]) or "<small>no files</small>"
        status = f'<span class="{esc(row["status"].replace(" ", "-"))}">{esc(row["status"])}</span>'
        if row["error"]:
            status += f"<br><small>{esc(row['error'])}</small>"
            if row["files"]:
                status += "<br><small>the files linked are the previous good build</small>"
        data = _data_cell(stamp.get("data_versions") or {}, common,
                          bool(stamp.get("datasets_recorded", False)) if stamp else False)
        code = str(stamp.get("code_version", ""))
        body.append(
            "<tr>"
            f"<td><strong>{esc(row['title'])}</strong><br><small>{esc(row['name'])}</small></td>"
            f"<td>{status}</td><td>{links}</td>"
            f"<td>{_list(stamp.get('parameters', {}))}</td>"
            f"<td>{data}</td>"
            f'<td><small title="{esc(code)}">{esc(code[:12] + ("+dirty" if code.endswith("+dirty") else ""))}'
            "</small></td>"
            f"<td>{esc(str(stamp.get('built', '')))}</td>"
            "</tr>")
    versions_table = ""
    if common:
        items = "".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>" for k, v in common.items())
        versions_table = (f'<h2 id="data-versions">Data versions</h2>\n<p>From <code>data/catalog.yml</code>: '
                          f"the producer's version of each dataset the reports used and where they read it from.</p>\n"
                          f'<table class="versions">{items}</table>\n')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Tally reports</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<h1>Tally reports</h1>\n"
            '<p><a href="glossary.html">Methods and glossary</a>: how the figures are made and the terms the '
            "reports use.</p>\n"
            "<table>\n<thead><tr><th>Report</th><th>Status</th><th>Files</th><th>Parameters</th>"
            "<th>Datasets used</th><th>Code version</th><th>Built (UTC)</th></tr></thead>\n<tbody>\n"
            + "\n".join(body) + "\n</tbody>\n</table>\n" + versions_table + "</body>\n</html>\n")


def write_index(reports_dir: Path, reports: Mapping[str, Any], results: Mapping[str, Any]) -> Path:
    """Write ``reports_dir/index.html`` atomically (only when its content changes); return its path."""
    from analysis.tables import glossary

    glossary.write_page(reports_dir)  # the methods and glossary page every report and the index link to
    target = reports_dir / "index.html"
    page = render_index(index_rows(reports_dir, reports, results))
    if not target.is_file() or target.read_text(encoding="utf-8") != page:
        write_text(target, page)
        os.chmod(target, 0o644)
    return target
