"""A burst of changes to a board, as phones make them: the board still shows and reaches all.

The window keeps its work per burst small (benchmarks/README.md, "Notes and dots
from phones"); these tests hold what a facilitator sees to what it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from live_phone import Phone
from test_live_voting import open_window
from test_phone_board import ANA, BEN, panel, send
from test_voting import press
from test_whiteboard import open_board

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import PutCluster, PutNote, PutNotes
from kotter_workshop.domain.model import Note
from kotter_workshop.domain.parts import Cluster
from kotter_workshop.ui.document import Document


def reachable(board, item) -> bool:
    """The view can be panned to the whole item (its scene rect holds it)."""
    return board.view.sceneRect().contains(item.sceneBoundingRect())


def test_notes_put_far_away_in_bursts_can_all_be_panned_to(window, qtbot):
    board = open_board(window)
    panel = board.scene.panel_id
    far = [Note(f"far {i}", x=9000.0 + 300 * i, y=-7000.0 - 200 * i) for i in range(30)]
    for start in range(0, 30, 5):  # six batches, as the phones' notes come
        window.scope.document.apply_unrecorded([PutNotes(panel, far[start : start + 5])])
    moved = replace(far[0], x=-12000.0, y=15000.0)  # one moved further still
    window.scope.document.apply_unrecorded([PutNotes(panel, [moved])])
    qtbot.wait(20)
    items = board.scene.notes
    assert all(n.id in items for n in far)
    assert all(reachable(board, item) for item in items.values())
    assert items[moved.id].pos().x() == -12000.0


def test_a_group_framed_far_away_can_be_panned_to(window, qtbot):
    board = open_board(window)
    panel = board.scene.panel_id
    group = Cluster("Far group", x=20000.0, y=20000.0)
    window.scope.document.apply_unrecorded([PutCluster(panel, group)])
    notes = [Note(f"in the group {i}", x=20000.0 + 260 * i, y=20100.0) for i in range(3)]
    window.scope.document.apply_unrecorded(
        [PutNotes(panel, [replace(n, cluster=group.id) for n in notes])]
    )
    qtbot.wait(20)
    frame = board.scene.clusters[group.id]
    assert reachable(board, frame)
    assert frame.sceneBoundingRect().right() > 20000.0 + 260 * 2


@pytest.fixture
def room(qtbot, theme, guard):
    session = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    window = open_window(qtbot, theme, Document(session))
    yield window
    window.phone_voting.detach()


def test_dots_leave_the_phones_list_alone_and_an_edit_during_dots_reaches_them(room, qtbot):
    press(qtbot, room, "w")
    ana, ben = (Phone(qtbot, room.phone_voting.live.url, v) for v in (ANA, BEN))
    for text in ("One", "Two"):
        send(ana, "note", panel=panel(room).id, text=text)
    press(qtbot, room, "d")
    state = ana.state()
    one, two = (n["id"] for g in state["board"]["groups"] for n in g["notes"])
    for phone, choice in ((ana, [one, two]), (ben, [two]), (ana, [two, two])):
        assert send(phone, "dots", panel=panel(room).id, notes=choice)[0] == 200
    assert [n.votes for n in panel(room).notes] == [0, 3]
    after = ana.state()  # no count on the phones: their list did not change
    assert after["version"] == state["version"] and after["board"] == state["board"]

    note = next(n for n in panel(room).notes if n.id == one)
    room.scope.document.do(PutNote(panel(room).id, replace(note, text="One, reworded")))
    texts = [n["text"] for g in ana.state()["board"]["groups"] for n in g["notes"]]
    assert texts == ["One, reworded", "Two"]


def test_after_fitting_a_change_still_leaves_room_to_pan_around_every_note(window, qtbot):
    board = open_board(window)
    panel = board.scene.panel_id
    spread = [Note(f"spread {i}", x=3000.0 * i, y=-2500.0 * i) for i in range(4)]
    window.scope.document.apply_unrecorded([PutNotes(panel, spread)])
    board.view.fit()  # Ctrl+0: the scene rect is the notes and the view, no more
    first = board.scene.panel.notes[0]
    window.scope.document.apply_unrecorded([PutNotes(panel, [replace(first, votes=2)])])
    rect = board.view.sceneRect()
    for item in board.scene.notes.values():  # as before: 2,000 units around each note
        assert rect.contains(item.sceneBoundingRect().adjusted(-1999, -1999, 1999, 1999))
