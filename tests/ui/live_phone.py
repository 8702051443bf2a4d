"""A phone for Qt-side tests: sends its request on a worker thread while qtbot runs the loop."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

_pool = ThreadPoolExecutor(max_workers=4)


class Phone:
    def __init__(self, qtbot, url: str, voter: str) -> None:
        self.qtbot = qtbot
        parts = urlsplit(url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path
        self.voter = voter

    def _request(self, method: str, rest: str, body: bytes | None = None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            conn.request(method, self.base + rest, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def call(self, method: str, rest: str, body: bytes | None = None):
        """The request's (status, body), with the Qt event loop running meanwhile."""
        future = _pool.submit(self._request, method, rest, body)
        self.qtbot.waitUntil(future.done, timeout=10_000)
        return future.result()

    def vote(self, process: str, value, round_: int = 1, **extra) -> int:
        body = {"voter": self.voter, "process": process, "round": round_, "value": value, **extra}
        return self.call("POST", "vote", json.dumps(body).encode())[0]

    def state(self) -> dict:
        status, body = self.call("GET", "state")
        assert status == 200
        return json.loads(body)
