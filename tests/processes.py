"""Helpers for tests that start a server or browser process of their own."""

from __future__ import annotations

import subprocess
import time
from typing import Callable


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
