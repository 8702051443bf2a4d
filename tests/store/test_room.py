"""Where the room is, in the file; and whether the file was closed last time (a kill -9)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from kotter_workshop.store import open_session_file
from kotter_workshop.store.room import RoomState

HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from kotter_workshop.store import open_session_file
    from kotter_workshop.store.room import RoomState
    opened = open_session_file(sys.argv[1])
    opened.set_room(RoomState("process:aligning-people", 1, ("process:aligning-people",), True))
    opened.settle()  # the room goes to the writer thread: on disk now
    print("open", flush=True)
    time.sleep(60)
    """
)


def test_what_is_face_down_is_kept_beside_the_reveals(demo_file):
    state = RoomState(
        "process:aligning-people",
        2,
        ("process:aligning-people",),
        False,
        face_down=("note-1", "note-2"),
        hidden_counts=("panel-1",),
    )
    with open_session_file(demo_file) as opened:
        opened.set_room(state)
    with open_session_file(demo_file) as opened:
        assert opened.room() == state
        assert opened.room().revealed == ("process:aligning-people",)  # no note among slides


def test_the_room_is_kept_and_a_clean_close_is_not_a_recovery(demo_file):
    state = RoomState("summary", 1, ("summary", "process:setting-direction"), False)
    with open_session_file(demo_file) as opened:
        assert not opened.recovered
        assert opened.room() is None  # never written: the room starts at the start
        opened.set_room(state)
    with open_session_file(demo_file) as opened:
        assert not opened.recovered
        assert opened.room() == state


def test_a_killed_process_leaves_a_recovery_behind(demo_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(demo_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with open_session_file(demo_file) as elsewhere:  # still open there: read-only here
            assert elsewhere.read_only and not elsewhere.recovered
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    with open_session_file(demo_file) as opened:
        assert opened.recovered
        assert opened.room() == RoomState(
            "process:aligning-people", 1, ("process:aligning-people",), True
        )
    with open_session_file(demo_file) as opened:  # closed cleanly just now
        assert not opened.recovered
