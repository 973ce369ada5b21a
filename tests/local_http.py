"""A real HTTP server on 127.0.0.1 in a thread, for tests that download (the ``network_local`` marker)."""

from __future__ import annotations

import contextlib
import http.server
import threading
from typing import Callable, Iterator


@contextlib.contextmanager
def serving(handler: Callable[..., http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1; yield the base URL (``http://127.0.0.1:PORT``), stop after."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
