"""After View → Language → Deutsch and back, every key still does what it did.

The keys are real key events sent to the window (QTest, through qtbot), as a
facilitator's keyboard sends them; the menus are never touched for them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import getCppPointer
from test_every_menu import DialogCloser
from test_live_voting import LOOPBACK
from test_themes_and_languages import menu_action, menu_titles
from test_voting import PROCESS

from kotter_workshop.ui.i18n import install_language
from kotter_workshop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    install_language("en")
    QApplication.processEvents()


@pytest.fixture
def demo(qtbot, theme, guard):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.phone_voting.options = LOOPBACK  # never any address but loopback in tests
    window.files.open_demo()
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    window.phone_voting.detach()


def to_german_and_back(qtbot, window) -> None:
    menu_action(window, "View", "Language", "Deutsch").trigger()
    qtbot.waitUntil(lambda: "Datei" in menu_titles(window))
    menu_action(window, "Ansicht", "Sprache", "English").trigger()
    qtbot.waitUntil(lambda: "File" in menu_titles(window))
    qtbot.wait(20)  # anything queued by the switch has run
    active(qtbot, window)


def active(qtbot, window) -> None:
    """The window has the keyboard again (after a dialog), as when the facilitator clicks it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_language_switch_keeps_every_key_working(demo, qtbot):
    before = window_actions(demo)
    named = dict(demo.actions_by_name)
    to_german_and_back(qtbot, demo)
    demo.deck.go(demo.deck.keys.index(PROCESS))
    ballots = len(demo.scope.document.session.ballots)

    qtbot.keyClick(demo, "4")  # a tally vote
    assert len(demo.scope.document.session.ballots) == ballots + 1
    qtbot.keyClick(demo, Qt.Key.Key_Z, CTRL)  # Ctrl+Z undoes it
    assert len(demo.scope.document.session.ballots) == ballots

    closer = DialogCloser()
    closer.timer.start()
    qtbot.keyClick(demo, Qt.Key.Key_N, CTRL)  # New Session… opens its dialog (closed again)
    assert closer.met == ["NewSessionDialog"]
    active(qtbot, demo)
    qtbot.keyClick(demo, Qt.Key.Key_O, CTRL)  # Open… its file dialog
    assert closer.met[1:] == ["QFileDialog"]
    closer.timer.stop()
    active(qtbot, demo)

    qtbot.keyClick(demo, "v")  # V opens phone voting on the slide's process
    live = demo.phone_voting.live
    assert live is not None and live.is_open
    qtbot.keyClick(demo, "v")
    assert not live.is_open

    # the same actions, not new ones beside deleted ones (one shortcut, one action)
    assert window_actions(demo) == before
    assert all(demo.actions_by_name[name] is action for name, action in named.items())


def window_actions(window) -> set[int]:
    """The window's own actions (those its keys reach), by their Qt object."""
    return {getCppPointer(action)[0] for action in window.actions()}


def test_no_shortcut_belongs_to_two_actions_after_a_language_switch(demo, qtbot):
    to_german_and_back(qtbot, demo)
    to_german_and_back(qtbot, demo)
    owners: dict[str, list[str]] = {}
    for action in demo.actions():
        for keys in action.shortcuts():
            owners.setdefault(keys.toString(), []).append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
