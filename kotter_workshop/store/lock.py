"""A lock that tells other Kotter Workshop windows a session file is open here.

One file has one writer, whatever path reaches it. So the lock follows the file
itself, not its name: a lock keyed by the file's device and inode number (the
file index and volume serial on Windows), in a lock folder of the user's. A
symbolic link, a hard link, a relative path or a deleted lock file all reach
the same key. The name-keyed ``.<name>.lock`` beside the session stays too:
it is what another user's, or another computer's, window sees of a file on a
shared folder.

Both are OS locks (``flock``; ``msvcrt.locking`` on Windows) on small lock
files, never on the session file: SQLite's own locks on the session (POSIX
record locks) must not meet ours, and on macOS and BSD ``flock`` and record
locks on one file do meet. A kill -9 or a crash lets go of both with the
process, so a stale lock never keeps a file read-only; the lock files it
leaves are reused and removed by the next window that opens the session.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from platformdirs import user_cache_path


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def lock_folder() -> Path:
    """The user's folder of the locks keyed by file identity."""
    return user_cache_path("kotter-workshop", appauthor=False) / "locks"


def identity_lock_path(path: Path) -> Path | None:
    """The lock keyed by the device and inode of the file at ``path`` (links followed)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return lock_folder() / f"{info.st_dev:x}-{info.st_ino:x}.lock"


class _OsLock:
    """An OS lock on one lock file, which goes while it is held and let go."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        #: Held, and the lock file was already there: the process that had it
        #: ended without letting go (a crash, a kill, a power cut).
        self.left_behind = False

    def acquire(self) -> bool | None:
        """True when held, False when another holds it, None when no lock can be made."""
        for _ in range(5):
            existed = self.path.exists()  # a clean release removes it
            try:
                fd = os.open(
                    self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644
                )
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
                self.fd = fd
                self.left_behind = existed
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                return True
            os.close(fd)
        return None

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # while still locked, so no one locks a doomed file
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)


class FileLock:
    """Held while a session file is open for writing: by its name and by its identity."""

    def __init__(self, path: Path) -> None:
        self.file = Path(path)
        self.path = lock_path_for(self.file)
        self._name = _OsLock(self.path)
        self._identity: _OsLock | None = None

    def acquire(self) -> bool | None:
        """True when held, False when another window holds either, None when no lock can be made."""
        by_name = self._name.acquire()
        if by_name is False:
            return False
        by_identity = self._lock_identity(self.file)
        if by_identity is False:
            self._name.release()
            return False
        if by_name is None and by_identity is None:
            return None
        return True

    def _lock_identity(self, file: Path) -> bool | None:
        key = identity_lock_path(file)
        if key is None:
            return None  # no file yet (a new file being written): its name is locked
        with contextlib.suppress(OSError):
            key.parent.mkdir(parents=True, exist_ok=True)
        lock = _OsLock(key)
        held = lock.acquire()
        if held:
            self._identity = lock
        return held

    def follow(self, file: Path) -> None:
        """Key the lock to the file now at ``file`` (a new inode about to take the session's name).

        Called before the rename that puts it in place, so there is no moment
        when the session's new identity is unlocked.
        """
        old, self._identity = self._identity, None
        self._lock_identity(file)
        if old is not None:
            old.release()

    def release(self) -> None:
        if self._identity is not None:
            self._identity.release()
            self._identity = None
        self._name.release()

    @property
    def left_behind(self) -> bool:
        """The lock beside the session was left by a process that did not close it."""
        return self._name.left_behind

    @property
    def held(self) -> bool:
        return self._name.fd is not None or self._identity is not None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # platform

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # platform

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # the file system cannot lock (some network shares): do not block the user
    return True
