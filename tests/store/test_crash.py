"""Killing the app at any moment loses no acknowledged edit and leaves a sound file."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from kotter_workshop.store import open_session_file

from .conftest import digest

EDITOR = textwrap.dedent("""
    import sys
    from kotter_workshop.domain.model import Action, Ballot, Note
    from kotter_workshop.store import open_session_file

    run = sys.argv[2]
    opened = open_session_file(sys.argv[1])
    assert not opened.read_only, opened.read_only_reason
    session = opened.session
    panel = session.panels[0].id
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        edit = f"{run}-{i}"
        kind = i % 4
        if kind == 0:
            session.put_note(panel, Note("note " + edit + " " + "x" * (i % 260), id=edit))
        elif kind == 1:
            session.add_ballot(Ballot("setting-direction", 1 + i % 5, "v" + edit, 1, id=edit))
        elif kind == 2:
            session.put_action(Action("action " + edit, id=edit))
        else:
            opened.set_draft(edit, "draft " + edit)
        if opened.failed:
            raise SystemExit(opened.failed)
        print(edit, flush=True)  # only now is the edit acknowledged
""")


def _found(session, drafts: dict[str, str], edit: str) -> bool:
    kind = int(edit.rsplit("-", 1)[1]) % 4
    if kind == 0:
        return any(n.id == edit for p in session.panels for n in p.notes)
    if kind == 1:
        return any(b.id == edit for b in session.ballots)
    if kind == 2:
        return any(a.id == edit for a in session.actions)
    return drafts.get(edit) == f"draft {edit}"


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_no_acknowledged_edit(demo_file):
    rng = random.Random(20261122)
    acknowledged: list[str] = []
    hot_journals = 0
    for run in range(6):
        editor = subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(demo_file), f"r{run}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert editor.stdout.readline().strip() == "ready", editor.stderr.read()
        time.sleep(rng.uniform(0.05, 0.6))
        editor.send_signal(signal.SIGKILL)
        out, err = editor.communicate()
        assert editor.returncode == -signal.SIGKILL, err
        lines = out.split("\n")
        acknowledged += [line for line in lines[:-1] if line]  # the last may be cut short
        journal = demo_file.with_name(demo_file.name + "-journal")
        if journal.exists():  # killed mid-commit: a reader must cope without writing
            hot_journals += 1
            before = digest(demo_file), digest(journal)
            with open_session_file(demo_file, read_only=True) as reader:
                drafts = reader.drafts()
                assert [e for e in acknowledged if not _found(reader.session, drafts, e)] == []
            assert (digest(demo_file), digest(journal)) == before
        with open_session_file(demo_file) as reopened:
            drafts = reopened.drafts()
            missing = [e for e in acknowledged if not _found(reopened.session, drafts, e)]
            assert missing == []
        conn = sqlite3.connect(demo_file)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert len(acknowledged) > 20  # the editors really did edit
    print(f"{len(acknowledged)} edits, {hot_journals} kills mid-commit")
