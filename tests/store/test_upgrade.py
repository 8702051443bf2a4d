"""Older files are upgraded in one transaction, after a backup; a failed step changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kotter_workshop.store import BadFileError, open_session_file, safety, tables, upgrade

from .conftest import digest

V1_FILE = Path(__file__).parents[1] / "data" / "session-v1.kotter"


def test_the_version_1_file_opens(tmp_path):
    copy = tmp_path / "v1.kotter"
    shutil.copy(V1_FILE, copy)
    with open_session_file(copy) as opened:
        session = opened.session
        assert session.title == "Leadership offsite, autumn"
        assert len(session.ballots) == 84 and len(session.roster) == 12
        assert session.shown_round("setting-direction") == 1
        assert session.started_rounds == {"aligning-people": 2}
        assert sum(len(p.notes) for p in session.panels) == 8


@pytest.fixture
def pretend_version_2(monkeypatch):
    """Make this code believe it writes version 2, with a ladder the test supplies."""
    version_1_objects = safety.expected_objects(1)
    monkeypatch.setattr(tables, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(upgrade, "OBJECTS_BEFORE", {1: version_1_objects})
    ladder: dict = {}
    monkeypatch.setattr(upgrade, "LADDER", ladder)
    return ladder


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _backups() -> list[Path]:
    folder = upgrade.backup_folder()
    return sorted(folder.iterdir()) if folder.exists() else []


def test_an_upgrade_runs_after_a_backup_and_sets_the_version(demo_file, pretend_version_2):
    pretend_version_2[1] = lambda conn: conn.exec_driver_sql(
        "UPDATE info SET title = title || ' (v2)'"
    )
    original = digest(demo_file)
    with open_session_file(demo_file) as opened:
        assert opened.session.title.endswith(" (v2)")
    assert _version(demo_file) == 2
    [backup] = _backups()
    assert digest(backup) == original and _version(backup) == 1
    assert str(upgrade.backup_folder()).startswith(str(Path.home()))  # the test's home


def test_a_failing_upgrade_step_changes_nothing(demo_file, pretend_version_2):
    def half_done(conn):
        conn.exec_driver_sql("ALTER TABLE note ADD COLUMN author VARCHAR")
        conn.exec_driver_sql("CREATE TABLE extra (x INTEGER)")
        conn.exec_driver_sql("UPDATE info SET title = 'half upgraded'")
        raise RuntimeError("step 2 went wrong")

    pretend_version_2[1] = half_done
    before = digest(demo_file)
    with pytest.raises(BadFileError, match="could not be brought up to date"):
        open_session_file(demo_file)
    assert digest(demo_file) == before
    assert _version(demo_file) == 1


def test_a_read_only_older_file_is_upgraded_in_memory_only(demo_file, pretend_version_2):
    pretend_version_2[1] = lambda conn: conn.exec_driver_sql(
        "UPDATE info SET title = title || ' (v2)'"
    )
    before = digest(demo_file)
    with open_session_file(demo_file, read_only=True) as opened:
        assert opened.session.title.endswith(" (v2)")
    assert digest(demo_file) == before
    assert _backups() == []
