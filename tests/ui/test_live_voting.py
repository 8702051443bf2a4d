"""Phone voting in the window: V, the join card, ballots arriving as counts, clearing a round."""

import datetime as dt
import socket

import pytest
from live_phone import Phone
from PySide6.QtWidgets import QApplication, QMessageBox
from test_voting import PROCESS, press, shown

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.model import Ballot
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow

ANA = "ph-" + "a" * 32
BEN = "ph-" + "b" * 32
LOOPBACK = {"bind": "127.0.0.1", "ports": (0,), "address": "127.0.0.1"}


def open_window(qtbot, theme, document):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.phone_voting.options = LOOPBACK  # never any address but loopback in tests
    window.set_document(document)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deck.go(window.deck.keys.index(PROCESS))
    return window


@pytest.fixture
def room(qtbot, theme, guard):
    session = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    window = open_window(qtbot, theme, Document(session))
    yield window
    window.phone_voting.detach()


def phone(qtbot, window, voter=ANA):
    return Phone(qtbot, window.phone_voting.live.url, voter)


def test_v_opens_voting_on_this_process_and_shows_the_join_card(room, qtbot, capfd):
    press(qtbot, room, "v")
    live = room.phone_voting.live
    assert live.is_open and live.open_processes == ("aligning-people",)
    assert live.url.startswith("http://127.0.0.1:") and live.server.token in live.url
    assert live.url in capfd.readouterr().err  # the address is in the log too
    overlay = room.phone_voting.overlay
    assert overlay.isVisible() and overlay.caption == "Vote on your phone"
    assert "".join(overlay.lines) == live.url.rstrip("/")
    state = phone(qtbot, room).state()
    assert [p["id"] for p in state["processes"]] == ["aligning-people"]
    assert room.deck.slide().phase == 1  # the vote step, where the count shows


def test_the_join_card_shows_the_qr_code_of_the_address(room, qtbot):
    """Read the code back off the painted card, module by module, and compare."""
    import segno

    press(qtbot, room, "v")
    overlay = room.phone_voting.overlay
    expected = [
        [bool(m) for m in row]
        for row in segno.make(room.phone_voting.live.url, error="m", micro=False).matrix_iter(
            border=4
        )
    ]
    image = overlay.grab().toImage()
    ratio = image.width() / overlay.width()
    area = overlay.qr_rect()
    cell = area.width() / len(expected)
    seen = [
        [
            image.pixelColor(
                int((area.left() + (c + 0.5) * cell) * ratio),
                int((area.top() + (r + 0.5) * cell) * ratio),
            ).lightness()
            < 128
            for c in range(len(expected))
        ]
        for r in range(len(expected))
    ]
    assert seen == expected


def test_a_phone_ballot_shows_as_a_count_hidden_until_revealed(room, qtbot):
    press(qtbot, room, "v")
    assert phone(qtbot, room).vote("aligning-people", 4) == 200
    session = room.scope.document.session
    assert [(b.value, b.voter, b.round) for b in session.ballots] == [(4, ANA, 1)]
    text = shown(room)
    assert "1 vote" in text and "hidden" in text and "Average" not in text
    assert room.scope.document.undo_stack.count() == 0  # phone ballots are not on the undo stack
    qtbot.waitUntil(lambda: room.phone_voting.overlay.detail == "1 phone has voted")
    press(qtbot, room, "r")
    assert "Average 4.0 / 5" in shown(room)


def test_a_changed_vote_replaces_the_phones_ballot(room, qtbot):
    press(qtbot, room, "v")
    ana = phone(qtbot, room)
    assert ana.vote("aligning-people", 2) == 200
    assert ana.vote("aligning-people", 5) == 200
    assert phone(qtbot, room, BEN).vote("aligning-people", None) == 200
    ballots = room.scope.document.session.ballots_for("aligning-people")
    assert sorted((b.voter, b.value) for b in ballots if b.voter == ANA) == [(ANA, 5)]
    assert len(ballots) == 2 and "1 vote · 1 abstention" in shown(room)  # Ben abstained


