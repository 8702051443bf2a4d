"""Every PDF build is a background job (ui/jobs.py) from a snapshot: the summary shared
with phones, File → Export and the Compare dialog's export. The slides never freeze while
one is built, and closing the session meanwhile says nothing on stderr."""

import datetime as dt
import threading
import time

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from test_live_voting import open_window
from test_voting import press

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.parts import Ballot, Note
from kotter_workshop.domain.reuse import fresh_from
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.document import Document

WORDS = ("the", "team", "agreed", "that", "our", "roadmap", "needs", "a", "clearer", "aim")


def many_notes(session, count=3000):
    notes = {panel.id: [] for panel in session.panels}
    for i in range(count):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40))[:200]
        notes[session.panels[i % len(session.panels)].id].append(Note(text))
    for panel_id, some in notes.items():
        session.put_notes(panel_id, some)


def stderr_lines(capfd):
    """What the app wrote on stderr, but the offscreen platform's note that pyproject ignores."""
    return [
        line for line in capfd.readouterr().err.splitlines() if "propagateSizeHints" not in line
    ]


def no_builds_left_running():
    """Builds that earlier tests started (their sessions closed) would compete for the CPU."""
    return not any(
        t.name in ("kotter-shared-pdf", "compare-pdf") or t.name.startswith("export-")
        for t in threading.enumerate()
    )


class FrameTimer:
    """Ticks every 5 ms on the window's thread and keeps the longest gap between two ticks."""

    def __init__(self):
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.gaps = []
        self.last = None

    def _tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.gaps.append(now - self.last)
        self.last = now

    def start(self):
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self):
        self.timer.stop()
        return max(self.gaps)


@pytest.fixture
def team(tmp_path):
    """Two session files of one team: the demo, and a later one with a vote on each process."""
    demo = demo_session()
    later = fresh_from(demo, SessionInfo(title="Spring", date=dt.date(2027, 4, 1)))
    for process in later.framework.processes:
        later.add_ballot(Ballot(process.id, 4, voter="p1"))
    write_new_file(demo, tmp_path / "a.kotter")
    write_new_file(later, tmp_path / "b.kotter")
    return tmp_path / "a.kotter", tmp_path / "b.kotter"


@pytest.fixture
def big_room(qtbot, theme, guard):
    session = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    many_notes(session)
    window = open_window(qtbot, theme, Document(session))
    yield window
    window.phone_voting.detach()


def rebuild_after_a_vote(room, qtbot, live):
    """A tally vote changes the session; the shared summary follows it (after 0.3 s here,
    3 s in the room). The longest gap between two frames from just before the rebuild
    starts until its result is with the phones, and how long the rebuild took."""
    shared = live.server._pdf  # the PDF the phones download now
    press(qtbot, room, "3")
    qtbot.wait(100)  # the vote itself is on the slide: that frame is not the PDF's
    frames = FrameTimer()
    frames.start()
    started = time.perf_counter()
    qtbot.waitUntil(lambda: live.server._pdf is not shared, timeout=120_000)
    return frames.stop(), time.perf_counter() - started


def test_rebuilding_the_shared_summary_of_3000_notes_never_freezes_the_slides(big_room, qtbot):
    """PRODUCT.md: the slides never freeze. The frame timer ticks every 5 ms on the window's
    thread; a build there (as before) stops it for the whole build, over a second. Other
    processes on a busy machine can stall one run too, so the best of five rebuilds counts:
    a build on the window's thread stalls every one of them."""
    qtbot.waitUntil(no_builds_left_running, timeout=120_000)
    press(qtbot, big_room, "v")
    live = big_room.phone_voting.live
    live.share_pdf(True)
    qtbot.waitUntil(lambda: live.server.pdf_shared, timeout=120_000)  # the first build
    live._pdf_timer.setInterval(300)
    runs = []
    for _ in range(5):
        longest, built = rebuild_after_a_vote(big_room, qtbot, live)
        runs.append((round(longest * 1000, 1), round(built, 2)))
        if longest < 0.050:
            break
    print("frame timer: (longest gap in ms, rebuild in s) per rebuild:", runs)
    assert min(built for _, built in runs) > 0.3, runs  # long builds: thousands of notes
    assert min(longest for longest, _ in runs) < 50, runs  # and no frame waited for one


def test_the_compare_dialogs_export_runs_in_the_background_and_writes_a_readable_pdf(
    qtbot, team, tmp_path, monkeypatch, capfd
):
    from kotter_workshop.ui.compare.dialog import CompareDialog

    a, b = team
    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([a, b])
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a_, **k: (str(target), ""))
    frames = FrameTimer()
    frames.start()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    # The click returns before the PDF is written (it used to return once it was).
    assert not target.exists() and dialog.job is not None and dialog.job.running
    assert not dialog.export_button.isEnabled()  # one export at a time
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30_000)
    frames.stop()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Leadership offsite, autumn (2026-11-19)" in text and "Spring (2027-04-01)" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kotter", "b.kotter", "team.pdf"]
    assert stderr_lines(capfd) == []


def test_closing_the_compare_dialog_while_its_pdf_is_built_says_nothing(
    qtbot, team, tmp_path, monkeypatch, capfd
):
    from kotter_workshop.ui.compare.dialog import CompareDialog

    a, b = team
    dialog = CompareDialog()
    dialog.add_paths([a, b])
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a_, **k: (str(target), ""))
    dialog.export_pdf()
    job = dialog.job
    dialog.deleteLater()  # as File → Compare Sessions does when the dialog is closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    job.thread.join(30)
    qtbot.wait(100)  # a result that arrived now would have no one to go to
    assert PdfReader(target).pages  # the file is whole all the same
    assert stderr_lines(capfd) == []


def test_closing_the_session_while_its_shared_summary_is_built_says_nothing(big_room, qtbot, capfd):
    from test_live_voting import LOOPBACK

    press(qtbot, big_room, "v")
    live = big_room.phone_voting.live
    live.share_pdf(True)  # a build of 3,000 notes starts
    building = live._pdf_building
    assert building is not None and building.running
    capfd.readouterr()  # the addresses the app prints on purpose
    big_room.files.open_demo()  # another session: this one closes meanwhile
    big_room.phone_voting.options = LOOPBACK
    qtbot.waitUntil(lambda: not shiboken6.isValid(live), timeout=10_000)
    building.thread.join(60)
    qtbot.wait(100)
    assert stderr_lines(capfd) == []
