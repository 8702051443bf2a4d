"""Bad files get one clear sentence and stay byte for byte as they were."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.errors import KotterError
from kotter_workshop.store import (
    BadFileError,
    MissingFileError,
    NewerFileError,
    UntrustedFileError,
    open_session_file,
    write_new_file,
)

from .conftest import digest


def _sql(*statements: str) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        for statement in statements:
            conn.execute(statement)
        conn.close()

    return spoil


def _replace(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _cut(size: int) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(path.read_bytes()[:size])


def _scramble_page(number: int) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        data = bytearray(path.read_bytes())
        start = 4096 * (number - 1)
        data[start : start + 4096] = random.Random(number).randbytes(4096)
        path.write_bytes(bytes(data))

    return spoil


def _set_schema(path: Path, table: str, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql, table))
    conn.close()


def _rewrite_table(table: str, rule: str, instead: str = "", *statements: str):
    """Change a table's CREATE statement in place (writable_schema), as no SQLite would.

    With ``statements``, write through the changed table and then put the
    statement back: values the real table forbids, behind SQLite's back.
    """

    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path)
        [sql] = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
        conn.close()
        assert rule in sql
        _set_schema(path, table, sql.replace(rule, instead))
        if statements:
            _sql(*statements)(path)
            _set_schema(path, table, sql)

    return spoil


def _another_apps_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


CORPUS: dict[str, tuple[Callable[[Path], None], type[KotterError]]] = {
    "empty": (_replace(b""), BadFileError),
    "text": (_replace(b"Agenda for Monday\n- coffee\n"), BadFileError),
    "json": (_replace(b'{"format": "kotter-workshop/session"}'), BadFileError),
    "random bytes": (_replace(random.Random(1).randbytes(8192)), BadFileError),
    "header only": (_cut(100), BadFileError),
    "cut in the header": (_cut(40), BadFileError),
    "cut in half": (lambda p: _cut(p.stat().st_size // 2)(p), BadFileError),
    "cut by a few bytes": (lambda p: _cut(p.stat().st_size - 7)(p), BadFileError),
    "corrupt page": (_scramble_page(6), BadFileError),
    "corrupt last page": (lambda p: _scramble_page(p.stat().st_size // 4096)(p), BadFileError),
    "another app's database": (_another_apps_database, BadFileError),
    "another app's id": (_sql("PRAGMA application_id = 1179402567"), BadFileError),
    "newer version": (_sql("PRAGMA user_version = 99"), NewerFileError),
    "version zero": (_sql("PRAGMA user_version = 0"), BadFileError),
    "trigger": (
        _sql("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM ballot; END"),
        UntrustedFileError,
    ),
    "view": (_sql("CREATE VIEW v AS SELECT * FROM note"), UntrustedFileError),
    "extra table": (_sql("CREATE TABLE extra (x)"), UntrustedFileError),
    "extra index": (_sql("CREATE INDEX ix_extra ON ballot (voter)"), UntrustedFileError),
    "extra column": (_sql("ALTER TABLE note ADD COLUMN author TEXT"), UntrustedFileError),
    "missing table": (_sql("DROP TABLE draft"), BadFileError),
    "wal mode": (_sql("PRAGMA journal_mode = WAL"), BadFileError),
    "text in a number column": (
        _rewrite_table("ballot", " STRICT", "", "UPDATE ballot SET value = 'four'"),
        BadFileError,
    ),
    "text in a real column": (
        _rewrite_table("note", " STRICT", "", "UPDATE note SET x = 'left'"),
        BadFileError,
    ),
    "a number in a text column": (
        _rewrite_table("note", " STRICT", "", "UPDATE note SET color = 3"),
        BadFileError,
    ),
    "no text where one must be": (
        _rewrite_table("note", "text TEXT NOT NULL", "text TEXT", "UPDATE note SET text = NULL"),
        BadFileError,
    ),
    "a table that is not STRICT": (_rewrite_table("ballot", " STRICT"), UntrustedFileError),
    "a column of any kind": (
        _rewrite_table("ballot", "value INTEGER", "value ANY"),
        UntrustedFileError,
    ),
    "vote off the scale": (_sql("UPDATE ballot SET value = 99"), BadFileError),
    "ballot for no process": (_sql("UPDATE ballot SET process = 'nope'"), BadFileError),
    "unknown colour": (_sql("UPDATE note SET color = 'mauve'"), BadFileError),
    "note on no panel": (_sql("UPDATE note SET panel_id = 'gone'"), BadFileError),
    "no session details": (_sql("DELETE FROM info"), BadFileError),
    "bad date": (_sql("UPDATE info SET date = '2026-13-45'"), BadFileError),
    "bad scale": (_sql("UPDATE info SET scale_max = 6"), BadFileError),
    "malformed slide list": (_sql("UPDATE agenda_item SET slides = '[1, 2'"), BadFileError),
    "pairs that do not match": (_sql("UPDATE process SET pair = 'people'"), BadFileError),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize("name", CORPUS)
def test_a_bad_file_is_refused_and_left_unchanged(tmp_path, demo_file, name, read_only):
    spoil, error = CORPUS[name]
    spoil(demo_file)
    before = digest(demo_file)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as caught:
        open_session_file(demo_file, read_only=read_only)
    message = str(caught.value)
    assert str(demo_file) in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert digest(demo_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


@pytest.mark.parametrize(
    "name", ["text in a number column", "text in a real column", "no text where one must be"]
)
def test_a_wrong_kind_of_value_is_named(demo_file, name):
    CORPUS[name][0](demo_file)
    table = "ballot" if "number" in name else "note"
    with pytest.raises(BadFileError, match=f"its table '{table}' holds a wrong kind of value"):
        open_session_file(demo_file)


def test_the_tampered_values_are_really_in_the_file(demo_file):
    """The corpus' wrong kinds are in the file: only quick_check stands between them and us."""
    CORPUS["text in a number column"][0](demo_file)
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("SELECT DISTINCT value FROM ballot").fetchall() == [("four",)]
        assert conn.execute("SELECT strict FROM pragma_table_list('ballot')").fetchone() == (1,)
    finally:
        conn.close()


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(MissingFileError, match="no such file"):
        open_session_file(tmp_path / "nowhere.kotter")


def test_a_folder_is_not_a_session(tmp_path):
    with pytest.raises(BadFileError, match="folder"):
        open_session_file(tmp_path)


def test_a_bad_file_does_not_stop_good_files_from_opening(tmp_path, demo_file):
    good = tmp_path / "good.kotter"
    shutil.copy(demo_file, good)
    _sql("CREATE VIEW v AS SELECT 1")(demo_file)
    with pytest.raises(UntrustedFileError):
        open_session_file(demo_file)
    with open_session_file(good) as opened:
        assert opened.session.ballots


def test_an_sqlite_too_old_for_strict_tables_is_named(demo_file, tmp_path, monkeypatch):
    """Before 3.37 SQLite calls a STRICT table's schema malformed: say what is really wrong."""
    before = digest(demo_file)
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    needs = "needs SQLite 3.37 or newer; this Python has 3.31.1"
    with pytest.raises(BadFileError, match=f"cannot be opened \\(Kotter Workshop {needs}\\)\\.$"):
        open_session_file(demo_file)
    with pytest.raises(
        KotterError, match=f"could not be written \\(Kotter Workshop {needs}\\)\\.$"
    ):
        write_new_file(demo_session(), tmp_path / "new.kotter")
    assert digest(demo_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kotter"]
