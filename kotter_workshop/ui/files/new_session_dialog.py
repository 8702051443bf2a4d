"""The details of a new session: title, team, facilitator, date, language, scale."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from ...domain.model import SCALES, Scale, SessionInfo

LANGUAGES = {"en": "English", "de": "Deutsch"}


class NewSessionDialog(QDialog):
    """Asks for a new session's details, with sensible defaults filled in."""

    def __init__(self, defaults: SessionInfo, parent=None) -> None:
        super().__init__(parent)
        self.defaults = defaults
        self.setWindowTitle(self.tr("New session"))
        form = QFormLayout(self)
        # A new session's title starts empty, its placeholder in the app's language: the
        # domain's default title is English, and it is what an empty title becomes anyway.
        untitled = SessionInfo().title
        self.title = QLineEdit("" if defaults.title == untitled else defaults.title)
        self.title.setPlaceholderText(self.tr("Untitled session"))
        self.team = QLineEdit(defaults.team)
        self.team.setPlaceholderText(self.tr("for example, Customer Platform team"))
        self.facilitator = QLineEdit(defaults.facilitator)
        self.date = QDateEdit(QDate(defaults.date.year, defaults.date.month, defaults.date.day))
        self.date.setCalendarPopup(True)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(defaults.language)))
        self.scale = QComboBox()
        for low, high in SCALES:
            self.scale.addItem(f"{low}–{high}", (low, high))
        # findData cannot match a tuple (Qt compares it as a list), so look it up by hand
        wanted = (defaults.scale.min, defaults.scale.max)
        rows = [i for i in range(self.scale.count()) if tuple(self.scale.itemData(i)) == wanted]
        self.scale.setCurrentIndex(rows[0] if rows else 0)
        rows = (
            (self.tr("&Title:"), self.title),
            (self.tr("T&eam:"), self.team),
            (self.tr("&Facilitator:"), self.facilitator),
            (self.tr("&Date:"), self.date),
            (self.tr("&Language the room sees:"), self.language),
            (self.tr("&Scale:"), self.scale),
        )
        for text, field in rows:
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.selectAll()
        self.resize(560, self.sizeHint().height())

    def info(self) -> SessionInfo:
        day = self.date.date()
        low, high = self.scale.currentData()
        return replace(
            self.defaults,
            title=self.title.text().strip() or self.tr("Untitled session"),
            team=self.team.text().strip(),
            facilitator=self.facilitator.text().strip(),
            date=dt.date(day.year(), day.month(), day.day()),
            language=self.language.currentData(),
            scale=Scale(low, high),
            is_template=False,
        )
