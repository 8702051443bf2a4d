"""The actions slide: add, edit and delete actions in place, each one undoable step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

CTRL = Qt.KeyboardModifier.ControlModifier


def actions_of(window):
    return [(a.text, a.owner, a.due) for a in window.scope.document.session.actions]


def open_actions(window):
    window.deck.go(window.deck.keys.index("actions"))
    return window.deck.slide().editor


def check_undo_redo(qtbot, window, before, after):
    assert actions_of(window) == after
    window.scope.document.undo_stack.undo()
    assert actions_of(window) == before
    window.scope.document.undo_stack.redo()
    assert actions_of(window) == after


def test_adding_and_editing_an_action_from_the_keyboard(window, qtbot):
    editor = open_actions(window)
    before = actions_of(window)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    after_add = actions_of(window)
    assert after_add[-1][0] == "New action"
    check_undo_redo(qtbot, window, before, after_add)
    new = window.scope.document.session.actions[-1].id
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
    first = window.scope.document.session.actions[0].id
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
    # refused, and kept as typed so it can be corrected (test_facilitator_signs.py)
    assert actions_of(window) == before and due.text() == "soon"


def test_deleting_an_action(window, qtbot):
    editor = open_actions(window)
    before = actions_of(window)
    first = window.scope.document.session.actions[0].id
    delete = editor.rows[first][1]
    assert isinstance(delete, QToolButton)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    after = actions_of(window)
    assert after == before[1:]
    check_undo_redo(qtbot, window, before, after)
    assert list(editor.rows) == [a.id for a in window.scope.document.session.actions]


LONG = (
    "Agree with the regional managers how the new customer promise will be explained "
    "to every team before the spring launch, including who answers the front line"
)


def test_a_long_action_wraps_so_the_room_reads_all_of_it(window, qtbot):
    from kotter_workshop.domain.commands import PutAction
    from kotter_workshop.domain.model import Action

    window.scope.document.do(PutAction(Action(LONG, "Amira")))
    editor = open_actions(window)
    long_field = editor.field(window.scope.document.session.actions[-1].id, "text")
    short_field = editor.field(window.scope.document.session.actions[0].id, "text")
    qtbot.waitUntil(lambda: long_field.height() > short_field.height())
    assert long_field.text() == LONG
    lines = round(long_field.document().size().height())
    assert lines >= 2
    # every line is inside the field: nothing is scrolled or cut off
    assert long_field.viewport().height() >= lines * long_field.fontMetrics().lineSpacing()
    assert long_field.verticalScrollBar().maximum() == 0
    assert long_field.geometry().right() <= editor.width()


def test_the_action_text_commits_on_enter_and_a_pasted_line_break_is_a_space(window, qtbot):
    editor = open_actions(window)
    first = window.scope.document.session.actions[0].id
    text = editor.field(first, "text")
    text.setFocus()
    text.selectAll()
    qtbot.keyClicks(text, "Two")
    text.insertPlainText("\nlines")  # what a paste does
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert window.scope.document.session.actions[0].text == "Two lines"
    assert text.toPlainText() == "Two lines" and text.hasFocus()
    window.scope.document.undo_stack.undo()
    assert window.scope.document.session.actions[0].text != "Two lines"


def test_a_half_typed_action_is_kept_as_a_draft_and_comes_back(tmp_path, qtbot, theme):
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.store import open_session_file
    from kotter_workshop.store.file import write_new_file
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.whiteboard.actions_editor import ActionsEditor

    path = tmp_path / "s.kotter"
    write_new_file(demo_session(), path)
    file = open_session_file(path)
    document = Document(file.session, file)
    editor = ActionsEditor(file.session, document)
    qtbot.addWidget(editor)
    editor.show()
    first = file.session.actions[0]
    field = editor.field(first.id, "text")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Half typed")
    qtbot.waitUntil(lambda: "Half typed" in file.drafts().values(), timeout=1500)
    assert document.undo_stack.count() == 0 and file.session.actions[0] == first
    again = ActionsEditor(file.session, document)  # after a crash
    qtbot.addWidget(again)
    again.show()
    again.restore_drafts()
    back = again.field(first.id, "text")
    assert back.text() == "Half typed" and back.isModified()
    qtbot.keyClick(back, Qt.Key.Key_Escape)  # Esc discards it
    assert file.drafts() == {} and back.text() == first.text
    file.close()


def test_a_pasted_page_scrolls_instead_of_pushing_the_other_actions_off(window, qtbot):
    from kotter_workshop.domain.commands import PutAction
    from kotter_workshop.domain.model import Action
    from kotter_workshop.ui.whiteboard.actions_editor import MAX_LINES

    long = ("word " * 100).strip()  # 499 characters: near an action's limit of 500
    assert window.scope.document.do(PutAction(Action(long, "Amira")))
    window.scope.document.do(PutAction(Action("<b>not bold</b> & مرحبا 你好", "Ben")))
    editor = open_actions(window)
    actions = window.scope.document.session.actions
    huge = editor.field(actions[-2].id, "text")
    after = editor.field(actions[-1].id, "text")
    qtbot.waitUntil(lambda: huge.verticalScrollBar().maximum() > 0)
    assert huge.height() <= (MAX_LINES + 1) * huge.fontMetrics().lineSpacing()
    assert after.text() == "<b>not bold</b> & مرحبا 你好"  # odd text stays text
    bottom = after.mapTo(window.deck.slide(), after.rect().bottomLeft()).y()
    assert bottom <= window.deck.slide().height()  # the next action is still on the slide
