"""`export FILE --html OUT`, `compare A B --html OUT`, and the page's numbers against the PDF."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from pypdf import PdfReader

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.framework import Quadrant
from kotter_workshop.domain.reuse import fresh_from
from kotter_workshop.store import write_new_file

from .html import parse


def two_sessions(folder):
    demo = demo_session()
    info = replace(demo.info, title="Half a year on", date=dt.date(2027, 5, 1))
    write_new_file(demo, folder / "a.kotter")
    write_new_file(fresh_from(demo, info), folder / "b.kotter")


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "kotter_workshop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _table(root, caption: str) -> list[list[str]]:
    """The rows of the table with this caption, as the texts of their cells."""
    for table in root.all("table"):
        if next(table.all("caption")).text() == caption:
            body = next(table.all("tbody"))
            return [[c.text() for c in tr.all() if c.tag in ("th", "td")] for tr in body.all("tr")]
    raise AssertionError(f"no table {caption!r}")


def _tenths(value: float) -> str:
    return str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def test_export_html_writes_the_summary_in_one_file(tmp_path):
    source, out = tmp_path / "demo.kotter", tmp_path / "summary.html"
    write_new_file(demo_session(), source)
    result = run("export", source, "--html", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    root = parse(page)
    assert next(root.all("h1")).text() == "Leadership offsite, autumn"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kotter", "summary.html"]


def test_the_pages_numbers_are_the_pdfs_and_the_jsons(tmp_path):
    """L, M, each process's mean and count, and the quadrant, read from all three files."""
    source = tmp_path / "demo.kotter"
    write_new_file(demo_session(), source)
    for flag in ("html", "pdf", "json"):
        assert run("export", source, f"--{flag}", tmp_path / f"s.{flag}").returncode == 0
    root = parse((tmp_path / "s.html").read_text(encoding="utf-8"))
    pdf = " ".join("\n".join(p.extract_text() for p in PdfReader(tmp_path / "s.pdf").pages).split())
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    summary = data["summary"]

    position = dict(_table(root, "The chart's numbers")[:5])
    html_l = position["Leadership (L)"].removesuffix(" / 5")
    html_m = position["Management (M)"].removesuffix(" / 5")
    pdf_l = re.search(r"Leadership (\d\.\d) / 5", pdf)[1]
    pdf_m = re.search(r"Management (\d\.\d) / 5", pdf)[1]
    assert html_l == pdf_l == _tenths(summary["leadership"])
    assert html_m == pdf_m == _tenths(summary["management"])

    processes = _table(root, "The three pairs")  # title, side, mean, votes
    html_processes = [(mean, votes) for _, _, mean, votes in processes]
    pdf_processes = list(
        zip(
            re.findall(r"Mean (\d\.\d) / 5", pdf),
            re.findall(r"Spread [\d.]+ · (\d+) votes?", pdf),
            strict=True,
        )
    )
    titles = {p["id"]: p["title"] for p in data["processes"]}
    json_processes = [
        (_tenths(summary["processes"][pid]["mean"]), str(summary["processes"][pid]["count"]))
        for pid in (next(k for k, v in titles.items() if v == title) for title, *_ in processes)
    ]
    assert len(html_processes) == 6
    assert html_processes == pdf_processes == json_processes

    quadrant = position["Quadrant"]
    pdf_quadrant = re.search(r"The quadrant (.+?) \(you are here\)", pdf)[1]
    from kotter_workshop.domain.demo import demo_session as again

    json_quadrant = again().framework.quadrant_titles[Quadrant(summary["quadrant"])]
    assert quadrant == pdf_quadrant == json_quadrant == "Over-managed, under-led"


def test_a_bad_input_or_output_is_one_line_and_leaves_nothing(tmp_path):
    source, out = tmp_path / "bad.kotter", tmp_path / "summary.html"
    source.write_bytes(b"this is not a session file" * 40)
    result = run("export", source, "--html", out)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists()
    good = tmp_path / "good.kotter"
    write_new_file(demo_session(), good)
    result = run("export", good, "--html", tmp_path)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.kotter", "good.kotter"]


def test_compare_writes_an_html_page_with_both_sessions(tmp_path):
    two_sessions(tmp_path)
    out = tmp_path / "compare.html"
    result = run("compare", tmp_path / "b.kotter", tmp_path / "a.kotter", "--html", out)
    assert result.returncode == 0, result.stderr
    root = parse(out.read_text(encoding="utf-8"))
    assert next(root.all("html")).attrs["lang"] == "en"
    rows = dict((r[0], r[1:]) for r in _table(root, "Session by session"))
    pdf_out = tmp_path / "compare.pdf"
    assert (
        run("compare", tmp_path / "a.kotter", tmp_path / "b.kotter", "--pdf", pdf_out).returncode
        == 0
    )
    pdf = " ".join("\n".join(p.extract_text() for p in PdfReader(pdf_out).pages).split())
    assert f"Leadership (L) {' '.join(rows['Leadership (L)'])}" in pdf
    header = [th.text() for th in next(root.all("thead")).all("th")]
    assert header[1:3] == [
        "1. Leadership offsite, autumn (2026-11-19)",
        "2. Half a year on (2027-05-01)",
    ]
    assert len(list(root.all("svg"))) == 1
    # the note under the table says leadership rows are tinted blue, management amber
    tinted = {
        e.text(): e.attrs["class"] for e in root.all("span") if "tint" in e.attrs.get("class", "")
    }
    assert "lead-row" in tinted["Setting a direction (leadership)"]
    assert "manage-row" in tinted["Planning & budgeting (management)"]
