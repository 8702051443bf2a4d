"""Odd files at the command line: pipes, devices, folders, odd names, odd JSON, kills.

Each runs the real ``kotter-workshop`` in a subprocess on real files (FIFOs,
/dev/zero, links, names as long as the file system allows, killed writers).
Every refusal is one line, exit code 1, and leaves every file as it was.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import write_new_file

PROG = "kotter-workshop: "
pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def run(*args: object, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "should not have" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(PROG)
    return lines[0].removeprefix(PROG)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def session(tmp_path) -> Path:
    path = tmp_path / "workshop.kotter"
    write_new_file(demo_session(), path)
    return path


def _odd(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
        return path
    if kind == "device":
        return Path("/dev/zero")
    path = tmp_path / "folder"
    path.mkdir()
    return path


ODD = ["fifo", "device", "folder"]


# -- item 6: nothing hangs ------------------------------------------------------------
@pytest.mark.parametrize("kind", ODD)
def test_an_odd_file_to_export_is_refused_at_once(tmp_path, kind):
    odd = _odd(kind, tmp_path)
    started = time.monotonic()
    message = one_error_line(run("export", odd, "--json", tmp_path / "out.json", timeout=20))
    assert time.monotonic() - started < 10  # a fresh Python start-up included
    assert message.startswith(f'"{odd}" ')
    assert "folder" in message if kind == "folder" else "not a regular file" in message
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("kind", ODD)
def test_an_odd_file_to_import_is_refused_at_once(tmp_path, kind):
    odd = _odd(kind, tmp_path)
    message = one_error_line(run("import", odd, tmp_path / "out.kotter", timeout=20))
    assert message.startswith(f'"{odd}": it is ')
    assert not (tmp_path / "out.kotter").exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize("command", ["export --json", "export --pdf", "import"])
def test_an_odd_output_is_refused_and_left_as_it_was(tmp_path, session, kind, command):
    if kind == "fifo":
        odd = _odd(kind, tmp_path)
    else:  # a link to the device: a failing test must never replace /dev/zero itself
        odd = tmp_path / "zero"
        odd.symlink_to("/dev/zero")
    source = tmp_path / "in.json"
    source.write_text('{"format": "kotter-workshop/session", "format_version": 1}')
    if command == "import":
        args = ["import", source, odd]
    else:
        args = ["export", session, command.split()[1], odd]
    message = one_error_line(run(*args, timeout=20))
    assert message == f'"{odd}" could not be written (it is a device or a pipe, not a file).'
    assert odd.is_fifo() if kind == "fifo" else odd.is_symlink()  # not replaced by a file
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# -- item 9: clean sentences at the edges ------------------------------------------------
def test_a_lone_surrogate_in_json_is_named(tmp_path):
    source = tmp_path / "in.json"
    source.write_text(
        '{"format": "kotter-workshop/session", "format_version": 1, "title": "Caf\\udce9"}',
        encoding="utf-8",
    )
    message = one_error_line(run("import", source, tmp_path / "out.kotter"))
    assert message == (
        f'"{source}": title: the text holds a lone surrogate (\\udce9), '
        "half of a character, which is not valid Unicode."
    )
    assert not (tmp_path / "out.kotter").exists()


def test_a_session_file_with_deeply_nested_json_inside_is_named(tmp_path, session):
    conn = sqlite3.connect(session, isolation_level=None)
    conn.execute("UPDATE agenda_item SET slides = ?", ("[" * 100_000 + "]" * 100_000,))
    conn.close()
    before = digest(session)
    message = one_error_line(run("export", session, "--json", tmp_path / "out.json"))
    assert message == (
        f'"{session}" holds a list nested too deeply to be a session\'s, so it was not opened.'
    )
    assert digest(session) == before


# -- item 10: small wrongs ----------------------------------------------------------------
def _name_max(folder: Path) -> int:
    return os.pathconf(folder, "PC_NAME_MAX")


@pytest.mark.parametrize("command", ["export --json", "export --csv", "export --pdf", "import"])
def test_an_output_name_as_long_as_the_file_system_allows_is_written(tmp_path, session, command):
    suffix = ".kotter" if command == "import" else "." + command.split("--")[1]
    length = min(245, _name_max(tmp_path) - len("-journal"))  # SQLite's journal needs room
    out = tmp_path / ("n" * (length - len(suffix)) + suffix)
    assert len(out.name) == length >= 200
    if command == "import":
        source = tmp_path / "in.json"
        run("export", session, "--json", source).check_returncode()
        result = run("import", source, out)
    else:
        result = run("export", session, command.split()[1], out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", "-journal"))]


def test_a_name_with_a_newline_stays_on_one_line(tmp_path):
    bad = tmp_path / "notes\nfrom monday.kotter"
    bad.write_text("not a session")
    message = one_error_line(run("export", bad, "--json", tmp_path / "out.json"))
    assert (
        message == f'"{tmp_path}/notes\\nfrom monday.kotter" is not a Kotter Workshop session file.'
    )


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kotter_workshop.atomic import atomic_output
    with atomic_output(Path(sys.argv[1]), "wb") as out:
        out.write(b"x" * 1_000_000)
        out.flush()
        print("writing", flush=True)
        sys.stdin.readline()  # until told to finish (or killed)
    print("done", flush=True)
""")


def _writer(target: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "writing"
    return process


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("then", ["export", "open"])
def test_part_files_left_by_kills_go_at_the_next_export_or_open(tmp_path, session, then):
    killed = []
    for i in range(3):  # three exports killed mid-write leave three part files
        process = _writer(tmp_path / f"killed{i}.pdf")
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        killed.extend(p for p in _parts(tmp_path) if p not in killed)
    older = tmp_path / ".summary.pdf.0a1b2c3d.part"  # the name an earlier version left
    older.write_bytes(b"x" * 1000)
    alive = _writer(tmp_path / "alive.pdf")  # another process, still writing
    (in_use,) = (p for p in _parts(tmp_path) if p not in killed and p != older)
    assert len(killed) == 3
    time.sleep(2.5)  # what no one has touched for a moment, and no one holds, is stale
    if then == "export":
        run("export", session, "--json", tmp_path / "out.json").check_returncode()
    else:
        script = "import sys; from kotter_workshop.store import open_session_file as o; o(sys.argv[1]).close()"  # noqa: E501
        subprocess.run([sys.executable, "-c", script, str(session)], check=True, timeout=60)
    assert _parts(tmp_path) == [in_use]  # the stale ones went; the one in use stayed
    alive.stdin.write("\n")
    alive.stdin.flush()
    assert alive.stdout.readline().strip() == "done"
    alive.wait(timeout=30)
    assert (tmp_path / "alive.pdf").stat().st_size == 1_000_000  # its write went through
    assert _parts(tmp_path) == []


def test_two_writers_into_one_folder_do_not_remove_each_others_part_files(tmp_path, session):
    first = _writer(tmp_path / "first.pdf")
    time.sleep(2.5)  # old enough to look stale, but held
    second = _writer(tmp_path / "second.pdf")  # its new_part_file cleans the folder
    assert len(_parts(tmp_path)) == 2
    for process, name in ((first, "first.pdf"), (second, "second.pdf")):
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "done"
        process.wait(timeout=30)
        assert (tmp_path / name).stat().st_size == 1_000_000
