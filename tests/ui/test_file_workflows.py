"""File workflows driven through the real menus and dialogs; only native file dialogs are patched.

After each step the tests look at the files on disk: the template unchanged,
Save As leaving the old file as it was, untitled sessions kept safe.
"""

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
)

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import library, open_session_file, write_new_file
from kotter_workshop.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stored(path: Path):
    """The session as it is in the file on disk right now."""
    with open_session_file(path, read_only=True) as opened:
        return opened.session


def when_dialog(handle):
    """Answer the next modal dialog with ``handle(dialog)`` once it is shown."""
    attempts = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            attempts.append(1)
            if len(attempts) < 400:
                QTimer.singleShot(10, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)


def accept_details(title="Spring offsite", team="Platform team"):
    def handle(dialog):
        dialog.title.setText(title)
        dialog.team.setText(team)
        dialog.accept()

    return handle


def click_button(text):
    def handle(box):
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        button.click()

    return handle


def menu_action(window, text):
    for action in window.findChildren(type(window.actions_by_name["next"])):
        if action.text().replace("&", "") == text:
            return action
    raise LookupError(text)


@pytest.fixture
def window(qtbot, theme, guard):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_start()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def save_to(monkeypatch):
    """Patch the native save dialog to answer with a chosen path."""
    answers = []

    def fake(*args, **kwargs):
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answers


def new_session_from_start(window, qtbot, **details):
    when_dialog(accept_details(**details))
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.scope is not None)


