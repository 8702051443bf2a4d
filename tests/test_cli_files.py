"""The file commands end to end: the real ``kotter-workshop`` in a subprocess, on temp files.

``import`` and ``export --json/--csv`` as a user runs them: the smallest
import from the docs, the round trip through a ``.kotter`` file, the CSV a
spreadsheet opens, one-line errors with the right exit code, inputs left
byte for byte as they were, and an OUT that is never half-written, even when
the command is killed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Ballot, SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.interchange import session_from_json, session_to_json
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.store.lock import FileLock

DOCS = Path(__file__).resolve().parents[1] / "docs" / "json-format.md"
PROG = "kotter-workshop: "


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def smallest_import() -> str:
    """PRODUCT.md's smallest valid import, as the docs print it (tests/interchange checks
    that the two agree)."""
    return DOCS.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(result: subprocess.CompletedProcess, code: int = 1) -> str:
    """The run failed with ``code`` and said so in one line, without a traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(PROG)
    assert result.stdout == ""
    return lines[0].removeprefix(PROG)


GENERATED_IDS = {"ballots", "panels", "notes", "clusters", "actions", "agenda"}


def without_generated_ids(value: object, key: str = "") -> object:
    """The JSON with the ids an import makes up removed (a ballot's, a note's...)."""
    if isinstance(value, dict):
        return {k: without_generated_ids(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [without_generated_ids(v) for v in value]
        if key in GENERATED_IDS:
            items = [{k: v for k, v in item.items() if k != "id"} for item in items]
        return items
    return value


# -- the round trip --------------------------------------------------------------


def test_smallest_import_round_trips_through_a_kotter_file(tmp_path):
    source = tmp_path / "in.json"
    source.write_text(smallest_import(), encoding="utf-8")
    kotter, out = tmp_path / "session.kotter", tmp_path / "out.json"

    assert run("import", source, kotter).returncode == 0
    result = run("export", kotter, "--json", out)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")

    exported = json.loads(out.read_text(encoding="utf-8"))
    expected = session_to_json(session_from_json(json.loads(smallest_import())))
    assert without_generated_ids(exported) == without_generated_ids(expected)
    # what the docs' example says, read back from the file
    assert exported["ballots"][0] | {"id": None} == {
        "id": None,
        "process": "setting-direction",
        "round": 1,
        "value": 4,
        "participant": "p1",
    }
    assert [n["votes"] for p in exported["panels"] for n in p["notes"]] == [2]
    assert exported["actions"][0]["due"] == "2026-12-31"
    summary = exported["summary"]
    assert summary["leadership"] == 4 and summary["management"] is None
    assert summary["label"] is None and summary["quadrant"] is None
    assert summary["participants"] == 1
    assert summary["processes"]["setting-direction"]["count"] == 1


def test_export_import_export_is_identical_ids_and_all(tmp_path):
    first, again = tmp_path / "first.kotter", tmp_path / "again.kotter"
    session = demo_session()
    session.start_round("aligning-people")
    write_new_file(session, first)
    assert run("export", first, "--json", tmp_path / "a.json").returncode == 0
    assert run("import", tmp_path / "a.json", again).returncode == 0
    assert run("export", again, "--json", tmp_path / "b.json").returncode == 0
    a, b = (tmp_path / "a.json").read_bytes(), (tmp_path / "b.json").read_bytes()
    assert a == b
    assert json.loads(a)["started_rounds"] == {"aligning-people": 2}
    with open_session_file(again, read_only=True) as opened:
        assert opened.session.started_rounds == {"aligning-people": 2}


def test_export_json_is_strict_utf8_json_without_a_bom(tmp_path):
    session = new_session(SessionInfo(title="Größe — 会议 ✓"))
    session.add_ballot(Ballot("setting-direction", 3, voter="p1"))
    write_new_file(session, tmp_path / "s.kotter")
    assert run("export", tmp_path / "s.kotter", "--json", tmp_path / "s.json").returncode == 0
    raw = (tmp_path / "s.json").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    data = json.loads(raw.decode("utf-8"), parse_constant=pytest.fail)
    assert data["title"] == "Größe — 会议 ✓"


def test_export_csv_has_a_bom_a_header_and_one_row_per_ballot(tmp_path):
    session = demo_session()
    path, out = tmp_path / "demo.kotter", tmp_path / "ballots.csv"
    write_new_file(session, path)
    result = run("export", path, "--csv", out)
    assert (result.returncode, result.stderr) == (0, "")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    assert rows[0][:6] == ["process", "process_title", "side", "round", "value", "voter"]
    body = rows[1:]
    assert len(body) == len(session.ballots) > 0
    assert sorted((r[0], int(r[3]), r[4], r[5]) for r in body) == sorted(
        (b.process, b.round, "" if b.value is None else str(b.value), b.voter or "")
        for b in session.ballots
    )


def test_import_replaces_an_existing_file_atomically(tmp_path):
    out = tmp_path / "session.kotter"
    old = new_session(SessionInfo(title="Last group"))
    write_new_file(old, out)
    os.chmod(out, 0o640)
    source = tmp_path / "in.json"
    source.write_text(smallest_import(), encoding="utf-8")
    result = run("import", source, out)
    assert (result.returncode, result.stderr) == (0, "")
    with open_session_file(out, read_only=True) as opened:
        assert opened.session.info.title == "..."
    assert out.stat().st_mode & 0o777 == 0o640  # the replaced file's permissions stay
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "session.kotter"]


def test_import_does_not_replace_a_file_open_in_the_app(tmp_path):
    out = tmp_path / "session.kotter"
    write_new_file(new_session(SessionInfo(title="Running now")), out)
    before = digest(out)
    source = tmp_path / "in.json"
    source.write_text(smallest_import(), encoding="utf-8")
    lock = FileLock(out)  # what an app window holds while the file is open
    assert lock.acquire() is True
    try:
        message = one_error_line(run("import", source, out))
    finally:
        lock.release()
    assert "session.kotter" in message and "open in Kotter Workshop" in message
    assert digest(out) == before


def test_exports_are_ordinary_files_not_private_temp_files(tmp_path):
    write_new_file(new_session(), tmp_path / "s.kotter")
    old = os.umask(0o022)
    try:
        for flag, name in (("--json", "s.json"), ("--csv", "s.csv")):
            assert run("export", tmp_path / "s.kotter", flag, tmp_path / name).returncode == 0
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
            (tmp_path / name).chmod(0o600)  # a replaced export keeps its permissions
            assert run("export", tmp_path / "s.kotter", flag, tmp_path / name).returncode == 0
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


# -- errors: one line, exit 1, inputs untouched, nothing at OUT --------------------


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"This is a text file someone renamed.\n" * 20)


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann', '123')")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    write_new_file(demo_session(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _spoilt(*statements: str):
    """A good session file, then SQL that another program ran on it."""

    def make(path: Path) -> None:
        write_new_file(demo_session(), path)
        conn = sqlite3.connect(path, isolation_level=None)
        for statement in statements:
            conn.execute(statement)
        conn.close()

    return make


