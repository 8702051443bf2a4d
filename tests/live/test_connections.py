"""Slow, silent and malformed clients on real sockets: closed in seconds, no tracebacks."""

from __future__ import annotations

import socket
import time

from kotter_workshop.live import Limits, VotingServer

from .laptop import VOTER, Laptop


def connect(laptop: Laptop) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", laptop.server.port), timeout=10)
    return sock


def closed_within(sock: socket.socket, seconds: float) -> float | None:
    """Seconds until the server closes ``sock`` (None if it stays open that long)."""
    started = time.monotonic()
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return None
    except OSError:
        pass
    return time.monotonic() - started


def test_silent_and_slow_clients_are_closed_after_5_s_but_a_long_poll_is_not():
    """PRODUCT.md: slow or silent clients are closed after a few seconds (5, the default)."""
    laptop = Laptop()
    laptop.server.poll_seconds = 8.0
    try:
        laptop.open("aligning-people")
        version = laptop.state()["version"]
        silent = connect(laptop)
        slow = connect(laptop)
        poll = connect(laptop)
        poll.sendall(
            f"GET {laptop.path('state')}?since={version} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        )
        started = time.monotonic()
        for byte in b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X: " + b"a" * 40:  # a byte each 0.2 s
            try:
                slow.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.2)
        assert time.monotonic() - started < 7  # the slow one was cut off before it finished
        assert closed_within(silent, 2) is not None
        assert closed_within(slow, 2) is not None
        poll.settimeout(10)
        answer = poll.recv(4096)  # the long poll ran its eight seconds and answered
        assert answer.startswith(b"HTTP/1.1 200") and time.monotonic() - started >= 7.5
        for sock in (silent, slow, poll):
            sock.close()
    finally:
        laptop.server.stop()


def test_at_the_cap_the_oldest_idle_connection_makes_room_for_a_phone(capfd):
    laptop = Laptop(limits=Limits(max_connections=20))
    try:
        laptop.open("aligning-people")
        idle = [connect(laptop) for _ in range(60)]
        time.sleep(0.3)
        assert laptop.vote("aligning-people", 4) == 200  # a phone still gets in
        assert laptop.ballots() == [("aligning-people", 4, VOTER, 1)]
        open_ = 0
        for sock in idle:
            sock.setblocking(False)
            try:
                open_ += sock.recv(1) != b""
            except BlockingIOError:
                open_ += 1  # nothing to read: still open
            except OSError:
                pass
            sock.close()
        assert open_ <= 20
        time.sleep(1.5)  # the once-a-minute summary comes at the next sweep
    finally:
        laptop.server.stop()
    err = capfd.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "connections" in line]
    assert len(lines) == 1 and "closed" in lines[0], err


def test_stopping_the_server_closes_even_connections_that_never_spoke():
    laptop = Laptop()
    silent = connect(laptop)
    time.sleep(0.2)
    laptop.server.stop()
    assert closed_within(silent, 3) is not None
    silent.close()


def test_the_open_file_limit_is_raised_where_allowed():
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(256, hard), hard))
    try:
        server = VotingServer(lambda ballot, reply: reply(None))
        server.start("127.0.0.1")
        server.stop()
        assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == hard
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


MALFORMED = [
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n",
    b"GET / HTTP/9.9\r\n\r\n",
    b"GET /\x00 HTTP/1.1\r\n\r\n",
    b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(40),  # TLS spoken to plain HTTP
    b"GET / HTTP/1.1\r\nHost: x\r\n\r\nBREW / HTTP/1.1\r\n\r\n",  # a bad second request
    b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 20_000 + b"\r\n\r\n",
]


SERVER_ALONE = """
import sys, time
from kotter_workshop.live import VotingServer
server = VotingServer(lambda ballot, reply: reply(None))
print(server.start("127.0.0.1"), server.token, flush=True)
sys.stdin.readline()  # until the test is done
server.stop()
"""


def test_malformed_requests_get_400_and_write_no_traceback(tmp_path):
    """The server in a process of its own, so that its stderr is what a user would see."""
    import subprocess
    import sys

    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", SERVER_ALONE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
        )
    try:
        port, token = child.stdout.readline().decode().split()
        for request in MALFORMED * 3:
            sock = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
            sock.sendall(request)
            sock.settimeout(5)
            answer = b""
            try:
                while chunk := sock.recv(4096):
                    answer += chunk
            except OSError:
                pass
            sock.close()
            assert not answer.startswith(b"HTTP/1.1 5")
        sock = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        sock.sendall(f"GET /{token}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")  # still serving
        sock.close()
        child.communicate(b"\n", timeout=30)
    finally:
        child.kill()
        child.wait()
    err = errors.read_text(errors="replace")
    assert "Traceback" not in err and "Error handling request" not in err, err[:3000]
    assert len(err.splitlines()) <= 1
