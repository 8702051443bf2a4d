"""After a kill -9, reopening says the session was recovered, Enter continues, and the room
is back on its slide, with its results revealed and its timer running."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.main_window import MainWindow

CHILD = Path(__file__).with_name("crash_child.py")


def run_and_kill(path: Path) -> tuple[str, int, int]:
    """The app in its own process, killed with SIGKILL once it is presenting."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().split()
        assert line and line[0] == "ready", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return line[1], int(line[2]), int(line[3])


def reopen(qtbot, theme, path: Path, answer=Qt.Key.Key_Return) -> tuple[MainWindow, dict]:
    """Open ``path`` in a window, as File > Open does; note the question asked and press a key."""
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    asked: dict = {}

    def answer_box() -> None:
        if "opened" in asked:  # open_path has returned: stop watching, leave later tests alone
            return
        box = QApplication.activeModalWidget()
        if box is not None and "text" in asked:  # a second dialog (a new session's): cancel
            asked["then"] = type(box).__name__
            box.reject()
            return
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_box)
            return
        asked.update(title=box.windowTitle(), text=box.text(), default=box.defaultButton().text())
        qtbot.keyClick(box, answer)
        QTimer.singleShot(20, answer_box)

    QTimer.singleShot(0, answer_box)
    asked["opened"] = window.files.open_path(path)
    return window, asked


@pytest.fixture
def killed(tmp_path):
    path = tmp_path / "workshop.kotter"
    write_new_file(demo_session(), path)  # with the demo's votes: reopening asks
    return path, run_and_kill(path)


def test_reopening_after_a_kill_says_recovered_and_enter_returns_to_the_room(
    killed, qtbot, theme, guard
):
    path, (slide, phase, seconds) = killed
    assert seconds >= 1
    window, asked = reopen(qtbot, theme, path)
    assert asked["opened"] and "then" not in asked  # no other dialog followed
    assert "did not close properly" in asked["text"] and "recovered" in asked["text"]
    assert asked["default"] == "Continue this session"
    # Enter continued this session, where the room was:
    assert window.scope.document.path == path
    navigation = window.scope.navigation
    assert (navigation.current_key, navigation.phase) == (slide, phase)
    assert navigation.is_revealed(slide) and window.deck.slide().revealed
    assert window.scope.timer.running and window.scope.timer.elapsed() >= seconds
    window.close()


def test_after_a_clean_close_reopening_asks_as_before(killed, qtbot, theme, guard):
    path, _ = killed
    window, asked = reopen(qtbot, theme, path)
    window.close()  # a clean close this time
    again, asked = reopen(qtbot, theme, path, answer=Qt.Key.Key_Escape)
    assert asked["text"] == "Continue this session, or start a new session from it?"
    assert asked["default"] == "Start a new session"
    assert not asked["opened"] and again.scope is None  # Esc cancelled
