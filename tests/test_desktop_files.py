"""packaging/: the desktop entry, the MIME type, the AppStream metadata and the bundle spec.

The MIME type is checked against a real session file, with the same
shared-mime-info rules a desktop uses (Qt's QMimeDatabase reads the XML from
$XDG_DATA_HOME/mime/packages), in a subprocess so the database is fresh.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kotter_workshop
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import APPLICATION_ID, write_new_file

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
MIME_XML = PACKAGING / "kotter-workshop-mime.xml"
DESKTOP = PACKAGING / "kotter-workshop.desktop"
METAINFO = PACKAGING / "io.github.kotterworkshop.KotterWorkshop.metainfo.xml"
MIME_TYPE = "application/x-kotter-session"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_a_session_file_carries_the_application_id_the_mime_magic_looks_for(tmp_path):
    path = tmp_path / "s.kotter"
    write_new_file(demo_session(), path)
    head = path.read_bytes()[:100]

    assert head[:16] == b"SQLite format 3\0"
    assert head[68:72] == b"KOTW" == APPLICATION_ID.to_bytes(4, "big")


def test_the_mime_type_has_the_glob_the_parent_and_the_magic():
    (mime,) = ET.parse(MIME_XML).getroot().findall("m:mime-type", NS)

    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", NS)] == ["*.kotter"]
    assert mime.find("m:sub-class-of", NS).get("type") == "application/vnd.sqlite3"
    magic = mime.find("m:magic", NS)
    assert int(magic.get("priority")) > 50  # above plain SQLite's
    (sqlite,) = magic.findall("m:match", NS)
    assert (sqlite.get("offset"), sqlite.get("value")) == ("0", "SQLite format 3\\000")
    (app_id,) = sqlite.findall("m:match", NS)
    assert (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value"), 16) == APPLICATION_ID


MIME_QUERY = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
print(*db.mimeTypeForName("application/x-kotter-session").parentMimeTypes())
"""


def test_a_desktop_knows_a_session_file_by_its_name_and_by_its_content(tmp_path):
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data / "mime" / "packages" / "kotter-workshop.xml")
    session, renamed, plain = tmp_path / "a.kotter", tmp_path / "renamed.bin", tmp_path / "x.bin"
    write_new_file(demo_session(), session)
    shutil.copy(session, renamed)
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    env = dict(os.environ, XDG_DATA_HOME=str(data), QT_QPA_PLATFORM="offscreen")

    done = subprocess.run(
        [sys.executable, "-c", MIME_QUERY, session, renamed, plain],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert done.stdout.split("\n")[:4] == [
        MIME_TYPE,  # by the glob
        MIME_TYPE,  # by the magic: SQLite with our application_id
        "application/vnd.sqlite3",  # another SQLite database stays one
        "application/vnd.sqlite3",  # the parent type
    ]


def test_the_desktop_entry_opens_session_files_with_the_icon():
    entry = desktop_entry()

    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"] == "kotter-workshop %f"
    assert (PACKAGING / f"{entry['Icon']}.svg").is_file()
    ET.parse(PACKAGING / f"{entry['Icon']}.svg")  # well-formed


def test_the_appstream_metadata_matches_the_desktop_entry_and_the_version():
    root = ET.parse(METAINFO).getroot()

    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "kotter-workshop"
    assert root.find("releases/release").get("version") == kotter_workshop.__version__
    assert root.findtext("name") == desktop_entry()["Name"]


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--no-net"], METAINFO),
    ],
)
def test_the_freedesktop_tools_accept_the_files(tool, args, path):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    done = subprocess.run([tool, *args, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def qt_modules_the_app_imports() -> set[str]:
    found = set()
    for source in (REPO / "kotter_workshop").rglob("*.py"):
        found |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text("utf-8")))
    return found


def spec_constant(name: str):
    tree = ast.parse((PACKAGING / "kotter-workshop.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise LookupError(name)


def test_the_bundle_keeps_exactly_the_qt_modules_the_app_imports():
    used = spec_constant("QT_USED")

    assert qt_modules_the_app_imports() == used == {"QtCore", "QtGui", "QtWidgets"}
    left_out = set(spec_constant("QT_ALL")) - used
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "QtNetwork", "QtPrintSupport"} <= left_out
