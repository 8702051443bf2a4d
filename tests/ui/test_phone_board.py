"""Notes and dots from phones in the window: W and D on a panel, notes landing face down,
R showing them, dots replacing a phone's earlier dots, undo leaving the room's work alone."""

import datetime as dt
import json

import pytest
from live_phone import Phone
from PySide6.QtCore import Qt
from test_live_voting import open_window
from test_voting import press

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.ui.document import Document

ANA = "ph-" + "a" * 32
BEN = "ph-" + "b" * 32


@pytest.fixture
def room(qtbot, theme, guard):
    session = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    window = open_window(qtbot, theme, Document(session))
    yield window
    window.phone_voting.detach()


def send(phone: Phone, rest: str, **body):
    status, answer = phone.call("POST", rest, json.dumps({"voter": phone.voter, **body}).encode())
    return status, json.loads(answer)


def board_of(window):
    return window.phone_voting.live.board


def panel(window):
    return window.scope.document.session.panel_for("aligning-people")


def note_items(window):
    return window.deck.slide().board.scene.notes


def test_w_opens_notes_on_the_panel_on_screen_and_notes_land_face_down(room, qtbot):
    press(qtbot, room, "w")
    board = board_of(room)
    assert board.mode == "notes" and board.panel == panel(room).id
    assert room.deck.slide().phase == 2  # the board's step, where the notes land
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    state = ana.state()["board"]
    assert state["mode"] == "notes" and state["panel"] == panel(room).id
    assert state["title"] == panel(room).title

    for text in ("Too many meetings", "No one owns\nthe roadmap"):
        status, answer = send(ana, "note", panel=panel(room).id, text=text)
        assert status == 200 and answer["ok"] and answer["note"]
    notes = panel(room).notes
    assert [n.text for n in notes] == ["Too many meetings", "No one owns\nthe roadmap"]
    items = note_items(room)
    qtbot.waitUntil(lambda: all(n.id in items for n in notes))
    view = room.deck.slide().board.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for note in notes:  # in a free place in view, not on each other
        item = items[note.id]
        assert visible.contains(item.sceneBoundingRect())
        assert not item.text.isVisible()  # face down until R
    a, b = (items[n.id].sceneBoundingRect() for n in notes)
    assert not a.intersects(b)

    press(qtbot, room, "r")  # R on the board shows them, and new ones arrive shown
    assert all(items[n.id].text.isVisible() for n in notes)
    send(ana, "note", panel=panel(room).id, text="Third")
    qtbot.waitUntil(lambda: len(panel(room).notes) == 3)
    third = panel(room).notes[2]
    qtbot.waitUntil(lambda: third.id in items and items[third.id].text.isVisible())

    press(qtbot, room, "w")  # closed: the page waits, a late note is turned away
    assert board.mode is None and ana.state()["board"] is None
    status, _ = send(ana, "note", panel=panel(room).id, text="Late")
    assert status == 409 and len(panel(room).notes) == 3


def test_arrivals_are_not_on_the_undo_stack_but_edits_of_them_are(room, qtbot):
    press(qtbot, room, "w", "r")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    stack = room.scope.document.undo_stack
    before = stack.count()
    send(ana, "note", panel=panel(room).id, text="From the room")
    assert stack.count() == before  # Ctrl+Z never takes a phone's note away
    note = panel(room).notes[0]
    room.deck.slide().board.scene.select_only([note.id])
    room.deck.slide().board.controller.delete_selected()
    assert not panel(room).notes
    stack.undo()  # deleting it was an ordinary edit
    assert [n.text for n in panel(room).notes] == ["From the room"]


def test_d_opens_dots_and_a_phones_dots_replace_its_earlier_ones(room, qtbot):
    press(qtbot, room, "w")
    ana, ben = (Phone(qtbot, room.phone_voting.live.url, v) for v in (ANA, BEN))
    for text in ("One", "Two", "Three"):
        send(ana, "note", panel=panel(room).id, text=text)
    press(qtbot, room, "d")  # W's collection closes, dot voting opens
    board = board_of(room)
    assert board.mode == "dots" and board.dots == 3
    state = ana.state()["board"]
    ids = [n["id"] for g in state["groups"] for n in g["notes"]]
    assert [n["text"] for g in state["groups"] for n in g["notes"]] == ["One", "Two", "Three"]
    one, two, three = ids

    assert send(ana, "dots", panel=panel(room).id, notes=[one, one, two])[0] == 200
    assert send(ben, "dots", panel=panel(room).id, notes=[one])[0] == 200
    votes = lambda: [n.votes for n in panel(room).notes]  # noqa: E731
    assert votes() == [3, 1, 0]
    assert send(ana, "dots", panel=panel(room).id, notes=[three])[0] == 200  # moved
    assert votes() == [1, 0, 1]
    assert send(ana, "dots", panel=panel(room).id, notes=[one, two, three, three])[0] == 400
    assert votes() == [1, 0, 1]  # too many: nothing changes

    items = note_items(room)
    first = items[one]
    assert not first.badge.isVisible()  # counts hidden until R
    press(qtbot, room, "r")
    assert first.badge.isVisible() and first.count.text() == "1"
    send(ben, "dots", panel=panel(room).id, notes=[two])  # revealed: the counts follow live
    qtbot.waitUntil(lambda: items[two].count.text() == "1" and not items[one].badge.isVisible())

    press(qtbot, room, "d")
    assert ana.state()["board"] is None
    assert send(ana, "dots", panel=panel(room).id, notes=[one])[0] == 409
    assert votes() == [0, 1, 1]

    from kotter_workshop.interchange.to_json import session_to_json

    exported = session_to_json(room.scope.document.session)  # the JSON carries them, anonymous
    shown = next(p for p in exported["panels"] if p["id"] == panel(room).id)
    assert [(n["text"], n["votes"]) for n in shown["notes"]] == [
        ("One", 0),
        ("Two", 1),
        ("Three", 1),
    ]
    assert ANA not in json.dumps(exported) and BEN not in json.dumps(exported)


