"""File → Export …: one menu entry per row of the exporters' table, the same table the
command line reads. Each entry writes a file a user can open, on a worker thread;
a failure is one sentence and writes nothing. Only the native save dialog is patched."""

import csv

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_file_workflows import click_button, menu_action, when_dialog
from test_pdf_jobs import stderr_lines

from kotter_workshop import cli
from kotter_workshop.exporters import EXPORTERS
from kotter_workshop.interchange import read_json_file, session_to_json


@pytest.fixture
def demo(window):
    """The demo session opened as File → Open does, so the File menu acts on it."""
    window.files.open_demo()
    return window


def save_dialog_answers(monkeypatch, path):
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(args[3])  # the filters offered
        return str(path), args[3].split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    return asked


def export_through_the_menu(window, qtbot, text):
    """Use the File menu entry ``text``; the box that follows is read and closed."""
    said = []

    def answer(box):
        said.append((box.windowTitle(), box.text()))
        click_button("Close")(box) if box.icon() != QMessageBox.Icon.Warning else box.accept()

    when_dialog(answer)
    menu_action(window, text).trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    return said[0]


def test_the_command_line_and_the_window_offer_the_same_exporters(window):
    parser = cli._export_parser()
    outputs = {
        option
        for action in parser._actions
        for option in action.option_strings
        if action.dest not in ("help", "paper")
    }
    in_menu = {name for name in window.document_actions if name.startswith("export_")}
    assert outputs == {f"--{row.name}" for row in EXPORTERS}
    assert in_menu == {f"export_{row.name}" for row in EXPORTERS}
    assert {"--pdf", "--html", "--json", "--csv"} <= outputs
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export as JSON…" in texts and "Export Votes as CSV…" in texts


def test_export_as_json_writes_the_whole_session_and_it_reads_back_the_same(
    demo, qtbot, tmp_path, monkeypatch, capfd
):
    asked = save_dialog_answers(monkeypatch, tmp_path / "offsite")
    session = demo.scope.document.session
    before = session_to_json(session.snapshot())
    title, text = export_through_the_menu(demo, qtbot, "Export as JSON…")
    assert asked == ["JSON (*.json)"]
    assert text == 'The whole session is saved as "offsite.json".'
    back = read_json_file(tmp_path / "offsite.json")
    assert session_to_json(back) == before
    assert len(back.ballots) == len(session.ballots) > 0
    assert sum(len(p.notes) for p in back.panels) == sum(len(p.notes) for p in session.panels)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offsite.json"]  # no part file
    assert stderr_lines(capfd) == []


def test_export_votes_as_csv_writes_one_row_per_vote(demo, qtbot, tmp_path, monkeypatch):
    save_dialog_answers(monkeypatch, tmp_path / "votes.csv")
    session = demo.scope.document.session
    _, text = export_through_the_menu(demo, qtbot, "Export Votes as CSV…")
    assert text == 'The votes are saved as "votes.csv".'
    with open(tmp_path / "votes.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    expected = sorted(
        (b.process, "" if b.value is None else str(b.value), b.voter or "", str(b.round))
        for b in session.ballots
    )
    got = sorted((r["process"], r["value"], r["voter"], r["round"]) for r in rows)
    assert got == expected and len(got) > 10


def test_an_export_that_cannot_be_written_is_one_sentence_and_writes_nothing(
    demo, qtbot, tmp_path, monkeypatch, capfd
):
    missing = tmp_path / "gone" / "offsite.json"  # its folder was removed meanwhile
    save_dialog_answers(monkeypatch, missing)
    title, text = export_through_the_menu(demo, qtbot, "Export as JSON…")
    assert title == "Export JSON"
    assert text.startswith('"') and str(missing) in text and text.endswith(").")
    assert "\n" not in text and "Traceback" not in text
    assert text.count(". ") == 0  # one sentence
    assert list(tmp_path.iterdir()) == []
    assert stderr_lines(capfd) == []
