"""One atomic writer (kotter_workshop/atomic.py) for every small file the app keeps: the
settings and the recent-files list. A write that fails half way leaves the old file as it
was and no part file; two writers at once never share a part file."""

import contextlib
import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from kotter_workshop.domain.model import SessionInfo
from kotter_workshop.exporters import EXPORTERS
from kotter_workshop.store.library import RecentFiles
from kotter_workshop.ui import settings

# A child process whose files may grow to 16 bytes only (RLIMIT_FSIZE): a real failure half
# way through a write, as a full disk gives, and one that root meets too (unlike a
# read-only folder). The old file is bigger than that and stays; only new writes fail.
HALF_WAY = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16, 16))
    what = sys.argv[1]
    if what == "settings":
        from kotter_workshop.ui import settings
        settings.save(settings.Settings(theme="dark", font_scale=1.75, language="de"))
    else:
        from kotter_workshop.store.library import Entry, RecentFiles
        RecentFiles(Path(sys.argv[2]))._save([Entry(Path("/a.kotter"), "A long title " * 9)])
    """
)


def write_half_way(what: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", HALF_WAY, what, *args], capture_output=True, text=True, timeout=60
    )


def test_settings_that_fail_half_way_keep_the_old_file_and_leave_no_part_file():
    settings.save(settings.Settings(theme="dark", font_scale=1.25, language="en"))
    path = settings.settings_path()
    before = path.read_bytes()
    assert len(before) > 16
    result = write_half_way("settings")
    assert result.returncode == 0, result.stderr  # settings keep going without the file
    assert path.read_bytes() == before
    assert settings.load().font_scale == 1.25
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_recent_files_that_fail_half_way_keep_the_old_list_and_leave_no_part_file(tmp_path):
    store = tmp_path / "recent.json"
    session = tmp_path / "offsite.kotter"
    session.write_bytes(b"")
    recent = RecentFiles(store)
    recent.add(session, SessionInfo(title="Offsite"))
    before = store.read_bytes()
    result = write_half_way("recent", str(store))
    assert result.returncode != 0  # the failure reaches the caller, as before
    assert store.read_bytes() == before
    assert [e.title for e in recent.entries()] == ["Offsite"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offsite.kotter", "recent.json"]


@pytest.mark.parametrize("rounds", [300])
def test_two_writers_at_once_do_not_share_a_part_file(tmp_path, rounds):
    """Two windows (or a window and a dialog) saving the recent list at the same moment:
    with one fixed ".part" name, one replaced the other's half-written file or found it
    gone (FileNotFoundError). With a part file of its own each, every write lands whole."""
    store = tmp_path / "recent.json"
    lists = {
        writer: [{"path": f"/{writer}/{i}.kotter", "title": writer * 200} for i in range(20)]
        for writer in ("a", "b")
    }
    errors = []
    start = threading.Barrier(2)

    def write(writer: str) -> None:
        recent = RecentFiles(store)
        start.wait()
        for _ in range(rounds):
            try:
                recent._save(
                    [
                        _entry(item["path"], item["title"])
                        for item in lists[writer]  # the same list each time
                    ]
                )
            except OSError as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=write, args=(w,)) for w in lists]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    final = json.loads(store.read_text(encoding="utf-8"))
    assert [item["title"] for item in final] in ([w * 200 for _ in range(20)] for w in lists)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recent.json"]


def _entry(path: str, title: str):
    from kotter_workshop.store.library import Entry

    return Entry(Path(path), title)


@pytest.mark.parametrize("name", [row.name for row in EXPORTERS])
def test_an_export_that_fails_mid_write_keeps_the_old_file_and_leaves_no_part_file(
    tmp_path, monkeypatch, name
):
    """Every exporter writes through the one writer: an error after the first bytes (here
    the writer breaks after 10 bytes, as a full disk would) leaves the old file whole."""
    from kotter_workshop import atomic
    from kotter_workshop.domain.demo import demo_session

    row = next(r for r in EXPORTERS if r.name == name)
    target = tmp_path / f"summary{row.suffix}"
    target.write_bytes(b"the old file, whole")
    real = atomic.atomic_output

    class Breaks:
        def __init__(self, stream):
            self.stream, self.written = stream, 0

        def write(self, data):
            self.written += len(data)
            if self.written > 10:
                raise OSError(28, "No space left on device")
            return self.stream.write(data)

        def __getattr__(self, name):
            return getattr(self.stream, name)

    @contextlib.contextmanager
    def breaking(*args, **kwargs):
        with real(*args, **kwargs) as stream:
            yield Breaks(stream)

    monkeypatch.setattr(atomic, "atomic_output", breaking)
    with pytest.raises(atomic.OutputError) as caught:
        row.write(demo_session(), target, "")
    assert str(caught.value) == f'"{target}" could not be written (No space left on device).'
    assert target.read_bytes() == b"the old file, whole"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
