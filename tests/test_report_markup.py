"""Report parameters that carry HTML, Markdown or script reach the page as text, never as markup (issue 14).

A notebook shows its title as Markdown (`show.md(f"# {title}")`, as offensive_brief does with `event_name`), so
before the fix `<img src=x onerror=...>` given as a parameter became an element with a handler in the HTML
report. The test builds a notebook of its own, written like the real ones, with the payloads as `-p` values
(a string and a list), and reads the HTML page, the index and the executed notebook's stamp with an HTML parser.
"""

from __future__ import annotations

import html.parser
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

EVENT = '<img src=x onerror="alert(1)"> [click](javascript:alert(2)) <script>alert(3)</script> **bold**'
PLACE = '<svg onload=alert(4)>Aleppo'

MANIFEST = """\
version: 1
reports:
  brief:
    notebook: brief.ipynb
    title: "Brief: {event_name}"
    formats: [ipynb, html]
    parameters:
      event_name: {type: str, default: "Aleppo offensive"}
      places: {type: "list[str]", default: [Aleppo]}
"""


class Elements(html.parser.HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(page)
    return parser.tags


def assert_inert(page: str, where: str) -> None:
    """No element, handler or link from the payloads: no script, no on* attribute, no javascript: URL, no svg."""
    for tag, attrs in elements(page):
        assert tag not in ("script", "svg", "iframe"), f"{where}: a <{tag}> element"
        assert not [a for a in attrs if a.startswith("on")], f"{where}: <{tag}> has a handler: {attrs}"
        for name in ("href", "src"):
            assert not str(attrs.get(name) or "").strip().lower().startswith("javascript:"), f"{where}: {attrs}"
        if tag == "img":
            assert str(attrs.get("src") or "").startswith("data:image/"), f"{where}: an image from the payload"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("markup")
    (root / "notebooks").mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "tally", "display_name": "Tally (project)", "language": "python"}
    params = nbformat.v4.new_code_cell('event_name = "Aleppo offensive"\nplaces = ["Aleppo"]')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(
        "from analysis import display as show\n"
        "from analysis.reports.manifest import report_title\n"
        "from analysis.reports.params import as_list\n"
        "places = as_list(places)\n"
        f"title = report_title('brief', dict(event_name=event_name, places=places), manifest={str(root / 'reports.yml')!r})\n"
        "show.md(f'# {title}')\n"
        "show.md(f'Figures reported in {\", \".join(places)} during the {event_name}.')\n")]
    nbformat.write(nb, str(root / "notebooks" / "brief.ipynb"))
    (root / "reports.yml").write_text(MANIFEST)
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "brief", "--manifest", "reports.yml", "--notebooks-dir",
         "notebooks", "--reports-dir", "reports", "-p", f"event_name={EVENT}", "-y", f"places: ['{PLACE}', Idlib]"],
        capture_output=True, text=True, cwd=root, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "reports"


def _report(reports: Path, suffix: str) -> Path:
    found = [p for p in reports.glob(f"brief-*/*.{suffix}")]
    assert len(found) == 1, sorted(p.name for p in reports.rglob("*"))
    return found[0]


@pytest.mark.slow
def test_parameters_are_text_in_the_html_report(built: Path) -> None:
    page = _report(built, "html").read_text(encoding="utf-8")
    assert_inert(page, "report page")
    # shown literally: in the <title>, the stamp and the notebook's own Markdown heading
    assert "&lt;img src=x onerror=" in page and "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "&lt;svg onload=alert(4)&gt;Aleppo" in page


@pytest.mark.slow
def test_parameters_are_text_in_the_index(built: Path) -> None:
    page = (built / "index.html").read_text(encoding="utf-8")
    assert_inert(page, "index")
    assert "&lt;img src=x onerror=" in page and "&lt;svg onload=alert(4)&gt;Aleppo" in page


@pytest.mark.slow
def test_the_notebook_stamp_shows_parameters_literally(built: Path) -> None:
    nb = nbformat.read(_report(built, "ipynb"), as_version=4)
    stamp = nb.cells[0]
    assert "tally-stamp" in stamp.metadata["tags"]
    from analysis.reports.render import _exporter_class  # the report's own Markdown renderer

    exporter = _exporter_class()(template_name="basic")
    exporter.exclude_input = True
    body, _ = exporter.from_notebook_node(nbformat.v4.new_notebook(cells=[stamp]))
    assert_inert(body, "stamp cell")
    assert "<img" not in stamp.source and "<script" not in stamp.source
    assert "\\[click\\](javascript:alert(2))" in stamp.source      # the brackets escaped: no link


def test_markdown_rendering_keeps_raw_html_and_harmful_links_as_text() -> None:
    from analysis.reports import render

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {EVENT}\n\n<b>raw</b> [ok](https://x.org)")])
    page = render.to_html(nb, render.make_stamp("t", EVENT, "t.ipynb", {"event_name": EVENT}, code="c", data={}))
    assert_inert(page, "page")
    assert "&lt;b&gt;raw&lt;/b&gt;" in page
    assert '<a href="https://x.org">ok</a>' in page      # ordinary Markdown still renders
