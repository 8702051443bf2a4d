"""What is typed into a note shows on the board while it is typed, not only once committed.

The board is painted between the keys, as on a real screen (a grab paints the
view), and the test reads the pixels of the note's text: the letters must be
there, in the note text's ink, as each word is typed. It covers the first and
the second note of an empty board, and a note opened with F2 after the board
re-fitted. Qt's "QPainter::begin: Paint device returned engine == 0" fails any
test here too (pyproject.toml); it is asserted by name as well.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_whiteboard import open_board

CTRL = Qt.KeyboardModifier.ControlModifier
INSET = 6  # inside the dashed frame Qt draws round text being edited


def ink(board, text_item) -> int:
    """How many pixels of the text's area on screen are in the note text's colour."""
    view = board.view
    image = view.viewport().grab().toImage()
    area = view.mapFromScene(text_item.sceneBoundingRect()).boundingRect()
    area = area.adjusted(INSET, INSET, -INSET, -INSET).intersected(image.rect())
    want = text_item.defaultTextColor()
    count = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - want.red())
                + abs(colour.green() - want.green())
                + abs(colour.blue() - want.blue())
                < 120
            ):
                count += 1
    return count


def type_and_look(qtbot, board, words: list[str]) -> list[int]:
    """Type word by word, painting the board after each; the ink seen after each word."""
    text = board.controller.edit.text
    seen = []
    for word in words:
        qtbot.keyClicks(board.view, word)
        seen.append(ink(board, text))
    return seen


def no_painter_warnings(qtlog) -> None:
    painter = [r.message for r in qtlog.records if "QPainter" in r.message]
    assert painter == []


@pytest.fixture
def parking(window):
    return open_board(window, "parking")


def test_the_first_and_the_second_new_note_show_their_text_as_it_is_typed(
    window, parking, qtbot, qtlog
):
    board = parking
    for n in range(2):
        qtbot.keyClick(board.view, Qt.Key.Key_N)
        empty = ink(board, board.controller.edit.text)  # the empty note is on screen
        seen = type_and_look(qtbot, board, ["Budget ", "owner ", "unclear"])
        assert empty < 100, (n, empty)  # at most the text cursor
        # each word adds letters on screen, in the note's ink
        assert seen[0] > empty + 150 and seen[1] > seen[0] + 150 and seen[2] > seen[1] + 150, (
            n,
            empty,
            seen,
        )
        qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
        assert [note.text for note in board.scene.panel.notes][n] == "Budget owner unclear"
    no_painter_warnings(qtlog)


def test_a_note_opened_with_f2_after_the_board_refitted_shows_what_is_added(
    window, parking, qtbot, qtlog
):
    board = parking
    for word in ("Office move?", "Coffee budget"):
        qtbot.keyClick(board.view, Qt.Key.Key_N)
        qtbot.keyClicks(board.view, word)
        qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    board.view.set_zoom(0.7)
    ink(board, board.scene.notes[board.scene.panel.notes[0].id].text)  # painted at 70%
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)  # fit again
    first = board.scene.panel.notes[0].id
    board.scene.select_only([first])
    text = board.scene.notes[first].text
    before = ink(board, text)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    assert board.controller.edit is not None and board.controller.edit.text is text
    opened = ink(board, text)
    seen = type_and_look(qtbot, board, [" and", " parking"])
    assert before > 300  # "Office move?" is on screen
    assert seen[0] > opened + 100 and seen[1] > seen[0] + 150, (before, opened, seen)
    qtbot.keyClick(board.view, Qt.Key.Key_Return, CTRL)
    assert board.scene.panel.note(first).text == "Office move? and parking"
    no_painter_warnings(qtlog)
