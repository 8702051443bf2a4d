"""Schema upgrades: older files are brought up to the current version on open.

Each step takes a connection inside the one transaction that runs the whole
ladder, so a failing step leaves the file exactly as it was. Before the first
step, a backup copy of the file goes to the user's data folder.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Connection

from . import tables

Step = Callable[[Connection], None]

#: Version 2's tables as version 2 created them: name -> columns and constraints.
#: Frozen here, not taken from ``tables``: a later version changes the schema in
#: its own step, and this step must still make exactly version 2.
V2_TABLES = {
    "action": "id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, "
    "owner TEXT NOT NULL, due TEXT, PRIMARY KEY (id)",
    "agenda_item": "id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, "
    "slides TEXT NOT NULL, planned_seconds INTEGER NOT NULL, actual_seconds INTEGER, "
    "PRIMARY KEY (id)",
    "ballot": "seq INTEGER NOT NULL, id TEXT NOT NULL, process TEXT NOT NULL, value INTEGER, "
    "voter TEXT, round INTEGER NOT NULL, PRIMARY KEY (seq), UNIQUE (id)",
    "cluster": "id TEXT NOT NULL, panel_id TEXT NOT NULL, position INTEGER NOT NULL, "
    "title TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, PRIMARY KEY (id)",
    "draft": '"key" TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY ("key")',
    "framework": "id INTEGER NOT NULL, framework_id TEXT NOT NULL, language TEXT NOT NULL, "
    "title TEXT NOT NULL, author TEXT NOT NULL, thesis TEXT NOT NULL, question TEXT NOT NULL, "
    "prompts TEXT NOT NULL, PRIMARY KEY (id), CONSTRAINT one_framework_row CHECK (id = 1)",
    "framework_text": 'kind TEXT NOT NULL, "key" TEXT NOT NULL, text TEXT NOT NULL, '
    'PRIMARY KEY (kind, "key")',
    "info": "id INTEGER NOT NULL, title TEXT NOT NULL, team TEXT NOT NULL, "
    "facilitator TEXT NOT NULL, date TEXT NOT NULL, language TEXT NOT NULL, "
    "scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL, is_template INTEGER NOT NULL, "
    "PRIMARY KEY (id), CONSTRAINT one_info_row CHECK (id = 1)",
    "note": "id TEXT NOT NULL, panel_id TEXT NOT NULL, position INTEGER NOT NULL, "
    "text TEXT NOT NULL, color TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, "
    "votes INTEGER NOT NULL, cluster_id TEXT, PRIMARY KEY (id)",
    "pair": "id TEXT NOT NULL, position INTEGER NOT NULL, task TEXT NOT NULL, "
    "task_detail TEXT NOT NULL, leadership TEXT NOT NULL, management TEXT NOT NULL, "
    "PRIMARY KEY (id)",
    "panel": "id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, process TEXT, "
    "PRIMARY KEY (id)",
    "participant": "id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
    "PRIMARY KEY (id)",
    "process": "id TEXT NOT NULL, position INTEGER NOT NULL, side TEXT NOT NULL, "
    "pair TEXT NOT NULL, title TEXT NOT NULL, tagline TEXT NOT NULL, meaning TEXT NOT NULL, "
    "involves TEXT NOT NULL, prompts TEXT NOT NULL, PRIMARY KEY (id)",
    "shown_round": "process TEXT NOT NULL, round INTEGER NOT NULL, PRIMARY KEY (process)",
    "speaker_note": "seq INTEGER NOT NULL, slide TEXT NOT NULL, text TEXT NOT NULL, "
    "PRIMARY KEY (seq), UNIQUE (slide)",
    "started_round": "process TEXT NOT NULL, round INTEGER NOT NULL, PRIMARY KEY (process)",
}
#: Version 1's and version 2's indexes (the same two).
INDEXES = {
    "ix_cluster_panel_id": "cluster (panel_id, position)",
    "ix_note_panel_id": "note (panel_id, position)",
}


def _strict_tables(conn: Connection) -> None:
    """Version 1 -> 2: every table becomes STRICT, so SQLite checks each value's kind.

    SQLite cannot make a table STRICT in place, so each is rebuilt the way
    sqlite.org describes for changes ALTER TABLE cannot make: the old table
    is renamed, the new one created and filled from it, the old one dropped,
    the indexes made again. A value the STRICT column cannot hold (text in a
    number column) fails the step, and with it the whole upgrade.
    """
    for index in INDEXES:
        conn.exec_driver_sql(f'DROP INDEX "{index}"')
    for name in V2_TABLES:
        conn.exec_driver_sql(f'ALTER TABLE "{name}" RENAME TO "v1_{name}"')
    for name, body in V2_TABLES.items():
        conn.exec_driver_sql(f"CREATE TABLE {name} ({body}) STRICT")
        columns = ", ".join(
            f'"{row[1]}"' for row in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')
        )
        conn.exec_driver_sql(f'INSERT INTO "{name}" ({columns}) SELECT {columns} FROM "v1_{name}"')
        conn.exec_driver_sql(f'DROP TABLE "v1_{name}"')
    for index, on in INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX {index} ON {on}")


#: Version 3's new table, frozen as version 3 creates it.
V3_ROOM = (
    "id INTEGER NOT NULL, slide TEXT NOT NULL, phase INTEGER NOT NULL, revealed TEXT NOT NULL, "
    "timer_running INTEGER NOT NULL, PRIMARY KEY (id), CONSTRAINT one_room_row CHECK (id = 1)"
)


def _room_table(conn: Connection) -> None:
    """Version 2 -> 3: a table for where the room is, so a crash returns there."""
    conn.exec_driver_sql(f"CREATE TABLE room ({V3_ROOM}) STRICT")


#: from-version -> the step that turns a file of that version into the next one.
LADDER: dict[int, Step] = {1: _strict_tables, 2: _room_table}

#: The schema objects (name -> type) each older version holds, so that the
#: safety check can tell an old file of ours from a tampered one before upgrading.
#: Version 1 had the same tables and indexes as version 2, not STRICT; version 3 adds room.
OBJECTS_BEFORE: dict[int, dict[str, str]] = {
    1: {**dict.fromkeys(V2_TABLES, "table"), **dict.fromkeys(INDEXES, "index")},
    2: {**dict.fromkeys(V2_TABLES, "table"), **dict.fromkeys(INDEXES, "index")},
}


def needs_upgrade(version: int) -> bool:
    return version < tables.SCHEMA_VERSION


def backup_folder() -> Path:
    """Where backups made before an upgrade go (the user's data folder)."""
    return user_data_path("kotter-workshop", appauthor=False) / "backups"


def make_backup(path: Path, version: int) -> Path:
    """Copy the file byte for byte into the backup folder.

    The caller holds the file's lock and has rolled back any hot journal, so
    the bytes on disk are one consistent database.
    """
    folder = backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}.v{version}.{stamp}.kotter"
    shutil.copyfile(path, target)
    with open(target, "rb+") as stream:
        os.fsync(stream.fileno())
    return target


def run_ladder(conn: Connection, version: int) -> None:
    """Run every step from ``version`` up and set ``user_version``, in the caller's transaction."""
    for step_from in range(version, tables.SCHEMA_VERSION):
        LADDER[step_from](conn)
    conn.exec_driver_sql(f"PRAGMA user_version = {int(tables.SCHEMA_VERSION)}")
