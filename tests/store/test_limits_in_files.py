"""A session file is held to the same limits as an import: what opens, exports and imports again.

Each file here was spoilt behind the app's back (an editor, a script, a bad
copy) and opened and exported on earlier versions, but its JSON export did not
import. Now it is refused with one sentence naming the limit, and left as it was.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kotter_workshop.interchange import session_from_json, session_to_json
from kotter_workshop.interchange.errors import InterchangeError
from kotter_workshop.store import BadFileError, open_session_file, upgrade

from .conftest import digest

V1_FILE = Path(__file__).parents[1] / "data" / "session-v1.kotter"
FIRST_NOTE = "(SELECT id FROM note ORDER BY panel_id, position LIMIT 1)"
TEN_MB = 10 * 1024 * 1024

SPOILT = {  # what the file holds -> (SQL, words of the sentence that names the limit)
    "Infinity coordinates": (
        f"UPDATE note SET x = 1e999 WHERE id = {FIRST_NOTE}",
        "A position on a whiteboard is a number within ±10,000,000, not inf.",
    ),
    "negative dots": (
        f"UPDATE note SET votes = -3 WHERE id = {FIRST_NOTE}",
        "A note has 0 to 100,000 dots, not -3.",
    ),
    "a 10 MB note": (
        f"UPDATE note SET text = printf('%.*c', {TEN_MB}, 'x') WHERE id = {FIRST_NOTE}",
        "A note holds 1 to 280 characters, not 10,485,760.",
    ),
    "an empty note": (
        f"UPDATE note SET text = '' WHERE id = {FIRST_NOTE}",
        "A note holds 1 to 280 characters, not 0.",
    ),
    "a 10 MB title": (
        f"UPDATE info SET title = printf('%.*c', {TEN_MB}, 'x')",
        "A title or name holds at most 200 characters, not 10,485,760.",
    ),
    "a note in a group that is not there": (
        f"UPDATE note SET cluster_id = 'nowhere' WHERE id = {FIRST_NOTE}",
        "A note belongs to a group that is not on its panel.",
    ),
    "two ballots of one voter for one process and round": (
        "INSERT INTO ballot (id, process, value, voter, round) "
        "SELECT id || '-again', process, value, voter, round FROM ballot "
        "WHERE voter IS NOT NULL LIMIT 1",
        "one voter has one ballot per process and round.",
    ),
    "a lone surrogate in a list of texts": (
        """UPDATE agenda_item SET slides = '["title", "\\ud800"]'""",
        "A text holds a lone surrogate",
    ),
}


def _spoil(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(statement)
    conn.close()


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize("case", SPOILT)
def test_a_file_that_breaks_a_limit_is_refused_with_the_limit_named(demo_file, case, read_only):
    statement, words = SPOILT[case]
    _spoil(demo_file, statement)
    before = digest(demo_file)
    files_before = sorted(p.name for p in demo_file.parent.iterdir())
    with pytest.raises(BadFileError) as caught:
        open_session_file(demo_file, read_only=read_only)
    message = str(caught.value)
    assert message.startswith(f'"{demo_file}" was not opened: ')
    assert words in message
    assert len(message) < 300 and "\n" not in message
    assert digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == files_before


def test_what_opens_exports_json_that_imports_again(demo_file):
    """The other half of the promise: the limits of a file and of an import are one."""
    with open_session_file(demo_file, read_only=True) as opened:
        data = json.loads(json.dumps(session_to_json(opened.session), allow_nan=False))
    session_from_json(data)  # no InterchangeError


@pytest.mark.parametrize("case", ["Infinity coordinates", "a 10 MB note", "negative dots"])
def test_the_json_of_such_a_session_is_refused_on_import_too(demo_file, case):
    """Before, these opened, and their JSON export did not import: now neither does."""
    with open_session_file(demo_file, read_only=True) as opened:
        data = session_to_json(opened.session)
    note = data["panels"][next(i for i, p in enumerate(data["panels"]) if p.get("notes"))]
    note = note["notes"][0]
    note.update(
        {
            "Infinity coordinates": {"x": 1e12},
            "a 10 MB note": {"text": "x" * TEN_MB},
            "negative dots": {"votes": -3},
        }[case]
    )
    with pytest.raises(InterchangeError):
        session_from_json(data)


# -- a version-1 file that is refused stays as it was (issue 24, item 4) ---------------
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE agenda_item SET slides = '[1, 2'",  # data the app cannot use
        SPOILT["a 10 MB note"][0],  # a limit
        SPOILT["two ballots of one voter for one process and round"][0],
    ],
    ids=["malformed slide list", "a 10 MB note", "two ballots of one voter"],
)
def test_a_refused_version_1_file_is_left_byte_for_byte_as_it_was(tmp_path, statement):
    v1 = tmp_path / "old.kotter"
    shutil.copy(V1_FILE, v1)
    _spoil(v1, statement)
    before = v1.read_bytes()
    with pytest.raises(BadFileError) as caught:
        open_session_file(v1)
    assert v1.read_bytes() == before  # not upgraded in place before the refusal
    assert str(caught.value).startswith(f'"{v1}" ')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.kotter"]  # no copy left over
    backups = sorted(upgrade.backup_folder().iterdir())
    assert backups and backups[-1].read_bytes() == before  # the backup is made all the same


def test_a_version_1_file_that_opens_is_replaced_by_its_upgraded_copy(tmp_path):
    v1 = tmp_path / "old.kotter"
    shutil.copy(V1_FILE, v1)
    inode = v1.stat().st_ino
    with open_session_file(v1) as opened:
        assert not opened.read_only
        opened.session.update_info(title="Upgraded and edited")
    conn = sqlite3.connect(v1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] > 1
    conn.close()
    assert v1.stat().st_ino != inode  # a new file took the old one's place, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.kotter"]
    with open_session_file(v1) as reopened:
        assert reopened.session.title == "Upgraded and edited"
