"""Render an executed notebook as a self-contained HTML page and a PDF.

The HTML holds no input cells and fetches nothing: nbconvert's ``basic``
template gives the cell outputs only (images as ``data:`` URIs), and this
module wraps them in its own page with inline CSS and a stamp block
(parameters, data versions, code version, build time). No require.js, no
MathJax, no external stylesheet. :func:`external_refs` finds anything that
would be fetched from elsewhere, and rendering fails rather than write such a
page. The PDF is WeasyPrint on that same HTML, with print CSS (A4, readable
tables, images at most the page width).

nbconvert and WeasyPrint are imported inside the functions that need them.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
import subprocess
from pathlib import Path
from typing import Any, Mapping

from analysis import paths
from analysis.reports.params import format_value

#: Cells with one of these tags are left out of the HTML and PDF.
REMOVE_TAGS = ("remove-cell", "remove_cell", "hide")

CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.5;
       color: #1a1a1a; background: #fff; max-width: 58rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0.8rem 0 0.6rem; } h2 { font-size: 1.35rem; margin-top: 1.6rem; }
h3 { font-size: 1.1rem; }
a { color: #0b57a4; }
img, svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.85rem; max-width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: 0.2rem 0.45rem; text-align: right; vertical-align: top; }
th { background: #eef1f4; } td:first-child, th:first-child { text-align: left; }
tr:nth-child(even) td { background: #f8f9fa; }
pre { white-space: pre-wrap; font-size: 0.85rem; background: #f6f6f6; padding: 0.4rem; }
.tally-stamp { border: 1px solid #c9ced4; background: #f5f7f9; padding: 0.45rem 0.7rem; font-size: 0.78rem;
               line-height: 1.4; margin-bottom: 1.2rem; }
.tally-stamp dl { display: grid; grid-template-columns: max-content auto; gap: 0.1rem 0.8rem; margin: 0; }
.tally-stamp dt { font-weight: bold; } .tally-stamp dd { margin: 0; }
.tally-stamp .versions { font-size: 0.68rem; color: #333; } .tally-stamp .quiet { color: #555; }
.tally-stamp code { font-size: 0.95em; }
.anchor-link { display: none; }
.jp-OutputPrompt, .jp-InputPrompt, .prompt, .input_prompt, .output_prompt { display: none; }
.output_stderr, .jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"] { display: none; }
@page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1, h2, h3 { break-after: avoid; }
  img, svg, figure { break-inside: avoid; }
  table { font-size: 8pt; } tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

_EXTERNAL = re.compile(
    r"""<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(src|href|data)\s*=\s*["']?\s*(?:https?:)?//""",
    re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(url\()?\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//""", re.I)


def external_refs(page: str) -> list[str]:
    """Every place where ``page`` would fetch something from the network (empty: none)."""
    found = [m.group(0)[:120] for m in _EXTERNAL.finditer(page)]
    found += [m.group(0)[:120] for m in _CSS_IMPORT.finditer(page)]
    return found


# --- the stamp ------------------------------------------------------------------------------------

def code_version(root: Path | None = None) -> str:
    """The git commit of the project ("+dirty" when the tree has changes; "unknown" outside git)."""
    root = root or paths.ROOT
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True,
                              text=True, timeout=20)
        if head.returncode != 0:
            return "unknown"
        commit = head.stdout.strip()
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                                capture_output=True, text=True, timeout=20)
        return commit + ("+dirty" if status.returncode == 0 and status.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def data_versions() -> dict[str, str]:
    """``{dataset id: "version (origin)"}`` from the catalog; origin is raw when fetched, else embedded."""
    from analysis import catalog
    from analysis.errors import DataError
    try:
        versions = catalog.data_versions()
    except DataError as exc:
        return {"catalog": f"unreadable: {exc.problem}"}
    from analysis.reports.stamp import _origin_label, origin_of

    out = {}
    for ident, version in versions.items():
        out[ident] = f"{version} ({_origin_label(*origin_of(ident))})"
    return out


def make_stamp(name: str, title: str, notebook: str, params: Mapping[str, Any],
               *, code: str | None = None, data: Mapping[str, str] | None = None,
               built: str | None = None, entry: str = "", recorded: bool = False) -> dict[str, Any]:
    """The stamp of one build: what was run, on which data and code, when.

    ``entry``: the manifest report a report built with other parameters comes from. ``recorded``: the
    ``data`` are the datasets the notebook said it used (:func:`analysis.reports.stamp.record_datasets`),
    not the whole catalog."""
    return {
        "report": name,
        "entry": entry or name,
        "title": title,
        "notebook": notebook,
        "parameters": dict(params),
        "data_versions": dict(data if data is not None else data_versions()),
        "datasets_recorded": bool(recorded),
        "code_version": code if code is not None else code_version(),
        "built": built or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _dataset_name(ident: str) -> str:
    """A dataset as readers know it ("UNHCR Refugee Data Finder"); its catalog id when it has no short name (the
    sources table at the end of a report gives both)."""
    from analysis import prose

    try:
        return prose.dataset_name(ident)
    except Exception:  # noqa: BLE001 - an id the catalog does not name stays as it is
        return ident


def stamp_html(stamp: Mapping[str, Any]) -> str:
    """The stamp as a compact HTML block for the top of the report."""
    esc = html.escape
    params = " · ".join(f"<code>{esc(k)}</code> = {esc(format_value(v))}"
                        for k, v in stamp["parameters"].items()) or "none"
    data = " · ".join(f"<span><b>{esc(_dataset_name(k))}</b> {esc(str(v))}</span>"
                      for k, v in stamp["data_versions"].items())
    if not stamp.get("datasets_recorded", True):
        data += ' <span class="quiet">(every catalogued dataset: this notebook does not record which it used)</span>'
    elif not stamp["data_versions"]:
        data = '<span class="quiet">none</span>'
    return (
        '<section class="tally-stamp" aria-label="Build stamp">'
        '<dl>'
        f'<dt>Report</dt><dd>{esc(stamp["title"])} <span class="quiet">({esc(stamp["report"])}, '
        f'notebook {esc(stamp["notebook"])})</span></dd>'
        f'<dt>Built</dt><dd>{esc(stamp["built"])}</dd>'
        f'<dt>Code version</dt><dd><code>{esc(stamp["code_version"])}</code></dd>'
        f'<dt>Parameters</dt><dd>{params}</dd>'
        f'<dt>Data versions</dt><dd class="versions">{data}</dd>'
        '</dl>'
        '</section>'
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#!|~$])")


def md_text(value: Any) -> str:
    """``value`` as literal Markdown text on one line: HTML escaped and every mark that could start emphasis,
    a link, an image, code or maths backslash-escaped, so a parameter or a title shows as typed and never
    becomes markup or an element."""
    text = " ".join(str(value).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_code(value: Any) -> str:
    """``value`` as a Markdown code span (shown literally: no markup, no HTML), fenced with more backticks
    than it holds."""
    text = " ".join(str(value).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def stamp_markdown(stamp: Mapping[str, Any]) -> str:
    """The stamp as a markdown cell for the top of the executed notebook (every value shown literally)."""
    m = md_text
    lines = [f"**{m(stamp['title'])}**: report {md_code(stamp['report'])}, built {m(stamp['built'])}, "
             f"code {md_code(stamp['code_version'])}", "",
             "Parameters: " + (", ".join(f"{md_code(k)} = {m(format_value(v))}"
                                         for k, v in stamp["parameters"].items()) or "none"), "",
             "Data versions: " + ("; ".join(f"{m(k)}: {m(v)}" for k, v in stamp["data_versions"].items()) or "none")
             + ("" if stamp.get("datasets_recorded", True)
                else " (every catalogued dataset: this notebook does not record which it used)")]
    return "\n".join(lines)


# --- HTML and PDF -------------------------------------------------------------------------------

def _exporter_class() -> type:
    """nbconvert's HTML exporter, with Markdown (cells and ``display(Markdown(...))`` outputs) rendered safely:
    raw HTML in it is shown as text and ``javascript:``/``vbscript:``/``file:``/``data:`` links are dropped.
    A parameter or an article's text that reaches a notebook's Markdown (``show.md(f"# {title}")``) can so
    never add an element, a handler or a script to the page. HTML outputs (tables, links) are the code's own
    and escape their text (:mod:`analysis.display`)."""
    from jinja2 import pass_context
    from nbconvert import HTMLExporter
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    class SafeMarkdownHTMLExporter(HTMLExporter):
        @pass_context
        def markdown2html(self, context: Any, source: str) -> str:
            cell = context.get("cell", {})
            renderer = IPythonRenderer(escape=True, allow_harmful_protocols=False,
                                       attachments=cell.get("attachments", {}), embed_images=False,
                                       anchor_link_text=self.anchor_link_text,
                                       exclude_anchor_links=self.exclude_anchor_links)
            return MarkdownWithMath(renderer=renderer).render(source)

    return SafeMarkdownHTMLExporter


def to_html(nb: Any, stamp: Mapping[str, Any]) -> str:
    """A self-contained HTML page of the executed notebook ``nb`` (no input cells) with ``stamp``.

    Raises ``ValueError`` if the page would fetch anything from the network.
    """
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(REMOVE_TAGS)
    exporter = _exporter_class()(template_name="basic", config=config)
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.anchor_link_text = ""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:                 # warnings on stderr stay in the .ipynb, not in the report
        if cell.get("outputs"):
            cell.outputs = [o for o in cell.outputs if not (o.get("output_type") == "stream"
                                                            and o.get("name") == "stderr")]
    body, _ = exporter.from_notebook_node(nb)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(stamp['title'])}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{stamp_html(stamp)}\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
    refs = external_refs(page)
    if refs:
        raise ValueError("the HTML would fetch from the network: " + "; ".join(refs[:3]))
    return page


def to_pdf(page: str, target: Path) -> None:
    """Write the PDF of HTML ``page`` to ``target`` with WeasyPrint (nothing fetched from the network)."""
    import logging

    from weasyprint import HTML, URLFetcher

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    offline = URLFetcher(allowed_protocols={"data"})   # images are data: URIs; nothing else is fetched
    HTML(string=page, base_url=str(paths.ROOT), url_fetcher=offline).write_pdf(str(target))