def test_w_on_the_parking_lot_collects_there_and_elsewhere_says_where_to_go(room, qtbot):
    room.deck.go(room.deck.keys.index("summary"))
    press(qtbot, room, "w")
    assert board_of(room).mode is None
    assert "slide with notes" in room.statusBar().currentMessage()
    room.deck.go(room.deck.keys.index("parking"))
    press(qtbot, room, "w")
    lot = next(p for p in room.scope.document.session.panels if p.process is None).id
    assert board_of(room).panel == lot
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    assert send(ana, "note", panel=lot, text="Budget for next year")[0] == 200
    assert [n.text for n in room.scope.document.session.panel(lot).notes] == [
        "Budget for next year"
    ]
    assert not panel(room).notes


def test_a_name_goes_to_the_roster_never_onto_the_note(room, qtbot):
    room.phone_voting._ensure_live().set_names(True)
    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    assert send(ana, "note", panel=panel(room).id, text="Signed", name="Ana")[0] == 200
    assert [(p.id, p.name) for p in room.scope.document.session.roster] == [(ANA, "Ana")]
    assert [n.text for n in panel(room).notes] == ["Signed"]


def test_r_before_any_note_arrives_shows_the_notes_that_come(room, qtbot):
    press(qtbot, room, "w", "r")
    assert room.deck.slide().phase == 2  # still the board, not the vote's results
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    send(ana, "note", panel=panel(room).id, text="Shown at once")
    note = panel(room).notes[0]
    items = note_items(room)
    qtbot.waitUntil(lambda: note.id in items)
    assert items[note.id].text.isVisible()


def test_the_menu_sets_the_dots_per_phone_and_one_per_note(room, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2, True)))
    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    for text in ("One", "Two"):
        send(ana, "note", panel=panel(room).id, text=text)
    room.actions_by_name["phone_dot_count"].trigger()
    room.actions_by_name["phone_one_dot"].trigger()  # checkable: now on
    press(qtbot, room, "d")
    state = ana.state()["board"]
    assert (state["dots"], state["one_per_note"]) == (2, True)
    one, two = (n.id for n in panel(room).notes)
    assert send(ana, "dots", panel=panel(room).id, notes=[one, one])[0] == 400
    assert send(ana, "dots", panel=panel(room).id, notes=[one, two])[0] == 200
    room.actions_by_name["phone_one_dot"].trigger()  # off again: the open vote follows
    assert ana.state()["board"]["one_per_note"] is False
    assert send(ana, "dots", panel=panel(room).id, notes=[one, one])[0] == 200
    assert [n.votes for n in panel(room).notes] == [2, 0]


def test_notes_sent_one_by_one_land_side_by_side_and_the_board_shows_them_all(qtbot, theme, guard):
    """The demo's board is nearly full (a group of two notes on top): five phones send a
    note each, one after the other. Each lands beside the last, not in a column below
    the view, and the board, still fitted to its notes, zooms out to show all of them."""
    from kotter_workshop.domain.demo import demo_session

    window = open_window(qtbot, theme, Document(demo_session()))
    try:
        window.deck.go(window.deck.keys.index("process:planning-budgeting"), phase=2)
        press(qtbot, window, "w")
        panel_id = board_of(window).panel
        for n in range(5):
            phone = Phone(qtbot, window.phone_voting.live.url, f"ph-{n:032d}")
            status, _ = send(phone, "note", panel=panel_id, text=f"Idea {n} from the room")
            assert status == 200
        session = window.scope.document.session
        sent = [n for n in session.panel(panel_id).notes if n.text.startswith("Idea")]
        assert len(sent) == 5
        items = note_items(window)
        view = window.deck.slide().board.view

        def all_in_view() -> bool:
            visible = view.mapToScene(view.viewport().rect()).boundingRect()
            return all(visible.contains(items[n.id].sceneBoundingRect()) for n in sent)

        qtbot.waitUntil(all_in_view, timeout=3000)
        assert len({n.y for n in sent}) < len(sent)  # rows, not one column
        rects = [items[n.id].sceneBoundingRect() for n in sent]
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    finally:
        window.phone_voting.detach()


