"""Live voting under a room's load: N phones, six ballots each, within S seconds.

Run: ``.venv/bin/python benchmarks/bench_live.py [--phones 300] [--seconds 10]``
(a hall: ``--phones 1000 --seconds 20``). Measured, not asserted. Everything
stays on 127.0.0.1.

The app side runs here: a real window (offscreen) on a process slide, a session
in a ``.kotter`` file (one fsync a transaction), phone voting open on all six
processes. The phones run in a second process (their own interpreter, as real
phones have their own CPUs). Each opens the page's state at a random moment
within ``--join`` seconds and then holds its long poll open, as the page does;
once the whole room has joined, each casts one ballot on each of the six
processes at six random moments within ``--seconds``. A 5 ms timer on the Qt
thread measures the longest time the event loop was blocked.

Every phone sends from 127.0.0.1, so the app runs with
``KOTTER_WORKSHOP_LIVE_ADDRESS_RATE=100000`` (the documented setting, which
also raises the new voters one address may bring); the per-phone limit stays
as shipped. Both processes raise their soft open-file limit (the app when its
server starts, the phones' process here): a hall holds two sockets a phone.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import gc
import json
import math
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5


# -- the phones (a separate process) ----------------------------------------------------------
async def _long_poll(session, url: str, version: int) -> None:
    """As the page does: wait for the state's next change, again and again."""
    import aiohttp

    while True:
        try:
            async with session.get(url + f"state?since={version}") as response:
                version = (await response.json())["version"]
        except (aiohttp.ClientError, ValueError, KeyError):
            await asyncio.sleep(1.0)  # the page retries a moment later


async def _join(session, url: str, within: float, joins: list) -> int | None:
    """Open the page's state at a random moment within ``within`` s; its version, or None."""
    import aiohttp

    await asyncio.sleep(random.uniform(0, within))
    sent = time.perf_counter()
    try:
        async with session.get(url + "state") as response:
            version = (await response.json())["version"]
    except (aiohttp.ClientError, ValueError, KeyError):
        version = None
    joins.append((time.perf_counter() - sent) * 1000 if version is not None else None)
    return version


async def _phone(session, url: str, processes: list[str], room: dict) -> None:
    import aiohttp

    version = await _join(session, url, room["join"], room["joins"])
    room["joined"] += 1  # or failed to: the count is in the report
    if room["joined"] == room["count"]:
        room["go"].set()
    if version is None:
        return
    poll = asyncio.ensure_future(_long_poll(session, url, version))  # held, as the page does
    await room["go"].wait()  # the vote opens once the whole room has the page
    if room["start"] is None:
        room["start"] = time.monotonic()
    voter = "ph-" + secrets.token_hex(16)
    seconds = room["seconds"]
    moments = sorted(random.uniform(0, seconds) for _ in processes)
    order = random.sample(processes, len(processes))
    start = room["start"]
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
        at = time.monotonic() - start
        results = room["results"]
        results.append((status, (time.perf_counter() - sent) * 1000, voter, process, at))
    poll.cancel()


async def _phones(url: str, count: int, seconds: float, join: float) -> dict:
    import aiohttp

    async with aiohttp.ClientSession() as probe, probe.get(url + "state") as response:
        state = await response.json()
    processes = [p["id"] for p in state["processes"]]
    room = {
        "count": count,
        "seconds": seconds,
        "join": join,
        "joins": [],
        "joined": 0,
        "go": asyncio.Event(),
        "start": None,
        "results": [],
    }
    # Each phone its own connections, dropped after 4 s idle: the server closes an idle one
    # at 5 s, and a request sent on a connection it is closing fails (a browser retries it).
    connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=4.0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(_phone(session, url, processes, room) for _ in range(count)))
    return {"ballots": room["results"], "joins": room["joins"]}


def raise_file_limit(needed: int) -> tuple[int, int]:
    """Raise this process's soft open-file limit to what ``needed`` sockets take; (soft, hard)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        soft = wanted
    if soft != resource.RLIM_INFINITY and soft < needed:
        sys.exit(f"bench_live: {needed} open files needed for the phones, the limit is {soft}")
    return soft, hard


def run_phones(url: str, count: int, seconds: float, join: float, out: str) -> None:
    assert url.startswith("http://127.0.0.1:"), "the benchmark talks to loopback only"
    # Each phone holds a long poll and a vote's connection: two sockets, three for a
    # moment when a kept-alive connection is replaced; plus the interpreter's own files.
    raise_file_limit(3 * count + 64)
    report = asyncio.run(_phones(url, count, seconds, join))
    report["cpu seconds"] = time.process_time()
    Path(out).write_text(json.dumps(report))


class CollectionClock:
    """Times each of Python's garbage collections in this process (``gc.callbacks``).

    A collection holds the GIL, so whichever thread runs it, the window waits.
    """

    def __init__(self) -> None:
        self.started = 0.0
        self.times: dict[int, list[float]] = {0: [], 1: [], 2: []}

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.times[info["generation"]].append((time.perf_counter() - self.started) * 1000)

    def summary(self) -> dict[str, str]:
        return {
            f"garbage collections, generation {generation}": (
                f"{len(ms)}, longest {max(ms, default=0.0):.1f} ms, total {sum(ms):.0f} ms"
            )
            for generation, ms in self.times.items()
        }


def thread_cpu() -> dict[str, float]:
    """CPU seconds each of this process's Python threads has used (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    times: dict[str, float] = {}
    for thread in threading.enumerate():
        try:
            fields = Path(f"/proc/self/task/{thread.native_id}/stat").read_text()
        except OSError:
            continue
        utime, stime = fields.rsplit(")", 1)[1].split()[11:13]
        times[thread.name] = (int(utime) + int(stime)) / ticks
    return times


