"""The Compare Sessions dialog: files picked through the (patched) native dialog,
the table checked against the scoring module, the PDF written where asked."""

import datetime as dt
import hashlib
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Ballot, Scale, SessionInfo
from kotter_workshop.domain.reuse import fresh_from
from kotter_workshop.domain.scoring import summarise
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.compare.dialog import CompareDialog


@pytest.fixture
def files(tmp_path):
    """The demo (1–5, 2026-11-19) and a later session of the team on 1–7."""
    demo = demo_session()
    later = fresh_from(
        demo, replace(demo.info, title="Spring", date=dt.date(2027, 4, 1), scale=Scale(1, 7))
    )
    for process in later.framework.processes:
        for i, value in enumerate((5, 6, 7)):
            later.add_ballot(Ballot(process.id, value, voter=f"p{i}"))
    write_new_file(demo, tmp_path / "a.kotter")
    write_new_file(later, tmp_path / "b.kotter")
    return demo, later, tmp_path / "a.kotter", tmp_path / "b.kotter"


@pytest.fixture
def dialog(qtbot):
    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_table_shows_the_scoring_numbers_oldest_first(dialog, qtbot, files, monkeypatch):
    demo, later, a, b = files
    picked = (str(b), str(a))  # newest first: the dialog orders them by date
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: (list(picked), ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.files.item(i).text() for i in range(2)] == [
        "1. Leadership offsite, autumn (2026-11-19)",
        "2. Spring (2027-04-01)",
    ]
    assert "normalised to 0–100%" in dialog.note.text()
    table = dialog.table
    rows = {table.verticalHeaderItem(r).text(): r for r in range(table.rowCount())}
    cell = lambda name, col: table.item(rows[name], col).text()  # noqa: E731
    old, new = summarise(demo), summarise(later)
    # normalised from the displayed values: (value − min) / (max − min) × 100
    expected_old = (old.shown_leadership - 1) / 4 * 100
    assert cell("Leadership (L)", 0) == f"{expected_old:.1f}%"
    assert cell("Leadership (L)", 1) == "83.3%"  # 6.0 on 1–7
    assert cell("Management (M)", 0) == f"{(old.shown_management - 1) / 4 * 100:.1f}%"
    sd = old.processes["setting-direction"].shown
    assert cell("Setting a direction (leadership)", 0) == f"{(sd - 1) / 4 * 100:.1f}%"
    assert cell("Quadrant", 0) == demo.framework.quadrant_titles[old.quadrant]
    assert cell("Quadrant", 1) == later.framework.quadrant_titles[new.quadrant]
    assert cell("Leadership (L)", 2) == f"+{83.3 - float(f'{expected_old:.1f}'):.1f} pts"


def test_a_bad_file_is_named_and_left_out(dialog, qtbot, files, tmp_path, monkeypatch):
    _, _, a, _ = files
    bad = tmp_path / "bad.kotter"
    bad.write_bytes(b"not a session at all" * 50)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    said = []

    def close(box):
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    def poll():
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(10, poll)
        else:
            close(box)

    QTimer.singleShot(0, poll)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a), str(bad)], ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert str(bad) in said[0] and "\n" not in said[0]
    assert dialog.files.count() == 1 and not dialog.export_button.isEnabled()
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_export_writes_the_comparison_pdf(dialog, qtbot, files, tmp_path, monkeypatch):
    _, _, a, b = files
    dialog.add_paths([a, b])
    out = tmp_path / "team"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a_, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)  # written
    text = " ".join(
        "\n".join(p.extract_text() for p in PdfReader(tmp_path / "team.pdf").pages).split()
    )
    assert "Leadership offsite, autumn (2026-11-19)" in text and "Spring (2027-04-01)" in text
    assert "normalised to 0–100%" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kotter", "b.kotter", "team.pdf"]


def test_the_chart_numbers_each_session_on_its_point(dialog, files):
    _, _, a, b = files
    dialog.add_paths([a, b])
    dialog.chart.grab()  # paint
    numbers = [t.text for t in dialog.chart.drawn if t.text in ("1", "2")]
    assert numbers == ["1", "2"]
    assert [n for n, _ in dialog.chart.points()] == [1, 2]


def test_german_sessions_show_their_numbers_with_decimal_commas(dialog, tmp_path):
    """The cells follow the newest session's language, as their quadrant titles and the
    comparison PDF do; the row names are the app's (here English)."""
    paths = []
    for title, day, lead in (("Vorher", "2026-02-01", (2, 3)), ("Nachher", "2026-09-30", (4, 5))):
        session = new_session(
            SessionInfo(title=title, language="de", date=dt.date.fromisoformat(day))
        )
        for process in session.framework.processes:
            values = lead if process.side.value == "leadership" else (4, 4)
            for i, value in enumerate(values):
                session.add_ballot(Ballot(process.id, value, voter=f"p{i}"))
        write_new_file(session, tmp_path / f"{title}.kotter")
        paths.append(tmp_path / f"{title}.kotter")
    dialog.add_paths(paths)
    table = dialog.table
    rows = {table.verticalHeaderItem(r).text(): r for r in range(table.rowCount())}
    line = lambda name: [table.item(rows[name], c).text() for c in range(3)]  # noqa: E731
    assert line("Leadership (L)") == ["2,5", "4,5", "+2,0"]
    assert line("Management (M)") == ["4,0", "4,0", "0"]
    assert line("Balance (L − M)") == ["−1,5", "+0,5", "+2,0"]
