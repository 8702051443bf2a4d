"""A panel of many notes: open it, zoom to fit, pan; render time per frame and memory.

Run: .venv/bin/python benchmarks/bench_panel.py [--notes 1000 5000] [--frames 60]
Offscreen by default (QT_QPA_PLATFORM), like the tests. Measured, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kotter_workshop.domain.model import Note, NoteColor, Panel  # noqa: E402
from kotter_workshop.domain.session_factory import new_session  # noqa: E402
from kotter_workshop.ui.whiteboard.board import Board  # noqa: E402
from kotter_workshop.ui.whiteboard.items import NOTE_WIDTH  # noqa: E402
from kotter_workshop.ui.whiteboard.layout import GAP, columns_for  # noqa: E402

WORDS = [
    "the",
    "room",
    "said",
    "this",
    "about",
    "how",
    "we",
    "plan",
    "budget",
    "decide",
    "share",
    "goals",
    "and",
    "who",
    "owns",
    "it",
]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(app: QApplication, count: int, frames: int) -> dict[str, float]:
    session = new_session()
    notes = []
    columns = columns_for(count, NOTE_WIDTH + GAP, 260 + GAP)
    colors = list(NoteColor)
    for i in range(count):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(3 + i % 12))
        notes.append(
            Note(
                text,
                colors[i % len(colors)],
                x=(i % columns) * (NOTE_WIDTH + GAP),
                y=(i // columns) * 300,
                votes=i % 5,
            )
        )
    panel = Panel("Benchmark", notes=tuple(notes))
    session.add_panel(panel)
    before = rss_mb()
    start = time.perf_counter()
    board = Board(session, panel.id, None)
    board.resize(1792, 760)  # the board's share of a 1920×1080 slide
    board.show()
    board.set_unit(1.0)
    board.view.fit()
    app.processEvents()
    board.view.viewport().repaint()
    opened = time.perf_counter() - start
    view = board.view
    bar = view.horizontalScrollBar(), view.verticalScrollBar()
    times = []
    for frame in range(frames):
        bar[frame % 2].setValue(bar[frame % 2].value() + (15 if frame % 4 < 2 else -15))
        t = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - t)
    fitted = view.zoom
    # and zoomed in to room size, panning across the board
    view.set_zoom(1.0)
    view.centerOn(view.panel_scene.content_rect().center())
    zoomed = []
    for _frame in range(frames):
        bar[0].setValue(bar[0].value() + 40)
        t = time.perf_counter()
        view.viewport().repaint()
        zoomed.append(time.perf_counter() - t)
    result = {
        "notes": count,
        "open_ms": opened * 1000,
        "fit_zoom": fitted,
        "fit_median_ms": statistics.median(times) * 1000,
        "fit_p90_ms": sorted(times)[int(len(times) * 0.9)] * 1000,
        "room_median_ms": statistics.median(zoomed) * 1000,
        "memory_mb": rss_mb() - before,
    }
    board.close()
    board.deleteLater()
    app.processEvents()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    app = QApplication([])
    print("| notes | open | fit zoom | frame at fit, median (p90) | frame at room size | memory |")
    print("|---:|---:|---:|---:|---:|---:|")
    for count in args.notes:
        r = run(app, count, args.frames)
        print(
            f"| {r['notes']} | {r['open_ms']:.0f} ms | {r['fit_zoom']:.3f} "
            f"| {r['fit_median_ms']:.1f} ms ({r['fit_p90_ms']:.1f}) "
            f"| {r['room_median_ms']:.1f} ms | +{r['memory_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
