"""Everything that lives as long as one open session goes when the session closes."""

import socket

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from test_live_voting import LOOPBACK
from test_voting import PROCESS

from kotter_workshop.ui.main_window import MainWindow

CHANGED = "2changed(PyObject)"  # the document's change stream, in Qt's SIGNAL() spelling


@pytest.fixture
def demo(qtbot, theme, guard):
    """The demo session opened as the File menu opens it, in a focused window."""
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.phone_voting.options = LOOPBACK  # never any address but loopback in tests
    window.files.open_demo()
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deck.go(window.deck.keys.index(PROCESS))
    return window


def refused(port: int) -> bool:
    """A real connection to the port: refused means nobody listens there."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return False
    except ConnectionRefusedError:
        return True


def bindable(port: int) -> bool:
    """A new server could listen there (as servers do, past connections' TIME_WAIT)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def open_voting(qtbot, window) -> int:
    qtbot.keyClick(window, "v")
    live = window.phone_voting.live
    assert live is not None and live.is_open
    port = int(live.url.split(":")[2].split("/")[0])
    assert not refused(port)  # the phones can reach it while the session is open
    return port


def test_closing_to_the_start_screen_frees_the_phone_port(demo, qtbot):
    port = open_voting(qtbot, demo)
    live = demo.phone_voting.live
    scope = demo.scope
    timers = [
        t
        for o in (scope, scope.capture, scope.navigation, scope.timer, live)
        for t in o.findChildren(QTimer)
    ]
    demo.document_actions["close"].trigger()  # File → Close
    assert demo.stack.currentWidget() is demo.start  # the start screen, no session
    qtbot.waitUntil(lambda: refused(port), timeout=5000)
    assert bindable(port)
    assert not live.server.running
    qtbot.wait(50)  # deleteLater runs
    assert [t for t in timers if isValid(t) and t.isActive()] == []  # no timer of it runs


def test_nothing_of_a_closed_session_outlives_it(demo, qtbot):
    """File → Close: the scope's objects are deleted, their timers stopped, signals cut."""
    port = open_voting(qtbot, demo)
    qtbot.keyClick(demo, "t")  # the agenda item's timer runs
    scope = demo.scope
    document = scope.document
    owned = [scope, scope.capture, scope.navigation, scope.timer, scope.live]
    timers = [t for o in owned for t in o.findChildren(QTimer)]
    assert any(t.isActive() for t in timers)  # the timer ticks
    listening = document.receivers(CHANGED)
    assert listening > 0
    demo.document_actions["close"].trigger()  # File → Close
    assert demo.scope is None and demo.phone_voting.live is None
    assert [t for t in timers if isValid(t) and t.isActive()] == []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [type(o).__name__ for o in owned if isValid(o)] == []  # deleted, all of it
    assert refused(port) and bindable(port)
    for signal in (CHANGED, "2refused(QString)", "2title_changed()", "2file_changed()"):
        assert document.receivers(signal) == 0, signal  # nothing is left listening


def test_opening_another_session_ends_the_first_ones_voting(demo, qtbot):
    port = open_voting(qtbot, demo)
    first = demo.scope
    demo.files.open_demo()
    assert demo.scope is not first and demo.phone_voting.live is None
    qtbot.waitUntil(lambda: refused(port), timeout=5000)
    assert bindable(port)


def test_quitting_frees_the_phone_port(demo, qtbot):
    port = open_voting(qtbot, demo)
    demo.close()
    qtbot.waitUntil(lambda: refused(port), timeout=5000)
    assert bindable(port) and demo.scope is None


def test_the_window_holds_none_of_the_sessions_parts(demo):
    """Layout only: the document, capture, navigation, timer and phone voting are the
    scope's, and the window has no attribute that hands out any of them."""
    scope = demo.scope
    demo.phone_voting.toggle()  # the phone voting exists too
    parts = (scope.document, scope.capture, scope.navigation, scope.timer, scope.live)
    assert None not in parts
    owned = {id(part) for part in parts}
    names = [name for name in dir(type(demo)) if not name.startswith("__")]
    held = []
    for name in names + list(vars(demo)):
        try:
            value = getattr(demo, name)
        except (AttributeError, RuntimeError, TypeError):
            continue
        if id(value) in owned:
            held.append(name)
    demo.phone_voting.toggle()
    assert held == []