BAD_KOTTER = {
    "not SQLite": (_not_sqlite, "not a Kotter Workshop session file"),
    "empty": (lambda path: path.write_bytes(b""), "not a Kotter Workshop session file"),
    "foreign SQLite": (_foreign_sqlite, "another application's database"),
    "truncated": (_truncated, "damaged"),
    "newer version": (_spoilt("PRAGMA user_version = 99"), "newer version"),
    "trigger": (
        _spoilt("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM ballot; END"),
        "triggers that Kotter Workshop did not create",
    ),
    "vote off the scale": (
        _spoilt("UPDATE ballot SET value = 99"),
        "was not opened: 99 is outside the scale",
    ),
}


@pytest.mark.parametrize("flag", ["--json", "--csv"])
@pytest.mark.parametrize("case", sorted(BAD_KOTTER))
def test_exporting_a_bad_kotter_file_fails_cleanly(tmp_path, case, flag):
    make, words = BAD_KOTTER[case]
    source, out = tmp_path / "input.kotter", tmp_path / "out.file"
    make(source)
    before = digest(source)
    message = one_error_line(run("export", source, flag, out))
    assert message.startswith(f'"{source}" ') and words in message
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.kotter"]


def test_exporting_a_missing_file_names_it(tmp_path):
    message = one_error_line(run("export", tmp_path / "gone.kotter", "--csv", tmp_path / "o.csv"))
    assert "gone.kotter" in message and "no such file" in message
    assert list(tmp_path.iterdir()) == []


