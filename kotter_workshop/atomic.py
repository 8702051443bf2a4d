"""Writing a file whole or not at all: a hidden part file beside it, then a rename.

Used by the session files (store), the exports and the command line. A crash
or a kill at any moment leaves either the old file (or none) at the target, or
the complete new one; never a half-written one. A kill can leave the hidden
``.<name>.<random>.part`` file beside the target; it is not cleaned up later,
since another writer of the same target may be using it at that moment.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def folder_of(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def new_part_file(target: Path) -> tuple[int, Path]:
    """Create ``.<name>.<random>.part`` beside ``target``; returns its descriptor and path.

    Unlike mkstemp (always 0600) the part file gets what the umask gives, and
    a file that replaces another keeps that file's permissions.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = folder_of(target) / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(path, flags, 0o666)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError, AttributeError):  # fchmod: POSIX only
            os.fchmod(fd, target.stat().st_mode & 0o777)
        return fd, path
    raise FileExistsError(f"no free temporary name beside {target}")


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
        os.replace(tmp, target)
        sync_folder(folder_of(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A path beside ``target`` to build a file at (SQLite), renamed onto it on success."""
    target = Path(target)
    fd, tmp = new_part_file(target)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(tmp, target)
        sync_folder(folder_of(target))
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
