"""The `?` overlay: every key, in room-sized text, over the window it was asked for on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

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
        if action is None or name.startswith("tally_") or not action.isEnabled():
            continue  # a key that does nothing here is not listed
        rows.append(
            (", ".join(native(s) for s in action.shortcuts()), action.text().replace("&", ""))
        )
        if name == "reveal" and "tally_1" in actions and actions["tally_1"].isEnabled():
            words = QCoreApplication.translate("ShortcutsOverlay", "Add a vote of that value")
            rows.append(("1–9, 0", words))
    return rows


def panel_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) on a panel with the focus; related keys share a row."""

    def keys(*names: str) -> str:
        return ", ".join(native(k) for name in names for k in sequences(name))

    def words(*names: str) -> str:
        return " / ".join(actions[name].text().replace("&", "") for name in names)

    return [
        (
            keys("new_note")
            + ", "
            + QCoreApplication.translate("ShortcutsOverlay", "double-click"),
            words("new_note"),
        ),
        (keys("edit_note"), words("edit_note")),
        (keys("delete_notes"), words("delete_notes")),
        (keys("vote_up", "vote_down"), words("vote_up", "vote_down")),
        (
            QCoreApplication.translate("ShortcutsOverlay", "Alt+arrows"),
            QCoreApplication.translate("ShortcutsOverlay", "Move the selection"),
        ),
        (keys("group", "ungroup"), words("group", "ungroup")),
        (keys("tidy"), words("tidy")),
        (
            keys("zoom_fit", "zoom_in", "zoom_out"),
            QCoreApplication.translate("ShortcutsOverlay", "Zoom to fit, in, out"),
        ),
        (
            f"{native(sequences('color_1')[0])} … {native(sequences('color_7')[0])}",
            QCoreApplication.translate("ShortcutsOverlay", "Colour the selection"),
        ),
        (keys("paste_notes"), words("paste_notes")),
        (keys("select_all"), words("select_all")),
        (keys("spotlight"), words("spotlight")),
    ]


def focused_panel(host: QWidget) -> dict[str, QAction] | None:
    """The actions of the board that has the focus, or else of the one on screen in ``host``."""
    focus = QApplication.focusWidget()
    views = [focus] if focus is not None and hasattr(focus, "panel_actions") else []
    views += [v for v in host.findChildren(QGraphicsView) if hasattr(v, "panel_actions")]
    shown = [v for v in views if v.isVisible() and v.panel_actions]
    return shown[0].panel_actions if shown else None


# Slide keys left out while a panel has the focus, so both lists fit on one screen:
# Ctrl++ and Ctrl+- zoom the board there, and F5 is for the start of a talk.
NOT_ON_A_PANEL = ("present_start", "present_here", "larger_text", "smaller_text")


class ShortcutsOverlay(QWidget):
    """Covers its host with the list of keys; `?`, Esc or a click closes it.

    The list is made afresh each time it opens, so it says what each key does now
    (T: start, pause or resume the timer) and, on a panel, lists the panel's keys.
    """

    def __init__(self, host: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(host)
        self.setObjectName("shortcutsOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.actions = actions
        self.page: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        host.installEventFilter(self)
        self.hide()

    def _fill(self) -> None:
        if self.page is not None:
            self.page.setParent(None)
            self.page.deleteLater()
        self.page = QWidget(self)
        self.layout().addWidget(self.page)
        self.grid = QGridLayout(self.page)
        self.grid.addWidget(label(self.tr("Keys"), "title"), 0, 0, 1, 4)
        panel = focused_panel(self.parentWidget())
        rows = shortcut_rows(self.actions)
        if panel is not None:
            left_out = {
                self.actions[n].text().replace("&", "") for n in NOT_ON_A_PANEL if n in self.actions
            }
            rows = [r for r in rows if r[1] not in left_out] + panel_rows(panel)
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

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        if visible:
            self._fill()
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
