"""A phone note face down stays face down in every view of the board until R: the
spotlight (Space) shows neither its text nor its hidden dot count."""

import json

from live_phone import Phone
from PySide6.QtCore import Qt
from test_phone_board import ANA, board_of, panel, room  # noqa: F401 (fixture)
from test_voting import press

SECRET = "The budget is a fiction"


def test_the_spotlight_keeps_a_face_down_note_face_down_until_r(room, qtbot):  # noqa: F811
    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    body = {"voter": ANA, "panel": panel(room).id, "text": SECRET}
    assert ana.call("POST", "note", json.dumps(body).encode())[0] == 200
    note = panel(room).notes[0]
    board = room.deck.slide().board
    qtbot.waitUntil(lambda: note.id in board.scene.notes)
    board.scene.select_only([note.id])
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Space)
    spot = board.spotlight
    assert spot.isVisible() and spot.note_id == note.id
    assert SECRET not in spot.text.text() and spot.text.text()  # face down, and says so
    press(qtbot, room, "r")  # R while it is large: it turns over there too
    qtbot.waitUntil(lambda: spot.text.text() == SECRET)
    assert spot.isVisible()
    press(qtbot, room, "r")  # and R again hides it again
    qtbot.waitUntil(lambda: SECRET not in spot.text.text())


def test_the_spotlight_hides_a_dot_count_until_r(room, qtbot):  # noqa: F811
    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    body = {"voter": ANA, "panel": panel(room).id, "text": "Too many meetings"}
    assert ana.call("POST", "note", json.dumps(body).encode())[0] == 200
    note = panel(room).notes[0]
    press(qtbot, room, "w")
    press(qtbot, room, "d")  # dot voting: the notes show, the counts stay hidden
    body = {"voter": ANA, "panel": note_panel(room), "notes": [note.id, note.id]}
    assert ana.call("POST", "dots", json.dumps(body).encode())[0] == 200
    assert panel(room).notes[0].votes == 2
    board = room.deck.slide().board
    board.scene.select_only([note.id])
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Space)
    spot = board.spotlight
    assert spot.text.text() == "Too many meetings"
    assert not spot.votes.isVisible() and "2" not in spot.votes.text()
    press(qtbot, room, "r")
    qtbot.waitUntil(lambda: spot.votes.isVisible() and "2" in spot.votes.text())
    assert board_of(room).mode == "dots"


def note_panel(window):
    return panel(window).id
