"""Notes and dots from phones under a room's load: 300 phones, 3 notes and 5 dots each.

Run: ``.venv/bin/python benchmarks/bench_board.py [--phones 300] [--seconds 30]``.
Measured, not asserted. Everything stays on 127.0.0.1.

The app side runs here, as in bench_live.py: a real window (offscreen,
1920×1080) with a session in a ``.kotter`` file, on the board of the "Aligning
people" process, and notes from phones open on it (W). The phones run in a
second process and use nothing but the endpoints (``kotter_workshop/live/board.py``
describes them): each opens the page's state within ``--join`` seconds and holds
its long poll; in the first half of ``--seconds`` each sends 3 notes at random
moments; then the app opens dot voting (D, 5 dots a phone) and, in the second
half, each phone places its 5 dots one at a time at random moments, each
request carrying its whole choice so far, as the page does on every "+".

Reported: statuses; notes and dots lost (told "sent" but not in the file after
reopening it: every accepted note by its id, and every note's dot count against
the phones' last accepted choices); latency of each request until its answer,
which comes once it is on disk; the window thread's longest block (a 5 ms
timer); and then, with every note on the board and shown (R), the board's
frame as bench_panel.py times it: fitted, panned 15 px a frame, and at room
size, panned 40 px a frame, each a synchronous repaint.

Every phone sends from 127.0.0.1, so the app runs with
``KOTTER_WORKSHOP_LIVE_ADDRESS_RATE=100000`` (the documented setting, which also
raises the new voters one address may bring); the per-phone limits stay.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import gc
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_live import (  # noqa: E402
    CollectionClock,
    percentile,
    raise_file_limit,
    thread_cpu,
)

TICK_MS = 5
NOTES_EACH = 3
DOTS_EACH = 5
SLIDE = "process:aligning-people"
WORDS = [
    "we",
    "could",
    "ask",
    "the",
    "team",
    "who",
    "owns",
    "the",
    "budget",
    "and",
    "share",
    "what",
    "we",
    "decide",
    "every",
    "week",
]


# -- the phones (a separate process): only the endpoints --------------------------------------
async def _get_state(session, url: str, version: int | None) -> dict | None:
    import aiohttp

    query = "state" if version is None else f"state?since={version}"
    try:
        async with session.get(url + query) as response:
            return await response.json()
    except (aiohttp.ClientError, ValueError):
        return None


async def _post(session, url: str, what: str, body: dict) -> tuple[object, float, dict]:
    import aiohttp

    sent = time.perf_counter()
    try:
        async with session.post(url + what, json=body) as response:
            answer = await response.json(content_type=None)
            status = response.status
    except (aiohttp.ClientError, ValueError) as exc:
        status, answer = f"error {exc.__class__.__name__}", {}
    return status, (time.perf_counter() - sent) * 1000, answer


async def _phone(session, url: str, room: dict) -> None:
    await asyncio.sleep(random.uniform(0, room["join"]))
    sent = time.perf_counter()
    state = await _get_state(session, url, None)
    room["joins"].append((time.perf_counter() - sent) * 1000 if state else None)
    room["joined"] += 1
    if room["joined"] == room["count"]:  # the last one in: the clock starts
        room["joined ok"] = sum(ms is not None for ms in room["joins"])
        room["start"] = time.monotonic()
        room["go"].set()
    if state is None:
        return
    latest = [state]

    async def follow() -> None:  # the page's long poll: the newest state is kept
        while True:
            got = await _get_state(session, url, latest[0]["version"])
            if got is None:
                await asyncio.sleep(1.0)
            else:
                latest[0] = got

    poll = asyncio.ensure_future(follow())
    await room["go"].wait()
    voter = "ph-" + secrets.token_hex(16)
    half = room["seconds"] / 2
    start = room["start"]
    board = latest[0].get("board") or {}
    for moment in sorted(random.uniform(0, half) for _ in range(NOTES_EACH)):
        await asyncio.sleep(max(0.0, start + moment - time.monotonic()))
        text = " ".join(random.choice(WORDS) for _ in range(random.randint(3, 12)))
        body = {"voter": voter, "panel": board.get("panel"), "text": text}
        status, ms, answer = await _post(session, url, "note", body)
        room["notes"].append((status, ms, answer.get("note"), time.monotonic() - start))
    room["noted"] += 1
    if room["noted"] == room["joined ok"]:
        Path(room["flag"]).write_text("notes done")  # the app opens dot voting (D)
    await room["dots open"].wait()
    while (latest[0].get("board") or {}).get("mode") != "dots":
        await asyncio.sleep(0.05)  # the long poll brings the board's notes
    board = latest[0]["board"]
    ids = [note["id"] for group in board["groups"] for note in group["notes"]]
    chosen = random.sample(ids, min(DOTS_EACH, board["dots"], len(ids)))
    placed: tuple[str, ...] = ()
    dots_start = room["dots start"]
    for k, moment in enumerate(sorted(random.uniform(0, half) for _ in chosen), 1):
        await asyncio.sleep(max(0.0, dots_start + moment - time.monotonic()))
        body = {"voter": voter, "panel": board["panel"], "notes": chosen[:k]}
        status, ms, _ = await _post(session, url, "dots", body)
        if status == 200:
            placed = tuple(chosen[:k])
        room["dots"].append((status, ms, voter, time.monotonic() - start))
    room["final dots"][voter] = list(placed)
    poll.cancel()


async def _watch_dots(room: dict, flag: str) -> None:
    """Once every phone has sent its notes, wait for the app's word that dots are open."""
    while not Path(flag + ".open").exists():
        await asyncio.sleep(0.02)
    room["dots start"] = time.monotonic()
    room["dots open"].set()


