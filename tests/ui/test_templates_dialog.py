"""The Templates dialog driven through its buttons; only native file dialogs are patched.

After each step the tests read the files on disk: what each button wrote, and
that nothing else changed.
"""

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QPushButton

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import library, open_session_file, templates, write_new_file
from kotter_workshop.ui.files.template_editor import TemplateEditor
from kotter_workshop.ui.files.templates_dialog import TemplatesDialog
from kotter_workshop.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stored(path: Path):
    with open_session_file(path, read_only=True) as opened:
        return opened.session


def on_disk() -> list[str]:
    return sorted(p.name for p in library.templates_dir().glob("*.kotter"))


def when_dialog(handle, seen=None):
    """Answer the next modal dialog other than ``seen`` with ``handle(dialog)``."""
    attempts = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is seen:
            attempts.append(1)
            if len(attempts) < 400:
                QTimer.singleShot(10, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)


def click(box, text):
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text).click()


@pytest.fixture
def own():
    """One template of the trainer's own, made from the demo session."""
    return templates.add_template(demo_session(), "Leadership basics")


@pytest.fixture
def dialog(qtbot, own):
    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.setCurrentRow(1)
    return dialog


def test_lists_the_builtin_and_own_templates_and_previews_agenda_processes_prompts(dialog):
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["What Leaders Really Do (built-in)", "Leadership basics"]
    preview = dialog.preview.toPlainText()
    template = stored(library.templates_dir() / "Leadership basics.kotter")
    assert template.agenda[2].title in preview and "20 min" in preview
    process = template.framework.process("aligning-people")
    assert process.title in preview and process.prompts[0] in preview
    assert template.framework.prompts[0] in preview
    dialog.list.setCurrentRow(0)
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.edit_button.isEnabled() and dialog.duplicate_button.isEnabled()


def test_rename_writes_the_new_title_and_file_and_the_old_file_goes(dialog, qtbot, own):
    def name_it(box):
        assert isinstance(box, QInputDialog)
        box.setTextValue("Kotter for new managers")
        box.accept()

    when_dialog(name_it, seen=dialog)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert on_disk() == ["Kotter for new managers.kotter"]
    renamed = stored(library.templates_dir() / "Kotter for new managers.kotter")
    assert renamed.title == "Kotter for new managers" and renamed.info.is_template
    assert dialog.list.currentItem().text() == "Kotter for new managers"


def test_duplicate_copies_the_content_under_a_new_name(dialog, qtbot, own):
    before = digest(own)
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    assert on_disk() == ["Leadership basics (copy).kotter", "Leadership basics.kotter"]
    copy, source = stored(library.templates_dir() / "Leadership basics (copy).kotter"), stored(own)
    assert copy.title == "Leadership basics (copy)"
    assert copy.framework == source.framework
    assert [i.title for i in copy.agenda] == [i.title for i in source.agenda]
    assert digest(own) == before


