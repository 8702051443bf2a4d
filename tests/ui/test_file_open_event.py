"""macOS opens documents with a QFileOpenEvent to the app; it opens like File > Open."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.app import FileOpenEvents
from kotter_workshop.ui.main_window import MainWindow


@pytest.fixture
def events(qapp):
    events = FileOpenEvents(qapp)
    yield events
    qapp.removeEventFilter(events)
    events.deleteLater()


@pytest.fixture
def window(qtbot, theme, guard):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.show_start()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "Finder double-click.kotter"  # a fresh session: no question first
    write_new_file(new_session(SessionInfo(title="Opened from Finder")), path)
    return path


def test_a_file_open_event_opens_the_session_in_the_window(
    qapp, qtbot, events, window, session_file
):
    events.ready(window)

    qapp.postEvent(qapp, QFileOpenEvent(str(session_file)))

    qtbot.waitUntil(lambda: window.scope is not None)
    assert window.scope.document.path == session_file
    assert window.scope.document.session.info.title == "Opened from Finder"


def test_a_file_open_event_as_a_url_opens_too(qapp, qtbot, events, window, session_file):
    events.ready(window)

    qapp.postEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(session_file))))

    qtbot.waitUntil(lambda: window.scope is not None)
    assert window.scope.document.path == session_file


def test_a_file_open_event_before_the_window_is_ready_waits_for_it(
    qapp, qtbot, events, window, session_file
):
    qapp.postEvent(qapp, QFileOpenEvent(str(session_file)))
    qtbot.waitUntil(lambda: events.waiting == [session_file])
    assert window.scope is None

    events.ready(window)

    assert window.scope is not None
    assert window.scope.document.path == session_file
    assert events.waiting == []
