"""A stranger's attack on the phone server, with a room of real phones voting through it.

Everything talks to 127.0.0.1 only, and every loop ends by itself at a deadline.

- idle: connections that never send a byte; dropped ones come back a moment later;
- slow: connections that send a request's headers one byte every half second;
- phones: each holds the page's long poll open, as the page does, and casts one
  ballot at a random moment of the attack, tapping again (at most three times)
  when it hears nothing, as a person does when the page says "not sent".

The flood runs in a process of its own (``python attack.py flood ...``), as a
stranger's laptop would: the phones' timings are then not those of a loop busy
with two thousand sockets.

Used by tests/live/test_hostile.py and benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import sys
import time

HOST = "127.0.0.1"
SLOW_REQUEST = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: " + b"a" * 4000 + b"\r\n\r\n"


class Tally:
    def __init__(self) -> None:
        self.opened = 0  # attack connections that were accepted
        self.open_now = 0
        self.most_open = 0  # the most attack connections the app held at once
        self.ballots: list[tuple] = []  # (voter, status, seconds from the first tap, taps, body)

    def up(self) -> None:
        self.opened += 1
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)

    def down(self) -> None:
        self.open_now -= 1


async def _idle(port: int, until: float, tally: Tally) -> None:
    while time.monotonic() < until:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            await asyncio.sleep(0.5)
            continue
        tally.up()
        try:
            remaining = until - time.monotonic()
            if remaining > 0:
                await asyncio.wait_for(reader.read(1), remaining)  # b"": the app closed it
        except (TimeoutError, OSError):
            pass
        finally:
            tally.down()
            writer.close()
        await asyncio.sleep(0.2)


async def _slow(port: int, until: float, tally: Tally) -> None:
    while time.monotonic() < until:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            await asyncio.sleep(0.5)
            continue
        tally.up()
        try:
            for byte in SLOW_REQUEST:
                if time.monotonic() >= until or reader.at_eof():
                    break
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.5)
        except OSError:
            pass
        finally:
            tally.down()
            writer.close()
        await asyncio.sleep(0.2)


async def _request(port: int, method: str, path: str, body: bytes = b"", timeout=10.0):
    """One request on its own connection, as the page does: (status, body)."""
    reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), timeout)
    try:
        head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        writer.write(head.encode() + b"\r\n" + body)
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()
    status_line, _, rest = answer.partition(b"\r\n")
    if not status_line:
        raise ConnectionResetError("closed without an answer")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


async def phone(port: int, base: str, process: str, moment: float, tally: Tally) -> None:
    voter = "ph-" + secrets.token_hex(16)
    poll = asyncio.ensure_future(_request(port, "GET", base + "state?since=1", timeout=30))
    await asyncio.sleep(moment)
    body = (
        f'{{"voter": "{voter}", "process": "{process}", "round": 1, '
        f'"value": {random.randint(1, 5)}}}'
    ).encode()
    first = time.perf_counter()
    status: object = None
    taps, said = 0, b""
    while taps < 3:
        taps += 1
        try:
            status, said = await _request(port, "POST", base + "vote", body)
        except (OSError, TimeoutError) as exc:
            status = f"error {exc.__class__.__name__}"
        if status == 200:
            break
        await asyncio.sleep(0.5)
    tally.ballots.append((voter, status, time.perf_counter() - first, taps, said[:80]))
    poll.cancel()


async def flood(port: int, idle: int, slow: int, seconds: float) -> Tally:
    """Idle and slow connections for ``seconds``, in this process."""
    tally = Tally()
    until = time.monotonic() + seconds
    attackers = [_idle(port, until, tally) for _ in range(idle)]
    attackers += [_slow(port, until, tally) for _ in range(slow)]
    await asyncio.gather(*attackers, return_exceptions=True)
    return tally


async def attack(
    port: int,
    base: str,
    *,
    idle: int = 1100,
    slow: int = 1000,
    phones: int = 300,
    seconds: float = 10.0,
    process: str = "aligning-people",
) -> Tally:
    """Hold the flood for ``seconds`` while the phones vote during it; then stop it all."""
    tally = Tally()
    stranger = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "flood",
        str(port),
        str(idle),
        str(slow),
        str(seconds),
        stdout=asyncio.subprocess.PIPE,
    )
    await asyncio.sleep(min(2.0, seconds / 4))  # the flood is under way before the room votes
    room = [
        phone(port, base, process, random.uniform(0, seconds * 0.6), tally) for _ in range(phones)
    ]
    await asyncio.gather(*room)
    out, _ = await asyncio.wait_for(stranger.communicate(), seconds + 60)
    tally.opened = json.loads(out)["opened"]
    return tally


async def new_phone_after(port: int, base: str, process: str, within: float) -> float | None:
    """Seconds until a new phone's ballot is recorded, tapping again until ``within`` ends."""
    started = time.monotonic()
    voter = "ph-" + secrets.token_hex(16)
    body = f'{{"voter": "{voter}", "process": "{process}", "round": 1, "value": 3}}'.encode()
    while time.monotonic() - started < within:
        try:
            status, _ = await _request(port, "POST", base + "vote", body, timeout=within)
        except (OSError, TimeoutError):
            status = None
        if status == 200:
            return time.monotonic() - started
        await asyncio.sleep(0.2)
    return None


def _raise_own_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


if __name__ == "__main__" and sys.argv[1:2] == ["flood"]:
    _raise_own_limit()
    port, idle, slow = (int(a) for a in sys.argv[2:5])
    done = asyncio.run(flood(port, idle, slow, float(sys.argv[5])))
    print(json.dumps({"opened": done.opened, "most_open": done.most_open}))