def test_delete_asks_first_and_removes_only_on_yes(dialog, qtbot, own):
    when_dialog(lambda box: box.reject(), seen=dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert own.exists()
    when_dialog(lambda box: click(box, "Yes"), seen=dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert on_disk() == []
    assert dialog.list.count() == 1


def test_import_takes_a_sessions_content_without_its_results(dialog, qtbot, tmp_path, monkeypatch):
    used = tmp_path / "group-a.kotter"
    write_new_file(demo_session(), used)
    before = digest(used)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(used), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Leadership offsite, autumn.kotter" in on_disk()
    imported = stored(library.templates_dir() / "Leadership offsite, autumn.kotter")
    assert imported.info.is_template
    assert imported.ballots == () and imported.actions == ()
    assert all(not p.notes for p in imported.panels)
    assert digest(used) == before
    assert dialog.list.currentItem().text() == "Leadership offsite, autumn"


def test_a_bad_template_file_gets_one_sentence_and_stays_as_it_was(
    dialog, qtbot, tmp_path, monkeypatch
):
    bad = tmp_path / "broken.kotter"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    before, listed = digest(bad), on_disk()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    said = []

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_dialog(read_and_close, seen=dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert str(bad) in said[0] and "\n" not in said[0] and "Traceback" not in said[0]
    assert digest(bad) == before
    assert on_disk() == listed


def test_export_writes_the_template_to_the_chosen_file(dialog, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "shared"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    exported = stored(tmp_path / "shared.kotter")
    assert exported.title == "Leadership basics" and exported.info.is_template
    dialog.list.setCurrentRow(0)  # the built-in one can be exported too
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert stored(tmp_path / "shared.kotter").title == "What Leaders Really Do"


def edit(changes, finish):
    def handle(editor):
        assert isinstance(editor, TemplateEditor)
        changes(editor)
        if finish == "save":
            editor.save_button.click()
        else:
            editor.reject()

    return handle


def change_everything(editor):
    editor.process_list.setCurrentRow(2)  # aligning people
    editor.tagline.setText("Who needs to believe in it?")
    editor.process_prompts.setPlainText("Who is missing?\nWho is with us?")
    editor.process_list.setCurrentRow(0)
    editor.prompts.setPlainText("What would we stop doing?")
    editor.panels.item(0, 0).setText("Direction wall")
    editor.agenda.item(0, 0).setText("Coffee and welcome")
    editor.agenda.cellWidget(0, 1).setValue(12)
    editor.scale.setCurrentIndex(editor.scale.findText("1–7"))


def test_editing_reaches_the_file_only_when_saved(dialog, qtbot, own):
    before = digest(own)
    when_dialog(edit(change_everything, "cancel"), seen=dialog)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert digest(own) == before
    when_dialog(edit(change_everything, "save"), seen=dialog)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    saved = stored(own)
    process = saved.framework.process("aligning-people")
    assert process.tagline == "Who needs to believe in it?"
    assert process.prompts == ("Who is missing?", "Who is with us?")
    assert saved.framework.prompts == ("What would we stop doing?",)
    assert saved.panels[0].title == "Direction wall"
    assert (saved.agenda[0].title, saved.agenda[0].planned_seconds) == ("Coffee and welcome", 720)
    assert (saved.scale.min, saved.scale.max) == (1, 7)
    assert saved.info.is_template and saved.ballots == ()
    assert "Who needs to believe in it?" in dialog.preview.toPlainText()


def test_a_session_started_from_a_template_never_changes_it(qtbot, own):
    from kotter_workshop.ui.keys import install_guard
    from kotter_workshop.ui.theme import Theme

    app = QApplication.instance()
    theme = Theme()
    theme.apply(app)
    guard = install_guard(app)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.show()
    window.show_start()
    before = digest(own)

    def choose(templates_dialog):
        def details(new):
            new.title.setText("Group B")
            new.accept()

        templates_dialog.list.setCurrentRow(1)
        when_dialog(details, seen=templates_dialog)
        templates_dialog.use_button.click()

    when_dialog(choose)
    action = next(a for a in window.actions() if a.text().replace("&", "") == "Templates…")
    action.trigger()
    qtbot.waitUntil(lambda: window.scope is not None)
    session_path = window.scope.document.path
    assert library.is_untitled(session_path)
    window.scope.capture.set_process("aligning-people")
    window.scope.capture.digit(4)
    assert [b.value for b in stored(session_path).ballots] == [4]
    assert stored(session_path).title == "Group B"
    assert digest(own) == before
    window.close()
    app.removeEventFilter(guard)


def test_a_new_session_from_a_1_to_7_template_offers_its_scale(qtbot):
    from dataclasses import replace

    from kotter_workshop.domain.model import Scale
    from kotter_workshop.ui.files.new_session_dialog import NewSessionDialog

    info = replace(demo_session().info, scale=Scale(1, 7))
    details = NewSessionDialog(info)
    qtbot.addWidget(details)
    assert details.scale.currentText() == "1–7" and details.info().scale == Scale(1, 7)


def test_a_new_session_from_this_one_in_german_speaks_german_and_keeps_the_plan(qtbot):
    from kotter_workshop.ui.keys import install_guard
    from kotter_workshop.ui.theme import Theme

    app = QApplication.instance()
    theme = Theme()
    theme.apply(app)
    guard = install_guard(app)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.show()
    window.files.open_demo()
    source = window.scope.document.session

    def details(new):
        new.title.setText("Klausur")
        new.language.setCurrentIndex(new.language.findData("de"))
        new.accept()

    when_dialog(details)
    texts = {a.text().replace("&", ""): a for a in window.actions()}
    texts["New Session from This One…"].trigger()
    qtbot.waitUntil(lambda: window.scope.document.session is not source)
    started = stored(window.scope.document.path)
    assert started.info.language == "de" and started.title == "Klausur"
    assert started.panel_for("setting-direction").title == "Richtung vorgeben"
    assert [i.title for i in started.agenda] == [i.title for i in source.agenda]  # as planned
    assert started.speaker_notes["title"] == source.speaker_notes["title"]
    assert started.ballots == () and all(not p.notes for p in started.panels)
    window.close()
    app.removeEventFilter(guard)