def test_start_screen_lists_recent_sessions_and_greys_out_missing_ones(qtbot, theme, tmp_path):
    present, gone = tmp_path / "present.kotter", tmp_path / "gone.kotter"
    write_new_file(demo_session(), present)
    write_new_file(demo_session(), gone)
    recent = library.RecentFiles()
    recent.add(gone, demo_session().info)
    recent.add(present, demo_session().info)
    gone.unlink()
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.show_start()
    items = [window.start.recent.item(i) for i in range(window.start.recent.count())]
    assert items[0].text() == "Leadership offsite, autumn\nCustomer Platform team · 2026-11-19"
    assert items[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert "(missing)" in items[1].text()
    assert not items[1].flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_new_session_lives_in_the_data_folder_and_keeps_every_vote(window, qtbot):
    new_session_from_start(window, qtbot)
    path = window.scope.document.path
    assert library.is_untitled(path)
    assert window.windowTitle() == f"Kotter Workshop — Spring offsite ({path.name})"
    window.deck.go(window.deck.keys.index("process:setting-direction"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key in ("4", "2", "5"):
        qtbot.keyClick(window, key)
    assert sorted(b.value for b in stored(path).ballots) == [2, 4, 5]
    assert stored(path).info.team == "Platform team"


def test_save_as_moves_an_untitled_session_and_continues_in_the_new_file(
    window, qtbot, tmp_path, save_to
):
    new_session_from_start(window, qtbot)
    untitled = window.scope.document.path
    target = tmp_path / "named.kotter"
    save_to.append(target)
    menu_action(window, "Save As…").trigger()
    assert window.scope.document.path == target
    assert not untitled.exists()  # the copy in the data folder goes once the named file is safe
    assert window.windowTitle().endswith("(named.kotter)")
    window.scope.capture.set_process("aligning-people")
    window.scope.capture.digit(3)
    assert [b.value for b in stored(target).ballots] == [3]
    assert library.RecentFiles().entries()[0].path == target.resolve()


def test_save_as_leaves_the_old_file_as_it_was_at_that_moment(window, qtbot, tmp_path, save_to):
    original = tmp_path / "group-a.kotter"
    write_new_file(demo_session(), original)
    when_dialog(click_button("Continue this session"))
    assert window.files.open_path(original)
    window.scope.capture.set_process("aligning-people")
    window.scope.capture.digit(5)  # saved into group-a as it happens
    before = digest(original)
    save_to.append(tmp_path / "group-a-later.kotter")
    menu_action(window, "Save As…").trigger()
    window.scope.capture.digit(1)
    assert digest(original) == before
    later = stored(tmp_path / "group-a-later.kotter")
    assert len(later.ballots) == len(stored(original).ballots) + 1


def test_save_a_copy_writes_a_copy_and_stays_in_the_current_file(window, qtbot, tmp_path, save_to):
    new_session_from_start(window, qtbot)
    current = window.scope.document.path
    window.scope.capture.set_process("aligning-people")
    window.scope.capture.digit(4)
    copy = tmp_path / "copy.kotter"
    save_to.append(copy)
    menu_action(window, "Save a Copy…").trigger()
    window.scope.capture.digit(2)
    assert window.scope.document.path == current
    assert [b.value for b in stored(copy).ballots] == [4]
    assert sorted(b.value for b in stored(current).ballots) == [2, 4]


def test_templates_are_saved_reused_and_never_changed_by_a_session(window, qtbot, tmp_path):
    original = tmp_path / "demo.kotter"
    write_new_file(demo_session(), original)
    when_dialog(click_button("Continue this session"))
    window.files.open_path(original)

    def name_it(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Leadership basics")
        dialog.accept()

    when_dialog(name_it)
    menu_action(window, "Save as Template…").trigger()
    template = library.templates_dir() / "Leadership basics.kotter"
    kept = stored(template)
    assert kept.info.is_template
    assert kept.ballots == () and kept.actions == () and kept.roster == ()
    assert all(not p.notes for p in kept.panels)
    assert kept.speaker_notes == demo_session().speaker_notes
    before = digest(template)

    menu_action(window, "Close").trigger()
    items = [window.start.templates.item(i) for i in range(window.start.templates.count())]
    assert items[0].text().startswith("Leadership basics")
    when_dialog(accept_details(title="Group B"))
    window.start.templates.itemActivated.emit(items[0])
    qtbot.waitUntil(lambda: window.scope is not None)
    assert window.scope.document.session.title == "Group B"
    assert library.is_untitled(window.scope.document.path)
    window.scope.capture.set_process("aligning-people")
    window.scope.capture.digit(4)
    assert digest(template) == before


def test_reopening_a_used_session_asks_and_a_new_session_leaves_it_untouched(
    window, qtbot, tmp_path
):
    used = tmp_path / "used.kotter"
    write_new_file(demo_session(), used)
    before = digest(used)
    asked = []

    def answer(box):
        asked.append(box.text())
        click_button("Start a new session")(box)
        when_dialog(accept_details(title="Second group"))

    when_dialog(answer)
    window.files.open_path(used)
    qtbot.waitUntil(lambda: window.scope is not None)
    assert asked == ["Continue this session, or start a new session from it?"]
    session = window.scope.document.session
    assert session.title == "Second group"
    assert session.ballots == () and session.actions == () and session.roster == ()
    assert session.speaker_notes == demo_session().speaker_notes
    assert digest(used) == before


def test_anonymise_removes_every_name_and_keeps_the_counts(window, qtbot, tmp_path):
    path = tmp_path / "named.kotter"
    write_new_file(demo_session(), path)
    when_dialog(click_button("Continue this session"))
    window.files.open_path(path)
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    menu_action(window, "Anonymise…").trigger()
    kept = stored(path)
    assert [p.name for p in kept.roster] == [""] * 12
    assert [p.id for p in kept.roster] == [f"p{i}" for i in range(1, 13)]
    assert len(kept.ballots) == len(demo_session().ballots)


def test_a_bad_file_gets_one_sentence_and_the_app_stays_usable(window, qtbot, tmp_path):
    bad = tmp_path / "notes.kotter"
    bad.write_text("these are my notes, not a session")
    before = digest(bad)
    said = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_dialog(read)
    assert not window.files.open_path(bad)
    assert len(said) == 1 and "notes.kotter" in said[0] and "\n" not in said[0]
    assert digest(bad) == before
    assert window.stack.currentWidget() is window.start
    window.files.open_demo()
    assert window.scope is not None


def test_a_file_open_in_another_process_opens_read_only_and_refuses_edits(window, qtbot, tmp_path):
    path = tmp_path / "shared.kotter"
    write_new_file(demo_session(), path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kotter_workshop.store import open_session_file;"
            f"f = open_session_file({str(path)!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(path)
        informed = []

        def answer(box):
            informed.append(box.text())
            box.accept()

        when_dialog(answer)
        window.files.open_path(path)
        qtbot.waitUntil(lambda: bool(informed))
        assert "another" in informed[0]
        assert window.windowTitle().endswith("(shared.kotter) [read-only]")
        window.scope.capture.set_process("aligning-people")
        window.scope.capture.digit(4)
        assert "read-only" in window.statusBar().currentMessage()
        assert digest(path) == before
    finally:
        holder.kill()
        holder.wait()


def test_an_untitled_session_survives_a_killed_app_and_is_offered_at_start(window, qtbot):
    script = textwrap.dedent(
        """
        import os, signal
        from kotter_workshop.domain import SessionInfo, new_session
        from kotter_workshop.domain.model import Ballot
        from kotter_workshop.store import library, open_session_file, write_new_file
        path = library.new_untitled_path()
        write_new_file(new_session(SessionInfo(title="Before the crash")), path)
        opened = open_session_file(path)
        for value in (1, 2, 3, 4, 5):
            opened.session.add_ballot(Ballot("setting-direction", value))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], env=dict(os.environ))
    assert result.returncode == -9
    window.show_start()
    texts = [window.start.untitled.item(i).text() for i in range(window.start.untitled.count())]
    assert texts and texts[0].startswith("Before the crash")
    window.start.untitled.itemActivated.emit(window.start.untitled.item(0))
    qtbot.waitUntil(lambda: window.scope is not None)
    assert sorted(b.value for b in window.scope.document.session.ballots) == [1, 2, 3, 4, 5]


def test_close_returns_to_the_start_screen(window, qtbot):
    window.files.open_demo()
    assert window.stack.currentWidget() is window.room  # one screen: the room's view, here
    assert window.room.pages.currentWidget() is window.deck
    menu_action(window, "Close").trigger()
    assert window.stack.currentWidget() is window.start
    assert window.windowTitle() == "Kotter Workshop"


def test_new_session_dialog_has_sensible_defaults(window, qtbot):
    seen = {}

    def look(dialog):
        assert isinstance(dialog, QDialog)
        seen.update(
            title=dialog.title.text(),
            placeholder=dialog.title.placeholderText(),
            scale=dialog.scale.currentText(),
            language=dialog.language.currentText(),
        )
        dialog.reject()

    when_dialog(look)
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == {
        "title": "",  # empty, with the placeholder in the app's language
        "placeholder": "Untitled session",
        "scale": "1–5",
        "language": "English",
    }
    assert window.scope is None


def test_export_pdf_builds_the_summary_in_the_background_and_offers_to_open_it(
    window, qtbot, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from kotter_workshop.ui.files import exports

    target = tmp_path / "summary"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "PDF, US Letter (*.pdf)")),
    )
    opened = []
    monkeypatch.setattr(exports.QDesktopServices, "openUrl", staticmethod(opened.append))
    window.files.open_demo()
    offered = []

    def answer(box):
        offered.append(box.text())
        click_button("Open it")(box)

    when_dialog(answer)
    menu_action(window, "Export PDF Summary…").trigger()
    window.scope.capture.set_process("setting-direction")
    window.scope.capture.digit(5)  # the room keeps voting while the PDF is written
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    pdf = tmp_path / "summary.pdf"
    assert offered == ['The PDF summary is saved as "summary.pdf".']
    assert opened[0].toLocalFile() == str(pdf)
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Leadership 2.8 / 5" in text  # the snapshot taken when the export started
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)  # US Letter, as chosen
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_html_builds_the_page_in_the_background_and_offers_to_open_it(
    window, qtbot, tmp_path, monkeypatch
):
    from kotter_workshop.ui.files import exports

    target = tmp_path / "summary"
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(args[3])  # the filter offered
        return str(target), args[3]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    opened = []
    monkeypatch.setattr(exports.QDesktopServices, "openUrl", staticmethod(opened.append))
    window.files.open_demo()
    offered = []

    def answer(box):
        offered.append(box.text())
        click_button("Open it")(box)

    when_dialog(answer)
    menu_action(window, "Export Summary as Web Page…").trigger()
    window.scope.capture.set_process("setting-direction")
    window.scope.capture.digit(5)  # the room keeps voting while the page is written
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    page = tmp_path / "summary.html"
    assert asked == ["Web page (*.html)"]
    assert offered == ['The web page summary is saved as "summary.html".']
    assert opened[0].toLocalFile() == str(page)
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "Leadership 2.8 / 5" in text  # the snapshot taken when the export started
    assert "Spread 0.5 · 12 votes" in text  # not 13: the vote after the start is not in it
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_full_disk_stops_editing_with_a_dialog_and_keeps_what_was_saved(window, qtbot, tmp_path):
    path = tmp_path / "full.kotter"
    write_new_file(demo_session(), path)
    when_dialog(click_button("Continue this session"))
    window.files.open_path(path)
    saved_before = len(stored(path).ballots)
    connection = window.scope.document.file._conn
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    warned = []

    def read(box):
        warned.append((box.windowTitle(), box.text()))
        box.accept()

    when_dialog(read)
    window.scope.capture.set_process("aligning-people")
    for _ in range(400):  # enough ballots to need a new page
        window.scope.capture.digit(3)
        if warned:
            break
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0][0] == "Editing has stopped"
    assert "Save As" in warned[0][1]
    assert window.windowTitle().endswith("[read-only]")
    count = len(window.scope.document.session.ballots)
    window.scope.capture.digit(4)  # refused, and said so
    assert len(window.scope.document.session.ballots) == count
    assert "read-only" in window.statusBar().currentMessage()
    assert len(stored(path).ballots) >= saved_before
