"""The board as the room sees it: where notes land, how large their text is, what it says.

Geometry is checked in view coordinates (what is on the screen), and text sizes
through the view's transform, at the window sizes of PRODUCT.md.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from kotter_workshop.domain.commands import PutNotes
from kotter_workshop.domain.model import Note

CTRL = Qt.KeyboardModifier.ControlModifier


def open_parking(window):
    deck = window.deck
    deck.go(deck.keys.index("parking"), phase=-1)
    board = deck.slide().board
    board.view.setFocus()
    return board


def type_note(qtbot, board, text: str) -> None:
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    qtbot.keyClicks(board.view, text)
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)


def on_screen(board) -> list[QRect]:
    """Every note's rectangle in the board's viewport, in pixels."""
    view = board.view
    return [
        view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        for item in board.scene.notes.values()
    ]


def text_px(board) -> float:
    """The notes' text height on the screen: the font's pixel size through the view's scale."""
    item = next(iter(board.scene.notes.values()))
    return item.text.font().pixelSize() * board.view.transform().m11()


def assert_apart_and_inside(board) -> None:
    rects = on_screen(board)
    shown = board.view.viewport().rect()
    for i, a in enumerate(rects):
        assert shown.contains(a), f"note {i} at {a} runs past the board {shown}"
        for b in rects[i + 1 :]:
            assert not a.intersects(b), f"{a} overlaps {b}"


def test_typed_notes_land_side_by_side_inside_the_board_at_room_size(window, qtbot):
    board = open_parking(window)
    for text in ("One", "Two", "Three", "Four", "Five"):
        type_note(qtbot, board, text)
    assert [n.text for n in board.scene.panel.notes] == ["One", "Two", "Three", "Four", "Five"]
    assert_apart_and_inside(board)
    assert text_px(board) >= 32
    # in reading order, as on a wall: the first row from the left, the view never jumping
    rects = on_screen(board)
    assert rects[0].left() < rects[1].left() < rects[2].left()
    assert rects[0].top() == rects[1].top() == rects[2].top()
    assert rects[0].left() < board.view.viewport().width() / 4
    assert rects[0].top() < board.view.viewport().height() / 4


def test_a_restored_draft_and_the_next_note_each_find_their_own_place(tmp_path, qtbot, theme):
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.store import open_session_file
    from kotter_workshop.store.file import write_new_file
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.whiteboard.board import Board

    path = tmp_path / "s.kotter"
    write_new_file(demo_session(), path)
    file = open_session_file(path)
    document = Document(file.session, file)
    panel = next(p for p in file.session.panels if p.process is None)
    first = Board(file.session, panel.id, document)
    qtbot.addWidget(first)
    first.resize(1800, 760)
    first.show()
    first.controller.new_note()  # (a window of its own has no active-window shortcuts)
    qtbot.keyClicks(first.view, "Committed")
    first.controller.commit_edit()
    first.controller.new_note()
    qtbot.keyClicks(first.view, "Half typed")
    qtbot.waitUntil(lambda: "Half typed" in file.drafts().values(), timeout=1000)
    first.close()
    # after a crash: the draft reopens beside the committed note, not on it
    again = Board(file.session, panel.id, document)
    qtbot.addWidget(again)
    again.resize(1800, 760)
    again.show()
    assert again.controller.edit is not None
    assert again.controller.edit.text.toPlainText() == "Half typed"
    assert_apart_and_inside(again)
    again.controller.new_note()  # commits the draft first
    qtbot.keyClicks(again.view, "Next")
    again.controller.commit_edit()
    notes = file.session.panel(panel.id).notes
    assert [n.text for n in notes] == ["Committed", "Half typed", "Next"]
    assert_apart_and_inside(again)
    file.close()


def fill(window, board, count: int) -> None:
    texts = ["Budget owner unclear", "Who decides on hiring?", "Office move", "Customer calls"]
    notes = [Note(texts[i % 4], x=(i % 2) * 30, y=i * 15) for i in range(count)]
    window.scope.document.do(PutNotes(board.scene.panel.id, notes))


