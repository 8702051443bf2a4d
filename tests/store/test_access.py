"""Read-only files, files open in another window, and a full disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from kotter_workshop.domain.model import Note
from kotter_workshop.store import DiskFullError, open_session_file
from kotter_workshop.store import file as store_file

from .conftest import digest, picture


@pytest.fixture
def read_only_file(demo_file, monkeypatch):
    demo_file.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything; make the check see what a user would
        real_access = os.access
        monkeypatch.setattr(
            store_file.os,
            "access",
            lambda p, mode: (
                False if str(p) == str(demo_file) and mode == os.W_OK else real_access(p, mode)
            ),
        )
    yield demo_file
    demo_file.chmod(0o644)


def test_a_read_only_file_opens_read_only_and_says_so(read_only_file):
    before = digest(read_only_file)
    with open_session_file(read_only_file) as opened:
        assert opened.read_only
        assert opened.read_only_reason == "The file is read-only, so changes will not be saved."
        opened.session.update_info(title="Not saved")
        opened.set_draft("title", "typing")  # kept in memory only
        assert opened.drafts() == {"title": "typing"}
    assert digest(read_only_file) == before


def test_asking_for_read_only_writes_nothing(demo_file):
    before = digest(demo_file)
    with open_session_file(demo_file, read_only=True) as opened:
        assert opened.read_only and opened.read_only_reason
        opened.session.update_info(title="Not saved")
    assert digest(demo_file) == before


def test_a_file_open_in_this_app_opens_read_only_elsewhere(demo_file):
    with open_session_file(demo_file) as first:
        with open_session_file(demo_file) as second:
            assert not first.read_only
            assert second.read_only_reason == (
                "The file is open in another Kotter Workshop window, so it opened read-only."
            )
            second.session.update_info(title="From the second window")
        first.session.update_info(title="From the first window")
    with open_session_file(demo_file) as third:
        assert not third.read_only  # closing let go of the lock
        assert third.session.title == "From the first window"


HOLDER = textwrap.dedent("""
    import sys, time
    from kotter_workshop.store import open_session_file
    opened = open_session_file(sys.argv[1])
    print("open" if not opened.read_only else "read-only", flush=True)
    time.sleep(60)
""")


def test_a_file_open_in_another_process_opens_read_only_until_that_process_dies(demo_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with open_session_file(demo_file) as here:
            assert here.read_only
            assert "another Kotter Workshop window" in here.read_only_reason
    finally:
        holder.kill()
        holder.wait()
    # The killed process left its lock file behind, but not its lock.
    with open_session_file(demo_file) as here:
        assert not here.read_only


def test_a_full_disk_stops_editing_and_keeps_what_was_committed(demo_file):
    errors = []
    with open_session_file(demo_file) as opened:
        opened.on_error = errors.append
        pages = opened._conn.execute("PRAGMA page_count").fetchone()[0]
        opened._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        panel = opened.session.panels[-1]
        committed = []
        for i in range(2000):  # notes as long as the limit allows, until two pages are full
            note = Note(f"note {i} " + "x" * 260)
            opened.session.put_note(panel.id, note)
            if errors:
                break
            committed.append(note)
        assert errors and isinstance(errors[0], DiskFullError)
        assert opened.failed == str(errors[0]) and "disk is full" in opened.failed
        assert committed  # some edits fitted before the disk filled up
        opened.session.update_info(title="After the disk filled up")  # not written, no crash
        assert len(errors) == 1
        in_memory = picture(opened.session)
    with open_session_file(demo_file) as reopened:
        notes = reopened.session.panel(panel.id).notes
        assert list(notes) == committed
        assert reopened.session.title != "After the disk filled up"
        assert list(in_memory["panels"][-1][3][: len(committed)]) == committed
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
