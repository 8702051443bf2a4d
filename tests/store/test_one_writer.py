"""One writer per file, whatever path reaches it: links, a deleted lock file, real processes.

Each test opens the session in a second real process (a window of its own) and
then reaches the same file by another path in this one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import StoreError, open_session_file, write_new_file
from kotter_workshop.store.file import OPEN_ELSEWHERE
from kotter_workshop.store.lock import lock_path_for

from .conftest import digest

HOLDER = textwrap.dedent("""
    import sys, time
    from kotter_workshop.store import open_session_file
    opened = open_session_file(sys.argv[1])
    print("read-only" if opened.read_only else "open", flush=True)
    for line in sys.stdin:  # each line: a title to write into the file
        opened.session.update_info(title=line.strip())
        print("written", flush=True)
""")


class Window:
    """A second process of the app with the session open (through ``path``)."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.state = self.process.stdout.readline().strip()

    def write_title(self, title: str) -> None:
        self.process.stdin.write(title + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "written"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)


@pytest.fixture
def window():
    started: list[Window] = []

    def start(path: Path) -> Window:
        started.append(Window(path))
        return started[-1]

    yield start
    for w in started:
        w.close()


@pytest.fixture
def session_file(tmp_path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "workshop.kotter"
    write_new_file(demo_session(), path)
    return path


def _symlink(session_file: Path) -> Path:
    link = session_file.parent.parent / "shortcut.kotter"  # another folder, another name
    link.symlink_to(session_file)
    return link


def _hard_link(session_file: Path) -> Path:
    other = session_file.parent.parent / "elsewhere"
    other.mkdir()
    link = other / "same file.kotter"
    os.link(session_file, link)
    return link


@pytest.mark.parametrize("make_link", [_symlink, _hard_link], ids=["symlink", "hard link"])
def test_a_link_to_an_open_session_opens_read_only(window, session_file, make_link):
    link = make_link(session_file)
    first = window(session_file)
    assert first.state == "open"
    with open_session_file(link) as second:
        assert second.read_only_reason == OPEN_ELSEWHERE
        second.session.update_info(title="From the second window")  # not written
    first.write_title("From the first window")
    with open_session_file(session_file, read_only=True) as check:
        assert check.session.title == "From the first window"


@pytest.mark.parametrize("make_link", [_symlink, _hard_link], ids=["symlink", "hard link"])
def test_the_real_name_of_a_session_open_through_a_link_opens_read_only(
    window, session_file, make_link
):
    first = window(make_link(session_file))
    assert first.state == "open"
    with open_session_file(session_file) as second:
        assert second.read_only_reason == OPEN_ELSEWHERE


def test_three_windows_through_three_paths_have_one_writer(window, session_file):
    symlink, hard_link = _symlink(session_file), _hard_link(session_file)
    states = [window(path).state for path in (hard_link, session_file, symlink)]
    assert states == ["open", "read-only", "read-only"]


def test_a_deleted_lock_file_does_not_make_a_second_writer(window, session_file):
    first = window(session_file)
    assert first.state == "open"
    lock_path_for(session_file).unlink()  # a cleaning tool, a sync client
    assert window(session_file).state == "read-only"
    with open_session_file(session_file) as third:
        assert third.read_only_reason == OPEN_ELSEWHERE


def test_a_killed_window_leaves_no_lock_on_any_path(window, session_file):
    link = _hard_link(session_file)
    first = window(session_file)
    assert first.state == "open"
    first.kill()
    with open_session_file(link) as second:
        assert not second.read_only
        second.session.update_info(title="After the kill")
    with open_session_file(session_file) as third:
        assert not third.read_only and third.session.title == "After the kill"


@pytest.mark.parametrize("make_link", [_symlink, _hard_link], ids=["symlink", "hard link"])
def test_save_a_copy_onto_a_link_to_an_open_session_is_refused(window, session_file, make_link):
    link = make_link(session_file)
    first = window(session_file)
    assert first.state == "open"
    before = digest(session_file)
    with open_session_file(link, read_only=True) as other:
        other.session.update_info(title="A copy over the open session")
        with pytest.raises(StoreError) as caught:
            other.save_copy(link)
    assert "open in another Kotter Workshop window" in str(caught.value)
    assert digest(session_file) == before