def test_a_board_zoomed_in_by_hand_stays_put_when_notes_land_beyond_it(room, qtbot):
    press(qtbot, room, "w")
    board = room.deck.slide().board
    board.controller.actions["zoom_in"].trigger()  # the facilitator reads something closely
    board.controller.actions["zoom_in"].trigger()
    zoom = board.view.zoom
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    for n in range(8):
        assert send(ana, "note", panel=panel(room).id, text=f"Note {n}")[0] == 200
    qtbot.wait(600)  # longer than the board takes to follow when it is fitted
    assert board.view.zoom == zoom
    assert not board.view.following
    board.controller.actions["zoom_fit"].trigger()  # Ctrl+0: it follows the room again
    assert board.view.following


def test_a_face_down_note_cannot_be_opened_for_editing_until_r(room, qtbot):
    """F2, Enter or a double-click on a face-down note would show its text (or take typing
    the room cannot see) before R: the board says why and opens nothing."""
    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    assert send(ana, "note", panel=panel(room).id, text="Secret until revealed")[0] == 200
    note = panel(room).notes[0]
    board = room.deck.slide().board
    items = note_items(room)
    qtbot.waitUntil(lambda: note.id in items)
    said: list[str] = []
    room.scope.document.refused.connect(said.append)
    board.scene.select_only([note.id])
    board.view.setFocus()
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Return):
        press(qtbot, board.view, key)
        assert board.controller.edit is None
        assert not items[note.id].text.isVisible()
    board.controller._double_clicked(items[note.id], items[note.id].sceneBoundingRect().center())
    assert board.controller.edit is None
    assert said == ["This note from a phone is face down: press R to show it, then edit it."] * 3
    press(qtbot, room, "r")
    board.scene.select_only([note.id])
    board.view.setFocus()
    press(qtbot, board.view, Qt.Key.Key_F2)
    assert board.controller.edit is not None and items[note.id].text.isVisible()


def test_a_page_asks_where_its_dots_are_and_only_its_own(room, qtbot):
    """After a crash or on a new address the page has forgotten its dots: the laptop says."""
    one, two = "Too many meetings", "No roadmap"
    press(qtbot, room, "w")
    ana, ben = (Phone(qtbot, room.phone_voting.live.url, v) for v in (ANA, BEN))
    for text in (one, two):
        assert send(ana, "note", panel=panel(room).id, text=text)[0] == 200
    first, second = (n.id for n in panel(room).notes)
    query = f"dots?voter={ANA}&panel={panel(room).id}"
    assert ana.call("GET", query)[0] == 409  # notes are open, not dots
    press(qtbot, room, "w")
    press(qtbot, room, "d")
    assert json.loads(ana.call("GET", query)[1]) == {"notes": []}
    assert send(ana, "dots", panel=panel(room).id, notes=[first, first, second])[0] == 200
    assert send(ben, "dots", panel=panel(room).id, notes=[second])[0] == 200
    assert json.loads(ana.call("GET", query)[1]) == {"notes": [first, first, second]}
    theirs = f"dots?voter={BEN}&panel={panel(room).id}"
    assert json.loads(ben.call("GET", theirs)[1]) == {"notes": [second]}
    for bad in (
        f"dots?voter=ph-nothex&panel={panel(room).id}",
        f"dots?panel={panel(room).id}",
        f"dots?voter={ANA}&panel={panel(room).id}&more=1",
        f"dots?voter={ANA}&voter={BEN}&panel={panel(room).id}",
    ):
        status, answer = ana.call("GET", bad)
        assert status == 400 and "notes" not in json.loads(answer), bad
    assert ana.call("GET", f"dots?voter={ANA}&panel=elsewhere")[0] == 409


def test_the_summary_shared_with_the_room_leaves_out_what_r_has_not_shown(room, qtbot):
    """Sharing the summary while notes are face down (and dot counts hidden) would show
    the room on its phones what the board still hides: they come into it with R."""
    import io

    from pypdf import PdfReader

    def shared() -> tuple[str, str]:
        pdf = ana.call("GET", "summary.pdf")[1]
        html = ana.call("GET", "summary.html")[1].decode("utf-8")
        text = " ".join(
            " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
        )
        return text, html

    press(qtbot, room, "w")
    ana = Phone(qtbot, room.phone_voting.live.url, ANA)
    assert send(ana, "note", panel=panel(room).id, text="Secret roadmap worry")[0] == 200
    live = room.phone_voting.live
    assert live.share_pdf(True)
    qtbot.waitUntil(lambda: live.server.pdf_shared, timeout=60_000)
    pdf, html = shared()
    assert "Secret roadmap worry" not in pdf and "Secret roadmap worry" not in html
    generation = live._pdf_generation
    press(qtbot, room, "r")  # the room sees it: the shared summary follows
    qtbot.waitUntil(
        lambda: live._pdf_generation > generation and live._pdf_building is None, timeout=60_000
    )
    qtbot.waitUntil(lambda: "Secret roadmap worry" in shared()[0], timeout=60_000)
    assert "Secret roadmap worry" in shared()[1]
    live.share_pdf(False)