def test_v_closes_voting_and_phones_then_wait(room, qtbot):
    press(qtbot, room, "v")
    ana = phone(qtbot, room)
    press(qtbot, room, "v")
    assert not room.phone_voting.live.is_open
    assert ana.state()["processes"] == []
    assert ana.vote("aligning-people", 3) == 409
    assert room.scope.document.session.ballots == ()
    assert not room.phone_voting.overlay.isVisible()
    press(qtbot, room, "v")  # the same address and token serve the next vote
    assert ana.vote("aligning-people", 3) == 200


def test_clearing_a_round_removes_only_phone_ballots_and_is_not_undoable(room, qtbot, monkeypatch):
    press(qtbot, room, "4")  # a tally ballot
    press(qtbot, room, "v")
    phone(qtbot, room).vote("aligning-people", 2)
    phone(qtbot, room, BEN).vote("aligning-people", 3)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    room.actions_by_name["voting_clear"].trigger()
    ballots = room.scope.document.session.ballots_for("aligning-people")
    assert [(b.value, b.voter) for b in ballots] == [(4, None)]
    assert "Cleared 2 phone votes" in room.statusBar().currentMessage()
    assert room.scope.document.undo_stack.count() == 1  # only the tally ballot


def test_a_revote_moves_the_phones_to_round_two(room, qtbot):
    press(qtbot, room, "v")
    ana = phone(qtbot, room)
    assert ana.vote("aligning-people", 2) == 200
    room.actions_by_name["revote"].trigger()
    assert ana.state()["processes"][0]["round"] == 2
    assert ana.vote("aligning-people", 3, round_=1) == 409  # that round is over
    assert ana.vote("aligning-people", 4, round_=2) == 200
    values = {(b.round, b.value) for b in room.scope.document.session.ballots}
    assert values == {(1, 2), (2, 4)}


def test_the_questionnaire_opens_all_six(room, qtbot):
    room.deck.go(0)  # the title slide: V opens all six
    press(qtbot, room, "v")
    live = room.phone_voting.live
    assert len(live.open_processes) == 6
    ana = phone(qtbot, room)
    for process in live.open_processes:
        assert ana.vote(process, 3) == 200
    assert len(room.scope.document.session.ballots) == 6
    qtbot.waitUntil(lambda: room.phone_voting.overlay.detail == "1 phone has voted")


def test_names_go_to_the_roster_only_when_asked(room, qtbot):
    press(qtbot, room, "v")
    phone(qtbot, room).vote("aligning-people", 3, name="Ana")
    assert room.scope.document.session.roster == ()
    room.actions_by_name["voting_names"].trigger()
    phone(qtbot, room).vote("aligning-people", 3, name="Ana")
    assert [(p.id, p.name) for p in room.scope.document.session.roster] == [(ANA, "Ana")]


def test_the_pdf_is_shared_for_download(room, qtbot):
    room.actions_by_name["voting_pdf"].trigger()
    qtbot.waitUntil(lambda: room.phone_voting.live.server.pdf_shared)  # built off the ui thread
    status, body = phone(qtbot, room).call("GET", "summary.pdf")
    assert status == 200 and body.startswith(b"%PDF")
    status, body = phone(qtbot, room).call("GET", "summary.html")  # and as a page to read
    assert status == 200 and body.startswith(b"<!DOCTYPE html>")
    assert b'<a href="summary.pdf" download>Download the PDF summary</a>' in body
    assert b'<h1 class="user" dir="auto">Team day</h1>' in body
    assert room.phone_voting.overlay.caption == "The summary, on your phone"
    room.actions_by_name["voting_pdf"].trigger()
    assert phone(qtbot, room).call("GET", "summary.pdf")[0] == 404
    assert phone(qtbot, room).call("GET", "summary.html")[0] == 404


