"""The whiteboard, driven like a facilitator does: keys, clicks and drags on a real window.

Every gesture is checked in the model, and after undo and redo.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kotter_workshop.domain.commands import PutNotes
from kotter_workshop.domain.model import Note

CTRL = Qt.KeyboardModifier.ControlModifier
SD = "process:setting-direction"


def open_board(window, key: str = SD):
    """Show the panel of a slide (a process slide's notes step) and give it the focus."""
    deck = window.deck
    deck.go(deck.keys.index(key), phase=-1)
    board = deck.slide().board
    board.view.setFocus()
    return board


def notes_of(board):
    """The model's notes of the board's panel: (text, colour, x, y, votes, cluster)."""
    return [(n.text, str(n.color), n.x, n.y, n.votes, n.cluster) for n in board.scene.panel.notes]


def clusters_of(board):
    return [(c.title, c.x, c.y) for c in board.scene.panel.clusters]


def undo(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def check_undo_redo(qtbot, window, read, before, after):
    """The gesture was one step: undo gives ``before`` exactly, redo ``after``."""
    assert read() == after
    undo(qtbot, window)
    assert read() == before
    redo(qtbot, window)
    assert read() == after


@pytest.fixture
def board(window):
    return open_board(window)


def read(board):
    return lambda: (notes_of(board), clusters_of(board))


def select(board, *indexes):
    notes = board.scene.panel.notes
    board.scene.select_only([notes[i].id for i in indexes])


def test_the_third_step_of_a_process_slide_is_its_panel_with_room_sized_text(window, board):
    assert window.deck.current_key == SD and window.deck.slide().phase == 2
    item = board.scene.notes[board.scene.panel.notes[0].id]
    on_screen = item.text.font().pixelSize() * board.view.transform().m11()
    assert on_screen >= 36  # the letters measure at least 32 px at 1080p
    assert board.view.hasFocus()


def test_n_adds_a_note_typed_in_place_and_ctrl_return_commits_one_step(window, board, qtbot):
    before = read(board)()
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    assert board.controller.edit is not None
    qtbot.keyClicks(board.view, "Budget owner unclear")
    qtbot.keyClick(board.view, Qt.Key.Key_Return)  # a new line, not "edit"
    qtbot.keyClicks(board.view, "n+1")  # N and + type while editing
    assert notes_of(board) == before[0]  # nothing in the model until committed
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    after = read(board)()
    assert after[0][-1][0] == "Budget owner unclear\nn+1"
    check_undo_redo(qtbot, window, read(board), before, after)


def test_esc_cancels_an_edit_and_nothing_else(window, board, qtbot):
    window.present_from_here()
    qtbot.waitUntil(window.isFullScreen)
    before = read(board)()
    select(board, 0)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    qtbot.keyClicks(board.view, " and more")
    qtbot.keyClick(board.view, Qt.Key.Key_PageDown)  # a clicker waits while text is edited
    qtbot.keyClick(board.view, Qt.Key.Key_Escape)
    assert board.controller.edit is None
    assert window.isFullScreen()  # Esc cancelled the edit, it did not leave full screen
    assert window.deck.current_key == SD
    assert read(board)() == before
    assert board.scene.notes[board.scene.panel.notes[0].id].text.toPlainText() == before[0][0][0]
    qtbot.keyClick(board.view, Qt.Key.Key_Escape)  # with no edit open, Esc leaves full screen
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_enter_edits_the_selected_note_as_one_undoable_step(window, board, qtbot):
    before = read(board)()
    select(board, 1)
    qtbot.keyClick(board.view, Qt.Key.Key_Return)
    qtbot.keyClicks(board.view, "!")
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    after = read(board)()
    assert after[0][1][0] == before[0][1][0] + "!"
    check_undo_redo(qtbot, window, read(board), before, after)


def test_a_click_elsewhere_commits_the_edit(window, board, qtbot):
    select(board, 0)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    qtbot.keyClicks(board.view, "?")
    empty = board.view.mapFromScene(board.scene.content_rect().bottomRight()) + QPoint(40, 40)
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert board.controller.edit is None
    assert notes_of(board)[0][0].endswith("?")


def test_note_text_is_plain_text_never_markup(board, qtbot, window):
    board.controller._do(PutNotes(board.scene.panel.id, [Note("<b>bold</b> & <i>x</i>", id="m")]))
    assert board.scene.notes["m"].text.toPlainText() == "<b>bold</b> & <i>x</i>"


def test_dragging_a_note_is_one_step(window, board, qtbot):
    before = read(board)()
    item = board.scene.notes[board.scene.panel.notes[2].id]
    start = board.view.mapFromScene(item.sceneBoundingRect().center())
    viewport = board.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + QPoint(step * 20, step * 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 50))
    after = read(board)()
    moved = [a for a, b in zip(after[0], before[0], strict=True) if a != b]
    assert len(moved) == 1 and moved[0][2] > before[0][2][2] + 100
    assert window.scope.document.undo_stack.count() == 1  # not one step per pixel
    check_undo_redo(qtbot, window, read(board), before, after)


def test_alt_arrows_move_the_selection(window, board, qtbot):
    before = read(board)()
    select(board, 0, 1)
    qtbot.keyClick(board.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    after = read(board)()
    assert [n[2] - b[2] for n, b in zip(after[0], before[0], strict=True)] == [20, 20, 0, 0]
    assert window.deck.current_key == SD  # Alt+Right moved notes, not the slide
    check_undo_redo(qtbot, window, read(board), before, after)


def test_colouring_the_selection_from_the_palette_and_keys(window, board, qtbot):
    before = read(board)()
    select(board, 0, 2)
    qtbot.keyClick(board.view, Qt.Key.Key_3, CTRL)
    after = read(board)()
    assert [n[1] for n in after[0]] == ["blue", "pink", "blue", "green"]
    check_undo_redo(qtbot, window, read(board), before, after)
    sky = next(b for b in board.buttons if b.text() == "Sky")
    qtbot.mouseClick(sky, Qt.MouseButton.LeftButton)
    assert [n[1] for n in notes_of(board)] == ["sky", "pink", "sky", "green"]


def test_dot_votes_with_plus_and_minus_show_on_the_badge(window, board, qtbot):
    before = read(board)()
    select(board, 2)
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    after = read(board)()
    assert after[0][2][4] == before[0][2][4] + 1
    item = board.scene.notes[board.scene.panel.notes[2].id]
    assert item.badge.isVisible() and item.count.text() == str(after[0][2][4])
    check_undo_redo(qtbot, window, read(board), before, after)
    for _ in range(3):
        qtbot.keyClick(board.view, Qt.Key.Key_Minus)
    assert notes_of(board)[2][4] == 0 and not item.badge.isVisible()


def test_grouping_the_selection_under_a_title_that_moves_as_one(window, board, qtbot):
    before = read(board)()
    select(board, 0, 3)
    qtbot.keyClick(board.view, Qt.Key.Key_G)
    qtbot.keyClicks(board.view, "Vision")  # the new group's title is open for typing
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    after = read(board)()
    assert after[1][-1][0] == "Vision"
    cluster = board.scene.panel.clusters[-1].id
    assert [n[5] for n in after[0]][0] == cluster and after[0][3][5] == cluster
    undo = window.scope.document.undo_stack
    assert undo.count() == 2  # group, then its title
    undo.undo()
    undo.undo()
    assert read(board)() == before
    undo.redo()
    undo.redo()
    assert read(board)() == after
    board.scene.select_only([cluster])
    qtbot.keyClick(board.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = read(board)()
    assert moved[1][-1][2] == after[1][-1][2] + 20
    assert [n[3] - a[3] for n, a in zip(moved[0], after[0], strict=True)] == [20, 0, 0, 20]


def test_pasting_several_lines_makes_one_note_per_line(window, board, qtbot):
    before = read(board)()
    QGuiApplication.clipboard().setText("First idea\n\n  Second idea\nThird idea\n")
    qtbot.keyClick(board.view, Qt.Key.Key_V, CTRL)
    after = read(board)()
    assert [n[0] for n in after[0][len(before[0]) :]] == ["First idea", "Second idea", "Third idea"]
    check_undo_redo(qtbot, window, read(board), before, after)


def test_delete_removes_the_selection(window, board, qtbot):
    before = read(board)()
    select(board, 1, 2)
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    after = read(board)()
    assert [n[0] for n in after[0]] == [before[0][0][0], before[0][3][0]]
    check_undo_redo(qtbot, window, read(board), before, after)


def test_double_click_on_empty_board_starts_a_note_there(window, board, qtbot):
    corner = board.view.mapFromScene(board.scene.content_rect().bottomRight()) + QPoint(40, 40)
    shown = board.view.viewport().rect()
    empty = QPoint(min(corner.x(), shown.width() - 60), min(corner.y(), shown.height() - 60))
    qtbot.mouseDClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    qtbot.keyClicks(board.view, "Here")
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    note = board.scene.panel.notes[-1]
    assert note.text == "Here"
    # under the pointer, moved in just enough to stay whole on the board
    on_screen = board.view.mapFromScene(board.scene.notes[note.id].sceneBoundingRect())
    assert on_screen.boundingRect().contains(empty)
    assert board.view.viewport().rect().contains(on_screen.boundingRect())


def test_ctrl_wheel_zooms_and_ctrl_0_fits_every_note(window, board, qtbot):
    board.view.set_zoom(3.0)
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
    shown = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert shown.contains(board.scene.content_rect())


def test_the_parking_lot_is_a_panel_on_its_own_slide(window, qtbot):
    board = open_board(window, "parking")
    assert board.scene.panel.process is None
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    qtbot.keyClicks(board.view, "Office move?")
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    assert [n.text for n in board.scene.panel.notes] == ["Office move?"]


def test_tidying_40_notes_leaves_no_text_overlapping(window, qtbot):
    board = open_board(window, "parking")
    panel = board.scene.panel.id
    words = ["the", "room", "said", "this", "about", "how", "we", "plan", "and", "who", "decides"]
    notes = [
        Note(
            " ".join(words[: 2 + (i * 7) % 30 % len(words)] * (1 + i % 4)), x=(i % 3) * 50, y=i * 9
        )
        for i in range(40)
    ]
    window.scope.document.do(PutNotes(panel, notes))
    window.scope.document.undo_stack.clear()
    before = read(board)()
    qtbot.keyClick(board.view, Qt.Key.Key_T, CTRL)
    after = read(board)()
    rects = [item.text_rect() for item in board.scene.notes.values()]
    assert len(rects) == 40
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    bodies = [item.sceneBoundingRect() for item in board.scene.notes.values()]
    assert all(not a.intersects(b) for i, a in enumerate(bodies) for b in bodies[i + 1 :])
    check_undo_redo(qtbot, window, read(board), before, after)


def test_typed_text_is_kept_as_a_draft_and_comes_back_as_the_open_edit(tmp_path, qtbot, theme):
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.store import open_session_file
    from kotter_workshop.store.file import write_new_file
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.whiteboard.board import Board

    path = tmp_path / "s.kotter"
    write_new_file(demo_session(), path)
    file = open_session_file(path)
    document = Document(file.session, file)
    panel = file.session.panel_for("setting-direction")
    board = Board(file.session, panel.id, document)
    qtbot.addWidget(board)
    board.show()
    board.controller.new_note()
    qtbot.keyClicks(board.view, "Half typed")
    qtbot.waitUntil(lambda: "Half typed" in file.drafts().values(), timeout=1000)
    assert document.undo_stack.count() == 0  # a draft is not an edit
    # after a crash the same edit comes back, open, with the typed text
    again = Board(file.session, panel.id, document)
    qtbot.addWidget(again)
    again.show()
    assert again.controller.edit is not None
    assert again.controller.edit.text.toPlainText() == "Half typed"
    qtbot.keyClick(again.view, Qt.Key.Key_Escape)  # Esc discards it
    assert file.drafts() == {}
    assert all(n.text != "Half typed" for n in panel.notes)
    file.close()


def test_a_note_takes_280_characters_and_says_so_past_them(window, board, qtbot):
    """The note's limit holds as it is typed: what shows is what is kept, and the room
    is told why the rest was not taken (no commit that throws the typing away)."""
    said = []
    window.scope.document.refused.connect(said.append)
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    qtbot.keyClicks(board.view, "a" * 275 + "bcdefghij")
    shown = board.controller.edit.text.toPlainText()
    assert shown == "a" * 275 + "bcdef"
    assert said and said[0] == "A note holds 1 to 280 characters, not 281."
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    assert notes_of(board)[-1][0] == "a" * 275 + "bcdef"  # kept as shown, in one step
