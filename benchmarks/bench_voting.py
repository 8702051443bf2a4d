"""From a ballot key to the chart repainted, with 200 ballots on the slide.

    .venv/bin/python benchmarks/bench_voting.py [--keys N] [--ballots B]

A real main window (offscreen, 1920×1080) shows the demo's aligning-people
slide at its vote step, revealed, with B ballots. Each round presses a digit
key through QTest (the same path a facilitator's key takes: the shortcut, the
undoable command, the session's change event, the slide's refresh) and
processes events until the chart has painted. Baseline in the same run: a bare
QWidget of the chart's size, updated and repainted the same way. Goal: a
median under 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = tempfile.mkdtemp(prefix="bench-voting-")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kotter_workshop.domain.demo import demo_session  # noqa: E402
from kotter_workshop.domain.model import Ballot  # noqa: E402
from kotter_workshop.ui.app import make_application  # noqa: E402
from kotter_workshop.ui.document import Document  # noqa: E402
from kotter_workshop.ui.keys import install_guard  # noqa: E402
from kotter_workshop.ui.main_window import MainWindow  # noqa: E402
from kotter_workshop.ui.theme import Theme  # noqa: E402


class Painted(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_painted(app: QApplication, probe: Painted, before: int) -> None:
    deadline = time.perf_counter() + 2
    while probe.count == before and time.perf_counter() < deadline:
        app.processEvents()


CPU: list[float] = []  # this process's CPU time per round, less sensitive to a busy machine


def measure(app, act, probe, rounds: int) -> list[float]:
    times = []
    CPU.clear()
    for n in range(rounds):
        before = probe.count
        start, cpu = time.perf_counter(), time.process_time()
        act(n)
        until_painted(app, probe, before)
        times.append((time.perf_counter() - start) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100)
    parser.add_argument("--ballots", type=int, default=200)
    args = parser.parse_args()

    app = make_application()
    theme = Theme()
    theme.apply(app)
    install_guard(app)
    session = demo_session()
    for n in range(args.ballots - len(session.ballots_for("aligning-people", 1))):
        session.add_ballot(Ballot("aligning-people", 1 + n % 5))
    window = MainWindow(theme)
    window.set_document(Document(session))
    window.resize(1920, 1080)
    window.show()
    window.deck.go(window.deck.keys.index("process:aligning-people"), phase=1)
    window.deck.toggle_reveal()
    window.activateWindow()
    for _ in range(20):
        app.processEvents()
    chart = window.deck.slide().chart
    start_ballots = len(session.ballots_for("aligning-people", 1))
    probe = Painted(chart)
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    measure(app, lambda n: QTest.keyClick(window, keys[n % 5]), probe, 10)  # warm-up
    app_times = measure(app, lambda n: QTest.keyClick(window, keys[n % 5]), probe, args.keys)
    app_cpu = list(CPU)

    bare = QWidget()
    bare.resize(chart.size())
    bare.show()
    bare_probe = Painted(bare)
    for _ in range(5):
        app.processEvents()
    bare_times = measure(app, lambda n: bare.update(), bare_probe, args.keys)

    ballots = f"{start_ballots} at the start"
    med_app, med_bare = statistics.median(app_times), statistics.median(bare_times)
    p95 = sorted(app_times)[int(0.95 * (len(app_times) - 1))]
    print(f"| measure ({ballots} ballots, {args.keys} keys) | median | p95 |")
    print("|---|---:|---:|")
    print(f"| ballot key to chart repainted | {med_app:.2f} ms | {p95:.2f} ms |")
    cpu_p95 = sorted(app_cpu)[int(0.95 * (len(app_cpu) - 1))]
    cpu_median = statistics.median(app_cpu)
    print(f"| the same, CPU time of the app | {cpu_median:.2f} ms | {cpu_p95:.2f} ms |")
    bare_p95 = sorted(bare_times)[int(0.95 * (len(bare_times) - 1))]
    print(f"| bare widget update to repaint | {med_bare:.2f} ms | {bare_p95:.2f} ms |")
    print(
        f"\nratio to the bare repaint: {med_app / med_bare:.1f}×; goal: median under 16 ms "
        f"({'met' if med_app < 16 else 'missed'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
