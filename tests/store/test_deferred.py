"""Phone ballots are committed on the file's writer thread; the file keeps one writer, in order."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from kotter_workshop.domain import commands
from kotter_workshop.domain.model import Action, Aspect, Ballot, Note, Participant
from kotter_workshop.store import DiskFullError, StoreError, open_session_file

PROCESS = "setting-direction"


class Written:
    """The ``written`` callback: what it was told, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, str]] = []
        self.event = threading.Event()

    def __call__(self, error) -> None:
        self.calls.append((error, threading.current_thread().name))
        self.event.set()

    def wait(self) -> None:
        assert self.event.wait(10), "the writer thread never answered"


def cast(session, voter: str, value: int) -> None:
    commands.CastBallot(Ballot(PROCESS, value, voter, 1)).apply(session)


def on_disk(path) -> list[tuple[str | None, int | None]]:
    with open_session_file(path, read_only=True) as stored:
        return [(b.voter, b.value) for b in stored.session.ballots_for(PROCESS, 1)]


def test_ballots_are_committed_on_the_writer_thread_and_then_reported(demo_file):
    written = Written()
    with open_session_file(demo_file) as opened:
        before = on_disk(demo_file)
        with opened.deferred(written), opened.session.batch():
            cast(opened.session, "ph-a", 4)
            cast(opened.session, "ph-b", 2)
            opened.session.put_participant(Participant("ph-a", "Ana"))
        written.wait()
        [(error, thread)] = written.calls
        assert error is None and thread.startswith("kotter-writer")
        assert on_disk(demo_file) == [*before, ("ph-a", 4), ("ph-b", 2)]
        with open_session_file(demo_file, read_only=True) as stored:
            assert Participant("ph-a", "Ana") in stored.session.roster


def test_the_ballots_go_to_disk_while_the_window_still_draws_them(demo_file):
    """The writer has a batch as soon as the file hears of it, not once every view is drawn.

    A hall's phones hear "recorded" after the commit: a slow redraw must not come first.
    """
    seen = []
    with open_session_file(demo_file) as opened:
        session = opened.session

        def saved() -> bool:
            try:
                return ("ph-draw", 5) in on_disk(demo_file)
            except StoreError:  # read in the middle of the commit: look again
                return False

        def slow_view(change) -> None:  # subscribed after the file, as every view is
            if change.aspect is Aspect.BALLOTS:
                deadline = time.monotonic() + 10
                while not saved() and time.monotonic() < deadline:
                    time.sleep(0.01)  # still drawing
                seen.append(saved())

        unsubscribe = session.subscribe(slow_view)
        written = Written()
        with opened.deferred(written), session.batch():
            cast(session, "ph-draw", 5)
        written.wait()
        unsubscribe()
        assert written.calls[0][0] is None
    assert seen == [True]  # on disk while the view was still busy with it


def test_an_edit_after_deferred_ballots_waits_for_them_and_the_file_keeps_the_order(demo_file):
    with open_session_file(demo_file) as opened:
        session = opened.session
        with opened.deferred(Written()), session.batch():
            cast(session, "ph-a", 4)
        cast(session, "ph-a", 1)  # the phone changes its vote: a plain edit, written at once
        with opened.deferred(Written()), session.batch():
            cast(session, "ph-c", 3)
            session.put_action(Action("Book the room"))  # cannot wait: written at once, in order
        opened.close()  # closing waits for the writer
        assert ("ph-a", 1) in on_disk(demo_file) and ("ph-a", 4) not in on_disk(demo_file)
        assert ("ph-c", 3) in on_disk(demo_file)
        with open_session_file(demo_file, read_only=True) as stored:
            assert stored.session.actions[-1].text == "Book the room"


def test_a_deferred_write_that_fails_stops_editing_at_the_next_use(demo_file):
    errors = []
    written = Written()
    with open_session_file(demo_file) as opened:
        opened.on_error = errors.append
        before = on_disk(demo_file)
        opened._conn.execute("PRAGMA max_page_count = 1")  # no room for one more page
        with opened.deferred(written), opened.session.batch():
            for i in range(1000):
                cast(opened.session, f"ph-{i}-" + "x" * 56, 1 + i % 5)  # ids up to 64
        written.wait()
        [(error, _)] = written.calls
        assert isinstance(error, DiskFullError)
        assert not errors  # reported on the window's thread, not the writer's
        opened.settle()
        assert opened.failed == str(error) and errors == [error]
        opened.session.update_info(title="Not written")  # refused quietly: editing has stopped
    assert on_disk(demo_file) == before  # nothing half-written


