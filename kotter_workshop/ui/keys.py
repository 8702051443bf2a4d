"""One keyboard map for PRODUCT.md's "Keys", and the guard that holds slide keys
back while text is being edited.

Each key belongs to a QAction (so menus show it and every key has a menu
entry). Qt fires an action's shortcut even when a text field has the focus
if the field does not claim the key, so a clicker's PageDown would turn the
slide under a half-typed note. :class:`TextEditGuard` claims every slide key
for the editor while one is active: the key then reaches the editor (which
ignores what it does not use) and the slide waits until the edit ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .keymap import PANEL_KEYS, SLIDE_KEYS


def _all_slide_keys() -> set[int]:
    combined = set()
    for keys in (*SLIDE_KEYS.values(), *PANEL_KEYS.values()):
        for key in keys:
            combination = QKeySequence(key)[0]
            combined.add(combination.toCombined())
    return combined


def is_editing_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a place where keys type text right now."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        item = widget.scene().focusItem()
        return isinstance(item, QGraphicsTextItem) and bool(
            item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        )
    return False


class TextEditGuard(QObject):
    """Gives slide and panel keys to the text editor with the focus, instead of to the slides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = _all_slide_keys()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            focus = QApplication.focusWidget()
            if is_editing_text(focus) and event.keyCombination().toCombined() in self._keys:
                event.accept()  # the editor gets the key; no shortcut fires
                return False
        return False


def install_guard(app: QApplication) -> TextEditGuard:
    guard = TextEditGuard(app)
    app.installEventFilter(guard)
    return guard
