"""The review notebook in a real JupyterLab and a real headless Chromium: filter, accept one claim, refuse a bad
correction, correct another claim, move on with the keyboard, and find exactly two new lines in the reviews file.

JupyterLab runs on a free port of 127.0.0.1 with the project's kernel, over a copy of the notebook in a
temporary folder (its outputs never reach notebooks/), with ``TALLY_LEDGER``, ``TALLY_REVIEWS`` and
``TALLY_ARTICLES`` pointing at a ledger the extractor builds from two articles written here. Chromium is
driven over the DevTools protocol (helpers of test_browser.py); clicks are real mouse events at the
widgets' places and typing is real text input. In CI (``CI=true``) a missing Chromium is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from analysis import paths
from analysis.claims.ledger import load_ledger
from analysis.claims.reviews import load_reviews
from analysis.reports.build import KERNEL, ensure_kernel
from processes import jupyter_lab
from test_browser import DevTools, devtools_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLES = {
    "911_browser_review.txt": (
        "URL: https://example.org/911\nOUTLET: Example Wire\nDATE: 2024-03-02\n\n"
        "Shelling in Idlib kills 12 civilians\n"
        "At least 12 civilians were killed in shelling on Idlib on Friday, the Syrian Observatory for Human "
        "Rights said. Aid workers said about 3,000 people fled towards the border.\n"),
    "912_browser_other.txt": (
        "URL: https://example.org/912\nOUTLET: Other Daily\nDATE: 2023-05-10\n\n"
        "Clashes near Aleppo\nBetween 20 and 30 fighters were wounded in clashes near Aleppo, a monitor said.\n"),
}
OUTLET = "Example Wire"
REVIEWER = "Browser Tester"
TIMEOUT = float(os.environ.get("TALLY_BROWSER_TIMEOUT", 180))


@pytest.fixture()
def workspace(tmp_path: Path) -> dict[str, Path]:
    """Articles, the ledger built from them by `claims build`, a notebook folder holding a copy of
    review.ipynb, and the path of the (not yet written) reviews file."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    ledger, reviews = tmp_path / "ledger.csv", tmp_path / "reviews.csv"
    built = subprocess.run(
        [sys.executable, "-m", "analysis", "claims", "build", "--articles", str(articles), "--ledger", str(ledger),
         "--reviews", str(reviews), "--no-progress"], capture_output=True, text=True, cwd=paths.ROOT, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(paths.NOTEBOOKS / "review.ipynb", notebooks / "review.ipynb")
    return {"articles": articles, "ledger": ledger, "reviews": reviews, "notebooks": notebooks, "tmp": tmp_path}


@pytest.fixture()
def lab(workspace: dict[str, Path]):
    """JupyterLab over the workspace's notebook folder; yields (base url, token, log path)."""
    assert ensure_kernel() == KERNEL, "the project's kernel is not registered and could not be"
    tmp = workspace["tmp"]
    quiet = tmp / "lab-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    quiet.parent.mkdir(parents=True)
    quiet.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True}))
    env = dict(JUPYTERLAB_SETTINGS_DIR=str(tmp / "lab-settings"), JUPYTERLAB_WORKSPACES_DIR=str(tmp / "lab-ws"),
               TALLY_LEDGER=str(workspace["ledger"]), TALLY_REVIEWS=str(workspace["reviews"]),
               TALLY_ARTICLES=str(workspace["articles"]))
    with jupyter_lab(workspace["notebooks"], tmp, env, ("--LabApp.expose_app_in_browser=True",)) as lab_run:
        base, token, _headers, _port, log_path = lab_run
        yield base, token, log_path


@pytest.fixture()
def chromium(tmp_path: Path):
    """A headless Chromium; yields a DevTools client on its browser endpoint."""
    with devtools_browser(tmp_path / "chromium-profile") as tools:
        yield tools


#: What the page shows that may explain a wait that timed out: a dialog, and a cell's error or warning output.
DIAGNOSIS = ("(() => { const d = document.querySelector('.jp-Dialog'); const errors = Array.from(document"
             ".querySelectorAll('.jp-OutputArea-output[data-mime-type*=\"error\"], "
             ".jp-OutputArea-output[data-mime-type*=\"stderr\"]')).map(e => e.innerText.slice(-1500));"
             "return {dialog: d ? d.innerText.slice(0, 500) : '', outputs: errors}; })()")


