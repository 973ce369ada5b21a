"""Helpers for tests that start a server or browser process of their own."""

from __future__ import annotations

import contextlib
import subprocess
import time
from pathlib import Path
from typing import Callable, Iterator


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate ``proc``; kill it if it has not ended within ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def signal_when(proc: subprocess.Popen, ready: Callable[[], bool], sig: int, *, waiting_for: str,
                timeout: float = 60, communicate_timeout: float = 60, poll: float = 0.05) -> tuple[str, str]:
    """Send ``sig`` to ``proc`` once ``ready()`` is true; return its (stdout, stderr) after it ends.

    Fails if ``proc`` ends first or ``ready()`` stays false for ``timeout`` seconds
    ("the process never ...: ``waiting_for``"); ``proc`` is killed if it is still
    running when this returns or raises.
    """
    try:
        deadline = time.monotonic() + timeout
        while not ready():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, f"{waiting_for} never happened"
            time.sleep(poll)
        proc.send_signal(sig)
        return proc.communicate(timeout=communicate_timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def jupyter_lab(root_dir: Path, workdir: Path, env: dict[str, str] | None = None,
                extra_args: tuple[str, ...] = ()) -> Iterator[tuple[str, str, dict, int, Path]]:
    """JupyterLab on a free port of 127.0.0.1 serving ``root_dir``, its runtime files and log in ``workdir``;
    yields ``(base url, token, auth headers, port, log path)`` once it answers, and on exit shuts its kernels
    down through the server and stops it."""
    import os
    import secrets
    import sys

    import requests

    port, token = free_port(), secrets.token_hex(16)
    environ = dict(os.environ, JUPYTER_RUNTIME_DIR=str(workdir / "runtime"), JUPYTER_PLATFORM_DIRS="1",
                   **(env or {}))
    log_path = workdir / "lab.log"
    log = open(log_path, "w")
    jupyter = Path(sys.executable).with_name("jupyter")
    proc = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root_dir}", "--ServerApp.open_browser=False",
         "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", *extra_args]
        + (["--allow-root"] if os.geteuid() == 0 else []),
        stdout=log, stderr=subprocess.STDOUT, env=environ, cwd=Path(__file__).resolve().parents[1])
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, f"JupyterLab ended: {log_path.read_text()[-3000:]}"
            try:
                if requests.get(f"{base}/api/status", headers=headers, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, f"JupyterLab did not start in 90 s: {log_path.read_text()[-3000:]}"
            time.sleep(0.3)
        yield base, token, headers, port, log_path
    finally:
        try:  # shut the kernels down through the server, so none is left behind
            for kernel in requests.get(f"{base}/api/kernels", headers=headers, timeout=5).json():
                requests.delete(f"{base}/api/kernels/{kernel['id']}", headers=headers, timeout=30)
        except (requests.RequestException, ValueError):
            pass
        stop(proc)
        log.close()
