"""One numbering of where the room is (the agenda's), the agenda's total, and a new session's
title in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from test_file_workflows import when_dialog
from test_timer import FakeClock

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import EditAgendaItem
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.files.new_session_dialog import NewSessionDialog
from kotter_workshop.ui.i18n import install_language
from kotter_workshop.ui.main_window import MainWindow


# -- one numbering ------------------------------------------------------------------------------
def test_the_status_bar_numbers_the_room_as_the_agenda_does(window, qtbot):
    agenda = window.scope.document.session.agenda
    assert window.position.text() == f"Item 1 of {len(agenda)} · {agenda[0].title}"
    window.scope.navigation.go_to_item(agenda[2].id)  # a pair: two slides of three steps
    assert window.position.text() == (f"Item 3 of {len(agenda)} · {agenda[2].title} · step 1 of 6")
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.position.text().endswith("· step 5 of 6")
    # the console's agenda and Ctrl+G use the same numbers
    console = window._ensure_console()
    assert console.agenda.item(2, 0).text().endswith("3")
    parking = next(i for i, item in enumerate(agenda, 1) if item.title == "Parking lot")
    window.scope.navigation.go_to_item(agenda[parking - 1].id)
    assert window.position.text() == f"Item {parking} of {len(agenda)} · Parking lot"
    seen = []
    when_dialog(lambda dialog: (seen.append(dialog.comboBoxItems()), dialog.reject()))
    window.actions_by_name["go_to"].trigger()  # Slides → Go to agenda item…
    assert f"{parking}. Parking lot" in seen[0]


# -- the agenda's total -------------------------------------------------------------------------
def test_the_agenda_shows_its_planned_total_and_the_time_so_far(qtbot, theme, guard):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(new_session(SessionInfo(title="Timed"))))
    clock = FakeClock()
    window.scope.timer.clock = clock
    window.scope.timer.set_item(window.scope.document.session.agenda[0].id)
    console = window._ensure_console()
    window.show_console()
    window.show()
    qtbot.waitExposed(window)
    agenda = window.scope.document.session.agenda
    planned = sum(item.planned_seconds for item in agenda) // 60
    shown = [lb for lb in console.findChildren(QLabel) if lb.isVisible()]
    total = next((lb for lb in shown if lb.text().startswith("Total:")), None)
    assert total is not None, "the console shows no total for the agenda"
    assert total.text() == f"Total: {planned} min planned · 0:00 so far"
    first = agenda[0]
    window.scope.document.do(EditAgendaItem(first.id, planned_seconds=first.planned_seconds + 600))
    assert total.text().startswith(f"Total: {planned + 10} min planned")
    window.scope.timer.start()
    clock.advance(75)
    window.scope.timer.tick()
    assert total.text().endswith("· 1:15 so far")
    window.scope.timer.pause()
    window.scope.navigation.go(1)  # the next item runs on from what the first one took
    window.scope.timer.start()
    clock.advance(30)
    window.scope.timer.tick()
    assert total.text().endswith("· 1:45 so far")


# -- a new session's title ----------------------------------------------------------------------
def test_a_new_session_starts_untitled_in_the_apps_language(qtbot):
    # Windows of earlier tests, closed but not yet deleted, would take the language change
    # and rebuild their menus after they are gone: let them go first.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    try:
        install_language("de")
        dialog = NewSessionDialog(SessionInfo())
        qtbot.addWidget(dialog)
        assert dialog.title.text() == ""
        assert dialog.title.placeholderText() == "Sitzung ohne Titel"
        assert dialog.info().title == "Sitzung ohne Titel"
        assert isinstance(dialog.title, QLineEdit)
    finally:
        install_language("en")
        QApplication.processEvents()
    dialog = NewSessionDialog(SessionInfo())
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "" and dialog.title.placeholderText() == "Untitled session"
    assert dialog.info().title == "Untitled session"
