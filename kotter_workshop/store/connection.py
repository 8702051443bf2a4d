"""The one SQLite connection of an open file, and the SQLAlchemy engine around it.

One connection is the one writer. It runs with ``journal_mode=DELETE`` and
``synchronous=FULL``, so every commit is on disk and the closed file is one
self-contained file. Transactions follow SQLAlchemy's documented pysqlite
recipe (the driver's own BEGIN is off, ours is emitted on "begin"), so DDL in
an upgrade is transactional too.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as Db
from sqlalchemy.pool import StaticPool

from .errors import DiskFullError, StoreError, WriteError
from .safety import harden

SQLITE_FULL = 13
#: STRICT tables (schema version 2) need SQLite 3.37; an older one cannot read our files.
MIN_SQLITE = (3, 37, 0)


def connect(path: Path, *, read_only: bool = False, create: bool = False) -> sqlite3.Connection:
    """Open SQLite on ``path`` with defensive settings; never creates a file unless asked."""
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise sqlite3.NotSupportedError(
            f"Kotter Workshop needs SQLite 3.37 or newer; this Python has {sqlite3.sqlite_version}"
        )
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def make_durable(conn: sqlite3.Connection) -> None:
    """The settings of a file we write: rollback journal, fsync on every commit."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


#: A test seam, never set in use: seconds every commit waits before it goes to disk,
#: as an fsync does on a slow USB stick (tests/store/test_slow_disk.py).
COMMIT_DELAY_SETTING = "KOTTER_WORKSHOP_TEST_COMMIT_DELAY"


def engine_for(conn: sqlite3.Connection) -> Engine:
    """An engine whose only connection is ``conn``."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    delay = _commit_delay()
    if delay:

        @event.listens_for(engine, "commit")
        def _slow_disk(_connection) -> None:
            time.sleep(delay)

    @event.listens_for(engine, "connect")
    def _no_driver_begin(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def is_disk_full(exc: BaseException) -> bool:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == SQLITE_FULL) or "full" in str(orig)


def write_failure(path: Path, exc: BaseException) -> StoreError:
    """The sentence for a write that did not happen."""
    if is_disk_full(exc) or (isinstance(exc, OSError) and exc.errno == 28):
        return DiskFullError(
            path,
            "{path}: the disk is full, so editing has stopped; "
            "everything up to the last change is saved.",
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else None
    if reason is None:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        reason = str(orig)
    return WriteError(path, "{path} could not be written ({reason}).", reason=reason)


def plain_rows(db: Db, statement: Select) -> list[tuple]:
    """Every row of a statement without parameters, as plain tuples straight from sqlite3.

    Runs in the session's transaction. For the big tables of an open: SQLAlchemy's
    Row objects and per-statement work cost ~4 ms more for 15,000 rows.
    """
    driver = db.connection().connection.driver_connection
    return driver.execute(str(statement.compile(dialect=db.get_bind().dialect))).fetchall()


def _commit_delay() -> float:
    try:
        return max(0.0, min(5.0, float(os.environ.get(COMMIT_DELAY_SETTING) or 0)))
    except ValueError:
        return 0.0
