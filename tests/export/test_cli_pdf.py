"""`kotter-workshop export FILE --pdf OUT` as a user runs it."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import write_new_file


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_pdf_writes_a_valid_summary(tmp_path):
    source, out = tmp_path / "demo.kotter", tmp_path / "summary.pdf"
    write_new_file(demo_session(), source)
    result = run("export", str(source), "--pdf", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pdf = PdfReader(out)
    assert round(pdf.pages[0].mediabox.width) == 612
    assert "Leadership 2.8 / 5" in " ".join(pdf.pages[0].extract_text().split())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kotter", "summary.pdf"]


def test_a_bad_input_file_leaves_no_output(tmp_path):
    source, out = tmp_path / "bad.kotter", tmp_path / "summary.pdf"
    source.write_bytes(b"this is not a session file" * 40)
    result = run("export", str(source), "--pdf", str(out))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.kotter"]


def test_an_unknown_paper_is_a_usage_error(tmp_path):
    result = run(
        "export", str(tmp_path / "x.kotter"), "--pdf", str(tmp_path / "o.pdf"), "--paper", "tabloid"
    )
    assert result.returncode == 2
    assert not (tmp_path / "o.pdf").exists()
