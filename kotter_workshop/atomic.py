"""Writing a file whole or not at all: a hidden part file beside it, then a rename.

The one writer of the app: the session files and the template library
(store), the exports of the command line and the window, the settings and the
recent-files list. A crash, a kill or an error at any moment leaves either the
old file (or none) at the target, or the complete new one; never a half-written
one, and no part file once the writer is done.

The part file has a short name of its own (``.kw-<random>.part``), so a target
name as long as the file system allows still has room for it. While a process
writes a part file it holds an OS lock on it (on POSIX a record lock on one
byte far past any end a file can have, so that SQLite's own locks on the same
file never meet it). A kill lets go of that lock, so the next write into the
folder, or the next open of a session in it, can tell a part file left by a
kill (no lock, and untouched for a few seconds) from one another process is
still writing (locked), and removes only the former.

Only regular files are written over: a folder, a device or a pipe at the
target is refused before any work (:class:`NotRegularFileError`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .domain.errors import KotterError, quoted

PART_PREFIX = ".kw-"
PART_SUFFIX = ".part"
#: Our part files: today's ``.kw-<8 hex>.part``, and the ``.<name>.<8 hex>.part`` of
#: earlier versions; each with the ``-journal`` SQLite may leave beside it.
_PART_NAME = re.compile(r"\.(?:kw-|.+\.)[0-9a-f]{8}\.part(?:-journal)?\Z", re.DOTALL)
#: A part file younger than this is left alone: its writer may be between
#: creating it and locking it (microseconds), or between SQLite letting go of it
#: and locking it again.
STALE_AFTER = 2.0
#: The byte whose lock says "being written". Far past the largest file SQLite
#: can make (2**48 bytes), so SQLite never locks, reads or writes it.
IN_USE_BYTE = 2**62

_in_use: set[str] = set()  # this process's part files: its own locks do not stop itself
_in_use_guard = threading.Lock()


class NotRegularFileError(OSError):
    """The target is a folder, a device or a pipe: only regular files are written over."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EINVAL, "it is not a regular file", str(target))


class OutputError(KotterError):
    """An output cannot be written; one sentence naming it (never a part file)."""

    def __init__(self, target: Path, problem: str) -> None:
        super().__init__(
            "{path} could not be written ({reason}).", path=quoted(target), reason=problem
        )
        self.target = target


def folder_of(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def check_regular(target: Path) -> None:
    """Refuse a target that exists and is not a regular file (links are followed)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # nothing there yet (or unreachable: writing will say why)
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(target)


def _hold(fd: int) -> None:
    """Mark a part file as being written, for other processes' :func:`remove_stale_parts`."""
    if os.name != "posix":
        return  # Windows cannot delete a file that is open: the open itself marks it
    import fcntl  # platform

    with contextlib.suppress(OSError):  # a file system without locks: age alone protects
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, IN_USE_BYTE)


def _held_elsewhere(path: Path) -> bool | None:
    """Lock a part file found in a folder: None when it vanished or cannot be judged."""
    if os.name != "posix":
        return False
    import fcntl  # platform

    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, IN_USE_BYTE)
    except OSError as exc:
        return True if exc.errno in (errno.EAGAIN, errno.EACCES) else None
    finally:
        os.close(fd)  # the test lock goes with it
    return False


def remove_stale_parts(folder: Path) -> int:
    """Remove part files (and their journals) that a killed writer left in ``folder``.

    A part file is stale when no process holds its lock and nothing has written
    it for :data:`STALE_AFTER` seconds. Returns how many files were removed;
    never raises.
    """
    removed = 0
    now = time.time()
    try:
        entries = [e for e in os.scandir(folder) if _PART_NAME.match(e.name)]
    except OSError:
        return 0
    parts = {e.name for e in entries if e.name.endswith(PART_SUFFIX)}
    for entry in sorted(entries, key=lambda e: e.name):  # each part before its journal
        path = Path(entry.path)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        with _in_use_guard:
            ours = str(path.resolve()).removesuffix("-journal") in _in_use
        if ours or not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER:
            continue
        if entry.name.endswith("-journal"):
            if entry.name.removesuffix("-journal") in parts:
                continue  # its part is still there (in use): the journal belongs to it
        elif _held_elsewhere(path) is not False:
            continue
        try:
            os.unlink(path)
        except OSError:
            continue  # in use (Windows) or not ours to remove
        parts.discard(entry.name)
        removed += 1
    return removed


def new_part_file(target: Path) -> tuple[int, Path]:
    """Create a locked ``.kw-<random>.part`` beside ``target``; its descriptor and path.

    Unlike mkstemp (always 0600) the part file gets what the umask gives, and
    a file that replaces another keeps that file's permissions. Stale part
    files of earlier kills in the folder go first.
    """
    check_regular(target)
    folder = folder_of(target)
    remove_stale_parts(folder)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = folder / f"{PART_PREFIX}{os.urandom(4).hex()}{PART_SUFFIX}"
        try:
            fd = os.open(path, flags, 0o666)
        except FileExistsError:
            continue
        _hold(fd)
        with _in_use_guard:
            _in_use.add(str(path.resolve()))
        with contextlib.suppress(OSError, AttributeError):  # fchmod: POSIX only
            os.fchmod(fd, target.stat().st_mode & 0o777)
        return fd, path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _let_go(path: Path) -> None:
    with _in_use_guard:
        _in_use.discard(str(path.resolve()))


def sync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder's entry must reach the disk too."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(target: Path, mode: str = "w", **open_args) -> Iterator[IO]:
    """An open stream whose content replaces ``target`` when the block succeeds."""
    target = Path(target)
    fd, tmp = new_part_file(target)
    try:
        with os.fdopen(fd, mode, **open_args) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
            check_regular(target)  # nothing odd appeared there meanwhile
            os.replace(tmp, target)  # while still locked: never seen as stale
        sync_folder(folder_of(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        _let_go(tmp)


@contextlib.contextmanager
def part_path(target: Path) -> Iterator[Path]:
    """A locked part file beside ``target`` for SQLite to build in; removed unless renamed.

    The block renames it (:func:`replace_with_part`) or it goes, with its journal.
    """
    target = Path(target)
    fd, tmp = new_part_file(target)
    try:
        yield tmp
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        _let_go(tmp)
        os.close(fd)


def replace_with_part(tmp: Path, target: Path) -> None:
    """Make a part file durable and rename it onto ``target``.

    SQLite closing its connection let go of the part file's lock (POSIX record
    locks go with any descriptor of the file the process closes): take it again.
    """
    with open(tmp, "rb+") as stream:
        _hold(stream.fileno())
        os.fsync(stream.fileno())
        check_regular(target)
        os.replace(tmp, target)
    sync_folder(folder_of(target))


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A path beside ``target`` to build a file at (SQLite), renamed onto it on success."""
    target = Path(target)
    with part_path(target) as tmp:
        yield tmp
        replace_with_part(tmp, target)


@contextlib.contextmanager
def write_output(target: Path, mode: str = "w", **open_args) -> Iterator[IO]:
    """:func:`atomic_output` for an export: a failure is one sentence naming ``target``."""
    target = Path(target)
    try:
        with atomic_output(target, mode, **open_args) as stream:
            yield stream
    except OSError as exc:
        raise OutputError(target, exc.strerror or str(exc)) from exc


def write_text(target: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text``, whole or not at all (OSError when it cannot)."""
    with atomic_output(Path(target), "w", encoding=encoding, newline="\n") as stream:
        stream.write(text)
