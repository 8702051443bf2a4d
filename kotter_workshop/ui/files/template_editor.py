"""Editing a template's content: an explicit action, written only when the trainer saves.

The editor works on a copy of the template read from its file. Nothing
reaches the file until Save, which writes the whole template atomically;
Cancel leaves the file byte for byte as it was.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.errors import KotterError
from ...domain.framework import Framework, builtin_framework
from ...domain.model import SCALES, Panel, Scale, Session
from ...store.templates import save_template
from ..error_texts import sentence
from .new_session_dialog import LANGUAGES

PROCESS_FIELDS = ("title", "tagline", "meaning", "involves", "prompts")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TemplateEditor(QDialog):
    """Edit process texts, prompts, panels, the agenda and its timeboxes, scale and language."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path = session, Path(path)
        self.texts: dict[str, dict[str, object]] = {
            p.id: {f: getattr(p, f) for f in PROCESS_FIELDS} for p in session.framework.processes
        }
        self.setWindowTitle(self.tr("Edit template — %1").replace("%1", session.title))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._processes_tab(), self.tr("&Processes"))
        self.tabs.addTab(self._prompts_tab(), self.tr("&Discussion prompts"))
        self.tabs.addTab(self._panels_tab(), self.tr("Pa&nels"))
        self.tabs.addTab(self._agenda_tab(), self.tr("&Agenda"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Sa&ve template"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 720)

    # -- tabs ----------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        info = self.session.info
        self.title = QLineEdit(info.title)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        self._language = info.language
        self.language.currentIndexChanged.connect(self._language_changed)
        self.scale = QComboBox()
        for low, high in SCALES:
            self.scale.addItem(f"{low}–{high}", f"{low}-{high}")  # Qt keeps strings whole
        self.scale.setCurrentIndex(
            max(0, self.scale.findData(f"{info.scale.min}-{info.scale.max}"))
        )
        for text, field in (
            (self.tr("&Template name:"), self.title),
            (self.tr("&Language the room sees:"), self.language),
            (self.tr("&Scale:"), self.scale),
        ):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        note = QLabel(
            self.tr(
                "Changing the language shows the built-in texts in that language, unless you "
                "have written your own."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _processes_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.process_list = QListWidget()
        self.process_list.setAccessibleName(self.tr("Processes"))
        row.addWidget(self.process_list, 1)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.process_title = QLineEdit()
        self.tagline = QLineEdit()
        self.meaning = QPlainTextEdit()
        self.involves = QPlainTextEdit()
        self.process_prompts = QPlainTextEdit()
        for text, field in (
            (self.tr("Title:"), self.process_title),
            (self.tr("Tagline:"), self.tagline),
            (self.tr("Meaning:"), self.meaning),
            (self.tr("Involves (one per line):"), self.involves),
            (self.tr("Prompts (one per line):"), self.process_prompts),
        ):
            form.addRow(text, field)
            field.setAccessibleName(text.rstrip(":"))
        row.addWidget(form_host, 3)
        self._current: str | None = None
        self.process_list.currentRowChanged.connect(self._show_process)
        self._fill_process_list()
        return page

    def _prompts_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("General discussion prompts, one per line:")))
        self.prompts = QPlainTextEdit("\n".join(self.session.framework.prompts))
        self.prompts.setAccessibleName(self.tr("Discussion prompts"))
        column.addWidget(self.prompts)
        return page

    def _panels_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.panels = QTableWidget(0, 2)
        self.panels.setHorizontalHeaderLabels([self.tr("Panel title"), self.tr("Process")])
        self.panels.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.panels.setAccessibleName(self.tr("Panels"))
        for panel in self.session.panels:
            self._add_panel_row(panel.title, panel.process)
        column.addWidget(self.panels, 1)
        buttons = QHBoxLayout()
        self.add_panel = QPushButton(self.tr("Add a free panel"))
        self.add_panel.clicked.connect(lambda: self._add_panel_row(self.tr("New panel"), None))
        self.remove_panel = QPushButton(self.tr("Remove the free panel"))
        self.remove_panel.clicked.connect(self._remove_panel)
        buttons.addWidget(self.add_panel)
        buttons.addWidget(self.remove_panel)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    def _agenda_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.agenda = QTableWidget(len(self.session.agenda), 2)
        self.agenda.setHorizontalHeaderLabels([self.tr("Agenda item"), self.tr("Minutes")])
        self.agenda.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        for row, item in enumerate(self.session.agenda):
            self.agenda.setItem(row, 0, QTableWidgetItem(item.title))
            minutes = QSpinBox()
            minutes.setRange(0, 600)
            minutes.setValue(round(item.planned_seconds / 60))
            minutes.setAccessibleName(self.tr("Minutes for %1").replace("%1", item.title))
            self.agenda.setCellWidget(row, 1, minutes)
        column.addWidget(self.agenda, 1)
        self.total = QLabel()
        column.addWidget(self.total)
        for row in range(self.agenda.rowCount()):
            self.agenda.cellWidget(row, 1).valueChanged.connect(self._update_total)
        self._update_total()
        return page

    # -- behaviour ---------------------------------------------------------------------
    def _fill_process_list(self) -> None:
        self.process_list.blockSignals(True)
        self.process_list.clear()
        for process in self.session.framework.ordered():
            self.process_list.addItem(str(self.texts[process.id]["title"]))
        self.process_list.blockSignals(False)
        self._current = None
        self.process_list.setCurrentRow(0)
        self._show_process(0)

    def _keep_process(self) -> None:
        if self._current is None:
            return
        self.texts[self._current] = {
            "title": self.process_title.text().strip(),
            "tagline": self.tagline.text().strip(),
            "meaning": self.meaning.toPlainText().strip(),
            "involves": _lines(self.involves.toPlainText()),
            "prompts": _lines(self.process_prompts.toPlainText()),
        }
        row = self.process_list.currentRow()
        ordered = [p.id for p in self.session.framework.ordered()]
        if self._current in ordered and row >= 0:
            item = self.process_list.item(ordered.index(self._current))
            item.setText(str(self.texts[self._current]["title"]))

    def _show_process(self, row: int) -> None:
        self._keep_process()
        ordered = self.session.framework.ordered()
        if not 0 <= row < len(ordered):
            return
        self._current = ordered[row].id
        texts = self.texts[self._current]
        self.process_title.setText(str(texts["title"]))
        self.tagline.setText(str(texts["tagline"]))
        self.meaning.setPlainText(str(texts["meaning"]))
        self.involves.setPlainText("\n".join(texts["involves"]))
        self.process_prompts.setPlainText("\n".join(texts["prompts"]))

    def _language_changed(self) -> None:
        """Show the new language's built-in texts, unless the trainer wrote their own."""
        self._keep_process()
        old, new = builtin_framework(self._language), builtin_framework(self.language.currentData())
        self._language = self.language.currentData()
        untouched = all(
            self.texts[p.id] == {f: getattr(p, f) for f in PROCESS_FIELDS} for p in old.processes
        )
        if untouched and set(self.texts) == {p.id for p in new.processes}:
            self.texts = {p.id: {f: getattr(p, f) for f in PROCESS_FIELDS} for p in new.processes}
            self._fill_process_list()
        if _lines(self.prompts.toPlainText()) == old.prompts:
            self.prompts.setPlainText("\n".join(new.prompts))

    def _add_panel_row(self, title: str, process: str | None) -> None:
        row = self.panels.rowCount()
        self.panels.insertRow(row)
        self.panels.setItem(row, 0, QTableWidgetItem(title))
        name = self.session.framework.process(process).title if process else self.tr("(free)")
        tied = QTableWidgetItem(name)
        tied.setData(Qt.ItemDataRole.UserRole, process)
        tied.setFlags(tied.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.panels.setItem(row, 1, tied)

    def _remove_panel(self) -> None:
        row = self.panels.currentRow()
        if row >= 0 and self.panels.item(row, 1).data(Qt.ItemDataRole.UserRole) is None:
            self.panels.removeRow(row)

    def _update_total(self) -> None:
        minutes = sum(self.agenda.cellWidget(r, 1).value() for r in range(self.agenda.rowCount()))
        self.total.setText(self.tr("Total: %1 minutes").replace("%1", str(minutes)))

    # -- the edited template -------------------------------------------------------------
    def edited(self) -> Session:
        """The template as the form now has it (raises ValueError for an empty text)."""
        self._keep_process()
        framework = self.session.framework
        processes = []
        for process in framework.processes:
            texts = self.texts[process.id]
            if not all(texts.values()):
                raise ValueError(
                    self.tr("Every process needs a title, tagline, meaning, involves and prompts.")
                )
            processes.append(replace(process, **texts))
        prompts = _lines(self.prompts.toPlainText())
        if not prompts:
            raise ValueError(self.tr("The template needs at least one discussion prompt."))
        title = self.title.text().strip()
        if not title:
            raise ValueError(self.tr("The template needs a name."))
        language = self.language.currentData()
        edited_framework: Framework = replace(
            framework, language=language, processes=tuple(processes), prompts=prompts
        )
        low, high = (int(n) for n in self.scale.currentData().split("-"))
        info = replace(self.session.info, title=title, language=language, scale=Scale(low, high))
        panels, agenda = [], []
        for row in range(self.panels.rowCount()):
            text = (self.panels.item(row, 0).text() or "").strip()
            process = self.panels.item(row, 1).data(Qt.ItemDataRole.UserRole)
            fallback = edited_framework.process(process).title if process else self.tr("Panel")
            panels.append(Panel(text or fallback, process=process))
        for row, item in enumerate(self.session.agenda):
            text = (self.agenda.item(row, 0).text() or "").strip() or item.title
            seconds = self.agenda.cellWidget(row, 1).value() * 60
            agenda.append(replace(item, title=text, planned_seconds=seconds, actual_seconds=None))
        template = Session(
            edited_framework,
            info,
            panels=panels,
            agenda=agenda,
            speaker_notes=self.session.speaker_notes,
        )
        limits.check_session(template)  # the same limits as every other way into a session
        return template

    def save(self) -> None:
        """Write the edited template into its file, then close."""
        try:
            template = self.edited()
            save_template(template, self.path)
        except (ValueError, KotterError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save the template"), sentence(exc))
            return
        self.session = template
        self.accept()
