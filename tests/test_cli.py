"""The command line as a user types it: version, usage errors, one clear line."""

import subprocess
import sys

from kotter_workshop import __version__
from kotter_workshop.cli import main


def run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


def test_version_prints_the_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kotter-workshop {__version__}"


def test_version_does_not_load_qt_or_sqlalchemy():
    code = (
        "import sys; from kotter_workshop.cli import main; main(['--version']);"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("[]")


def test_wrong_argument_prints_usage_and_exits_2():
    result = run("--no-such-flag")
    assert result.returncode == 2
    assert "usage: kotter-workshop" in result.stderr
    assert "unrecognized arguments: --no-such-flag" in result.stderr
    assert "Traceback" not in result.stderr


def test_file_and_demo_together_is_a_usage_error(capsys, tmp_path):
    assert main([str(tmp_path / "a.kotter"), "--demo"]) == 2
    assert "not both" in capsys.readouterr().err


def test_export_without_an_output_is_a_usage_error(capsys):
    assert main(["export", "some.kotter"]) == 2
    err = capsys.readouterr().err
    assert "usage: kotter-workshop export" in err
    assert "one of the arguments --pdf --html --json --csv is required" in err


def test_export_of_a_missing_file_says_so_in_one_line(tmp_path):
    missing = tmp_path / "missing.kotter"
    result = run("export", str(missing), "--json", str(tmp_path / "out.json"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "missing.kotter" in lines[0]
    assert not (tmp_path / "out.json").exists()
