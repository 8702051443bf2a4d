"""The `?` overlay: every key, in room-sized text, over the window it was asked for on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ..keymap import SLIDE_KEYS, sequences
from ..slides.base import label
from ..theme import room_unit, size_texts


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every slide key, from the actions that own them.

    The ten tally digits share one row; the words come from the menu entries,
    so the overlay, the menus and the keys never disagree.
    """
    rows = []
    own_words = {  # actions made with each session's undo stack, not kept by name
        "undo": QCoreApplication.translate("ShortcutsOverlay", "Undo"),
        "redo": QCoreApplication.translate("ShortcutsOverlay", "Redo"),
    }
    for name in SLIDE_KEYS:
        action = actions.get(name)
        if name in own_words:
            rows.append((", ".join(native(k) for k in sequences(name)), own_words[name]))
        if action is None or name.startswith("tally_"):
            continue
        rows.append(
            (", ".join(native(s) for s in action.shortcuts()), action.text().replace("&", ""))
        )
        if name == "reveal" and "tally_1" in actions:
            words = QCoreApplication.translate("ShortcutsOverlay", "Add a vote of that value")
            rows.append(("1–9, 0", words))
    return rows


class ShortcutsOverlay(QWidget):
    """Covers its host with the list of keys; `?`, Esc or a click closes it."""

    def __init__(self, host: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(host)
        self.setObjectName("shortcutsOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self)
        self.grid.addWidget(label(self.tr("Keys"), "title"), 0, 0, 1, 4)
        rows = shortcut_rows(actions)
        half = (len(rows) + 1) // 2
        for i, (keys, words) in enumerate(rows):
            column = 0 if i < half else 2
            key_label = label(keys, "heading")
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(key_label, 1 + i % half, column)
            self.grid.addWidget(label(words, "body"), 1 + i % half, column + 1)
        self.grid.setRowStretch(half + 1, 1)
        for column in (1, 3):
            self.grid.setColumnStretch(column, 1)
        host.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        super().setVisible(visible)
        if visible:
            self._fit()
            self.raise_()

    def _fit(self) -> None:
        host = self.parentWidget()
        self.setGeometry(host.rect())
        unit = room_unit(host.width(), host.height())
        margin = round(48 * unit)
        self.grid.setContentsMargins(margin, margin, margin, margin)
        self.grid.setHorizontalSpacing(round(24 * unit))
        self.grid.setVerticalSpacing(round(10 * unit))
        size_texts(self, unit)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.hide()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel)]