def test_closing_the_session_stops_the_server(room, qtbot):
    press(qtbot, room, "v")
    port = room.phone_voting.live.server.port
    room.show_start()
    assert room.phone_voting.live is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_a_new_session_gets_a_new_token(room, qtbot, theme):
    press(qtbot, room, "v")
    first = room.phone_voting.live.server.token
    room.set_document(Document(new_session(SessionInfo(title="Next"))))
    room.deck.go(room.deck.keys.index(PROCESS))
    press(qtbot, room, "v")
    assert room.phone_voting.live.server.token != first


def test_phone_ballots_are_written_to_the_file(qtbot, theme, guard, tmp_path):
    path = tmp_path / "day.kotter"
    write_new_file(new_session(SessionInfo(title="Filed")), path)
    opened = open_session_file(path)
    window = open_window(qtbot, theme, Document(opened.session, opened))
    try:
        press(qtbot, window, "v")
        assert phone(qtbot, window).vote("aligning-people", 5) == 200
        assert phone(qtbot, window).vote("aligning-people", 1) == 200
    finally:
        window.phone_voting.detach()
    opened.settle()  # the writer thread has committed all it was given
    with open_session_file(path, read_only=True) as again:
        assert [(b.value, b.voter) for b in again.session.ballots] == [(1, ANA)]


def test_a_stalled_disk_holds_the_phones_answer_not_the_window(
    qtbot, theme, guard, tmp_path, monkeypatch
):
    """The writer thread is held, as by a USB stick that stalls: the ballot is on screen at
    once, but the phone hears "recorded" only once it is in the file (PRODUCT.md)."""
    import threading

    from live_phone import _pool

    from kotter_workshop.store.file import SessionFile

    disk = threading.Event()
    run_late = SessionFile._run_late

    def stalled(self, *args):
        assert disk.wait(20)
        run_late(self, *args)

    monkeypatch.setattr(SessionFile, "_run_late", stalled)
    path = tmp_path / "slow.kotter"
    write_new_file(new_session(SessionInfo(title="Slow disk")), path)
    opened = open_session_file(path)
    window = open_window(qtbot, theme, Document(opened.session, opened))
    try:
        press(qtbot, window, "v")
        ana = phone(qtbot, window)
        body = b'{"voter": "%s", "process": "aligning-people", "round": 1, "value": 4}' % (
            ANA.encode()
        )
        answer = _pool.submit(ana._request, "POST", "vote", body)
        qtbot.waitUntil(lambda: len(opened.session.ballots) == 1)  # on screen at once
        qtbot.wait(300)  # the window runs on meanwhile
        assert not answer.done()  # but the phone is not told "recorded" yet
        with open_session_file(path, read_only=True) as meanwhile:
            assert meanwhile.session.ballots == ()  # not on disk yet
        disk.set()
        qtbot.waitUntil(answer.done, timeout=10_000)
        assert answer.result()[0] == 200
        with open_session_file(path, read_only=True) as after:
            assert [(b.value, b.voter) for b in after.session.ballots] == [(4, ANA)]
    finally:
        disk.set()
        window.phone_voting.detach()
        opened.close()


def test_a_read_only_session_does_not_open_voting(qtbot, theme, guard, tmp_path):
    path = tmp_path / "ro.kotter"
    session = new_session(SessionInfo(title="Old"))
    session.add_ballot(Ballot("aligning-people", 3))
    write_new_file(session, path)
    opened = open_session_file(path, read_only=True)
    window = open_window(qtbot, theme, Document(opened.session, opened))
    try:
        press(qtbot, window, "v")
        assert not window.phone_voting.live.server.running
    finally:
        window.phone_voting.detach()
        opened.close()


def test_the_room_address_is_read_from_the_network_interfaces():
    import ipaddress

    from kotter_workshop.ui.live.network import room_address

    address = ipaddress.ip_address(room_address())
    assert address.version == 4 and not address.is_link_local


