"""The Templates dialog: the built-in template and the trainer's own, with what they hold.

Each template can be previewed, used for a new session, renamed, duplicated,
deleted, imported from a file, exported to one, and edited. Every change goes
through :mod:`store.templates`, so a bad file gets one sentence and stays as
it was; the list is read from the folder again after each step.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KotterError
from ...domain.model import Session
from ...store import library, templates
from ..error_texts import sentence
from .new_session_dialog import LANGUAGES
from .template_editor import TemplateEditor
from .workflows import Prompts, session_filter

PATH = Qt.ItemDataRole.UserRole
BUILTIN = "builtin"  # the list's marker for the built-in template


class TemplatesDialog(QDialog):
    """Lists the templates; the buttons act on the selected one."""

    use_requested = Signal(object)  # a template Path, or None for the built-in one

    def __init__(self, parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle(self.tr("Templates"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.list.itemActivated.connect(lambda *_: self.use())
        left.addWidget(self.list, 1)
        grid = QGridLayout()
        self.use_button = self._button(self.tr("&New session from it"), self.use)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.duplicate)
        self.delete_button = self._button(self.tr("&Delete…"), self.delete)
        self.import_button = self._button(self.tr("&Import…"), self.import_file)
        self.export_button = self._button(self.tr("E&xport…"), self.export_file)
        buttons = (
            self.use_button,
            self.edit_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        )
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        close = self._button(self.tr("Close"), self.accept)
        grid.addWidget(close, len(buttons) // 2, 1)
        left.addLayout(grid)
        outer.addLayout(left, 2)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        outer.addWidget(self.preview, 3)
        self.resize(1100, 720)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(40)
        button.clicked.connect(lambda *_: slot())
        return button

    # -- the list -----------------------------------------------------------------------
    def refresh(self, select: Path | str | None = None) -> None:
        """Read the templates folder again; keep (or move to) the given selection."""
        if select is None and self.list.currentItem() is not None:
            select = self.list.currentItem().data(PATH)
        self.list.clear()
        builtin = QListWidgetItem(self.tr("What Leaders Really Do (built-in)"))
        builtin.setData(PATH, BUILTIN)
        self.list.addItem(builtin)
        for entry in library.user_templates():
            text = (
                entry.title
                if not entry.problem
                else f"{entry.path.name} " + self.tr("(cannot be read)")
            )
            item = QListWidgetItem(text)
            item.setData(PATH, entry.path)
            item.setToolTip(entry.problem or str(entry.path))
            self.list.addItem(item)
        rows = [self.list.item(i).data(PATH) for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index(select) if select in rows else 0)
        self._selected()

    def selected_path(self) -> Path | None:
        """The selected template's file; None for the built-in one."""
        item = self.list.currentItem()
        data = item.data(PATH) if item is not None else BUILTIN
        return None if data == BUILTIN else Path(data)

    def _selected(self) -> None:
        path = self.selected_path()
        own = path is not None
        for button in (self.edit_button, self.rename_button, self.delete_button):
            button.setEnabled(own)
        try:
            session = (
                templates.builtin_template() if path is None else templates.load_template(path)
            )
        except KotterError as exc:
            self.preview.setHtml(f"<p>{escape(sentence(exc))}</p>")
            for button in (self.use_button, self.edit_button, self.duplicate_button,
                           self.export_button, self.rename_button):  # fmt: skip
                button.setEnabled(False)
            return
        for button in (self.use_button, self.duplicate_button, self.export_button):
            button.setEnabled(True)
        self.preview.setHtml(self._preview_html(session))

    def _preview_html(self, session: Session) -> str:
        info, framework = session.info, session.framework
        # each tr() outside the f-strings: lupdate does not look inside them
        language = self.tr("Language: %1 · Scale: %2")
        agenda, processes = escape(self.tr("Agenda")), escape(self.tr("Processes"))
        prompts, panels = escape(self.tr("Discussion prompts")), escape(self.tr("Panels"))
        parts = [
            f"<h2>{escape(info.title)}</h2>",
            "<p>"
            + escape(language)
            .replace("%1", escape(LANGUAGES.get(info.language, info.language)))
            .replace("%2", escape(str(info.scale)))
            + "</p>",
            f"<h3>{agenda}</h3><ol>",
        ]
        total = 0
        for item in session.agenda:
            total += item.planned_seconds
            minutes = self.tr("%1 min").replace("%1", str(round(item.planned_seconds / 60)))
            parts.append(f"<li>{escape(item.title)} — {escape(minutes)}</li>")
        parts.append("</ol>")
        total_text = self.tr("Total: %1 minutes").replace("%1", str(total // 60))
        parts.append(f"<p>{escape(total_text)}</p>")
        parts.append(f"<h3>{processes}</h3>")
        for process in framework.ordered():
            parts.append(f"<p><b>{escape(process.title)}</b> — {escape(process.tagline)}<br>")
            parts.append(f"{escape(process.meaning)}</p><ul>")
            parts += [f"<li>{escape(prompt)}</li>" for prompt in process.prompts]
            parts.append("</ul>")
        parts.append(f"<h3>{prompts}</h3><ul>")
        parts += [f"<li>{escape(prompt)}</li>" for prompt in framework.prompts]
        parts.append(f"</ul><h3>{panels}</h3><ul>")
        parts += [f"<li>{escape(panel.title)}</li>" for panel in session.panels]
        parts.append("</ul>")
        return "".join(parts)

    # -- the buttons ----------------------------------------------------------------------
    def _attempt(self, title: str, work) -> object | None:
        """Run ``work``; a problem becomes one sentence in a dialog, and None."""
        try:
            return work()
        except KotterError as exc:
            self.prompts.warn(title, sentence(exc))
        except OSError as exc:
            self.prompts.warn(title, f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return None

    def use(self) -> None:
        if self.use_button.isEnabled():
            self.use_requested.emit(self.selected_path())
            self.accept()

    def rename(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        current = self.list.currentItem().text()
        title = self.prompts.text(self.tr("Rename template"), self.tr("Template name:"), current)
        if title is None:
            return
        renamed = self._attempt(
            self.tr("Cannot rename the template"), lambda: templates.rename_template(path, title)
        )
        self.refresh(renamed or path)

    def duplicate(self) -> None:
        path = self.selected_path()
        title = self.tr("%1 (copy)").replace("%1", self._title_of(path))
        copy = self._attempt(
            self.tr("Cannot duplicate the template"),
            lambda: templates.duplicate_template(path, title),
        )
        self.refresh(copy)

    def delete(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        question = self.tr("Delete the template “%1”? This cannot be undone.").replace(
            "%1", self._title_of(path)
        )
        if not self.prompts.confirm(self.tr("Delete template"), question):
            return
        self._attempt(
            self.tr("Cannot delete the template"), lambda: templates.delete_template(path)
        )
        self.refresh(BUILTIN)

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a template"), str(Path.home()), session_filter()
        )
        if not name:
            return
        added = self._attempt(
            self.tr("Cannot import the template"), lambda: templates.import_template(Path(name))
        )
        self.refresh(added)

    def export_file(self) -> None:
        path = self.selected_path()
        suggested = Path.home() / f"{_stem(self._title_of(path))}{library.SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the template"), str(suggested), session_filter()
        )
        if not name:
            return
        target = Path(name)
        if target.suffix != library.SUFFIX:
            target = target.with_name(target.name + library.SUFFIX)
        self._attempt(
            self.tr("Cannot export the template"),
            lambda: templates.export_template(path, target),
        )

    def edit(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        session = self._attempt(
            self.tr("Cannot open the template"), lambda: templates.load_template(path)
        )
        if session is None:
            return
        editor = TemplateEditor(session, path, self)
        if editor.exec():
            self.refresh(path)

    def _title_of(self, path: Path | None) -> str:
        if path is None:
            return templates.builtin_template().title
        item = self.list.currentItem()
        return item.text() if item is not None else path.stem


def _stem(title: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "template"
