"""Downloads against a scripted HTTP server on 127.0.0.1, written to fail on the mutants of
``analysis/download.py`` that the older tests let through (issue 16; ``python -m benchmarks.mutate download``).

The server is the one of ``test_download_edges.py`` (a script of answers per path; every request recorded).
Pauses between attempts are read from a stand-in for the module's ``time`` (nothing sleeps, no timing is
asserted); progress bars are drawn into a text stream, every frame, and read back.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from analysis.download import download
from analysis.errors import DownloadError
from test_download_edges import BODY, SHA, base, hits, serve  # noqa: F401  (fixtures)

pytestmark = pytest.mark.network_local


# --- compressed bodies ------------------------------------------------------------------------------------

def test_a_gzip_body_with_its_content_length_is_saved_decoded(serve, tmp_path: Path) -> None:
    """Content-Length counts the compressed bytes: comparing it with the bytes written failed every such download."""
    packed = gzip.compress(BODY * 50)
    url = serve("/data.csv", (200, {"Content-Encoding": "gzip"}, packed))
    target = download(url, tmp_path / "d.csv", retries=1, progress=False)
    assert target.read_bytes() == BODY * 50
    assert hits("/data.csv") == 1
