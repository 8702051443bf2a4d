"""Notes from phones survive kill -9: every note a phone was told is sent is in the file.

The app runs in a process of its own with notes from phones open (W) on a slowed
disk (each commit waits as an fsync on a USB stick does), phones send a burst of
notes, and the app is killed with SIGKILL in the middle of it; then the file is
reopened.
"""

from __future__ import annotations

import threading
import time

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import open_session_file, write_new_file

from .app_process import AppProcess

PHONES = 30
FSYNC = 0.1


def test_notes_a_phone_was_told_are_sent_survive_a_kill_9_mid_burst(tmp_path):
    path = tmp_path / "burst.kotter"
    write_new_file(new_session(SessionInfo(title="Brainstorm")), path)
    app = AppProcess(
        path,
        args=("--notes",),
        env={
            "KOTTER_WORKSHOP_TEST_COMMIT_DELAY": str(FSYNC),
            "KOTTER_WORKSHOP_LIVE_ADDRESS_RATE": "1000",  # every phone here is 127.0.0.1
        },
    )
    answers: list[tuple[str, object]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def phone(n: int) -> None:
        sent = 0
        while not stop.is_set() and sent < 40:
            text = f"phone {n} note {sent}"
            status, _ = app.note(f"ph-{n:032x}", text, timeout=5)
            with lock:
                answers.append((text, status))
            sent += 1
            time.sleep(0.05)

    # after 1.5 s the burst is well under way: notes wait for the disk
    app.kill_mid_burst(phone, PHONES, stop, after=1.5)
    told = {text for text, status in answers if status == 200}
    assert len(told) > PHONES  # the burst was real: many notes were sent before the kill
    assert any(status != 200 for _, status in answers)  # and some were cut off by it
    with open_session_file(path, read_only=True) as after:
        panel = after.session.panel_for("aligning-people")
        in_file = [n.text for n in panel.notes]
    assert told - set(in_file) == set()  # nothing a phone was told is sent is lost
    assert len(in_file) == len(set(in_file))  # and nothing is there twice