# -- the app side ------------------------------------------------------------------------------
def run_app(
    count: int,
    seconds: float,
    join: float = 3.0,
    dump: str | None = None,
    profile: str | None = None,
) -> dict:
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
    import resource

    from kotter_workshop.live.connections import connection_cap, open_descriptors

    app_soft_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]  # raised by the server
    server = live.server
    cap = server.limits.max_connections or connection_cap(app_soft_limit, open_descriptors())

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - TICK_MS)
        stamps.append(now / 1e9)
        last[0] = now

    stamps: list[float] = []

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
            "--join",
            str(join),
            "--report",
            str(report),
        ],
    )

    cpu: dict[str, dict[str, float]] = {}

    def check() -> None:
        if phones.poll() is not None:
            cpu["after"] = thread_cpu()  # before the quit stops the server's thread
            app.quit()

    watcher = QTimer(interval=50)
    watcher.timeout.connect(check)
    for timer in (ticker, watcher):
        timer.start()
    started = time.monotonic()
    cpu_before = thread_cpu()
    collections = CollectionClock()
    gc.callbacks.append(collections)
    if profile:  # the Qt thread only: cProfile follows the thread that enables it
        import cProfile

        profiler = cProfile.Profile()
        profiler.runcall(app.exec)
        profiler.dump_stats(profile)
    else:
        app.exec()
    wall = time.monotonic() - started
    gc.callbacks.remove(collections)
    cpu_after = cpu["after"]  # the writer's thread starts with the first batch
    ticker.stop()
    guard = server._guard
    most_connections = guard.most if guard is not None else None
    phones_report = json.loads(report.read_text())
    results = phones_report["ballots"]
    session = opened.session
    in_session = {(b.voter, b.process) for b in session.ballots if is_phone_voter(b.voter)}
    accepted = {(voter, process) for status, _, voter, process, _ in results if status == 200}
    window.phone_voting.detach()
    window.close()
    opened.close()
    with open_session_file(path, read_only=True) as again:
        on_disk = {(b.voter, b.process) for b in again.session.ballots if is_phone_voter(b.voter)}
    if dump:  # the raw figures, to see when the slow answers and the blocks came
        Path(dump).write_text(json.dumps({"ballots": results, "ticks": stamps, "gaps": gaps}))
    latencies = sorted(ms for status, ms, *_ in results if status == 200)
    statuses: dict[str, int] = {}
    for status, *_ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    joins = phones_report["joins"]
    joined = sorted(ms for ms in joins if ms is not None)
    return {
        "phones": count,
        "phones joined (page's state within --join s)": f"{len(joined)} of {count}",
        "join answer p99 / max ms": f"{percentile(joined, 99)} / {round(joined[-1], 1)}",
        "ballots sent": len(results),
        "statuses": statuses,
        "ballots lost (sent, not in the session)": count * 6 - len(in_session),
        "told recorded but not in the file": len(accepted - on_disk),
        "accepted but not in the session": len(accepted - in_session),
        "in the session but not on disk": len(in_session - on_disk),
        "latency median ms": round(statistics.median(latencies), 1),
        "latency p99 ms": percentile(latencies, 99),
        "latency max ms": round(latencies[-1], 1),
        "event loop longest block ms": round(max(gaps), 1),
        "event loop blocks over 50 ms": sum(g > 50 for g in gaps),
        **collections.summary(),
        "app peak memory (max RSS) MB": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ),
        "wall seconds": round(wall, 1),
        "CPU seconds by thread": {
            name: round(cpu_after[name] - cpu_before.get(name, 0.0), 2) for name in cpu_after
        },
        "CPU seconds of the phones' process": round(phones_report["cpu seconds"], 2),
        "app open-file soft limit": app_soft_limit,
        "connections held at most / cap": f"{most_connections} / {cap}",
    }


def percentile(ordered: list[float], p: float) -> float:
    """The value below which ``p`` % of the sorted values lie (nearest rank)."""
    return round(ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--join", type=float, default=3.0, help="seconds over which the phones open the page"
    )
    parser.add_argument("--dump", help="write every ballot's and tick's timing to this JSON file")
    parser.add_argument("--profile", help="write a cProfile of the window's thread to this file")
    parser.add_argument("--phones-at", help=argparse.SUPPRESS)  # the phones' process
    parser.add_argument("--report", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_at:
        run_phones(args.phones_at, args.phones, args.seconds, args.join, args.report)
        return
    figures = run_app(args.phones, args.seconds, args.join, args.dump, args.profile)
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
