"""A loopback HTTP proxy in front of a real Label Studio that breaks chosen import requests.

It stands for the network and load balancer between a desk and its server: everything is passed
through to the real server, except that the import requests named in ``faults`` fail in one of
the ways a real deployment fails:

- ``"refuse"``: answer 503 without passing the request on (server overloaded);
- ``"lose_answer"``: pass the request on, so Label Studio stores the tasks, then answer 502
  (the answer is lost on the way back: the client cannot know the batch arrived);
- ``"slow"``: pass the request on, then hold the answer longer than the client waits.
"""

from __future__ import annotations

import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

IMPORT = re.compile(r"^/api/projects/\d+/import")
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


class FaultyProxy:
    def __init__(self, upstream: str, faults: dict[int, str] | None = None, hold: float = 5.0) -> None:
        self.upstream, self.faults, self.hold = upstream.rstrip("/"), dict(faults or {}), hold
        self.imports_seen = 0
        self.always = None  # a fault for every import request from now on, e.g. "refuse"
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _fault_for(self, method: str, path: str) -> str | None:
        if method != "POST" or not IMPORT.match(path):
            return None
        with self._lock:
            self.imports_seen += 1
            return self.always or self.faults.get(self.imports_seen)

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _relay(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fault = proxy._fault_for(self.command, self.path)
                if fault == "refuse":
                    return self._answer(503, {}, b'{"detail": "overloaded"}')
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP | {"host"}}
                response = httpx.request(self.command, proxy.upstream + self.path, headers=headers, content=body,
                                         timeout=120)
                if fault == "lose_answer":
                    return self._answer(502, {}, b"<html>Bad Gateway</html>")
                if fault == "slow":
                    time.sleep(proxy.hold)
                kept = {k: v for k, v in response.headers.items() if k.lower() not in _HOP_BY_HOP}
                self._answer(response.status_code, kept, response.content)

            def _answer(self, status: int, headers: dict, body: bytes) -> None:
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting ("slow"): that is the point

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _relay

        return Handler
