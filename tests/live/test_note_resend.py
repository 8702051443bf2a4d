"""A note sent again is not a second note: the laptop answered 503 (the disk was slow), the
phone sent the same note again with the same key, and the board and the file hold it once.

The app runs in a process of its own with notes from phones open (W), on a disk whose
every commit waits a second, and a server that answers 503 after 0.3 s.
"""

from __future__ import annotations

import time

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import open_session_file, write_new_file

from .app_process import AppProcess

PHONE = "ph-" + "ab" * 16


def test_a_note_resent_after_503_is_on_the_board_once(tmp_path):
    path = tmp_path / "resend.kotter"
    write_new_file(new_session(SessionInfo(title="Resend")), path)
    app = AppProcess(
        path,
        args=("--notes", "--reply-seconds", "0.3"),
        env={"KOTTER_WORKSHOP_TEST_COMMIT_DELAY": "1.0"},
    )
    try:
        first = app.note_answer(PHONE, "Too many meetings", key="k-1")
        assert first[0] == 503  # the laptop did not answer in time: the phone cannot know
        again = app.note_answer(PHONE, "Too many meetings", key="k-1")  # while still waiting
        deadline = time.monotonic() + 10
        while again[0] == 503 and time.monotonic() < deadline:  # the page's back-off
            time.sleep(0.5)
            again = app.note_answer(PHONE, "Too many meetings", key="k-1")
        assert again[0] == 200, again
        later = app.note_answer(PHONE, "Too many meetings", key="k-1")  # a late duplicate
        assert later == again  # the same note's id, nothing added
        other = app.note_answer(PHONE, "Too many meetings", key="k-2")  # a new note, same words
        while other[0] == 503 and time.monotonic() < deadline:
            time.sleep(0.5)
            other = app.note_answer(PHONE, "Too many meetings", key="k-2")
        assert other[0] == 200 and other[1]["note"] != again[1]["note"]
        app.quit()
    finally:
        app.stop()
    with open_session_file(path, read_only=True) as after:
        notes = after.session.panel_for("aligning-people").notes
    assert sorted(n.id for n in notes) == sorted([again[1]["note"], other[1]["note"]])
    assert [n.text for n in notes] == ["Too many meetings"] * 2