async def _phones(url: str, count: int, seconds: float, join: float, flag: str) -> dict:
    import aiohttp

    room = {
        "count": count,
        "seconds": seconds,
        "join": join,
        "joins": [],
        "joined": 0,
        "joined ok": count,
        "noted": 0,
        "flag": flag,
        "go": asyncio.Event(),
        "dots open": asyncio.Event(),
        "start": None,
        "dots start": None,
        "notes": [],
        "dots": [],
        "final dots": {},
    }
    # Each phone its own connections, dropped after 4 s idle: the server closes an idle one
    # at 5 s, and a request sent on a connection it is closing fails (a browser retries it).
    connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=4.0)
    async with aiohttp.ClientSession(connector=connector) as session:
        watcher = asyncio.ensure_future(_watch_dots(room, flag))
        await asyncio.gather(*(_phone(session, url, room) for _ in range(count)))
        watcher.cancel()
    keep = ("joins", "notes", "dots", "final dots")
    return {key: room[key] for key in keep}


def run_phones(url: str, count: int, seconds: float, join: float, out: str, flag: str) -> None:
    assert url.startswith("http://127.0.0.1:"), "the benchmark talks to loopback only"
    raise_file_limit(3 * count + 64)
    report = asyncio.run(_phones(url, count, seconds, join, flag))
    report["cpu seconds"] = time.process_time()
    Path(out).write_text(json.dumps(report))


# -- the app side ------------------------------------------------------------------------------
def frames(app, board, count: int) -> dict[str, float]:
    """bench_panel.py's frames on the window's own board: fitted and at room size."""
    view = board.view
    view.fit()
    app.processEvents()
    view.viewport().repaint()
    bar = view.horizontalScrollBar(), view.verticalScrollBar()
    fitted = []
    for frame in range(count):
        bar[frame % 2].setValue(bar[frame % 2].value() + (15 if frame % 4 < 2 else -15))
        t = time.perf_counter()
        view.viewport().repaint()
        fitted.append((time.perf_counter() - t) * 1000)
    zoom = view.zoom
    view.set_zoom(1.0)
    view.centerOn(view.panel_scene.content_rect().center())
    room = []
    for _frame in range(count):
        bar[0].setValue(bar[0].value() + 40)
        t = time.perf_counter()
        view.viewport().repaint()
        room.append((time.perf_counter() - t) * 1000)
    fitted.sort()
    room.sort()
    return {
        "fit zoom": round(zoom, 3),
        "frame fitted median / p90 ms": f"{statistics.median(fitted):.1f} / "
        f"{percentile(fitted, 90)}",
        "frame at room size median / p90 ms": f"{statistics.median(room):.1f} / "
        f"{percentile(room, 90)}",
    }


