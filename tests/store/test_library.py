"""Where sessions live: untitled sessions, templates and the recent list, in user folders."""

import os

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import library, write_new_file


def test_user_folders_are_the_test_folders_never_the_real_ones(tmp_path):
    assert str(library.data_dir()).startswith(os.environ["XDG_DATA_HOME"])
    assert str(library.config_dir()).startswith(os.environ["XDG_CONFIG_HOME"])


def test_untitled_sessions_are_listed_newest_first_with_their_details():
    first, second = library.new_untitled_path(), library.new_untitled_path()
    write_new_file(demo_session(), first)
    session = demo_session()
    session.update_info(title="Later one")
    write_new_file(session, second)
    os.utime(first, (1, 1))
    entries = library.untitled_sessions()
    assert [e.title for e in entries] == ["Later one", "Leadership offsite, autumn"]
    assert entries[0].team == "Customer Platform team" and entries[0].date == "2026-11-19"
    assert library.is_untitled(first)


def test_a_broken_untitled_file_is_listed_with_its_problem_not_a_crash():
    broken = library.new_untitled_path()
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    (entry,) = library.untitled_sessions()
    assert entry.problem and str(broken.name) in entry.problem


def test_recent_files_keep_the_newest_first_and_forget_on_request(tmp_path):
    recent = library.RecentFiles()
    a, b = tmp_path / "a.kotter", tmp_path / "b.kotter"
    info = demo_session().info
    recent.add(a, info)
    recent.add(b, info)
    recent.add(a, info)
    assert [e.path.name for e in recent.entries()] == ["a.kotter", "b.kotter"]
    assert not recent.entries()[0].exists
    recent.forget(a)
    assert [e.path.name for e in recent.entries()] == ["b.kotter"]


def test_a_damaged_recent_list_reads_as_empty():
    recent = library.RecentFiles()
    recent.store.parent.mkdir(parents=True, exist_ok=True)
    recent.store.write_text("{not json")
    assert recent.entries() == []


def test_untitled_sessions_never_enter_the_recent_list():
    recent = library.RecentFiles()
    recent.add(library.new_untitled_path(), demo_session().info)
    assert recent.entries() == []


def test_template_names_never_overwrite_each_other():
    first = library.template_path("Basics: day 1")
    first.write_text("x")
    second = library.template_path("Basics: day 1")
    assert first.name == "Basics_ day 1.kotter" and second.name == "Basics_ day 1 2.kotter"