def test_the_room_address_prefers_wifi_and_skips_containers(monkeypatch):
    from kotter_workshop.ui.live import network

    monkeypatch.setattr(network.sys, "platform", "linux")
    monkeypatch.setattr(network, "_host_addresses", lambda: [("", "127.0.1.1")])
    found = [
        ("lo", "127.0.0.1"),
        ("docker0", "172.17.0.1"),
        ("eth0", "10.0.0.5"),
        ("wlp2s0", "192.168.1.23"),
    ]
    monkeypatch.setattr(network, "_linux_addresses", lambda: found)
    assert network.room_address() == "192.168.1.23"
    monkeypatch.setattr(network, "_linux_addresses", lambda: found[:2])
    assert network.room_address() == "127.0.0.1"  # nothing a phone can reach: say loopback


def test_votes_are_answered_while_a_big_shared_pdf_is_built(room, qtbot, monkeypatch):
    """Thousands of long notes take seconds to lay out as a PDF: sharing it must not hold
    the phones' ballots (it used to run on the window's thread, and votes waited or got 503)."""
    import time

    from live_phone import _pool

    from kotter_workshop.domain.parts import Note

    words = [
        "the",
        "team",
        "agreed",
        "that",
        "our",
        "roadmap",
        "needs",
        "a",
        "clearer",
        "destination",
        "and",
        "owner",
    ]
    big = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    notes: dict[str, list[Note]] = {p.id: [] for p in big.panels}
    for i in range(6000):
        text = " ".join(words[(i + k) % len(words)] for k in range(60))[:280]
        notes[big.panels[i % len(big.panels)].id].append(Note(text))
    for panel_id, some in notes.items():
        big.put_notes(panel_id, some)
    # The shared PDF is built from a snapshot: here one holding 6,000 notes, which the room's
    # boards do not hold (boards of thousands of notes slow the window on their own).
    session = room.scope.document.session
    monkeypatch.setattr(session, "snapshot", big.snapshot)
    press(qtbot, room, "v")
    voters = [f"ph-{i:032x}" for i in range(1, 7)]  # six: the most one address may introduce
    phones = [phone(qtbot, room, voter) for voter in voters]

    def vote(ana, moment):
        time.sleep(moment)
        body = b'{"voter": "%s", "process": "aligning-people", "round": 1, "value": 3}' % (
            ana.voter.encode()
        )
        started = time.monotonic()
        status = ana._request("POST", "vote", body)[0]
        return status, time.monotonic() - started

    started = time.monotonic()
    answers = [_pool.submit(vote, p, 0.1 + i * 0.3) for i, p in enumerate(phones[:3])]
    room.phone_voting.live.share_pdf(True)  # the build starts now
    answers += [_pool.submit(vote, p, 0.1 + i * 0.3) for i, p in enumerate(phones[3:])]
    qtbot.waitUntil(lambda: all(a.done() for a in answers), timeout=30_000)
    qtbot.waitUntil(lambda: room.phone_voting.live.server.pdf_shared, timeout=60_000)
    built = time.monotonic() - started
    results = [a.result() for a in answers]
    assert [status for status, _ in results] == [200] * len(voters)
    assert len(session.ballots) == len(voters)
    slowest = max(seconds for _, seconds in results)
    assert built > 1.5 and slowest < 1.0, (slowest, built)  # the build was long; no vote waited


def test_closing_while_the_shared_pdf_is_built_says_nothing_on_stderr(room, qtbot):
    """The build's thread outlives the session: its result is dropped, with no traceback."""
    import shiboken6

    room.files.open_demo()  # as --demo does: a session that File > Close closes
    room.phone_voting.options = LOOPBACK
    room.actions_by_name["voting_pdf"].trigger()
    live = room.phone_voting.live
    building = live._pdf_building
    assert building is not None and building.running
    room.files.close_document()  # File > Close, while the summary is being built
    qtbot.waitUntil(lambda: not shiboken6.isValid(live))  # the session's objects are gone
    qtbot.waitUntil(lambda: not building.thread.is_alive(), timeout=30_000)
    # An error in that thread fails this test (pyproject: filterwarnings).
