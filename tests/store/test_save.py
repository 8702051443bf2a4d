"""Save As continues in the new file; Save a Copy stays in the current one."""

from __future__ import annotations

from kotter_workshop.domain.model import Note
from kotter_workshop.store import open_session_file

from .conftest import digest, picture


def test_save_as_continues_in_the_new_file_and_leaves_the_old_one(tmp_path, demo_file):
    new = tmp_path / "named.kotter"
    with open_session_file(demo_file) as opened:
        opened.set_draft("note:1", "half")
        opened.save_as(new)
        old_bytes = digest(demo_file)
        assert opened.path == new and not opened.read_only
        opened.session.update_info(title="Edited after Save As")
        expected = picture(opened.session)
    assert digest(demo_file) == old_bytes
    with open_session_file(demo_file) as old:
        assert old.session.title != "Edited after Save As"
    with open_session_file(new) as reopened:
        assert picture(reopened.session) == expected
        assert reopened.drafts() == {"note:1": "half"}
    assert not (tmp_path / ".demo.kotter.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kotter", "named.kotter"]


def test_save_a_copy_stays_in_the_current_file(tmp_path, demo_file):
    copy = tmp_path / "copy.kotter"
    with open_session_file(demo_file) as opened:
        opened.save_copy(copy)
        at_copy = picture(opened.session)
        opened.session.update_info(title="Edited after the copy")
        assert opened.path == demo_file
    with open_session_file(copy) as copied:
        assert picture(copied.session) == at_copy
    with open_session_file(demo_file) as current:
        assert current.session.title == "Edited after the copy"


def test_save_as_from_a_read_only_file_makes_it_editable(tmp_path, demo_file):
    with open_session_file(demo_file, read_only=True) as opened:
        opened.save_as(tmp_path / "mine.kotter")
        assert not opened.read_only and opened.read_only_reason is None
        opened.session.put_note(opened.session.panels[0].id, Note("kept", id="n1"))
    with open_session_file(tmp_path / "mine.kotter") as mine:
        assert mine.session.panels[0].notes[-1].text == "kept"


def test_save_as_replaces_an_existing_file_whole(tmp_path, demo_file):
    target = tmp_path / "existing.kotter"
    target.write_bytes(b"an older file")
    with open_session_file(demo_file) as opened:
        opened.save_as(target)
        expected = picture(opened.session)
    with open_session_file(target) as reopened:
        assert picture(reopened.session) == expected


def test_save_a_copy_after_a_full_disk_keeps_the_unsaved_change(tmp_path, demo_file):
    errors = []
    with open_session_file(demo_file) as opened:
        opened.on_error = errors.append
        opened._conn.execute("PRAGMA max_page_count = 1")  # no room for one more page
        panel = opened.session.panels[-1]
        for i in range(2000):  # notes as long as a note may be, until one does not fit
            opened.session.put_note(panel.id, Note(f"Only in memory {i} " + "x" * 250))
            if errors:
                break
        assert errors
        in_memory = opened.session.panel(panel.id).notes
        opened.save_copy(tmp_path / "rescue.kotter")
    with open_session_file(tmp_path / "rescue.kotter") as rescued:
        assert rescued.session.panel(panel.id).notes == in_memory
