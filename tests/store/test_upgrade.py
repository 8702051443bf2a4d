"""Older files are upgraded in one transaction, after a backup; a failed step changes nothing."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from kotter_workshop.store import (
    BadFileError,
    open_session_file,
    safety,
    tables,
    upgrade,
    write_new_file,
)

from .conftest import digest, picture

V1_FILE = Path(__file__).parents[1] / "data" / "session-v1.kotter"
NOT_UPGRADED = "could not be brought up to date, so it was left as it was."


@pytest.fixture
def v1_file(tmp_path) -> Path:
    copy = tmp_path / "v1.kotter"
    shutil.copy(V1_FILE, copy)
    return copy


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple]:
    """Every schema object with its SQL, whitespace aside, and whether it is STRICT."""
    conn = sqlite3.connect(path)
    try:
        strict = {row[1]: row[5] for row in conn.execute("PRAGMA table_list")}
        return [
            (kind, name, re.sub(r"\s*([(),])\s*", r"\1", " ".join(sql.split())), strict.get(name))
            for kind, name, sql in conn.execute(
                "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"
            )
        ]
    finally:
        conn.close()


def _backups() -> list[Path]:
    folder = upgrade.backup_folder()
    return sorted(folder.iterdir()) if folder.exists() else []


def _spoil(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(statement)
    conn.close()


def test_the_version_1_file_is_not_strict():
    conn = sqlite3.connect(V1_FILE)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        assert not any(row[5] for row in conn.execute("PRAGMA table_list"))
    finally:
        conn.close()


def test_the_version_1_file_opens(v1_file):
    with open_session_file(v1_file) as opened:
        session = opened.session
        assert session.title == "Leadership offsite, autumn"
        assert len(session.ballots) == 84 and len(session.roster) == 12
        assert session.shown_round("setting-direction") == 1
        assert session.started_rounds == {"aligning-people": 2}
        assert sum(len(p.notes) for p in session.panels) == 8
    assert _version(v1_file) == tables.SCHEMA_VERSION


def test_the_upgraded_file_has_the_schema_of_a_new_file(v1_file, tmp_path):
    """The frozen version-2 tables in upgrade.py are exactly what tables.py creates."""
    with open_session_file(v1_file) as upgraded:
        fresh = tmp_path / "fresh.kotter"
        write_new_file(upgraded.session, fresh)
    assert _schema(v1_file) == _schema(fresh)
    assert {strict for kind, _, _, strict in _schema(fresh) if kind == "table"} == {1}


def test_the_upgrade_keeps_every_row(v1_file, tmp_path):
    read_only = open_session_file(V1_FILE, read_only=True)  # upgraded in memory
    with read_only:
        before = picture(read_only.session)
    with open_session_file(v1_file) as upgraded:
        assert picture(upgraded.session) == before
    conn = sqlite3.connect(v1_file)
    try:
        kinds = conn.execute("SELECT DISTINCT typeof(x) FROM note").fetchall()
    finally:
        conn.close()
    assert kinds == [("real",)]


def test_the_upgrade_makes_a_backup_first(v1_file):
    original = digest(v1_file)
    open_session_file(v1_file).close()
    [backup] = _backups()
    assert digest(backup) == original and _version(backup) == 1


def test_a_read_only_version_1_file_is_upgraded_in_memory_only(v1_file):
    before = digest(v1_file)
    with open_session_file(v1_file, read_only=True) as opened:
        assert opened.session.title == "Leadership offsite, autumn"
    assert digest(v1_file) == before and _version(v1_file) == 1
    assert _backups() == []


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ballot SET value = 'four'",  # the third table rebuilt
        "UPDATE note SET x = 'left'",
        "UPDATE started_round SET round = 'second'",  # the last table rebuilt
        "UPDATE participant SET name = NULL",
    ],
)
def test_a_value_a_strict_table_cannot_hold_fails_the_whole_upgrade(v1_file, statement, read_only):
    if "NULL" in statement:  # version 1 did not allow it either: lift NOT NULL first
        conn = sqlite3.connect(v1_file, isolation_level=None)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'name VARCHAR NOT NULL', 'name VARCHAR') "
            "WHERE name = 'participant'"
        )
        conn.close()
    _spoil(v1_file, statement)
    before = digest(v1_file)
    with pytest.raises(BadFileError) as caught:
        open_session_file(v1_file, read_only=read_only)
    assert str(caught.value) == f'"{v1_file}" {NOT_UPGRADED}'
    assert digest(v1_file) == before
    assert _version(v1_file) == 1
    assert sorted(p.name for p in v1_file.parent.iterdir()) == ["v1.kotter"]


def test_a_whole_number_in_a_real_column_becomes_a_real(v1_file):
    """STRICT converts what converts without loss, so such a version-1 file still opens."""
    _spoil(v1_file, "UPDATE note SET x = 12")  # an integer in a REAL column
    with open_session_file(v1_file) as opened:
        assert {n.x for p in opened.session.panels for n in p.notes} == {12.0}


# -- the ladder itself, with a step the test supplies ---------------------------------


NOW = tables.SCHEMA_VERSION  # the version this code writes
NEXT = NOW + 1


@pytest.fixture
def pretend_next_version(monkeypatch):
    """Make this code believe it writes the next version, with a step the test supplies."""
    objects = {**upgrade.OBJECTS_BEFORE, NOW: safety.expected_objects(NOW)}
    monkeypatch.setattr(tables, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(upgrade, "OBJECTS_BEFORE", objects)
    ladder: dict = dict(upgrade.LADDER)
    monkeypatch.setattr(upgrade, "LADDER", ladder)
    return ladder


def test_an_upgrade_runs_after_a_backup_and_sets_the_version(demo_file, pretend_next_version):
    pretend_next_version[NOW] = lambda conn: conn.exec_driver_sql(
        "UPDATE info SET title = title || ' (next)'"
    )
    original = digest(demo_file)
    with open_session_file(demo_file) as opened:
        assert opened.session.title.endswith(" (next)")
    assert _version(demo_file) == NEXT
    [backup] = _backups()
    assert digest(backup) == original and _version(backup) == NOW
    assert str(upgrade.backup_folder()).startswith(str(Path.home()))  # the test's home


def test_two_steps_run_in_one_go(v1_file, pretend_next_version):
    pretend_next_version[NOW] = lambda conn: conn.exec_driver_sql(
        "UPDATE info SET title = title || ' (next)'"
    )
    with open_session_file(v1_file) as opened:
        assert opened.session.title == "Leadership offsite, autumn (next)"
    assert _version(v1_file) == NEXT


def test_a_failing_upgrade_step_changes_nothing(v1_file, pretend_next_version):
    def half_done(conn):
        conn.exec_driver_sql("ALTER TABLE note ADD COLUMN author TEXT")
        conn.exec_driver_sql("CREATE TABLE extra (x INTEGER)")
        conn.exec_driver_sql("UPDATE info SET title = 'half upgraded'")
        raise RuntimeError("the next step went wrong")

    pretend_next_version[NOW] = half_done  # after the real steps up to this version have run
    before = digest(v1_file)
    with pytest.raises(BadFileError, match=NOT_UPGRADED):
        open_session_file(v1_file)
    assert digest(v1_file) == before
    assert _version(v1_file) == 1


def test_a_read_only_older_file_is_upgraded_in_memory_only(demo_file, pretend_next_version):
    pretend_next_version[NOW] = lambda conn: conn.exec_driver_sql(
        "UPDATE info SET title = title || ' (next)'"
    )
    before = digest(demo_file)
    with open_session_file(demo_file, read_only=True) as opened:
        assert opened.session.title.endswith(" (next)")
    assert digest(demo_file) == before
    assert _backups() == []
