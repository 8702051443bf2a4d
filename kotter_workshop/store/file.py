"""The open ``.kotter`` file: the live document behind a domain session.

Every change the session announces is committed to the file at once, in one
short transaction, so there is nothing to forget to save and a crash loses
nothing that was committed.

Phone ballots are the exception to "at once": within :meth:`SessionFile.deferred`
their rows are read from the session at once, but written and committed on a
writer thread, so that a slow disk (an fsync can stall for half a second on a
USB stick or a busy virtual disk) never freezes the window. What waits while the
writer commits goes into its next commit together (``writer.GroupWriter``).
Everything else that uses the file waits for that writer first: one writer at a
time, in order.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as Db

from ..atomic import atomic_path
from ..domain.dot_book import dot_book
from ..domain.errors import KotterError
from ..domain.model import Change, Session
from . import changes, mapping, room, tables
from .connection import connect, engine_for, make_durable, write_failure
from .dot_book import write_placements
from .errors import StoreError, WriteError
from .lock import FileLock
from .room import RoomState
from .writer import GroupWriter

READ_ONLY_FILE = "The file is read-only, so changes will not be saved."
READ_ONLY_FOLDER = "The file's folder is read-only, so changes will not be saved."
OPEN_ELSEWHERE = "The file is open in another Kotter Workshop window, so it opened read-only."
ASKED_READ_ONLY = "The file was opened read-only, so changes will not be saved."


class SessionFile:
    """An open session file and the session it holds; use as a context manager."""

    def __init__(
        self,
        path: Path,
        session: Session,
        conn: sqlite3.Connection,
        *,
        lock: FileLock | None,
        read_only_reason: str | None,
        engine: Engine | None = None,
    ) -> None:
        self.path = path
        self.session = session
        self.read_only_reason = read_only_reason
        #: The sentence saying why editing stopped (a full disk), else None.
        self.failed: str | None = None
        #: Called with the StoreError when a change could not be written.
        self.on_error: Callable[[StoreError], None] | None = None
        self._conn = conn
        self._engine: Engine = engine or engine_for(conn)
        self._lock = lock
        self._memory_drafts: dict[str, str] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._writer: GroupWriter | None = None  # one thread, started on first use
        self._planned: list[Callable[[Db], None]] | None = None  # within deferred()
        self._late_error: StoreError | None = None  # a deferred write that failed
        self._told: list[Callable[[StoreError | None], None]] = []  # deferred()'s callbacks
        #: The last time it was open, the file was not closed: the app crashed or was killed.
        self.recovered = lock is not None and lock.left_behind
        if read_only_reason is None:
            self._unsubscribe = session.subscribe(self._on_change)

    # -- state -----------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SessionFile {self.path} read_only={self.read_only}>"

    def close(self) -> None:
        """Stop following the session and let go of the file."""
        self.settle()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._conn is not None:
            self._engine.dispose()
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- the live document -------------------------------------------------------
    def _writable(self) -> bool:
        return self._conn is not None and not self.read_only and self.failed is None

    def _write(self, work: Callable[[Db], None]) -> bool:
        """Run ``work`` in one short transaction; on failure stop editing and report."""
        self.settle()
        if not self._writable():
            return False
        try:
            with Db(self._engine) as db, db.begin():
                work(db)
        except (DBAPIError, OSError) as exc:
            self._stop(write_failure(self.path, exc))
            return False
        return True

    def _on_change(self, change: Change) -> None:
        # A listener must never raise into the session's emit loop: report instead.
        if not self._writable():
            return
        session = self.session
        framework_changed = session.framework is not self._framework_written
        if self._planned is not None and not framework_changed:
            planned = changes.plan_change(session, change)
            if planned is not None:
                # To the writer now, while the views refresh: "recorded" comes sooner.
                self._hand_over([planned], [])
                self._sent = True
                return
            self._write_planned()  # what came before goes first: the file keeps the order

        def work(db: Db) -> None:
            if framework_changed:  # Framework is frozen: customising replaces it
                mapping.write_framework(db, session.framework)
            changes.write_change(db, session, change)

        try:
            if self._write(work) and framework_changed:
                self._framework_written = session.framework
        except KotterError as exc:  # pragma: no cover - a domain object the file cannot hold
            self._stop(WriteError(self.path, "{path} could not be written ({reason}).", reason=exc))

    # -- writing on the writer thread ------------------------------------------------
    @contextmanager
    def deferred(self, written: Callable[[StoreError | None], None]) -> Iterator[None]:
        """Changes made in the block are committed on the writer thread, in one transaction.

        ``written`` is called there once they are on disk (None) or could not be
        (the StoreError); editing then stops at the next use of the file, as for
        any write that fails (see :meth:`settle`). Changes that cannot wait
        (anything but ballots and the roster) are written at once, in order.
        """
        if self._planned is not None:  # nested: the outer block writes, then tells both
            self._told.append(written)
            yield
            return
        self._planned, self._told = [], [written]
        try:
            yield
        except BaseException:
            if self._sent and self._writer is not None:
                self._writer.settle()  # what went ahead is on disk (or failed) first
            saved = self._write_planned() and self._late_error is None  # the rest, now
            self._planned, told, self._told, self._sent = None, self._told, [], False
            for tell in told:
                tell(None if saved else (self._failure or self._late_error))
            raise
        planned, self._planned = self._planned, None
        told, self._told = self._told, []
        sent, self._sent = self._sent, False
        if not planned and not sent:
            for tell in told:
                tell(None)
            return
        # Told once the last of the block is committed: the writer keeps the order.
        self._hand_over(planned, told)

    def _hand_over(self, planned: list[Callable[[Db], None]], told: list) -> None:
        if self._writer is None:
            self._writer = GroupWriter(self._run_late)
        self._writer.submit((planned, told))

    def _run_late(self, jobs: list[tuple[list[Callable[[Db], None]], list]]) -> None:
        """On the writer thread, every block that waited, in one transaction, in order.

        Nothing else uses the connection until this is done.
        """
        error: StoreError | None = None
        if self._late_error is None and self._conn is not None:
            try:
                with Db(self._engine) as db, db.begin():
                    for planned, _ in jobs:
                        for work in planned:
                            work(db)
            except (DBAPIError, OSError) as exc:
                error = self._late_error = write_failure(self.path, exc)
        else:
            error = self._late_error or WriteError(self.path, "{path} is closed.")
        for _, told in jobs:
            for tell in told:
                tell(error)

    def _write_planned(self) -> bool:
        """Write at once what the block has planned so far; False when it could not be."""
        planned, self._planned = self._planned or [], []

        def work(db: Db) -> None:
            for write in planned:
                write(db)

        return self._write(work) if planned else True

    def settle(self) -> None:
        """Wait for the writer thread; if its last write failed, stop editing and report."""
        if self._writer is not None:
            self._writer.settle()
        if self._late_error is not None and self.failed is None:
            self._stop(self._late_error)

    def _stop(self, error: StoreError) -> None:
        self.failed, self._failure = str(error), error
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.on_error is not None:
            self.on_error(error)

    _framework_written: object = None
    _sent = False  # within deferred(): some of the block went ahead to the writer
    _failure: StoreError | None = None  # the error behind ``failed``

    # -- drafts ------------------------------------------------------------------
    def set_draft(self, key: str, text: str) -> None:
        """Keep text being typed, apart from what it edits and off the undo stack."""
        if self._writable():
            self._write(lambda db: mapping.write_draft(db, key, text))
        else:
            self._memory_drafts[key] = text

    def clear_draft(self, key: str) -> None:
        self._memory_drafts.pop(key, None)
        if self._writable():
            self._write(lambda db: mapping.delete_draft(db, key))

    def drafts(self) -> dict[str, str]:
        """Every kept draft, by key; after a crash these are the open edits."""
        found: dict[str, str] = {}
        self.settle()
        if self._conn is not None:
            with Db(self._engine) as db:
                found = mapping.read_drafts(db)
        return {**found, **self._memory_drafts}

    # -- where the room is (store/room.py) -------------------------------------------
    def set_room(self, state: RoomState) -> None:
        """Handed to the writer thread, in order with the notes: a slow disk never holds
        the window (phone notes turn face down as they arrive, a batch at a time)."""
        if self._writable():
            self._hand_over([lambda db: room.write_room(db, state)], [])

    def save_dot_book(self) -> None:
        """Phones' dots that moved no count (a note deleted meanwhile, a count at 0): the
        rest went with their counts. Handed to the writer thread, in order."""
        placed = dot_book(self.session).take_unsaved()
        if placed and self._writable():
            self._hand_over([lambda db: write_placements(db, placed)], [])

    def room(self) -> RoomState | None:
        self.settle()
        if self._conn is None:
            return None
        with Db(self._engine) as db:
            return room.read_room(db)

    # -- Save As and Save a Copy -------------------------------------------------
    def save_copy(self, path: Path | str) -> None:
        """Write a complete copy of the session to ``path`` and stay in this file."""
        target = Path(path)
        lock = FileLock(target)
        if lock.acquire() is False:
            raise StoreError(
                target,
                "{path} is open in another Kotter Workshop window, so it cannot be replaced.",
            )
        try:
            self._write_copy(target)
        finally:
            lock.release()

    def save_as(self, path: Path | str) -> None:
        """Write the session to ``path`` and continue there; this file stays as it is now."""
        target = Path(path)
        if self._conn is not None and _same_file(target, self.path):
            return
        lock = FileLock(target)
        held = lock.acquire()
        if held is False:
            raise StoreError(
                target,
                "{path} is open in another Kotter Workshop window, so it cannot be replaced.",
            )
        try:
            self._write_copy(target)
            lock.follow(target)  # the file written there is a new one: lock what it is now
            conn = connect(target)
            make_durable(conn)
        except BaseException:
            lock.release()
            raise
        self.close()
        self.path = target
        self._conn = conn
        self._engine = engine_for(conn)
        self._lock = lock if held else None
        self.read_only_reason = None
        self.failed = None
        self._framework_written = self.session.framework
        self._unsubscribe = self.session.subscribe(self._on_change)

    def _write_copy(self, target: Path) -> None:
        self.settle()
        if self._conn is None or self.failed is not None or self._memory_drafts:
            # The file lacks the last change (or is gone): write from the session.
            write_new_file(self.session, target, drafts=self.drafts())
            return
        try:
            with atomic_path(target) as tmp:
                copy = sqlite3.connect(tmp)
                try:
                    self._conn.backup(copy)
                finally:
                    copy.close()
        except (sqlite3.Error, OSError) as exc:
            raise write_failure(target, exc) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# -- writing a new file ------------------------------------------------------------
def write_new_file(
    session: Session, path: Path | str, *, drafts: dict[str, str] | None = None
) -> None:
    """Write a complete new ``.kotter`` file for ``session``, atomically replacing ``path``."""
    target = Path(path)
    try:
        with atomic_path(target) as tmp:
            conn = connect(tmp, create=True)
            try:
                make_durable(conn)
                engine = engine_for(conn)
                with engine.begin() as connection:
                    tables.Base.metadata.create_all(connection)
                    connection.exec_driver_sql(f"PRAGMA application_id = {tables.APPLICATION_ID}")
                    connection.exec_driver_sql(f"PRAGMA user_version = {tables.SCHEMA_VERSION}")
                    with Db(bind=connection) as db:
                        mapping.write_session(db, session, drafts)
                        db.flush()
                engine.dispose()
            finally:
                conn.close()
    except IntegrityError as exc:
        raise StoreError(
            target, "{path} could not be written: two parts of the session share the same id."
        ) from exc
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        raise write_failure(target, exc) from exc
