"""While phones vote, Python's full garbage collections wait for a lull in the room.

A full collection holds the GIL and so the window: 30-50 ms each with a hall of
1,000 phones on a quiet machine, 159 ms once under load (benchmarks/README.md).
These tests use Python's real collector, watched through ``gc.callbacks``.
"""

from __future__ import annotations

import gc
import time
import weakref

from test_live_voting import phone, press, room  # noqa: F401 (room is a fixture)

from kotter_workshop.ui.live.garbage import DEFER, CollectionPacer


class Cycle:
    """An object that refers to itself: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def objects_until_a_full_collection(limit: int) -> int | None:
    """Make objects that stay alive until Python starts a full collection by itself."""
    started: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    kept = []
    gc.callbacks.append(watch)
    try:
        for made in range(limit):
            kept.append([])
            if 2 in started:
                return made
        return None
    finally:
        gc.callbacks.remove(watch)
        kept.clear()


def test_python_holds_its_full_collections_while_the_room_is_busy(qtbot):
    python_own = gc.get_threshold()
    gc.collect()
    needed = objects_until_a_full_collection(5_000_000)
    assert needed is not None  # without the pacer, Python collects everything this soon
    pacer = CollectionPacer(time.monotonic)  # a request this very moment: never a lull
    pacer.start()
    try:
        assert gc.get_threshold()[2] == python_own[2] * DEFER
        assert objects_until_a_full_collection(needed * 3) is None
    finally:
        pacer.stop()
    assert gc.get_threshold() == python_own


def test_in_a_lull_the_held_full_collection_runs_and_frees_old_garbage(qtbot):
    last_request = [time.monotonic()]
    pacer = CollectionPacer(lambda: last_request[0], lull=0.2, check_ms=10)
    pacer.start()
    try:
        old = Cycle()
        gc.collect(0)
        gc.collect(1)  # it survived two collections: it is in the oldest generation now
        freed = weakref.ref(old)
        del old  # garbage now, in a cycle that only a full collection frees
        for _ in range(gc.get_threshold()[2] // DEFER):
            gc.collect(1)  # as many young collections as make a full one due
        assert freed() is not None
        for _ in range(30):  # the room keeps sending: no full collection for 0.3 s
            last_request[0] = time.monotonic()
            qtbot.wait(10)
        assert freed() is not None
        qtbot.waitUntil(lambda: freed() is None, timeout=2000)  # then a lull: collected
    finally:
        pacer.stop()


def test_phone_voting_paces_collections_until_the_session_closes(room, qtbot):  # noqa: F811
    python_own = gc.get_threshold()
    press(qtbot, room, "v")
    live = room.phone_voting.live
    assert gc.get_threshold()[2] == python_own[2] * DEFER
    before = live.server.last_request
    phone(qtbot, room).state()  # a phone joins: the room is active
    joined = live.server.last_request
    assert joined > before
    room.phone_voting.detach()  # the session closes, and the server with it
    assert gc.get_threshold() == python_own


def test_a_waiting_long_poll_is_not_activity(room, qtbot):  # noqa: F811
    press(qtbot, room, "v")
    live = room.phone_voting.live
    version = phone(qtbot, room).state()["version"]
    joined = live.server.last_request
    live.server.poll_seconds = 0.2  # the poll comes back unchanged soon
    status, _ = phone(qtbot, room).call("GET", f"state?since={version}")
    assert status == 200
    assert live.server.last_request == joined
