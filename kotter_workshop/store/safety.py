"""Opening files we did not write, after sqlite.org's "defense against the dark arts".

The 100-byte header is read before SQLite sees the file, so a file that is not
ours is refused without SQLite touching it. A file that passes is opened with
defensive settings and checked page by page and object by object.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from . import tables, upgrade
from .errors import BadFileError, MissingFileError, NewerFileError, UntrustedFileError
from .tables import APPLICATION_ID, Base

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# Object names that SQLite itself creates (AUTOINCREMENT, ANALYZE).
SQLITE_OWN_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path, *, hot_journal: bool = False) -> Header:
    """Check the file's header without opening it in SQLite; raise BadFileError.

    With a hot journal beside it (a crash mid-commit), the size may be off until
    SQLite rolls the journal back, so only the rest is checked here.
    """
    try:
        # Never wait on what is not a file: a pipe opened without O_NONBLOCK blocks
        # until a writer comes, a device may give bytes for ever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as stream:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(info.st_mode):
                raise BadFileError(
                    path, "{path} is not a regular file (a device or a pipe), so it was not opened."
                )
            head = stream.read(HEADER_SIZE)
            size = info.st_size
    except FileNotFoundError as exc:
        raise MissingFileError(path, "{path}: there is no such file.") from exc
    except IsADirectoryError as exc:
        raise BadFileError(path, "{path} is a folder, not a session file.") from exc
    except OSError as exc:
        raise BadFileError(
            path, "{path} cannot be read ({reason}).", reason=exc.strerror or "input/output error"
        ) from exc
    if len(head) < HEADER_SIZE or not head.startswith(MAGIC):
        if head.startswith(MAGIC[: len(head)]) and head:
            raise BadFileError(path, "{path} is damaged: the file is cut short.")
        raise BadFileError(path, "{path} is not a Kotter Workshop session file.")
    page_size, write_version, read_version = struct.unpack(">HBB", head[16:20])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    user_version, application_id = struct.unpack(">iI", head[60:64] + head[68:72])
    valid_for = struct.unpack(">I", head[92:96])[0]
    if application_id != APPLICATION_ID:
        raise BadFileError(
            path, "{path} is another application's database, not a Kotter Workshop session."
        )
    if page_size < 512 or page_size & (page_size - 1) or (size % page_size and not hot_journal):
        raise BadFileError(path, "{path} is damaged: the file is cut short or corrupt.")
    if (write_version, read_version) != (1, 1):
        # We always write rollback-journal files; WAL would make SQLite create side files.
        raise BadFileError(path, "{path} uses a journal mode Kotter Workshop does not write.")
    if change_counter == valid_for and page_count * page_size != size and not hot_journal:
        raise BadFileError(path, "{path} is damaged: the file is cut short or corrupt.")
    if user_version > tables.SCHEMA_VERSION:
        raise NewerFileError(
            path,
            "{path} was saved by a newer version of Kotter Workshop; update the app to open it.",
        )
    if user_version < 1:
        raise BadFileError(path, "{path} is not a complete Kotter Workshop session file.")
    return Header(page_size, page_count, user_version, application_id)


def harden(conn: sqlite3.Connection) -> None:
    """Connection settings for a file that may come from anyone."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 50_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = OFF",
        "recursive_triggers = OFF",
    ):
        conn.execute(f"PRAGMA {pragma}")


