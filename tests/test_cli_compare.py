"""`kotter-workshop compare A B [...] --pdf OUT` as a user runs it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace

from pypdf import PdfReader

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.reuse import fresh_from
from kotter_workshop.domain.scoring import summarise
from kotter_workshop.store import write_new_file


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def two_sessions(folder):
    demo = demo_session()
    later = fresh_from(demo, replace(demo.info, title="Half a year on", date=dt.date(2027, 5, 1)))
    write_new_file(demo, folder / "a.kotter")
    write_new_file(later, folder / "b.kotter")
    return demo, later


def test_compare_writes_a_pdf_with_both_sessions(tmp_path):
    demo, later = two_sessions(tmp_path)
    out = tmp_path / "compare.pdf"
    result = run("compare", tmp_path / "b.kotter", tmp_path / "a.kotter", "--pdf", out)
    assert result.returncode == 0, result.stderr
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "1. Leadership offsite, autumn (2026-11-19)" in text
    assert "2. Half a year on (2027-05-01)" in text
    assert f"Leadership (L) {summarise(demo).shown_leadership} –" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kotter", "b.kotter", "compare.pdf"]


def test_fewer_than_two_files_is_a_usage_error(tmp_path):
    two_sessions(tmp_path)
    out = tmp_path / "compare.pdf"
    result = run("compare", tmp_path / "a.kotter", "--pdf", out)
    assert result.returncode == 2
    assert "at least two" in result.stderr
    assert not out.exists()
    assert run("compare", tmp_path / "a.kotter", tmp_path / "b.kotter").returncode == 2


def test_a_bad_file_is_one_line_naming_it_and_leaves_no_output(tmp_path):
    two_sessions(tmp_path)
    bad = tmp_path / "bad.kotter"
    bad.write_bytes(b"not a session" * 100)
    out = tmp_path / "compare.pdf"
    result = run("compare", tmp_path / "a.kotter", bad, "--pdf", out)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0]
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kotter", "b.kotter", "bad.kotter"]
