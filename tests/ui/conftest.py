"""A real main window on the demo session, driven through qtbot."""

import pytest
from PySide6.QtWidgets import QApplication

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.keys import install_guard
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.theme import Theme


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