BAD_JSON = {
    "missing": (None, '"in.json": the file cannot be read (No such file or directory).'),
    "not JSON": (b"name,value\nAnn,4\n", '"in.json": the file is not valid JSON'),
    "not UTF-8": (b'{"title": "\xff"}', '"in.json": the file is not UTF-8 text'),
    "not a session": (b'{"hello": "world"}', '"in.json": format: the key is missing'),
    "bad value": (
        smallest_import().replace('"value": 4', '"value": 9').encode(),
        '"in.json": ballots[0].value: 9 is outside the scale 1–5.',
    ),
    "bad colour": (
        smallest_import().replace('"yellow"', '"red"').encode(),
        '"in.json": panels[0].notes[0].color: "red" is not one of',
    ),
    "misspelt key": (
        smallest_import().replace('"participant"', '"particpant"').encode(),
        '"in.json": ballots[0]: "particpant" is not a known key here.',
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_JSON))
def test_importing_bad_json_fails_cleanly(tmp_path, case):
    content, expected = BAD_JSON[case]
    source, out = tmp_path / "in.json", tmp_path / "out.kotter"
    if content is not None:
        source.write_bytes(content)
        before = digest(source)
    message = one_error_line(run("import", "in.json", "out.kotter", cwd=tmp_path))
    assert message.startswith(expected), message
    if content is not None:
        assert digest(source) == before
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == (["in.json"] if content else [])


def test_a_failed_import_leaves_an_existing_out_as_it_was(tmp_path):
    out = tmp_path / "out.kotter"
    write_new_file(demo_session(), out)
    before = digest(out)
    (tmp_path / "in.json").write_text("{", encoding="utf-8")
    one_error_line(run("import", tmp_path / "in.json", out))
    assert digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "out.kotter"]


# -- errors about OUT -----------------------------------------------------------------


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """A session file and its JSON to feed the commands."""
    kotter, source = tmp_path / "in.kotter", tmp_path / "in.json"
    write_new_file(demo_session(), kotter)
    source.write_text(smallest_import(), encoding="utf-8")
    return {"kotter": kotter, "json": source}


def commands(files: dict[str, Path], out: Path) -> dict[str, list]:
    return {
        "export --json": ["export", files["kotter"], "--json", out],
        "export --csv": ["export", files["kotter"], "--csv", out],
        "import": ["import", files["json"], out],
    }


COMMANDS = ["export --json", "export --csv", "import"]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_folder_that_does_not_exist(tmp_path, files, command):
    out = tmp_path / "no such folder" / "out.file"
    before = {name: digest(p) for name, p in files.items()}
    message = one_error_line(run(*commands(files, out)[command]))
    assert message == f'"{out}" could not be written (there is no folder "{out.parent}").'
    assert not out.parent.exists()
    assert {name: digest(p) for name, p in files.items()} == before


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_path_that_is_a_folder(tmp_path, files, command):
    out = tmp_path / "results"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    message = one_error_line(run(*commands(files, out)[command]))
    assert message.startswith(f'"{out}" could not be written (it is a folder')
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "in.kotter", "results"]


def _folder_refuses_writes(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_text("x")
    except PermissionError:
        return True
    probe.unlink()
    return False


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_output_folder(tmp_path, files, command):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if not _folder_refuses_writes(folder):
            pytest.skip("this user can write into a read-only folder (root ignores mode bits)")
        out = folder / "out.file"
        message = one_error_line(run(*commands(files, out)[command]))
        assert message.startswith(f'"{out}" could not be written (')
        assert "ermission denied" in message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("command", COMMANDS)
def test_writing_over_the_input_is_refused(files, command):
    source = files["json"] if command == "import" else files["kotter"]
    before = digest(source)
    message = one_error_line(run(*commands(files, source)[command]), code=2)
    assert message == f'"{source}" is the input file; choose another output file.'
    assert digest(source) == before


# -- usage errors: exit 2 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["import", "in.json"], "the following arguments are required: OUT.kotter"),
        (["import"], "the following arguments are required: IN.json, OUT.kotter"),
        (["export", "in.kotter"], "one of the arguments --pdf --html --json --csv is required"),
        (["export", "in.kotter", "--json"], "argument --json: expected one argument"),
        (
            ["export", "in.kotter", "--json", "a", "--csv", "b"],
            "argument --csv: not allowed with argument --json",
        ),
        (["import", "a.json", "b.kotter", "c"], "unrecognized arguments: c"),
    ],
)
def test_usage_errors_exit_2_and_end_with_the_problem(tmp_path, args, words):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("usage: kotter-workshop ")  # then one line of problem
    assert result.stderr.splitlines()[-1] == PROG + words
    assert list(tmp_path.iterdir()) == []


