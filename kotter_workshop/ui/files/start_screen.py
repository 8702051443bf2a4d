"""The start screen: new from a template, open, open recent, the demo, unsaved sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store import library

PATH = Qt.ItemDataRole.UserRole


def _entry_text(entry: library.Entry) -> str:
    details = " · ".join(part for part in (entry.team, entry.date) if part)
    return f"{entry.title}\n{details}" if details else entry.title


class StartScreen(QWidget):
    """What appears when no file is given; every choice is a button or a list item."""

    new_requested = Signal(object)  # a template Path, or None for the built-in one
    open_requested = Signal()
    path_chosen = Signal(object)  # a Path to open
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start")
        centre = QHBoxLayout(self)
        centre.addStretch(1)
        page = QWidget()
        page.setMaximumWidth(1400)
        centre.addWidget(page, 8)
        centre.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 40, 24, 40)
        outer.setSpacing(14)
        heading = QLabel(self.tr("Kotter Workshop"))
        heading.setProperty("heading", "title")
        outer.addWidget(heading)
        tagline = QLabel(self.tr("Run a live workshop on Kotter's “What Leaders Really Do”."))
        outer.addWidget(tagline)
        for label in (heading, tagline):  # at 200% on 1024×768 they must wrap, not widen
            label.setWordWrap(True)
        outer.addSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        outer.addLayout(columns, 1)

        start = QVBoxLayout()
        self.new_button = self._button(
            self.tr("New session"), lambda: self.new_requested.emit(None)
        )
        self.open_button = self._button(self.tr("Open…"), self.open_requested.emit)
        self.demo_button = self._button(self.tr("Open the demo session"), self.demo_requested.emit)
        for button in (self.new_button, self.open_button, self.demo_button):
            start.addWidget(button)
        start.addSpacing(12)
        start.addWidget(self._heading(self.tr("New from one of your templates")))
        self.templates = self._list(self.tr("Your templates"))
        self.templates.itemActivated.connect(lambda item: self.new_requested.emit(item.data(PATH)))
        start.addWidget(self.templates, 1)
        columns.addLayout(start, 1)

        lists = QVBoxLayout()
        self.untitled_label = self._heading(
            self.tr("Unsaved sessions, kept safe until you name them")
        )
        lists.addWidget(self.untitled_label)
        self.untitled = self._list(self.tr("Unsaved sessions"))
        lists.addWidget(self.untitled, 1)
        lists.addWidget(self._heading(self.tr("Open recent")))
        self.recent = self._list(self.tr("Recent sessions"))
        lists.addWidget(self.recent, 2)
        for widget in (self.untitled, self.recent):
            widget.itemActivated.connect(self._open_item)
        columns.addLayout(lists, 2)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setProperty("heading", "section")
        heading.setWordWrap(True)
        return heading

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setAlternatingRowColors(True)
        widget.setWordWrap(True)  # long titles wrap rather than scroll sideways
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSpacing(4)
        return widget

    def _open_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.path_chosen.emit(item.data(PATH))

    def refresh(self) -> None:
        """Read the folders and the recent list again."""
        self._fill(
            self.templates, library.user_templates(), self.tr("No templates of your own yet.")
        )
        untitled = library.untitled_sessions()
        self._fill(self.untitled, untitled, "")
        self.untitled.setVisible(bool(untitled))
        self.untitled_label.setVisible(bool(untitled))
        self._fill(self.recent, library.RecentFiles().entries(), self.tr("Nothing opened yet."))

    def _fill(self, widget: QListWidget, entries: list[library.Entry], empty: str) -> None:
        widget.clear()
        for entry in entries:
            item = QListWidgetItem(_entry_text(entry))
            item.setData(PATH, Path(entry.path))
            item.setToolTip(str(entry.path))
            if not entry.exists or entry.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(entry.problem or self.tr("This file is no longer there."))
                item.setText(_entry_text(entry) + "  " + self.tr("(missing)"))
            widget.addItem(item)
        if not entries and empty:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
