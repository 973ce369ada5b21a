"""Markup in articles is shown as text in the claims report: HTML in headless Chromium, and the PDF.

Articles written for this test carry ``<script>``, an ``<img onerror>``, HTML
entities, Markdown and LaTeX control sequences in their outlet, title and
sentences (the report shows outlets and sentences; it has no title
column). The real claims report is built from them (``-p articles=DIR``,
figures extracted at build time). In Chromium: no dialog opens, no payload
runs (window.alert is replaced by a recorder before any page script), no
network request, no element made from the payload, and the literal strings
are on the page. In the PDF (pdftotext): the literal strings are there.

Not covered: review notes. The claims notebook reads reviews only through
the committed ledger (``data/claims/ledger.csv``); it cannot be pointed at a
temporary ledger or reviews file, so a review's text is not tested here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import paths
from test_browser import DevTools, browser  # noqa: F401  (the Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LATEX = "$\\input{/etc/passwd}$"
MARKDOWN = "**bold** and _under_ and [link](http://example.org)"
ENTITY = "&amp; &lt;b&gt; &#60;script&#62;"

ARTICLES = {
    "markup_one.txt": (
        f"URL: javascript:alert(1)\nOUTLET: {SCRIPT} Wire\nDATE: 2024-12-02\nTITLE: {IMG} headline\n\n"
        f"At least 40 people were killed near the {SCRIPT} market, the monitor said on Monday.\n"
        f"About 300 families fled after the {IMG} raid, officials said.\n"),
    "markup_two.txt": (
        f"URL: https://example.org/two\nOUTLET: {LATEX} Gazette {ENTITY}\nDATE: 2024-12-03\nTITLE: {MARKDOWN}\n\n"
        f"More than 25 soldiers were wounded, said a report quoting {MARKDOWN}.\n"
        f"At least 12 civilians were killed in the town {LATEX} on Tuesday, a medic said.\n"
        f"Some 60 fighters were killed, the group wrote in a post reading {ENTITY} at the end.\n"),
}
#: Strings that must appear literally in the page's visible text and in the PDF text.
LITERALS = [f"{SCRIPT} Wire", f"{LATEX} Gazette", f"near the {SCRIPT} market", f"after the {IMG} raid",
            f"in the town {LATEX} on Tuesday", "**bold** and _under_", f"reading {ENTITY} at the end"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("markup-report")
    articles = base / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "claims", "--reports-dir", str(base / "reports"),
         "--formats", "html,pdf", "-p", f"articles={articles}", "-p", "highlight=true"],
        capture_output=True, text=True, cwd=base, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    # non-default parameters: the report has its own folder, claims-<slug>/claims-<slug>.html
    built = [p for p in (base / "reports").iterdir() if p.is_dir() and p.name.startswith("claims-")]
    assert len(built) == 1, built
    return built[0]


RECORDER = ("window.__payloadRan = []; window.alert = (m) => window.__payloadRan.push('alert:' + m); "
            "window.confirm = window.prompt = window.alert;")


def _open(tools: DevTools, page: Path) -> dict:
    target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    tools.events.clear()
    for domain in ("Page", "Network", "Runtime"):
        tools.send(f"{domain}.enable", session=session)
    tools.send("Page.addScriptToEvaluateOnNewDocument", {"source": RECORDER}, session=session)
    tools.send("Page.navigate", {"url": page.as_uri()}, session=session)
    deadline = time.monotonic() + 60
    while not any(e.get("method") == "Page.loadEventFired" for e in tools.events):
        if any(e.get("method") == "Page.javascriptDialogOpening" for e in tools.events):
            tools.send("Page.handleJavaScriptDialog", {"accept": True}, session=session)
            break
        assert time.monotonic() < deadline, "the page never finished loading"
        tools.events.append(json.loads(tools.ws.recv()))
    time.sleep(0.5)  # late handlers (an onerror fires after the failed image load)
    probe = ("JSON.stringify({ran: window.__payloadRan || [], text: document.body.innerText, "
             "imgs: Array.from(document.images).filter(i => i.getAttribute('src') === 'x').length, "
             "scripts: Array.from(document.scripts).filter(s => s.textContent.includes('alert(1)')).length, "
             "jslinks: Array.from(document.querySelectorAll('[href]')).filter(a => "
             "a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length, "
             "handlers: Array.from(document.querySelectorAll('*')).filter(e => e.hasAttribute('onerror')).length})")
    found = json.loads(tools.send("Runtime.evaluate", {"expression": probe, "returnByValue": True},
                                  session=session)["result"]["value"])
    events = [e for e in tools.events if e.get("sessionId") == session]
    tools.send("Target.closeTarget", {"targetId": target})
    found["dialogs"] = [e["params"] for e in events if e.get("method") == "Page.javascriptDialogOpening"]
    found["requests"] = [e["params"]["request"]["url"] for e in events
                         if e.get("method") == "Network.requestWillBeSent"]
    return found


def test_markup_in_articles_is_text_in_the_html_report(browser: DevTools, report: Path) -> None:  # noqa: F811
    page = _open(browser, report / f"{report.name}.html")
    assert page["dialogs"] == [], f"a dialog opened: {page['dialogs']}"
    assert page["ran"] == [], f"payload code ran: {page['ran']}"
    assert page["imgs"] == 0 and page["handlers"] == 0 and page["scripts"] == 0 and page["jslinks"] == 0, page
    external = [u for u in page["requests"] if not u.startswith(("file:", "data:"))]
    assert external == [], f"network requests: {external}"
    missing = [s for s in LITERALS if s not in page["text"]]
    assert missing == [], f"not shown as text: {missing}"


def test_the_check_catches_a_payload_that_runs(browser: DevTools, tmp_path: Path) -> None:  # noqa: F811
    """The probe is not blind: a page that does run the payload is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(f"<!DOCTYPE html><html><body><p>{SCRIPT}</p>{IMG}</body></html>")
    page = _open(browser, bad)
    assert page["ran"] and page["imgs"] == 1 and page["scripts"] == 1 and SCRIPT not in page["text"]


def test_markup_in_articles_is_text_in_the_pdf_report(report: Path, tmp_path: Path) -> None:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("pdftotext is not installed, and CI is set: the PDF check must run (poppler-utils)")
        pytest.skip("pdftotext is not installed (poppler-utils)")
    text = subprocess.run([tool, str(report / f"{report.name}.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())          # lines wrap anywhere in the PDF: compare without white space
    missing = [s for s in LITERALS if "".join(s.split()) not in flat]
    assert missing == [], f"not in the PDF text: {missing}"
