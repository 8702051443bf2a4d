"""What the facilitator is told, and where: the timer's warning around its text, a wrong date
at its field at the slide's size, the date's hint whole, and Ctrl+S saying where the work is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_timer import FakeClock

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.presenting.timer import TimerState

CTRL = Qt.KeyboardModifier.ControlModifier


WARNING_BORDER = 3  # px: the timer's warning border (theme.qss, QLabel[timer=...])


def text_fits(label) -> bool:
    """The label's text box lies inside the border the theme draws at its edges, and the
    text fits that box: the border goes around the text, never over it."""
    inside = label.contentsRect()
    border = WARNING_BORDER
    within = label.rect().adjusted(border, border, -border, -border)
    metrics = label.fontMetrics()
    return (
        within.contains(inside)
        and metrics.horizontalAdvance(label.text()) <= inside.width()
        and metrics.height() <= inside.height()
    )


# -- the timer's warning ---------------------------------------------------------------------
def test_the_timer_warning_border_goes_around_the_clock_and_the_status_text(window, qtbot):
    clock = FakeClock()
    window.scope.timer.clock = clock
    window.scope.timer.set_item(window.scope.document.session.agenda[0].id)  # Welcome: 5 minutes
    console = window._ensure_console()
    window.show_console()
    status = window.timer_status
    window.scope.timer.start()
    QApplication.processEvents()
    clock.advance(4 * 60 + 2)
    window.scope.timer.tick()
    assert window.scope.timer.state() is TimerState.LAST_MINUTE
    QApplication.processEvents()
    assert console.timer_panel.clock.text() == "0:58"
    assert "One minute left" in status.text()
    for label in (status, console.timer_panel.clock, console.timer_panel.words):
        assert text_fits(label), (label.text(), label.contentsRect(), label.size())
    clock.advance(120)
    window.scope.timer.tick()
    assert window.scope.timer.state() is TimerState.OVER
    QApplication.processEvents()
    for label in (status, console.timer_panel.clock):
        assert text_fits(label), (label.text(), label.contentsRect(), label.size())


# -- a date that is not one -------------------------------------------------------------------
def open_actions(window):
    window.deck.go(window.deck.keys.index("actions"))
    return window.deck.slide().editor


def test_a_wrong_date_is_told_at_its_field_and_kept_to_correct(window, qtbot):
    editor = open_actions(window)
    action = window.scope.document.session.actions[0]
    due = editor.field(action.id, "due")
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "31.12.2026")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert window.scope.document.session.actions[0].due == action.due  # nothing changed
    assert due.text() == "31.12.2026"  # kept as typed, to correct
    problem = editor.problem
    assert problem.isVisible()
    assert problem.text().startswith("“31.12.2026” is not a date.")
    assert "2026-12-31" in problem.text() or "-12-31" in problem.text()
    assert problem.font().pixelSize() >= 32  # the slide's text size at 1080p, not 13 px
    slide = window.deck.slide()
    where = problem.geometry().translated(editor.mapTo(slide, problem.pos()) - problem.pos())
    assert slide.rect().contains(where)
    # corrected in place: accepted, and the sentence goes
    due.selectAll()
    qtbot.keyClicks(due, "2026-12-31")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert window.scope.document.session.actions[0].due == dt.date(2026, 12, 31)
    assert not problem.isVisible()


def test_esc_puts_the_old_date_back_and_clears_the_sentence(window, qtbot):
    editor = open_actions(window)
    action = window.scope.document.session.actions[0]
    due = editor.field(action.id, "due")
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "soon")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert editor.problem.isVisible()
    qtbot.keyClick(due, Qt.Key.Key_Escape)
    assert due.text() == action.due.isoformat()
    assert not editor.problem.isVisible()


def test_the_date_hint_fits_its_field_in_the_rooms_language(qtbot, theme, guard):
    for language, hint in (("en", "YYYY-MM-DD"), ("de", "JJJJ-MM-TT")):
        for size in ((1920, 1080), (1024, 768)):
            window = MainWindow(theme)
            qtbot.addWidget(window)
            session = new_session(SessionInfo(title="Hints", language=language))
            window.set_document(Document(session))
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
            editor = open_actions(window)
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
            due = editor.field(window.scope.document.session.actions[-1].id, "due")
            assert due.text() == "" and due.placeholderText() == hint
            room = due.contentsRect().width() - 8  # the line edit's own text margins
            assert due.fontMetrics().horizontalAdvance(hint) <= room, (language, size)
            window.close()


# -- Ctrl+S -------------------------------------------------------------------------------------
def test_ctrl_s_says_every_change_is_in_the_file(qtbot, theme, guard, tmp_path):
    path = tmp_path / "team day.kotter"
    write_new_file(new_session(SessionInfo(title="Team day")), path)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(path)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deck.go(window.deck.keys.index("process:aligning-people"))
    window.scope.capture.digit(4)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "All changes are saved in team day.kotter."
    with open_session_file(path, read_only=True) as opened:  # and it is so
        assert [b.value for b in opened.session.ballots] == [4]
    window.close()


def test_ctrl_s_on_the_demo_says_it_has_no_file(window, qtbot):
    window.files.open_demo()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == (
        "This demo is not kept in a file. Use Save As to keep it."
    )
