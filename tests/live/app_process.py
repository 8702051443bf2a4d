"""Start tests/live/live_app.py (the app, phone voting open) and talk to it like phones do."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

LIVE_APP = Path(__file__).with_name("live_app.py")


class AppProcess:
    def __init__(self, path: Path, *, env: dict[str, str] | None = None, args=(), limit=None):
        def lower_limit() -> None:  # as on a system whose limit is 1,024 and cannot be raised
            if limit is not None:
                import resource

                resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

        self.stderr_path = path.with_suffix(".stderr")
        self._stderr = open(self.stderr_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, str(LIVE_APP), str(path), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
            preexec_fn=lower_limit,
        )
        line = self.process.stdout.readline()
        if not line:
            self.stop()
            raise RuntimeError(self.stderr_path.read_text(errors="replace")[-2000:])
        said = json.loads(line)
        self.url, self.panel = said["url"], said.get("panel")
        parts = urlsplit(self.url)
        assert parts.hostname == "127.0.0.1"
        self.port, self.base = parts.port, parts.path

    def vote(self, voter: str, process: str, value: int, timeout: float = 10.0):
        """(status, seconds until answered) of one phone's ballot on its own connection."""
        body = json.dumps({"voter": voter, "process": process, "round": 1, "value": value})
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("POST", self.base + "vote", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            return response.status, time.monotonic() - started
        except OSError as exc:
            return f"error {exc.__class__.__name__}", time.monotonic() - started
        finally:
            conn.close()

    def note(self, voter: str, text: str, timeout: float = 10.0, **extra):
        """(status, seconds until answered) of one phone's note on the open board."""
        data = {"voter": voter, "panel": self.panel, "text": text, **extra}
        return self._post("note", data, timeout)

    def dots(self, voter: str, notes: list[str], timeout: float = 10.0):
        """(status, seconds until answered) of one phone's dots on the open board."""
        return self._post("dots", {"voter": voter, "panel": self.panel, "notes": notes}, timeout)

    def note_answer(self, voter: str, text: str, key: str, timeout: float = 10.0):
        """(status, the answer's JSON) of a note sent with the page's key."""
        body = json.dumps({"voter": voter, "panel": self.panel, "text": text, "key": key})
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("POST", self.base + "note", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            return response.status, json.loads(response.read() or b"null")
        finally:
            conn.close()

    def _post(self, rest: str, data: dict, timeout: float):
        body = json.dumps(data)
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("POST", self.base + rest, body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            return response.status, time.monotonic() - started
        except OSError as exc:
            return f"error {exc.__class__.__name__}", time.monotonic() - started
        finally:
            conn.close()

    def quit(self) -> dict:
        """Ask the app to quit; its last line says how many edits it made."""
        out, _ = self.process.communicate(b"quit\n", timeout=60)
        self._stderr.close()
        return json.loads(out.decode().strip().splitlines()[-1])

    def kill_mid_burst(self, phone, phones: int, stop: threading.Event, after: float) -> None:
        """``phone(n)`` on a thread each, for ``phones`` phones until ``stop`` is set; kill -9
        ``after`` seconds, while they are still sending, then wait for the phones."""
        threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
        try:
            for thread in threads:
                thread.start()
            time.sleep(after)
            self.kill()
        finally:
            stop.set()
            for thread in threads:
                thread.join(30)
            self.stop()

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._stderr.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self._stderr.close()

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")
