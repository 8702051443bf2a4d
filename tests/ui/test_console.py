"""The console's parts: speaker notes, the agenda editor, and the timer where people see it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox
from test_timer import FakeClock

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.presenting.agenda_editor import NUMBER, PLANNED, TITLE
from kotter_workshop.ui.presenting.speaker_notes import draft_key


@pytest.fixture
def console(window):
    window.actions_by_name["console"].trigger()  # one screen: the console, to prepare
    return window.console


def test_typing_speaker_notes_holds_the_slide_keys_and_ctrl_return_keeps_them(
    window, console, qtbot
):
    notes = console.notes
    session = window.scope.document.session
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Smile.")
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_T):
        qtbot.keyClick(notes, key)  # a clicker's PageDown waits for the edit to end
    assert window.deck.index == 0 and not window.room.blanked and not window.scope.timer.running
    assert session.speaker_notes["title"] == demo_session().speaker_notes["title"]
    steps = window.scope.document.undo_stack.count()
    qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.speaker_notes["title"].startswith("Welcome everyone.")
    assert " Smile. bt" in session.speaker_notes["title"]
    assert window.scope.document.undo_stack.count() == steps + 1
    assert not notes.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the edit has ended: the slide moves
    assert window.deck.index == 1
    assert notes.toPlainText() == session.speaker_notes.get("tasks", "")
    window.scope.document.undo_stack.undo()
    assert session.speaker_notes["title"] == demo_session().speaker_notes["title"]


def test_esc_cancels_the_notes_edit_and_does_nothing_else(window, console, qtbot):
    notes = console.notes
    before = notes.toPlainText()
    window._enter_full_screen()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "oops")
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert notes.toPlainText() == before
    assert window.scope.document.session.speaker_notes["title"] == before
    assert window.isFullScreen()  # Esc ended the edit, not the presentation


def test_notes_being_typed_are_kept_as_a_draft_within_a_second(qtbot, theme, guard, tmp_path):
    from kotter_workshop.ui.main_window import MainWindow

    path = tmp_path / "notes.kotter"
    write_new_file(demo_session(), path)
    opened = open_session_file(path)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(opened.session, opened))
    window.show()
    window.actions_by_name["console"].trigger()
    notes = window.console.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Draft")
    qtbot.waitUntil(lambda: draft_key("title") in opened.drafts(), timeout=1000)
    assert opened.drafts()[draft_key("title")].startswith("Draft")
    assert window.scope.document.undo_stack.count() == 0  # a draft is not an edit yet
    notes.commit()
    assert draft_key("title") not in opened.drafts()
    window.close()


def test_planned_minutes_are_edited_in_the_agenda_and_undone(window, console, qtbot):
    agenda = console.agenda
    session = window.scope.document.session
    cell = agenda.item(2, PLANNED)
    assert cell.text() == "20 min"
    agenda.setCurrentItem(cell)
    agenda.editItem(cell)
    editor = agenda.findChild(QSpinBox)
    assert editor is not None and editor.value() == 20
    editor.selectAll()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on the next turn of the loop
    qtbot.waitUntil(lambda: session.agenda[2].planned_seconds == 25 * 60)
    assert agenda.item(2, PLANNED).text() == "25 min"
    window.scope.document.undo_stack.undo()
    assert session.agenda[2].planned_seconds == 20 * 60
    assert agenda.item(2, PLANNED).text() == "20 min"


def test_an_agenda_item_is_renamed_in_place(window, console, qtbot):
    agenda = console.agenda
    cell = agenda.item(0, TITLE)
    agenda.setCurrentItem(cell)
    agenda.editItem(cell)
    editor = agenda.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Hello")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scope.document.session.agenda[0].title == "Hello")
    assert "Hello" in window.position.text()


def test_the_agenda_marks_where_the_room_is_and_goes_where_asked(window, console, qtbot):
    agenda = console.agenda
    assert agenda.item(0, NUMBER).text() == "▶ 1"
    window.scope.navigation.go(window.scope.navigation.keys.index("summary"))
    assert agenda.item(5, NUMBER).text() == "▶ 6"
    agenda.cellDoubleClicked.emit(2, NUMBER)
    assert window.deck.current_key == "process:setting-direction"


def test_the_timer_warns_in_words_and_colour_on_the_console_and_projector(window, console):
    clock = FakeClock()
    timer = window.scope.timer
    timer.clock = clock
    window.actions_by_name["projector_timer"].trigger()
    badge = window.room.badge
    timer.start()
    clock.advance(4 * 60 + 5)  # Welcome: 5 minutes planned
    timer.tick()
    panel = console.timer_panel
    assert panel.clock.text() == "0:55"
    assert "⚠ One minute left" in panel.words.text()
    assert panel.clock.property("timer") == "last-minute"
    assert badge.isVisibleTo(window.room) and "One minute left" in badge.text()
    clock.advance(70)
    timer.tick()
    assert panel.clock.text() == "+0:15" and "Time is up" in panel.words.text()
    assert badge.property("timer") == "over" and "Time is up" in badge.text()
    assert badge.font().pixelSize() >= 32  # the room reads it from the back
    window.toggle_blank()
    assert not badge.isVisibleTo(window.room)  # blank means black


def test_a_read_only_session_shows_notes_and_agenda_but_takes_no_edits(
    qtbot, theme, guard, tmp_path
):
    from kotter_workshop.ui.main_window import MainWindow

    path = tmp_path / "ro.kotter"
    write_new_file(demo_session(), path)
    opened = open_session_file(path, read_only=True)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(opened.session, opened))
    window.actions_by_name["console"].trigger()
    assert window.console.notes.isReadOnly()
    assert not (window.console.agenda.item(0, PLANNED).flags() & Qt.ItemFlag.ItemIsEditable)
    agenda = window.console.agenda
    agenda.selectRow(1)
    assert not agenda.move_up_action.isEnabled() and not agenda.remove_action.isEnabled()
    assert not agenda.add_menu.isEnabled()
    window.close()


def titles(window):
    return [item.title for item in window.scope.document.session.agenda]


def test_alt_down_moves_an_agenda_item_and_the_slides_follow(window, console, qtbot):
    agenda = console.agenda
    before = titles(window)
    keys_before = list(window.scope.navigation.keys)
    agenda.setFocus()
    agenda.selectRow(0)
    assert agenda.move_down_action.isEnabled() and not agenda.move_up_action.isEnabled()
    qtbot.keyClick(agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(window) == [before[1], before[0], *before[2:]]
    assert window.scope.navigation.keys[:2] == ["tasks", "title"]  # the deck's order follows
    assert agenda.item(1, TITLE).text() == before[0] and agenda.currentRow() == 1
    window.scope.document.undo_stack.undo()
    assert titles(window) == before and window.scope.navigation.keys == keys_before


def test_an_item_left_out_of_the_agenda_can_be_put_back(window, console, qtbot):
    agenda = console.agenda
    session = window.scope.document.session
    before = titles(window)
    row = before.index("Parking lot")
    agenda.setFocus()
    agenda.selectRow(row)
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)
    assert "Parking lot" not in titles(window)
    assert "parking" not in window.scope.navigation.keys  # the room will not see it
    assert agenda.rowCount() == len(before) - 1
    agenda.add_menu.aboutToShow.emit()
    offered = [a.text() for a in agenda.add_menu.actions()]
    assert offered == ["Parking lot"]
    agenda.selectRow(0)
    agenda.add_menu.actions()[0].trigger()  # goes in after the selected item
    assert titles(window)[1] == "Parking lot"
    assert window.scope.navigation.keys[1] == "parking"
    added = session.agenda[1]
    assert added.slides == ("parking",) and added.planned_seconds == 10 * 60
    agenda.add_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in agenda.add_menu.actions()] == [False]  # nothing left out
    window.scope.document.undo_stack.undo()
    window.scope.document.undo_stack.undo()
    assert titles(window) == before


def test_the_last_agenda_item_cannot_be_removed(window, console, qtbot):
    from kotter_workshop.domain.commands import ArrangeAgenda

    session = window.scope.document.session
    window.scope.document.do(ArrangeAgenda([session.agenda[0].id]))
    agenda = console.agenda
    agenda.selectRow(0)
    assert not agenda.remove_action.isEnabled()
    agenda.remove_selected()
    assert len(session.agenda) == 1


def test_when_the_rooms_slide_leaves_the_agenda_the_next_one_takes_its_place(window, console):
    from kotter_workshop.domain.commands import ArrangeAgenda

    session = window.scope.document.session
    window.scope.navigation.go(window.scope.navigation.keys.index("summary"))
    summary = next(item for item in session.agenda if item.slides == ("summary",))
    window.scope.document.do(ArrangeAgenda([i.id for i in session.agenda if i is not summary]))
    assert window.deck.current_key == "parking"
