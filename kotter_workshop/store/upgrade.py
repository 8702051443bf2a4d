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

from sqlalchemy import Connection

from . import tables

Step = Callable[[Connection], None]

#: from-version -> the step that turns a file of that version into the next one.
#: Example for version 2:  ``LADDER[1] = _add_note_author`` with
#: ``conn.exec_driver_sql("ALTER TABLE note ADD COLUMN author VARCHAR")``.
LADDER: dict[int, Step] = {}

#: The schema objects (name -> type) each older version holds, so that the
#: safety check can tell an old file of ours from a tampered one before upgrading.
OBJECTS_BEFORE: dict[int, dict[str, str]] = {}


def needs_upgrade(version: int) -> bool:
    return version < tables.SCHEMA_VERSION


def backup_folder() -> Path:
    """Where backups made before an upgrade go (the user's data folder)."""
    from platformdirs import user_data_path

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
