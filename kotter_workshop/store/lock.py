"""A lock that tells other Kotter Workshop windows a session file is open here.

The lock is an OS lock (``flock``; ``msvcrt.locking`` on Windows) on a small
file beside the session, so a crashed app leaves no stale lock: the OS lets
go of it with the process.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class FileLock:
    """Held while a session file is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._fd: int | None = None
        #: Held, and the lock file was already there: the process that had the
        #: session open ended without closing it (a crash, a kill, a power cut).
        self.left_behind = False

    def acquire(self) -> bool | None:
        """True when held, False when another process holds it, None when no lock can be made."""
        for _ in range(5):
            existed = self.path.exists()  # a clean close removes it
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return None  # a read-only folder: nothing to lock with
            if not _try_lock(fd):
                os.close(fd)
                return False
            # The holder before us may have removed the file between our open and
            # our lock; then we hold a lock nobody else can see, so try again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                self._fd = fd
                self.left_behind = existed
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                return True
            os.close(fd)
        return None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # while still locked, so no one locks a doomed file
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # the file system cannot lock (some network shares): do not block the user
    return True
