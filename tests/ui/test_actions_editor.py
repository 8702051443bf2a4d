"""The actions slide: add, edit and delete actions in place, each one undoable step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

CTRL = Qt.KeyboardModifier.ControlModifier


def actions_of(window):
    return [(a.text, a.owner, a.due) for a in window.document.session.actions]


def open_actions(window):
    window.deck.go(window.deck.keys.index("actions"))
    return window.deck.slide().editor


def check_undo_redo(qtbot, window, before, after):
    assert actions_of(window) == after
    window.document.undo_stack.undo()
    assert actions_of(window) == before
    window.document.undo_stack.redo()
    assert actions_of(window) == after


def test_adding_and_editing_an_action_from_the_keyboard(window, qtbot):
    editor = open_actions(window)
    before = actions_of(window)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    after_add = actions_of(window)
    assert after_add[-1][0] == "New action"
    check_undo_redo(qtbot, window, before, after_add)
    new = window.document.session.actions[-1].id
    text = editor.field(new, "text")
    text.setFocus()
    text.selectAll()
    qtbot.keyClicks(text, "Book the offsite")
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # Tab commits and moves on to the owner
    owner = editor.field(new, "owner")
    assert owner.hasFocus()
    qtbot.keyClicks(owner, "Ines")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    due = editor.field(new, "due")
    qtbot.keyClicks(due, "2027-02-01")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    after = actions_of(window)
    assert after[-1] == ("Book the offsite", "Ines", dt.date(2027, 2, 1))
    check_undo_redo(qtbot, window, after[:-1] + [("Book the offsite", "Ines", None)], after)


def test_esc_reverts_a_field_and_a_bad_date_is_refused(window, qtbot):
    editor = open_actions(window)
    before = actions_of(window)
    first = window.document.session.actions[0].id
    owner = editor.field(first, "owner")
    owner.setFocus()
    qtbot.keyClicks(owner, "zzz")
    qtbot.keyClick(owner, Qt.Key.Key_Escape)
    assert owner.text() == before[0][1]
    due = editor.field(first, "due")
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "soon")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert actions_of(window) == before and due.text() == before[0][2].isoformat()


def test_deleting_an_action(window, qtbot):
    editor = open_actions(window)
    before = actions_of(window)
    first = window.document.session.actions[0].id
    delete = editor.rows[first][1]
    assert isinstance(delete, QToolButton)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    after = actions_of(window)
    assert after == before[1:]
    check_undo_redo(qtbot, window, before, after)
    assert list(editor.rows) == [a.id for a in window.document.session.actions]
