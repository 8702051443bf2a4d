"""Odd files reach the window too: by File → Open, the recent files and the command line.

A pipe, a device or a folder is refused within a second with one sentence; a
file that breaks a limit or nests its data too deeply gets one sentence naming
that, never the crash dialog ("your session is saved") for a session never opened.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


@pytest.fixture
def window(qtbot, theme, guard):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_start()
    qtbot.waitExposed(window)
    yield window
    window.close()


def read_the_warning(said: list[tuple[float, str]]) -> None:
    """Note the time and text of the next modal dialog, then close it."""

    def poll():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(5, poll)
            return
        said.append((time.monotonic(), box.text()))
        box.accept()

    QTimer.singleShot(0, poll)


@pytest.fixture
def fifo(tmp_path):
    """A named pipe; if an old build blocks on it, a writer comes after 5 s to end the test."""
    path = tmp_path / "session.kotter"
    os.mkfifo(path)
    done = threading.Event()

    def unblock():
        if not done.wait(5):
            fd = os.open(path, os.O_RDWR)  # a writer (Linux): a blocked reader goes on
            os.close(fd)

    threading.Thread(target=unblock, daemon=True).start()
    yield path
    done.set()


def _odd(kind: str, tmp_path: Path, fifo: Path) -> Path:
    if kind == "fifo":
        return fifo
    if kind == "device":
        return Path("/dev/zero")
    folder = tmp_path / "a folder.kotter"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_file_open_refuses_what_is_not_a_file_within_a_second(
    window, qtbot, tmp_path, fifo, monkeypatch, kind
):
    odd = _odd(kind, tmp_path, fifo)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(odd), ""))
    )
    said: list[tuple[float, str]] = []
    read_the_warning(said)
    started = time.monotonic()
    window.files.open_dialog()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    when, text = said[0]
    assert when - started < 1.0
    assert text.startswith(f'"{odd}" ') and "\n" not in text
    assert ("folder" if kind == "folder" else "not a regular file") in text
    assert window.scope is None and window.stack.currentWidget() is window.start


def test_a_recent_file_that_became_a_pipe_is_refused_within_a_second(window, qtbot, fifo):
    said: list[tuple[float, str]] = []
    read_the_warning(said)
    started = time.monotonic()
    window.start.path_chosen.emit(fifo)  # a click on the recent file
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0][0] - started < 1.0
    assert "not a regular file" in said[0][1]


def test_a_pipe_given_on_the_command_line_is_refused_at_once(fifo):
    """The real app, started with a pipe as its file: it says why in one sentence (on
    stderr as well as in the dialog) instead of waiting for ever."""
    app = subprocess.Popen(
        [sys.executable, "-m", "kotter_workshop", str(fifo)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    said: list[str] = []

    def read() -> None:  # the dialog's sentence is logged as it is shown
        for text in app.stderr:
            if text.startswith("kotter-workshop:"):
                said.append(text)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=60)  # a fresh start of the app on a busy machine included
    app.kill()
    app.wait(timeout=30)
    assert said, "the app did not say why"
    line = said[0]
    assert line.strip() == (
        f'kotter-workshop: "{fifo}" is not a regular file (a device or a pipe), '
        "so it was not opened."
    )


def _spoilt(tmp_path: Path, statement: str, *values: object) -> Path:
    path = tmp_path / "spoilt.kotter"
    write_new_file(demo_session(), path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(statement, values)
    conn.close()
    return path


@pytest.mark.parametrize(
    ("statement", "values", "words"),
    [
        (
            "UPDATE agenda_item SET slides = ?",
            ("[" * 100_000 + "]" * 100_000,),
            "holds a list nested too deeply to be a session's, so it was not opened.",
        ),
        (
            "UPDATE note SET text = ?",
            ("x" * 10_000_000,),
            "was not opened: A note holds 1 to 280 characters, not 10,000,000.",
        ),
    ],
    ids=["deeply nested", "a 10 MB note"],
)
def test_a_file_that_cannot_be_a_session_gets_one_sentence_naming_why(
    window, qtbot, tmp_path, statement, values, words
):
    path = _spoilt(tmp_path, statement, *values)
    said: list[tuple[float, str]] = []
    read_the_warning(said)
    started = time.monotonic()
    assert not window.files.open_path(path)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0][1] == f'"{path}" {words}'
    assert said[0][0] - started < 5.0  # refused, not laid out as 10 MB of sticky note
    assert window.scope is None and window.stack.currentWidget() is window.start


def test_a_name_with_a_newline_is_shown_on_one_line(window, qtbot, tmp_path):
    bad = tmp_path / "notes\nmonday.kotter"
    bad.write_text("not a session")
    said: list[tuple[float, str]] = []
    read_the_warning(said)
    assert not window.files.open_path(bad)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert (
        said[0][1] == f'"{tmp_path}/notes\\nmonday.kotter" is not a Kotter Workshop session file.'
    )
