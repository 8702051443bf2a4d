"""Quit: from the Quit gesture (Ctrl+Q's action) to the process gone, with and without phones.

Run: ``.venv/bin/python benchmarks/bench_quit.py [--runs 5] [--phones 20]``.
Measured, not asserted. Everything stays on 127.0.0.1.

Each run starts a fresh process (``--child``): the real window (offscreen) on a
session in a ``.kotter`` file, as ``kotter-workshop FILE`` opens it. It prints
``ready`` and waits for a line on stdin. Three cases:

- ``bare``: a bare PySide6 window that quits on the line (the floor);
- ``app``: the app's window, no phone server;
- ``phones``: phone voting open on all six processes, N phones (a thread of
  this process each, urllib) holding the page's long poll open, and the last
  ballots still on their way in at the quit.

The time runs from the child's Quit (it prints the moment, ``time.time()``) to
``waitpid`` returning in this process: the window's close, the server's
shutdown, the file's last writes, and the interpreter's exit. In ``phones`` the
child first stays busy for 0.1 s (not counted) while this process sends the
last ballots, so they are waiting to be applied when Quit comes: the case that
used to keep the window open for a second and more. After a ``phones`` run
the file is opened again and every ballot a phone was told was recorded must
be in it (the count is reported).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUSY_SECONDS = 0.1  # "phones": the app is busy this long as the last ballots arrive, then quits
PROCESSES = (
    "setting-direction",
    "aligning-people",
    "motivating-inspiring",
    "planning-budgeting",
    "organizing-staffing",
    "controlling-problem-solving",
)


# -- the child: a window that quits on a line from stdin ---------------------------------------
def child(case: str, path: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.setEnabled(False)

    def wait_for_line(quit_now) -> None:
        def on_line() -> None:
            notifier.setEnabled(False)
            if sys.stdin.readline().strip() == "busy-quit":
                time.sleep(BUSY_SECONDS)  # the Qt thread busy while the last ballots arrive
            print(f"quit {time.time():.6f}", flush=True)
            quit_now()

        notifier.activated.connect(on_line)
        notifier.setEnabled(True)
        print("ready", flush=True)

    if case == "bare":
        window = QMainWindow()
        window.resize(1920, 1080)
        window.show()
        wait_for_line(window.close)
        return app.exec()

    from kotter_workshop.ui.app import run_app
    from kotter_workshop.ui.main_window import MainWindow

    def when_loaded() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or window.deck is None:
            QTimer.singleShot(20, when_loaded)
            return
        if case == "phones":
            window.phone_voting.options = {
                "bind": "127.0.0.1",
                "ports": (0,),
                "address": "127.0.0.1",
            }
            window.deck.go(window.deck.keys.index("process:aligning-people"), phase=1)
            window.phone_voting.open_all()
            print(f"url {window.phone_voting.live.url}", flush=True)
        quit_action = next(
            a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Q"
        )
        wait_for_line(quit_action.trigger)

    QTimer.singleShot(0, when_loaded)
    return run_app(file=Path(path))  # the app's own start and end, as on the command line


# -- the phones (threads of the parent) ---------------------------------------------------------
class Phones:
    """N phones: each holds a long poll open and sends ballots; keeps what was 'recorded'."""

    def __init__(self, url: str, count: int) -> None:
        self.url, self.count = url, count
        self.recorded: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()
        state = json.loads(urllib.request.urlopen(url + "state", timeout=5).read())
        self.version = state["version"]
        self.threads: list[threading.Thread] = []

    def _poll(self) -> None:
        with contextlib.suppress(OSError):  # the server went away: what a phone meets at quit
            urllib.request.urlopen(self.url + f"state?since={self.version}", timeout=30).read()

    def _vote(self, voter: str, process: str, value: int) -> None:
        body = json.dumps({"voter": voter, "process": process, "round": 1, "value": value})
        request = urllib.request.Request(
            self.url + "vote", body.encode(), {"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                ok = response.status == 200
        except OSError:
            ok = False
        if ok:
            with self.lock:
                self.recorded.append((voter, process, value))

    def start_polls(self) -> None:
        for _ in range(self.count):
            thread = threading.Thread(target=self._poll, daemon=True)
            thread.start()
            self.threads.append(thread)

    def vote_all(self, process: str, wait: bool) -> None:
        votes = []
        for i in range(self.count):
            voter = f"ph-{i:032x}"
            thread = threading.Thread(
                target=self._vote, args=(voter, process, 1 + i % 5), daemon=True
            )
            thread.start()
            votes.append(thread)
        if wait:
            for thread in votes:
                thread.join()
        self.threads.extend(votes)


def one_run(case: str, phones: int, folder: Path) -> dict:
    from kotter_workshop.domain import SessionInfo, new_session
    from kotter_workshop.store import open_session_file, write_new_file

    path = folder / f"{case}.kotter"
    path.unlink(missing_ok=True)
    write_new_file(new_session(SessionInfo(title="Quit benchmark")), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder)}
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(folder)
    # Every phone here is 127.0.0.1: let one address bring in them all (live/limits.py).
    env["KOTTER_WORKSHOP_LIVE_ADDRESS_RATE"] = "1000"
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", case, "--path", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    crowd = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {case} child ended before it was ready")
        if line.startswith("url "):
            url = line.split()[1]
            assert url.startswith("http://127.0.0.1:"), "the benchmark talks to loopback only"
            crowd = Phones(url, phones)
            crowd.start_polls()
            crowd.vote_all(PROCESSES[0], wait=True)
        if line.strip() == "ready":
            break
    time.sleep(0.5)  # the window settles; the polls are held
    proc.stdin.write("quit\n" if crowd is None else "busy-quit\n")
    proc.stdin.flush()
    if crowd is not None:
        crowd.vote_all(PROCESSES[1], wait=False)  # still arriving as the room quits
    triggered = float(proc.stdout.readline().split()[1])
    code = proc.wait(timeout=30)
    result = {"seconds": time.time() - triggered, "exit": code}
    if crowd is not None:
        for thread in crowd.threads:
            thread.join(timeout=15)
        with open_session_file(path, read_only=True) as again:
            kept = {(b.voter, b.process, b.value) for b in again.session.ballots}
        result["recorded"] = len(crowd.recorded)
        result["recorded but not in the file"] = len(set(crowd.recorded) - kept)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--phones", type=int, default=20)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.exit(child(args.child, args.path))
    folder = Path(tempfile.mkdtemp(prefix="bench-quit-"))
    try:
        for case in ("bare", "app", "phones"):
            runs = [one_run(case, args.phones, folder) for _ in range(args.runs + 1)][1:]
            times = sorted(r["seconds"] * 1000 for r in runs)
            line = (
                f"{case:<7} quit to exit: median {statistics.median(times):.0f} ms "
                f"(min {times[0]:.0f}, max {times[-1]:.0f}), "
                f"exit codes {sorted({r['exit'] for r in runs})}"
            )
            if case == "phones":
                lost = sum(r["recorded but not in the file"] for r in runs)
                told = sum(r["recorded"] for r in runs)
                line += f"; ballots told 'recorded': {told}, of them not in the file: {lost}"
            print(line, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
