"""A real HTTP server on 127.0.0.1 in a thread, for tests that download (the ``network_local`` marker)."""

from __future__ import annotations

import contextlib
import http.server
import threading
from typing import Callable, Iterator


class Handler(http.server.BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers in one call, :meth:`send`."""

    protocol_version = "HTTP/1.0"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def send(self, body: bytes = b"", ctype: str | None = None, *, status: int = 200,
             headers: dict[str, str | None] | None = None) -> None:
        """Answer ``status`` with ``body``: Content-Type ``ctype`` (when given), Content-Length the body's unless
        ``headers`` sets it (a header set to None is left out; a 204 has none). A client that hung up first (the
        timeout tests) is no error."""
        headers = dict(headers or {})
        if ctype:
            headers.setdefault("Content-Type", ctype)
        if status != 204:
            headers.setdefault("Content-Length", str(len(body)))
        self.send_response(status)
        for key, value in headers.items():
            if value is not None:
                self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


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
