"""Quitting while phones vote: every ballot the app was handed is saved and answered, the
port closes. (How long quitting takes is measured in benchmarks/bench_quit.py, not here.)"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest
from PySide6.QtGui import QAction
from test_live_voting import LOOPBACK, open_window

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document

PHONES = 12


def send_vote(url: str, voter: str, value: int, answers: dict) -> None:
    """One phone's vote, on its own connection; keeps the answer or what went wrong."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    body = {"voter": voter, "process": "aligning-people", "round": 1, "value": value}
    try:
        conn.request(
            "POST", parts.path + "vote", json.dumps(body), {"Content-Type": "application/json"}
        )
        response = conn.getresponse()
        answers[voter] = (response.status, json.loads(response.read()))
    except OSError as exc:
        answers[voter] = ("no answer", type(exc).__name__)
    finally:
        conn.close()


@pytest.fixture
def room_in_file(qtbot, theme, guard, tmp_path, monkeypatch):
    # Every phone here is 127.0.0.1: let one address bring in all of them.
    monkeypatch.setenv("KOTTER_WORKSHOP_LIVE_ADDRESS_RATE", "1000")
    path = tmp_path / "room.kotter"
    write_new_file(new_session(SessionInfo(title="Quit", date=dt.date(2026, 11, 1))), path)
    opened = open_session_file(path)
    window = open_window(qtbot, theme, Document(opened.session, opened))
    window.phone_voting.options = LOOPBACK
    return window, path


def test_quit_with_ballots_still_arriving_saves_and_answers_each_and_closes_the_port(
    room_in_file, qtbot
):
    window, path = room_in_file
    qtbot.keyClick(window, "v")
    live = window.phone_voting.live
    url, port = live.url, live.server.port
    answers: dict[str, tuple] = {}
    voters = [f"ph-{i:032x}" for i in range(PHONES)]
    phones = [
        threading.Thread(target=send_vote, args=(url, v, 1 + i % 5, answers))
        for i, v in enumerate(voters)
    ]
    for thread in phones:
        thread.start()
    # The Qt thread is busy here (as it is when the facilitator presses Ctrl+Q mid-burst):
    # the ballots reach the server and wait to be applied.
    deadline = time.monotonic() + 10
    while live._hand_over.waiting() < PHONES and time.monotonic() < deadline:
        time.sleep(0.01)
    assert live._hand_over.waiting() == PHONES

    quit_action = next(
        a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Q"
    )
    quit_action.trigger()
    for thread in phones:
        thread.join(timeout=10)

    assert {voter: answer[0] for voter, answer in answers.items()} == dict.fromkeys(voters, 200)
    with open_session_file(path, read_only=True) as again:
        saved = {(b.voter, b.value) for b in again.session.ballots}
    assert saved == {(v, 1 + i % 5) for i, v in enumerate(voters)}
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