class Page:
    """One tab: evaluate JavaScript, wait for a condition, click and type like a user."""

    def __init__(self, tools: DevTools, url: str, log: Path) -> None:
        self.tools, self.log = tools, log
        self.target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = tools.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        tools.send("Page.enable", session=self.session)
        tools.send("Page.navigate", {"url": url}, session=self.session)

    def js(self, expression: str) -> Any:
        reply = self.tools.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                     "awaitPromise": True}, session=self.session)
        if "exceptionDetails" in reply:
            raise AssertionError(f"JavaScript failed: {expression[:200]}: {reply['exceptionDetails']}")
        return reply.get("result", {}).get("value")

    def text(self, css: str) -> str:
        return self.js(f"(document.querySelector({json.dumps(css)}) || {{}}).innerText || ''")

    def wait(self, expression: str, what: str, timeout: float = TIMEOUT) -> Any:
        """Poll ``expression`` until it is truthy; fail naming ``what``, with the status line and the server log."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"waited {timeout:.0f} s for {what}; the widget's status says {self.text('.tally-status')!r}; "
                    f"on the page: {self.js(DIAGNOSIS)!r}; "
                    f"JupyterLab's log ends:\n{self.log.read_text(errors='replace')[-2500:]}")
            time.sleep(0.25)

    def click(self, css: str) -> None:
        """A real mouse click in the middle of the element ``css`` (scrolled into view first)."""
        box = self.js(f"(() => {{ const e = document.querySelector({json.dumps(css)}); if (!e) return null;"
                      "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                      "return {x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width}; })()")
        assert box and box["w"] > 0, f"nothing to click at {css} (not drawn)"
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.tools.send("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"],
                                                         "button": "left", "clickCount": 1}, session=self.session)

    def type(self, css: str, text: str) -> None:
        """Focus the input ``css``, select what it holds, and type ``text`` over it."""
        found = self.js(f"(() => {{ const e = document.querySelector({json.dumps(css)}); if (!e) return false;"
                        "e.scrollIntoView({block: 'center'}); e.focus(); e.select && e.select(); return true; })()")
        assert found, f"no input at {css}"
        self.tools.send("Input.insertText", {"text": text}, session=self.session)

    def choose(self, css: str, value: str) -> None:
        """Pick ``value`` in the select ``css`` as a user does (the change event the widget listens to)."""
        done = self.js(f"(() => {{ const s = document.querySelector({json.dumps(css)}); if (!s) return false;"
                       f"s.value = {json.dumps(value)}; if (s.value !== {json.dumps(value)}) return false;"
                       "s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()")
        assert done, f"cannot choose {value!r} in {css}"

    def close(self) -> None:
        self.tools.send("Target.closeTarget", {"targetId": self.target})


def _settle(page: Page, status: str) -> str:
    """Wait for the status line to contain ``status``; return the whole line."""
    return page.wait(f"(() => {{ const t = (document.querySelector('.tally-status') || {{}}).innerText || '';"
                     f"return t.includes({json.dumps(status)}) ? t : ''; }})()", f"the status {status!r}")


def test_review_in_jupyterlab_writes_two_lines(workspace: dict[str, Path], lab, chromium: DevTools) -> None:
    base, token, log = lab
    ledger = load_ledger(workspace["ledger"])
    expected = ledger[ledger["outlet"] == OUTLET].reset_index(drop=True)
    assert len(expected) >= 3, f"the extractor found too few figures in the test articles: {list(ledger['surface'])}"
    page = Page(chromium, f"{base}/lab/tree/review.ipynb?token={token}", log)
    try:
        page.wait("!!(window.jupyterapp && document.querySelector('.jp-NotebookPanel .jp-Cell'))",
                  "JupyterLab to open review.ipynb")
        page.wait("(() => { const w = window.jupyterapp.shell.currentWidget; const k = w && w.sessionContext &&"
                  " w.sessionContext.session && w.sessionContext.session.kernel;"
                  " return !!k && k.name === 'tally' && k.status === 'idle'; })()",
                  "the project's kernel (tally) to start and be idle")
        page.js("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait("!!document.querySelector('.tally-review .tally-position')", "the review widget to be drawn")
        assert "Claim 1 of" in page.text(".tally-position")
        assert page.js("!!document.querySelector('.tally-sentence mark.tally-figure')"), "no highlighted figure"

        page.choose(".tally-f-outlet select", OUTLET)
        page.wait(f"(document.querySelector('.tally-position') || {{}}).innerText.includes('of {len(expected)}')",
                  f"the outlet filter to leave {len(expected)} claims")
        first, second = expected.at[0, "claim_id"], expected.at[1, "claim_id"]
        assert first in page.text(".tally-position")
        assert expected.at[0, "surface"] in page.text(".tally-sentence mark")

        page.type(".tally-reviewer input", REVIEWER)
        page.type(".tally-note input", "read in the browser test")
        page.wait(f"document.querySelector('.tally-reviewer input').value === {json.dumps(REVIEWER)}", "the name")
        time.sleep(0.5)  # the typed values reach the kernel before the click does: same channel, in order
        page.click("button.tally-accept")
        _settle(page, "Saved: accept")
        page.wait(f"(document.querySelector('.tally-position') || {{}}).innerText.includes({json.dumps(second)})",
                  "the next claim after accepting")

        page.choose(".tally-field select", "metric")
        page.type(".tally-value input", "banana")
        time.sleep(0.5)
        page.click("button.tally-correct")
        refused = _settle(page, "Not saved")
        assert "banana" in refused and "not one of" in refused, refused
        page.type(".tally-value input", "wounded")
        time.sleep(0.5)
        page.click("button.tally-correct")
        _settle(page, "Saved: correct metric")

        shot = os.environ.get("TALLY_REVIEW_SCREENSHOT")  # a PNG of the widget, for a person to look at
        if shot:
            import base64

            data = chromium.send("Page.captureScreenshot", {"format": "png"}, session=page.session)["data"]
            Path(shot).write_bytes(base64.b64decode(data))

        page.type(".tally-keys input", "n")
        page.wait("(document.querySelector('.tally-position') || {}).innerText.startsWith('Claim 3 of')",
                  "the key n to move to the third claim")
    finally:
        page.close()

    lines = workspace["reviews"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3, f"expected the header and two reviews, got: {lines}"
    frame = load_reviews(workspace["reviews"])
    got = [tuple(r) for r in frame[["claim_id", "action", "field", "new_value", "reviewer", "note"]].values]
    assert got == [(first, "accept", "", "", REVIEWER, "read in the browser test"),
                   (second, "correct", "metric", "wounded", REVIEWER, "")], got
