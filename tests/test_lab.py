"""A Jupyter server on 127.0.0.1 runs `import analysis` in the project's kernel through its REST and websocket API."""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from analysis import paths
from analysis.reports.build import KERNEL, ensure_kernel
from processes import jupyter_lab

pytestmark = [pytest.mark.network_local, pytest.mark.slow]


@pytest.fixture()
def server(tmp_path: Path):
    assert ensure_kernel() == KERNEL, "the project's kernel is not registered and could not be"
    with jupyter_lab(paths.NOTEBOOKS, tmp_path) as (base, token, headers, port, _log):
        yield base, token, headers, port


def _execute(port: int, kernel_id: str, token: str, code: str) -> tuple[dict, list[str]]:
    import websocket

    ws = websocket.create_connection(
        f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?token={token}", timeout=60)
    try:
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        streams: list[str] = []
        reply, idle = None, False
        deadline = time.monotonic() + 60
        # The reply (shell) and the output (iopub) arrive on different channels: wait for both ends.
        while time.monotonic() < deadline and not (reply is not None and idle):
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                streams.append(msg["content"]["text"])
            elif msg["msg_type"] == "execute_reply":
                reply = msg["content"]
            elif msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle":
                idle = True
        if reply is None or not idle:
            raise TimeoutError("no execute_reply / idle status")
        return reply, streams
    finally:
        ws.close()


def test_lab_runs_import_analysis_in_the_project_kernel(server) -> None:
    base, token, headers, port = server
    specs = requests.get(f"{base}/api/kernelspecs", headers=headers, timeout=10).json()
    assert KERNEL in specs["kernelspecs"]
    # The notebooks are served: the four default reports are there.
    listing = requests.get(f"{base}/api/contents", headers=headers, timeout=10).json()
    names = {item["name"] for item in listing["content"]}
    assert "displacement.ipynb" in names
    kernel = requests.post(f"{base}/api/kernels", headers=headers, json={"name": KERNEL}, timeout=60)
    assert kernel.status_code == 201, kernel.text
    kernel_id = kernel.json()["id"]
    try:
        reply, streams = _execute(port, kernel_id, token,
                                  "import analysis, sys\nprint(analysis.__file__)\nprint(sys.executable)")
        assert reply["status"] == "ok", reply
        out = "".join(streams)
        assert str(paths.ROOT / "analysis") in out
        reply, _ = _execute(port, kernel_id, token, "raise ValueError('made to fail')")
        assert reply["status"] == "error" and reply["ename"] == "ValueError"
    finally:
        requests.delete(f"{base}/api/kernels/{kernel_id}", headers=headers, timeout=30)
