"""Opening a ``.kotter`` file: checked before SQLite sees it, upgraded on a copy, locked.

A file is refused with one sentence, and left byte for byte as it was, when it
is not a regular file, not ours, damaged, tampered with, or breaks one of the
session's limits (domain/limits.py). An older file is upgraded on a copy
beside it, after a backup; the copy replaces the file only once it opens.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session as Db

from .. import atomic
from ..domain import limits
from ..domain.errors import DomainError, KotterError
from ..domain.model import Session
from . import mapping, safety, tables, upgrade
from .connection import connect, engine_for, make_durable
from .errors import BadFileError
from .file import (
    ASKED_READ_ONLY,
    OPEN_ELSEWHERE,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    SessionFile,
)
from .lock import FileLock
from .safety import harden


def open_session_file(path: Path | str, *, read_only: bool = False) -> SessionFile:
    """Open a ``.kotter`` file; bad files raise a BadFileError and stay unchanged."""
    path = Path(path)
    journal = path.with_name(path.name + "-journal")
    hot_journal = journal.is_file() and journal.stat().st_size > 0
    header = safety.read_header(path, hot_journal=hot_journal)
    folder = atomic.folder_of(path)
    reason = ASKED_READ_ONLY if read_only else None
    lock: FileLock | None = None
    if reason is None and not os.access(path, os.W_OK):
        reason = READ_ONLY_FILE
    if reason is None and not os.access(folder, os.W_OK):
        reason = READ_ONLY_FOLDER
    if reason is None:
        atomic.remove_stale_parts(folder)  # what kills left beside it
        lock = FileLock(path)
        held = lock.acquire()
        if held is False:
            reason, lock = OPEN_ELSEWHERE, None
        elif held is None:
            lock = None
    try:
        version = header.user_version
        if reason is None and upgrade.needs_upgrade(version):
            if hot_journal:
                _roll_back(path)
                hot_journal = False
            _upgrade_on_a_copy(path, version, lock)
            version = tables.SCHEMA_VERSION
        conn = _checked_connection(path, version, reason is not None, hot_journal)
        try:
            session = load(conn, path)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    opened = SessionFile(path, session, conn, lock=lock, read_only_reason=reason)
    opened._framework_written = session.framework
    return opened


def load(conn: sqlite3.Connection, path: Path) -> Session:
    """The session in the file, within every limit; else a BadFileError naming the problem."""
    try:
        with Db(engine_for(conn)) as db:
            session = mapping.load_session(db)
        limits.check_session(session)
    except DomainError as exc:
        raise BadFileError(path, "{path} was not opened: {problem}", problem=exc) from exc
    except RecursionError as exc:
        raise BadFileError(
            path, "{path} holds a list nested too deeply to be a session's, so it was not opened."
        ) from exc
    except (
        KotterError,
        mapping.InvalidContent,
        NoResultFound,
        KeyError,
        ValueError,
        TypeError,
        json.JSONDecodeError,
    ) as exc:
        raise BadFileError(
            path, "{path} holds data Kotter Workshop cannot use, so it was not opened."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise BadFileError(path, "{path} is damaged: it is truncated or corrupt.") from exc
    return session


def _checked_connection(
    path: Path, version: int, read_only: bool, hot_journal: bool
) -> sqlite3.Connection:
    """Connect and check the contents (an older file read-only: upgraded in memory)."""
    try:
        if read_only and hot_journal:
            conn = _recovered_in_memory(path)
        else:
            conn = connect(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise BadFileError(path, "{path} cannot be opened ({reason}).", reason=exc) from exc
    try:
        safety.check_contents(conn, path, version)
        if upgrade.needs_upgrade(version):  # only read-only: a writable one was upgraded
            conn = _upgraded_in_memory(conn, path, version)
            safety.check_contents(conn, path, tables.SCHEMA_VERSION)
        if not read_only:
            make_durable(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise BadFileError(path, "{path} is damaged: the file is truncated or corrupt.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _roll_back(path: Path) -> None:
    """Let SQLite roll back the hot journal a crash left: its own recovery, as on any open."""
    try:
        conn = connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BadFileError(path, "{path} cannot be opened ({reason}).", reason=exc) from exc


def _recovered_in_memory(path: Path) -> sqlite3.Connection:
    """The last committed state of a file that a crash left with a hot journal.

    Read-only, we may not roll the journal back in place, so a private copy of
    the file and its journal is rolled back and read into memory.
    """
    journal = path.with_name(path.name + "-journal")
    with tempfile.TemporaryDirectory(prefix="kotter-recover-") as folder:
        copy = Path(folder) / "session.kotter"
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
        recovered = connect(copy)
        try:
            recovered.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # rolls back
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            recovered.backup(memory)
        finally:
            recovered.close()
    harden(memory)
    return memory


def _upgraded_in_memory(conn: sqlite3.Connection, path: Path, version: int):
    """A read-only older file: the upgrade ladder runs on a copy in memory."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.backup(memory)
    conn.close()
    harden(memory)
    _run_ladder(memory, path, version)
    return memory


def _run_ladder(conn: sqlite3.Connection, path: Path, version: int) -> None:
    try:
        with engine_for(conn).begin() as connection:
            upgrade.run_ladder(connection, version)
    except Exception as exc:
        raise BadFileError(
            path, "{path} could not be brought up to date, so it was left as it was."
        ) from exc


def _upgrade_on_a_copy(path: Path, version: int, lock: FileLock | None) -> None:
    """Upgrade an older file on a copy beside it; the copy replaces it once it opens.

    A file refused at any step (tampered, a failing step, data that breaks a
    limit) is left byte for byte as it was; the backup made first stays in the
    data folder either way.
    """
    try:
        with atomic.part_path(path) as copy:
            shutil.copyfile(path, copy)
            conn = connect(copy)
            try:
                safety.check_contents(conn, path, version)  # tampered files: before the backup
                try:
                    upgrade.make_backup(path, version)
                except OSError as exc:
                    raise BadFileError(
                        path,
                        "{path} needs an update, but no backup of it could be made first "
                        "({reason}).",
                        reason=exc.strerror or exc,
                    ) from exc
                _run_ladder(conn, path, version)
                safety.check_contents(conn, path, tables.SCHEMA_VERSION)
                load(conn, path)  # it opens, or the file stays as it was
            except sqlite3.DatabaseError as exc:
                raise BadFileError(
                    path, "{path} is damaged: the file is truncated or corrupt."
                ) from exc
            finally:
                conn.close()
            if lock is not None:
                lock.follow(copy)  # the copy's identity is the session's from the rename on
            atomic.replace_with_part(copy, path)
    except OSError as exc:
        raise BadFileError(
            path,
            "{path} needs an update, but the updated copy could not be written ({reason}).",
            reason=exc.strerror or exc,
        ) from exc
