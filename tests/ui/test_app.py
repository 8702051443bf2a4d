"""Starting the app: an unexpected error is one sentence for the user, and a log for us."""

import os
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kotter_workshop.ui.app import crash_log_path, install_crash_guard
from kotter_workshop.ui.main_window import MainWindow


@pytest.mark.crash_dialog
def test_an_unexpected_error_shows_one_sentence_and_logs_the_traceback(qtbot, theme, capsys):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    previous = sys.excepthook
    shown = []

    def read():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, read)
            return
        shown.append(box.text())
        box.accept()

    try:
        guard = install_crash_guard(window)
        QTimer.singleShot(0, read)
        try:
            raise ValueError("a bug we did not foresee")
        except ValueError:
            guard(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert "ValueError: a bug we did not foresee" in shown[0]
    assert "Traceback" not in shown[0] and "\n" not in shown[0]
    log = crash_log_path()
    assert str(log).startswith(os.environ["XDG_STATE_HOME"]) or str(log).startswith(
        os.environ["HOME"]
    )
    assert "Traceback (most recent call last)" in log.read_text()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.crash_dialog
def test_the_error_sentence_says_the_session_is_saved_only_when_one_is(qtbot, theme, tmp_path):
    """A crash with no session open (a file that failed to open) claims nothing is saved."""
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.store import write_new_file

    window = MainWindow(theme)
    qtbot.addWidget(window)
    previous = sys.excepthook
    shown = []

    def read():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, read)
            return
        shown.append(box.text())
        box.accept()

    try:
        guard = install_crash_guard(window)
        for step in ("nothing open", "a session open"):
            if step == "a session open":
                path = tmp_path / "open.kotter"
                write_new_file(demo_session(), path)
                assert window.files.open_path(path, ask=False)
            QTimer.singleShot(0, read)
            try:
                raise RecursionError("maximum recursion depth exceeded")
            except RecursionError:
                guard(*sys.exc_info())
    finally:
        sys.excepthook = previous
        window.files.close_document()
    assert "saved" not in shown[0]  # nothing was open
    assert "Your session is saved" in shown[1]
