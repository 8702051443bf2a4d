"""A real main window on the demo session, driven through qtbot.

Two checks hold for every test here: a Qt warning fails it (pytest-qt's
``qt_log_level_fail`` in pyproject.toml), and so does an error that would reach
the "Something went wrong" dialog (below).
"""

import re
import sys

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui import app
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.keys import install_guard
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.theme import Theme


@pytest.fixture(autouse=True)
def _crash_dialog_fails_the_test(request, monkeypatch):
    """An error that would reach the crash dialog fails the test that caused it.

    In the app, an exception in a slot or a Qt virtual method goes to the crash
    guard (``ui.app.install_crash_guard``) and its dialog. In a test, pytest-qt's
    exception capture fails the test instead; it must stay on. Where a test has
    the guard installed, the dialog is recorded, not shown (it is modal), and fails
    the test. A test that means to show it says so with ``@pytest.mark.crash_dialog``.
    """
    assert not request.config.getini("qt_no_exception_capture"), (
        "pytest-qt's exception capture is off: errors in slots would pass unseen"
    )
    assert request.node.get_closest_marker("qt_no_exception_capture") is None, (
        "a test may not turn off pytest-qt's exception capture"
    )
    if request.node.get_closest_marker("crash_dialog") is not None:
        yield
        return
    shown: list[str] = []
    monkeypatch.setattr(app, "show_crash_dialog", lambda window, sentence: shown.append(sentence))
    yield
    if shown:
        pytest.fail("the crash dialog would have shown: " + " | ".join(shown), pytrace=False)


@pytest.fixture(autouse=True)
def _qt_warnings_fail_the_test(request):
    """A Qt warning fails the test however pytest runs, also with ``-s``.

    pytest-qt fails a test on a Qt warning (``qt_log_level_fail`` in pyproject.toml),
    but only while it captures Qt's messages: ``-s`` and ``--no-qt-log`` turn that
    off. Then this fixture listens instead, with the same list of ignored messages.
    No test may lower the level or stop the capture for itself.
    """
    for marker in ("no_qt_log", "qt_log_level_fail", "qt_log_ignore"):
        assert request.node.get_closest_marker(marker) is None, f"a test may not use {marker}"
    if hasattr(request.node, "qt_log_capture"):  # pytest-qt listens
        yield
        return
    ignored = [re.compile(pattern) for pattern in request.config.getini("qt_log_ignore")]
    heard: list[str] = []
    failing = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)

    def listen(kind, _context, message) -> None:
        print(message, file=sys.stderr)
        if kind in failing and not any(pattern.search(message) for pattern in ignored):
            heard.append(message)

    previous = qInstallMessageHandler(listen)
    yield
    qInstallMessageHandler(previous)
    if heard:
        pytest.fail("Qt warned: " + " | ".join(heard), pytrace=False)


@pytest.fixture
def theme(qapp):
    theme = Theme()
    theme.apply(qapp)
    return theme


@pytest.fixture
def guard(qapp):
    guard = install_guard(qapp)
    yield guard
    qapp.removeEventFilter(guard)
    guard.deleteLater()


@pytest.fixture
def window(qtbot, theme, guard):
    """The demo session in a 1920×1080 window that has the focus."""
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(demo_session()))
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