def run_app(
    count: int,
    seconds: float,
    join: float,
    dump: str | None = None,
    profile: str | None = None,
) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The documented setting: every phone here comes from 127.0.0.1, so raise the address cap.
    os.environ["KOTTER_WORKSHOP_LIVE_ADDRESS_RATE"] = "100000"
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    from kotter_workshop.domain import SessionInfo, new_session
    from kotter_workshop.store import open_session_file, write_new_file
    from kotter_workshop.ui.app import make_application
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.keys import install_guard
    from kotter_workshop.ui.main_window import MainWindow
    from kotter_workshop.ui.theme import Theme
    from kotter_workshop.ui.whiteboard.board import Board

    app = make_application()
    theme = Theme()
    theme.apply(app)
    install_guard(app)
    folder = tempfile.mkdtemp(dir=Path.cwd(), prefix=".bench-board-")
    atexit.register(shutil.rmtree, folder, True)  # also when a run fails halfway
    path = Path(folder) / "room.kotter"
    write_new_file(new_session(SessionInfo(title="Benchmark room")), path)
    opened = open_session_file(path)
    window = MainWindow(theme)
    window.phone_voting.options = {"bind": "127.0.0.1", "ports": (0,), "address": "127.0.0.1"}
    window.set_document(Document(opened.session, opened))
    window.resize(1920, 1080)
    window.show()
    window.deck.go(window.deck.keys.index(SLIDE), phase=1)
    scope = window.scope
    scope.phone_notes()  # W: notes from phones on this process's board
    live = window.phone_voting.live
    panel_id = live.board.panel
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
    flag = Path(folder) / "notes-done"
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
            "--flag",
            str(flag),
        ],
    )
    cpu: dict[str, dict[str, float]] = {}
    session = opened.session
    on_board: list[int] = []
    drawn: dict[str, object] = {}

    def check() -> None:
        if flag.exists() and not Path(str(flag) + ".open").exists():
            scope.phone_board().dots = DOTS_EACH  # "Dots per phone…"
            scope.phone_dots()  # D: dot voting on the same board
            Path(str(flag) + ".open").write_text("open")
        if phones.poll() is not None:
            watcher.stop()
            cpu["after"] = thread_cpu()  # before the quit stops the server's thread
            on_board.append(len(next(p for p in session.panels if p.id == panel_id).notes))
            scope.reveal()  # R: the notes and their dots shown, as the room reads them
            app.processEvents()
            boards = [b for b in window.findChildren(Board) if b.isVisible()]
            drawn.update(frames(app, boards[0], 60) if boards else {"board": "not on screen"})
            app.quit()

    watcher = QTimer(interval=20)
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
    ticker.stop()
    watcher.stop()
    phones_report = json.loads(report.read_text())
    window.phone_voting.detach()
    window.close()
    opened.close()
    with open_session_file(path, read_only=True) as again:
        stored = next(p for p in again.session.panels if p.id == panel_id)
        in_file = {note.id: note.votes for note in stored.notes}
    notes = phones_report["notes"]
    dots = phones_report["dots"]
    accepted = [note for status, _, note, _ in notes if status == 200]
    expected: dict[str, int] = {}
    for chosen in phones_report["final dots"].values():
        for note in chosen:
            expected[note] = expected.get(note, 0) + 1
    wrong_counts = sum(in_file.get(note, 0) != expected.get(note, 0) for note in in_file)
    if dump:
        Path(dump).write_text(json.dumps({**phones_report, "gaps": gaps}))
    statuses: dict[str, int] = {}
    for kind, rows in (("note", notes), ("dots", dots)):
        for status, *_ in rows:
            statuses[f"{kind} {status}"] = statuses.get(f"{kind} {status}", 0) + 1
    note_ms = sorted(ms for status, ms, *_ in notes if status == 200)
    dot_ms = sorted(ms for status, ms, *_ in dots if status == 200)
    both = sorted(note_ms + dot_ms)
    joined = sorted(ms for ms in phones_report["joins"] if ms is not None)
    cpu_after = cpu.get("after", {})
    return {
        "phones": count,
        "phones joined": f"{len(joined)} of {count}",
        "statuses": statuses,
        "notes on the board": on_board[0] if on_board else None,
        "notes told sent but not in the file": len(set(accepted) - set(in_file)),
        "dots placed (phones' last accepted choices)": sum(expected.values()),
        "notes whose dot count in the file differs": wrong_counts,
        "note latency median / p99 / max ms": f"{statistics.median(note_ms):.1f} / "
        f"{percentile(note_ms, 99)} / {note_ms[-1]:.1f}",
        "dots latency median / p99 / max ms": f"{statistics.median(dot_ms):.1f} / "
        f"{percentile(dot_ms, 99)} / {dot_ms[-1]:.1f}",
        "all requests p99 ms": percentile(both, 99),
        "event loop longest block ms": round(max(gaps), 1),
        "event loop blocks over 50 ms": sum(g > 50 for g in gaps),
        **drawn,
        **collections.summary(),
        "wall seconds": round(wall, 1),
        "CPU seconds by thread": {
            name: round(cpu_after[name] - cpu_before.get(name, 0.0), 2) for name in cpu_after
        },
        "CPU seconds of the phones' process": round(phones_report["cpu seconds"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--join", type=float, default=3.0, help="seconds over which the phones open the page"
    )
    parser.add_argument("--dump", help="write every request's timing to this JSON file")
    parser.add_argument("--profile", help="write a cProfile of the window's thread to this file")
    parser.add_argument("--phones-at", help=argparse.SUPPRESS)  # the phones' process
    parser.add_argument("--report", help=argparse.SUPPRESS)
    parser.add_argument("--flag", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_at:
        run_phones(args.phones_at, args.phones, args.seconds, args.join, args.report, args.flag)
        return
    figures = run_app(args.phones, args.seconds, args.join, args.dump, args.profile)
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