def test_ballots_taken_before_an_error_in_the_block_are_still_written(demo_file):
    told = []

    def written(error) -> None:  # what a phone would hear, and whether it is true then
        told.append((error, ("ph-z", 5) in on_disk(demo_file)))

    with (
        open_session_file(demo_file) as opened,
        pytest.raises(RuntimeError),
        opened.deferred(written),
    ):
        with opened.session.batch():
            cast(opened.session, "ph-z", 5)
        raise RuntimeError("something else went wrong")
    assert told == [(None, True)]  # told "saved" only once it is on disk
    assert ("ph-z", 5) in on_disk(demo_file)


def test_a_nested_block_is_told_only_once_the_outer_block_is_on_disk(demo_file):
    outer, inner = Written(), Written()
    with open_session_file(demo_file) as opened:
        with opened.deferred(outer), opened.session.batch():
            with opened.deferred(inner):
                cast(opened.session, "ph-n", 2)
            assert inner.calls == []  # nothing is on disk yet: nothing is told
        outer.wait()
        inner.wait()
        assert [error for error, _ in outer.calls + inner.calls] == [None, None]
        assert all(thread.startswith("kotter-writer") for _, thread in inner.calls)
    assert ("ph-n", 2) in on_disk(demo_file)


def test_notes_and_dots_from_phones_are_committed_on_the_writer_thread_in_order(demo_file):
    """A burst of phone notes does not hold the window for the disk; the file keeps order."""
    written = Written()
    with open_session_file(demo_file) as opened:
        session = opened.session
        panel = session.panel_for(PROCESS)
        before = [note.id for note in panel.notes]
        sent = [Note(f"idea {i}") for i in range(5)]
        with opened.deferred(written), session.batch():
            commands.PutNotes(panel.id, sent).apply(session)
        written.wait()
        [(error, thread)] = written.calls
        assert error is None and thread.startswith("kotter-writer")
        dotted = Written()
        with opened.deferred(dotted), session.batch():
            session.put_note(panel.id, replace(sent[2], votes=3))  # a phone's dots
        dotted.wait()
        assert dotted.calls[0][1].startswith("kotter-writer")
    with open_session_file(demo_file, read_only=True) as stored:
        notes = stored.session.panel_for(PROCESS).notes
        assert [note.id for note in notes] == before + [note.id for note in sent]
        assert [note.votes for note in notes[len(before) :]] == [0, 0, 3, 0, 0]


def test_a_batch_of_dots_with_a_note_gone_and_one_moved_is_on_disk_as_in_the_window(demo_file):
    """Dots on many notes are written together; a deleted and a moved note go with them."""
    written = Written()
    with open_session_file(demo_file) as opened:
        session = opened.session
        panel = session.panel_for(PROCESS)
        other = next(p for p in session.panels if p.id != panel.id)
        sent = [Note(f"idea {i}") for i in range(12)]
        with opened.deferred(written), session.batch():
            commands.PutNotes(panel.id, sent).apply(session)
        written.wait()
        dotted = Written()
        notes = session.panel(panel.id).notes
        with opened.deferred(dotted), session.batch():
            session.put_notes(panel.id, [replace(n, votes=i % 4) for i, n in enumerate(notes)])
            session.remove_note(panel.id, sent[3].id)
            _, moved = session.remove_note(panel.id, sent[5].id)
            session.put_note(other.id, replace(moved, votes=2))
        dotted.wait()
        assert dotted.calls[0][0] is None
        expected = {
            p.id: [(n.id, n.text, n.votes) for n in p.notes]
            for p in (session.panel(panel.id), session.panel(other.id))
        }
    with open_session_file(demo_file, read_only=True) as stored:
        for panel_id, notes in expected.items():
            assert [(n.id, n.text, n.votes) for n in stored.session.panel(panel_id).notes] == notes
    assert sent[3].id not in {n[0] for n in expected[panel.id]}
    assert (sent[5].id, "idea 5", 2) in expected[other.id]
