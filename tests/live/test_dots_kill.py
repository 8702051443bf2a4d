"""A phone's dots replace its earlier ones also across a kill -9 and a reopen.

The app runs in a process of its own with dot voting from phones open (D) on a
slowed disk; phones keep moving their three dots, and the app is killed with
SIGKILL in the middle of it. In the reopened file each note's count is the dots the
phones' kept placements put on it: the counts and the placements were committed
together. Then the app opens the file again (a new token: the phones' pages have
forgotten their dots) and every phone places its three dots anew: each still has
three, not six.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import PutNote
from kotter_workshop.domain.dot_book import dot_book
from kotter_workshop.domain.model import Note
from kotter_workshop.store import open_session_file, write_new_file

from .app_process import AppProcess

PHONES = 20
DOTS = 3
FSYNC = 0.1
ENV = {"KOTTER_WORKSHOP_LIVE_ADDRESS_RATE": "1000"}  # every phone here is 127.0.0.1


def _counts(path) -> tuple[dict[str, int], Counter]:
    """Each note's dot count in the file, and the dots its kept placements put there."""
    with open_session_file(path, read_only=True) as opened:
        session = opened.session
        panel = session.panel_for("aligning-people")
        placed = Counter(n for _, _, notes in dot_book(session).all() for n in notes)
        return {n.id: n.votes for n in panel.notes}, placed


def test_dots_and_their_placements_survive_a_kill_9_together(tmp_path):
    path = tmp_path / "dots.kotter"
    session = new_session(SessionInfo(title="Dot vote"))
    panel = session.panel_for("aligning-people")
    for n in range(6):
        PutNote(panel.id, Note(f"Idea {n}", x=300.0 * n)).apply(session)
    notes = [n.id for n in session.panel_for("aligning-people").notes]
    write_new_file(session, path)

    app = AppProcess(
        path, args=("--dots",), env={**ENV, "KOTTER_WORKSHOP_TEST_COMMIT_DELAY": str(FSYNC)}
    )
    answers: list[object] = []
    stop = threading.Event()

    def phone(n: int) -> None:
        chance = random.Random(n)
        while not stop.is_set():
            status, _ = app.dots(f"ph-{n:032x}", chance.choices(notes, k=DOTS), timeout=5)
            answers.append(status)
            time.sleep(0.02)

    app.kill_mid_burst(phone, PHONES, stop, after=1.5)  # dots moving, waiting for the disk
    assert answers.count(200) > PHONES  # the phones had moved their dots, some more than once
    counts, placed = _counts(path)
    assert sum(counts.values()) > 0
    assert counts == {n: placed[n] for n in notes}  # not one dot more or less than placed

    again = AppProcess(path, args=("--dots",), env=ENV)
    try:
        for n in range(PHONES):  # each phone's page starts blank: it places three dots anew
            status, _ = again.dots(f"ph-{n:032x}", [notes[n % len(notes)]] * DOTS)
            assert status == 200
        assert again.quit()["failed"] is None
    finally:
        again.stop()
    counts, placed = _counts(path)
    assert sum(counts.values()) == PHONES * DOTS  # replaced, not added to the earlier ones
    assert counts == {n: DOTS * len(range(i, PHONES, len(notes))) for i, n in enumerate(notes)}
    assert counts == {n: placed[n] for n in notes}
