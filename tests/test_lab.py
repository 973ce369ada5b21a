"""A Jupyter server on 127.0.0.1 runs `import analysis` in the project's kernel through its REST and websocket API."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from analysis import paths
from analysis.reports.build import KERNEL, ensure_kernel
from processes import stop

pytestmark = [pytest.mark.network_local, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def server(tmp_path: Path):
    assert ensure_kernel() == KERNEL, "the project's kernel is not registered and could not be"
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTER_PLATFORM_DIRS="1")
    log = open(tmp_path / "server.log", "w")
    jupyter = Path(sys.executable).with_name("jupyter")
    proc = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={paths.NOTEBOOKS}",
         "--ServerApp.open_browser=False", "--LabApp.news_url=None", "--LabApp.check_for_updates_class="
         "jupyterlab.NeverCheckForUpdate"] + (["--allow-root"] if os.geteuid() == 0 else []),
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=paths.ROOT)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()[-3000:]
            try:
                if requests.get(f"{base}/api/status", headers=headers, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)
        yield base, token, headers, port
    finally:
        stop(proc)
        log.close()


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