def test_tidy_fills_the_boards_width_and_keeps_text_at_room_size(window, qtbot):
    board = open_parking(window)
    fill(window, board, 8)
    qtbot.keyClick(board.view, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
    assert_apart_and_inside(board)
    rects = on_screen(board)
    spread = max(r.right() for r in rects) - min(r.left() for r in rects)
    assert spread >= 0.8 * board.view.viewport().width()
    assert text_px(board) >= 32


def test_fitting_a_tidy_board_keeps_text_at_32_px_while_the_notes_fit(window, qtbot):
    board = open_parking(window)
    for count in (3, 6, 10, 12):
        window.scope.document.do(PutNotes(board.scene.panel.id, []))
        board.controller.select_all()
        board.controller.delete_selected()
        fill(window, board, count)
        qtbot.keyClick(board.view, Qt.Key.Key_T, CTRL)
        qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
        assert len(board.scene.notes) == count
        assert_apart_and_inside(board)
        assert text_px(board) >= 32, count


def test_an_empty_board_says_how_to_add_a_note_until_the_first_one(window, qtbot):
    board = open_parking(window)
    hint = board.hint
    assert hint.isVisible()
    assert "N" in hint.text() and "double-click" in hint.text()
    assert hint.font().pixelSize() >= 36  # large, at least slide text at 1080p
    assert board.view.rect().contains(hint.geometry())
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: not hint.isVisible())  # gone as soon as a note is being typed
    qtbot.keyClick(board.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(hint.isVisible)  # nothing was added
    type_note(qtbot, board, "First")
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_space_shows_the_selected_note_large_and_space_or_esc_closes_it(window, qtbot):
    board = open_parking(window)
    fill(window, board, 40)  # more than fit at room size: fitting shrinks them
    qtbot.keyClick(board.view, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
    assert text_px(board) < 32
    key = window.deck.current_key
    chosen = board.scene.panel.notes[5]
    board.scene.select_only([chosen.id])
    qtbot.keyClick(board.view, Qt.Key.Key_Space)
    spot = board.spotlight
    assert spot.isVisible() and spot.text.text() == chosen.text
    assert window.deck.current_key == key  # Space showed the note, it did not turn the slide
    assert spot.text_px() >= 36  # slide text or larger on the screen
    assert board.view.rect().contains(spot.geometry())
    qtbot.keyClick(board.view, Qt.Key.Key_Space)
    assert not spot.isVisible() and window.deck.current_key == key
    qtbot.keyClick(board.view, Qt.Key.Key_Space)
    assert spot.isVisible()
    qtbot.keyClick(board.view, Qt.Key.Key_Escape)
    assert not spot.isVisible()
    board.scene.clearSelection()
    qtbot.keyClick(board.view, Qt.Key.Key_Space)  # with nothing selected Space turns the slide
    assert not spot.isVisible() and window.deck.current_key != key


def test_ctrl_plus_on_a_board_zooms_it_without_an_ambiguous_shortcut(window, qtbot):
    board = open_parking(window)
    fill(window, board, 3)
    before = board.view.zoom
    qtbot.keyClick(board.view, Qt.Key.Key_Plus, CTRL)
    assert board.view.zoom > before
    assert window.theme.font_scale == 1.0
    qtbot.keyClick(board.view, Qt.Key.Key_Minus, CTRL)
    assert abs(board.view.zoom - before) < 1e-6


def shown_keys(window) -> str:
    return " ".join(window.overlay.texts())


def test_question_mark_on_a_panel_lists_the_panel_keys_too(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Question)  # on the title slide: the slide keys only
    assert "New note" not in shown_keys(window)
    qtbot.keyClick(window, Qt.Key.Key_Question)
    board = open_parking(window)
    qtbot.keyClick(board.view, Qt.Key.Key_Question)
    overlay = window.overlay
    assert overlay.isVisible()
    shown = shown_keys(window)
    for words in ("New note", "Edit note", "Tidy into a grid", "Show the selected note large"):
        assert words in shown
    assert "Next slide" in shown  # the slide keys still work on a panel
    assert "Abstain" not in shown and "Add a vote of that value" not in shown  # not here
    # every line is inside the window, in room-sized text
    from PySide6.QtWidgets import QLabel

    for line in overlay.findChildren(QLabel):
        assert overlay.rect().contains(line.geometry().translated(line.parentWidget().pos()))
        assert line.font().pixelSize() >= 32


def test_question_mark_says_what_t_does_now_start_pause_or_resume(window, qtbot):
    from kotter_workshop.ui.presenting.timer import Timer

    assert isinstance(window.scope.timer, Timer)

    def line_for_t():
        qtbot.keyClick(window, Qt.Key.Key_Question)
        texts = window.overlay.texts()
        qtbot.keyClick(window, Qt.Key.Key_Question)
        return next(t for t in texts if t.endswith("the timer"))

    assert line_for_t() == "Start the timer"
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert line_for_t() == "Pause the timer"
    later = window.scope.timer.clock() + 5
    window.scope.timer.clock = lambda: later  # five seconds on
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert not window.scope.timer.running
    assert line_for_t() == "Resume the timer"
    assert window.actions_by_name["timer"].text() == "&Resume the timer"


def test_at_200_percent_on_1024_by_768_the_tools_keep_one_row_and_notes_stay_readable(
    window, qtbot
):
    from PySide6.QtWidgets import QApplication

    window.showNormal()
    window.resize(1024, 768)
    window.preferences.set_font_scale(2.0)
    board = open_parking(window)
    for text in ("Budget owner unclear", "Who decides?", "Office move", "Customer calls"):
        type_note(qtbot, board, text)
    qtbot.keyClick(board.view, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
    QApplication.processEvents()
    shown = [b for b in board.buttons if b.isVisible()]
    assert len({b.y() for b in shown}) == 1  # one row, not three
    assert all(board.rect().contains(b.geometry()) for b in shown)
    assert any(b.text() == "+ Note" for b in shown)
    assert_apart_and_inside(board)
    # the unit of a 1024×768 window at 200% is about 1.07: note text of 32 px or more
    # is as large as the room's body text at 100% on a 1080p screen
    assert text_px(board) >= 30
