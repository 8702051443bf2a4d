"""Live voting under a room's load: 300 phones, six ballots each, within 10 seconds.

Run: ``.venv/bin/python benchmarks/bench_live.py [--phones 300] [--seconds 10]``.
Measured, not asserted. Everything stays on 127.0.0.1.

The app side runs here: a real window (offscreen) on a process slide, a session
in a ``.kotter`` file (one fsync a transaction), phone voting open on all six
processes. The phones run in a second process (their own interpreter, as real
phones have their own CPUs): each holds a long poll of the page's state open and
casts one ballot on each of the six processes at six random moments. A 5 ms
timer on the Qt thread measures the longest time the event loop was blocked.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5


# -- the phones (a separate process) ----------------------------------------------------------
async def _phone(session, url: str, processes: list[str], seconds: float, results: list) -> None:
    import aiohttp

    voter = "ph-" + secrets.token_hex(16)
    moments = sorted(random.uniform(0, seconds) for _ in processes)
    order = random.sample(processes, len(processes))
    poll = asyncio.ensure_future(session.get(url + "state?since=1"))  # held open, as a phone does
    start = time.monotonic()
    for moment, process in zip(moments, order, strict=True):
        await asyncio.sleep(max(0.0, start + moment - time.monotonic()))
        body = {"voter": voter, "process": process, "round": 1, "value": random.randint(1, 5)}
        sent = time.perf_counter()
        try:
            async with session.post(url + "vote", json=body) as response:
                await response.read()
                status = response.status
        except aiohttp.ClientError as exc:
            status = f"error {exc.__class__.__name__}"
        results.append((status, (time.perf_counter() - sent) * 1000, voter, process))
    poll.cancel()


async def _phones(url: str, count: int, seconds: float) -> list:
    import aiohttp

    async with aiohttp.ClientSession() as probe, probe.get(url + "state") as response:
        state = await response.json()
    processes = [p["id"] for p in state["processes"]]
    results: list = []
    connector = aiohttp.TCPConnector(limit=0)  # each phone its own connections
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(
            *(_phone(session, url, processes, seconds, results) for _ in range(count))
        )
    return results


def run_phones(url: str, count: int, seconds: float, out: str) -> None:
    assert url.startswith("http://127.0.0.1:"), "the benchmark talks to loopback only"
    results = asyncio.run(_phones(url, count, seconds))
    Path(out).write_text(json.dumps(results))


# -- the app side ------------------------------------------------------------------------------
def run_app(count: int, seconds: float) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The documented setting: every phone here comes from 127.0.0.1, so raise the address cap.
    os.environ["KOTTER_WORKSHOP_LIVE_ADDRESS_RATE"] = "100000"
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    from kotter_workshop.domain import SessionInfo, new_session
    from kotter_workshop.live.protocol import is_phone_voter
    from kotter_workshop.store import open_session_file, write_new_file
    from kotter_workshop.ui.app import make_application
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.keys import install_guard
    from kotter_workshop.ui.main_window import MainWindow
    from kotter_workshop.ui.theme import Theme

    app = make_application()
    theme = Theme()
    theme.apply(app)
    install_guard(app)
    folder = tempfile.mkdtemp(dir=Path.cwd(), prefix=".bench-live-")
    atexit.register(shutil.rmtree, folder, True)  # also when a run fails halfway
    path = Path(folder) / "room.kotter"
    write_new_file(new_session(SessionInfo(title="Benchmark room")), path)
    opened = open_session_file(path)
    window = MainWindow(theme)
    window.phone_voting.options = {"bind": "127.0.0.1", "ports": (0,), "address": "127.0.0.1"}
    window.set_document(Document(opened.session, opened))
    window.resize(1920, 1080)
    window.show()
    window.deck.go(window.deck.keys.index("process:aligning-people"), phase=1)
    window.phone_voting.open_all()
    live = window.phone_voting.live
    url = live.url

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - TICK_MS)
        last[0] = now

    ticker = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    report = Path(folder) / "phones.json"
    phones = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--phones-at",
            url,
            "--phones",
            str(count),
            "--seconds",
            str(seconds),
            "--report",
            str(report),
        ],
    )

    def check() -> None:
        if phones.poll() is not None:
            app.quit()

    watcher = QTimer(interval=50)
    watcher.timeout.connect(check)
    for timer in (ticker, watcher):
        timer.start()
    started = time.monotonic()
    app.exec()
    wall = time.monotonic() - started
    ticker.stop()
    results = json.loads(report.read_text())
    session = opened.session
    in_session = {(b.voter, b.process) for b in session.ballots if is_phone_voter(b.voter)}
    accepted = {(voter, process) for status, _, voter, process in results if status == 200}
    window.phone_voting.detach()
    window.close()
    opened.close()
    with open_session_file(path, read_only=True) as again:
        on_disk = {(b.voter, b.process) for b in again.session.ballots if is_phone_voter(b.voter)}
    latencies = sorted(ms for status, ms, *_ in results if status == 200)
    statuses: dict[str, int] = {}
    for status, *_ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    return {
        "phones": count,
        "ballots sent": len(results),
        "statuses": statuses,
        "ballots lost (sent, not in the session)": count * 6 - len(in_session),
        "accepted but not in the session": len(accepted - in_session),
        "in the session but not on disk": len(in_session - on_disk),
        "latency median ms": round(statistics.median(latencies), 1),
        "latency p99 ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
        "latency max ms": round(latencies[-1], 1),
        "event loop longest block ms": round(max(gaps), 1),
        "event loop blocks over 50 ms": sum(g > 50 for g in gaps),
        "wall seconds": round(wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--phones-at", help=argparse.SUPPRESS)  # the phones' process
    parser.add_argument("--report", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_at:
        run_phones(args.phones_at, args.phones, args.seconds, args.report)
        return
    figures = run_app(args.phones, args.seconds)
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
