"""Each HTML report in a real headless Chromium: no failed request, no network, no console error, images shown.

Talks to Chromium over the DevTools protocol (``--remote-debugging-port``)
with websocket-client. In CI (``CI=true``) a missing Chromium is a failure,
not a skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from analysis.reports.manifest import load_manifest
from default_reports import build_defaults
from processes import stop

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPORTS = {name: report for name, report in load_manifest().items() if report.default}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--no-default-browser-check",
         "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1200,900"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("Chromium is not installed, and CI is set: the browser test must run (see .ci/run)")
    pytest.skip("Chromium is not installed (apt-get install chromium)")


class DevTools:
    """A minimal DevTools protocol client over one browser websocket (flattened sessions)."""

    def __init__(self, url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.monotonic() < deadline:
            event = json.loads(self.ws.recv())
            self.events.append(event)
            if event.get("method") == method:
                return event
        raise TimeoutError(method)

    def close(self) -> None:
        self.ws.close()


@contextlib.contextmanager
def devtools_browser(profile: Path):
    """A headless Chromium with its profile in ``profile``; yields a DevTools client on its browser endpoint,
    and stops the browser afterwards."""
    binary = _chromium()
    proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    tools = None
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line and proc.poll() is not None:
                break
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                url = match.group(1)
        assert url, "Chromium did not start its DevTools endpoint"
        tools = DevTools(url)
        yield tools
    finally:
        if tools is not None:
            tools.close()
        stop(proc)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    with devtools_browser(tmp_path_factory.mktemp("chromium-profile")) as tools:
        yield tools


def load_page(tools: DevTools, path: Path) -> dict[str, Any]:
    """Open ``path`` in a fresh tab; return requests, failures, console errors and image sizes."""
    target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    tools.events.clear()
    for domain in ("Page", "Network", "Runtime", "Log"):
        tools.send(f"{domain}.enable", session=session)
    tools.send("Page.navigate", {"url": path.as_uri()}, session=session)
    tools.wait_for("Page.loadEventFired", timeout=60)
    images = tools.send("Runtime.evaluate", {
        "expression": "JSON.stringify(Array.from(document.images).map(i => ({src: i.src.slice(0, 30), "
                      "complete: i.complete, w: i.naturalWidth, h: i.naturalHeight, "
                      "shown: i.getBoundingClientRect().width})))",
        "returnByValue": True}, session=session)["result"]["value"]
    time.sleep(0.3)                   # late console messages
    tools.send("Runtime.evaluate", {"expression": "1", "returnByValue": True}, session=session)
    events = [e for e in tools.events if e.get("sessionId") == session]
    tools.send("Target.closeTarget", {"targetId": target})
    requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    failed = [e["params"] for e in events if e.get("method") == "Network.loadingFailed"]
    errors = [e["params"] for e in events
              if e.get("method") == "Runtime.exceptionThrown"
              or (e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") == "error")
              or (e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")]
    return {"requests": requests, "failed": failed, "errors": errors, "images": json.loads(images)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    result = build_defaults(tmp_path_factory)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def check(result: dict[str, Any], *, need_images: bool) -> None:
    external = [u for u in result["requests"] if not u.startswith(("file:", "data:"))]
    assert external == [], f"network requests: {external[:5]}"
    assert result["failed"] == [], result["failed"][:3]
    assert result["errors"] == [], result["errors"][:3]
    if need_images:
        assert result["images"], "no image in the page"
    for image in result["images"]:
        assert image["complete"] and image["w"] > 0 and image["h"] > 0 and image["shown"] > 0, image


@pytest.mark.parametrize("name", list(REPORTS))
def test_report_renders_offline_in_chromium(browser: DevTools, built, name: str) -> None:
    check(load_page(browser, built.reports / name / f"{name}.html"), need_images=True)


def test_index_renders_in_chromium(browser: DevTools, built) -> None:
    check(load_page(browser, built.reports / "index.html"), need_images=False)


def test_the_check_sees_a_failed_request(browser: DevTools, tmp_path: Path) -> None:
    """The test can fail: a page with a missing image and a console error is caught."""
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><html><body><img src="missing.png">'
                    "<script>console.error('made to fail')</script></body></html>")
    result = load_page(browser, page)
    assert result["failed"] and result["errors"]
    assert any(image["w"] == 0 for image in result["images"])