def check_contents(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run quick_check and compare the schema with ours; raise BadFileError.

    Our tables are STRICT, so quick_check also finds any value of the wrong
    kind (text in a number column, a NULL where none may be) that got into the
    file behind SQLite's back; no scan of our own is needed. A version-1 file
    (not STRICT) is checked value by value as the upgrade copies it into
    STRICT tables. Runs with ``query_only`` so that checking can never write
    to the file.
    """
    conn.execute("PRAGMA query_only = ON")
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            raise _reason(path, exc) from exc
        if problems != ["ok"]:
            raise _damage(path, problems, expected_objects(version))
        _check_schema(conn, path, version)
    finally:
        conn.execute("PRAGMA query_only = OFF")


def _damage(path: Path, problems: list[str], ours: dict[str, str]) -> BadFileError:
    """The error for what quick_check found: a wrong kind of value, or corrupt pages."""
    for problem in problems:
        # STRICT tables: "non-INTEGER value in ballot.value", "NULL value in note.text".
        kind, _, column = problem.partition(" value in ")
        table = column.partition(".")[0]
        if column and (kind == "NULL" or kind.startswith("non-")) and ours.get(table) == "table":
            return BadFileError(
                path,
                "{path} is damaged: its table '{table}' holds a wrong kind of value.",
                table=table,
            )
    return BadFileError(path, "{path} is damaged: some of its pages are corrupt.")


def _reason(path: Path, exc: sqlite3.DatabaseError) -> BadFileError:
    text = str(exc)
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        return BadFileError(path, "{path} is damaged: the file is truncated or corrupt.")
    return BadFileError(path, "{path} is damaged: {reason}.", reason=text)


def expected_objects(version: int) -> dict[str, str]:
    """Name -> type of every schema object a file of this version should hold."""
    if version != tables.SCHEMA_VERSION:
        return dict(upgrade.OBJECTS_BEFORE[version])
    objects: dict[str, str] = {}
    for table in Base.metadata.sorted_tables:
        objects[table.name] = "table"
        for index in table.indexes:
            objects[str(index.name)] = "index"
    return objects


FOREIGN_KINDS = {  # schema objects we never create: code that would run on our reads
    "trigger": "{path} holds triggers that Kotter Workshop did not create, so it was not opened.",
    "view": "{path} holds views that Kotter Workshop did not create, so it was not opened.",
}


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    expected = expected_objects(version)
    found = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    for kind, name, table in found:
        if kind in FOREIGN_KINDS:
            raise UntrustedFileError(path, FOREIGN_KINDS[kind])
        ours = (
            expected.get(name) == kind
            or (kind == "index" and name.startswith("sqlite_autoindex_") and table in expected)
            or (kind == "table" and name in SQLITE_OWN_TABLES)
        )
        if not ours:
            raise UntrustedFileError(
                path,
                "{path} holds an index '{name}' that Kotter Workshop did not create, "
                "so it was not opened."
                if kind == "index"
                else "{path} holds a table '{name}' that Kotter Workshop did not create, "
                "so it was not opened.",
                name=name,
            )
    missing = {n for n, k in expected.items() if k == "table"} - {r[1] for r in found}
    if missing:
        raise BadFileError(
            path, "{path} is incomplete: the table '{table}' is missing.", table=min(missing)
        )
    if version != tables.SCHEMA_VERSION:
        return
    strict = {row[1]: bool(row[5]) for row in conn.execute("PRAGMA main.table_list")}
    for name, wanted in _our_columns().items():
        columns = {
            row[1]: (row[2], bool(row[3]), row[5] > 0, row[6], row[4])
            for row in conn.execute(f'PRAGMA table_xinfo("{name}")')
        }
        # Not STRICT, or a column's type changed (ANY takes every kind): SQLite
        # would no longer check the kind of every value, so neither would we.
        if columns != wanted or not strict.get(name):
            raise UntrustedFileError(
                path,
                "{path} has a table '{name}' that Kotter Workshop did not create "
                "this way, so it was not opened.",
                name=name,
            )


@functools.cache
def _our_columns() -> dict[str, dict[str, tuple]]:
    """Table -> column -> (type, not null, primary key, hidden, default), as table_xinfo says."""
    return {
        table.name: {
            c.name: (str(c.type), not c.nullable, c.primary_key, 0, None) for c in table.columns
        }
        for table in Base.metadata.sorted_tables
    }
