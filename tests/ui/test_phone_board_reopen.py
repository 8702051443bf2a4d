"""Notes from phones that are face down stay face down when the app is killed (kill -9)
and the file reopened, and when it is closed and reopened, until R; once the room has
seen them (R), reopening shows them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from test_crash_recovery import reopen
from test_voting import press

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.main_window import MainWindow

_SPEC = importlib.util.spec_from_file_location(
    "live_app_process", Path(__file__).parents[1] / "live" / "app_process.py"
)
app_process = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(app_process)

TEXTS = ["The budget is a fiction", "Nobody reads the plan"]
SLIDE = "process:aligning-people"


def open_again(qtbot, theme, path: Path) -> MainWindow:
    """Open ``path`` as File > Open does, continuing the session (no question)."""
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    assert window.files.open_path(path, ask=False)
    return window


def face_up(window) -> list[str]:
    """The notes whose text the board on screen shows, on the process's board step."""
    navigation = window.scope.navigation
    navigation.go(navigation.keys.index(SLIDE), phase=2)
    board = window.deck.slide().board
    panel = window.scope.document.session.panel_for("aligning-people")
    assert all(n.id in board.scene.notes for n in panel.notes)
    return [n.text for n in panel.notes if board.scene.notes[n.id].text.isVisible()]


def test_face_down_notes_stay_face_down_after_a_kill_9_and_a_reopen(tmp_path, qtbot, theme, guard):
    path = tmp_path / "brainstorm.kotter"
    write_new_file(new_session(SessionInfo(title="Brainstorm")), path)
    app = app_process.AppProcess(path, args=("--notes", "--file-open"))
    try:
        for n, text in enumerate(TEXTS):
            status, _ = app.note(f"ph-{n:032x}", text)
            assert status == 200  # on disk
        app.kill()  # at once: what is face down is written before the notes it hides
    finally:
        app.stop()
    with open_session_file(path, read_only=True) as after:  # the notes are in the file
        assert [n.text for n in after.session.panel_for("aligning-people").notes] == TEXTS

    window, asked = reopen(qtbot, theme, path)
    assert asked["opened"]
    assert face_up(window) == []  # the room has not seen them: still face down
    window.close()  # a clean close, and open again: still face down
    window = open_again(qtbot, theme, path)
    assert face_up(window) == []
    window.activateWindow()  # the earlier windows are closed: this one takes the keys
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "r")  # R on the board: the room sees them
    assert face_up(window) == TEXTS
    window.close()
    window = open_again(qtbot, theme, path)
    assert face_up(window) == TEXTS  # seen once: shown on reopening
    window.close()