# -- killed mid-write ----------------------------------------------------------------------

BIG_BALLOTS = 20_000


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> dict[str, Path]:
    """A session with 20,000 ballots, as a .kotter file and as JSON, with their exports."""
    folder = tmp_path_factory.mktemp("big")
    session = new_session(SessionInfo(title="A big room"))
    processes = [p.id for p in session.framework.processes]
    voters = BIG_BALLOTS // (4 * len(processes)) + 1
    for number in range(BIG_BALLOTS):
        voter, rest = divmod(number, 4 * len(processes))
        round_, process = divmod(rest, len(processes))
        value = None if number % 11 == 0 else number % 5 + 1
        session.add_ballot(Ballot(processes[process], value, f"p{voter}", round_ + 1))
    assert len(session.ballots) == BIG_BALLOTS and voters > 800
    paths = {"kotter": folder / "big.kotter", "json": folder / "big.json"}
    write_new_file(session, paths["kotter"])
    for kind, flag in (("json", "--json"), ("csv", "--csv")):
        paths[f"{kind} export"] = folder / f"export.{kind}"
        assert run("export", paths["kotter"], flag, paths[f"{kind} export"]).returncode == 0
    paths["json"].write_bytes(paths["json export"].read_bytes())
    return paths


def _kill_while_writing(args: list, folder: Path, out: Path, delay: float) -> None:
    """Start the command; SIGKILL it ``delay`` seconds after its temp file appears.

    A negative ``delay`` kills that long after the start, whatever it is doing.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "kotter_workshop", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if delay < 0:
            time.sleep(-delay)
        else:
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if any(p.name.startswith(".kw-") for p in folder.iterdir()):
                    time.sleep(delay)
                    break
                time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)


def _leftovers(folder: Path, out: Path) -> list[str]:
    """What a kill may leave beside OUT: hidden ``.kw-<random>.part`` files (and their
    SQLite journal), and the stale ``.OUT.lock`` of an import, which locks nothing
    once its process is gone."""
    names = []
    for path in folder.iterdir():
        if path == out:
            continue
        name = path.name
        part = name.startswith(".kw-") and name.endswith((".part", ".part-journal"))
        assert part or name == f".{out.name}.lock", name
        names.append(name)
    return names


KILL_DELAYS = [-0.05, -0.3, 0.0, 0.005, 0.02, 0.05, 0.1, 0.2]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_a_killed_export_leaves_the_old_out_or_the_complete_new_one(tmp_path, big, kind):
    expected = big[f"{kind} export"].read_bytes()
    old = b"the previous export, which must survive a failed one\n"
    for i, delay in enumerate(KILL_DELAYS):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        out = folder / f"out.{kind}"
        if i % 2:
            out.write_bytes(old)
        _kill_while_writing(["export", big["kotter"], f"--{kind}", out], folder, out, delay)
        _leftovers(folder, out)
        if i % 2:  # an OUT was there: it is the old one or the complete new one
            assert out.read_bytes() in (old, expected)
        elif out.exists():  # none was there: none is, or the complete new one
            assert out.read_bytes() == expected
    # The same folder again: a later run succeeds beside whatever a kill left there.
    out = tmp_path / "run0" / f"out.{kind}"
    assert run("export", big["kotter"], f"--{kind}", out).returncode == 0
    assert out.read_bytes() == expected


@pytest.mark.slow
def test_a_killed_import_leaves_no_kotter_file_or_a_complete_one(tmp_path, big):
    expected = json.loads(big["json export"].read_bytes())
    for i, delay in enumerate([-0.2, 0.0, 0.01, 0.05, 0.1]):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        out = folder / "out.kotter"
        _kill_while_writing(["import", big["json"], out], folder, out, delay)
        _leftovers(folder, out)
        if out.exists():
            with open_session_file(out, read_only=True) as opened:
                assert session_to_json(opened.session) == expected
        assert run("import", big["json"], out).returncode == 0  # and again, over the leftovers
        with open_session_file(out, read_only=True) as opened:
            assert len(opened.session.ballots) == BIG_BALLOTS


def test_a_pdf_export_never_writes_over_its_own_session_file(tmp_path):
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.store import write_new_file

    session_file = tmp_path / "s.kotter"
    write_new_file(demo_session(), session_file)
    before = session_file.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kotter_workshop",
            "export",
            str(session_file),
            "--pdf",
            str(session_file),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert session_file.read_bytes() == before
    assert "Traceback" not in result.stderr
